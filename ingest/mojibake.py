"""Encoding repair with ftfy, configured to change nothing but encoding damage.

ftfy's defaults also uncurl quotes, rewrite line breaks, fold full-width characters and
apply NFC. None of that is encoding repair, so it is all switched off here: correct
text passes through unchanged, character for character.
"""

from __future__ import annotations

import re

import ftfy

from .document import Repair

#: Only encoding repair: mojibake, C1 controls, lossy sequences, surrogates.
ENCODING_ONLY = ftfy.TextFixerConfig(
    unescape_html=False,
    remove_terminal_escapes=False,
    fix_latin_ligatures=False,
    fix_character_width=False,
    uncurl_quotes=False,
    fix_line_breaks=False,
    remove_control_chars=False,
    normalization=None,
    explain=True,
)
#: The same, plus HTML entities (``&amp;``, ``&#8211;``) in text that is not markup.
ENCODING_AND_ENTITIES = ENCODING_ONLY._replace(unescape_html=True)

# UTF-8 mojibake always contains a UTF-8 lead byte read as a Latin-1/cp1252 character
# (U+00C2..U+00F4), or C1 controls, or surrogates. Text without any of these cannot be
# damaged in a way ftfy repairs, so ftfy is not run on it at all.
_SUSPECT = re.compile("[\x80-\x9f\u00c2-\u00f4\ud800-\udfff]")
_SUSPECT_OR_ENTITY = re.compile("[\x80-\x9f\u00c2-\u00f4\ud800-\udfff]|&#?[0-9A-Za-z]+;")


def may_be_damaged(text: str, *, entities: bool = False) -> bool:
    """True when ``text`` contains something ftfy could repair (a cheap pre-check)."""
    pattern = _SUSPECT_OR_ENTITY if entities else _SUSPECT
    return pattern.search(text) is not None


def _describe(explanation) -> str:
    return ", ".join(f"{step} {arg}" for step, arg in explanation or [])


_WORDS = re.compile(r"\S+|\s+")


def changed_spans(before: str, after: str) -> list[tuple[int, str, str]]:
    """The spans that differ between two versions of a line: ``(column, old, new)``.

    Repairs are local, so the two word sequences are walked side by side; at a
    difference, the nearest point where they agree again closes the changed run (linear,
    unlike a general diff). Each run is trimmed to the characters that really differ.
    """
    old_words, new_words = _WORDS.findall(before), _WORDS.findall(after)
    offsets = [0]
    for word in old_words:
        offsets.append(offsets[-1] + len(word))
    spans = []
    i = j = 0
    while i < len(old_words) or j < len(new_words):
        if i < len(old_words) and j < len(new_words) and old_words[i] == new_words[j]:
            i, j = i + 1, j + 1
            continue
        skip_old, skip_new = _resync(old_words, new_words, i, j)
        spans.append(_trimmed(offsets[i], "".join(old_words[i : i + skip_old]), "".join(new_words[j : j + skip_new])))
        i, j = i + skip_old, j + skip_new
    return spans


def _resync(old: list[str], new: list[str], i: int, j: int, reach: int = 8) -> tuple[int, int]:
    """How many words to skip on each side until the two sequences agree again."""
    for total in range(1, 2 * reach + 1):
        for skip_old in range(total + 1):
            a, b = i + skip_old, j + total - skip_old
            if a > len(old) or b > len(new):
                continue
            if (a == len(old) and b == len(new)) or (a < len(old) and b < len(new) and old[a] == new[b]):
                return skip_old, total - skip_old
    return len(old) - i, len(new) - j


def _trimmed(column: int, old: str, new: str) -> tuple[int, str, str]:
    """Trim what both sides share, but never down to an empty side ("&amp;" -> "&")."""
    start = 0
    while start < min(len(old), len(new)) - 1 and old[start] == new[start]:
        start += 1
    end = 0
    while end < min(len(old), len(new)) - start - 1 and old[-1 - end] == new[-1 - end]:
        end += 1
    return column + start + 1, old[start : len(old) - end], new[start : len(new) - end]


#: Lines longer than this are repaired in pieces (cut after a space that follows an ASCII
#: character, so no damaged sequence is split), keeping ftfy and the diff fast.
SEGMENT_CHARS = 4096
_SAFE_CUT = re.compile(r"(?<=[ -~])\s")


def _segments(line: str):
    """``(offset, piece)`` pairs covering ``line``, each at most about SEGMENT_CHARS long."""
    start = 0
    while len(line) - start > SEGMENT_CHARS:
        cut = _SAFE_CUT.search(line, start + SEGMENT_CHARS // 2, start + SEGMENT_CHARS)
        end = cut.end() if cut else start + SEGMENT_CHARS
        yield start, line[start:end]
        start = end
    yield start, line[start:]


def _repair_segment(segment: str, config) -> tuple[str, str]:
    """Repair one piece of a line; returns the repaired piece and ftfy's explanation."""
    # Indentation and a CR line ending cannot be damaged, and ftfy judges "Â " after
    # spaces less surely: repair only what lies between them.
    body = segment.rstrip("\r")
    content = body.lstrip(" \t")
    indent, ending = body[: len(body) - len(content)], segment[len(body) :]
    fixed, explanation = ftfy.fix_and_explain(content, config)
    return indent + fixed + ending, _describe(explanation)


def repair_text(text: str, *, field: str = "text", entities: bool = False) -> tuple[str, list[Repair]]:
    """Repair encoding damage in ``text`` line by line.

    Returns the repaired text and one :class:`Repair` per changed span, with its
    1-based line and column in ``text``. With ``entities``, HTML entities are decoded
    too (for plain text, where an entity can only be damage).
    """
    if not may_be_damaged(text, entities=entities):
        return text, []
    config = ENCODING_AND_ENTITIES if entities else ENCODING_ONLY
    repairs: list[Repair] = []
    lines = text.split("\n")
    for number, line in enumerate(lines, start=1):
        if not may_be_damaged(line, entities=entities):
            continue
        pieces = []
        for offset, segment in _segments(line):
            fixed, why = _repair_segment(segment, config)
            pieces.append(fixed)
            if fixed != segment:
                repairs.extend(
                    Repair(field, before, after, why, number, offset + column)
                    for column, before, after in changed_spans(segment, fixed)
                )
        lines[number - 1] = "".join(pieces)
    if not repairs:
        return text, []
    return "\n".join(lines), repairs
