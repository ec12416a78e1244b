"""Unresolved merge conflicts: a file saved in the middle of a ``git merge``.

Such a file holds both sides of each conflict between marker lines: ``<<<<<<< HEAD``,
``=======``, ``>>>>>>> cabang`` (with git's diff3 style also ``||||||| base`` before the
``=======``). arsip cannot choose a side for the author, so it keeps both and turns the
marker lines of each complete conflict into blank lines of the same length (every other
position in the file stays where it was, for the repairs and the items of an export);
each document holding a conflict gets a ``text`` problem naming its lines. A lone
``=======`` (a Markdown heading's underline) or ``<<<<<<<`` is left alone.
"""

from __future__ import annotations

from dataclasses import dataclass

from .document import Problem

_OPEN, _BASE, _SPLIT, _CLOSE = "<" * 7, "|" * 7, "=" * 7, ">" * 7


@dataclass(frozen=True)
class Conflicts:
    """A text with the marker lines of its complete conflicts blanked, and the (1-based)
    line of each conflict's ``<<<<<<<``."""

    text: str
    lines: tuple[int, ...] = ()

    def problem(self, held: list[int]) -> Problem:
        """The problem of a document holding the conflicts that start at the lines ``held``."""
        where = ", ".join(str(line) for line in held)
        return Problem("text", f"{len(held)} unresolved merge conflict(s) (line {where}): both sides are kept, their marker lines (<<<<<<<, =======, >>>>>>>) are not text")


def without_conflict_markers(text: str) -> Conflicts:
    """``text`` with the marker lines of each complete merge conflict blanked (see the module's docstring)."""
    if _OPEN not in text:
        return Conflicts(text)
    lines = text.split("\n")
    found: list[list[int]] = []
    markers: list[int] = []
    stage = None
    for number, line in enumerate(lines):
        bare = line.rstrip("\r")
        if _named(bare, _OPEN):
            stage, markers = "ours", [number]
        elif stage == "ours" and _named(bare, _BASE):
            stage = "base"
            markers.append(number)
        elif stage in ("ours", "base") and bare == _SPLIT:
            stage = "theirs"
            markers.append(number)
        elif stage == "theirs" and _named(bare, _CLOSE):
            found.append(markers + [number])
            stage, markers = None, []
    for number in (number for block in found for number in block):
        line = lines[number]
        lines[number] = " " * len(line.rstrip("\r")) + line[len(line.rstrip("\r")) :]
    return Conflicts("\n".join(lines), tuple(block[0] + 1 for block in found))


def _named(line: str, marker: str) -> bool:
    """True when ``line`` is ``marker`` alone or followed by a space and a name (``<<<<<<< HEAD``)."""
    return line.startswith(marker) and line[7:8] in ("", " ", "\t")
