"""Output that cannot attack its reader: the terminal, or a spreadsheet opening our CSV.

Titles, text, categories, authors and file names come from the documents, so from
anyone. Printed raw, an escape sequence could retitle the terminal window, clear the
screen, plant a hidden link (OSC 8) or ring the bell, a ``\\r`` could overwrite what was
printed, and a right-to-left override (U+202E) reverses the text after it. Every
command's human output goes through :func:`safe`; JSON output stays exact data (JSON
escapes control characters itself).

A CSV cell that starts with ``=``, ``+``, ``-`` or ``@`` is a formula to a spreadsheet
(``=HYPERLINK(...)``, ``=cmd|...``): :func:`spreadsheet_safe` neutralizes it.
"""

from __future__ import annotations

import re

#: C0 controls, DEL and C1 controls, and the bidirectional embeddings, overrides and
#: isolates (U+202A–U+202E, U+2066–U+2069). The marks U+200E, U+200F and U+061C are left
#: alone: they occur in ordinary Arabic text and cannot reorder letters.
_UNSAFE = "\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069"
_UNSAFE_IN_LINE = re.compile(f"[\t\n{_UNSAFE}]")
_UNSAFE_IN_TEXT = re.compile(f"[{_UNSAFE}]")
#: What makes a spreadsheet read a cell as a formula (OWASP's list, tab and CR included).
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def safe(text: object, *, lines: bool = False) -> str:
    """``text`` with each unsafe character written as a visible escape (``\\x1b``,
    ``\\u202e``). Newlines and tabs are escaped too, unless ``lines`` (document text)."""
    return (_UNSAFE_IN_TEXT if lines else _UNSAFE_IN_LINE).sub(_escape, str(text))


def safe_marked(text: str, marks: tuple[str, str]) -> str:
    """:func:`safe` for ``text`` with ``marks`` (our highlight codes) around matched words:
    the marks are kept, everything between them is made safe."""
    if not any(marks):
        return safe(text)
    pieces = re.split("(" + "|".join(re.escape(mark) for mark in marks if mark) + ")", text)
    return "".join(piece if piece in marks else safe(piece) for piece in pieces)


def counted(number: int, noun: str) -> str:
    """``number`` with ``noun``, singular for one: ``1 file``, ``0 files``, ``4,785 files``
    (every noun arsip counts takes an ``s`` in the plural)."""
    return f"{number:,} {noun}" if number == 1 else f"{number:,} {noun}s"


def _escape(match: re.Match) -> str:
    code = ord(match.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def spreadsheet_safe(value: object) -> object:
    """A CSV cell a spreadsheet will not run: text starting like a formula gets a leading
    ``'`` (OWASP's advice for CSV injection); numbers and other text are returned as they are."""
    if isinstance(value, str) and value.startswith(_FORMULA_STARTS):
        return "'" + value
    return value
