"""Where the sites of :mod:`.app_sites` publish a page by a rule their generator fixes,
read from the generator's own code:

- Next.js' routes of a Nextra site: a Markdown page of ``pages/`` (Nextra 2 and 3, the
  pages router) at its path without extension, an ``index`` at its folder; Next.js' own
  files (``_app``, ``_document``, ``_error``) and ``pages/api/`` are no pages.
- Nextra 4's ``content/`` folder, which its catch-all route (``app/[[...mdxPath]]``)
  publishes: each ``.md`` or ``.mdx`` file at its path without extension, an ``index`` at
  its folder (``generatePageMap`` in Nextra's ``page-map/generate.ts``).
- Next.js' app router of a Nextra 4 site: an ``app/…/page.mdx`` at its folder, a route
  group's ``(name)`` left out of the address, a folder starting with ``_`` (private) or
  ``[`` (dynamic) publishing none (Nextra's ``findMetaAndPageFilePaths``).

Each function gives the page's route below its section's (no leading ``/``; a final ``/``
for an index) or None for a file that is no page of that folder.
"""

from __future__ import annotations

import posixpath
import re
from typing import Any, Callable

#: The extensions of the Markdown pages these sites publish.
_MARKDOWN = (".md", ".mdx")
#: Next.js' special files of ``pages/``, which are no routes of their own.
_NEXT_SPECIAL = frozenset(("_app", "_document", "_error", "_meta"))
#: A Next.js route group's folder (``(pemasaran)/``), which names no part of the address.
_ROUTE_GROUP = re.compile(r"\([^/]*\)/")


def _next_page_path(path: str, fields: dict[str, Any]) -> str | None:
    """Where Next.js' pages router publishes the Markdown page at ``path`` (below ``pages/``)."""
    folder, name = posixpath.split(path)
    stem, extension = posixpath.splitext(name)
    if extension.lower() not in _MARKDOWN or stem in _NEXT_SPECIAL or path.startswith("api/") or "[" in path:
        return None
    return _at_path(folder, stem)


def _nextra_content_path(path: str, fields: dict[str, Any]) -> str | None:
    """Where Nextra 4 publishes the file at ``path`` (below its ``content/`` folder)."""
    folder, name = posixpath.split(path)
    stem, extension = posixpath.splitext(name)
    return _at_path(folder, stem) if extension.lower() in _MARKDOWN else None


def _next_app_path(path: str, fields: dict[str, Any]) -> str | None:
    """Where Next.js' app router publishes the Markdown page at ``path`` (below ``app/``):
    a ``page.mdx`` (or ``page.md``) at its folder, less its route groups."""
    folder, name = posixpath.split(path)
    if name not in ("page.md", "page.mdx") or any(part.startswith(("_", "[", "@")) for part in folder.split("/")):
        return None
    folder = _ROUTE_GROUP.sub("", folder + "/").strip("/")
    return folder + "/" if folder else ""


def _at_path(folder: str, stem: str) -> str:
    """A page's route from its folder and name: an ``index`` at its folder."""
    if stem == "index":
        return folder + "/" if folder else ""
    return posixpath.join(folder, stem)


#: The route of a page by the kind of its section (:attr:`~.docs_sites.Section.kind`).
APP_ROUTES: dict[str, Callable[[str, dict[str, Any]], str | None]] = {
    "next-pages": _next_page_path,
    "nextra-content": _nextra_content_path,
    "next-app": _next_app_path,
}
