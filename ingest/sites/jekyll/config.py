"""Jekyll's ``_config.yml``: what it says of where Jekyll publishes each file.

Read as Jekyll 4 reads it (``Jekyll::Configuration``): the site's ``permalink`` (a
built-in style name or a template; ``date`` when unset), its ``collections`` (a list of
names, or names with ``output`` and ``permalink``), ``collections_dir``, ``timezone``,
``markdown_ext``, ``exclude``/``include``, ``show_drafts``, ``source``, the front-matter ``defaults`` and the folders
of its templates, data and code (``includes_dir``, ``layouts_dir``, ``data_dir``,
``plugins_dir``, ``sass.sass_dir``). Where each file is then published is :mod:`.urls`' job. Its values are also what ``{{ site.x }}``
shows in a page (:attr:`JekyllSite.variables`).
"""

from __future__ import annotations

import fnmatch
import hashlib
import json
import posixpath
import re
from dataclasses import dataclass, replace
from typing import Any

#: The permalink templates of Jekyll's built-in styles (``Configuration::STYLE_TO_PERMALINK``).
STYLES = {
    "none": "/:categories/:title:output_ext",
    "date": "/:categories/:year/:month/:day/:title:output_ext",
    "ordinal": "/:categories/:year/:y_day/:title:output_ext",
    "pretty": "/:categories/:year/:month/:day/:title/",
    "weekdate": "/:categories/:year/W:week/:short_day/:title:output_ext",
}
#: Jekyll's default ``markdown_ext``.
MARKDOWN_EXT = "markdown,mkdown,mkdn,mkd,md"
#: Jekyll's own exclusions, added to a site's ``exclude`` (``Configuration::DEFAULT_EXCLUDES``).
DEFAULT_EXCLUDES = (
    ".sass-cache", ".jekyll-cache", "gemfiles", "Gemfile", "Gemfile.lock", "node_modules",
    "vendor/bundle/", "vendor/cache/", "vendor/gems/", "vendor/ruby/",
)
#: Characters Jekyll keeps out of a collection's name (``Collection#sanitize_label``).
_LABEL_DROPPED = re.compile(r"[^a-z0-9_\-.]", re.I)
#: A Windows path's drive (``C:/situs``, its backslashes made slashes).
_WINDOWS_DRIVE = re.compile(r"[A-Za-z]:/")
#: Old names of ``defaults`` scope types.
_OLD_TYPES = {"page": "pages", "post": "posts", "draft": "drafts"}
#: How deep nested settings are read as ``site.a.b.c`` variables.
_VARIABLE_DEPTH = 4
#: The names of the authors file in a site's data folder (``site.data.authors``).
AUTHORS_DATA_FILES = ("authors.yml", "authors.yaml", "authors.json")


@dataclass(frozen=True)
class Collection:
    """A collection of the site: its name (its folder is ``_name``), whether Jekyll writes
    its documents (``output``), and its ``permalink`` template (None: the default)."""

    label: str
    output: bool = False
    permalink: str | None = None


@dataclass(frozen=True)
class JekyllSite:
    """What a Jekyll site's ``_config.yml`` says of where its files are published."""

    #: The folder Jekyll reads the site from (``source``: ``src``), below the configuration's
    #: folder; empty: that folder. Every path of the site is below it.
    source: str = ""
    #: Why the ``source`` the configuration sets is not followed (an absolute path, a folder
    #: above the configuration's): the site is then read from the configuration's folder,
    #: and each of its documents gets this as a problem. None: followed, or none set.
    source_unread: str | None = None
    #: The site's ``permalink``: a style name (``date``, ``pretty`` …) or a template.
    permalink: str = "date"
    #: The collections besides ``posts`` (which is always there, written, with ``permalink``).
    collections: tuple[Collection, ...] = ()
    #: The posts' own template when the configuration gives ``collections.posts.permalink``.
    posts_permalink: str | None = None
    #: The folder holding the collections and ``_posts`` (``collections_dir``), or empty.
    collections_dir: str = ""
    #: The site's ``timezone`` (an IANA name), None for the build machine's own.
    timezone: str | None = None
    #: Extensions read as Markdown, published as ``.html`` (with their dot, lower case).
    markdown_ext: tuple[str, ...] = tuple("." + ext for ext in MARKDOWN_EXT.split(","))
    exclude: tuple[str, ...] = DEFAULT_EXCLUDES
    include: tuple[str, ...] = (".htaccess",)
    #: ``show_drafts``: Jekyll reads the ``_drafts`` folders' posts and publishes them as posts
    #: (as ``jekyll build --drafts`` does).
    show_drafts: bool = False
    #: The ``defaults`` sets, as (path, type or None, values) triples, in order.
    defaults: tuple[tuple[str, str | None, tuple[tuple[str, Any], ...]], ...] = ()
    #: The folder of the site's includes (``includes_dir``), below its root.
    includes_dir: str = "_includes"
    #: The folders whose files Jekyll reads as the site's layouts, data and code, never as
    #: pages: ``layouts_dir``, ``data_dir``, ``plugins_dir`` and ``sass.sass_dir``.
    template_dirs: tuple[str, ...] = ("_layouts",)
    code_dirs: tuple[str, ...] = ("_data", "_plugins", "_sass")
    #: The settings as ``{{ site.x }}`` shows them: (dotted name, text) pairs, text None for
    #: a value Liquid shows in a way arsip does not render (a list, a date).
    variables: tuple[tuple[str, str | None], ...] = ()
    #: The authors' names by the ids a post's ``author`` or ``authors`` gives, as themes and
    #: plugins look them up: the ``authors`` setting (Mediumish), then the data folder's
    #: authors file (jekyll-seo-tag, Minimal Mistakes, Chirpy), as (id, name) pairs.
    authors: tuple[tuple[str, str], ...] = ()

    def fingerprint(self) -> str:
        """A short digest of the settings of where files are published (not :attr:`variables`
        nor :attr:`authors`): an index notes a change of them by it."""
        return hashlib.sha256(repr(replace(self, variables=(), authors=())).encode("utf-8", "surrogatepass")).hexdigest()[:16]

    def with_authors_data(self, text: str | None) -> JekyllSite:
        """This site with the authors its data folder's authors file ``text`` (YAML or JSON:
        ``sari: {name: Sari Wulandari}``) names; an id the ``authors`` setting names keeps
        that name. None or a file that does not parse: none."""
        import yaml  # (loaded by the run already)

        try:
            data = yaml.safe_load(text) if text else None
        except yaml.YAMLError:
            return self
        known = dict(self.authors)
        return replace(self, authors=self.authors + tuple(entry for entry in author_entries(data) if entry[0] not in known))

    def authors_data_paths(self) -> tuple[str, ...]:
        """Where the site's authors file may be, below its root: in its data folder (``data_dir``)."""
        return tuple(f"{self.code_dirs[0]}/{name}" for name in AUTHORS_DATA_FILES)

    def posts_template(self) -> str:
        """The posts' permalink template (a style name becomes its template)."""
        return self.posts_permalink or STYLES.get(self.permalink, self.permalink)

    def folder_role(self, path: str) -> str | None:
        """What the file at ``path`` (below the site's root) is to Jekyll when it lies in one
        of the site's own folders: ``"template"`` in its includes or layouts folder,
        ``"code"`` in its data, plugins or Sass folder; None elsewhere."""
        if any(path.startswith(folder + "/") for folder in (self.includes_dir, *self.template_dirs)):
            return "template"
        return "code" if any(path.startswith(folder + "/") for folder in self.code_dirs) else None

    def collection(self, label: str) -> Collection | None:
        """The collection named ``label``, None when the site has none of that name."""
        return next((collection for collection in self.collections if collection.label == label), None)

    def excluded(self, path: str) -> bool:
        """True when Jekyll leaves the file at ``path`` (below the site's root) out by its
        ``exclude`` list (and not ``include``): a pattern matching the path, or a folder of
        it, or the start of either (``Jekyll::EntryFilter``)."""
        parts = path.split("/")
        for end in range(1, len(parts) + 1):
            entry = "/".join(parts[:end])
            if _matches(self.include, entry) or _matches(self.include, parts[end - 1]):
                continue
            if _matches([pattern for pattern in self.exclude if pattern not in self.include], entry):
                return True
        return False

    def defaults_for(self, path: str, kind: str) -> dict[str, Any]:
        """The front-matter ``defaults`` values for the file at ``path`` (relative to the
        collections folder for documents) of type ``kind`` (``pages``, ``posts`` or a
        collection's name), merged as Jekyll does: a longer scope path wins, then a scope
        with a type, then the later set."""
        values: dict[str, Any] = {}
        winner: tuple[str, str | None] | None = None
        for scope_path, scope_type, scope_values in self.defaults:
            if (scope_type is not None and scope_type != kind) or not self._in_scope(path, scope_path):
                continue
            if _has_precedence(winner, (scope_path, scope_type)):
                values.update(scope_values)
                winner = (scope_path, scope_type)
            else:
                values = {**dict(scope_values), **values}
        return values

    def _in_scope(self, path: str, scope: str) -> bool:
        if not scope:
            return True
        if self.collections_dir and scope.startswith(self.collections_dir + "/"):
            scope = scope[len(self.collections_dir) + 1 :]
        if "*" not in scope:
            return path.startswith(scope)
        parts = path.split("/")
        return any(fnmatch.fnmatchcase("/".join(parts[:end]), scope) for end in range(1, len(parts) + 1))


def _matches(patterns, entry: str) -> bool:
    return any(fnmatch.fnmatchcase(entry, pattern) or entry.startswith(pattern) for pattern in patterns if pattern)


def _has_precedence(old: tuple[str, str | None] | None, new: tuple[str, str | None]) -> bool:
    """Jekyll's ``FrontmatterDefaults#has_precedence?``."""
    if old is None:
        return True
    if len(new[0]) != len(old[0]):
        return len(new[0]) >= len(old[0])
    return new[1] is not None or old[1] is None


def jekyll_site(data: dict) -> JekyllSite:
    """What the parsed ``_config.yml`` ``data`` says (a value of the wrong kind is Jekyll's default)."""
    permalink = data.get("permalink")
    collections, posts_permalink = _collections(data.get("collections"))
    markdown_ext = data.get("markdown_ext")
    timezone = data.get("timezone")
    collections_dir = data.get("collections_dir")
    source, source_unread = _source(data.get("source"))
    return JekyllSite(
        source=source,
        source_unread=source_unread,
        permalink=permalink if isinstance(permalink, str) and permalink else "date",
        collections=collections,
        posts_permalink=posts_permalink,
        collections_dir=collections_dir.strip("/") if isinstance(collections_dir, str) else "",
        timezone=timezone if isinstance(timezone, str) and timezone else None,
        markdown_ext=tuple("." + ext.strip().lower() for ext in (markdown_ext if isinstance(markdown_ext, str) else MARKDOWN_EXT).split(",")),
        exclude=tuple(dict.fromkeys(_strings(data.get("exclude")) + DEFAULT_EXCLUDES)),
        include=_strings(data.get("include")) or (".htaccess",),
        show_drafts=data.get("show_drafts") not in (None, False),  # (any other value is true to Ruby)
        defaults=_defaults(data.get("defaults")),
        includes_dir=_folder(data.get("includes_dir"), "_includes"),
        template_dirs=(_folder(data.get("layouts_dir"), "_layouts"),),
        code_dirs=(
            _folder(data.get("data_dir"), "_data"), _folder(data.get("plugins_dir"), "_plugins"),
            _folder(sass.get("sass_dir") if isinstance(sass := data.get("sass"), dict) else None, "_sass"),
        ),
        variables=tuple(_variables(data, "")),
        authors=author_entries(data.get("authors")),
    )


def author_entries(data: Any) -> tuple[tuple[str, str], ...]:
    """(id, name) of each entry of a mapping of authors: its ``name``, else its
    ``display_name`` (``sari: {name: Sari Wulandari, twitter: …}``); an entry without one is
    left out."""
    entries = []
    for key, value in data.items() if isinstance(data, dict) else ():
        name = next((value[field] for field in ("name", "display_name") if isinstance(value, dict) and isinstance(value.get(field), str) and value[field].strip()), None)
        entries += [(str(key), name.strip())] if name else []
    return tuple(entries)


def _folder(value: Any, default: str) -> str:
    """A folder setting as Jekyll reads it below the site's root (``in_source_dir``: a
    leading ``/`` or ``..`` stays inside the root); ``default`` when it is not text."""
    if not isinstance(value, str) or not value.strip():
        return default
    folder = posixpath.normpath("/" + value.strip().replace("\\", "/")).strip("/")
    return folder or default


def _source(value: Any) -> tuple[str, str | None]:
    """The ``source`` setting as a folder below the configuration's (``./src/`` → ``src``),
    and why it is not followed: empty for none, and, with the reason, for one arsip cannot
    find there (an absolute path on the machine that built the site, ``/srv/jekyll``,
    ``C:\\situs``, ``~/situs``; a folder above the configuration's, ``../situs``) or that is
    no folder's name (``source: 7``, a list: Jekyll's ``File.expand_path`` refuses it and
    its build stops)."""
    if value is None or (isinstance(value, str) and not value.strip()):
        return "", None
    if not isinstance(value, str):
        where = "not text (Jekyll's build stops on it)"
        return "", _source_not_followed(json.dumps(value, ensure_ascii=False, default=str), where)
    folder = posixpath.normpath(value.strip().replace("\\", "/"))
    if folder.startswith(("/", "~")) or _WINDOWS_DRIVE.match(folder):
        where = "an absolute path of the machine that built the site"
    elif folder == ".." or folder.startswith("../"):
        where = "a folder above the configuration's"
    else:
        return ("" if folder == "." else folder), None
    return "", _source_not_followed(value.strip(), where)


def _source_not_followed(written: str, where: str) -> str:
    """Why the ``source`` the configuration sets as ``written`` is not followed (``where``)."""
    return f"_config.yml sets source: {written}, {where}, which arsip does not follow: the site is read from the configuration's folder, which may not hold what Jekyll read"


def _variables(data: dict, prefix: str, depth: int = 1):
    """The (dotted name, text) pairs of ``data``'s settings (see :attr:`JekyllSite.variables`):
    text and numbers as Liquid shows them, ``true``/``false``, null as empty text; the
    settings of a mapping as ``name.key`` down to :data:`_VARIABLE_DEPTH` levels."""
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict) and depth < _VARIABLE_DEPTH:
            yield name, None
            yield from _variables(value, name + ".", depth + 1)
        elif isinstance(value, bool):
            yield name, "true" if value else "false"
        elif isinstance(value, (str, int, float)) or value is None:
            yield name, "" if value is None else str(value)
        else:
            yield name, None


def _collections(value: Any) -> tuple[tuple[Collection, ...], str | None]:
    """The site's collections (but ``posts``) and the posts' own permalink, if given."""
    if isinstance(value, list):
        value = {str(label): {} for label in value if isinstance(label, (str, int))}
    if not isinstance(value, dict):
        return (), None
    collections, posts_permalink = [], None
    for label, settings in value.items():
        settings = settings if isinstance(settings, dict) else {}
        permalink = settings.get("permalink") if isinstance(settings.get("permalink"), str) else None
        label = _LABEL_DROPPED.sub("", str(label))
        if label == "posts":
            posts_permalink = permalink
        elif label:
            collections.append(Collection(label, settings.get("output") not in (None, False), permalink))
    return tuple(collections), posts_permalink


def _defaults(value: Any) -> tuple[tuple[str, str | None, tuple[tuple[str, Any], ...]], ...]:
    sets = []
    for item in value if isinstance(value, list) else []:
        if not (isinstance(item, dict) and isinstance(item.get("values"), dict)):
            continue
        scope = item.get("scope") if isinstance(item.get("scope"), dict) else {}
        path = scope.get("path") if isinstance(scope.get("path"), str) else ""
        kind = scope.get("type")
        kind = _OLD_TYPES.get(str(kind), str(kind)) if kind is not None else None
        sets.append((path.lstrip("/"), kind, tuple((str(key), val) for key, val in item["values"].items())))
    return tuple(sets)


def _strings(value: Any) -> tuple[str, ...]:
    return tuple(item for item in value if isinstance(item, str)) if isinstance(value, list) else ()
