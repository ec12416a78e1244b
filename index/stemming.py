"""Indonesian stemmers as module-level functions, named in the analyzer (Whoosh pickles it).

The analyzer caches each word's stem, so these are called once per distinct word.

``snowball`` (PyStemmer, the Snowball Indonesian algorithm, C) is the default. ``sastrawi``
(Nazief–Adriani with a root-word dictionary) is available when the optional ``sastrawi``
extra is installed; its dictionary is CC BY-NC-SA, so it is not a default dependency.
"""

from __future__ import annotations

from functools import lru_cache

import Stemmer

_snowball = Stemmer.Stemmer("indonesian")


def snowball_stem(word: str) -> str:
    """Snowball Indonesian stem of a lower-cased word."""
    return _snowball.stemWord(word)


class StemmerUnavailable(RuntimeError):
    """The stemmer's optional package is not installed."""


@lru_cache(maxsize=1)
def _sastrawi():
    try:
        from Sastrawi.Stemmer.StemmerFactory import StemmerFactory
    except ImportError:
        raise StemmerUnavailable("the sastrawi stemmer needs the optional extra: pip install 'arsip[sastrawi]'") from None
    return StemmerFactory().create_stemmer()


def sastrawi_stem(word: str) -> str:
    """Sastrawi (Nazief–Adriani) stem of a lower-cased word."""
    return _sastrawi().stem(word) or word


STEMMERS = {"snowball": snowball_stem, "sastrawi": sastrawi_stem}


def require_stemmer(name: str) -> None:
    """Raise :class:`StemmerUnavailable` unless the stemmer ``name`` can be used."""
    STEMMERS[name]("uji")
