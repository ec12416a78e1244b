"""The Indonesian analyzer used for indexing and for queries.

Tokenizer: words and numbers; hyphenated reduplication (``buruh-buruh``,
``pertanyaan–pertanyaan``, ``kupu-kupu``) becomes its base; other hyphenated compounds
give their parts and the joined form (``anti-korupsi`` → ``anti``, ``korupsi``,
``antikorupsi``); e-mail addresses stay whole and URLs become their host name.
Then lower-casing, accent folding, Indonesian stopwords (Tala 2003, as in Lucene) and
stemming, all in one pass with a per-word cache.
"""

from __future__ import annotations

import re
from pathlib import Path

from whoosh.analysis import Token, Tokenizer
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


class IndonesianAnalyzer(Tokenizer):
    """Tokenizes and normalizes in one pass: words (reduplication, compounds, e-mail, URLs),
    lower-cased and accent-folded, optionally without stopwords and stemmed.

    Each distinct word is normalized once and cached, so a token costs one dictionary
    look-up after the first time its word is seen. Stopwords leave a gap in positions, as
    a stopword filter that does not renumber would.
    """

    _CACHE_LIMIT = 500_000

    def __init__(self, stemmer: str | None = None, stopwords: bool = False, inflected_only: bool = False) -> None:
        self.stemmer = stemmer
        self.stopwords = stopwords
        #: Keep words as written, but only those ``stemmer`` would change (derived forms).
        self.inflected_only = inflected_only
        self._cache: dict[str, str | None] = {}

    def _settings(self) -> dict:
        return {"stemmer": self.stemmer, "stopwords": self.stopwords, "inflected_only": self.inflected_only}

    def __eq__(self, other):
        return other.__class__ is self.__class__ and other._settings() == self._settings()

    def __getstate__(self):
        return self._settings()

    def __setstate__(self, state):
        self.__init__(**state)

    def normalize(self, word: str) -> str | None:
        """The indexed form of ``word``, or None for a stopword."""
        normal = self._cache.get(word, "")
        if normal != "":
            return normal
        normal = word.lower().translate(accent_map)
        if self.stopwords and normal in STOPWORDS:
            normal = None
        elif self.inflected_only:
            normal = normal if STEMMERS[self.stemmer](normal) != normal else None
        elif self.stemmer:
            normal = STEMMERS[self.stemmer](normal)
        if len(self._cache) > self._CACHE_LIMIT:
            self._cache.clear()
        self._cache[word] = normal
        return normal

    def __call__(self, value, positions=False, chars=False, keeporiginal=False, removestops=True,
                 start_pos=0, start_char=0, tokenize=True, mode="", **kwargs):
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        if not tokenize:
            matches = [(((value, 0),), 0, len(value))]
        else:
            matches = (_forms_of(match) for match in _TOKEN.finditer(value))
        position = start_pos
        for forms, start, end in matches:
            for text, offset in forms:
                normal = self.normalize(text)
                if normal is None:
                    continue
                token.text = normal
                token.boost = 1.0
                token.stopped = False
                if keeporiginal:
                    token.original = text
                if positions:
                    token.pos = position + offset
                if chars:
                    token.startchar, token.endchar = start_char + start, start_char + end
                yield token
            position += 1 + forms[-1][1]


def _forms_of(match: re.Match):
    """``(forms, start, end)`` of one token match: its forms with position offsets."""
    word = match.group("word")
    if word is not None:
        forms = ((word, 0),) if _JOINERS.search(word) is None else word_forms(word)
    elif match.lastgroup == "url":
        forms = ((_URL_HOST.match(match.group()).group(1).rstrip("."), 0),)
    else:
        forms = ((match.group(), 0),)
    return forms, match.start(), match.end()


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


def exact_analyzer() -> IndonesianAnalyzer:
    """Words as written (lower-cased, accents folded): for names and spelling suggestions."""
    return IndonesianAnalyzer()


def unstemmed_analyzer() -> IndonesianAnalyzer:
    """Words as written, minus stopwords: for exact title matches."""
    return IndonesianAnalyzer(stopwords=True)


def inflected_analyzer(stemmer: str = "snowball") -> IndonesianAnalyzer:
    """Derived words as written (``pelatihan``, not ``buruh``): exact matches that the
    stemmed field cannot tell apart from other forms of the same stem."""
    return IndonesianAnalyzer(stemmer=stemmer, stopwords=True, inflected_only=True)


def indonesian_analyzer(stemmer: str = "snowball") -> IndonesianAnalyzer:
    """The full analyzer: words minus stopwords, stemmed with ``stemmer``."""
    return IndonesianAnalyzer(stemmer=stemmer, stopwords=True)
