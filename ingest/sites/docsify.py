"""Docsify: a site whose Markdown pages its ``index.html`` shows in the browser.

A Docsify site is a folder (often ``docs/``) holding ``index.html``, which loads Docsify's
script and sets ``window.$docsify = {…}`` (in the page, or in a script of the site's own it
loads, ``<script src="docsify.config.js">``), and the pages as Markdown: ``README.md`` is the
home page, ``_sidebar.md``, ``_navbar.md`` and ``_coverpage.md`` are its navigation and
cover (not pages). A page is shown at ``#/`` + its path without ``.md``
(``panduan/mulai.md`` at ``#/panduan/mulai``, ``panduan/README.md`` at ``#/panduan/``),
or at the path itself with ``routerMode: 'history'``. Docsify has no setting for the
site's address: the ``CNAME`` beside ``index.html`` (GitHub Pages) gives it, as any site's
(see :mod:`.pages_domain`).

Docsify's own Markdown: a paragraph opening with ``?>`` (a tip) or ``!>`` (a warning), whose
marker is not text; options in a link's or image's title (``':target=_blank'``,
``':size=50x100'``, ``':id=x'``, ``':ignore'``), and in a heading (``:id=salam``,
``{docsify-ignore}``), none of them text; ``[label](file.md ':include')`` embeds another
file in place (Markdown as Markdown, ``:type=code`` or any other file as code; audio,
video and pages in an ``iframe`` show no text of this page).
"""

from __future__ import annotations

import html
import posixpath
import re
from dataclasses import dataclass
from typing import Any, Callable, Iterator, Mapping
from urllib.parse import quote

from ..asciidoc.include import Expansion, IncludeRoot, expanded, read_target, target_id
from ..document import Problem
from ..front_matter import split
from ..markup.pairs import SetAside, all_code_kept, fenced
from ..markup.seams import REMOVED, closed_seams
from .javascript.config import Computed, lookup, read_js_config

#: Files only Docsify sites hold (its default navigation and cover): they mark a site root.
MARKERS = ("_sidebar.md", "_navbar.md", "_coverpage.md")
#: The page that runs Docsify: the site's configuration, not a page.
APP_PAGE = "index.html"
#: What shows Docsify in an HTML page: its configuration, or its script (``…/docsify/lib/docsify.min.js``,
#: or the package's own address, ``//cdn.jsdelivr.net/npm/docsify@4``, as Docsify's quick start loads it).
SIGNS = re.compile(r"""window\.\$docsify\b|/docsify(?:@[\w.^~-]+)?/lib/docsify(?:\.min)?\.js|(?:/npm/|unpkg\.com/)docsify(?:@[\w.^~-]+)?/?["']""")
#: What of a page a browser may run, each whole: its comments and text areas (neither runs:
#: a script quoted there is text), and its scripts, their attributes and text (the last one
#: may be cut where a page's first lines end).
_PAGE_PARTS = re.compile(r"<!--.*?(?:-->|\Z)|<textarea\b.*?(?:</textarea\s*>|\Z)|<script\b([^<>]*)>(.*?)(?:</script\s*>|\Z)", re.S | re.I)
_SCRIPT_TYPE = re.compile(r"""(?<![\w-])type\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))""", re.I)
#: The ``type`` of a script a browser runs (none, or a JavaScript MIME type: HTML's "prepare the
#: script element"); any other (``application/ld+json``, ``text/template``) is data, not run.
_RUN_TYPES = re.compile(r"(?:module|(?:text|application)/(?:x-)?(?:javascript|ecmascript)|text/(?:javascript1\.[0-5]|jscript|livescript))?", re.I)
APP_SKIPPED = "Docsify's app page (index.html): it loads the site's Markdown pages and shows them, it is not a page"
#: The setting naming each navigation file, its default name and what it is.
_NAVIGATION = {
    "loadSidebar": ("_sidebar.md", "sidebar: the site's navigation"),
    "loadNavbar": ("_navbar.md", "navbar: the site's navigation"),
    "coverpage": ("_coverpage.md", "cover page: shown over the home page"),
}
#: A script's ``src`` naming a JavaScript file by a relative path (not ``https:``, ``//cdn…`` or ``/…``).
_LOCAL_SRC = re.compile(r"""\bsrc\s*=\s*["']?(?![\w+.-]+:|/)([^"'\s<>?#]+\.js)(?=[?#"'\s>]|$)""", re.I)
_HTML_LANG = re.compile(r"<html\b[^<>]*?\blang\s*=\s*[\"']?([\w-]+)", re.I)
#: A paragraph's opening ``?>`` or ``!>`` (after a blank line or a heading's line, or at the body's start).
_HELPER = re.compile(r"(\A|\n[ \t]*\n|^ {0,3}#{1,6}[ \t][^\n]*\n)([ \t]{0,3})[?!]>[ \t]*", re.M)
#: An ATX heading's text.
_HEADING = re.compile(r"^( {0,3}#{1,6}[ \t]+)([^\n]*)$", re.M)
_IGNORE_TAG = re.compile(r"[ \t]*(?:<!--\s*)?\{docsify-ignore(?:-all)?\}(?:\s*-->)?")
#: An option as Docsify reads it from a title or heading (``:id=salam``, ``:ignore``); one
#: whose name ends with ``:`` is an emoji (``:tada:``), kept.
_OPTION = re.compile(r"(?:^|(?<=\s)):([\w-]+:?)=?([\w%-]+)?")
#: A link's or image's destination and quoted title (``](a.md ':include')``).
_TITLED = re.compile(r"""\]\([ \t]*(<[^<>\n]*>|[^\s()]+)[ \t]+(?:'([^'\n]*)'|"([^"\n]*)")[ \t]*\)""")
#: A link whose title holds ``:include``: the label, the file, the title.
_EMBED = re.compile(r"""(?<!!)\[([^\[\]\n]*)\]\([ \t]*<?([^\s()<>]+)>?[ \t]+(?:'([^'\n]*:include\b[^'\n]*)'|"([^"\n]*:include\b[^"\n]*)")[ \t]*\)""")
#: The type Docsify gives an embedded file by its name (another file is code).
_MEDIA = (("markdown", re.compile(r"\.(?:md|markdown)")), ("mermaid", re.compile(r"\.mmd")), ("iframe", re.compile(r"\.html?")), ("video", re.compile(r"\.(?:mp4|ogg)")), ("audio", re.compile(r"\.mp3")))
_NO_TEXT = frozenset(("iframe", "video", "audio"))


@dataclass(frozen=True)
class DocsifySite:
    """What a Docsify site's ``index.html`` says: its navigation files, home page and routes."""

    #: The file shown at the site's root (``homepage``).
    home: str = "README.md"
    #: The navigation files (their names, and what each is), Docsify's and those configured.
    navigation: tuple[tuple[str, str], ...] = tuple(_NAVIGATION.values())
    #: ``routerMode: 'history'``: pages at their path, not after ``#/``.
    history: bool = False
    #: Why no page has a url (a setting that moves them, or that the page computes), else None.
    unread: str | None = None
    #: The folder below the app page's that Docsify loads the pages from (``basePath: 'docs/'``):
    #: a route is a path below it; "" for the app page's own folder.
    base: str = ""

    def state(self) -> list:
        """What the index records of this site (a change reads its pages again)."""
        return [self.home, [list(pair) for pair in self.navigation], self.history, self.unread] + ([self.base] if self.base else [])

    def unplaced_reason(self, path: str) -> str | None:
        """Why the Markdown page at ``path`` (in the site) has no url: :attr:`unread`, or it
        lies outside the folder Docsify loads the pages from (:attr:`base`); None for one
        Docsify shows at a route (:meth:`place`)."""
        if not path.endswith(".md"):
            return None
        if self.unread or self.place(path) is not None:
            return self.unread
        return f"the site's index.html loads its pages from basePath {self.base + '/'!r}: this file outside it is shown at no route"

    def skipped_reason(self, path: str) -> str | None:
        """Why the file at ``path`` (in the site) is not a page: the app page, or a navigation file."""
        if path == APP_PAGE:
            return APP_SKIPPED
        name = posixpath.basename(path)
        what = next((what for file, what in self.navigation if file == name), None)
        return f"Docsify's {what.replace(':', f' ({name}):', 1)}, not a page" if what else None

    def place(self, path: str) -> str | None:
        """Where Docsify shows the page at ``path`` (in the site) below the site's address:
        ``#/panduan/mulai`` (``panduan/mulai`` in history mode), a ``README.md`` at its
        folder, the home page at the root; None for a file that is not a Markdown page."""
        if not path.endswith(".md") or self.unread:
            return None
        if self.base:
            if not path.startswith(self.base + "/"):
                return None
            path = path[len(self.base) + 1 :]
        if path == self.home:
            route = ""
        elif posixpath.basename(path) == "README.md":
            route = posixpath.dirname(path) + "/"
        else:
            route = path[: -len(".md")]
        route = quote(route.lstrip("/"))
        return (route or "./") if self.history else "#/" + route


def docsify_site(text: str, read: Callable[[str], str | None] | None = None) -> tuple[DocsifySite, str | None] | None:
    """The site an ``index.html`` (``text``) runs and its language (``<html lang>``); None
    when it does not run Docsify. Its ``window.$docsify`` object is read, never run, from
    its inline scripts and, in the page's order, from the site's own scripts it loads
    (:func:`site_script`), ``read(path)`` giving the text of one (None: not read)."""
    if not runs_docsify(text):
        return None
    bodies = (_script_text(attributes, body, read) for attributes, body in _run_scripts(text))
    scripts = ";\n".join(body for body in bodies if body and "$docsify" in body)
    config = read_js_config(scripts, assigned=("window", "$docsify")) if scripts else None
    lang = _HTML_LANG.search(text)
    return _site(config or {}), lang.group(1) if lang else None


def runs_docsify(text: str) -> bool:
    """True when the HTML page ``text`` (or its first lines) runs Docsify: a script the
    browser runs loads Docsify or sets ``window.$docsify`` (:data:`SIGNS`), as Docsify reads
    its configuration from that global and finds its own ``<script>`` by its ``src``
    (docsifyjs/docsify ``src/core/config.js``); a page quoting them in its text (a ``<pre>``
    of a post about Docsify: ``&lt;script&gt;`` there is no tag), a comment or a text area
    does not."""
    # Every one of Docsify's signs holds the word: a page without it runs none.
    return "docsify" in text and any(SIGNS.search(attributes) or SIGNS.search(body) for attributes, body in _run_scripts(text))


def _run_scripts(text: str) -> Iterator[tuple[str, str]]:
    """The attributes and text of each script of the HTML page ``text`` that a browser runs
    (not one in a comment or a text area, nor a data block: see :data:`_RUN_TYPES`)."""
    for part in _PAGE_PARTS.finditer(text):
        attributes = part.group(1)
        if attributes is None:
            continue
        kind = _SCRIPT_TYPE.search(attributes)
        if kind is None or _RUN_TYPES.fullmatch(next(value for value in kind.groups() if value is not None).split(";")[0].strip()):
            yield attributes, part.group(2)


def site_script(attributes: str) -> str | None:
    """The file of the site a ``<script>`` tag's ``attributes`` load, as a path from the
    folder of ``index.html`` (``./js/config.js`` → ``js/config.js``); None for an inline
    script, one from another address or the server's root, or one outside the site's folder."""
    found = _LOCAL_SRC.search(attributes)
    path = posixpath.normpath(found.group(1)) if found else None
    return path if path and not path.startswith("../") and path != ".." else None


def _script_text(attributes: str, body: str, read: Callable[[str], str | None] | None) -> str | None:
    """The text of a ``<script>``: its body, or for one loading a file of the site that file's
    text when ``read`` gives it."""
    if "src" not in attributes.lower():
        return body
    path = site_script(attributes) if read is not None else None
    return read(path) if path else None


def _site(config: dict) -> DocsifySite:
    """The :class:`DocsifySite` of a configuration object."""
    navigation = dict(_NAVIGATION.values())
    for key, (_, what) in _NAVIGATION.items():
        value = lookup(config, key)
        names = [value] if isinstance(value, str) else list(value.values()) if isinstance(value, dict) else []
        navigation.update((posixpath.basename(name.split("?")[0]), what) for name in names if isinstance(name, str) and name.endswith(".md"))
    home, mode, base = (lookup(config, key) for key in ("homepage", "routerMode", "basePath"))
    computed = [key for key, value in (("homepage", home), ("routerMode", mode), ("basePath", base)) if isinstance(value, Computed)]
    moved = isinstance(base, str) and base.strip("./") != ""
    folder = _base_folder(base) if moved and mode != "history" else None
    reason = None
    if computed or (moved and folder is None):
        what = f"computes {', '.join(computed)}" if computed else f"loads its pages from basePath {base!r}"
        reason = f"the site's index.html {what}: where Docsify shows its pages is not known"
    return DocsifySite(
        home=home.lstrip("/") if isinstance(home, str) and home.endswith(".md") else "README.md",
        navigation=tuple(navigation.items()), history=mode == "history", unread=reason, base=folder or "",
    )


def _base_folder(base: str) -> str | None:
    """The folder below the app page's that a ``basePath`` names, as the hash router loads
    pages from it (docsifyjs/docsify ``src/core/router/history/hash.js`` ``getBasePath``:
    a relative one below the page's folder; ``/docs/`` below the host's root, which is the
    site's folder at the address its ``CNAME`` gives); None for another host's address or a
    folder outside the site's (their pages are not these files)."""
    if "//" in base or ":" in base:
        return None
    path = posixpath.normpath(base.lstrip("/"))
    return None if path in (".", "..") or path.startswith("../") else path


def docsify_markdown(body: str, page: Mapping[str, Any] | None = None) -> str:
    """The page's Markdown without Docsify's own markup, outside code: the ``?>``/``!>``
    marker opening a paragraph, options in titles and headings, and embeds left unread
    (an embed shows the file, never its label)."""
    if not ("?>" in body or "!>" in body or ":" in body or "docsify-ignore" in body):
        return body
    aside = SetAside()
    body = all_code_kept(body, aside.keep)
    if "?>" in body or "!>" in body:
        body = _HELPER.sub(r"\1\2", body)
    if ":include" in body:
        body = _EMBED.sub(REMOVED, body)
    if "'" in body or '"' in body:
        body = _TITLED.sub(_without_title_options, body)
    body = _HEADING.sub(lambda match: match.group(1) + docsify_heading(match.group(2)), body)
    return aside.restore(closed_seams(body))


def _options_removed(text: str) -> str:
    """``text`` without the options Docsify reads from it (not an emoji's ``:name:``)."""
    return _OPTION.sub(lambda match: match.group(0) if match.group(1).endswith(":") else "", text).strip()


def _options(text: str) -> dict[str, str]:
    """The options Docsify reads from a title (``':include :type=code'``), by name."""
    return {match.group(1): match.group(2) or "" for match in _OPTION.finditer(text) if not match.group(1).endswith(":")}


def _without_title_options(match: re.Match) -> str:
    """A destination and title with the options gone from the title (no title when none is left)."""
    quote_mark = "'" if match.group(2) is not None else '"'
    title = _options_removed(match.group(2) if match.group(2) is not None else match.group(3))
    return f"]({match.group(1)} {quote_mark}{title}{quote_mark})" if title else f"]({match.group(1)})"


def docsify_heading(text: str) -> str:
    """A heading's text as Docsify shows it: without its options (``:id=salam``) and ignore tags."""
    if "docsify-ignore" in text:
        text = _IGNORE_TAG.sub("", text)
    return _options_removed(text) if ":" in text else text


def docsify_problems(body: str) -> list[Problem]:
    """The embeds (``':include'``) of a page not read into its text (a page read from an
    archive, or the files an embedded file embeds): a problem names their files."""
    if ":include" not in body:
        return []
    embeds = _EMBED.finditer(all_code_kept(body, lambda code: ""))
    files = [match.group(2) for match in embeds if _embed_kind(match) not in _NO_TEXT]
    if not files:
        return []
    return [Problem("text", f"{len(files)} file(s) embedded with ':include' are not read into this page: {', '.join(dict.fromkeys(files))}")]


def expand_embeds(body: str, root: IncludeRoot, used_bytes: int) -> tuple[str, list[Problem], bool]:
    """``body`` of the page with the files its ``':include'`` links embed put in place (see
    the module docstring), the problems met, and whether an embed names a file inside the
    root (the page's text then depends on that file); ``used_bytes`` of the per-file limit
    are spent on the page itself. The files an embedded file embeds are not read: Docsify
    embeds only in the page itself."""
    if ":include" not in body:
        return body, [], False
    return expanded(body, root, used_bytes, "[…]({} ':include')", _expand)


def _expand(body: str, stack: tuple[str, ...], expansion: Expansion) -> str:
    """``body`` of the page with its embeds read (outside its code)."""
    aside = SetAside()

    def embed(match: re.Match) -> str:
        target, options = html.unescape(match.group(2)), _embed_options(match)
        kind = _embed_kind(match)
        if kind in _NO_TEXT:
            return REMOVED  # (audio, video, another page in a frame: none of it is this page's text)
        found = target_id(target.split("?")[0].lstrip("/"), stack[0], expansion.root)
        text = read_target(found, target, stack, expansion) if found is not None else None
        if text is None:
            expansion.problems.append(Problem("text", f"{expansion.written.format(target)} is not read: not a file inside the input root on disk"))
            return REMOVED
        if kind == "markdown":
            return "\n\n" + split(text).body + "\n\n"
        return "\n" + fenced(_fragment(text, options.get("fragment")) if options.get("fragment") else text) + "\n"

    return aside.restore(closed_seams(_EMBED.sub(embed, all_code_kept(body, aside.keep))))


def _embed_options(match: re.Match) -> dict[str, str]:
    """The options of an embed (a match of :data:`_EMBED`), by name."""
    return _options(match.group(3) if match.group(3) is not None else match.group(4))


def _embed_kind(match: re.Match) -> str:
    """What an embed shows: its ``:type``, else the type of its file's name (``markdown``,
    ``iframe`` …; ``code`` for any other file), as Docsify tells it."""
    return _embed_options(match).get("type") or next((kind for kind, name in _MEDIA if name.search(match.group(2))), "code")


def _fragment(text: str, name: str) -> str:
    """The lines of ``text`` between its two ``/// [name]`` (or ``### [name]``) lines."""
    marker = r"(?:###|///)\s*\[" + re.escape(name) + r"\]"
    found = re.search(marker + r"(.*?)" + marker, text, re.S)
    return found.group(1).strip("\n") if found else ""

