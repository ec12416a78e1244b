"""Python-Markdown's reading of a page where it differs from CommonMark's, for the
generators that render Markdown with it (Pelican, MkDocs).

Its ``#`` headings need no space after the ``#`` marks (``###Langkah awal``, ``##CIDR##``)
and lose every ``#`` that ends them (``# Belajar C#`` shows "Belajar C"): its
``HashHeaderProcessor`` reads any line that starts with ``#`` (in a blockquote too, and in
the middle of a paragraph or after a raw HTML line) as a heading, a block of its own. Such a
line is written again as CommonMark reads the heading Python-Markdown makes of it, a blank
line before it, outside code fences and raw ``<pre>``,
``<script>``, ``<style>`` and ``<textarea>`` blocks, which Python-Markdown keeps as written.
CodeHilite's language line at the top of an indented code block is not shown either.
"""

from __future__ import annotations

import re

#: A heading line as Python-Markdown reads it: ``#`` marks at the start of the line (after
#: blockquote markers), its text (an escaped ``\\#`` kept), then the ``#`` marks that end it.
_HASH_HEADING = re.compile(r"^((?:>[ ]?)*)(#{1,6})((?:\\.|[^\\])*?)#*[ \t]*$")
_FENCE = re.compile(r"^[ \t>]*(`{3,}|~{3,})")
#: CodeHilite's language line (``_parseHeader``): colons or ``#!``, a path (then the line
#: stays), the language, optional ``hl_lines``.
_CODEHILITE_HEADER = re.compile(r"""(?:::+|#!)((?:/\w+)*[/ ])?[\w#.+-]*\s*(?:hl_lines=("|').*?\2)?""")
_INDENTED = re.compile(r"^(?: {4}|\t)")
#: A raw HTML block whose content Python-Markdown keeps as written.
_RAW_BLOCK = re.compile(r"<(pre|script|style|textarea)\b", re.I)


def codehilite_headers(body: str) -> str:
    """``body`` without the language line CodeHilite reads and drops from the first line of an
    indented code block (``:::python``, ``#!python``; ``#!/usr/bin/python``, with a path,
    stays): Pelican's default extension, so a reader never sees it."""
    if ":::" not in body and "#!" not in body:
        return body
    kept: list[str] = []
    fence: str | None = None  # the marker of an open code fence, whose lines stay
    for line in body.split("\n"):
        if fence or (opening := _FENCE.match(line)):
            fence = _fence_after(line, fence) if fence else opening.group(1)
        elif _INDENTED.match(line) and (not kept or not kept[-1].strip()) and (header := _CODEHILITE_HEADER.match(line.strip())) and not header.group(1):
            continue
        kept.append(line)
    return "\n".join(kept)


def _fence_after(line: str, fence: str) -> str | None:
    """The fence still open after ``line`` inside the fence ``fence`` (None: the line closes it)."""
    marker = line.lstrip(" \t>")
    return None if marker.startswith(fence) and not marker.strip(fence[0]).strip() else fence


def hash_headings(body: str) -> str:
    """``body`` with each ``#`` heading written as CommonMark reads the heading Python-Markdown
    makes of it (``###Langkah awal`` → ``### Langkah awal``; see the module)."""
    if "\n#" not in body and not body.startswith("#") and ">#" not in body and "> #" not in body:
        return body
    lines = body.split("\n")
    fence: str | None = None  # the marker of an open code fence
    raw: str | None = None  # the closing tag of an open raw HTML block
    for number, line in enumerate(lines):
        if fence:
            fence = _fence_after(line, fence)
        elif raw:
            raw = None if raw in line.lower() else raw
        elif opening := _FENCE.match(line):
            fence = opening.group(1)
        elif (block := _RAW_BLOCK.search(line)) and f"</{block.group(1).lower()}" not in line[block.end() :].lower():
            raw = f"</{block.group(1).lower()}"
        elif "#" in line[:12] and (heading := _HASH_HEADING.match(line)):
            quote, marks, text = heading.groups()
            apart = f"{quote.rstrip()}\n" if number and lines[number - 1].strip(" \t>") else ""  # a block of its own
            lines[number] = f"{apart}{quote}{marks} {text.strip()}".rstrip()
    return "\n".join(lines)
