"""The renderer a Hugo page is rendered with: its front matter's ``markup``, else its
file's extension.

Hugo renders a content file with the renderer its front matter's ``markup`` names, and by
its file's extension only when it names none (gohugo.io, "Content formats"): a ``.md``
file with ``markup: html`` is HTML, one with ``markup: asciidoc`` AsciiDoc, an ``.ad`` file
AsciiDoc whatever its first lines look like. The names are those Hugo registers for each
renderer, in any case (``markup/markup.go``: the renderer's own name, its content type and
its files' extensions), and ``html`` for HTML, which Hugo shows as it is. A name Hugo has
no renderer of stops its build. Pandoc's pages (``markup: pandoc``, ``.pandoc``, ``.pdc``)
are Markdown to arsip, read with Pandoc's own markup (see :data:`~..syntax.HUGO_PANDOC`).
"""

from __future__ import annotations

import re
from typing import Any, Mapping

from ...document import Problem
from ...front_matter import split

#: Hugo's markup names → the format arsip reads a page of that markup in.
MARKUP_FORMATS = {
    "markdown": "markdown", "goldmark": "markdown", "md": "markdown", "mdown": "markdown",
    "html": "html", "htm": "html",
    "asciidocext": "asciidoc", "asciidoc": "asciidoc", "adoc": "asciidoc", "ad": "asciidoc",
    "org": "org", "rst": "rst",
    "pandoc": "markdown", "pdc": "markdown",
}
#: The names of Pandoc, which Hugo runs on the page's Markdown (``pandoc --mathjax``).
PANDOC = ("pandoc", "pdc")
#: How far into a page its front matter's ``markup`` line is looked for.
_HEAD = 8192
#: A front matter line setting ``markup`` (YAML, TOML or JSON).
_MARKUP_LINE = re.compile(r'^[ \t]*"?markup"?[ \t]*[:=]', re.M | re.I)


def extension_format(name: str) -> str | None:
    """The format arsip reads the Hugo content file ``name`` in by its extension, as Hugo
    picks its renderer (None: an extension Hugo names no renderer after, ``.rest``, ``.mmark``)."""
    return MARKUP_FORMATS.get(name.rpartition(".")[2].lower()) if "." in name else None


def page_format(text: str, format_name: str) -> tuple[str, Problem | None]:
    """The format the Hugo page ``text`` (in ``format_name`` by its file's extension) is read
    in: the one its front matter's ``markup`` names, else ``format_name``; and a problem when
    it names none Hugo has."""
    value = _markup(text)
    if value is None:
        return format_name, None
    name = value.strip().lower()
    if name not in MARKUP_FORMATS:
        return format_name, Problem("text", f"markup: {value} names no renderer Hugo has today (its build stops on it); read as {format_name}, by its file's extension")
    return MARKUP_FORMATS[name], None


def renders_with_pandoc(name: str, fields: Mapping[str, Any]) -> bool:
    """True when Hugo renders the content file ``name`` with Pandoc: its front matter
    (``fields``) sets ``markup`` to Pandoc, or sets none Hugo has and its extension is Pandoc's."""
    value = next((item for key, item in fields.items() if str(key).lower() == "markup"), None)
    named = value.strip().lower() if isinstance(value, str) and value.strip() else None
    if named in MARKUP_FORMATS:
        return named in PANDOC
    return name.rpartition(".")[2].lower() in PANDOC


def _markup(text: str) -> str | None:
    """The ``markup`` the front matter of ``text`` sets (None: none, or not a text)."""
    if text.find("arkup", 0, _HEAD) == -1 or not _MARKUP_LINE.search(text, 0, _HEAD):  # (no such line: no front matter sets it)
        return None
    data = split(text).data
    value = next((item for key, item in data.items() if str(key).lower() == "markup"), None) if isinstance(data, dict) else None
    return value if isinstance(value, str) and value.strip() else None
