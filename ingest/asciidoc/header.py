"""The header of an AsciiDoc document, as Asciidoctor reads it: the document title
(``= Judul``), the author line, the revision line and the attribute entries (``:name: value``).

The header ends at the first blank line after the title; without a title, the attribute
entries at the top of the file are the header. Attribute entries further down the body
are collected by the body conversion (:mod:`.text`), which substitutes them.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

#: An attribute entry: ``:name: value``, ``:name!:`` or ``:!name:`` (unset).
#: (No pattern here has a lazy group before trailing spaces: such a pattern takes time
#: growing with the square of a line of spaces. Values are stripped in code instead.)
ATTRIBUTE_ENTRY = re.compile(r"^:(!?)(\w[\w-]*)(!?):(?:[ \t]+(.*))?$")
_TITLE = re.compile(r"^(?:=|#)[ \t]+(\S.*)$")
_VERSION = re.compile(r"^[vV]?(\d\S*)$")


@dataclass
class Header:
    """What an AsciiDoc header says."""

    title: str | None = None
    #: Attribute entries and what the author and revision lines set (``author``,
    #: ``authors``, ``email``, ``revnumber``, ``revdate``, ``revremark``), by name.
    attributes: dict[str, str] = field(default_factory=dict)
    #: The attributes the header unsets (``:name!:``).
    unset: set[str] = field(default_factory=set)
    #: How many lines the header takes (the body starts after them).
    lines: int = 0


def read_header(lines: list[str]) -> Header:
    """The header at the top of ``lines`` (comment lines and blank lines before it skipped)."""
    header = Header()
    index = _skip_comments(lines, 0)
    index = _attribute_entries(lines, index, header)
    title = _TITLE.match(lines[index]) if index < len(lines) else None
    if title is None:
        header.lines = index if header.attributes or header.unset else 0
        return header
    header.title = title.group(1).rstrip()
    index += 1
    if index < len(lines) and lines[index].strip() and not _is_entry_or_comment(lines[index]):
        _author_line(lines[index], header.attributes)
        index += 1
        if index < len(lines) and lines[index].strip() and not _is_entry_or_comment(lines[index]):
            _revision_line(lines[index], header.attributes)
            index += 1
    header.lines = _attribute_entries(lines, index, header)
    return header


def _skip_comments(lines: list[str], index: int) -> int:
    """The first line from ``index`` that is not blank and not a ``//`` comment."""
    while index < len(lines) and (not lines[index].strip() or (lines[index].startswith("//") and not lines[index].startswith("////"))):
        index += 1
    return index


def _is_entry_or_comment(line: str) -> bool:
    return line.startswith("//") or ATTRIBUTE_ENTRY.match(line) is not None


def _attribute_entries(lines: list[str], index: int, header: Header) -> int:
    """Read the attribute entries (and comment lines) from ``index``; the line after them."""
    while index < len(lines) and lines[index].strip():
        line = lines[index]
        entry = ATTRIBUTE_ENTRY.match(line)
        if entry is None and not line.startswith("//"):
            break
        index += 1
        if entry is None:
            continue
        value = (entry.group(4) or "").strip()
        while value.endswith(" \\") and index < len(lines):  # a value continued on the next line
            value = value[:-2].rstrip() + " " + lines[index].strip()
            index += 1
        set_attribute(header.attributes, header.unset, entry, value)
    return index


def set_attribute(attributes: dict[str, str], unset: set[str], entry: re.Match, value: str) -> None:
    """Apply one attribute entry (matched by :data:`ATTRIBUTE_ENTRY`) to ``attributes``."""
    name = entry.group(2).lower()
    if entry.group(1) or entry.group(3):
        attributes.pop(name, None)
        unset.add(name)
    else:
        attributes[name] = value
        unset.discard(name)


def _author_line(line: str, attributes: dict[str, str]) -> None:
    """The author line: ``Budi Santoso <budi@contoh.id>; Siti Aminah``."""
    names, emails = [], []
    for part in line.split(";"):
        part, email = part.strip(), ""
        if part.endswith(">") and "<" in part:
            part, email = part[:-1].rsplit("<", 1)
        name = " ".join(part.replace("_", " ").split())
        if name:
            names.append(name)
            emails.append(email.strip())
    if not names:
        return
    attributes["author"] = names[0]
    if emails[0]:
        attributes["email"] = emails[0]
    if len(names) > 1:
        attributes["authors"] = ", ".join(names)


def _revision_line(line: str, attributes: dict[str, str]) -> None:
    """The revision line: ``v1.0, 2021-03-04: Rilis pertama``."""
    line = line.strip()
    version = _VERSION.match(line)
    if version and line[0] in "vV":
        attributes["revnumber"] = version.group(1)
        return
    before, comma, rest = line.partition(",")
    version = _VERSION.match(before.strip()) if comma else None
    date, _, remark = (rest if version else line).partition(": ")
    if version:
        attributes["revnumber"] = version.group(1)
    if date.strip().rstrip(":"):
        attributes["revdate"] = date.strip().rstrip(":")
    if remark.strip():
        attributes["revremark"] = remark.strip()
