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
from collections import Counter
from pathlib import Path

from whoosh.analysis import Token, Tokenizer
from whoosh.support.charset import accent_map

from arsip.ingest.terms import term_key

from .stemming import STEMMERS

_TOKEN = re.compile(
    r"(?P<email>[\w.+-]+@[^\W_]+(?:[.-][^\W_]+)*\.[^\W\d_]{2,})"
    r"|(?P<url>(?:https?://|www\.)[^\s<>\"')\]]+)"
    r"|(?P<word>[^\W_]+(?:[-‐‑–][^\W_]+)*)"
    r"|(?P<gap>\x1d)"
)
#: The same tokens as strings, which are cheaper than matches: what indexing needs. A token
#: string matched alone gives the match (and kind) it had in its text.
_TOKEN_TEXT = re.compile(re.sub(r"\(\?P<\w+>", "(?:", _TOKEN.pattern))
#: Separates the parts of one field value (the body, each metadata part); the analyzer
#: leaves :data:`PART_GAP` positions between them, so no phrase or proximity spans two parts.
PART_SEPARATOR = "\x1d"
PART_GAP = 100
#: The whole value as one token (``tokenize=False``).
_WHOLE = re.compile(r"(?P<whole>.+)", re.S)
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

    Each distinct token is split and normalized once and cached, so a token costs one
    dictionary look-up after the first time it is seen. Stopwords leave a gap in positions, as
    a stopword filter that does not renumber would.
    """

    _CACHE_LIMIT = 500_000

    def __init__(self, stemmer: str | None = None, stopwords: bool = False, inflected_only: bool = False) -> None:
        self.stemmer = stemmer
        self.stopwords = stopwords
        #: Keep words as written, but only those ``stemmer`` would change (derived forms).
        self.inflected_only = inflected_only
        self._cache: dict[str, tuple] = {}

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
        normal = word.lower().translate(accent_map)
        if self.stopwords and normal in STOPWORDS:
            return None
        if self.inflected_only:
            return normal if STEMMERS[self.stemmer](normal) != normal else None
        if self.stemmer:
            return STEMMERS[self.stemmer](normal)
        return normal

    def _unit(self, match: re.Match) -> tuple[tuple[tuple[str, str, int], ...], int]:
        """What one token match gives, and caches under its text: ``(original, normal,
        position offset)`` of each form that is not a stopword, and the positions it takes."""
        forms = _forms_of(match)
        kept = tuple((original, normal, offset) for original, offset in forms if (normal := self.normalize(original)) is not None)
        if len(self._cache) > self._CACHE_LIMIT:
            self._cache.clear()
        unit = self._cache[match.group()] = (kept, 1 + forms[-1][1] if forms else PART_GAP)
        return unit

    def __call__(self, value, positions=False, chars=False, keeporiginal=False, removestops=True,
                 start_pos=0, start_char=0, tokenize=True, mode="", **kwargs):
        token = Token(positions, chars, removestops=removestops, mode=mode, **kwargs)
        position = start_pos
        cache = self._cache
        for match in _scan(_TOKEN, value) if tokenize else _WHOLE.finditer(value):
            forms, advance = cache.get(match.group()) or self._unit(match)
            for original, normal, offset in forms:
                token.text = normal
                token.boost = 1.0
                token.stopped = False
                if keeporiginal:
                    token.original = original
                if positions:
                    token.pos = position + offset
                if chars:
                    token.startchar, token.endchar = start_char + match.start(), start_char + match.end()
                yield token
            position += advance

    def positions(self, value: str) -> dict[str, list[int]]:
        """Each indexed form in ``value`` with its positions: what calling the analyzer with
        ``positions=True`` gives, gathered without making a token for each."""
        found: dict[str, list[int]] = {}
        position = 0
        cache = self._cache
        for word in _scan(_TOKEN_TEXT, value):
            forms, advance = cache.get(word) or self._unit(_TOKEN.fullmatch(word))
            for _original, normal, offset in forms:
                if normal in found:
                    found[normal].append(position + offset)
                else:
                    found[normal] = [position + offset]
            position += advance
        return found

    def frequencies(self, value: str) -> dict[str, int]:
        """Each indexed form in ``value`` with the number of times it occurs: what
        :meth:`positions` gives without the positions, counted per distinct word."""
        found: dict[str, int] = {}
        cache = self._cache
        for word, count in Counter(_scan(_TOKEN_TEXT, value)).items():
            forms, _advance = cache.get(word) or self._unit(_TOKEN.fullmatch(word))
            for _original, normal, _offset in forms:
                found[normal] = found.get(normal, 0) + count
        return found


_recent: dict[re.Pattern, tuple[str, list]] = {}


def _scan(pattern: re.Pattern, value: str) -> list:
    """The tokens of ``value``: matches for :data:`_TOKEN`, strings for :data:`_TOKEN_TEXT`.
    The last value's are kept for each: each text is analyzed twice in a row (stemmed, and
    as written), and the second time skips the scan."""
    recent_value, tokens = _recent.get(pattern, (None, []))
    if recent_value is not value:
        tokens = list(pattern.finditer(value)) if pattern is _TOKEN else pattern.findall(value)
        _recent[pattern] = (value, tokens)
    return tokens


def _forms_of(match: re.Match) -> tuple[tuple[str, int], ...]:
    """The forms of one token match, with position offsets."""
    kind, text = match.lastgroup, match.group()
    if kind == "gap":
        return ()
    if kind == "word" and _JOINERS.search(text) is not None:
        return tuple(word_forms(text))
    if kind == "url":
        return ((_URL_HOST.match(text).group(1).rstrip("."), 0),)
    return ((text, 0),)


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
