"""MkDocs' ``pymdownx.snippets``: the files a page includes with ``--8<--`` and the ones its
site appends to every page (``auto_append``), put into the page's Markdown before it is
read, as the extension (a preprocessor, before any other) puts them there.

A snippet line ``--8<-- "berkas.md"`` (or ``'berkas.md'``, at any indentation, which each
line of the snippet takes) and each name of a block (a ``--8<--`` line, names one a line,
a ``--8<--`` line; a blank name is a blank line, a name starting with ``;`` is left out)
are replaced by the snippet's lines: all of them, the line ranges of ``berkas.md:3:5``,
``berkas.md:3`` (to the end), ``berkas.md::5``, ``berkas.md:1:2,8:9`` (negative numbers
count from the end), or the section of ``berkas.md:langkah`` (between ``--8<--
[start:langkah]`` and ``--8<-- [end:langkah]``), dedented with ``dedent_subsections``.
Snippets nest, a file never inside itself; section marker lines are not shown (inside a
section they are no part of it). An escaped line (``;--8<-- "berkas.md"``) stays as
written here and :func:`~.syntax.mkdocs_source` shows it one ``;`` less, as it does on a
page read without its snippets. This is in lines, before Markdown: a snippet line in a
fenced code block is replaced too.

A snippet is looked for where the extension looks (:meth:`~.config.Snippets.places`: each
folder of ``base_path`` in turn, not the including file's folder) and read from the input
root on disk by the rules of AsciiDoc's includes (:mod:`...asciidoc.include`), down to its
depth limit. What the extension leaves out without a word or fails the build on
(``check_paths``) is named in a ``text`` problem: a snippet found nowhere, a section not in
its file, a block never closed; a URL is never fetched (``url_download``) and is named.
"""

from __future__ import annotations

import os
import re
import textwrap

from ...asciidoc.include import Expansion, IncludeRoot, expanded, read_named
from ...document import Problem

#: A line of snippet notation (the extension's ``RE_ALL_SNIPPETS``): a snippet
#: ``--8<-- "berkas.md"`` or ``--8<-- 'berkas.md'`` (not even a space after it), or a
#: block's marker ``--8<--`` alone; a run of ``;`` before it escapes it (one ``;`` less is shown).
NOTATION = re.compile(
    r"""^(?P<space>[ \t]*)(?P<escape>;*)"""
    r"""(?:-+8<-+[ \t]+(?P<name>"(?:\\"|[^"\n\r])+?"|'(?:\\'|[^'\n\r])+?')(?![ \t])|(?P<block>-+8<-+)(?![ \t]))\r?$"""
)
#: A section marker anywhere in a line (``# --8<-- [start:langkah]``, in a comment of code
#: or HTML too; the extension's ``RE_SNIPPET_SECTION``), a run of ``;`` before it escaping
#: it. Tried only from the start of a run of ``;`` and ``-`` (so a long run is scanned once).
SECTION_MARKER = re.compile(
    r"(?<!;)(?!(?<=-)-)(?P<escape>;*)-+8<-+[ \t]+\[[ \t]*(?P<kind>start|end)[ \t]*:[ \t]*(?P<name>[a-z][-_0-9a-z]*)[ \t]*\]", re.I
)
#: The section ending a snippet's name (``:langkah``).
_SECTION = re.compile(r":[a-z][-_0-9a-z]*", re.I)
#: How a problem names a snippet a page includes, and one the site appends to every page.
WRITTEN = "the snippet {} (pymdownx.snippets)"
APPENDED = "the snippet {} (pymdownx.snippets' auto_append)"


def read_snippets(body: str, root: IncludeRoot, used_bytes: int) -> tuple[str, list[Problem], bool]:
    """``body`` of the page with its snippets and the ones its site appends put in place (see
    the module), the problems met, and whether a snippet is looked for in the root (the
    page's text then depends on that file); ``used_bytes`` of the per-file limit are spent
    on the page itself."""
    if root.snippets is None or ("8<" not in body and not root.snippets.auto_append):
        return body, [], False  # (every line of notation holds "8<": the page is as written)
    return expanded(body, root, used_bytes, WRITTEN, _page)


def _page(body: str, stack: tuple[str, ...], expansion: Expansion) -> str:
    """``body`` with its snippets in place and the appended ones after it."""
    reading = _Reading(expansion)
    parts = ["\n".join(reading.lines(body.split("\n"), stack)) if "8<" in body else body]
    for name in expansion.root.snippets.auto_append:
        found = reading.found(name, APPENDED)
        text = read_named(found, name, stack, expansion) if found else None
        if text:
            parts.append("\n".join(reading.lines(text.split("\n"), stack + (found,))))
    return "\n\n".join(parts)


class _Reading:
    """The snippets of one page as the extension reads them."""

    def __init__(self, expansion: Expansion) -> None:
        self.expansion = expansion
        self.snippets = expansion.root.snippets

    def lines(self, lines: list[str], stack: tuple[str, ...], section: bool = False) -> list[str]:
        """``lines`` of the last file of ``stack`` with their snippets in place and their
        section markers gone (``section``: the lines are a section, whose markers stay)."""
        out: list[str] = []
        block = False
        for line in lines:
            notation = NOTATION.match(line) if "8<" in line else None
            if notation and notation.group("escape"):
                out.append(line)  # (shown one ";" less by mkdocs_source)
                continue
            if notation and notation.group("block"):
                block = not block
                continue
            if notation and not block:
                space, name = notation.group("space"), notation.group("name")[1:-1].strip()
            elif notation:
                continue  # a snippet line in a block is not read
            elif block:
                space, name = line[: len(line) - len(line.lstrip(" \t"))], line.strip()
                if not name:
                    out.append("")
                    continue
            else:
                marker = SECTION_MARKER.search(line) if not section and "8<-" in line else None
                if marker is None or marker.group("escape"):
                    out.append(line)
                continue
            if not name.startswith(";"):  # (a name starting with ";" is commented out)
                indent = space.expandtabs(4)
                out.extend(indent + included for included in self.snippet(name, stack))
        if block:
            self.problem(f"a --8<-- block in {stack[-1]} is not closed: pymdownx.snippets reads every line after it as a snippet's name")
        return out

    def snippet(self, name: str, stack: tuple[str, ...]) -> list[str]:
        """The lines the snippet ``name`` puts in the last file of ``stack``: its selected
        lines with their own snippets in place; none when it cannot be read here."""
        path, ranges, section = _target(name)
        if not path:
            self.problem(f"{WRITTEN.format(name)} is not read: it names no file", missing=True)
            return []
        if path.lower().startswith(("https://", "http://")) and self.snippets.url_download:
            self.problem(f"{WRITTEN.format(path)} is not read: arsip fetches no URLs")
            return []
        found = self.found(path, WRITTEN)
        text = read_named(found, path, stack, self.expansion) if found else None
        lines = text.split("\n") if text else []
        if lines and ranges:
            lines = self.dedented(_in_ranges(lines, ranges))
        elif lines and section is not None:
            lines = self.dedented(self.section(lines, section, path))
        return self.lines(lines, stack + (found,), section is not None) if lines else []

    def found(self, name: str, written: str) -> str | None:
        """The id of the file the snippet ``name`` is, looked for where the extension looks;
        None, with a problem naming the places looked at, when it is found nowhere."""
        root = self.expansion.root
        places = tuple(root.site_folder + place for place in self.snippets.places(name))
        found = next((place for place in places if os.path.isfile(os.path.join(root.folder, place))), None)
        if found is None:
            self.expansion.targets.update(places)  # (the page's text changes when one of them appears)
            looked = f"no such file ({', '.join(places)})" if places else "its paths are outside the site's root"
            self.problem(f"{written.format(name)} is not read: {looked}", missing=True)
        return found

    def section(self, lines: list[str], name: str, path: str) -> list[str]:
        """The lines between the markers of the section ``name`` (the extension's
        ``extract_section``: from its first start to its end, other sections' markers left
        out); none, with a problem, when the file has no such section."""
        selected: list[str] = []
        inside = False
        for line in lines:
            marker = SECTION_MARKER.search(line) if "8<-" in line else None
            if marker and not marker.group("escape"):
                if marker.group("name") == name and marker.group("kind") != "start":
                    break  # its end (or an end before its start)
                inside = inside or marker.group("name") == name
                continue
            if inside:
                selected.append(line)
        if not inside:
            self.problem(f"{WRITTEN.format(path + ':' + name)} is not read: {path} has no section {name}", missing=True)
        return selected

    def dedented(self, lines: list[str]) -> list[str]:
        """Selected lines as the site shows them: dedented with ``dedent_subsections``."""
        return textwrap.dedent("\n".join(lines)).split("\n") if self.snippets.dedent else lines

    def problem(self, reason: str, missing: bool = False) -> None:
        """A ``text`` problem on the page, once; a ``missing`` snippet (or section) fails the
        build with ``check_paths``."""
        if missing and self.snippets.check_paths:
            reason += " (with check_paths the site does not build)"
        problem = Problem("text", reason)
        if problem not in self.expansion.problems:
            self.expansion.problems.append(problem)


def _target(name: str) -> tuple[str, list[tuple[int | None, int | None]], str | None]:
    """A snippet's path, its line ranges (as slices of its lines) and its section, as the
    extension splits them: at the first ``:`` that starts line ranges or a section running
    to the end of the name (``berkas.md:3:5``, ``berkas.md:langkah``)."""
    if ":" not in name:
        return name.strip(), [], None
    colon = _ranges_start(name)
    if colon is not None:
        return name[:colon].strip(), [_slice(part) for part in name[colon + 1 :].split(",")], None
    last = name.rfind(":")  # (a section's name holds no ":", and no line ranges end the name)
    if _SECTION.fullmatch(name, last):
        return name[:last].strip(), [], name[last + 1 :]
    return name.strip(), [], None


def _ranges_start(name: str) -> int | None:
    """The first ``:`` of ``name`` after which the rest is line ranges: ``:N`` or ``:N:N``
    (``N`` optional, may be negative), then any ``,N`` or ``,N:N``. Each part ends where it
    must (a digit is never a ``:`` or ``,``), so whether the rest from each ``,`` is such
    a run is found once, from the end: linear, as the extension's ``split_path``."""
    size = len(name)
    digits = [size] * (size + 1)  # where the run of digits starting at each index ends
    for index in range(size - 1, -1, -1):
        digits[index] = digits[index + 1] if "0" <= name[index] <= "9" else index

    def number_end(index: int) -> int:
        return digits[index + 1] if index < size and name[index] == "-" else digits[index]

    def range_end(index: int) -> int:  # the end of ``N`` or ``N:N`` from ``index``
        end = number_end(index)
        return number_end(end + 1) if end < size and name[end] == ":" else end

    items = [False] * (size + 1)  # whether the rest from each index is a run of ",N[:N]"
    items[size] = True
    for index in range(size - 2, -1, -1):
        if name[index] == "," and name[index + 1] in "-0123456789:":
            items[index] = items[range_end(index + 1)]
    colon = name.find(":")
    while colon != -1 and not items[range_end(colon + 1)]:
        colon = name.find(":", colon + 1)
    return None if colon == -1 else colon


def _slice(part: str) -> tuple[int | None, int | None]:
    """One line range ``3:5`` (``3``, ``:5``; numbers from 1, negative ones from the end) as
    the extension reads it: the first line's index (a negative one as written) and the last line's number."""
    first, _, last = part.partition(":")
    start = _number(first)
    return (start if start is None or start < 0 else max(0, start - 1)), _number(last)


def _number(text: str) -> int | None:
    return int(text) if text.lstrip("-").isdigit() else None


def _in_ranges(lines: list[str], ranges: list[tuple[int | None, int | None]]) -> list[str]:
    """The lines the ranges select, in the ranges' order (the extension's ``extract_lines``)."""
    total = len(lines)
    selected: list[str] = []
    for start, end in ranges:
        first = min(max(total + start, 0), total) if start and start < 0 else start
        last = min(max(total + 1 + end, 0), total) if end and end < 0 else end
        selected.extend(lines[first:last])
    return selected
