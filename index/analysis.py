"""The Indonesian analyzer used for indexing and for queries.

Tokenizer: words and numbers; hyphenated reduplication (``buruh-buruh``,
``pertanyaan–pertanyaan``, ``kupu-kupu``) becomes its base; other hyphenated compounds
give their parts and the joined form (``anti-korupsi`` → ``anti``, ``korupsi``,
``antikorupsi``); e-mail addresses stay whole and URLs become their host name.
Then lower-casing, accent folding, Indonesian stopwords (Tala 2003, as in Lucene) and
stemming.
"""

from __future__ import annotations

import re
from pathlib import Path

from whoosh.analysis import CharsetFilter, LowercaseFilter, StemFilter, StopFilter, Token, Tokenizer
from whoosh.support.charset import accent_map

from ingest.terms import term_key

from .stemming import STEMMERS

_TOKEN = re.compile(
    r"(?P<email>[\w.+-]+@[^\W_]+(?:[.-][^\W_]+)*\.[^\W\d_]{2,})"
    r"|(?P<url>(?:https?://|www\.)[^\s<>\"')\]]+)"
    r"|(?P<word>[^\W_]+(?:[-‐‑–][^\W_]+)*)"
)
_JOINERS = re.compile(r"[-‐‑–]")
_URL_HOST = re.compile(r"^(?:https?://)?(?:www\.)?([^/:?#]+)", re.I)


def _load_stopwords() -> frozenset[str]:
    text = (Path(__file__).parent / "data" / "stopwords-id.txt").read_text(encoding="utf-8")
    return frozenset(line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#"))


STOPWORDS = _load_stopwords()


def word_forms(word: str) -> list[tuple[str, int]]:
    """Index forms of one hyphenated or plain word, with position offsets.

    Reduplication gives its base; a compound gives its parts at successive positions
    (so phrases still match) and the joined form at the first position.
    """
    parts = _JOINERS.split(word)
    if len(parts) == 1:
        return [(word, 0)]
    first, second = parts[0].lower(), parts[-1].lower()
    if len(parts) == 2 and (first == second or first.endswith(second)):
        return [(parts[0], 0)]  # buruh-buruh, berlari-lari
    forms = [(part, offset) for offset, part in enumerate(parts)]
    forms.insert(1, ("".join(parts), 0))
    return forms


class IndonesianTokenizer(Tokenizer):
    """Splits text into words, handling reduplication, compounds, e-mail and URLs."""

    def __eq__(self, other):
        return other.__class__ is self.__class__

    def __call__(self, value, positions=False, chars=False, keeporiginal=False, removestops=True,
                 start_pos=0, start_char=0, tokenize=True, mode="", **kwargs):
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if not tokenize:
            token.original = token.text = value
            token.boost = 1.0
            if positions:
                token.pos = start_pos
            if chars:
                token.startchar, token.endchar = start_char, start_char + len(value)
            yield token
            return
        position = start_pos
        for match in _TOKEN.finditer(value):
            word = match.group("word")
            if word is not None and _JOINERS.search(word) is None:
                forms = ((word, 0),)  # the common case: a plain word
            elif word is not None:
                forms = word_forms(word)
            elif match.lastgroup == "url":
                forms = ((_URL_HOST.match(match.group()).group(1).lower().rstrip("."), 0),)
            else:
                forms = ((match.group().lower(), 0),)
            for text, offset in forms:
                token.text = text
                token.boost = 1.0
                token.stopped = False
                if keeporiginal:
                    token.original = text
                if positions:
                    token.pos = position + offset
                if chars:
                    token.startchar, token.endchar = start_char + match.start(), start_char + match.end()
                yield token
            position += 1 + forms[-1][1]


class TermKeyTokenizer(Tokenizer):
    """Comma-separated categories or tags to their keys, so ``category:"Media Alternatif"``
    finds ``media-alternatif`` as indexing does."""

    def __eq__(self, other):
        return other.__class__ is self.__class__

    def __call__(self, value, positions=False, chars=False, keeporiginal=False, removestops=True,
                 start_pos=0, start_char=0, tokenize=True, mode="", **kwargs):
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        for position, part in enumerate(value.split(",") if tokenize else [value]):
            key = term_key(part)
            if not key:
                continue
            token.text = key
            token.boost = 1.0
            token.stopped = False
            if positions:
                token.pos = start_pos + position
            if chars:
                token.startchar, token.endchar = start_char, start_char + len(value)
            yield token


def exact_analyzer():
    """Words as written (lower-cased, accents folded): for names and spelling suggestions."""
    return IndonesianTokenizer() | LowercaseFilter() | CharsetFilter(accent_map)


def unstemmed_analyzer():
    """Words as written, minus stopwords: for exact title matches."""
    return exact_analyzer() | StopFilter(stoplist=STOPWORDS, minsize=1, renumber=False)


def indonesian_analyzer(stemmer: str = "snowball"):
    """The full analyzer: words minus stopwords, stemmed with ``stemmer``."""
    return unstemmed_analyzer() | StemFilter(stemfn=STEMMERS[stemmer], cachesize=200_000)
