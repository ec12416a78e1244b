"""MkDocs and Material for MkDocs syntax in a page: the Python-Markdown and pymdownx
extensions such sites use, read as what the built site shows.

Before parsing (:func:`mkdocs_source`): content tabs (``=== "Windows"`` and their indented
content) become their title as a line and their content as Markdown; ``--8<--`` snippet
lines not read (:mod:`.snippets`) go (named by :func:`snippet_problems`), and so do the lines
of their section markers (``--8<-- [start:pasang]``), an escaped one shown one ``;`` less;
abbreviation definitions
(``*[DPD]: Dewan Perwakilan Daerah``) go; the ``[TAGS]`` marker goes from the page where
Material's tags plugin writes its tag index (:func:`tags_index_source`); an HTML block
marked ``markdown`` (Material's ``<div class="grid cards" markdown>``) is closed after its opening tag, so its content is
read as Markdown; ``#`` headings are read as Python-Markdown reads them
(:func:`~..python_markdown.hash_headings`). In text (:func:`mkdocs_text`, never in code): attribute lists
(``{ .md-button #id key=value }``) go, and icons and keys are read as the site's
``pymdownx.emoji`` and ``pymdownx.keys`` show them (:func:`configured_mkdocs_text`).
Every pattern is linear, and the scan goes once over the lines.
"""

from __future__ import annotations

import re
from typing import Any, Mapping

from ...document import Problem
from .config import MkDocsSettings
from .inline import MATERIAL_ICON, configured_text
from .snippets import NOTATION, SECTION_MARKER
from ...markup.seams import REMOVED
from ..python_markdown import hash_headings

#: kramdown's attribute lists and extensions (``{: .kelas }``, ``{::comment}``): markup in
#: every generator's Markdown.
KRAMDOWN_ATTRIBUTES = re.compile(r"\{:[^}\n]*\}|\{::[^}\n]*/?\}")
#: One attribute of an attribute list: ``.kelas``, ``#id`` or ``nama="nilai"``.
ATTRIBUTE = r"""(?:[.#][\w-]+|[\w-]+=(?:"[^"\n]*"|'[^'\n]*'|[^\s"'{}]+))"""
#: Python-Markdown's attribute lists (``{ .md-button .md-button--primary }``, ``{ #mulai }``,
#: ``{ width="300" }``; the colon of kramdown's form is optional there), and kramdown's forms.
_ATTRIBUTE_LISTS = re.compile(
    KRAMDOWN_ATTRIBUTES.pattern + r"|\{:?[ \t]*" + ATTRIBUTE + r"(?:[ \t]+" + ATTRIBUTE + r")*[ \t]*\}"
)
#: The same, and the icon shortcodes of Material's icon sets (``:material-home:``,
#: ``:octicons-mark-github-16:``, ``:fontawesome-brands-github:``, ``:simple-python:``).
_TEXT_MARKUP = re.compile(_ATTRIBUTE_LISTS.pattern + "|" + MATERIAL_ICON.pattern)

#: A content tab's title line (pymdownx.tabbed: ``=== "Judul"``, ``===+``, ``===!``).
_TAB = re.compile(r'^([ \t]*)===[!+]{0,2}[ \t]+"(.*)"[ \t]*$')
#: An abbreviation's definition (Python-Markdown's abbr).
_ABBREVIATION = re.compile(r"^[ \t]{0,3}\*\[[^\]\n]+\][ \t]?:")
#: An HTML block whose content is Markdown (Python-Markdown's md_in_html).
_MARKDOWN_HTML = re.compile(r"""^[ \t]*<[A-Za-z][\w-]*\b[^<>]*\smarkdown(?:=["']?\w*["']?)?(?:\s[^<>]*)?>[ \t]*$""")
_FENCE = re.compile(r"^[ \t]*(`{3,}|~{3,})")
#: What makes a tab's title a block of its own kind when it starts a line.
_BLOCK_START = re.compile(r"^(\d+)([.)])|^(?=[#>*+=<|~`-])")


def mkdocs_source(body: str, page: Mapping[str, Any] | None = None) -> str:
    """The page's Markdown as its extensions leave it for the parser (see the module)."""
    if not any(mark in body for mark in ("===", "8<", "*[", "markdown")):
        return hash_headings(body)
    return hash_headings("\n".join(_Lines(body).read()))


def tags_index_source(body: str, page: Mapping[str, Any] | None = None) -> str:
    """The Markdown of the page Material's tags plugin writes its tag index on (links to the
    site's pages by tag, not this page's words) as :func:`mkdocs_source` leaves it, without
    its ``[TAGS]`` marker: the plugin replaces every one in the page's source."""
    return mkdocs_source(body.replace("[TAGS]", ""), page)


def snippet_problems(body: str) -> list[Problem]:
    """What a page's ``--8<--`` lines would include: not read into its text (a problem names
    the files; one that is a page of the site is indexed on its own)."""
    if "8<" not in body:
        return []
    included = _Lines(body)
    included.read()
    if not included.snippets:
        return []
    names = ", ".join(dict.fromkeys(included.snippets))
    return [Problem("text", f"{len(included.snippets)} snippet(s) included with --8<-- are not read into this page: {names}")]


def mkdocs_text(text: str) -> str:
    """Text of a page without attribute lists, kramdown's ones too, and Material's icon
    shortcodes: a page of a site whose configuration is not known (``--generator mkdocs``
    on a folder without ``mkdocs.yml``), read as the usual Material for MkDocs site."""
    return _TEXT_MARKUP.sub(REMOVED, text) if "{" in text or ":" in text else text


def attribute_lists_removed(text: str) -> str:
    """Text of a page without attribute lists, kramdown's ones too."""
    return _ATTRIBUTE_LISTS.sub("", text) if "{" in text else text


def configured_mkdocs_text(settings: MkDocsSettings):
    """Text → text for a page of the site ``settings`` describe: attribute lists go; icons
    and keys as its ``pymdownx.emoji`` and ``pymdownx.keys`` show them, when configured
    (:mod:`.inline`)."""
    return configured_text(settings, attribute_lists_removed)


class _Lines:
    """One pass over a page's lines, tracking open content tabs and code fences."""

    def __init__(self, body: str) -> None:
        self.lines = body.split("\n")
        self.snippets: list[str] = []

    def read(self) -> list[str]:
        out: list[str] = []
        tabs: list[int] = []  # the content column of each open tab, innermost last
        fence: str | None = None  # the marker of an open code fence
        block: list[str] | None = None  # the lines of an open snippet block, kept if it never closes
        for line in self.lines:
            stripped = line.lstrip(" \t")
            width = len(line[: len(line) - len(stripped)].expandtabs(4))
            while stripped and tabs and width < tabs[-1]:
                tabs.pop()
            line = _dedented(line, 4 * len(tabs)) if stripped else ""
            snippet = NOTATION.match(line) if "8<" in line else None
            if snippet and snippet.group("escape"):  # shown as written, one ";" less
                out.append(snippet.group("space") + line[len(snippet.group("space")) + 1 :])
                continue
            if snippet and snippet.group("block"):
                if block is None:
                    block = [line]
                else:
                    self.snippets.extend(name.strip() for name in block[1:] if name.strip() and not name.strip().startswith(";"))
                    block = None
                continue
            if snippet:
                if block is None:  # (one in a block is not read)
                    self.snippets.append(snippet.group("name")[1:-1].strip())
                continue
            if block is not None:
                block.append(line)
                continue
            marker = SECTION_MARKER.search(line) if "8<-" in line else None
            if marker and not marker.group("escape"):
                continue
            if marker:  # escaped: shown as written, one ";" less
                line = line[: marker.start()] + line[marker.start() + 1 :]
            if fence:
                out.append(line)
                if stripped.startswith(fence) and not stripped.strip(fence[0]).strip():
                    fence = None
                continue
            opening = _FENCE.match(line)
            tab = _TAB.match(line) if not opening else None
            if opening:
                fence = opening.group(1)
                out.append(line)
            elif tab:
                out += [tab.group(1) + _BLOCK_START.sub(_escaped, tab.group(2), count=1), ""]
                tabs.append(width + 4)
            elif _ABBREVIATION.match(line):
                continue
            elif _MARKDOWN_HTML.match(line):
                out += [line, ""]
            else:
                out.append(line)
        return out + (block or [])


def _dedented(line: str, columns: int) -> str:
    """``line`` with up to ``columns`` columns of its indentation removed (a tab is four)."""
    index = removed = 0
    while removed < columns and index < len(line) and line[index] in " \t":
        removed += 4 if line[index] == "\t" else 1
        index += 1
    return line[index:]


def _escaped(match: re.Match) -> str:
    """A title's start that Markdown would read as markup, escaped (``1\\.``, ``\\#``)."""
    return f"{match.group(1)}\\{match.group(2)}" if match.group(1) else "\\"
