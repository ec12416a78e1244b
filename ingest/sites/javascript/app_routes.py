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

from .config import Spans

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


#: The names of a Gatsby site's ``gatsby-node`` file, where its own code creates its pages.
GATSBY_NODE_FILES = tuple(f"gatsby-node.{ext}" for ext in ("js", "ts", "mjs", "cjs"))
#: gatsby-source-filesystem's ``createFilePath({ node, getNode, … })``, and its arguments.
_CREATE_FILE_PATH = re.compile(r"\bcreateFilePath\s*\(\s*\{(?P<args>[^{}()]*)\}\s*\)")
_FILE_PATH_ARGUMENT = re.compile(r"""^\s*(?:node|getNode|basePath\s*:\s*(['"`])(?P<base>[^'"`$]*)\1|trailingSlash\s*:\s*(?P<slash>true|false))\s*$""")
#: The node field ``slug`` given a value (``createNodeField({ name: `slug`, node, value })``).
_SLUG_FIELD = re.compile(r"""\bname\s*:\s*(['"`])slug\1""")
_FIELD_VALUE = re.compile(r"""\bvalue\s*(?::\s*(?P<name>[A-Za-z_$][\w$]*)\s*)?[,}]|\bvalue\s*:\s*(?P<direct>(?:node\s*\.\s*frontmatter\s*\.\s*slug\s*(?:\|\||\?\?)\s*)?createFilePath)\s*\(""")
#: A value made by ``createFilePath``, the front matter's ``slug`` first or not.
_MADE_BY_FILE_PATH = r"(?:const|let|var)\s+%s\s*=\s*(?P<first>node\s*\.\s*frontmatter\s*\.\s*slug\s*(?:\|\||\?\?)\s*)?createFilePath\s*\("
#: A page created at a node's ``slug`` field as it is (``createPage({ path: post.fields.slug, … })``).
_PAGE_AT_SLUG = re.compile(r"\bcreatePage\s*\(\s*\{[^}]*?\bpath\s*:\s*[A-Za-z_$][\w$]*(?:\s*\.\s*[\w$]+)*?\s*\.\s*fields\s*\.\s*slug\s*[,}\n]")


def gatsby_file_paths(text: str) -> tuple[str, bool, bool] | None:
    """How a Gatsby site's ``gatsby-node`` code (its ``text``) places the pages of its
    filesystem sources, when it is the starters' pattern (gatsby-starter-blog's): a ``slug``
    node field made by ``createFilePath`` — its ``basePath`` (``src/pages`` by default) and
    ``trailingSlash`` (true by default), written out, and whether the front matter's
    ``slug`` comes first (``node.frontmatter.slug || createFilePath(…)``) — and a page
    created at that field (``createPage({ path: post.fields.slug })``); None for any other
    code (its own code decides)."""
    if "createFilePath" not in text or "fields" not in text:  # (neither call: nothing to read)
        return None
    calls = list(_CREATE_FILE_PATH.finditer(text))
    arguments = [_FILE_PATH_ARGUMENT.match(item) for item in calls[0].group("args").split(",") if item.strip()] if len(calls) == 1 else [None]
    first = _slug_from_file_path(text)
    if None in arguments or first is None or not _PAGE_AT_SLUG.search(text):
        return None
    base = next((match.group("base") for match in arguments if match.group("base") is not None), "src/pages")
    slash = next((match.group("slash") == "true" for match in arguments if match.group("slash")), True)
    return base, slash, first


def _slug_from_file_path(text: str) -> bool | None:
    """Whether the ``slug`` field ``gatsby-node`` code (its ``text``) creates is made by
    ``createFilePath`` with the front matter's ``slug`` first (True) or not (False); None
    when it is made otherwise, or no such field is created."""
    for start, end in Spans(text).calls("createNodeField"):
        call = text[start:end]
        value = _FIELD_VALUE.search(call) if _SLUG_FIELD.search(call) else None
        if value is None:
            continue
        if value.group("direct"):
            return "frontmatter" in value.group("direct")
        made = re.search(_MADE_BY_FILE_PATH % re.escape(value.group("name") or "value"), text)
        return bool(made.group("first")) if made else None
    return None


def created_file_path(path: str, base_path: str, trailing_slash: bool) -> str:
    """What ``createFilePath`` gives the file at ``path`` (below its filesystem source's
    folder): its path less the leading folders it shares with ``basePath`` (``path.relative``
    then ``path.join`` from ``/``, whose leading ``..`` stop at the root), without extension,
    an ``index`` at its folder, ending with ``/`` when ``trailingSlash``."""
    base = [part for part in base_path.split("/") if part not in ("", ".")]
    parts = path.split("/")
    shared = 0
    while shared < min(len(base), len(parts) - 1) and base[shared] == parts[shared]:
        shared += 1
    stem = posixpath.splitext(parts[-1])[0]
    route = "/".join([*parts[shared:-1], "" if stem == "index" else stem]).strip("/")
    return "/" + route + ("/" if trailing_slash and route else "")
