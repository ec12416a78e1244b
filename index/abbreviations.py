"""Abbreviations stated in the archive: ``Aliansi Jurnalis Independen (AJI)``,
``JRKI (Jaringan Radio Komunitas Indonesia)``, ``... atau disingkat YLBHI``.

A pair counts only when the acronym's letters spell the full name: each word gives the
first one to four of its letters, in order, and Indonesian function words (``dan``,
``untuk``, ``di`` …) may be skipped. The full name is the fewest words before the
acronym (or all the words in its brackets) that spell it. A query is expanded in either
direction: an acronym in it also finds the full name as a phrase, and the full name
(as consecutive words) also finds the acronym.
"""

from __future__ import annotations

import re
from typing import Iterable

#: Words a full name may skip when spelling its acronym.
FUNCTION_WORDS = frozenset("dan untuk di ke dari atau serta bagi pada dengan yang the of and for".split())
#: Letters one word may give to an acronym (``Bappenas``: Ba-p-pe-nas).
MAX_WORD_LETTERS = 4
_ACRONYM = r"[A-Z][A-Za-z]{0,2}[A-Z][A-Za-z]{0,8}"
_BEFORE_BRACKET = re.compile(rf"\(\s*({_ACRONYM})\s*\)")
_IN_BRACKET = re.compile(rf"\b({_ACRONYM})\s*\(([^()]{{3,150}})\)")
_DISINGKAT = re.compile(rf",?\s*(?:atau|yang|dan)?\s*(?:biasa\s+|sering\s+)?disingkat(?:\s+(?:dengan|menjadi|sebagai))?\s+({_ACRONYM})\b")
_WORD = re.compile(r"\w+")


def spells(acronym: str, words: list[str]) -> bool:
    """True when ``acronym`` is spelled by the starts of ``words``: each word other than
    a function word gives 1–:data:`MAX_WORD_LETTERS` letters, the first word at least one."""
    letters = acronym.casefold()
    lowered = [word.casefold() for word in words]

    def match(position: int, index: int) -> bool:
        if index == len(lowered):
            return position == len(letters)
        word = lowered[index]
        if word in FUNCTION_WORDS and index > 0 and match(position, index + 1):
            return True
        for size in range(1, min(MAX_WORD_LETTERS, len(word)) + 1):
            if letters[position : position + size] != word[:size]:
                break
            if match(position + size, index + 1):
                return True
        return False

    return bool(lowered) and len(letters) >= 2 and match(0, 0)


def mine(text: str) -> set[tuple[str, str]]:
    """The ``(acronym, full name)`` pairs that ``text`` states."""
    pairs = set()
    for match in _BEFORE_BRACKET.finditer(text):
        pairs.add(_shortest_before(match.group(1), text[: match.start()]))
    for match in _DISINGKAT.finditer(text) if "disingkat" in text else ():  # the pattern's only fixed word: a fast test
        pairs.add(_shortest_before(match.group(1), text[: match.start()]))
    for match in _IN_BRACKET.finditer(text):
        words = _WORD.findall(match.group(2))
        if spells(match.group(1), words):
            pairs.add((match.group(1), " ".join(words)))
    pairs.discard(None)
    return pairs


def _shortest_before(acronym: str, before: str) -> tuple[str, str] | None:
    """The fewest words ending ``before`` (on its last line) that spell ``acronym``."""
    tail = re.split(r"[\n.;:()\[\]]", before)[-1]
    words = _WORD.findall(tail)[-(len(acronym) * 2 + 2) :]
    for start in range(len(words) - 1, -1, -1):
        if words[start].casefold() in FUNCTION_WORDS:
            continue
        if spells(acronym, words[start:]):
            return acronym, " ".join(words[start:])
    return None


def stated_pairs(text: str) -> set[tuple[str, str]]:
    """The ``(ACRONYM, full name)`` pairs ``text`` states, the acronym upper-cased and the
    full name casefolded, so that spellings of one pair count together across documents."""
    return {(acronym.upper(), name.casefold()) for acronym, name in mine(text)}


def query_expansions(query: str, pairs: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """``(in the query, added)`` for each pair whose one side is in ``query`` as
    consecutive words: the other side is added as a phrase."""
    words = _WORD.findall(query.casefold())
    found = []
    for short, full in pairs:
        for present, other in ((short, full), (full, short)):
            if _contains(words, _WORD.findall(present.casefold())) and (present, other) not in found:
                found.append((present, other))
    return found


def _contains(words: list[str], part: list[str]) -> bool:
    return bool(part) and any(words[start : start + len(part)] == part for start in range(len(words) - len(part) + 1))
