"""The renderer a Hugo page names in its front matter: ``markup``.

Hugo renders a content file with the renderer its front matter's ``markup`` names, and by
its file's extension only when it names none (gohugo.io, "Content formats"): a ``.md``
file with ``markup: html`` is HTML, one with ``markup: asciidoc`` AsciiDoc. The names are
those Hugo registers for each renderer, in any case (``markup/markup.go``: the renderer's
own name, its content type and its files' extensions), and ``html`` for HTML, which Hugo
shows as it is. A name Hugo has no renderer of stops its build.
"""

from __future__ import annotations

import re

from ...document import Problem
from ...front_matter import split

#: Hugo's markup names → the format arsip reads a page of that markup in (None: Pandoc,
#: whose Markdown arsip has no reader of).
MARKUP_FORMATS = {
    "markdown": "markdown", "goldmark": "markdown", "md": "markdown", "mdown": "markdown",
    "html": "html", "htm": "html",
    "asciidocext": "asciidoc", "asciidoc": "asciidoc", "adoc": "asciidoc", "ad": "asciidoc",
    "org": "org", "rst": "rst",
    "pandoc": None, "pdc": None,
}
#: How far into a page its front matter's ``markup`` line is looked for.
_HEAD = 8192
#: A front matter line setting ``markup`` (YAML, TOML or JSON).
_MARKUP_LINE = re.compile(r'^[ \t]*"?markup"?[ \t]*[:=]', re.M | re.I)


def page_format(text: str, format_name: str) -> tuple[str, Problem | None]:
    """The format the Hugo page ``text`` (in ``format_name`` by its file's extension) is read
    in: the one its front matter's ``markup`` names, else ``format_name``; and a problem when
    it names a renderer arsip has no reader of, or none Hugo has."""
    if text.find("arkup", 0, _HEAD) == -1 or not _MARKUP_LINE.search(text, 0, _HEAD):  # (no such line: no front matter sets it)
        return format_name, None
    data = split(text).data
    value = next((item for key, item in data.items() if str(key).lower() == "markup"), None) if isinstance(data, dict) else None
    if not isinstance(value, str) or not value.strip():
        return format_name, None
    name = value.strip().lower()
    if name not in MARKUP_FORMATS:
        return format_name, Problem("text", f"markup: {value} names no renderer Hugo has today (its build stops on it); read as {format_name}, by its file's extension")
    if MARKUP_FORMATS[name] is None:
        return format_name, Problem("text", f"markup: {value}: Hugo renders this page with Pandoc, whose Markdown arsip has no reader of; read as {format_name}")
    return MARKUP_FORMATS[name], None
