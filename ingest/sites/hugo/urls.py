"""Where Hugo publishes a page of its site, as Hugo builds it (checked against Hugo 0.111.3).

- A regular page whose section has a pattern in the configuration's ``[permalinks]``
  (``berita = "/:year/:month/:title/"``; the key ``/`` for pages at the content's top; newer
  Hugo's ``[permalinks.page]`` the same) fills it with Hugo's tokens (:data:`_TOKENS`, the
  date formats of Go, ``:sections[1:]`` slices), the date from front matter (Hugo's
  ``[frontmatter] date`` keys; none: year 1); a section page (``_index.md``) only with newer
  Hugo's ``[permalinks.section]``; a term page (``tags/banjir/_index.md``) with its
  taxonomy's pattern (``tags = …``, newer Hugo's ``[permalinks.term]``).
- Else a page is at its path below the content folder (``berita/banjir-bandang/``), its file
  or bundle name replaced by its ``slug``; front matter ``url`` wins over both (a relative
  one below the language's folder).
- Each path is made as Hugo's ``MakePathSanitized`` makes it (lower case unless
  ``disablePathToLower``, spaces to ``-``, other characters but letters, digits and
  ``._-~@#`` dropped, accents removed with ``removePathAccents``), ends in ``/`` (or
  ``.html`` with ``uglyURLs``, global or per section), and is escaped as Go escapes a URL
  path; a page in a language other than the default one is in that language's folder
  (``/en/…``; every language with ``defaultContentLanguageInSubdir``).
- Hugo renders no file of a page whose ``_build`` (newer Hugo: ``build``) says ``render:
  never`` (``false``, ``link``), nor of a page in a language of ``disableLanguages``,
  nor of a ``headless`` bundle, nor of a content file in a
  leaf bundle (a folder with an ``index.md``: it is one of the bundle's resources): such a
  page has no URL.
  ``cascade`` tables of ``_index`` files above a page (and of the configuration) give it
  the front matter keys it does not set itself, as Hugo cascades them (``_target`` by
  ``path``, ``kind`` and ``lang``).

Where Hugo's URL cannot be known here (a date Hugo takes from the file's modification
time or Git, a date it does not read, a token it does not know, so its build fails) the
page has no URL and :class:`Unplaceable` says why.
"""

from __future__ import annotations

import datetime as dt
import fnmatch
import hashlib
import re
import unicodedata
from dataclasses import dataclass, replace
from typing import Any, Iterable
from urllib.parse import quote

from ..publishing import FILE_NAME, NAME_DATE, date_keys
from .config import ContentMount, content_mounts
from .globs import hugo_glob

#: Hugo's default front matter keys of a page's date (its ``[frontmatter] date``), lower case.
HUGO_DATE_KEYS = ("date", "publishdate", "pubdate", "published", "lastmod", "modified")
#: Hugo's taxonomies when its configuration declares none (their plural names).
DEFAULT_TAXONOMIES = ("tags", "categories")
#: Front matter keys of dates without ``date`` in their name (Hugo's aliases).
_DATE_ALIASES = ("published", "modified")
#: Date sources arsip cannot read: the file's modification time, its last Git commit.
_UNKNOWN_DATES = (":filemodtime", ":git")
#: A token of a permalink pattern (``permalinks.go``'s ``attributeRegexp``).
_TOKEN = re.compile(r":(\w+)(\[.+?\])?")
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")
_DAYS = ("Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday")
#: A date as Hugo reads it from front matter text (and as YAML and TOML dates are kept).
_DATE_TEXT = re.compile(r"^(\d{4})-(\d{2})-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(?:Z|[+-]\d{2}:?\d{2})?$", re.I)
#: The elements of a Go date layout arsip formats (``time.Format``), longest first.
_GO_LAYOUT = re.compile(r"January|Jan|Monday|Mon|2006|002|01|02|03|04|05|06|_2|15|PM|pm|1|2|3|4|5")
#: Elements of a Go date layout arsip does not format (time zones, fractions of a second).
_GO_UNREAD = re.compile(r"MST|Z07|-07")
#: Characters of a URL path Go's ``url.URL.String`` leaves as they are (besides letters and digits).
_URL_PATH_SAFE = "-_.~$&+,/:;=@%"
#: Characters Hugo's ``UnicodeSanitize`` keeps besides letters, digits and marks (Hugo 0.111).
_PATH_KEEPS = frozenset("./\\_#~-@")
_PERCENT_ESCAPE = re.compile(r"%[0-9A-Fa-f]{2}")
_ZERO_DATE = (1, 1, 1, 0, 0, 0)


class Unplaceable(Exception):
    """Hugo publishes the page, but where cannot be known here: the reason."""


@dataclass(frozen=True)
class Cascade:
    """One ``cascade`` table: the front matter ``values`` (keys lower case) it gives the
    pages its ``_target`` matches (a path glob, a kind, a language; None: any)."""

    values: dict
    path: str | None = None
    kind: str | None = None
    lang: str | None = None

    def applies(self, page: str, kind: str, lang: str) -> bool:
        """True when the target matches the page at ``page`` (``/berita/rapat``) of ``kind`` and ``lang``."""
        if self.kind and not fnmatch.fnmatchcase(kind, self.kind):
            return False
        if self.lang and not fnmatch.fnmatchcase(lang, self.lang):
            return False
        return not self.path or hugo_glob(self.path).match(page) is not None


@dataclass(frozen=True)
class HugoPaths:
    """How Hugo places the pages of a site: its languages, the default one first, whether
    the default one is in a folder of its own too (``defaultContentLanguageInSubdir``), the
    languages whose pages are in a content folder of their own (``contentDir``), as
    (language, folder) pairs; the ``[permalinks]`` patterns of regular pages and of section
    pages by section (``""`` for the content's top); ``uglyURLs`` (all pages, or the
    sections named); ``removePathAccents``; ``disablePathToLower``; the ``[frontmatter]``
    date keys; the folders below a content folder that are sections (have an ``_index``
    file; None: not known), and the cascades of the configuration and of ``_index`` files
    as (language, folder, cascades) — the configuration's with folder None."""

    languages: tuple[str, ...] = ("en",)
    default_in_subdir: bool = False
    content_dirs: tuple[tuple[str, str], ...] = ()
    #: The content folder of the pages of a language without one of its own (``contentDir``).
    content: str = "content"
    #: The language Hugo mounts that folder with when the default one has a folder of its
    #: own: the first of the others without one, by weight (None: the default one).
    shared_language: str | None = None
    #: The folders ``module.mounts`` mount on the content (see
    #: :func:`~.config.content_mounts`): when given, Hugo reads its pages from these only.
    content_mounts: tuple[ContentMount, ...] = ()
    #: The languages the configuration's ``disableLanguages`` names: Hugo renders none of their pages.
    disabled_languages: frozenset[str] = frozenset()
    permalinks: tuple[tuple[str, str], ...] = ()
    section_permalinks: tuple[tuple[str, str], ...] = ()
    #: Newer Hugo's ``[permalinks.term]`` patterns by taxonomy (a string pattern keyed by a
    #: taxonomy's name, ``tags = "/label/:slug/"``, places its terms too).
    term_permalinks: tuple[tuple[str, str], ...] = ()
    #: The taxonomies' plural names (``[taxonomies]``; Hugo's default: tags and categories):
    #: an ``_index`` file in a folder below one's folder is a term page (``tags/banjir/_index.md``).
    taxonomies: tuple[str, ...] = DEFAULT_TAXONOMIES
    ugly: bool = False
    ugly_sections: tuple[str, ...] = ()
    remove_accents: bool = False
    to_lower: bool = True
    date_keys: tuple[str, ...] = HUGO_DATE_KEYS
    branches: frozenset[str] | None = None
    #: The leaf bundles below the content folders, as (language, folder) pairs: the other
    #: content files in them are the bundle's resources, of which Hugo renders no page.
    leaves: frozenset[tuple[str, str]] = frozenset()
    #: Whether files were found in the content folders: then only they are pages of the site.
    content_found: bool = False
    cascades: tuple[tuple[str | None, str | None, tuple[Cascade, ...]], ...] = ()
    #: The ``_index`` files below the site's root with what decides whether Hugo publishes
    #: their section (``draft`` and the dates, keys lower case), as (path, fields) pairs.
    section_pages: tuple[tuple[str, dict], ...] = ()
    #: Why the configuration's permalinks cannot be read (Hugo's build stops on them).
    broken: str | None = None
    #: ``buildDrafts``: Hugo renders drafts too (a page or section with ``draft: true``).
    drafts: bool = False
    #: The languages' own ``baseURL`` (``[languages.en] baseURL = "https://en.desa.id/"``), as
    #: (language, address) pairs: a multihost site, each language's pages at their path
    #: below its address (the site's ``baseURL`` for a language without one), with no
    #: language folder (``paths.go``, ``GetURLLanguageBasePath``).
    language_bases: tuple[tuple[str, str], ...] = ()
    #: A language's own ``permalinks`` (they replace the site's), ``uglyURLs``,
    #: ``[frontmatter] date`` keys and ``buildDrafts`` in ``[languages]``, as (language,
    #: permalinks, uglyURLs, date keys, buildDrafts) with None for one not given.
    language_settings: tuple[tuple[str, Any, Any, Any, Any], ...] = ()

    def state(self) -> dict:
        """What an index records of these paths, so that a change reads the site again: the
        languages, and a digest of the other settings when they are not Hugo's defaults
        (the sections only when a pattern reads them)."""
        state: dict = {"languages": list(self.languages), "default_in_subdir": self.default_in_subdir}
        sections = any(":sections" in pattern for _, pattern in self.permalinks + self.section_permalinks)
        settings = replace(self, languages=(), default_in_subdir=False, branches=None, leaves=frozenset(), content_found=False)
        branches = sorted(self.branches or ()) if sections else []  # (a set's order changes from run to run)
        if settings != HugoPaths(languages=()) or branches:
            state["settings"] = hashlib.sha256(repr((settings, branches)).encode("utf-8")).hexdigest()
        return state

    def with_languages(self, table: dict) -> "HugoPaths":
        """These paths with the languages of Hugo's ``languages`` table (name → settings) added."""
        names = [str(key).lower() for key in table]
        folders = [
            (str(key).lower(), str(value).strip("/"))
            for key, item in table.items() if isinstance(item, dict)
            for name, value in item.items() if str(name).lower() == "contentdir" and isinstance(value, str) and value.strip("/")
        ]
        languages = self.languages + tuple(sorted(set(names) - set(self.languages)))
        bases = tuple(
            (str(key).lower(), value) for key, item in table.items() if isinstance(item, dict)
            for name, value in item.items() if str(name).lower() == "baseurl" and isinstance(value, str)
        )
        own = {name for name, _ in self.content_dirs + tuple(folders)}
        shared = next((name for name in _weight_order(table) if name not in own), None) if self.languages[0] in own else self.shared_language
        settings = []
        for key, item in table.items():
            keyed = {str(name).lower(): value for name, value in item.items()} if isinstance(item, dict) else {}
            frontmatter = keyed.get("frontmatter")
            dates = next((value for name, value in frontmatter.items() if str(name).lower() == "date"), None) if isinstance(frontmatter, dict) else None
            if "permalinks" in keyed or "uglyurls" in keyed or dates is not None or "builddrafts" in keyed:
                settings.append((str(key).lower(), keyed.get("permalinks"), keyed.get("uglyurls"), dates, keyed.get("builddrafts")))
        return replace(
            self, languages=languages, content_dirs=self.content_dirs + tuple(folders), language_settings=self.language_settings + tuple(settings),
            language_bases=self.language_bases + bases, shared_language=shared,
        )

    def for_language(self, lang: str) -> "HugoPaths":
        """These paths as the language ``lang`` places and dates its pages: its own
        ``permalinks`` (in place of the site's), ``uglyURLs``, ``[frontmatter] date`` keys and
        ``buildDrafts`` when its ``[languages]`` table gives them."""
        paths = self
        for name, permalinks, ugly, dates, drafts in self.language_settings:
            if name == lang and permalinks is not None:
                paths = replace(paths, permalinks=(), section_permalinks=(), broken=None).with_permalinks(permalinks)
            if name == lang and ugly is not None:
                paths = replace(paths, **_ugly_settings(ugly))
            if name == lang and dates is not None:
                paths = replace(paths, date_keys=date_keys(dates, HUGO_DATE_KEYS))
            if name == lang and drafts is not None:
                paths = replace(paths, drafts=drafts is True)
        return paths

    def of_page(self, path: str) -> "HugoPaths":
        """These paths as the language of the page at ``path`` below the site's root reads
        them (:meth:`for_language`); the site's outside the content folders."""
        found = self.locate(path) if self.language_settings else None
        return self.for_language(found[0]) if found is not None else self

    def with_permalinks(self, table: Any) -> "HugoPaths":
        """These paths with a ``[permalinks]`` table (section → pattern, or newer Hugo's
        kind → section → pattern) added."""
        if not isinstance(table, dict):
            return self
        pages, sections, terms = list(self.permalinks), list(self.section_permalinks), list(self.term_permalinks)
        kinds = {"page": pages, "section": sections, "term": terms}
        for key, value in table.items():
            if isinstance(value, str):
                pages.append((_section_key(key), value))
            elif isinstance(value, dict) and str(key).lower() in kinds:
                kinds[str(key).lower()].extend((_section_key(k), v) for k, v in value.items() if isinstance(v, str))
            elif not isinstance(value, dict) or str(key).lower() != "taxonomy":
                return replace(self, broken=f"the configuration's permalinks hold {value!r} for {key!r}, which Hugo does not read (its build stops)")
        return replace(self, permalinks=tuple(pages), section_permalinks=tuple(sections), term_permalinks=tuple(terms))

    def with_index_files(self, files: dict[str, dict], bundles: Iterable[str] = (), content_found: bool = False) -> "HugoPaths":
        """These paths with the site's ``_index`` files (their path below the site's root →
        their front matter, keys lower case), the paths of its leaf bundles' ``index``
        files (:data:`BUNDLE_FILE`), and whether its content folders hold files."""
        leaves = {(found[0], "/".join(found[1])) for found in map(self.locate, bundles) if found is not None and found[1]}
        branches, cascades, sections = set(), list(self.cascades), []
        for path, fields in sorted(files.items()):
            found = self.locate(path)
            if found is None:
                continue
            lang, folders, stem = found
            branches.add("/".join(folders))
            table = _cascades(fields.get("cascade"))
            if table:
                cascades.append((lang, "/".join(folders), table))
            publishing = {key: value for key, value in fields.items() if key == "draft" or "date" in key or key in _DATE_ALIASES}
            if publishing:
                sections.append((path, publishing))
        return replace(
            self, branches=frozenset(branches), leaves=frozenset(leaves), cascades=tuple(cascades), section_pages=tuple(sections), content_found=content_found
        )

    def tree_fields(self, path: str, fields: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
        """The page at ``path`` with front matter ``fields`` and the section pages above it
        (``_index`` files of its language that say something of drafts or dates), each as
        its path and front matter with what cascades give it: Hugo publishes a page only
        when it and every section above it are published (a draft, expired or future
        section takes its pages with it)."""
        found = self.locate(path)
        tree = [(path, effective_fields(path, fields, self))]
        if found is None or not self.section_pages:
            return tree
        lang, folders, stem = found
        above = {"/".join(folders[:depth]) for depth in range(len(folders) + (0 if stem == "_index" else 1))}
        for section, own in self.section_pages:
            place = self.locate(section)
            if place is not None and place[0] == lang and "/".join(place[1]) in above:
                tree.append((section, effective_fields(section, own, self)))
        return tree

    def is_page(self, path: str) -> bool:
        """Whether Hugo may make a page of the file at ``path`` below the site's root: it is
        in a content folder, or no content folder holds files (the site's pages are then
        not known to be elsewhere). Templates, static files and a built ``public/`` folder
        are not pages."""
        return not self.content_found or self.locate(path) is not None

    def mounts(self) -> tuple[ContentMount, ...]:
        """The folders Hugo reads the site's pages from: the configuration's content mounts,
        else each language's own ``contentDir`` and, while a language has none, the shared
        one (:meth:`shared_content_read`)."""
        if self.content_mounts:
            return self.content_mounts
        own = [ContentMount(name, folder, "") for name, folder in self.content_dirs]
        firsts: dict[str, ContentMount] = {}
        for mount in own + [ContentMount(self.shared_language, self.content, "")] if self.shared_content_read() else own:
            firsts.setdefault(mount.source, mount)  # (a folder two languages name is mounted once, with the first)
        return tuple(firsts.values())

    def mount_of(self, path: str) -> ContentMount | None:
        """The first of :meth:`mounts` Hugo reads the file at ``path`` below the site's root
        from (see :meth:`~.config.ContentMount.holds`); None for none."""
        return next((mount for mount in self.mounts() if mount.holds(path)), None)

    def left_out_by_mounts(self, path: str) -> bool:
        """True for a file in the folder of a content mount that the globs of each such mount
        leave out (its ``includeFiles``, ``excludeFiles`` or ``files``): not a page of the site."""
        return self.mount_of(path) is None and any(path.startswith(mount.source + "/") for mount in self.content_mounts)

    def content_folder(self, path: str) -> str:
        """The content folder below the site's root that holds the file at ``path``, else the
        first the configuration mounts, else the shared one (``contentDir``)."""
        mount = self.mount_of(path) or (self.content_mounts[0] if self.content_mounts else None)
        return mount.source if mount is not None else self.content

    def shared_content_read(self) -> bool:
        """Whether Hugo reads the shared content folder (``contentDir``): a language has no
        content folder of its own. When each has one, Hugo mounts only those (``modules``'
        project defaults), and a file outside them (``content/ar/`` of no language) is no page."""
        own = {name for name, _ in self.content_dirs}
        return not own or not own.issuperset(self.languages)

    def locate(self, path: str) -> tuple[str, list[str], str] | None:
        """The language, folders below its content folder and file stem (without language
        and extension) of the file at ``path`` below the site's root; None outside the
        content folders."""
        mount = self.mount_of(path)
        return self._located(path, mount) if mount is not None else None

    def read_again(self, path: str) -> str | None:
        """Why Hugo makes more pages of the file at ``path`` than the one arsip reads: more
        than one of :meth:`mounts` holds it (a language's ``contentDir`` ``content/en`` inside
        the shared ``content/``), and Hugo reads it through each, in each one's language, at
        its place there (``modules/config.go`` mounts each content folder, ``hugofs``'
        ``RootMappingFs`` walks each whole); None when one holds it."""
        mounts = [mount for mount in self.mounts() if mount.holds(path)]
        if len(mounts) < 2:
            return None
        readings = [f"through {mount.source}/ as {self._located(path, mount)[0]}'s {(mount.target + '/' if mount.target else '') + path[len(mount.source) + 1 :]}" for mount in mounts]
        return f"Hugo reads this file as {len(mounts)} pages, {' and '.join(readings)} (its content folders overlap); arsip reads it once, as the first"

    def unsure_mount(self, path: str) -> str | None:
        """Why Hugo may make no page of the file at ``path`` that arsip reads: the mount that
        holds it sets both ``files`` and ``includeFiles``/``excludeFiles``, and the ways Hugo
        may combine them (not confirmed, see :func:`~.globs.mount_files`) disagree on it; None otherwise."""
        mount = self.mount_of(path)
        if mount is None or not mount.unsure(path):
            return None
        return (
            f"the Hugo mount of {mount.source}/ sets both files and includeFiles/excludeFiles, and how Hugo 0.153 and later combine "
            "them is not confirmed: read one way they mount this file, read another they leave it out; arsip reads it"
        )

    def _located(self, path: str, mount: ContentMount) -> tuple[str, list[str], str]:
        """:meth:`locate` of the file at ``path`` as Hugo reads it through ``mount``, which holds it."""
        language, source, target, _ = mount
        folders = (target.split("/") if target else []) + path[len(source) + 1 :].split("/")
        stem = folders.pop().rsplit(".", 1)[0]
        rest, dot, suffix = stem.rpartition(".")
        if dot and suffix.lower() in self.languages:
            stem, language = rest, suffix.lower()
        return language or self.languages[0], folders, stem


def hugo_paths(config: dict) -> HugoPaths:
    """How Hugo's configuration (its keys in lower case) places pages."""
    paths = HugoPaths((str(config.get("defaultcontentlanguage") or "en").lower(),), config.get("defaultcontentlanguageinsubdir") is True)
    if isinstance(config.get("languages"), dict):
        paths = paths.with_languages(config["languages"])
    frontmatter = {str(key).lower(): value for key, value in config["frontmatter"].items()} if isinstance(config.get("frontmatter"), dict) else {}
    cascade = _cascades(config.get("cascade"))
    disabled = config.get("disablelanguages")
    if isinstance(disabled, list):
        paths = replace(paths, disabled_languages=frozenset(str(name).lower() for name in disabled))
    content = config.get("contentdir")
    if isinstance(content, str) and content.strip("/"):
        paths = replace(paths, content=content.strip("/"))
    paths = replace(paths, content_mounts=content_mounts(config))
    taxonomies = config.get("taxonomies")
    if isinstance(taxonomies, dict):
        paths = replace(paths, taxonomies=tuple(str(plural).lower() for plural in taxonomies.values() if isinstance(plural, str)))
    paths = replace(
        paths, **_ugly_settings(config.get("uglyurls")), remove_accents=config.get("removepathaccents") is True, to_lower=config.get("disablepathtolower") is not True,
        date_keys=date_keys(frontmatter.get("date"), HUGO_DATE_KEYS), cascades=((None, None, cascade),) if cascade else (),
        drafts=config.get("builddrafts") is True,
    )
    return paths.with_permalinks(config.get("permalinks"))


def _weight_order(table: dict) -> list[str]:
    """The languages of Hugo's ``languages`` table in the order Hugo sorts them (``langs``'
    ``Languages.Less``): by ``weight``, a language without one (or 0) after the others, then by name."""

    def weight(item: Any) -> int:
        value = next((value for name, value in item.items() if str(name).lower() == "weight"), 0) if isinstance(item, dict) else 0
        return value if isinstance(value, int) and not isinstance(value, bool) else 0

    return [name for _, _, name in sorted((weight(item) == 0, weight(item), str(key).lower()) for key, item in table.items())]


def _ugly_settings(value: Any) -> dict[str, Any]:
    """``uglyURLs`` (true, or a table of sections) as :class:`HugoPaths` fields."""
    sections = tuple(str(key).lower() for key, item in value.items() if item is True) if isinstance(value, dict) else ()
    return {"ugly": value is True, "ugly_sections": sections}


def effective_fields(path: str, fields: dict[str, Any], hugo: HugoPaths) -> dict[str, Any]:
    """The front matter of the page at ``path`` (keys lower case) with what the cascades
    above it give: the page's own keys win, then the nearest ``_index`` file's."""
    own = {str(key).lower(): value for key, value in fields.items()}
    if not hugo.cascades:
        return own
    found = hugo.locate(path)
    if found is None:
        return own
    lang, folders, stem = found
    kind = _kind(folders, stem, hugo.taxonomies)
    page = "/" + "/".join(folders + ([] if stem in ("index", "_index") else [stem])).lower()
    ancestors = ["/".join(folders[:depth]) for depth in range(len(folders) + 1)]
    merged = dict(own)
    nearest_first = sorted(
        ((folder, table) for language, folder, table in hugo.cascades if folder is None or (language == lang and folder in ancestors)),
        key=lambda item: -1 if item[0] is None else len(item[0]), reverse=True,
    )
    for _, tables in nearest_first:
        for cascade in tables:
            if cascade.applies(page, kind, lang):
                for key, value in cascade.values.items():
                    merged.setdefault(key, value)
    return merged


def hugo_path(path: str, fields: dict[str, Any], hugo: HugoPaths) -> str | None:
    """Where Hugo publishes the page at ``path`` (below the site's root) with front matter
    ``fields``, below the site's base URL (escaped); None where it renders none (a draft,
    a page in a draft section, unless ``buildDrafts``; ``_build`` render never), or where is not known (see
    :func:`unplaced_reason`)."""
    try:
        return _place(path, fields, hugo)
    except Unplaceable:
        return None


def unplaced_reason(path: str, fields: dict[str, Any], hugo: HugoPaths) -> str | None:
    """Why Hugo's place of the page is not known (see :func:`hugo_path`); None when it is
    known, or Hugo renders none."""
    try:
        _place(path, fields, hugo)
    except Unplaceable as reason:
        return str(reason)
    return None


@dataclass(frozen=True)
class _Page:
    """What Hugo's permalink tokens read of a page: its front matter (with cascades), its
    folders below the content folder, file stem, kind, top-level section, and the site."""

    fields: dict
    folders: list
    stem: str
    kind: str
    section: str
    hugo: HugoPaths

    @property
    def dir_folders(self) -> list[str]:
        """The folders of the page's own place: a bundle's without its folder."""
        return self.folders[:-1] if self.stem == "index" else self.folders

    def sections(self) -> list[str]:
        """The page's section path (``:sections``): a section page's own folders, else its
        folders up to the deepest that is a section (a top-level folder, or one with an
        ``_index`` file)."""
        folders = self.folders if self.kind == "section" else self.dir_folders
        if self.kind == "section" or len(folders) <= 1:
            return folders
        if self.hugo.branches is None:
            raise Unplaceable("the permalink needs the page's sections, and which folders are sections (have an _index file) was not read")
        depth = next(depth for depth in range(len(folders), 0, -1) if depth == 1 or "/".join(folders[:depth]) in self.hugo.branches)
        return folders[:depth]


def _place(path: str, own: dict[str, Any], hugo: HugoPaths) -> str | None:
    found = hugo.locate(path)
    tree = hugo.tree_fields(path, own)
    fields = tree[0][1]
    if found is None or not _rendered(fields) or (any(_draft(page) for _, page in tree) and not hugo.for_language(found[0]).drafts):
        return None
    lang, folders, stem = found
    if lang in hugo.disabled_languages:
        return None
    hugo = hugo.for_language(lang)
    if hugo.broken:
        raise Unplaceable(hugo.broken)
    kind = _kind(folders, stem, hugo.taxonomies)
    if kind == "page" and stem == "index" and fields.get("headless") is True:
        return None
    if kind == "page" and any((lang, "/".join(folders[:depth])) in hugo.leaves for depth in range(1, len(folders) + (stem != "index"))):
        return None  # a resource of a leaf bundle (``glosarium/kubelet.md`` beside ``glosarium/index.md``)
    slug = _name_slug(fields, folders[-1] if stem == "index" and folders else stem, hugo) if kind == "page" else None
    fields = {**fields, "slug": slug} if slug else fields
    prefix = "/" + lang if (lang != hugo.languages[0] or hugo.default_in_subdir) and not hugo.language_bases else ""
    url = fields.get("url")
    if isinstance(url, str) and url.strip():
        return _escape(_url_path(url.strip(), prefix))
    section = folders[0] if folders and (kind == "section" or len(folders) > 1 or stem != "index") else ""
    page = _Page(fields, folders, stem, kind, section, hugo)
    pattern = _pattern(*_patterns(kind, folders, page, hugo))
    if pattern is not None:
        placed = _expand(pattern, page)
    else:
        slug = _text(fields.get("slug")) if kind == "page" else ""
        parts = folders[:-1] if stem == "index" and slug else list(folders)
        parts += [slug] if slug else [] if stem in ("index", "_index") else [stem]
        placed = "/".join(parts)
    placed = re.sub(r"/{2,}", "/", _sanitized(placed, hugo)).strip("/")
    if not placed:
        if kind == "page":
            raise Unplaceable("Hugo's permalink places this page at the site's home page, which takes its place")
        return _escape(prefix + "/")
    ugly = hugo.ugly or section.lower() in hugo.ugly_sections
    return _escape(prefix + "/" + placed + (".html" if ugly else "/"))


def _rendered(fields: dict[str, Any]) -> bool:
    """False when the page's ``_build`` (or newer Hugo's ``build``) options say Hugo renders no file of it."""
    for key in ("_build", "build"):
        options = fields.get(key)
        if isinstance(options, dict):
            render = next((value for name, value in options.items() if str(name).lower() == "render"), True)
            if render is False or (isinstance(render, str) and render.strip().lower() in ("never", "link", "false")):
                return False
    return True


def _name_slug(fields: dict[str, Any], name: str, hugo: HugoPaths) -> str | None:
    """The slug Hugo takes from a file or bundle name ``name`` that starts with a date
    (``2019-05-01-hari-buruh`` → ``hari-buruh``) when the page's date comes from it (the
    ``[frontmatter] date`` source ``:filename`` is reached) and it sets no ``slug``."""
    if FILE_NAME not in hugo.date_keys or "slug" in fields:
        return None
    for key in hugo.date_keys:
        if key == FILE_NAME:
            match = NAME_DATE.match(name)
            return name[10:].strip(" -_") or None if match else None
        if key in _UNKNOWN_DATES or fields.get(key) not in (None, ""):
            return None  # (the file's own times always give a date)
    return None


def _draft(fields: dict[str, Any]) -> bool:
    """True for a page whose front matter (with cascades) says ``draft: true``, as Hugo casts it to a boolean."""
    draft = fields.get("draft")
    return draft is True or (isinstance(draft, str) and draft.strip().lower() in ("true", "t", "1")) or draft == 1


def _patterns(kind: str, folders: list[str], page: _Page, hugo: HugoPaths) -> tuple[tuple[tuple[str, str], ...], list[str]]:
    """The permalink patterns that may place a page of ``kind``, and the folders they are
    keyed by: a term's are its taxonomy's (newer Hugo's ``[permalinks.term]``, else a
    pattern keyed by the taxonomy's name)."""
    if kind == "term":
        return hugo.term_permalinks + tuple(item for item in hugo.permalinks if item[0] in hugo.taxonomies), folders[:1]
    return (hugo.section_permalinks, folders) if kind == "section" else (hugo.permalinks, page.dir_folders)


def _kind(folders: list[str], stem: str, taxonomies: tuple[str, ...] = ()) -> str:
    if stem != "_index":
        return "page"
    if len(folders) == 2 and folders[0].lower() in taxonomies:
        return "term"
    return "section" if folders else "home"


def _pattern(patterns: tuple[tuple[str, str], ...], folders: list[str]) -> str | None:
    """The pattern of the page in ``folders``: the longest section key its folders start
    with (a top-level section, newer Hugo's nested paths; ``""``: the content's top)."""
    place = "/".join(folders)
    best = None
    for key, pattern in patterns:
        if (key == "" and not folders) or (key and (place.lower() == key or place.lower().startswith(key + "/"))):
            if best is None or len(key) > len(best[0]):
                best = (key, pattern)
    return best[1] if best else None


def _expand(pattern: str, page: _Page) -> str:
    """``pattern`` with each token filled for ``page`` (see :data:`_TOKENS`)."""

    def token(match: re.Match) -> str:
        name, cut = match.group(1), match.group(2)
        if name == "sections" and cut:
            return "/".join(_slice(page.sections(), cut))
        filler = _TOKENS.get(name)
        if filler is not None:
            return filler(page)
        if _GO_LAYOUT.search(name):
            if _GO_UNREAD.search(name):
                raise Unplaceable(f"the permalink {pattern!r} has :{name}, a date format with a time zone arsip does not fill")
            return _go_format(name, _date(page))
        if name in _UNFILLED_TOKENS:
            raise Unplaceable(f"the permalink {pattern!r} has :{name}, newer Hugo's section slugs, which arsip does not fill")
        raise Unplaceable(f"the permalink {pattern!r} has :{name}, a token Hugo does not know (its build stops there)")

    return _TOKEN.sub(token, pattern.replace("\\:", "\x00")).replace("\x00", ":")


def _slice(items: list[str], cut: str) -> list[str]:
    """``items`` cut as ``:sections[1:]``, ``[0]``, ``[:2]`` cut them (``toSliceFunc``, lenient out of range)."""
    spec = cut.strip().lower()[1:-1]
    if ":" not in spec:
        index = _index(spec, len(items), low=True)
        return [items[index]] if items and 0 <= index < len(items) else []
    low, _, high = spec.partition(":")
    start, end = _index(low, len(items), low=True), _index(high, len(items), low=False)
    return items[start:end] if items and start >= 0 and end >= 0 else []


def _index(text: str, length: int, low: bool) -> int:
    if text == "":
        return 0 if low else length
    if text == "last":
        raise Unplaceable("the permalink has :sections[last], which Hugo versions fill differently (0.111 leaves it empty)")
    try:
        number = max(int(text), 0)
    except ValueError:
        number = 0
    if number >= length:
        return -1 if low else length
    return number


def _filename(page: _Page) -> str:
    if page.stem == "_index":
        return ""
    return page.folders[-1] if page.stem == "index" and page.folders else page.stem


def _content_base_name(page: _Page) -> str:
    return page.folders[-1] if page.stem in ("index", "_index") and page.folders else page.stem


def _date_token(form: str):
    def fill(page: _Page) -> str:
        year, month, day = _date(page)[:3]
        weekday = dt.date(year, month, day).isoweekday() % 7
        return {
            "year": str(year), "month": f"{month:02}", "monthname": _MONTHS[month - 1], "day": f"{day:02}", "weekday": str(weekday),
            "weekdayname": _DAYS[weekday], "yearday": str(dt.date(year, month, day).timetuple().tm_yday),
        }[form]

    return fill


#: Tokens of newer Hugo (each section's ``slug``, else its title) that arsip does not fill.
_UNFILLED_TOKENS = ("sectionslug", "sectionslugs")
#: Hugo's permalink tokens and what fills each for a page (``permalinks.go``;
#: ``:contentbasename`` and ``:slugorcontentbasename`` are newer Hugo's).
_TOKENS = {
    **{name: _date_token(name) for name in ("year", "month", "monthname", "day", "weekday", "weekdayname", "yearday")},
    "section": lambda page: page.section,
    "sections": lambda page: "/".join(page.sections()),
    "title": lambda page: _text(page.fields.get("title")),
    "slug": lambda page: _text(page.fields.get("slug")) or _text(page.fields.get("title")),
    "slugorfilename": lambda page: _text(page.fields.get("slug")) or _filename(page),
    "filename": _filename,
    "contentbasename": _content_base_name,
    "slugorcontentbasename": lambda page: _text(page.fields.get("slug")) or _content_base_name(page),
}


def _date(page: _Page) -> tuple[int, ...]:
    """The page's date as Hugo reads it (year, month, day, hour, minute, second, as written):
    the first of the ``[frontmatter] date`` keys that gives one (``:filename``: the date a
    file or bundle name starts with); year 1 when none does."""
    for key in page.hugo.date_keys:
        if key in _UNKNOWN_DATES:
            raise Unplaceable(f"the permalink needs the page's date, which Hugo takes from {key} (the configuration's [frontmatter] date)")
        value = NAME_DATE.match(_content_base_name(page)) if key == FILE_NAME else page.fields.get(key)
        value = value.group(1) if isinstance(value, re.Match) else value
        if value in (None, "") or (key.startswith(":") and key != FILE_NAME):
            continue
        match = _DATE_TEXT.match(str(value).strip())
        if match is None:
            raise Unplaceable(f"the permalink needs the page's date, and its {key} {value!r} is not one arsip reads as Hugo does")
        return tuple(int(part or 0) for part in match.groups())
    return _ZERO_DATE


def _go_format(layout: str, date: tuple[int, ...]) -> str:
    """``date`` formatted with the Go layout ``layout`` (``time.Format``: ``2006``, ``01``, ``Jan`` …)."""
    year, month, day, hour, minute, second = date
    weekday = dt.date(year, month, day).isoweekday() % 7
    values = {
        "January": _MONTHS[month - 1], "Jan": _MONTHS[month - 1][:3], "Monday": _DAYS[weekday], "Mon": _DAYS[weekday][:3],
        "2006": f"{year:04}", "06": f"{year % 100:02}", "01": f"{month:02}", "1": str(month), "02": f"{day:02}", "2": str(day),
        "_2": f"{day:>2}", "002": f"{dt.date(year, month, day).timetuple().tm_yday:03}", "15": f"{hour:02}", "03": f"{(hour % 12) or 12:02}",
        "3": str((hour % 12) or 12), "04": f"{minute:02}", "4": str(minute), "05": f"{second:02}", "5": str(second),
        "PM": "PM" if hour >= 12 else "AM", "pm": "pm" if hour >= 12 else "am",
    }
    return _GO_LAYOUT.sub(lambda match: values[match.group(0)], layout)


def _url_path(url: str, prefix: str) -> str:
    """Front matter ``url`` as Hugo publishes it: as written from the site's root when it
    starts with ``/``, else below the language's folder; a trailing ``/`` added unless its
    last part has an extension."""
    placed = url if url.startswith("/") else prefix + "/" + url
    last = placed.rstrip("/").rpartition("/")[2]
    return placed if placed.endswith("/") or "." in last else placed + "/"


def _sanitized(path: str, hugo: HugoPaths) -> str:
    """``path`` as Hugo's ``MakePathSanitized`` makes it (Hugo 0.111's ``UnicodeSanitize``):
    accents removed with ``removePathAccents``, characters but letters, digits, marks,
    ``._-~@#/`` and ``%XX`` dropped, a run of spaces one ``-``, lower case unless
    ``disablePathToLower``."""
    if hugo.remove_accents:
        path = unicodedata.normalize("NFC", "".join(char for char in unicodedata.normalize("NFD", path) if unicodedata.category(char) != "Mn"))
    kept: list[str] = []
    hyphen_due = was_hyphen = False
    for position, char in enumerate(path):
        allowed = char in _PATH_KEEPS or char.isalnum() or unicodedata.category(char).startswith("M")
        allowed = allowed or (char == "%" and _PERCENT_ESCAPE.match(path, position) is not None)
        if allowed:
            was_hyphen = char == "-"
            if hyphen_due and not was_hyphen:
                kept.append("-")
            hyphen_due = False
            kept.append(char)
        elif kept and not was_hyphen and char.isspace():
            hyphen_due = True
    result = "".join(kept)
    return result.lower() if hugo.to_lower else result


def _escape(path: str) -> str:
    """``path`` as Go's ``url.URL.String`` writes it: other characters escaped as UTF-8 ``%XX``."""
    return quote(path, safe=_URL_PATH_SAFE)


def _text(value: Any) -> str:
    if isinstance(value, bool) or value is None or isinstance(value, (dict, list)):
        return ""
    return str(value).strip()


def _section_key(key: Any) -> str:
    return str(key).strip(" /").lower()


def _cascades(value: Any) -> tuple[Cascade, ...]:
    """A ``cascade`` front matter or configuration value (a table, or a list of them) as :class:`Cascade` s."""
    tables = value if isinstance(value, list) else [value] if isinstance(value, dict) else []
    found = []
    for table in tables:
        if not isinstance(table, dict):
            continue
        values = {str(key).lower(): item for key, item in table.items() if str(key).lower() != "_target"}
        target = next((item for key, item in table.items() if str(key).lower() == "_target"), None)
        target = {str(key).lower(): str(item) for key, item in target.items()} if isinstance(target, dict) else {}
        found.append(Cascade(values, target.get("path"), target.get("kind"), target.get("lang")))
    return tuple(found)


#: The extensions of Hugo's content formats (``hugofs/files/classifier.go``; ``mmark``
#: until Hugo 0.99): Markdown, HTML, AsciiDoc, reStructuredText, Org and Pandoc. Any other
#: file in a content folder is a page resource (an image, a PDF, a ``.txt``), never a page.
CONTENT_EXTENSIONS = ("md", "markdown", "mdown", "html", "htm", "adoc", "asciidoc", "ad", "rst", "rest", "mmark", "org", "pandoc", "pdc")
#: A content adapter's name (Hugo 0.126 and later): a template in a content folder that adds
#: pages to its section when the site is built (gohugo.io, "Content adapters").
CONTENT_ADAPTER = "_content.gotmpl"
#: blogdown's R Markdown, which it renders into a content file beside it (see
#: :func:`~..quarto.blogdown_source`): read in that file's place.
_RMARKDOWN_EXTENSIONS = ("rmd", "rmarkdown")
#: What follows a content file's stem: its language, if any, and a content format's extension.
_CONTENT_SUFFIX = r"(?:\.[A-Za-z]{2,3}(?:-[A-Za-z0-9]+)?)?\.(?:" + "|".join(CONTENT_EXTENSIONS) + ")$"
#: A section's (or the home page's) own file: ``_index.md``, ``_index.en.md`` …
INDEX_FILE = re.compile(r"^_index" + _CONTENT_SUFFIX)
#: A leaf bundle's own file: ``index.md``, ``index.en.md`` …
BUNDLE_FILE = re.compile(r"^index" + _CONTENT_SUFFIX)
#: At most this many ``_index`` files are read per site, each up to this many bytes.
MAX_INDEX_FILES = 10_000
MAX_INDEX_BYTES = 1_000_000


def is_content_file(path: str) -> bool:
    """True when the file at ``path`` in a content folder is in one of Hugo's content formats
    (:data:`CONTENT_EXTENSIONS`, in any case), or is the R Markdown blogdown renders into one."""
    _, dot, suffix = path.rsplit("/", 1)[-1].rpartition(".")
    return bool(dot) and (suffix.lower() in CONTENT_EXTENSIONS or suffix.lower() in _RMARKDOWN_EXTENSIONS)


def index_front_matter(text: str) -> dict[str, Any]:
    """The front matter of an ``_index`` file holding ``text`` (keys lower case; empty when it has none)."""
    from ...front_matter import split  # (only Hugo sites need it)

    data = split(text.lstrip("\ufeff")).data
    return {str(key).lower(): value for key, value in data.items()} if isinstance(data, dict) else {}
