"""Where the sites of :mod:`.app_sites` publish a page by a rule their generator fixes,
read from the generator's own code:

- Next.js' routes of a Nextra site: a Markdown page of ``pages/`` (Nextra 2 and 3, the
  pages router) at its path without extension, an ``index`` at its folder; Next.js' own
  files at the root of ``pages/`` (``_app``, ``_document``, ``_error``: its ``BLOCKED_PAGES``)
  and its API routes (``api`` and ``api/…``) are no pages.
- Nextra 4's ``content/`` folder, which its catch-all route (``app/[[...mdxPath]]``)
  publishes: each ``.md`` or ``.mdx`` file at its path without extension, an ``index`` at
  its folder (``generatePageMap`` in Nextra's ``page-map/generate.ts``).
- Next.js' app router of a Nextra 4 site: an ``app/…/page.mdx`` at its folder, a route
  group's ``(name)`` left out of the address, a folder starting with ``_`` (private) or
  ``[`` (dynamic) publishing none (Nextra's ``findMetaAndPageFilePaths``).
- Next.js' ``i18n`` in a Nextra site: Nextra 2's pages named with their locale
  (``about.en.mdx``), the default locale's at the site's root, and Nextra 3's and 4's
  locale folders (``pages/en/``, ``content/en/``) at their path (:func:`localized_route`).
- Gridsome (0.7), whose template for a collection publishes each of its nodes at the path
  its route makes of the node's fields (``TemplatesPlugin``'s ``makePath``): ``:title`` (and
  ``:slug`` without a ``slug`` field) the field made a slug by @sindresorhus/slugify (0.8,
  which every Gridsome 0.7 asks for, ``^0.8.0``: its replacements, then lodash's ``deburr``,
  then its ``decamelize``),
  ``:year``, ``:month``, ``:day`` its ``date``, ``:field_raw`` the value as written, a final
  ``/`` with ``permalinks.trailingSlash`` (the default).
- Nuxt Content (2 and 3), whose catch-all page renders each page of ``content/`` at its
  ``path``: each part of the file's path less a number prefix (``1.memulai``), ``index`` at
  its folder, made a slug as its ``generatePath`` does (Nuxt Content's
  ``transformers/path-meta.ts``: simov's slugify, lower case unless Nuxt Content 2's
  ``respectPathCase``, its Latin letters in ASCII by its ``charMap``); a ``_`` file or folder
  is a partial, no page.

Each function gives the page's route below its section's (no leading ``/``; a final ``/``
for an index) or None for a file that is no page of that folder.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import re
import unicodedata
from typing import Any, Callable

from .config import Spans

#: The extensions of the Markdown pages these sites publish.
_MARKDOWN = (".md", ".mdx")
#: Next.js' own files at the root of ``pages/`` (its ``BLOCKED_PAGES``), which no route publishes.
_NEXT_RESERVED = frozenset(("_app", "_document", "_error"))
#: Why a Markdown file of a Nextra site's ``pages/`` or ``app/`` that Next.js routes no page of is not read.
NEXT_RESERVED_FILE = "Next.js' own file (pages/_app, _document or _error) or an API route (pages/api/): not a page of the site"
NEXT_PRIVATE_FOLDER = "in a private folder of Next.js' app/ (a name starting with _), which publishes no route: not a page of the site"
#: Why a Markdown page of a Nextra site's dynamic route, or of a parallel route's slot, has no url.
NEXT_DYNAMIC_ROUTE = "a page of a Next.js dynamic route (a [parameter] in its path): the site's code decides the addresses it is published at, so its address is not known"
NEXT_SLOT = "a page of a Next.js parallel route's slot (an @folder of app/): it is shown inside its parent's layout, at no address of its own"
#: Why a Markdown page of a Nextra site with Next.js' i18n that names none of its locales has no url.
NEXTRA_UNLOCALIZED = (
    "a page of a Nextra site with Next.js' i18n that names none of its locales, neither at the end of its name (Nextra 2: about.en.mdx) "
    "nor as its first folder (Nextra 3 and 4: en/about.mdx): no locale's address is known to serve it"
)
#: The names of a page of Next.js' app router written in Markdown.
_APP_PAGES = ("page.md", "page.mdx")
#: A Next.js route group's folder (``(pemasaran)/``), which names no part of the address.
_ROUTE_GROUP = re.compile(r"\([^/]*\)/")
#: Nuxt Content's ``refineUrlPart``: a version kept as written, a number prefix, ``index``, ``.draft``.
_VERSION_PART = re.compile(r"^\d+(?:\.\d+)*(?:\.x)?$")
_ORDER = re.compile(r"^\d+\.")
_INDEX = re.compile(r"^index(?:\.draft)?$")
_DRAFT = re.compile(r"\.draft$")
#: simov's slugify: the ASCII signs it writes as words (``-``, its separator, as a space) and
#: what it drops (any character but word ones, spaces and ``$*_+~.()'"!-:@``). ``+`` is kept:
#: no published version (1.6.5 to 1.6.9, Nuxt Content's ``^1.6.5``) has its repository's ``"+": "plus"``.
_SLUG_WORDS = {"$": "dollar", "%": "percent", "&": "and", "<": "less", ">": "greater", "|": "or", "-": " "}
_NOT_KEPT = re.compile(r"""[^\w\s$*_+~.()'"!\-:@]+""", re.A)
_SPACES = re.compile(r"\s+")
#: A route's parameter as path-to-regexp reads it: ``:name``, with a pattern or modifier.
_ROUTE_PARAM = re.compile(r":(?P<name>[A-Za-z_$][\w$]*)(?P<pattern>\([^)]*\)|[?*+])?")
_SUFFIX = re.compile(r"^(.*[^_])_([a-z]+)$")
_SLASHES = re.compile(r"/+")
#: What path-to-regexp puts in a path as it is.
_UNRESERVED = re.compile(r"[A-Za-z0-9\-._~]+")
#: @sindresorhus/slugify 0.8's ``decamelize``: a word after a lower-case letter or digit
#: (``eKTP`` "e KTP"), then a capitalized word after capitals (``KTPElektronik``).
_CAMEL_LOWER = re.compile(r"([a-z\d])([A-Z])")
_CAMEL_UPPER = re.compile(r"([A-Z]+)([A-Z][a-z\d]+)")
_NOT_SLUG_CHARACTERS = re.compile(r"[^a-z\d]+")
#: The letters of Latin-1 and Latin Extended-A (U+00C0–U+017F) that simov's slugify writes
#: otherwise than as the letter under their accents (its ``charMap``), and those it has no
#: entry for, which its ``remove`` pattern drops (``""``): alike in 1.6.5 to 1.6.9, every
#: version Nuxt Content 2 and 3 ask for (``^1.6.5`` to ``^1.6.9``), checked by running them.
_SIMOV_LATIN: dict[str, str | None] = {
    "Æ": "AE", "æ": "ae", "Ð": "D", "ð": "d", "Ø": "O", "ø": "o", "Þ": "TH", "þ": "th", "ß": "ss",
    "Đ": "DJ", "đ": "dj", "ı": "i", "Ł": "L", "ł": "l", "Œ": "OE", "œ": "oe",
    **dict.fromkeys("×÷ĈĉĊċĔĕĜĝĠġĤĥĦħĬĭĲĳĴĵĸĹĺĿŀŉŊŋŎŏŖŗŜŝŦŧŬŭſ", ""),
}
#: The same letters as @sindresorhus/slugify 0.8 writes them: by its replacements (German
#: umlauts, and Turkish ``Ç``, ``Ğ``, ``İ``, ``Ş`` as lower-case letters), then lodash.deburr
#: 4.1's table (checked against both packages, run on every letter); None for the signs ``×`` and ``÷``.
_SINDRESORHUS_LATIN: dict[str, str | None] = {
    "Ä": "Ae", "ä": "ae", "Ö": "Oe", "ö": "oe", "Ü": "Ue", "ü": "ue", "ß": "ss", "Æ": "Ae", "æ": "ae", "Ç": "c",
    "Ð": "D", "ð": "d", "Ø": "O", "ø": "o", "Þ": "Th", "þ": "th", "Đ": "D", "đ": "d", "Ğ": "g", "Ħ": "H",
    "ħ": "h", "İ": "i", "ı": "i", "Ĳ": "IJ", "ĳ": "ij", "ĸ": "k", "Ŀ": "L", "ŀ": "l", "Ł": "L", "ł": "l",
    "ŉ": "'n", "Ŋ": "N", "ŋ": "n", "Œ": "Oe", "œ": "oe", "Ş": "s", "Ŧ": "T", "ŧ": "t", "ſ": "ss",
    **dict.fromkeys("×÷"),
}
#: The combining marks lodash.deburr removes (of a letter written decomposed, ``u`` and ``\u0308``).
_COMBINING_MARKS = re.compile("[\u0300-\u036f\ufe20-\ufe23\u20d0-\u20f0]")
#: A glob's tokens and what each matches.
_GLOB_TOKEN = re.compile(r"\*\*/|\*\*|\*|\?|[^*?]")
_GLOB_PARTS = {"**/": "(?:.*/)?", "**": ".*", "*": "[^/]*", "?": "[^/]"}
_OTHER_GLOB_SYNTAX = re.compile(r"[{}\[\]()!]")
#: A glob's braces of two or more plain alternatives (``{md,markdown}``, ``{,draf/}``), none nested.
_GLOB_BRACES = re.compile(r"\{([^{}\[\]()!,]*(?:,[^{}\[\]()!,]*)+)\}")
#: Why a file of a Gridsome source's folder that no source's glob matches is not read.
GRIDSOME_UNMATCHED = "in a Gridsome source's folder but not matched by its glob (the path option): not a page of the site"
#: Why a file of a Gridsome site's ``src/pages/`` that no source reads is not read: Gridsome
#: makes pages of the ``.vue`` files there only (its ``vue-pages`` plugin globs ``**/*.vue``).
GRIDSOME_PAGES_FILE = "in Gridsome's src/pages/, whose pages are its .vue files, and read by no source: not a page of the site"
#: Why a file of a Gridsome or Gatsby site's ``static/`` that no source reads is not read:
#: Gridsome copies the folder into the built site as it is (``build.js``:
#: ``fs.copy(config.staticDir, config.outDir)``), Gatsby into ``public/`` (``copyStaticDirs``
#: in ``get-static-dir``), so a Markdown or text file there is served as written, no page
#: made of it (an HTML file there is a page as written, and is read).
_STATIC_FILE = "in {}'s static/, which it copies into the built site as it is (served as written, not made a page), and read by no source: not a page of the site"
GRIDSOME_STATIC_FILE = _STATIC_FILE.format("Gridsome")
GATSBY_STATIC_FILE = _STATIC_FILE.format("Gatsby")
#: The files of a Gridsome or Gatsby site's ``static/`` that are pages as written: HTML.
STATIC_PAGES = (".html", ".htm", ".xhtml")
#: What in a Nuxt Content 3 configuration publishes pages elsewhere than at their paths in
#: ``content/``, or makes a collection's files no pages: a ``prefix``, a collection of data;
#: and a collection's ``source`` pattern (``source: 'berita/*.md'``, ``include: '**'``).
_NUXT_ELSEWHERE = re.compile(r"""\bprefix\s*:|\btype\s*:\s*['"]data['"]""")
_NUXT_SOURCE = re.compile(r"""\b(?:source|include)\s*:\s*(['"`])(?P<pattern>[^'"`]*)\1""")


def _next_page_path(path: str, fields: dict[str, Any]) -> str | None:
    """Where Next.js' pages router publishes the Markdown page at ``path`` (below ``pages/``);
    :class:`UnplacedRoute` for a page of a dynamic route (``[slug].mdx``, ``[id]/index.mdx``)."""
    folder, name = posixpath.split(path)
    stem, extension = posixpath.splitext(name)
    if extension.lower() not in _MARKDOWN or _next_reserved(path):
        return None
    if "[" in path:
        raise UnplacedRoute(NEXT_DYNAMIC_ROUTE)
    return _at_path(folder, stem)


def _next_reserved(path: str) -> bool:
    """True for the file at ``path`` below ``pages/`` when Next.js routes no page of it: its
    own ``_app``, ``_document`` and ``_error`` at the root, and the API routes (``api``, ``api/…``)."""
    stem = posixpath.splitext(path)[0]
    return stem in _NEXT_RESERVED or stem == "api" or path.startswith("api/")


def _in_private_folder(path: str) -> bool:
    """True for the file at ``path`` below ``app/`` when a folder holding it starts with ``_``
    (a private folder, which Next.js' app router leaves out of routing with all below it)."""
    return any(part.startswith("_") for part in path.split("/")[:-1])


def next_unrouted_reason(kind: str, path: str) -> str | None:
    """Why Next.js routes no page of the Markdown file at ``path`` below a folder of ``kind``
    (``next-pages``: :data:`NEXT_RESERVED_FILE`; ``next-app``, a ``page.mdx`` in a private
    folder: :data:`NEXT_PRIVATE_FOLDER`); None for a file it routes, or that is no page file."""
    if kind == "next-pages" and posixpath.splitext(path)[1].lower() in _MARKDOWN and _next_reserved(path):
        return NEXT_RESERVED_FILE
    if kind == "next-app" and posixpath.basename(path) in _APP_PAGES and _in_private_folder(path):
        return NEXT_PRIVATE_FOLDER
    return None


def _nextra_content_path(path: str, fields: dict[str, Any]) -> str | None:
    """Where Nextra 4 publishes the file at ``path`` (below its ``content/`` folder)."""
    folder, name = posixpath.split(path)
    stem, extension = posixpath.splitext(name)
    return _at_path(folder, stem) if extension.lower() in _MARKDOWN else None


def _next_app_path(path: str, fields: dict[str, Any]) -> str | None:
    """Where Next.js' app router publishes the Markdown page at ``path`` (below ``app/``):
    a ``page.mdx`` (or ``page.md``) at its folder, less its route groups; :class:`UnplacedRoute`
    for a page of a parallel route's slot (``@sidebar/``) or of a dynamic route (``[slug]/``)."""
    folder, name = posixpath.split(path)
    if name not in _APP_PAGES or _in_private_folder(path):
        return None
    parts = folder.split("/")
    if any(part.startswith("@") for part in parts):
        raise UnplacedRoute(NEXT_SLOT)
    if any(part.startswith("[") for part in parts):
        raise UnplacedRoute(NEXT_DYNAMIC_ROUTE)
    folder = _ROUTE_GROUP.sub("", folder + "/").strip("/")
    return folder + "/" if folder else ""


class UnplacedRoute(ValueError):
    """Why the route of a page is not known: its message is the reason."""


def localized_route(kind: str, path: str, fields: dict[str, Any], locales: tuple[str, ...], default: str, keep_case: bool = False) -> str | None:
    """Where a site with ``locales`` (the ``default`` one; none: without them) publishes the
    file at ``path`` below a folder of ``kind`` (see the module): Nuxt Content's pages as
    :func:`_nuxt_localized` places them (in their files' letter case with ``keep_case``); in
    a Nextra site with Next.js' ``i18n``, a page of ``pages/`` whose name ends with a locale
    (Nextra 2's ``about.en.mdx``) at the route of its name without it, below ``<locale>/`` unless it is the default locale (the locales
    middleware of ``nextra/locales`` serves ``/en/about`` from it, ``/about`` from
    ``about.id.mdx``), a page whose first folder is a locale (Nextra 3's ``pages/en/``, Nextra
    4's ``content/en/``, which Nextra publishes with Next.js' own i18n turned off) at its
    route, :class:`UnplacedRoute` for any other page, which no locale's address serves."""
    if kind == "nuxt-content":
        return _nuxt_localized(path, fields, locales, default, keep_case)
    route = APP_ROUTES[kind]
    if not locales:
        return route(path, fields)
    stem, extension = posixpath.splitext(path)
    unsuffixed, dot, locale = stem.rpartition(".")
    if kind == "next-pages" and dot and locale in locales:
        placed = route(unsuffixed + extension, fields)
        return placed if placed is None or locale == default else f"{locale}/{placed}"
    placed = route(path, fields)
    if placed is None or path.split("/")[0] in locales:
        return placed
    raise UnplacedRoute(NEXTRA_UNLOCALIZED)


def _nuxt_localized(path: str, fields: dict[str, Any], locales: tuple[str, ...], default: str, keep_case: bool) -> str | None:
    """Where Nuxt Content publishes the file at ``path`` (below ``content/``; in its letter
    case with ``keep_case``): at its path (:func:`_nuxt_content_path`); with Nuxt Content 2's
    ``content.locales`` a page of a locale's folder (``en/berita/panen.md``) is that locale's
    page at the path without the folder (its ``path-meta`` transformer takes the folder
    off), the others of the default locale; a query shows the default locale's only unless
    the site's own code asks for another, so a page of another locale is :class:`UnplacedRoute`."""
    locale, _, rest = path.partition("/")
    if not rest or locale not in locales:
        return _nuxt_content_path(path, fields, keep_case)
    placed = _nuxt_content_path(rest, fields, keep_case)
    if placed is not None and locale != default:
        raise UnplacedRoute(
            f"a page of Nuxt Content's locale {locale} (content.locales): Nuxt Content shows the default locale's pages unless the site's own code "
            "asks for another, so its address is not known"
        )
    return placed


def _nuxt_content_path(path: str, fields: dict[str, Any], keep_case: bool = False) -> str | None:
    """Where Nuxt Content's catch-all page publishes the file at ``path`` (below
    ``content/``): its ``path`` (see the module), in the letter case of the file's with
    ``keep_case`` (Nuxt Content 2's ``respectPathCase``); None for a partial or a file that is no
    Markdown page; :class:`UnplacedRoute` for a name with characters beyond ASCII other than
    the Latin letters :func:`_latin_in_ascii` writes as slugify does."""
    stem, extension = posixpath.splitext(path)
    if extension.lower() != ".md" or any(part.startswith("_") for part in path.split("/")):
        return None
    written = _latin_in_ascii(stem, _SIMOV_LATIN)
    if written is None:
        raise UnplacedRoute(f"Nuxt Content makes the address of {path} by transliterating characters of its name beyond the Latin letters arsip writes as its slugify does, which arsip does not do")
    return "/".join(_nuxt_slug(_refined(part), lower=not keep_case) for part in written.split("/")).strip("/")


def nuxt_pages_at_paths(text: str | None) -> bool:
    """True when a Nuxt Content 3 configuration (its ``text``; None without one, as in Nuxt
    Content 2) publishes its pages at the paths :func:`_nuxt_content_path` gives: no
    collection ``prefix``, no collection of data (whose files are no pages), and each
    ``source`` pattern's fixed folders, which name its pages' addresses as written
    (``parseSourceBase``), already as those paths name them (``berita/*.md``, not ``1.berita/*.md``)."""
    if not text:
        return True
    if _NUXT_ELSEWHERE.search(text):
        return False
    for match in _NUXT_SOURCE.finditer(text):
        pattern = match.group("pattern")
        fixed = pattern.split("*")[0] if "*" in pattern else ""
        if (fixed and not fixed.endswith("/")) or any(_nuxt_slug(_refined(folder)) != folder for folder in fixed.split("/")[:-1]):
            return False
    return True


def _refined(part: str) -> str:
    """A path part as Nuxt Content's ``refineUrlPart`` leaves it: a version (``1.2``, ``2.x``)
    as written, else less its number prefix (``1.``), ``index`` as nothing, less ``.draft``."""
    if _VERSION_PART.match(part):
        return part
    return _DRAFT.sub("", _INDEX.sub("", _ORDER.sub("", part)))


def _nuxt_slug(part: str, lower: bool = True) -> str:
    """An ASCII path part as simov's slugify makes it with ``lower``: its signs in words
    (``&`` and), characters other than word ones, spaces and ``$*_+~.()'"!-:@`` dropped,
    runs of spaces and ``-`` one ``-``, lower case with ``lower``."""
    kept = _NOT_KEPT.sub("", "".join(_SLUG_WORDS.get(character, character) for character in part))
    slug = _SPACES.sub("-", kept.strip())
    return slug.lower() if lower else slug


def gridsome_path(template: str, fields: dict[str, Any], trailing_slash: bool) -> str:
    """The path a Gridsome template's route (``/blog/:year/:title``) gives the node of a
    Markdown file with front matter ``fields`` (see the module); :class:`UnplacedRoute` for
    a parameter arsip cannot fill as Gridsome does (a node's ``id``, a value missing or not
    text, a text slugify would transliterate beyond Latin letters, a pattern of
    path-to-regexp's)."""
    template = _SLASHES.sub("/", template)
    if trailing_slash:
        template = template.rstrip("/") + "/"
    return _ROUTE_PARAM.sub(lambda match: _route_value(match, fields), template)


def _route_value(match: re.Match, fields: dict[str, Any]) -> str:
    """The text Gridsome puts for the route parameter ``match`` (``:title``, ``:title_raw``)."""
    if match.group("pattern"):
        raise UnplacedRoute(f"its template's route parameter {match.group(0)} is a pattern arsip does not fill")
    name = match.group("name")
    suffixed = _SUFFIX.match(name)
    field, suffix = (suffixed.group(1), suffixed.group(2)) if suffixed else (name, None)
    if field == "id":
        raise UnplacedRoute("its template's route reads the node's id, which Gridsome makes itself")
    if field in ("year", "month", "day") and field not in fields:
        return _date_part(fields.get("date"), field)
    value: Any = fields
    for key in ["title"] if field == "slug" and not fields.get("slug") else field.split("__"):  # (Gridsome's :slug falls back to the title)
        value = value.get(key) if isinstance(value, dict) else None
    if isinstance(value, bool):
        value = "true" if value else "false"  # (as JavaScript's String() writes it)
    if not isinstance(value, (str, int)) or str(value) == "":
        raise UnplacedRoute(f"its template's route parameter :{name} has no text in the page's front matter to fill it with")
    text = str(value)
    if suffix == "raw":
        if not _UNRESERVED.fullmatch(text):
            raise UnplacedRoute(f"its template's route parameter :{name} holds characters Gridsome encodes as its path-to-regexp does, which arsip does not do")
        return text
    return _gridsome_slug(text, name)


def _date_part(date: Any, part: str) -> str:
    """The ``YYYY``, ``MM`` or ``DD`` of a page's ``date`` as Gridsome reads it (in UTC)."""
    if isinstance(date, str):
        try:
            date = dt.datetime.fromisoformat(date.strip())
        except ValueError:
            date = None
    if isinstance(date, dt.datetime):
        date = date.astimezone(dt.timezone.utc) if date.tzinfo else date
    if not isinstance(date, dt.date):
        raise UnplacedRoute(f"its template's route reads the page's date (:{part}), which its front matter does not give")
    return {"year": f"{date.year:04d}", "month": f"{date.month:02d}", "day": f"{date.day:02d}"}[part]


def _gridsome_slug(text: str, name: str) -> str:
    """``text`` as @sindresorhus/slugify 0.8 makes it by default: ``&`` " and ", its Latin
    letters in ASCII (``ü`` "ue", ``Ç`` "c"; a letter written decomposed, its marks dropped:
    ``u`` and ``\u0308`` "u"), decamelized (``eKTP`` "e KTP"), lower case, any run of other
    characters than letters and digits one ``-``, none at either end; a text with other
    characters beyond ASCII is not made (:class:`UnplacedRoute`)."""
    written = _latin_in_ascii(text.replace("&", " and "), _SINDRESORHUS_LATIN, compose=False)
    if written is None:
        raise UnplacedRoute(
            f"Gridsome makes its template's route parameter :{name} of {text!r} by transliterating characters beyond the Latin letters arsip "
            "writes as its slugify does, which arsip does not do"
        )
    decamelized = _CAMEL_UPPER.sub(r"\1 \2", _CAMEL_LOWER.sub(r"\1 \2", written))
    return _NOT_SLUG_CHARACTERS.sub("-", decamelized.lower()).strip("-")


def _latin_in_ascii(text: str, letters: dict[str, str | None], compose: bool = True) -> str | None:
    """``text`` with each letter of Latin-1 and Latin Extended-A in ASCII: as ``letters``
    writes it, else the letter under its accents (``é`` e, ``Ł`` is in ``letters``); None
    when it holds another character beyond ASCII, or one ``letters`` names as not written
    (None). With ``compose`` the text is composed first (NFC, as simov's slugify takes it);
    without, the combining marks of a letter written decomposed are dropped (lodash.deburr's)."""
    if text.isascii():  # (nothing to write: the common case, without the work below)
        return text
    written: list[str | None] = []
    for character in unicodedata.normalize("NFC", text) if compose else _COMBINING_MARKS.sub("", text):
        if character in letters:
            written.append(letters[character])
        elif character.isascii():
            written.append(character)
        elif "\u00c0" <= character <= "\u017f":
            written.append(unicodedata.normalize("NFD", character)[0])
        else:
            return None
    return None if None in written else "".join(written)


def glob_matches(pattern: str, path: str) -> bool | None:
    """True when a source's glob ``pattern`` below its folder (``*.md``, ``**/*.md``,
    ``*.{md,markdown}``) matches the file at ``path`` there, as globby matches: ``*`` within
    a folder, ``**/`` any folders, ``{a,b}`` either alternative; None for a glob written with
    other syntax of globby's (nested braces, ``{1..3}``, ``[abc]``, ``!(…)``), which arsip
    does not match."""
    pieces = _GLOB_BRACES.split(pattern)  # (plain text at even places, the braces' alternatives at odd ones)
    if any(_OTHER_GLOB_SYNTAX.search(piece) for piece in pieces[::2]):
        return None
    expression = "".join(
        "(?:%s)" % "|".join(map(_glob_expression, piece.split(","))) if place % 2 else _glob_expression(piece) for place, piece in enumerate(pieces)
    )
    return re.fullmatch(expression, path) is not None


def _glob_expression(glob: str) -> str:
    """The regular expression of a glob of ``*``, ``**/``, ``?`` and plain characters."""
    return "".join(_GLOB_PARTS.get(part, re.escape(part)) for part in _GLOB_TOKEN.findall(glob))


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
    "nuxt-content": _nuxt_content_path,
}


#: The folders of a Nuxt site's pages (Nuxt 3's ``pages/``, Nuxt 4's ``app/pages/``).
NUXT_PAGE_FOLDERS = ("pages", "app/pages")
#: Why a Nuxt Content page has no url when no catch-all page is seen to publish it.
NUXT_UNROUTED = (
    "a page of the Nuxt Content site's content/: the site's own pages publish it (no catch-all page, pages/[...slug].vue, "
    "renders content/ at the paths Nuxt Content gives its pages), so its address is not known"
)


def is_catch_all_page(name: str) -> bool:
    """True for the name of a Nuxt catch-all page (``[...slug].vue``), which renders any path
    below its folder: in a pages folder, every Nuxt Content page at its ``path``."""
    return name.startswith("[...") and name.endswith("].vue")


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
