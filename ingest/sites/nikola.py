"""Nikola sites: what ``conf.py`` says, a post's metadata, and where Nikola publishes it.

A Nikola site's ``conf.py`` (told from Sphinx's by its ``POSTS``/``PAGES`` and
``BLOG_TITLE``/``SITE_URL`` settings) is parsed, never run: its top-level assignments of
literal values are read, a name assigned before standing for its value
(``TRANSLATIONS = {DEFAULT_LANG: "", "en": "./en"}``). ``POSTS`` and ``PAGES`` map source
wildcards (``posts/*.md``) to output folders: only the files they match are pages, at
``SITE_URL`` + the language's folder + the output folder + the folders below the
wildcard's + the slug, ``/`` after it (``PRETTY_URLS``) or ``.html``. A setting ``conf.py``
leaves out has the default of the Nikola it is from: Nikola 7's (``PRETTY_URLS`` and
``STRIP_INDEXES`` off, ``PAGES`` in ``stories/``, a site of several languages Nikola 6's
``TRANSLATIONS_PATTERN``) when it sets none of
:data:`_NIKOLA_8_TAG_SETTINGS`, else Nikola 8's. An output folder
given per language (``{"id": "berita", "en": "news"}``, a translatable setting) is the
post's language's, else the default language's (``utils.TranslatableSetting``).

A draft (``.. status: draft``, or the tag ``draft``) is built, listed nowhere, and
deployed unless ``DEPLOY_DRAFTS = False`` (``utils.clean_before_deployment``; the
default is True); a private post (``status: private``, the tag ``private``) is built
and deployed, listed nowhere (the handbook: "so it will not generate 404s"; the tag
``draft`` is compared in any letter case, ``private`` as written); the tag
``retired``, its name before Nikola 7, is read as ``private`` in a site whose ``conf.py``
is from Nikola 7 or older (Nikola 8 dropped it, and added the settings of the special
tags, :data:`_NIKOLA_8_TAG_SETTINGS`). Only these
mark one (``Post._set_tags``): the status as written (``Draft`` is an unknown status,
published with a warning), the tags only with ``USE_TAG_METADATA`` (True by default;
``nikola init`` writes False, and they are tags like any other); other generators'
``draft: true`` and ``published: false`` are keys Nikola does not read.

A post's metadata, as Nikola's ``nikola`` extractor reads it, is its first paragraph of
``.. key: value`` lines (in Markdown and HTML inside ``<!-- … -->``; in reST the lines
are comments); a post without one may have it in ``post.meta`` beside it (the same lines,
or the old six lines: title, slug, date, tags, link, description). A translation is
``post.en.md`` beside ``post.md`` (``TRANSLATIONS_PATTERN``, by default ``{path}.{lang}.{ext}``), whose
metadata the default language's completes. A notebook's is its ``metadata.nikola``.
"""

from __future__ import annotations

import ast
import datetime as dt
import fnmatch
import hashlib
import os
import posixpath
import re
import unicodedata
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import Any, Callable, Mapping
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from ..document import Problem
from ..readers import RawDocument
from .python_files import parse_python
from .small_files import small_file_text

#: A ``conf.py`` is Nikola's when it sets pages and posts (before Nikola 6, ``post_pages``)
#: and the site's title or address (before Nikola 6, ``BLOG_URL``).
_CONF_SOURCES = re.compile(r"^(?:POSTS|PAGES|post_pages)\s*=", re.M)
_CONF_SITE = re.compile(r"^(?:BLOG_TITLE|SITE_URL|BLOG_URL|BLOG_AUTHOR)\s*=", re.M)
#: Nikola's defaults (``nikola/nikola.py``) for the settings a ``conf.py`` may leave out.
_DEFAULT_POSTS = (("posts/*.txt", "posts", "post.tmpl"),)
_DEFAULT_PAGES = (("pages/*.txt", "pages", "page.tmpl"),)
#: ``PAGES`` of Nikola 7 and older, which Nikola 8 renamed ``pages``.
_DEFAULT_PAGES_7 = (("stories/*.txt", "stories", "story.tmpl"),)
_DEFAULT_PATTERN = "{path}.{lang}.{ext}"
#: ``TRANSLATIONS_PATTERN`` before Nikola 7, which Nikola 7 keeps for a ``conf.py`` of more
#: than one language that sets none (``judul.txt.en``).
_NIKOLA_6_PATTERN = "{path}.{ext}.{lang}"
_DEFAULT_REST = (".rst", ".txt")
#: A line of Nikola's metadata: ``.. title: Panen Raya`` (not a directive, ``.. note::``).
_META_LINE = re.compile(r"^\s*\.\.\s+([^:\s][^:]*?):(?!:)[ \t]*(.*?)\s*$")
#: A blank line: the end of the first paragraph.
_BLANK_LINE = re.compile(r"\n[ \t\r]*\n")
#: A date and time as Nikola writes it (``2020-03-05 10:00:00 UTC+07:00``, older posts
#: ``2012/11/20 08:00``): the year, month, day, the time, ``UTC`` and the offset.
_NIKOLA_DATE = re.compile(
    r"^(\d{4})[-/](\d{2})[-/](\d{2})[ T](\d{1,2}:\d{2}(?::\d{2})?)\s*(UTC|GMT|Z)?\s*([+-]\d{2}:?\d{2})?$", re.I
)
#: The lines of the old ``.meta`` file, in their order.
_OLD_META_KEYS = ("title", "slug", "date", "tags", "link", "description")
#: Statuses and tags that keep a post out of the site's lists (Nikola removes the tags,
#: with ``USE_TAG_METADATA``): a draft is deployed unless ``DEPLOY_DRAFTS = False``, a
#: private post always.
_DRAFT = "draft"
_PRIVATE = "private"
#: The old name of the tag ``private``, which Nikola 7 and older read as it (with a
#: warning since Nikola 7) and Nikola 8 reads as a tag like any other.
_RETIRED = "retired"
#: The settings of the special tags Nikola 8 added (``nikola init`` writes both): a
#: ``conf.py`` that sets neither is from an older Nikola.
_NIKOLA_8_TAG_SETTINGS = ("USE_TAG_METADATA", "WARN_ABOUT_TAG_METADATA")
#: Why a file of a Nikola site no ``POSTS``/``PAGES`` wildcard matches is not read.
OUTSIDE_NIKOLA_SOURCES = "not matched by the Nikola site's POSTS or PAGES: not a page of the site"
#: Why a ``.meta`` file is not read as a document.
META_FILE = "a Nikola post's metadata file: read with its post"


@dataclass(frozen=True)
class NikolaSite:
    """What a Nikola ``conf.py`` says about its pages: the source wildcards with their
    output folders, the languages with their folders, and how addresses are made."""

    #: (wildcard, output folders) of each entry of ``POSTS``, then of ``PAGES``: the folders
    #: as (language, folder) pairs, one for every language when the entry gives one folder.
    sources: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = tuple((glob, (("", folder),)) for glob, folder, _ in _DEFAULT_POSTS + _DEFAULT_PAGES)
    default_lang: str = "en"
    #: Each language of ``TRANSLATIONS`` with its output folder (``./en``; the default's ``""``).
    translations: tuple[tuple[str, str], ...] = (("en", ""),)
    pattern: str = _DEFAULT_PATTERN
    pretty_urls: bool = True
    strip_indexes: bool = True
    timezone: str | None = None
    #: ``DEPLOY_FUTURE`` or ``FUTURE_IS_NOW``: a post dated ahead is on the site.
    future: bool = False
    #: ``DEPLOY_DRAFTS``: a draft is deployed (at its address, listed nowhere); None when
    #: ``conf.py`` computes it.
    deploy_drafts: bool | None = True
    #: ``USE_TAG_METADATA``: the tags ``draft`` and ``private`` mark a draft and a private
    #: post, and are no tags (else they are tags like any other).
    tag_metadata: bool = True
    #: ``conf.py`` is from Nikola 7 or older (it sets none of :data:`_NIKOLA_8_TAG_SETTINGS`):
    #: the tag ``retired`` marks a private post (``Post.__init__``), and a post's
    #: ``pretty_url`` is read as Nikola 7 reads it (:meth:`pretty`).
    nikola_7: bool = False
    #: When :attr:`nikola_7` is judged only from what ``conf.py`` leaves out: the site as
    #: Nikola 8 reads the same ``conf.py`` (a site upgraded to it may set none of Nikola 8's
    #: settings), to tell the addresses that depend on the judgement (:meth:`guessed_reason`).
    as_nikola_8: NikolaSite | None = None
    author: str | None = None
    #: ``MULTIPLE_AUTHORS_PER_POST``: a post's ``author`` is names separated by commas.
    multiple_authors: bool = False
    rest_extensions: tuple[str, ...] = _DEFAULT_REST
    #: The settings arsip needs that ``conf.py`` computes: no address depends on a guess.
    unknown: tuple[str, ...] = ()
    #: A site in an archive: its ``.meta`` files (path in the site → text), read in the look
    #: into the archive (None: a site on disk, whose files are read beside each post).
    meta_files: Mapping[str, str] | None = field(default=None, repr=False, compare=False)

    def source_of(self, path: str) -> tuple[str, str] | None:
        """The output folder and the folders below its wildcard's of the file at ``path``
        (in the site) that a ``POSTS``/``PAGES`` wildcard matches (in any folder below the
        wildcard's, as Nikola walks it), a translation by its default language's file;
        None when none does."""
        lang, original = self.language_of(path)
        folder, name = posixpath.split(original)
        for glob, outputs in self.sources:
            base, pattern = posixpath.split(glob)
            inside = not base or folder == base or folder.startswith(base + "/")
            if inside and fnmatch.fnmatchcase(name, pattern):
                below = folder[len(base) :].strip("/") if base else folder
                return self._output_folder(outputs, lang), below
        return None

    def _output_folder(self, outputs: tuple[tuple[str, str], ...], lang: str) -> str:
        """The output folder of ``outputs`` (see :attr:`sources`) for a page in ``lang``: its
        own, else the default language's, else the first one given, as Nikola's
        ``TranslatableSetting`` reads a value given per language."""
        folders = dict(outputs)
        return folders.get(lang, folders.get(self.default_lang, folders.get("", outputs[0][1])))

    def language_of(self, path: str) -> tuple[str, str]:
        """The language of the file at ``path`` and the path of its default language's file
        (itself for that language), by ``TRANSLATIONS_PATTERN``: ``judul.en.md`` is ``en``'s
        translation of ``judul.md`` (``{path}.{ext}.{lang}``, Nikola 6's: ``judul.txt.en``)."""
        match = _translation_name(self.pattern).fullmatch(path) if "." in path else None
        if match and match.group("lang") != self.default_lang and match.group("lang") in dict(self.translations):
            return match.group("lang"), f"{match.group('path')}.{match.group('ext')}"
        return self.default_lang, path

    def meta_name(self, path: str) -> str:
        """The name of the ``.meta`` file of the post at ``path``: ``judul.meta``, for a
        translation named by ``TRANSLATIONS_PATTERN`` (``judul.en.meta``)."""
        lang, original = self.language_of(path)
        stem = posixpath.splitext(posixpath.basename(original))[0]
        return stem + ".meta" if lang == self.default_lang else self.pattern.format(path=stem, lang=lang, ext="meta")

    def place(self, path: str, fields: Mapping[str, Any]) -> str | None:
        """Where Nikola publishes the page at ``path`` below ``SITE_URL`` (``fields``: its
        metadata), as its ``Post.permalink`` makes it; None for a file it makes no page of."""
        found = self.source_of(path)
        if found is None or self.unknown:
            return None
        output, below = found
        lang, original = self.language_of(path)
        slug = fields.get("slug")
        slug = str(slug).strip() if slug not in (None, "") else slug_of(posixpath.splitext(posixpath.basename(original))[0])
        if not slug:
            return None
        prefix = dict(self.translations).get(lang, "")
        pretty = self.pretty(fields, slug)
        pieces = [piece for part in (prefix, output, below) for piece in part.split("/") if piece and piece != "."]
        page = [slug, "index.html"] if pretty else [slug + ".html"]
        link = "/".join(pieces + page)
        if self.strip_indexes and (link == "index.html" or link.endswith("/index.html")):
            link = link[: -len("index.html")]
        return link

    def pretty(self, fields: Mapping[str, Any], slug: str) -> bool:
        """True when the post of metadata ``fields`` and ``slug`` is published at
        ``slug/index.html``, as ``Post.has_pretty_url`` tells: by ``PRETTY_URLS``, but never
        for the slug ``index``, unless the post's ``pretty_url`` says otherwise — in Nikola
        7 only ``False`` so written turns it off; in Nikola 8 a value :func:`_meta_boolean`
        reads decides, for the slug ``index`` too."""
        value = fields.get("pretty_url")
        if self.nikola_7:
            return self.pretty_urls and str(value if value is not None else "").strip() != "False" and slug != "index"
        own = _meta_boolean(value)
        return self.pretty_urls and slug != "index" if own is None else own

    def guessed_reason(self, path: str, fields: Mapping[str, Any]) -> str | None:
        """Why the address of the page at ``path`` (its metadata ``fields``) is a guess: the
        Nikola of ``conf.py`` is judged 7 only because it sets none of Nikola 8's settings
        (:attr:`as_nikola_8`), and Nikola 8 would publish the page elsewhere; None otherwise."""
        if self.as_nikola_8 is None:
            return None
        here, there = self.place(path, fields), self.as_nikola_8.place(path, fields)
        if here is None or here == there:
            return None
        settings = " nor ".join(_NIKOLA_8_TAG_SETTINGS)
        elsewhere = f"Nikola 8 would publish it at {there}" if there is not None else "Nikola 8 would not publish it"
        return f"conf.py sets neither {settings}, which Nikola 8 writes, so it is read as Nikola 7's, which publishes the page at {here}; {elsewhere}"

    def fingerprint(self) -> str:
        """A short digest of these settings: an index notes a change of them by it."""
        return hashlib.sha256(repr(self).encode("utf-8", "surrogatepass")).hexdigest()[:16]

    def unplaced_reason(self, path: str) -> str | None:
        """Why a page of the site has no url though it is one: ``conf.py`` computes a setting
        its address depends on; None otherwise."""
        if self.unknown and (self.source_of(path) is not None or not self.sources_known):
            return f"conf.py computes {', '.join(self.unknown)} (arsip reads literal values only): no url is guessed"
        return None

    @property
    def sources_known(self) -> bool:
        """False when ``conf.py`` computes ``POSTS`` or ``PAGES`` (or gives an entry arsip
        cannot read): which files are pages is then not known, and none is left out."""
        return "POSTS" not in self.unknown and "PAGES" not in self.unknown

    def is_draft(self, fields: Mapping[str, Any], tags: list) -> bool:
        """True for a post (its metadata ``fields``, its ``tags``) that ``nikola deploy``
        leaves out: a draft, unless ``DEPLOY_DRAFTS`` (by default) deploys it."""
        return self.deploy_drafts is False and self.marked_draft(fields, tags)

    def unlisting_tag(self, tag: Any) -> bool:
        """True for a tag that, with ``USE_TAG_METADATA``, marks a post a draft or private and
        is no tag of it, as ``Post._set_tags`` compares them: ``draft`` in any letter case,
        ``private`` and, with :attr:`nikola_7`, ``retired`` exactly so written
        (``Private`` is a tag like any other)."""
        return self.tag_metadata and (str(tag).lower() == _DRAFT or tag == _PRIVATE or (self.nikola_7 and tag == _RETIRED))

    def draft_tag_stop(self, tags: list) -> str | None:
        """Why Nikola stops its build on a post whose ``tags`` have ``draft`` only in another
        letter case (``Draft``): with ``USE_TAG_METADATA``, ``Post._set_tags`` finds the tag
        in any case but removes only ``draft`` (a ValueError ends the build); None otherwise."""
        written = [str(tag) for tag in tags if str(tag).lower() == _DRAFT]
        if not self.tag_metadata or not written or _DRAFT in written:
            return None
        return f"the tag {written[0]!r}: Nikola finds the tag draft in any letter case but removes only 'draft', so it stops its build on this post; read as a draft"

    def marked_draft(self, fields: Mapping[str, Any], tags: list) -> bool:
        """True for a post whose metadata ``fields`` (``.. status: draft``, as written) or,
        with ``USE_TAG_METADATA``, ``tags`` mark a draft (``Post._set_tags``)."""
        status = fields.get("status")
        return (isinstance(status, str) and status.strip() == _DRAFT) or (self.tag_metadata and any(str(tag).lower() == _DRAFT for tag in tags))


def _meta_boolean(value: Any) -> bool | None:
    """A metadata value as Nikola 8's ``utils.bool_from_meta`` reads it: ``true``, ``yes``,
    ``1`` (any case) True, ``false``, ``no``, ``0`` False, other text False; a number its
    truth; none or empty None (not given)."""
    if isinstance(value, str):
        value = value.strip().lower()
        return None if not value else value in ("true", "yes", "1")
    if isinstance(value, int):
        return bool(value)
    return None if value is None else False


@lru_cache(maxsize=8)
def _translation_name(pattern: str) -> re.Pattern:
    """What a translation's path looks like by ``TRANSLATIONS_PATTERN`` ``pattern``: its
    ``path``, ``lang`` and ``ext`` (a pattern lacking one of them names no translation)."""
    parts = {"path": r"(?P<path>.+?)", "lang": r"(?P<lang>[A-Za-z][\w@-]*)", "ext": r"(?P<ext>[^./]+)"}
    regex = re.escape(pattern)
    for name, part in parts.items():
        regex = regex.replace(re.escape("{" + name + "}"), part, 1) if re.escape("{" + name + "}") in regex else r"(?!)"
    return re.compile(regex)


def is_nikola_conf(text: str) -> bool:
    """True when the ``conf.py`` holding ``text`` is a Nikola site's."""
    return _CONF_SOURCES.search(text) is not None and _CONF_SITE.search(text) is not None


def nikola_site(text: str) -> tuple[str | None, NikolaSite]:
    """The ``SITE_URL`` (``BASE_URL`` when given) of the Nikola ``conf.py`` holding ``text``,
    and the :class:`NikolaSite` it configures. SyntaxError when it is not Python."""
    values, unknown = python_settings(text)
    nikola_7 = not any(name in values or name in unknown for name in _NIKOLA_8_TAG_SETTINGS)
    base = values.get("BASE_URL") or values.get("SITE_URL") or values.get("BLOG_URL")  # (BLOG_URL: SITE_URL's name before Nikola 6)
    if "POSTS" not in values and "PAGES" not in values and "post_pages" in values:  # (Nikola 5's one list of both)
        values["POSTS"], values["PAGES"] = values["post_pages"], ()
    site = _configured_site(values, set(unknown), nikola_7, bool(base))
    if nikola_7:
        site = replace(site, as_nikola_8=_configured_site(values, set(unknown), False, bool(base)))
    return (base if isinstance(base, str) and base.startswith("http") else None), site


def _configured_site(values: dict[str, Any], unknown: set[str], nikola_7: bool, has_base: bool) -> NikolaSite:
    """The :class:`NikolaSite` the settings ``values`` configure (``unknown``: those
    ``conf.py`` computes) in the Nikola of ``nikola_7``, whose defaults fill in the rest."""
    lang = values.get("DEFAULT_LANG") if isinstance(values.get("DEFAULT_LANG"), str) else "en"
    translations = values.get("TRANSLATIONS") if isinstance(values.get("TRANSLATIONS"), dict) else {lang: ""}
    needed = ("SITE_URL", "POSTS", "PAGES", "TRANSLATIONS", "DEFAULT_LANG", "PRETTY_URLS", "STRIP_INDEXES")
    posts, pages = _sources(values.get("POSTS", _DEFAULT_POSTS)), _sources(values.get("PAGES", _DEFAULT_PAGES_7 if nikola_7 else _DEFAULT_PAGES))
    unknown.update(name for name, found in (("POSTS", posts), ("PAGES", pages)) if found is None)
    pretty_urls = bool(values.get("PRETTY_URLS", not nikola_7))
    author = values.get("BLOG_AUTHOR")
    author = author.get(lang) if isinstance(author, dict) else author  # (a translatable setting: one per language)
    return NikolaSite(
        sources=(posts or ()) + (pages or ()),
        default_lang=lang,
        translations=tuple((str(code), folder if isinstance(folder, str) else "") for code, folder in translations.items()),
        pattern=str(values.get("TRANSLATIONS_PATTERN", _NIKOLA_6_PATTERN if nikola_7 and len(translations) > 1 else _DEFAULT_PATTERN)),
        pretty_urls=pretty_urls,
        strip_indexes=bool(values.get("STRIP_INDEXES", pretty_urls or not nikola_7)),  # (PRETTY_URLS turns it on unless set)
        timezone=values.get("TIMEZONE") if isinstance(values.get("TIMEZONE"), str) else None,
        future=values.get("DEPLOY_FUTURE") is True or values.get("FUTURE_IS_NOW") is True,
        deploy_drafts=None if "DEPLOY_DRAFTS" in unknown else values.get("DEPLOY_DRAFTS") is not False,
        tag_metadata=values.get("USE_TAG_METADATA") is not False,
        nikola_7=nikola_7,
        author=author if isinstance(author, str) and author.strip() else None,
        multiple_authors=values.get("MULTIPLE_AUTHORS_PER_POST") is True,
        rest_extensions=_rest_extensions(values.get("COMPILERS")),
        unknown=tuple(name for name in needed if name in unknown and not (name == "SITE_URL" and has_base)),
    )


def python_settings(text: str) -> tuple[dict[str, Any], set[str]]:
    """The names a Python configuration assigns at its top level to literal values (a name
    assigned before may stand in one: ``{DEFAULT_LANG: ""}``), and those it computes or
    (upper-case ones) assigns inside an ``if``, ``try``, loop or function."""
    values: dict[str, Any] = {}
    unknown: set[str] = set()
    for statement in parse_python(text).body:
        if isinstance(statement, ast.Assign) and all(isinstance(target, ast.Name) for target in statement.targets):
            value = _literal(statement.value, values)
            for target in statement.targets:
                if value is _UNKNOWN:
                    values.pop(target.id, None)
                    unknown.add(target.id)
                else:
                    values[target.id] = value
                    unknown.discard(target.id)
        else:
            for node in ast.walk(statement):
                if isinstance(node, (ast.Assign, ast.AugAssign, ast.AnnAssign)):
                    for target in node.targets if isinstance(node, ast.Assign) else [node.target]:
                        names = [name.id for name in ast.walk(target) if isinstance(name, ast.Name) and name.id.isupper()]
                        unknown.update(names)
                        for name in names:
                            values.pop(name, None)
    return values, unknown


_UNKNOWN = object()


class _NamedValues(ast.NodeTransformer):
    """An expression's names that ``names`` gives a text, number or truth value, replaced by it."""

    def __init__(self, names: Mapping[str, Any]) -> None:
        self.names = names

    def visit_Name(self, name: ast.Name) -> ast.AST:
        value = self.names.get(name.id)
        return ast.Constant(value) if isinstance(value, (str, int, float, bool)) else name


def _literal(node: ast.expr, names: Mapping[str, Any]) -> Any:
    """The value of the expression ``node`` when it is a literal, a name of ``names``
    standing for its value; :data:`_UNKNOWN` otherwise."""
    try:
        return ast.literal_eval(_NamedValues(names).visit(node))
    except (ValueError, TypeError, SyntaxError, RecursionError):
        return _UNKNOWN


def _sources(entries: Any) -> tuple[tuple[str, tuple[tuple[str, str], ...]], ...] | None:
    """The (wildcard, output folders) pairs of a ``POSTS`` or ``PAGES`` value (see
    :attr:`NikolaSite.sources`; an output folder given per language as a dict of them);
    None when an entry has another form (arsip does not know which files it makes pages)."""
    if not isinstance(entries, (list, tuple)):
        return None
    sources = []
    for entry in entries:
        wildcard, output = (entry[0], entry[1]) if isinstance(entry, (list, tuple)) and len(entry) >= 2 else (None, None)
        outputs = (("", output),) if isinstance(output, str) else tuple(output.items()) if isinstance(output, dict) and output else None
        if not isinstance(wildcard, str) or outputs is None or not all(isinstance(folder, str) for _, folder in outputs):
            return None
        sources.append((wildcard, tuple((str(lang), folder) for lang, folder in outputs)))
    return tuple(sources)


def _rest_extensions(compilers: Any) -> tuple[str, ...]:
    """The extensions ``COMPILERS`` gives reStructuredText (``rest``)."""
    if not isinstance(compilers, dict) or not isinstance(compilers.get("rest"), (list, tuple)):
        return _DEFAULT_REST
    return tuple(str(extension).lower() for extension in compilers["rest"])


def slug_of(text: str) -> str:
    """``text`` as Nikola's ``slugify`` makes a slug of it: letters spelled in ASCII, other
    characters than letters, digits, ``_``, ``+``, ``-`` and spaces removed, lower case,
    runs of spaces and ``-`` one ``-``."""
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")
    ascii_text = re.sub(r"[^+\w\s-]", "", ascii_text).strip().lower()
    return re.sub(r"[-\s]+", "-", ascii_text)


@dataclass
class Metadata:
    """A post's metadata as its file (or the ``.meta`` file beside it) gives it, and the
    post's text without it (its lines blank, so lines keep their numbers)."""

    fields: dict[str, str]
    text: str
    #: The metadata (or part of it) came from other files: the ``.meta`` file, the default
    #: language's post of a translation.
    read_other_files: bool = False
    #: A translation in an archive, whose default language's post (completing its metadata) was not read.
    original_unread: bool = False


def post_metadata(text: str, page: str, site: NikolaSite, beside: Callable[[str], str | None]) -> Metadata:
    """The metadata of the post at ``page`` holding ``text`` (see the module docstring), as
    Nikola reads it: its own block, else its ``.meta`` file; a translation's completed by
    the default language's post. ``beside`` reads a file of the post's folder by its name:
    on disk any file, in an archive its ``.meta`` files only (:attr:`NikolaSite.meta_files`)."""
    found = metadata_block(text)
    if not found.fields:
        meta = beside(site.meta_name(page))
        found.fields, found.read_other_files = (meta_file(meta), True) if meta is not None else ({}, False)
    _, original = site.language_of(page)
    if original != page and site.meta_files is not None:
        found.original_unread = True
    elif original != page and (other := beside(posixpath.basename(original))) is not None:
        found.fields = {**post_metadata(other, original, site, beside).fields, **found.fields}
        found.read_other_files = True
    return found


def read_post_metadata(text: str, page: str, site: NikolaSite, folder: str | None, max_bytes: int) -> Metadata:
    """:func:`post_metadata` of the post at ``page`` holding ``text``, the files beside it
    read from ``folder`` on disk (at most ``max_bytes`` each), or, for a post in an archive
    (no ``folder``), from the ``.meta`` files read in the look into it."""
    if folder is None:
        meta_files, here = site.meta_files or {}, posixpath.dirname(page)
        return post_metadata(text, page, site, lambda name: meta_files.get(posixpath.join(here, name)))

    def beside(name: str) -> str | None:
        found = small_file_text(os.path.join(folder, name), max_bytes)
        return found.lstrip("\ufeff") if found is not None else None

    return post_metadata(text, page, site, beside)


def apply_metadata(raw: RawDocument, metadata: Metadata, page: str, site: NikolaSite) -> None:
    """Make ``raw``, read from the Nikola post at ``page``, what its ``metadata`` says as
    Nikola reads it: its fields (over front matter's), its language (``lang``), its date
    with its offset (:func:`nikola_date`), its tags split at commas without those that mark
    it (:meth:`NikolaSite.unlisting_tag`), which, as ``status: draft`` or ``private``, keep it out of the site's
    lists (a draft when ``DEPLOY_DRAFTS = False`` keeps it off the site:
    :meth:`NikolaSite.is_draft`); its authors split at commas with
    ``MULTIPLE_AUTHORS_PER_POST``, ``BLOG_AUTHOR`` when it names none."""
    missing = [key for key in ("slug", "date") if key not in metadata.fields and key not in raw.fields]
    if metadata.original_unread and missing:
        raw.problems.append(Problem("fields", f"a translation without its own {' and '.join(missing)}: the post it translates, whose {' and '.join(missing)} Nikola gives it, is not read from an archive"))
    raw.fields = {**raw.fields, **metadata.fields}
    raw.fields.setdefault("lang", site.language_of(page)[0])
    raw.reads_other_files = raw.reads_other_files or metadata.read_other_files
    tags = raw.fields.get("tags")
    names = [tag.strip() for tag in tags.split(",")] if isinstance(tags, str) else tags if isinstance(tags, list) else []
    raw.draft = raw.draft or site.is_draft(raw.fields, names)
    if site.deploy_drafts is None and site.marked_draft(raw.fields, names):
        raw.problems.append(Problem("fields", _DRAFTS_UNKNOWN))
    if stop := site.draft_tag_stop(names):
        raw.problems.append(Problem("fields", stop))
    if names:
        raw.tags = [tag for tag in names if tag and not site.unlisting_tag(tag)]
    date = nikola_date(raw.fields.get("date"), site.timezone)
    if date is not None:
        raw.date, raw.date_source = date, "front_matter:date"
    author = raw.fields.get("author")
    if site.multiple_authors and isinstance(author, str):
        raw.author = [name.strip() for name in author.split(",") if name.strip()]
    elif site.author and not any(raw.fields.get(key) for key in ("author", "authors")):
        raw.author = site.author


#: What a draft of a site whose ``conf.py`` computes ``DEPLOY_DRAFTS`` says.
_DRAFTS_UNKNOWN = "conf.py computes DEPLOY_DRAFTS (arsip reads literal values only): this draft is read as deployed, as Nikola deploys drafts by default"



def metadata_block(text: str) -> Metadata:
    """The Nikola metadata at the top of a post's ``text``: its first paragraph when each
    of its lines is a ``.. key: value`` line (in ``<!-- … -->`` in Markdown and HTML);
    empty values are left out, as Nikola leaves them. The text without it."""
    head = text[:64].lstrip()
    if head and not head.startswith(("<!--", "..")):  # (the block opens the post: any other start is text)
        return Metadata({}, text)
    start = len(text) - len(text.lstrip())
    blank = _BLANK_LINE.search(text, start)
    end = blank.start() if blank else len(text)
    block = text[start:end]
    inner = block.split("\n")
    if inner[0].startswith("<!--"):
        if not inner[-1].rstrip().endswith("-->"):
            return Metadata({}, text)
        inner[0], inner[-1] = inner[0][len("<!--") :], inner[-1].rstrip()[: -len("-->")]
    lines = [line for line in inner if line.strip()]
    if not lines or not all(_META_LINE.match(line) for line in lines):
        return Metadata({}, text)
    return Metadata(meta_lines(lines), text[:start] + "\n" * block.count("\n") + text[end:])


def meta_lines(lines: list[str]) -> dict[str, str]:
    """The ``.. key: value`` lines among ``lines`` (keys in lower case, empty values left out)."""
    fields: dict[str, str] = {}
    for line in lines:
        match = _META_LINE.match(line)
        if match and match.group(2):
            fields[match.group(1).strip().lower()] = match.group(2)
    return fields


def meta_file(text: str) -> dict[str, str]:
    """What a ``.meta`` file beside a post says: its ``.. key: value`` lines, else its old
    form's lines (title, slug, date, tags, link, description)."""
    lines = text.split("\n")
    if any(_META_LINE.match(line) for line in lines):
        return meta_lines(lines)
    return {key: value.strip() for key, value in zip(_OLD_META_KEYS, lines) if value.strip()}


def notebook_metadata(notebook: Any) -> dict[str, str]:
    """A notebook's Nikola metadata (its ``metadata.nikola``), values as text."""
    metadata = notebook.get("metadata") if isinstance(notebook, dict) else None
    table = metadata.get("nikola") if isinstance(metadata, dict) else None
    if not isinstance(table, dict):
        return {}
    return {str(key).lower(): str(value) for key, value in table.items() if value not in (None, "")}


def nikola_date(value: Any, timezone: str | None) -> str | None:
    """A date as Nikola reads it, ISO 8601: ``2020-03-05 10:00:00 UTC+07:00`` with its
    offset (``UTC`` alone: ``+00:00``), a time without one in the site's ``TIMEZONE``
    (default UTC); None for another form (arsip's own parser reads it)."""
    match = _NIKOLA_DATE.match(value.strip()) if isinstance(value, str) else None
    if match is None:
        return None
    year, month, day, time, utc, offset = match.groups()
    hour, minute, *second = time.split(":")
    try:
        moment = dt.datetime.fromisoformat(f"{year}-{month}-{day}T{int(hour):02d}:{minute}:{second[0] if second else '00'}")
    except ValueError:
        return None
    if offset:
        return moment.isoformat() + offset[:3] + ":" + offset[-2:]
    if utc:
        return moment.isoformat() + "+00:00"
    try:
        zone = ZoneInfo(timezone or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return None
    return moment.replace(tzinfo=zone).isoformat()
