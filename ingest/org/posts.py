"""ox-hugo's subtree-based export: one Org file holding many posts, each a heading whose
property drawer sets ``:EXPORT_FILE_NAME:``. Each such subtree is one document, as ox-hugo
exports it: the heading is the title, the subtree below it the text; the date is
``:EXPORT_DATE:``, else the ``CLOSED:`` timestamp Org adds when the heading is marked done;
a heading with a TODO keyword not done (``TODO``, ``DRAFT``) is a draft; the tags are the
file's ``#+FILETAGS`` and the tags of the heading and the headings above it (``@kategori``
ones are categories), unless ``:EXPORT_HUGO_TAGS:``/``:EXPORT_HUGO_CATEGORIES:`` say
otherwise. What lies outside every post's subtree is not exported, and is no document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from .text import HEADING, parse_heading, todo_keywords

_PROPERTY = re.compile(r"^[ \t]*:([\w-]+\+?):(?:[ \t]+(.*))?$")
_CLOSED = re.compile(r"\bCLOSED:[ \t]*\[([^\]\n]*)\]")
_PLANNING = re.compile(r"^[ \t]*(?:SCHEDULED|DEADLINE|CLOSED):")


@dataclass
class SubtreePost:
    """One post of an ox-hugo file."""

    heading: str
    #: The heading's TODO keyword, and whether it means done.
    todo: str | None
    done: bool
    #: The tags of the heading and of the headings above it, the outermost first.
    tags: list[str]
    #: The heading's properties (upper-case names; ``NAME+`` values appended to ``NAME``'s).
    properties: dict[str, str] = field(default_factory=dict)
    closed: str | None = None
    #: The lines below the heading, up to the next heading of its level or above.
    lines: list[str] = field(default_factory=list)
    #: The heading's line and the subtree's last line in the file (counted from 0).
    first_line: int = 0
    last_line: int = 0


def subtree_posts(lines: list[str], keywords: dict[str, str]) -> list[SubtreePost]:
    """The posts of an ox-hugo file whose ``lines`` and ``keywords`` are given (none: the
    file is not exported subtree by subtree)."""
    todo, done = todo_keywords(keywords)
    posts: list[SubtreePost] = []
    above: list[tuple[int, list[str], bool]] = []  # the level, tags and left_out of each heading above
    post_level = 0
    for number, line in enumerate(lines):
        heading = HEADING.match(line) if line.startswith("*") else None
        if heading is None:
            if post_level:
                posts[-1].lines.append(line)
            continue
        level, parts = len(heading.group(1)), parse_heading(heading.group(2), todo)
        if post_level and level > post_level:
            posts[-1].lines.append(line)
            continue
        if post_level:
            posts[-1].last_line = number - 1
        post_level = 0
        while above and above[-1][0] >= level:
            above.pop()
        inherited = [tag for _, tags, _ in above for tag in tags]
        left_out = parts.left_out or any(out for _, _, out in above)
        above.append((level, parts.tags, left_out))
        properties, closed = _drawer(lines, number + 1)
        if "EXPORT_FILE_NAME" in properties and not left_out:
            post_level = level
            posts.append(
                SubtreePost(parts.words, parts.todo, parts.todo in done, inherited + parts.tags, properties, closed, first_line=number)
            )
    if post_level:
        posts[-1].last_line = len(lines) - 1
    return posts


def _drawer(lines: list[str], start: int) -> tuple[dict[str, str], str | None]:
    """The properties of the drawer right below a heading (after its planning line), and
    the heading's ``CLOSED:`` timestamp. Reads only the drawer's own lines."""
    closed = None
    if start < len(lines) and _PLANNING.match(lines[start]):
        found = _CLOSED.search(lines[start])
        closed = found.group(1) if found else None
        start += 1
    properties: dict[str, str] = {}
    if start >= len(lines) or lines[start].strip().upper() != ":PROPERTIES:":
        return properties, closed
    for line in lines[start + 1 :]:
        entry = _PROPERTY.match(line)
        if entry is None or entry.group(1).upper() == "END":
            break
        name, value = entry.group(1).upper(), (entry.group(2) or "").strip()
        if name.endswith("+"):
            name = name[:-1]
            value = f"{properties[name]} {value}" if name in properties else value
        properties[name] = value
    return properties, closed
