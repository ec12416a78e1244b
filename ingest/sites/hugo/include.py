"""Hugo shortcodes that show another file's text, read in place of the shortcode before the
page is read: ``readfile`` (Docsy's, Hugo's documentation's) and ``include`` (Docsy's and
many sites' and themes': the Kubernetes site's, Docker's, Relearn's …).

Both take the file as ``file=`` or as their first value. Hugo's ``readFile`` reads a path
from the site's root, else from its content folder (a leading ``/`` changes nothing), and
Docsy's ``readfile`` reads a path without a leading ``/`` from the page's folder: a
``readfile`` file is looked for in the page's folder (not for a path from ``/``), the
site's root and the content folder, in that order. It is Markdown with
``markdown="true"``, or when it is a Markdown or HTML file (Docsy renders it), and code,
kept verbatim, with ``code="true"`` or ``highlight=`` (Hugo's documentation's) or when it
is any other file (``pod.yaml``, ``hugo.toml``). An ``include`` file is a page or a file
looked for in the page's folder (its bundle), the content folder, the site's root, then an
``includes`` folder of either (the Kubernetes and Docker sites'); a name without an
extension is also looked for as its ``.md`` file; its text, without its front matter, is
Markdown.

An included file's own ``readfile`` and ``include`` shortcodes are read in turn, from the
page's folder (Hugo renders them in the page's context), by the rules of AsciiDoc's
includes (:mod:`...asciidoc.include`: the input root on disk only, a file including itself
read once, a depth and the byte limit). A shortcode in code, or shown, not run
(``{{</* readfile */>}}``), is not read. A file that is not found, or lies outside the
site's root, is named in a problem and its shortcode shows nothing; a shortcode without a
file, and a site's own shortcode given a file, whose reading only its template knows, are
named by :func:`~..syntax.hugo_problems`.
"""

from __future__ import annotations

import os
import posixpath
import re

from ...asciidoc.include import Expansion, IncludeRoot, expanded, read_named
from ...document import Problem
from ...front_matter import split
from ...markup.pairs import SetAside, code_kept, fenced
from ..parameters import HUGO_PARAMETERS, shortcode_arguments

#: ``{{< readfile file="x.md" >}}``, ``{{% include "x.md" %}}``: the name and the parameters.
_FILE_SHORTCODE = re.compile(r"\{\{[<%]-?\s*(readfile|include)\s" + HUGO_PARAMETERS + r"\s*-?[>%]\}\}", re.I)
#: Files a ``readfile`` shows as Markdown unless it is told they are code.
_MARKDOWN_FILES = (".md", ".markdown", ".mdown", ".html", ".htm")


def expand_file_shortcodes(body: str, root: IncludeRoot, used_bytes: int) -> tuple[str, list[Problem], bool]:
    """``body`` of the page with the files its ``readfile`` and ``include`` shortcodes name
    put in place (see the module), the problems met, and whether a shortcode names a file
    inside the root (the page's text then depends on that file); ``used_bytes`` of the
    per-file limit are spent on the page itself."""
    lowered = body.lower() if "{{" in body else ""  # (no shortcode without "{{", none of these without their names)
    if ("readfile" not in lowered and "include" not in lowered) or not _FILE_SHORTCODE.search(body):
        return body, [], False
    return expanded(body, root, used_bytes, "{}", _expand)


def _expand(body: str, stack: tuple[str, ...], expansion: Expansion) -> str:
    """``body`` of the last file of ``stack`` with its file shortcodes read (outside its code)."""
    aside = SetAside()

    def shortcode(match: re.Match) -> str:
        name = match.group(1).lower()
        positional, named = shortcode_arguments(match.group(2))
        target = named.get("file") or (positional[0] if positional else "")
        if not target.strip():
            return match.group(0)
        expansion.written = "{{{{< %s {} >}}}}" % name
        found = _found(name, target, expansion)
        if found is None:
            return ""
        text = read_named(found, target, stack, expansion)
        return "" if text is None else _shown(name, named, found, text, stack, expansion)

    return aside.restore(_FILE_SHORTCODE.sub(shortcode, code_kept(body, aside.keep)))


def _shown(name: str, named: dict[str, str], found: str, text: str, stack: tuple[str, ...], expansion: Expansion) -> str:
    """What the shortcode ``name`` given ``named`` parameters shows of the file ``found``
    holding ``text``: a fenced block of code, or its Markdown with its own file shortcodes read."""
    if _is_code(name, named, found):
        return fenced(text)
    if name == "include":
        text = split(text).body
    return "\n\n" + _expand(text, stack + (found,), expansion).strip("\n") + "\n\n"


def _found(name: str, target: str, expansion: Expansion) -> str | None:
    """The id of the file the shortcode ``name`` shows for ``target`` (see the module); None,
    with a problem, when none of the places it is looked for holds it or they are outside
    the site's root."""
    root = expansion.root
    written = expansion.written.format(target)
    places = [place for place in _places(name, target, root) if place.startswith(root.site_folder) and not place.startswith("../") and place != ".."]
    if not places:
        expansion.problems.append(Problem("text", f"{written} is not read: the file is outside the site's root"))
        return None
    for place in places:
        if os.path.isfile(os.path.join(root.folder, place)):
            return place
    expansion.targets.update(places)  # (the page's text changes when one of them appears)
    expansion.problems.append(Problem("text", f"{written} is not read: no such file ({', '.join(places)})"))
    return None


def _places(name: str, target: str, root: IncludeRoot) -> list[str]:
    """The ids the file ``target`` of the shortcode ``name`` is looked for at, in order."""
    path = target.strip().replace("\\", "/")
    relative = path.lstrip("/")
    page_folder = posixpath.dirname(root.page_id)
    if name == "readfile":
        folders = ([] if path.startswith("/") else [page_folder]) + [root.site_folder, root.content_folder]
        names = [relative]
    else:
        folders = [page_folder, root.content_folder, root.site_folder, root.content_folder + "includes", root.site_folder + "includes"]
        names = [relative] if posixpath.splitext(relative)[1] else [relative, relative + ".md"]
    places = (posixpath.normpath(posixpath.join(folder, file)) for folder in folders for file in names)
    return list(dict.fromkeys(places))


def _is_code(name: str, named: dict[str, str], file_id: str) -> bool:
    """Whether the shortcode ``name`` given ``named`` parameters shows the file ``file_id`` as code."""
    if name != "readfile":
        return False
    if named.get("code", "").lower() == "true" or named.get("highlight"):
        return True
    return named.get("markdown", "").lower() != "true" and not file_id.lower().endswith(_MARKDOWN_FILES)
