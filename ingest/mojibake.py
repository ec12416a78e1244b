"""Encoding repair with ftfy, configured to change nothing but encoding damage.

ftfy's defaults also uncurl quotes, rewrite line breaks, fold full-width characters and
apply NFC. None of that is encoding repair, so it is all switched off here: correct
text passes through unchanged, character for character.

Repairs are data: each damaged span is paired with its own repair and the plan (steps)
that gives it, which :func:`replay` applies again. Putting every repair's ``after`` in
place of its ``before`` gives exactly the repaired text. A repair that would lose text or
leave damage behind is not made; it is returned as :class:`Unrepairable`.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass
from dataclasses import field as dataclass_field
from functools import lru_cache

import ftfy
import ftfy.chardata
from ftfy.badness import is_bad

from .document import Repair, Unrepairable

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

#: The operation name of arsip's own fixes in a repair's steps (ftfy's are "encode",
#: "decode", "transcode" and "apply").
ARSIP_STEP = "arsip"

# UTF-8 mojibake read as Latin-1/cp1252 always contains a UTF-8 lead byte read as a
# character (U+00C2..U+00F4), or C1 controls, or surrogates: the cheap first look.
_SUSPECT = re.compile("[\x80-\x9f\u00c2-\u00f4\ud800-\udfff]")


def _images(byte_values: range) -> str:
    """Every character these bytes read as in any single-byte code page ftfy can undo."""
    images = set()
    for encoding in ftfy.chardata.CHARMAP_ENCODINGS:
        for value in byte_values:
            try:
                images.add(bytes([value]).decode(encoding))
            except UnicodeDecodeError:
                pass
    return "".join(sorted(char for char in images if not char.isascii()))


# Other mix-ups (MacRoman "g√¢teaux", Windows-1251 "вЂ“", Windows-1250 "LiĂ¨ge", ...) show
# a UTF-8 lead byte's image followed by a continuation byte's image in that code page.
_OTHER_MIXUPS = re.compile(f"[{re.escape(_images(range(0xC2, 0xF5)))}][{re.escape(_images(range(0x80, 0xC0)))}]")
# The rest of a UTF-8 punctuation sequence (E2 80 xx: quotes, dashes) whose lead byte was
# lost: "\x80\x99" of "’". Read as cp1252 it would become "€™", other damage, not a repair.
_TORN_PUNCTUATION = re.compile("(?<![\u00c2-\u00f4\x80-\xbf])\x80[\x80-\xbf]")
_ENTITY = re.compile("&#?[0-9A-Za-z]+;")

# "Â" and a plain space: a UTF-8 no-break space (C2 A0) read as cp1252 ("Â" + NBSP) whose
# NBSP later became a space. Never inside a capitalised word, and never in text where "Â"
# starts or continues a word (legitimate Latin-1 text: "Âge", "CHÂTEAU").
_LOST_NBSP = re.compile("(?<![A-Z\u00c0-\u00de])\u00c2 ")
_A_CIRCUMFLEX_IN_WORDS = re.compile("\u00c2[A-Za-z\u00c0-\u00ff]")


# Neither _SUSPECT nor _OTHER_MIXUPS holds an ASCII character: in text whose ASCII runs are
# each cut to one space, they find the same characters, next to each other exactly where
# they were, and far fewer characters are left to look through.
_ASCII_RUN = re.compile("[\x00-\x7f]+")


def may_be_damaged(text: str, *, entities: bool = False) -> bool:
    """True when ``text`` contains something ftfy could repair (a cheap pre-check)."""
    if text.isascii():
        return entities and _ENTITY.search(text) is not None
    signs = _ASCII_RUN.sub(" ", text)
    return bool(_SUSPECT.search(signs) or _OTHER_MIXUPS.search(signs) or (entities and _ENTITY.search(text)))


def _restore_lost_nbsp(text: str) -> str:
    return _LOST_NBSP.sub("\u00a0", text)


#: arsip's own fixes, by the name their steps carry.
_OWN_FIXES = {"restore_lost_nbsp": _restore_lost_nbsp}


def replay(before: str, steps: list[list[str]]) -> str:
    """Apply a recorded repair plan to ``before``: ftfy's steps through ``ftfy.apply_plan``,
    arsip's own (operation ``"arsip"``) through arsip's fixes. Raises ValueError (or a
    UnicodeError) when the plan does not apply."""
    text, pending = before, []
    for operation, argument in steps:
        if operation != ARSIP_STEP:
            pending.append((operation, argument))
            continue
        text = ftfy.apply_plan(text, pending) if pending else text
        pending = []
        if argument not in _OWN_FIXES:
            raise ValueError(f"unknown arsip repair step {argument!r}")
        text = _OWN_FIXES[argument](text)
    return ftfy.apply_plan(text, pending) if pending else text


#: Lines longer than this are repaired in pieces (cut after a space that follows an ASCII
#: character, so no damaged sequence is split), keeping ftfy and the diff fast.
SEGMENT_CHARS = 4096
_SAFE_CUT = re.compile(r"(?<=[ -~])\s")
#: Where a piece of text splits into independently repairable chunks: ASCII whitespace
#: after a printable ASCII character ("Ã " and "Â " forms keep their space). Split at it,
#: a piece gives its chunks with the cuts between them (the group keeps them).
_CHUNK_CUT = re.compile(r"(?<=[!-~])([ \t\r\n]+)")


def _segments(line: str):
    """``(offset, piece)`` pairs covering ``line``, each at most about SEGMENT_CHARS long."""
    start = 0
    while len(line) - start > SEGMENT_CHARS:
        cut = _SAFE_CUT.search(line, start + SEGMENT_CHARS // 2, start + SEGMENT_CHARS)
        end = cut.end() if cut else start + SEGMENT_CHARS
        yield start, line[start:end]
        start = end
    yield start, line[start:]


@dataclass
class _Span:
    """One damaged span of a segment: where, what, its repair and the plan that gives it."""

    offset: int
    before: str
    after: str
    steps: list[list[str]]

    def unrepairable(self) -> str | None:
        """Why this repair must not be applied: it loses text or leaves damage behind."""
        if self.after.count("\ufffd") > self.before.count("\ufffd"):
            return "lossy: the repair would put U+FFFD in place of text"
        if not self.after.isascii() and is_bad(self.after):
            return "the repair would still look damaged"
        if _TORN_PUNCTUATION.search(self.before):
            return "bytes of a UTF-8 sequence that lost its first byte: the repair would still look damaged"
        return None

    def trimmed(self) -> "_Span":
        """The span without what both sides share, when its plan still gives its repair."""
        before, after = self.before, self.after
        start = 0
        while start < min(len(before), len(after)) - 1 and before[start] == after[start]:
            start += 1
        end = 0
        while end < min(len(before), len(after)) - start - 1 and before[-1 - end] == after[-1 - end]:
            end += 1
        candidate = _Span(self.offset + start, before[start : len(before) - end], after[start : len(after) - end], self.steps)
        return candidate if candidate.replays() else self

    def replays(self) -> bool:
        try:
            return replay(self.before, self.steps) == self.after
        except (ValueError, UnicodeError, LookupError):
            return False


def _fix(text: str, config, lost_nbsp: bool) -> tuple[str, list[list[str]]]:
    """ftfy's repair of ``text`` (and arsip's own), with the steps that give it."""
    fixed, explanation = ftfy.fix_and_explain(text, config)
    steps = [list(step) for step in explanation or []]
    if lost_nbsp and _LOST_NBSP.search(fixed):
        fixed = _restore_lost_nbsp(fixed)
        steps.append([ARSIP_STEP, "restore_lost_nbsp"])
    return fixed, steps


def _damaged_spans(content: str, config, lost_nbsp: bool, entities: bool) -> list[_Span]:
    """The repairs of one piece of a line, each span paired with its own repair.

    ftfy repairs the whole piece (it judges with context); its plan is then replayed on
    each chunk. When the chunks' repairs add up to the whole repair, each changed chunk is
    one span, explained by ftfy's plan for that chunk alone when that gives the same text.
    Otherwise the piece's changed middle is one span.
    """
    fixed, steps = _fix(content, config, lost_nbsp)
    if fixed == content:
        return []
    pieces, changed = [], []
    offset = 0
    for chunk in _CHUNK_CUT.split(content):  # words and, between them, the cuts
        after = chunk
        if not chunk.isascii() or (entities and "&" in chunk):
            try:
                after = replay(chunk, steps)
            except (ValueError, UnicodeError, LookupError):
                break
            if after != chunk:
                changed.append(_Span(offset, chunk, after, steps))
        pieces.append(after)
        offset += len(chunk)
    if "".join(pieces) != fixed:
        return [_Span(0, content, fixed, steps).trimmed()]
    for span in changed:
        own, own_steps = _fixed_chunk(span.before, config, lost_nbsp)
        if own == span.after:
            span.steps = [list(step) for step in own_steps]
    return [span.trimmed() for span in changed]


@lru_cache(maxsize=4096)
def _fixed_chunk(chunk: str, config, lost_nbsp: bool) -> tuple[str, tuple[tuple[str, ...], ...]]:
    """:func:`_fix` of one chunk, remembered: damage repeats (every "Ã©" of an export is
    repaired by the same plan), so each distinct damaged word is explained by ftfy once."""
    fixed, steps = _fix(chunk, config, lost_nbsp)
    return fixed, tuple(tuple(step) for step in steps)


@dataclass
class RepairedText:
    """The result of :func:`repair_text`."""

    text: str
    repairs: list[Repair]
    #: Damage found but left as it was: the repair would lose text or leave damage behind.
    unrepairable: list[Unrepairable] = dataclass_field(default_factory=list)

    #: Line → (columns of its repairs, running change in length after each): built on first use.
    _shifts: dict[int, tuple[list[int], list[int]]] | None = dataclass_field(default=None, repr=False, compare=False)

    def position_in_text(self, line: int, column: int) -> tuple[int, int]:
        """Where ``line``, ``column`` of the damaged source is in the repaired ``text``: on
        the same line, moved by the change in length of the repairs before it on that line
        (a one-line export holds many documents: each repair must find its own)."""
        if self._shifts is None:
            self._shifts = {}
            for repair in self.repairs:  # in source order
                columns, totals = self._shifts.setdefault(repair.line, ([], [0]))
                columns.append(repair.column)
                totals.append(totals[-1] + len(repair.after) - len(repair.before))
        if line not in self._shifts:
            return line, column
        columns, totals = self._shifts[line]
        return line, column + totals[bisect_left(columns, column)]


def repair_text(text: str, *, field: str = "text", entities: bool = False) -> RepairedText:
    """Repair encoding damage in ``text`` line by line.

    Returns the repaired text, one :class:`Repair` per changed span (with its 1-based
    line and column in ``text`` and the steps that repair it), and the damage left alone
    as unrepairable. Applying the repairs' spans to ``text`` gives exactly the repaired
    text. With ``entities``, HTML entities are decoded too (for plain text, where an
    entity can only be damage).
    """
    # str.isascii() is a flag, not a scan: an ASCII text holds no "Â" to look for.
    lost_nbsp = not text.isascii() and "\u00c2 " in text and not _A_CIRCUMFLEX_IN_WORDS.search(text)
    if not (lost_nbsp or may_be_damaged(text, entities=entities)):
        return RepairedText(text, [])
    config = ENCODING_AND_ENTITIES if entities else ENCODING_ONLY
    result = RepairedText(text, [])
    lines = text.split("\n")
    for number, line in enumerate(lines, start=1):
        if not ((lost_nbsp and "\u00c2 " in line) or may_be_damaged(line, entities=entities)):
            continue
        pieces = []
        for offset, segment in _segments(line):
            # Indentation and a CR line ending cannot be damaged: repair what lies between.
            body = segment.rstrip("\r")
            content = body.lstrip(" \t")
            start = offset + len(body) - len(content)
            position = 0
            for span in _damaged_spans(content, config, lost_nbsp, entities):
                pieces.append(segment[position : start - offset + span.offset])
                position = start - offset + span.offset + len(span.before)
                column = start + span.offset + 1
                reason = span.unrepairable()
                if reason:
                    pieces.append(span.before)
                    result.unrepairable.append(Unrepairable(field, span.before, span.after, reason, number, column))
                else:
                    pieces.append(span.after)
                    result.repairs.append(Repair(field, span.before, span.after, span.steps, number, column))
            pieces.append(segment[position:])
        lines[number - 1] = "".join(pieces)
    if result.repairs:
        result.text = "\n".join(lines)
    return result
