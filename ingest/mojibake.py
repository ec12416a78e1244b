"""Encoding repair with ftfy, configured to change nothing but encoding damage.

ftfy's defaults also uncurl quotes, rewrite line breaks, fold full-width characters and
apply NFC. None of that is encoding repair, so it is all switched off here: correct
text passes through unchanged, character for character.
"""

from __future__ import annotations

import difflib
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

    Compared word by word (fast on long lines), then each changed run is trimmed to the
    characters that really differ.
    """
    old_words, new_words = _WORDS.findall(before), _WORDS.findall(after)
    matcher = difflib.SequenceMatcher(None, old_words, new_words, autojunk=False)
    offsets = [0]
    for word in old_words:
        offsets.append(offsets[-1] + len(word))
    spans = []
    for op, i1, i2, j1, j2 in matcher.get_opcodes():
        if op == "equal":
            continue
        old, new = "".join(old_words[i1:i2]), "".join(new_words[j1:j2])
        # Trim what both sides share, but never down to an empty side ("&amp;" -> "&").
        start = 0
        while start < min(len(old), len(new)) - 1 and old[start] == new[start]:
            start += 1
        end = 0
        while end < min(len(old), len(new)) - start - 1 and old[-1 - end] == new[-1 - end]:
            end += 1
        spans.append((offsets[i1] + start + 1, old[start : len(old) - end], new[start : len(new) - end]))
    return spans


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
        # Indentation and a CR line ending cannot be damaged, and ftfy judges "Â " after
        # spaces less surely: repair only what lies between them.
        body = line.rstrip("\r")
        content = body.lstrip(" \t")
        indent, ending = body[: len(body) - len(content)], line[len(body) :]
        fixed, explanation = ftfy.fix_and_explain(content, config)
        fixed = indent + fixed + ending
        if fixed == line:
            continue
        lines[number - 1] = fixed
        why = _describe(explanation)
        repairs.extend(Repair(field, before, after, why, number, column) for column, before, after in changed_spans(line, fixed))
    if not repairs:
        return text, []
    return "\n".join(lines), repairs
