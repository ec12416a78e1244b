"""Hugo shortcodes that show another file's text, read in place of the shortcode before the
page is read: ``readfile`` (Docsy's, Hugo's documentation's), ``include`` (Docsy's and
many sites' and themes': the Kubernetes site's, Docker's, Relearn's …) and a site's own
shortcode given a ``file`` whose template shows that file.

``readfile`` and ``include`` take the file as ``file=`` or as their first value. Hugo's
``readFile`` reads a path from the site's root, else from its content folder (a leading
``/`` changes nothing), and Docsy's ``readfile`` reads a path without a leading ``/`` from
the page's folder: a ``readfile`` file is looked for in the page's folder (not for a path
from ``/``), the site's root and the content folder, in that order. It is Markdown with
``markdown="true"``, or when it is a Markdown or HTML file (Docsy renders it), and code,
kept verbatim, with ``code="true"`` or ``highlight=`` (Hugo's documentation's) or when it
is any other file (``pod.yaml``, ``hugo.toml``). An ``include`` file is a page or a file
looked for in the page's folder (its bundle), the content folder, the site's root, then an
``includes`` folder of either (the Kubernetes and Docker sites'); a name without an
extension is also looked for as its ``.md`` file; its text, without its front matter, is
Markdown. A site's own shortcode given a ``file`` (``{{< kode file="ronda.sh" >}}``) is
read as ``readfile`` reads, when its template (in ``layouts/shortcodes/``, else in the first
theme of the site's ``theme`` list that has one) is known to show the file's text
unchanged, as code or Markdown (see :func:`_template_reading`);
else, and when it is closed in the page (its content is what it shows), it is not read here.

An included file's own file shortcodes are read in turn, from the page's folder (Hugo
renders them in the page's context), by the rules of AsciiDoc's includes
(:mod:`...asciidoc.include`: the input root on disk only, a file including itself read
once, a depth and the byte limit). A shortcode in code, or shown, not run
(``{{</* readfile */>}}``), is not read. A file that is not found, or lies outside the
site's root, is named in a problem and its shortcode shows nothing; a shortcode without a
file, and a site's own shortcode given a file whose reading is not known, are named by
:func:`~..syntax.hugo_problems`.
"""

from __future__ import annotations

import os
import posixpath
import re
from functools import lru_cache

from ...asciidoc.include import Expansion, IncludeRoot, expanded, read_named
from ...document import Problem
from ...front_matter import split
from ...markup.pairs import SetAside, code_kept, fenced
from ..parameters import HUGO_PARAMETERS, shortcode_arguments

#: A shortcode with parameters (``{{< readfile file="x.md" >}}``, ``{{% include "x.md" %}}``,
#: ``{{< kode file="a.sh" >}}``): the name and the parameters.
_FILE_SHORTCODE = re.compile(r"\{\{[<%]-?\s*([\w./-]+)\s" + HUGO_PARAMETERS + r"\s*-?[>%]\}\}")
#: A ``file`` parameter (``file="a.sh"``, ``file = a.sh``; a pattern starting with its
#: letters, which the engine finds as a substring, is the fast test of a page).
_FILE_PARAMETER = re.compile(r"file[ \t]*=")
#: A closing shortcode: its name (one closed in the page shows its own content, not a file's).
_CLOSING = re.compile(r"\{\{[<%]-?\s*/\s*([\w./-]+)\s*-?[>%]\}\}")
#: Files shown as Markdown unless a shortcode is told, or made, to show them as code.
_MARKDOWN_FILES = (".md", ".markdown", ".mdown", ".html", ".htm")
#: What a site's shortcode template does with the file it is given (see :func:`_template_reading`).
_GETS_FILE = re.compile(r"""\.Get\s+["`]file["`]""")
_READS_FILE = re.compile(r"\breadFile\b|\bos\.ReadFile\b|\.Resources\.GetMatch\b|\.Resources\.Get\b")
_CHANGES_TEXT = re.compile(r"\b(?:split|replace|replaceRE|substr|first|after|last|findRE|range|delimit|truncate|transform|Unmarshal|strings|path|printf)\b")
_SHOWS_CODE = re.compile(r"\bhighlight\b|```|<pre\b|<code\b")
_SHOWS_MARKDOWN = re.compile(r"\bmarkdownify\b|\bRenderString\b")


def expand_file_shortcodes(body: str, root: IncludeRoot, used_bytes: int) -> tuple[str, list[Problem], bool]:
    """``body`` of the page with the files its ``readfile`` and ``include`` shortcodes, and
    the site's own shortcodes given a ``file`` whose template shows it, name put in place
    (see the module), the problems met, and whether a shortcode names a file inside the
    root (the page's text then depends on that file); ``used_bytes`` of the per-file limit
    are spent on the page itself."""
    if "{{" not in body:
        return body, [], False
    lowered = body.lower()  # (none of these shortcodes without its name or a file parameter)
    if "readfile" not in lowered and "include" not in lowered and ("file" not in body or not _FILE_PARAMETER.search(body)):
        return body, [], False
    return expanded(body, root, used_bytes, "{}", _expand)


def _expand(body: str, stack: tuple[str, ...], expansion: Expansion) -> str:
    """``body`` of the last file of ``stack`` with its file shortcodes read (outside its code)."""
    aside = SetAside()
    body = code_kept(body, aside.keep)
    closed = set(_CLOSING.findall(body)) if "/" in body else set()

    def shortcode(match: re.Match) -> str:
        name, lower = match.group(1), match.group(1).lower()
        if name in closed or (lower not in _OWN_READINGS and "file" not in match.group(2)):
            return match.group(0)
        positional, named = shortcode_arguments(match.group(2))
        reading = _reading(lower, named, expansion.root)
        target = named.get("file") or (positional[0] if positional and lower in _OWN_READINGS else "")
        if reading is None or not target.strip():
            return match.group(0)  # (named by hugo_problems when it is given a file)
        expansion.written = "{{{{< %s {} >}}}}" % name
        found = _found(lower, target, expansion)
        text = read_named(found, target, stack, expansion) if found is not None else None
        return "" if text is None else _shown(reading, found, text, stack, expansion)

    return aside.restore(_FILE_SHORTCODE.sub(shortcode, body))


#: How ``readfile`` and ``include`` show a file, by default (see :func:`_reading`).
_OWN_READINGS = {"readfile": "file", "include": "page"}


def _reading(name: str, named: dict[str, str], root: IncludeRoot) -> str | None:
    """How the shortcode ``name`` given ``named`` parameters shows the file it names:
    ``"code"``, ``"markdown"``, ``"page"`` (Markdown without front matter), ``"file"`` (as
    the kind of file it is, see :data:`_MARKDOWN_FILES`); None when it is not known."""
    if name == "readfile":
        if named.get("code", "").lower() == "true" or named.get("highlight"):
            return "code"
        return "markdown" if named.get("markdown", "").lower() == "true" else "file"
    if name in _OWN_READINGS:
        return _OWN_READINGS[name]
    return _template_reading(root.folder, root.site_folder, root.themes, name) if "file" in named else None


@lru_cache(maxsize=256)
def _template_reading(folder: str, site_folder: str, themes: tuple[str, ...], name: str) -> str | None:
    """How the site's own template of the shortcode ``name`` shows the file given as
    its ``file``: it reads it (``readFile``, ``os.ReadFile``, a page resource) and shows its
    text unchanged — as code (``highlight``, a fence, ``<pre>``), as Markdown
    (``markdownify``, ``RenderString``), else as the kind of file it is; None (not known)
    when there is no such template or it does anything else with the text or its path
    (splits, replaces, ranges over it, builds the path with ``printf`` or ``path.Join``).
    The template is the first Hugo finds: in the site's ``layouts/shortcodes/`` (newer Hugo's
    ``layouts/_shortcodes/``), then in each of its ``themes`` (folders from the site's root;
    one outside the input root ``folder``, an example site's ``themesDir = "../.."``, is not read) in turn."""
    site = os.path.join(folder, site_folder)
    inside = os.path.normpath(folder) + os.sep
    places = [
        os.path.normpath(os.path.join(site, base, "layouts", kind, name + ".html")) for base in ("", *themes) for kind in ("shortcodes", "_shortcodes")
    ]
    template = next((path for path in places if path.startswith(inside) and os.path.isfile(path)), None)
    if template is None:
        return None
    try:
        with open(template, encoding="utf-8", errors="replace") as handle:
            text = handle.read(_MAX_TEMPLATE_CHARS)
    except OSError:
        return None
    if not _GETS_FILE.search(text) or not _READS_FILE.search(text) or _CHANGES_TEXT.search(text):
        return None
    return "code" if _SHOWS_CODE.search(text) else "markdown" if _SHOWS_MARKDOWN.search(text) else "file"


#: A shortcode's template is short; a longer one is not read past this.
_MAX_TEMPLATE_CHARS = 20_000


def _shown(reading: str, found: str, text: str, stack: tuple[str, ...], expansion: Expansion) -> str:
    """What a shortcode reading as ``reading`` (see :func:`_reading`) shows of the file
    ``found`` holding ``text``: a fenced block of code, or its Markdown with its own file
    shortcodes read."""
    if reading == "code" or (reading == "file" and not found.lower().endswith(_MARKDOWN_FILES)):
        return fenced(text)
    if reading == "page":
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
    """The ids the file ``target`` of the shortcode ``name`` (``include``, else read as
    ``readfile`` reads it) is looked for at, in order."""
    path = target.strip().replace("\\", "/")
    relative = path.lstrip("/")
    page_folder = posixpath.dirname(root.page_id)
    if name == "include":
        folders = [page_folder, root.content_folder, root.site_folder, root.content_folder + "includes", root.site_folder + "includes"]
        names = [relative] if posixpath.splitext(relative)[1] else [relative, relative + ".md"]
    else:
        folders = ([] if path.startswith("/") else [page_folder]) + [root.site_folder, root.content_folder]
        names = [relative]
    places = (posixpath.normpath(posixpath.join(folder, file)) for folder in folders for file in names)
    return list(dict.fromkeys(places))
