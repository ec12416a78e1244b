"""MkDocs' ``mkdocs.yml``: what it says of the site, where MkDocs publishes each page, which
files it leaves out of the built site (``exclude_docs``) or builds only as drafts
(``draft_docs``), the Markdown extensions that change a page's text (``pymdownx.emoji``,
``pymdownx.keys``, how ``pymdownx.snippets`` finds the snippets a page includes), and the blogs of
Material's blog plugin (:mod:`.blog`); a configuration built on another (``INHERIT``) is read
with the files it inherits merged under it (:func:`inherited`).

The file is YAML that often carries Python tags (``!!python/name:material.extensions.emoji.twemoji``,
``!!python/object/apply:pymdownx.slugs.slugify``) and MkDocs' own (``!ENV``, ``!relative``):
it is read with PyYAML's safe loader, where such a tag is only the plain value it tags
(nothing is imported, called or looked up), so one tag never makes the whole file unreadable.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Any, Callable
from urllib.parse import quote

import yaml
from yaml.nodes import MappingNode, ScalarNode, SequenceNode

from ..config_errors import parse_error
from .blog import Blog, configured_blogs

#: MkDocs' configuration files, in the order MkDocs looks for them.
MKDOCS_CONFIGS = ("mkdocs.yml", "mkdocs.yaml")
#: The key of a configuration naming the file it is built on (MkDocs' configuration inheritance).
INHERIT = "INHERIT"
#: Extensions MkDocs reads as Markdown pages.
PAGE_EXTENSIONS = (".md", ".markdown", ".mdown", ".mkdn", ".mkd")
#: What MkDocs always leaves out of a site (before ``exclude_docs``, which may take them back
#: with ``!``): files and folders whose name starts with a dot, and ``templates/`` at the top.
DEFAULT_EXCLUDED = (".*", "/templates/")
#: The emoji indexes of ``pymdownx.emoji`` (its ``emoji_index``, by the function's last name)
#: → the name of pymdownx's database; Material for MkDocs' ``twemoji`` adds its icons.
_EMOJI_INDEXES = {"emojione": "emoji1_db", "gemoji": "gemoji_db", "twemoji": "twemoji_db"}
_MATERIAL_INDEX_MODULES = ("material.extensions.emoji", "materialx.emoji")


@dataclass(frozen=True)
class Keys:
    """``pymdownx.keys`` as configured: the text between keys (``separator``), whether
    ``CamelCase`` names are read as ``camel-case`` ones, and the site's own key names
    (``key_map``: name → what is shown)."""

    separator: str = "+"
    camel_case: bool = False
    key_map: tuple[tuple[str, str], ...] = ()


@dataclass(frozen=True)
class Snippets:
    """``pymdownx.snippets`` as configured: the folders of ``base_path`` below the site's root
    (see :func:`_base_folder`), whether ``restrict_base_path`` holds, ``check_paths`` (a
    missing snippet fails the build), ``url_download``, ``dedent_subsections``, and the
    snippets ``auto_append`` appends to every page."""

    bases: tuple[str, ...] = (".",)
    restricted: bool = True
    check_paths: bool = False
    url_download: bool = False
    dedent: bool = False
    auto_append: tuple[str, ...] = ()

    def places(self, name: str) -> tuple[str, ...]:
        """The paths below the site's root the extension looks for the snippet ``name`` at, in
        order: in each folder of ``base_path`` in turn, a name climbing out of its folder not
        there while ``restrict_base_path`` holds; a base path that is a file is the snippet of
        its own name. Paths outside the site's root are never looked at."""
        return tuple(dict.fromkeys(place for base in self.bases for place in _snippet_places(name, base, self.restricted)))


@dataclass(frozen=True)
class Languages:
    """The mkdocs-static-i18n plugin (``plugins: [i18n]``): its languages (``locale`` of each
    entry of ``languages``, or the keys of 0.x's mapping), the default one (``default: true``,
    or 0.x's ``default_language``) and whether a page's language is its folder
    (``docs_structure: folder``) or the suffix of its name (``suffix``, the default:
    ``panduan.en.md``)."""

    default: str
    locales: frozenset[str]
    folders: bool = False

    def place(self, page: str) -> tuple[str, str]:
        """Where the plugin builds ``page`` (its path below ``docs_dir``): the language's
        folder of the site (``en/``; ``""`` for the default language, built at the site's
        root) and the page as MkDocs would place it there (``panduan.en.md`` → ``panduan.md``,
        ``en/panduan.md`` → ``panduan.md``)."""
        if self.folders:
            locale, _, rest = page.partition("/")
            return (("" if locale == self.default else locale + "/"), rest) if rest and locale in self.locales else ("", page)
        folder, name = posixpath.split(page)
        stem, extension = posixpath.splitext(name)
        base, _, locale = stem.rpartition(".")
        if not base or locale not in self.locales or extension not in PAGE_EXTENSIONS:
            return "", page
        return ("" if locale == self.default else locale + "/"), posixpath.join(folder, base + extension)


def _languages(plugins: list[tuple[str, dict]]) -> Languages | None:
    """The :class:`Languages` of the ``i18n`` entry of ``plugins`` (None without one, or without languages)."""
    settings = next((value for name, value in plugins if name == "i18n"), None)
    if settings is None:
        return None
    listed = settings.get("languages")
    if isinstance(listed, list):  # 1.x: [{locale: id, default: true}, …]
        locales = [str(entry["locale"]) for entry in listed if isinstance(entry, dict) and entry.get("locale")]
        default = next((str(entry["locale"]) for entry in listed if isinstance(entry, dict) and entry.get("default") is True and entry.get("locale")), None)
    elif isinstance(listed, dict):  # 0.x: {en: English, …} with default_language
        locales, default = [str(locale) for locale in listed], settings.get("default_language")
    else:
        return None
    default = str(default) if default else (locales[0] if locales else None)
    if default is None:
        return None
    return Languages(default, frozenset(locales) | {default}, settings.get("docs_structure") == "folder")


@dataclass(frozen=True)
class MkDocsSettings:
    """What ``mkdocs.yml`` says of its pages beyond their place: the gitignore-style patterns
    of ``exclude_docs`` (after MkDocs' own, :data:`DEFAULT_EXCLUDED`) and of ``draft_docs``,
    paths below ``docs_dir``; the emoji index of ``pymdownx.emoji`` (a pymdownx database name,
    see :data:`_EMOJI_INDEXES`; None: the extension is not configured) and whether Material's
    icons are in it; ``pymdownx.keys`` (None: not configured)."""

    exclude: tuple[str, ...] = DEFAULT_EXCLUDED
    drafts: tuple[str, ...] = ()
    emoji: str | None = None
    icons: bool = False
    keys: Keys | None = None
    #: An archive's index pages (``index.md``, ``README.md`` and the like, paths below ``docs_dir``), as
    #: its look found them; None for a site on disk, whose folders are looked into.
    index_pages: frozenset[str] | None = None
    #: The blogs of Material's blog plugin (``plugins``), whose posts it places (:mod:`.blog`).
    blogs: tuple[Blog, ...] = ()
    #: The languages of the mkdocs-static-i18n plugin, None without it.
    languages: Languages | None = None
    #: ``pymdownx.snippets`` as configured, None when the site does not use it.
    snippets: Snippets | None = None
    #: The pages where Material's tags plugin writes its tag index at their ``[TAGS]`` marker
    #: (its ``tags_file`` and ``tags_extra_files``), paths below ``docs_dir``.
    tags_indexes: frozenset[str] = frozenset()

    @property
    def appended(self) -> tuple[tuple[str, tuple[str, ...]], ...]:
        """The snippets ``pymdownx.snippets`` appends to every page (``auto_append``), each as
        its name and the paths below the site's root it is looked for at, in order."""
        return tuple((name, self.snippets.places(name)) for name in self.snippets.auto_append) if self.snippets else ()

    def excluded(self, page: str) -> bool:
        """True when MkDocs leaves the file ``page`` (its path below ``docs_dir``) out of the site."""
        return _spec(self.exclude).match_file(page)

    def replaced_by_index(self, page: str, exists: Callable[[str], bool]) -> bool:
        """True when ``page`` is a ``README`` page beside an ``index`` page of its folder
        (``exists(path below docs_dir)`` says whether a file is there) that MkDocs builds:
        it publishes that one at the folder's address and leaves the README out."""
        folder, name = posixpath.split(page)
        stem, extension = posixpath.splitext(name)
        if stem != "README" or extension not in PAGE_EXTENSIONS:
            return False
        candidates = (posixpath.join(folder, "index" + suffix) for suffix in PAGE_EXTENSIONS)
        return any(exists(index) and not self.excluded(index) and not self.draft(index) for index in candidates)

    def replaced_by_folder_index(self, page: str, exists: Callable[[str], bool]) -> bool:
        """True when ``page`` (``panduan.md``, not an index page) has a folder of its name beside
        it with an index (or README) page MkDocs builds (``panduan/index.md``): with directory
        URLs both are published at ``panduan/``, and MkDocs keeps the one it finds last, the
        folder's (``exists`` as for :meth:`replaced_by_index`)."""
        folder, name = posixpath.split(page)
        stem, extension = posixpath.splitext(name)
        if stem in ("index", "README") or extension not in PAGE_EXTENSIONS:
            return False
        candidates = (posixpath.join(folder, stem, index + suffix) for index in ("index", "README") for suffix in PAGE_EXTENSIONS)
        return any(exists(other) and not self.excluded(other) and not self.draft(other) for other in candidates)

    def blog_of(self, page: str) -> Blog | None:
        """The blog whose post the page ``page`` (its path below ``docs_dir``) is, or None."""
        return next((blog for blog in self.blogs if blog.holds(page)), None)

    def with_authors_files(self, read: Callable[[str], str | None]) -> MkDocsSettings:
        """These settings with each blog's authors, ``read(path below docs_dir)`` giving the
        text of its authors file (None when there is none)."""
        return replace(self, blogs=tuple(blog.with_authors(read(blog.authors_file)) for blog in self.blogs)) if self.blogs else self

    def draft(self, page: str) -> bool:
        """True when the file ``page`` is a draft (``draft_docs``): not in ``mkdocs build``."""
        return bool(self.drafts) and _spec(self.drafts).match_file(page)


@lru_cache(maxsize=32)
def _spec(patterns: tuple[str, ...]):
    """The gitignore-style patterns as MkDocs matches them (pathspec, which MkDocs uses)."""
    import pathspec  # only for MkDocs sites

    return pathspec.GitIgnoreSpec.from_lines(patterns)


class _ConfigLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """PyYAML's safe loader reading every tag it does not know as the value it tags."""


def _untagged(loader: _ConfigLoader, suffix: str, node) -> Any:
    """A node with an unknown tag: its scalar, list or mapping, as if untagged; an empty
    ``!!python/name:a.b`` is the name it tags (``a.b``), never imported."""
    if isinstance(node, ScalarNode):
        name = suffix.partition("python/name:")[2]
        return name if name and not node.value else loader.construct_scalar(node)
    if isinstance(node, SequenceNode):
        return loader.construct_sequence(node, deep=True)
    return loader.construct_mapping(node, deep=True) if isinstance(node, MappingNode) else None


def _environment_default(loader: _ConfigLoader, node) -> Any:
    """``!ENV NAME`` or ``!ENV [NAME, OTHER, default]``: the default the file gives (the last
    of two or more values), never this run's environment, which is not the site's."""
    if isinstance(node, SequenceNode) and len(node.value) > 1:
        return loader.construct_object(node.value[-1], deep=True)
    return None


_ConfigLoader.add_constructor("!ENV", _environment_default)
_ConfigLoader.add_multi_constructor(None, _untagged)  # every other unknown tag


def load_config(text: str) -> dict[str, Any]:
    """The settings of the YAML configuration ``text`` (read as the module says), empty when
    it holds no mapping. Raises ``yaml.YAMLError`` when it is not YAML."""
    data = yaml.load(text, Loader=_ConfigLoader)
    return data if isinstance(data, dict) else {}


def inherited(name: str, data: dict[str, Any], folder: str, read: Callable[[str], str | None]) -> tuple[dict[str, Any], str | None]:
    """The settings ``data`` of the configuration file ``name`` in the site's ``folder`` (a
    path below the input root, ``""`` for the root itself) as MkDocs reads them: the file
    its ``INHERIT`` names (a path from its own folder), and the one that file inherits in
    turn, merged under them (:func:`_merged`). ``read(path below the input root)`` gives a
    file's text (None: not there); no file outside the input is read. Also what stops the
    chain where MkDocs stops with an error, as the site's problem: a file not there,
    outside the input, that does not parse or holds no mapping, or one already in the
    chain (a file is named by its path from the site's folder); the settings read before
    it are used."""
    path = posixpath.normpath(posixpath.join(folder, name))
    chain, seen, problem = [], {path}, None
    while INHERIT in data:
        chain.append({key: value for key, value in data.items() if key != INHERIT})
        named = data[INHERIT]
        parent = _parent_path(path, named)
        data, problem = {}, _unreadable(parent, seen)
        if problem is None:
            try:
                data, problem = _parent_settings(read(parent))
            except (RecursionError, yaml.YAMLError) as error:
                problem = f"cannot be read ({parse_error(error)})"
        if problem is not None:
            child = posixpath.relpath(path, folder or ".")
            problem = f"the site's configuration {child} inherits {named!r} (INHERIT), which {problem}: MkDocs stops there, and only the settings read before it are used"
            break
        path = parent
        seen.add(parent)
    for child_data in reversed(chain):
        data = _merged(data, child_data)
    return data, problem


def _parent_path(child: str, named: Any) -> str | None:
    """The path below the input root of the file ``INHERIT`` names (``named``) in the
    configuration file ``child`` (a path below the input root); None when it names none
    (not text, or empty)."""
    if not isinstance(named, str) or not named.strip():
        return None
    return posixpath.normpath(posixpath.join(posixpath.dirname(child), named.strip().replace("\\", "/")))


def _unreadable(parent: str | None, seen: set[str]) -> str | None:
    """Why the inherited file ``parent`` (see :func:`_parent_path`) is not read: no path,
    outside the input (absolute, or climbing above the input root), or already in the
    chain (``seen``); None when it may be read."""
    if parent is None:
        return "is not a file's path"
    if parent.startswith(("/", "../")) or parent == ".." or ":" in parent.split("/")[0]:
        return "is outside the input and is not read"
    return "is already in the chain (a cycle)" if parent in seen else None


def _parent_settings(text: str | None) -> tuple[dict[str, Any], str | None]:
    """The settings of an inherited file holding ``text`` (None: not there), with why they
    are none: the file is not there or holds no mapping (an empty file holds no settings,
    as in MkDocs)."""
    if text is None:
        return {}, "is not there"
    data = yaml.load(text, Loader=_ConfigLoader)
    if data is not None and not isinstance(data, dict):
        return {}, "holds no settings (not a YAML mapping)"
    return data or {}, None


def _merged(parent: dict[str, Any], child: dict[str, Any]) -> dict[str, Any]:
    """``child`` merged over ``parent`` as MkDocs merges an inherited configuration
    (mergedeep's replace strategy): mappings key by key, any other value (a list too)
    replaced by the child's."""
    merged = dict(parent)
    for key, value in child.items():
        below = merged.get(key)
        merged[key] = _merged(below, value) if isinstance(below, dict) and isinstance(value, dict) else value
    return merged


def mkdocs_values(text: str) -> dict[str, Any]:
    """What ``mkdocs.yml`` (``text``) says, alone (see :func:`configured_values`). Raises
    ``yaml.YAMLError`` when it is not YAML."""
    return configured_values(load_config(text))


def configured_values(data: dict[str, Any]) -> dict[str, Any]:
    """What MkDocs' settings ``data`` say: ``base_url`` (``site_url``, ending in ``/``),
    ``lang`` (``theme.language`` or ``theme.locale``), ``docs_dir`` (below the site's root,
    ``docs`` by default; None when it is not inside it), ``directory_urls``
    (``use_directory_urls``, true by default) and ``mkdocs`` (:class:`MkDocsSettings`)."""
    base = data.get("site_url")
    theme = data.get("theme")
    lang = (theme.get("language") or theme.get("locale")) if isinstance(theme, dict) else None
    return {
        "base_url": base.rstrip("/") + "/" if isinstance(base, str) and base.startswith("http") else None,
        "lang": lang if isinstance(lang, str) else None,
        "docs_dir": _docs_dir(data.get("docs_dir", "docs")),
        "directory_urls": data.get("use_directory_urls") is not False,
        "mkdocs": mkdocs_settings(data),
    }


def mkdocs_settings(data: dict) -> MkDocsSettings:
    """The :class:`MkDocsSettings` of the configuration ``data``."""
    extensions = _extensions(data.get("markdown_extensions"))
    emoji = extensions.get("pymdownx.emoji")
    keys = extensions.get("pymdownx.keys")
    index = str(emoji.get("emoji_index") or "") if emoji is not None else ""
    module, _, function = index.rpartition(".")
    return MkDocsSettings(
        exclude=DEFAULT_EXCLUDED + _patterns(data.get("exclude_docs")),
        drafts=_patterns(data.get("draft_docs")),
        emoji=_EMOJI_INDEXES.get(function or "emojione", "emoji1_db") if emoji is not None else None,
        icons=emoji is not None and module in _MATERIAL_INDEX_MODULES,
        keys=_keys(keys) if keys is not None else None,
        blogs=configured_blogs(_entries(data.get("plugins"))),
        languages=_languages(_entries(data.get("plugins"))),
        snippets=_snippets(extensions.get("pymdownx.snippets"), _docs_dir(data.get("docs_dir", "docs")) or "."),
        tags_indexes=_tags_indexes(_entries(data.get("plugins"))),
    )


def _tags_indexes(plugins: list[tuple[str, dict]]) -> frozenset[str]:
    """The pages Material's tags plugin (``tags``, ``material/tags``) writes its tag index
    on, as :attr:`MkDocsSettings.tags_indexes` (``tags_extra_files``: a mapping of pages to
    the tags each lists)."""
    pages = set()
    for name, settings in plugins:
        if name in ("tags", "material/tags") and settings.get("enabled", True) is not False:
            extra = settings.get("tags_extra_files")
            named = [settings.get("tags_file")] + list(extra if isinstance(extra, dict) else [])
            pages.update(posixpath.normpath(page) for page in named if isinstance(page, str) and page.strip())
    return frozenset(pages)


def _snippets(settings: dict | None, docs_dir: str) -> Snippets | None:
    """``pymdownx.snippets``' settings (None: the extension is not in ``markdown_extensions``);
    ``base_path`` holds paths from the folder MkDocs runs in, the site's root (see
    :func:`_base_folder`)."""
    if settings is None:
        return None
    bases = settings.get("base_path", ["."])
    bases = [bases] if isinstance(bases, str) else bases if isinstance(bases, list) else []
    names = settings.get("auto_append")
    return Snippets(
        bases=tuple(_base_folder(base, docs_dir) for base in bases if isinstance(base, str)),
        restricted=settings.get("restrict_base_path") is not False,
        check_paths=settings.get("check_paths") is True,
        url_download=settings.get("url_download") is True,
        dedent=settings.get("dedent_subsections") is True,
        auto_append=tuple(name for name in names if isinstance(name, str) and name.strip()) if isinstance(names, list) else (),
    )


def _base_folder(base: str, docs_dir: str) -> str:
    """A ``base_path`` of ``pymdownx.snippets`` as a path below the site's root (MkDocs'
    ``!relative`` tag is read as the plain value it tags: ``$config_dir``, ``$docs_dir``)."""
    if base == "$docs_dir":
        return docs_dir
    return "." if base in ("$config_dir", "") else posixpath.normpath(base.replace("\\", "/"))


def _snippet_places(name: str, base: str, restricted: bool) -> list[str]:
    """Where ``pymdownx.snippets`` looks for the snippet ``name`` from the base path ``base``
    (below the site's root): inside it when it is a folder (never out of it when
    ``restricted``), or ``base`` itself when it is that file; none outside the site's root."""
    if base.startswith(("/", "../")) or base == "..":
        return []
    inside = posixpath.normpath(posixpath.join(base, name))
    places = [] if inside.startswith(("/", "../")) or inside == ".." or (restricted and base != "." and not inside.startswith(base + "/")) else [inside]
    if posixpath.normpath(posixpath.join(posixpath.dirname(base), name)) == base:
        places.append(base)
    return places


def _extensions(value: Any) -> dict[str, dict]:
    """``markdown_extensions`` as name → settings (see :func:`_entries`)."""
    return dict(_entries(value))


def _entries(value: Any) -> list[tuple[str, dict]]:
    """``markdown_extensions`` or ``plugins`` (a list of names or one-entry mappings name →
    settings, or a mapping) as (name, settings) in order, settings empty when none are given
    (a plugin may be listed more than once)."""
    items = value.items() if isinstance(value, dict) else (
        entry for item in (value if isinstance(value, list) else []) for entry in (item.items() if isinstance(item, dict) else [(item, None)])
    )
    return [(str(name), settings if isinstance(settings, dict) else {}) for name, settings in items]


def _patterns(value: Any) -> tuple[str, ...]:
    """``exclude_docs``/``draft_docs``: gitignore lines, one string of them (as MkDocs takes
    it) or a list."""
    lines = value.splitlines() if isinstance(value, str) else value if isinstance(value, list) else []
    return tuple(str(line) for line in lines if isinstance(line, str) and line.strip() and not line.lstrip().startswith("#"))


def _keys(settings: dict) -> Keys:
    key_map = settings.get("key_map")
    separator = settings.get("separator", "+")
    return Keys(
        separator if isinstance(separator, str) else "+", settings.get("camel_case") is True,
        tuple((str(name), str(shown)) for name, shown in key_map.items()) if isinstance(key_map, dict) else (),
    )


def _docs_dir(value: Any) -> str | None:
    """``docs_dir`` as a folder below the site's root (``./docs/`` → ``docs``); None when it
    is not one (absolute, outside the root, the root itself, not text)."""
    if not isinstance(value, str) or not value.strip():
        return None
    folder = posixpath.normpath(value.strip().replace("\\", "/"))
    if folder.startswith(("/", "..")) or folder == "." or ":" in folder.split("/")[0]:
        return None
    return folder


def published_path(page: str, directory_urls: bool) -> str:
    """Where MkDocs publishes the file ``page`` (its path below ``docs_dir``) below the
    site's URL: a Markdown page ``panduan/mulai.md`` at ``panduan/mulai/`` (or
    ``panduan/mulai.html`` without directory URLs), an ``index.md`` or ``README.md`` at its
    folder (``panduan/``, the site's own as ``./``; ``panduan/index.html``); any other file
    (``TENTANG.MD`` too: MkDocs' extensions are in lower case) as it is."""
    folder, name = posixpath.split(page)
    stem, extension = posixpath.splitext(name)
    if extension in PAGE_EXTENSIONS:  # as MkDocs matches them: ``TENTANG.MD`` is copied as it is
        if stem in ("index", "README"):
            place = (folder or ".") + "/" if directory_urls else posixpath.join(folder, "index.html")
        else:
            place = posixpath.join(folder, stem, "") if directory_urls else posixpath.join(folder, stem + ".html")
    else:
        place = page
    return quote(place)
