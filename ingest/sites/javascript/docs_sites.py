"""Sites configured in JavaScript — Docusaurus, Starlight and other Astro sites, VitePress:
what their configuration says, and where each of them publishes a page.

The configuration is read by :mod:`.config` (never run). Each generator places a page
by its path in one of its content folders (:class:`Section`), the way its build does:

- Docusaurus (``@docusaurus/plugin-content-docs``/``-blog``/``-pages``): docs at
  ``routeBasePath`` + the path, less number prefixes (``01-mulai.md`` → ``mulai``), an
  ``index.md``, ``README.md`` or file named as its folder at the folder's URL, front matter
  ``slug`` (absolute, or relative to the folder) and ``id`` (the last part); blog posts at
  ``YYYY/MM/DD/name`` from a dated file or folder name, else their path, or their ``slug``;
  pages at their path; ``_`` files and folders are partials, not pages. Translations in
  ``i18n/<locale>/docusaurus-plugin-content-…`` under ``/<locale>/`` (none for the
  default locale). ``trailingSlash`` adds or removes the final ``/``.
- Starlight: ``src/content/docs/<path>`` at its path with each part slugified as Astro does
  (``Panduan Awal/Mulai Cepat.md`` → ``panduan-awal/mulai-cepat/``), ``index`` at its
  folder, front matter ``slug`` as given; ``build.format: 'file'`` as ``….html``,
  ``trailingSlash: 'never'`` without the final ``/``.
- Astro without Starlight: the Markdown and HTML pages of ``src/pages/`` at their path
  (``tentang.md`` → ``tentang/``), as its file-based routing publishes them; its content
  collections' entries are published by dynamic routes of the site's own code: where a
  simple route publishes them (``src/pages/blog/[...slug].astro`` giving each entry's ``id``,
  :func:`entry_routes`), at the route's folder and the entry's slug, else no url, and a
  ``url`` problem saying so (:attr:`DocsRoutes.coded`).
- VitePress: the files below ``srcDir`` at their path as ``….html`` (``cleanUrls``: without
  it), ``index.md`` at its folder.
- VuePress (1, 2): the files below the folder holding ``.vuepress/`` at their path as
  ``….html``, ``README.md`` and ``index.md`` at their folder.

A setting the file computes (``url: process.env.URL``) is not guessed: the pages it places
have no url, and :meth:`DocsRoutes.unread_reason` says why.
"""

from __future__ import annotations

import json
import posixpath
import re
from dataclasses import dataclass, field, replace
from typing import Any, Callable, Iterable
from urllib.parse import quote

from .app_routes import APP_ROUTES, GATSBY_NODE_FILES, GATSBY_STATIC_FILE, GRIDSOME_PAGES_FILE, GRIDSOME_STATIC_FILE, GRIDSOME_UNMATCHED, STATIC_PAGES, NUXT_PAGE_FOLDERS, NUXT_UNROUTED, UnplacedRoute, created_file_path, gatsby_file_paths, glob_matches, gridsome_path, is_catch_all_page, localized_route, next_unrouted_reason, nuxt_pages_at_paths
from .config import Computed, Spans, lookup, read_js_config

DOCUSAURUS_CONFIGS = tuple(f"docusaurus.config.{ext}" for ext in ("js", "ts", "mjs", "cjs", "mts", "cts"))
ASTRO_CONFIGS = tuple(f"astro.config.{ext}" for ext in ("mjs", "ts", "js", "mts", "cjs", "cts"))
VITEPRESS_CONFIGS = tuple(f".vitepress/config.{ext}" for ext in ("js", "ts", "mts", "mjs", "cjs", "cts"))
VUEPRESS_CONFIGS = tuple(f".vuepress/config.{ext}" for ext in ("js", "ts", "mjs", "cjs", "mts", "cts"))
#: The site's address in a VuePress configuration: the ``hostname`` its sitemap, feed or SEO
#: plugin or its theme is given (VuePress itself has none).
_VUEPRESS_HOST = re.compile(r"""\bhostname\s*:\s*(['"`])(https?://[^'"`\s]+)\1""")
#: A line that is only a comment (a ``hostname`` there is not the site's).
_COMMENT_LINE = re.compile(r"^[ \t]*//[^\n]*", re.M)
#: Starlight's mark in an Astro configuration (an Astro site without it has routes of its own).
_STARLIGHT = re.compile(r"""['"]@astrojs/starlight['"]""")

#: Docusaurus' number prefix (``01-mulai``, ``2. Pasang``), and what is not one (``2024-05``, ``1.2``).
_NUMBER_PREFIX = re.compile(r"^\d+\s*[-_.]+\s*([^-_.\s].*)$")
_NOT_NUMBER_PREFIX = re.compile(r"^\d+[-_.]\d+")
#: The names a Docusaurus blog's authors file has (its ``authorsMapPath``; ``authors.yml`` by default).
DOCUSAURUS_AUTHORS_FILES = ("authors.yml", "authors.yaml", "authors.json")
#: The name of a Docusaurus blog's or docs' tags file (its ``tags`` option; ``tags.yml`` by default).
DOCUSAURUS_TAGS_FILE = "tags.yml"
#: A Docusaurus docs instance's versions file (``versions.json``, ``komunitas_versions.json``).
VERSIONS_FILE = re.compile(r"^(?:[\w-]+_)?versions\.json$")
#: A Docusaurus blog post's date in its path (``2024-05-01-rilis.md``, ``2024/05/01/rilis/index.md``).
_BLOG_DATE = re.compile(r"^(?P<folder>.*)(?P<date>\d{4}[-/]\d{1,2}[-/]\d{1,2})[-/]?(?P<text>.*?)(?:/index)?\.mdx?$", re.S)
_MDX = (".md", ".mdx")
#: How Docusaurus reads a Markdown file (``markdown.format`` in its configuration, ``mdx.format``
#: in a page's front matter): ``mdx`` every one as MDX (its default; Docusaurus 2 has no
#: other way), ``md`` every one as CommonMark, ``detect`` by its extension (``.mdx`` as MDX).
DOCUSAURUS_FORMATS = ("mdx", "md", "detect")
#: How Docusaurus 2 reads every Markdown file: as MDX 1, where braces in text are text
#: (``{id}``); told by its ``package.json`` (``@docusaurus/core`` 2.x).
MDX1 = "mdx1"
_MAJOR_VERSION = re.compile(r"^[\s^~>=v]*(\d+)\.")
#: Packages that compile the text of a page as MDX whatever file it was read from:
#: ``@mdx-js/mdx``'s ``compile`` (its ``format: 'detect'`` tells Markdown by a file's
#: extension, and reads a text given without a file name as MDX) and ``next-mdx-remote``'s
#: ``serialize`` (which gives it a text). A site whose own code uses them (react.dev: each
#: ``src/content/**/*.md`` read and compiled) has its ``.md`` pages read as MDX.
MDX_TEXT_COMPILERS = frozenset(("@mdx-js/mdx", "next-mdx-remote"))
#: Integrations that read a page from its file and tell Markdown from MDX by its extension
#: (``.md`` as Markdown): with one of them, the site's ``.md`` files are not MDX.
_MDX_BY_EXTENSION = frozenset(
    ("@mdx-js/loader", "@next/mdx", "@mdx-js/rollup", "@mdx-js/esbuild", "@mdx-js/node-loader", "gatsby-plugin-mdx", "@astrojs/mdx", "nextra")
)
#: Docusaurus' content plugins: each one's package, default folder and route.
_CONTENT = {
    "docs": ("docusaurus-plugin-content-docs", "docs", "docs"),
    "blog": ("docusaurus-plugin-content-blog", "blog", "blog"),
    "pages": ("docusaurus-plugin-content-pages", "src/pages", ""),
}
#: Extensions Starlight's docs loader reads (arsip reads the Markdown ones of them).
_STARLIGHT_PAGES = (".md", ".mdx", ".markdown", ".mdown", ".mkdn", ".mkd", ".mdwn")
#: The page files of Astro's ``src/pages/`` that arsip reads: Markdown (its extensions, and
#: MDX) and HTML (``.astro`` pages and endpoints are code).
_ASTRO_PAGES = (*_STARLIGHT_PAGES, ".html")
#: Where an Astro site configures its content collections, in its source folder (Astro 5's
#: ``content.config.ts``, then the older ``content/config.ts``).
ASTRO_CONTENT_CONFIGS = tuple(f"content.config.{ext}" for ext in ("ts", "mts", "mjs", "js")) + tuple(f"content/config.{ext}" for ext in ("ts", "mts", "mjs", "js"))
#: Where a Nuxt Content 3 site configures its collections, and what moves one out of ``content/``.
NUXT_CONTENT_CONFIGS = tuple(f"content.config.{ext}" for ext in ("ts", "mts", "mjs", "js"))
_COLLECTION_CWD = re.compile(r"\bcwd\s*:")
#: The sites whose pages their own code makes from content folders (see :mod:`.app_sites`):
#: their routes name no section, only the folders they publish.
_APP_GENERATORS = ("gatsby", "gridsome", "nuxt", "nextra", "contentlayer", "velite")
#: Why a page of a folder whose pages the site's own code publishes has no url (:attr:`DocsRoutes.coded`), by generator.
_CODED_REASONS = {
    "astro": "an entry of the Astro content collection in {folder}/: the site's own routes publish it (a dynamic route of src/pages/ and getStaticPaths), so its address is not known",
    "gatsby": "a page of the Gatsby site's source folder {folder}/: the site's own code publishes it (createPage in gatsby-node.js), so its address is not known",
    "gridsome": "a page of the Gridsome site's source folder {folder}/: the route of its collection's template, which its configuration does not write out, publishes it, so its address is not known",
}
#: An Astro dynamic route file below its pages folder: its folder (no part dynamic or
#: ``_``-prefixed) and its one parameter (``berita/[slug].astro``, ``blog/[...slug].astro``).
_ASTRO_ROUTE = re.compile(r"^(?P<prefix>(?:[^/\[_][^/\[]*/)*)\[(?P<rest>\.\.\.)?(?P<param>[A-Za-z_$][\w$]*)\]\.astro$")
#: The collection a route reads (``getCollection('blog')``, ``getCollection("blog", filter)``).
_GET_COLLECTION = re.compile(r"""\bgetCollection\s*\(\s*(['"])([\w-]+)\1""")
#: A route's ``params`` giving its parameter an entry's ``slug`` or ``id`` (``params: { slug: post.id }``).
_ROUTE_PARAMS = r"\bparams\s*:\s*\{\s*%s\s*:\s*[\w$]+\s*\.\s*(slug|id)\s*,?\s*\}"
#: A content collection's ``glob()`` loader, and its ``base`` folder (a string or a template).
_GLOB_CALL = re.compile(r"\bglob\s*\(")
_BASE = re.compile(r"""\bbase\s*:\s*(?:(['"])(?P<text>[^'"\n]*)\1|`(?P<template>[^`]*)`)""")
_TEMPLATE_NAME = re.compile(r"\$\{\s*([A-Za-z_$][\w$]*)\s*\}")
#: A content collection's definition, and the name it is given (``const karya =``, ``karya:``).
_COLLECTION = re.compile(r"\bdefineCollection\s*\(")
_COLLECTION_NAME = re.compile(r"""(?:\b(?:const|let|var)\s+([\w$]+)\s*(?::[^=\n]*)?=|(?:^|[{,\s])['"]?([\w-]+)['"]?\s*:)\s*\Z""")
#: A draft key of a collection's schema given a default (``draft: z.boolean().default(true)``,
#: ``published: z.boolean().optional().default(false)``).
_DRAFT_DEFAULT = re.compile(r"\b(draft|published)\s*:\s*z\s*\.\s*boolean\(\s*\)(?:\s*\.\s*optional\(\s*\))?\s*\.\s*default\(\s*(true|false)\s*\)")
#: The constant a collection's schema is written as (``schema: postSchema``, ``schema: ({
#: image }) => postSchema(image)``, ``schema: postSchema.extend(…)``, the shorthand ``schema,``).
_SCHEMA_NAME = re.compile(r"\bschema\s*(?::\s*(?:(?:async\s+)?(?:\([^()]*\)|[\w$]+)\s*=>\s*)?([A-Za-z_$][\w$]*)|(?=[,}]))")
#: The constant a constant's value builds on (``baseSchema.extend(…)``, ``({ image }) => baseSchema``).
_LEADING_NAME = re.compile(r"(?:(?:async\s+)?(?:\([^()]*\)|[\w$]+)\s*=>\s*)?([A-Za-z_$][\w$]*)")
#: What Astro's slug of a path part drops (github-slugger: punctuation and symbols).
_NOT_SLUG = re.compile(r"[^\w\- ]")
#: The author a Contentlayer blog post naming none shows (the Tailwind Next.js starter blog's).
DEFAULT_AUTHOR = "default"


def compiles_pages_as_mdx(package: object) -> bool:
    """True when a site's ``package.json`` (its data, ``package``) depends on a compiler of
    a page's text as MDX (:data:`MDX_TEXT_COMPILERS`) and on no integration that reads
    ``.md`` files as Markdown (:data:`_MDX_BY_EXTENSION`): its Markdown pages are MDX."""
    if not isinstance(package, dict):
        return False
    needs = {name for key in ("dependencies", "devDependencies") if isinstance(package.get(key), dict) for name in package[key]}
    return not needs.isdisjoint(MDX_TEXT_COMPILERS) and needs.isdisjoint(_MDX_BY_EXTENSION)


@dataclass(frozen=True)
class Section:
    """A content folder of the site (below its root) and where its pages are published."""

    #: ``docs``, ``blog``, ``pages`` (Docusaurus), ``starlight``, ``astro`` (its ``src/pages``), ``vitepress``, ``vuepress``;
    #: ``plugin``: a Docusaurus plugin that is none of these, given a folder (``path``); the
    #: kinds of :data:`~.app_routes.APP_ROUTES` (a Nextra site's ``pages/``, ``content/``, ``app/``).
    kind: str
    folder: str
    #: The path below the base URL the folder's pages are published under (``docs``, ``""``).
    route: str
    #: Why its pages have no url (a setting the configuration computes), else None.
    unread: str | None = None
    #: Docusaurus: the plugin instance's ``id`` (its translations' folder is named after it).
    instance: str = "default"
    #: Docusaurus docs: the released versions (``versions.json``, the latest first), whose
    #: pages are in ``versioned_docs/version-<name>/``; False when ``disableVersioning``.
    versions: tuple[str, ...] = ()
    versioning: bool = True
    #: Docusaurus docs: whether number prefixes are stripped (``numberPrefixParser: false``: not).
    number_prefixes: bool = True
    #: Nuxt Content 2: whether its pages' paths keep their files' letter case (``content.respectPathCase``).
    keep_case: bool = False
    #: False when the configuration computes the section's folder (its ``path``, or all its options).
    folder_known: bool = True
    #: Docusaurus blog: its authors file (``authorsMapPath``, from its folder; None when the
    #: configuration computes it), and the names it gives the authors' keys.
    authors_file: str | None = "authors.yml"
    authors: tuple[tuple[str, str], ...] = ()
    #: Docusaurus docs and blog: its tags file (``tags``, from its folder; None when the
    #: configuration turns it off or computes it), and the label it gives each tag's key.
    tags_file: str | None = DOCUSAURUS_TAGS_FILE
    tags: tuple[tuple[str, str], ...] = ()
    #: Docusaurus docs: the labels of each released version's own tags file
    #: (``versioned_docs/version-1.0/tags.yml``), by the version's folder name (``version-1.0``);
    #: a version without one (or one that labels nothing) is not listed.
    version_tags: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = ()
    #: Docusaurus docs and blog: the labels of each translation folder's own tags file
    #: (``i18n/en/docusaurus-plugin-content-docs/current/tags.yml``), by that folder; a folder
    #: without one (or one that labels nothing) is not listed.
    localized_tags: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = ()

    @property
    def versions_file(self) -> str:
        """The file naming a Docusaurus docs instance's versions (``versions.json``)."""
        return "versions.json" if self.instance == "default" else f"{self.instance}_versions.json"

    @property
    def versioned_folder(self) -> str:
        """The folder holding a Docusaurus docs instance's released versions (``versioned_docs``)."""
        return "versioned_docs" if self.instance == "default" else f"{self.instance}_versioned_docs"

    def localized_folders(self, locale: str) -> list[tuple[str, str]]:
        """Each folder of a Docusaurus docs or blog section's translations into ``locale``
        with the folder whose pages it translates: ``i18n/en/docusaurus-plugin-content-docs/current``
        for ``docs`` (``…/version-1.0`` for a version's folder), ``i18n/en/docusaurus-plugin-content-blog``
        for ``blog`` (``…-docs-<id>`` for another instance)."""
        plugin = _CONTENT[self.kind][0] + ("" if self.instance == "default" else f"-{self.instance}")
        if self.kind != "docs":
            return [(f"i18n/{locale}/{plugin}", self.folder)]
        return [(f"i18n/{locale}/{plugin}/{translated}", folder) for folder, translated, _ in self.folders()]

    def folders(self) -> list[tuple[str, str, str]]:
        """Each folder of the section's pages with its name in translations and its route:
        a versioned docs section's versions (the latest at the route itself, the others
        under their name, ``versioned_docs/version-1.0/`` at ``docs/1.0``) and its current
        docs (at ``docs/next`` once there are versions)."""
        if not self.versions:
            return [(self.folder, "current", self.route)]
        routes = [(f"{self.versioned_folder}/version-{name}", f"version-{name}", name if index else "") for index, name in enumerate(self.versions)]
        return [(folder, translated, "/".join(part for part in (self.route, at) if part)) for folder, translated, at in routes] + [
            (self.folder, "current", "/".join(part for part in (self.route, "next") if part))
        ]


@dataclass(frozen=True)
class DocsRoutes:
    """Where a Docusaurus, Starlight, Astro, VitePress or VuePress site publishes its pages."""

    generator: str
    sections: tuple[Section, ...]
    #: ``always`` or ``never`` a final ``/``; ``keep`` the one the generator's route has.
    slash: str = "keep"
    #: Pages published as ``….html`` (VitePress without ``cleanUrls``, Astro's ``file`` format).
    html: bool = False
    #: Docusaurus: the default locale (its translations are not under ``/<locale>/``), and
    #: why translations have no url when the configuration computes it.
    default_locale: str = "en"
    locale_unread: str | None = None
    #: Why no page of the site has a url (its URL or base is computed), else None.
    unread: str | None = None
    #: Settings the configuration computes, by name (for the index's record).
    computed: tuple[str, ...] = field(default=())
    #: Docusaurus: how it reads its Markdown files (``markdown.format``, see
    #: :data:`DOCUSAURUS_FORMATS`; Docusaurus 2: :data:`MDX1`); None for Starlight and VitePress.
    markdown_format: str | None = None
    #: VuePress: the site's ``title`` and ``description`` (what ``{{ $site.title }}`` shows,
    #: and a home page without a hero text of its own), as (name, text) pairs.
    site_data: tuple[tuple[str, str], ...] = ()
    #: The folders the site publishes besides its sections' when its configuration shows them
    #: all (Docusaurus: ``static/``, ``i18n/``, unless a plugin's folder is computed;
    #: Starlight: ``src/pages/``, ``public/``); None when it does not.
    published: tuple[str, ...] | None = None
    #: Contentlayer: the names its authors documents give their slugs (``data/authors/default.mdx``
    #: with front matter ``name: Tails Azimuth``: see :meth:`with_authors`), as (slug, name) pairs.
    authors: tuple[tuple[str, str], ...] = ()
    #: Astro: the folders of the content collections whose schema makes an entry without a
    #: draft key a draft, with that key (``("src/content/karya", "draft")``, see :func:`drafts_by_default`).
    drafts_by_default: tuple[tuple[str, str], ...] = ()
    #: VuePress, VitePress: the language of each locale folder below the site's (VuePress'
    #: ``locales: { '/en/': { lang: 'en-US' } }``, VitePress' ``locales: { en: { lang: 'en-US' } }``
    #: → ``("en/", "en-US")``, below VitePress' ``srcDir``), the deepest first; the root locale's is the site's.
    locale_langs: tuple[tuple[str, str], ...] = ()
    #: VuePress: the ``title`` of each locale folder below the site's, as :attr:`locale_langs`
    #: (a locale without one has the site's, ``site_data``).
    locale_titles: tuple[tuple[str, str], ...] = ()
    #: Astro, Gatsby: the folders whose pages the site's own code publishes (an Astro site's
    #: content collections, a Gatsby site's filesystem sources): where is not known.
    coded: tuple[str, ...] = ()
    #: Astro: the collections a simple dynamic route of ``src/pages/`` publishes (see
    #: :func:`entry_routes`), as (the collection's folder, the route's folder, whether its
    #: parameter is a rest one: ``[...slug]``).
    entry_routes: tuple[tuple[str, str, bool], ...] = ()
    #: Gatsby: how its ``gatsby-node`` code places its filesystem sources' pages when it is
    #: the starters' ``createFilePath`` pattern (see :func:`~.app_routes.gatsby_file_paths`):
    #: ``basePath``, ``trailingSlash``, whether the front matter's ``slug`` comes first.
    file_paths: tuple[str, bool, bool] | None = None
    #: Gridsome: each source's folder, the glob its files match there and the route of its
    #: collection's template (``""``: none, its nodes have no page; None: one arsip cannot
    #: read, a function or a computed value); None for another site.
    templates: tuple[tuple[str, str, str | None], ...] | None = None
    #: Docusaurus: its ``staticDirectories`` (``static/`` by default, or when the configuration
    #: computes them), whose files it copies to the root of the built site.
    static_folders: tuple[str, ...] = ("static",)
    #: Docusaurus: the locales it builds (``i18n.locales``; the default locale alone when the
    #: configuration does not write them out), whose translation folders may hold tags files.
    locales: tuple[str, ...] = ()
    #: Nextra: the locales of Next.js' ``i18n`` (``i18n.locales``); Nuxt Content 2: its
    #: ``content.locales``; whose pages are placed by :func:`~.app_routes.localized_route`,
    #: the default one the :attr:`default_locale`.
    route_locales: tuple[str, ...] = ()

    def lang_of(self, path: str) -> str | None:
        """The language of the page at ``path`` (in the site) its locale folder gives, as
        VuePress and VitePress set ``<html lang>``; None outside the locale folders."""
        return next((lang for folder, lang in self.locale_langs if path.startswith(folder)), None)

    def title_of(self, path: str) -> str | None:
        """The site's title for the page at ``path`` (in the site): its locale folder's, else
        the site's (``$siteTitle``, which a VuePress home page without a hero text shows)."""
        return next((title for folder, title in self.locale_titles if path.startswith(folder)), None) or dict(self.site_data).get("title")

    def place(self, path: str, fields: dict[str, Any]) -> str | None:
        """Where the page at ``path`` (in the site) is published below the base URL; None
        when it is not a page of a section, or its section's settings are computed."""
        found = self._section_of(path)
        if found is None:
            return self._entry_place(path, fields) if not self.unread else None
        if found[0].unread:
            return None
        section, rest, locale = found
        if section.kind == "starlight":
            placed = _starlight_path(rest, fields)
        elif section.kind == "astro":
            placed = _astro_page_path(rest)
        elif section.kind in _VUE_GENERATORS:
            placed = _vue_path(rest, section.kind)
        elif section.kind in APP_ROUTES:
            try:
                placed = localized_route(section.kind, rest, fields, self.route_locales, self.default_locale, section.keep_case)
            except UnplacedRoute:
                return None
        else:
            unprefixed = section.number_prefixes or section.kind != "docs"
            placed = _DOCUSAURUS[section.kind](rest, fields if unprefixed else {**fields, "parse_number_prefixes": False})
        if placed is None:
            return None
        route = "/".join(part for part in (locale, section.route, placed.strip("/")) if part)
        return quote(self._finish(route + "/" if route and placed.endswith("/") else route)) or "./"  # (the site's own page)

    def unread_reason(self, path: str, fields: dict[str, Any]) -> str | None:
        """Why the page at ``path`` has no url when the configuration computes what would
        place it, or the site's own code places it (:attr:`coded`); None for a file that is
        no page, or is placed."""
        found = self._section_of(path)
        if found is None:
            folder = next((folder for folder in self.coded if path.startswith(folder + "/")), None)
            if folder is None:
                return None
            if self.templates is not None:
                return self._template_reason(path, fields, folder)
            return self.unread if self._entry_place(path, fields) is not None else _CODED_REASONS[self.generator].format(folder=folder)
        section, rest, _ = found
        if section.kind in APP_ROUTES:  # (a file that is no page of its folder has no address to miss)
            try:
                if localized_route(section.kind, rest, fields, self.route_locales, self.default_locale, section.keep_case) is None:
                    return None
            except UnplacedRoute as reason:
                return section.unread or str(reason)
        if section.unread:
            return section.unread
        return self.unread if self.unread and self.place(path, fields) is not None else None

    def outside(self, path: str) -> bool:
        """Docusaurus, Starlight, Astro: True for the file at ``path`` (in the site) when no
        folder the site publishes holds it — the repository's README, ``src/components/``
        (Docusaurus, Starlight), its ``build/`` or ``dist/`` output, ``.github/`` — and the
        configuration shows them all."""
        if self.published is None or not (self.sections or self.generator in _APP_GENERATORS):  # (a Docusaurus configuration naming no content plugin: not judged)
            return False
        folders = [folder for section in self.sections for folder, _, _ in section.folders()] + list(self.published)
        folders += [section.versioned_folder for section in self.sections if section.kind == "docs"]  # (a version versions.json leaves out too)
        return not any(folder == "" or path.startswith(folder + "/") for folder in folders)

    def unrouted_reason(self, path: str) -> str | None:
        """Why the site reads no page of the file at ``path`` (in the site) of a folder it
        publishes: a Nextra site's Next.js files of ``pages/`` and ``app/`` that no route
        publishes — its own ``_app``, ``_document``, ``_error``, an API route, a page in a
        private folder (see :func:`~.app_routes.next_unrouted_reason`) —, a file of a Gridsome
        source's folder or ``src/pages/`` that no source's glob matches (:meth:`_gridsome_unread`),
        a file of a Gridsome or Gatsby site's ``static/`` that is no page (:meth:`_static_unread`);
        None for any other."""
        if self.generator in ("gatsby", "gridsome") and self.published is not None and path.startswith("static/"):
            return self._static_unread(path)
        if self.generator == "gridsome":
            return self._gridsome_unread(path)
        if self.generator != "nextra":
            return None
        found = self._section_of(path)
        return next_unrouted_reason(found[0].kind, found[1]) if found else None

    def _gridsome_unread(self, path: str) -> str | None:
        """Why Gridsome reads no page of the file at ``path`` of a folder it publishes, when
        its configuration shows every source and no source's glob matches the file (globby
        reads only the files a source's ``path`` matches; a glob arsip does not match is not
        judged): :data:`~.app_routes.GRIDSOME_UNMATCHED` in a source's folder,
        :data:`~.app_routes.GRIDSOME_PAGES_FILE` elsewhere in ``src/pages/``, whose pages are
        its ``.vue`` files; None for any other."""
        holding = self._globs_matching(path)
        if self.published is None or any(matched is not False for matched in holding):
            return None
        if holding:
            return GRIDSOME_UNMATCHED
        return GRIDSOME_PAGES_FILE if path.startswith("src/pages/") and not path.endswith(".vue") else None

    def _static_unread(self, path: str) -> str | None:
        """Why a Gridsome or Gatsby site makes no page of the file at ``path`` of its
        ``static/``, which it copies into the built site as it is, when no source reads it (no
        Gridsome source's glob matches it, no Gatsby filesystem source's folder holds it):
        :data:`~.app_routes.GRIDSOME_STATIC_FILE`, :data:`~.app_routes.GATSBY_STATIC_FILE`;
        None for an HTML file, a page as written, and for a file a source reads."""
        if self.generator == "gridsome":
            read = any(matched is not False for matched in self._globs_matching(path))
        else:
            read = any(path.startswith(folder + "/") for folder in self.coded)
        if read or path.lower().endswith(STATIC_PAGES):
            return None
        return GRIDSOME_STATIC_FILE if self.generator == "gridsome" else GATSBY_STATIC_FILE

    def _globs_matching(self, path: str) -> list[bool | None]:
        """Whether each Gridsome source whose folder holds the file at ``path`` matches it
        with its glob (see :func:`~.app_routes.glob_matches`)."""
        return [glob_matches(glob, path[len(folder) + 1 :]) for folder, glob, _ in self.templates or () if path.startswith(folder + "/")]

    def public_folders(self) -> tuple[str, ...]:
        """The folders below the site's root whose files the generator copies as they are to
        the root of the built site: Docusaurus' ``staticDirectories`` (``static/``), Astro's
        and Starlight's ``public/``, VitePress' ``public/`` in its ``srcDir``, VuePress'
        ``.vuepress/public/``, Gatsby's and Gridsome's ``static/``, the ``public/`` of a Nuxt,
        Next.js (Nextra, Contentlayer, Velite) site."""
        if self.generator in _APP_GENERATORS:
            return ("static",) if self.generator in ("gatsby", "gridsome") else ("public",)
        if self.generator == "docusaurus":
            return self.static_folders
        if self.generator in ("astro", "starlight"):
            return ("public",)
        if self.generator == "vitepress":
            return tuple(posixpath.join(section.folder, "public") for section in self.sections)
        return (".vuepress/public",) if self.generator == "vuepress" else ()

    def content_configs(self) -> tuple[str, ...]:
        """Where an Astro or Nuxt Content site configures its content collections (Astro:
        ``src/content.config.ts``, the older ``src/content/config.ts``; Nuxt Content 3:
        ``content.config.ts``), or a Gatsby site's code creates its pages (its
        ``gatsby-node.js``), the first one there being read; none for another site, or
        when the folders it publishes are not known."""
        if self.generator == "gatsby" and self.coded:
            return GATSBY_NODE_FILES
        if not self.published or self.generator not in ("astro", "nuxt"):
            return ()
        folder = self.published[0] if self.generator == "astro" else ""
        return tuple(posixpath.join(folder, name) for name in (ASTRO_CONTENT_CONFIGS if self.generator == "astro" else NUXT_CONTENT_CONFIGS))

    def with_collections(self, text: str | None) -> "DocsRoutes":
        """These routes with the folders the site's content collections read, from the
        ``text`` of its content configuration: an Astro site's among the folders it
        publishes (see :func:`collection_folders`); when a loader's folder is not written
        out, or a Nuxt Content collection reads another folder than ``content/`` (``cwd``),
        the folders the site publishes are not judged; a Nuxt site with a content configuration
        is on Nuxt Content 3, which has no ``respectPathCase``: its paths are in lower case. A Gatsby site's ``text`` is its
        ``gatsby-node`` code: how it places its pages (:attr:`file_paths`)."""
        if not text or self.published is None:
            return self
        if self.generator == "gatsby":
            return replace(self, file_paths=gatsby_file_paths(text))
        if self.generator == "nuxt":
            lowered = replace(self, sections=tuple(replace(section, keep_case=False) for section in self.sections))
            return replace(lowered, published=None) if _COLLECTION_CWD.search(text) else lowered
        folders = collection_folders(text) if self.generator == "astro" else ()
        drafts = drafts_by_default(text, self.published[0]) if self.generator == "astro" and self.published else ()
        coded = (*(folders or ()), *self.coded)  # (a loader's folder before the src/content/ that may hold it)
        return replace(self, published=None if folders is None else (*self.published, *folders), drafts_by_default=drafts, coded=coded)

    def with_entry_routes(self, text: str | None, route_files: dict[str, str]) -> "DocsRoutes":
        """These routes with the collections of an Astro site that its simple dynamic routes
        publish (see :func:`entry_routes`), from the ``text`` of its content configuration and
        its pages folder's dynamic route files (path in the site → text). A Nuxt Content site
        with a catch-all page (``pages/[...slug].vue``) has its ``content/`` pages at their
        paths (:data:`~.app_routes.NUXT_UNROUTED` no longer holds), unless its content
        configuration prefixes them or holds data collections."""
        if self.generator == "nuxt":
            found = any(folder in NUXT_PAGE_FOLDERS and is_catch_all_page(name) for folder, _, name in (path.rpartition("/") for path in route_files))
            if not found or not nuxt_pages_at_paths(text):
                return self
            return replace(self, sections=tuple(replace(section, unread=None) if section.unread == NUXT_UNROUTED else section for section in self.sections))
        if self.generator != "astro" or not route_files or not self.sections:
            return self
        source = self.published[0] if self.published else "src"
        return replace(self, entry_routes=entry_routes(text or "", route_files, source, self.sections[0].folder))

    def _entry_place(self, path: str, fields: dict[str, Any]) -> str | None:
        """Where a simple dynamic route publishes the Astro collection entry at ``path`` (see
        :attr:`entry_routes`): the route's folder, then the entry's slug — its front matter
        ``slug``, else its path in the collection without extension, each part made a slug as
        Astro does, an ``index`` at its folder —; None for another file, or a slug the route's
        parameter cannot hold (a ``/`` or nothing in a ``[slug]``). A Gatsby page of a
        filesystem source where its ``gatsby-node`` code places it (:attr:`file_paths`)."""
        if self.file_paths is not None:
            return self._file_path_place(path, fields, *self.file_paths)
        if self.templates is not None:
            try:
                return self._template_place(path, fields)
            except UnplacedRoute:
                return None
        for folder, prefix, rest in self.entry_routes:
            if not path.startswith(folder + "/"):
                continue
            entry = path[len(folder) + 1 :]
            stem, extension = posixpath.splitext(entry)
            if extension.lower() not in _STARLIGHT_PAGES or any(part.startswith("_") for part in entry.split("/")):
                return None
            slug = fields.get("slug")
            if not (isinstance(slug, str) and slug.strip()):
                slug = "/".join(_astro_slug(part) for part in stem.split("/"))
                slug = "" if slug == "index" else slug.removesuffix("/index")
            slug = slug.strip().strip("/")
            if not rest and (not slug or "/" in slug):
                return None
            return quote(self._finish("/".join(part for part in (prefix, slug) if part))) or "./"
        return None

    def _file_path_place(self, path: str, fields: dict[str, Any], base_path: str, trailing_slash: bool, slug_first: bool) -> str | None:
        """Where a Gatsby site whose code creates a page at each Markdown file's ``slug``
        field publishes the file at ``path``: its front matter's ``slug`` when that comes
        first, else what ``createFilePath`` makes of its path in its filesystem source (the
        deepest holding it); None for a file of no source, or not Markdown."""
        folder = max((folder for folder in self.coded if path.startswith(folder + "/")), key=len, default=None)
        if folder is None or posixpath.splitext(path)[1].lower() not in (".md", ".markdown", ".mdx"):
            return None
        slug = fields.get("slug") if slug_first else None
        placed = slug.strip() if isinstance(slug, str) and slug.strip() else created_file_path(path[len(folder) + 1 :], base_path, trailing_slash)
        return quote(self._finish(placed)) or "./"

    def _template_place(self, path: str, fields: dict[str, Any]) -> str | None:
        """Where a Gridsome site publishes the Markdown file at ``path`` of one of its sources:
        at the path its collection's template gives it (:func:`~.app_routes.gridsome_path`);
        None for a file no source reads, or whose collection has no template, or one arsip
        cannot read; :class:`~.app_routes.UnplacedRoute` when the template's parameters cannot be filled."""
        template = self._template_of(path)
        if not template or posixpath.splitext(path)[1].lower() not in (".md", ".markdown"):
            return None
        return quote(gridsome_path(template, fields, self.slash == "always").lstrip("/")) or "./"

    def _template_of(self, path: str) -> str | None:
        """The route of the template of the collection the file at ``path`` belongs to (see
        :attr:`templates`): the first source whose folder holds it and whose glob matches it."""
        return next((template for folder, glob, template in self.templates or () if path.startswith(folder + "/") and glob_matches(glob, path[len(folder) + 1 :])), "")

    def _template_reason(self, path: str, fields: dict[str, Any], folder: str) -> str | None:
        """Why a Gridsome page of the source folder ``folder`` has no url (see :meth:`unread_reason`)."""
        template = self._template_of(path)
        if template is None:
            return _CODED_REASONS[self.generator].format(folder=folder)
        if template == "" and None in self._globs_matching(path):
            return f"a page of the Gridsome site's source folder {folder}/: its source's glob (the path option) is written with syntax arsip does not match, so whether Gridsome reads it, and where, is not known"
        try:
            placed = self._template_place(path, fields)
        except UnplacedRoute as reason:
            return f"a page of the Gridsome site's source folder {folder}/: {reason}"
        return self.unread if placed is not None else None

    def draft_by_default(self, path: str, fields: dict[str, Any]) -> bool:
        """True for the entry at ``path`` of an Astro content collection whose schema makes an
        entry without a draft key a draft (see :func:`drafts_by_default`) when its front
        matter ``fields`` lack that key."""
        return any(path.startswith(folder + "/") and key not in fields for folder, key in self.drafts_by_default)

    def beside(self) -> tuple[str, ...]:
        """The content folders beside the site's folder, not in it (Docusaurus' ``website/``
        layout, docs in ``../docs``), as paths from it: their files are pages of the site."""
        return tuple(section.folder for section in self.sections if section.folder.startswith("../"))

    def state(self) -> dict:
        """What the index records of these routes (a change reads the site's pages again)."""
        return {
            "generator": self.generator, "slash": self.slash, "html": self.html, "default_locale": self.default_locale,
            "sections": [
                [section.kind, section.folder, section.route, section.instance, list(section.versions), bool(section.unread)] for section in self.sections
            ],
            "computed": list(self.computed),
        } | ({"site_data": dict(self.site_data)} if self.site_data else {}) | {
            names: {section.folder: dict(getattr(section, names)) for section in self.sections if getattr(section, names)}
            for names in ("authors", "tags")
            if any(getattr(section, names) for section in self.sections)
        } | ({"version_tags": versioned} if (versioned := self._version_tags()) else {}) | (
            {"localized_tags": {folder: dict(labels) for section in self.sections for folder, labels in section.localized_tags}} if any(section.localized_tags for section in self.sections) else {}
        ) | ({"contentlayer_authors": dict(self.authors)} if self.authors else {}) | (
            {"drafts_by_default": [list(pair) for pair in self.drafts_by_default]} if self.drafts_by_default else {}
        ) | ({"locale_langs": dict(self.locale_langs)} if self.locale_langs else {}) | ({"locale_titles": dict(self.locale_titles)} if self.locale_titles else {}) | (
            {"coded": list(self.coded)} if self.coded else {}
        ) | ({"entry_routes": [list(route) for route in self.entry_routes]} if self.entry_routes else {}) | (
            {"file_paths": list(self.file_paths)} if self.file_paths is not None else {}
        ) | ({"templates": [list(entry) for entry in self.templates]} if self.templates is not None else {}) | (
            {"route_locales": list(self.route_locales)} if self.route_locales else {}
        )

    def _version_tags(self) -> dict[str, dict[str, dict[str, str]]]:
        """The labels of each docs section's released versions' tags files, by section folder and version folder."""
        return {section.folder: {version: dict(labels) for version, labels in section.version_tags} for section in self.sections if section.version_tags}

    def _section_of(self, path: str) -> tuple[Section, str, str] | None:
        """The section holding ``path``, the path below its folder, and the locale folder
        its URL is under (Docusaurus translations)."""
        for section in self.sections:
            for folder, _, route in section.folders():
                prefix = folder + "/" if folder else ""
                if path.startswith(prefix):
                    return replace(section, route=route), path[len(prefix) :], ""
        if self.generator == "docusaurus" and path.startswith("i18n/"):
            return self._translation(path)
        return None

    def _translation(self, path: str) -> tuple[Section, str, str] | None:
        """A Docusaurus translation: ``i18n/<locale>/docusaurus-plugin-content-docs/current/…``
        (``…-docs-<id>`` for another docs instance), ``…-blog/…``, ``…-pages/…``."""
        parts = path.split("/")
        if len(parts) < 4:
            return None
        locale, plugin, rest = parts[1], parts[2], parts[3:]
        for section in self.sections:
            if section.kind not in _CONTENT:
                continue
            name = _CONTENT[section.kind][0]
            if plugin != (name if section.instance == "default" else f"{name}-{section.instance}"):
                continue
            if section.kind == "docs":  # ``current/``, or a version's ``version-1.0/``
                route = next((route for _, translated, route in section.folders() if translated == rest[0]), None)
                if route is None or len(rest) < 2:
                    return None
                section, rest = replace(section, route=route), rest[1:]
            if self.locale_unread:
                section = replace(section, unread=section.unread or self.locale_unread)
            return section, "/".join(rest), "" if locale == self.default_locale else locale
        return None

    def with_versions(self, files: dict[str, str]) -> "DocsRoutes":
        """These routes with the versions of each Docusaurus docs section, from the texts of
        the site's version files (``versions.json``, ``<id>_versions.json``) by name."""
        sections = []
        for section in self.sections:
            text = files.get(section.versions_file) if section.kind == "docs" and section.versioning else None
            versions = _versions(text) if text is not None else ()
            unread = f"{section.versions_file} is not a list of version names" if versions is None else None
            sections.append(replace(section, versions=versions or (), unread=section.unread or unread))
        return replace(self, sections=tuple(sections))

    def with_names(self, read: Callable[[str], str | None]) -> "DocsRoutes":
        """These routes with the authors of each Docusaurus blog and the tags of each blog
        and docs folder, ``read(path in the site)`` giving the text of its authors file
        (``blog/authors.yml``: ``sari: {name: Sari Wulandari, title: …}``) and of its tags
        file (``blog/tags.yml``: ``panen: {label: Panen Raya, permalink: …}``; None when
        there is none); each released docs version has the tags file of its own folder, as
        Docusaurus loads a version (``versioned_docs/version-1.0/tags.yml``), and each folder
        of a locale's translations its own (``i18n/en/docusaurus-plugin-content-docs/current/tags.yml``)."""
        sections = []
        for section in self.sections:
            if section.kind == "blog" and section.authors_file:
                section = replace(section, authors=_names(read(posixpath.normpath(posixpath.join(section.folder, section.authors_file))), "name"))
            if section.kind in ("blog", "docs") and section.tags_file:
                section = replace(section, tags=_tag_names(read, section.folder, section.tags_file))
            if section.kind == "docs" and section.tags_file and section.versions:
                versions = ((translated, _tag_names(read, folder, section.tags_file)) for folder, translated, _ in section.folders() if translated != "current")
                section = replace(section, version_tags=tuple((version, labels) for version, labels in versions if labels))
            if section.kind in ("blog", "docs") and section.tags_file:
                folders = (folder for locale in self.locales for folder, _ in section.localized_folders(locale))
                localized = ((folder, _tag_names(read, folder, section.tags_file)) for folder in folders)
                section = replace(section, localized_tags=tuple((folder, labels) for folder, labels in localized if labels))
            sections.append(section)
        return replace(self, sections=tuple(sections))

    def author_names(self, path: str, keys: list[str]) -> list[str]:
        """The names a Docusaurus blog post at ``path`` shows for its ``authors`` keys, as its
        blog's authors file gives them; a Contentlayer post's, as its site's authors documents
        give them, one in the ``blog/`` folder naming none showing the ``default`` author's,
        as the Tailwind Next.js starter blog's post page does (``post.authors || ['default']``).
        A key they do not name stays as written."""
        if self.generator != "contentlayer":
            return self._named(path, keys, "authors")
        named = dict(self.authors)
        if not keys and DEFAULT_AUTHOR in named and path.startswith(posixpath.join(self.published[0], "blog") + "/"):
            keys = [DEFAULT_AUTHOR]
        return [named.get(key, key) if isinstance(key, str) else key for key in keys]

    def authors_folder(self) -> str | None:
        """Where a Contentlayer site keeps its authors documents, below its ``contentDirPath``
        (the Tailwind Next.js starter blog's ``data/authors/``); None for another site, or
        when its content folder is not known."""
        return posixpath.join(self.published[0], "authors") if self.generator == "contentlayer" and self.published else None

    def with_authors(self, files: Iterable[tuple[str, str | None]]) -> "DocsRoutes":
        """These routes with the names the authors documents ``files`` (file name, text) give
        their slugs: ``default.mdx`` with front matter ``name: Tails Azimuth`` names
        ``default``; a file without a ``name`` names none."""
        from ...front_matter import split  # (only Contentlayer sites need it)

        names = []
        for file_name, text in files:
            slug, extension = posixpath.splitext(file_name)
            data = split(text.lstrip("\ufeff")).data if extension.lower() in _MDX and text else None
            name = data.get("name") if isinstance(data, dict) else None
            names += [(slug, name.strip())] if isinstance(name, str) and name.strip() else []
        return replace(self, authors=tuple(names))

    def tag_labels(self, path: str, keys: list) -> list:
        """The labels a Docusaurus docs page or blog post at ``path`` shows for its ``tags``
        keys, as its folder's tags file gives them — a released version's page, its version
        folder's own file — (a key the file does not list, or a tag given as a mapping,
        stays as written). A locale's tags file, in the folder of its translations, labels the
        pages that locale builds in its place (Docusaurus reads a tags file from the localized
        content folder first): a translated page's, and the default locale's own."""
        found = self._section_of(path)
        localized = self._localized_labels(found[0], path) if found is not None and found[0].localized_tags else None
        if localized is not None:
            return [localized.get(key, key) if isinstance(key, str) else key for key in keys]
        version = _version_folder(found[0], path) if found is not None and found[0].versions else None
        if version is None:
            return self._named(path, keys, "tags")
        named = dict(dict(found[0].version_tags).get(version, ()))
        return [named.get(key, key) if isinstance(key, str) else key for key in keys]

    def _localized_labels(self, section: Section, path: str) -> dict[str, str] | None:
        """The labels of the tags file of the translation folder that builds the page at
        ``path`` of ``section`` (a translation's own folder, the default locale's for a page of
        the section's folders); None when that folder has none."""
        translated = path.startswith("i18n/")
        folders = section.localized_folders(path.split("/")[1] if translated else self.default_locale)
        folder = next((localized for localized, source in folders if path.startswith((localized if translated else source) + "/")), None)
        labels = dict(section.localized_tags).get(folder) if folder is not None else None
        return dict(labels) if labels is not None else None

    def _named(self, path: str, keys: list, names: str) -> list:
        """``keys`` as the section holding ``path`` names them in its ``names`` (``authors``, ``tags``)."""
        found = self._section_of(path)
        named = dict(getattr(found[0], names)) if found is not None else {}
        return [named.get(key, key) if isinstance(key, str) else key for key in keys] if named else keys

    def with_package(self, text: str | None) -> "DocsRoutes":
        """These routes with how the site reads its Markdown as its ``package.json`` (its
        ``text``) says: a Docusaurus 2 site (``@docusaurus/core`` ``2.x``, ``^2.4.3``,
        ``2.0.0-beta.6``) reads every file as MDX 1 (:data:`MDX1`), whatever its configuration
        says; a version not written so (``latest``, a Git address) changes nothing."""
        if self.generator != "docusaurus" or not text:
            return self
        try:
            package = json.loads(text)
        except (ValueError, RecursionError):
            return self
        lists = [package.get(key) for key in ("dependencies", "devDependencies")] if isinstance(package, dict) else []
        version = next((needs["@docusaurus/core"] for needs in lists if isinstance(needs, dict) and "@docusaurus/core" in needs), None)
        major = _MAJOR_VERSION.match(version) if isinstance(version, str) else None
        return replace(self, markdown_format=MDX1) if major and int(major.group(1)) < 3 else self

    def _finish(self, route: str) -> str:
        """The final form of ``route``: its ``.html`` or final ``/`` as the site's settings say."""
        route = route.lstrip("/")
        if self.html:  # VitePress, VuePress: an index at its folder; Astro's ``file`` format: ``panduan.html``
            if self.generator in _VUE_GENERATORS:
                return route if route.endswith("/") or not route else route + ".html"
            return (route.rstrip("/") or "index") + ".html"
        if self.slash == "always" and route and not route.endswith("/"):
            return route + "/"
        if self.slash == "never":
            return route.rstrip("/")
        return route


def docusaurus_site(name: str, text: str) -> tuple[str | None, str | None, DocsRoutes]:
    """Base URL, language and routes from ``docusaurus.config.*`` (``name``, ``text``)."""
    config = read_js_config(text)
    defaults = (Section("docs", "docs", "docs"), Section("blog", "blog", "blog"), Section("pages", "src/pages", ""))
    if config is None:
        return None, None, _unreadable("docusaurus", defaults, name)
    reasons = _Reasons(name)
    url, base = reasons.text(config, "url"), reasons.text(config, "baseUrl", default="/")
    slash = reasons.value(config, "trailingSlash")
    locale = reasons.text(config, "i18n", "defaultLocale", default="en")
    sections: list[Section] = []
    presets = reasons.value(config, "presets") or []
    entries = _entries(presets) if not isinstance(presets, Computed) else [(presets, None)]
    known = not isinstance(presets, Computed)
    for preset, options in entries:
        if isinstance(preset, Computed):  # the content plugins' settings are not known
            options = {kind: preset for kind in _CONTENT}
        elif not (isinstance(preset, str) and ("preset-classic" in preset or preset == "classic")):
            known = False  # another preset's plugins read folders of their own
            continue
        sections += [section for kind in _CONTENT for section in _docusaurus_section(kind, lookup(options, kind), reasons)]
    plugins = reasons.value(config, "plugins") or []
    known = known and not isinstance(plugins, Computed)
    for plugin, options in _entries(plugins):
        kinds = [kind for kind, (name, _, _) in _CONTENT.items() if isinstance(plugin, str) and (plugin.endswith(name.removeprefix("docusaurus-")) or plugin == "content-" + kind)]
        for kind in kinds:
            sections += _docusaurus_section(kind, options if options is not None else {}, reasons)
        if not kinds:
            found = _plugin_section(plugin, options, name)
            known = known and found is not None
            sections += found or []
    statics = lookup(config, "staticDirectories")
    statics = ["static"] if statics is None else statics
    written = isinstance(statics, list) and all(isinstance(folder, str) for folder in statics)
    static_folders = tuple(folder for folder in map(_folder, statics) if folder is not None) if written else ("static",)
    known = known and written and all(section.folder_known for section in sections)
    published = (*static_folders, "i18n") if known else None
    markdown_format = lookup(config, "markdown", "format")
    routes = DocsRoutes(
        "docusaurus", tuple(sections), slash={True: "always", False: "never"}.get(slash, "keep") if not isinstance(slash, Computed) else "keep",
        default_locale=locale if isinstance(locale, str) else "", locale_unread=reasons.first("i18n.defaultLocale"), computed=reasons.names(),
        markdown_format=markdown_format if markdown_format in DOCUSAURUS_FORMATS else "mdx", published=published, static_folders=static_folders,
        locales=_built_locales(lookup(config, "i18n", "locales"), locale),
    )
    site_reason = reasons.first("url", "baseUrl", "trailingSlash")
    return _joined(url, base) if not site_reason else None, locale if isinstance(locale, str) else None, replace(routes, unread=site_reason)


def _built_locales(locales: Any, default: Any) -> tuple[str, ...]:
    """The locales a Docusaurus site builds: its ``i18n.locales`` written out, with its default
    locale (``en`` unless it says), else the default locale alone."""
    default = (default,) if isinstance(default, str) else ()
    written = tuple(locale for locale in locales if isinstance(locale, str)) if isinstance(locales, list) else ()
    return tuple(dict.fromkeys((*default, *written)))


def _docusaurus_section(kind: str, options: Any, reasons: "_Reasons") -> list[Section]:
    """The section of a content plugin (``kind``) with ``options`` (the preset's ``docs:
    {…}``, or a plugin's; ``docs: false`` turns it off)."""
    _, folder, route = _CONTENT[kind]
    if options is False:
        return []
    if isinstance(options, Computed):
        return [Section(kind, folder, route, reasons.reason(f"the {kind} options ({options.source})"), folder_known=False)]
    path, base, instance = (lookup(options, name) for name in ("path", "routeBasePath", "id"))
    computed = [f"{kind}.{name} ({item.source})" for name, item in (("path", path), ("routeBasePath", base), ("id", instance)) if isinstance(item, Computed)]
    versioning = lookup(options, "disableVersioning") is not True
    parser = lookup(options, "numberPrefixParser")
    if kind == "docs" and parser not in (None, False):  # a parser of the site's own: its code decides
        computed.append(f"docs.numberPrefixParser ({parser.source})" if isinstance(parser, Computed) else "docs.numberPrefixParser")
    if kind == "docs":  # settings that publish versions elsewhere than their defaults
        computed += [f"docs.{name}" for name in ("lastVersion", "versions", "onlyIncludeVersions") if lookup(options, name) is not None]
        computed += ["docs.includeCurrentVersion"] if lookup(options, "includeCurrentVersion") not in (None, True) else []
        computed += ["docs.disableVersioning"] if isinstance(lookup(options, "disableVersioning"), Computed) else []
    folder = _folder(path, beside=True) if isinstance(path, str) else folder
    if folder is None:
        return []  # outside the site's repository
    authors, tags = lookup(options, "authorsMapPath"), lookup(options, "tags")
    return [
        Section(
            kind, folder, base.strip("/") if isinstance(base, str) else route, reasons.reason(", ".join(computed)) if computed else None,
            instance if isinstance(instance, str) else "default", versioning=versioning, number_prefixes=parser is not False,
            folder_known=not isinstance(path, Computed), authors_file=authors if isinstance(authors, str) else None if authors else "authors.yml",
            tags_file=tags if isinstance(tags, str) else None if tags is not None else DOCUSAURUS_TAGS_FILE,
        )
    ]


def collection_folders(text: str) -> tuple[str, ...] | None:
    """The folders an Astro content configuration (its ``text``) loads collections from:
    each ``glob()`` loader's ``base``, a string, or a template of ``const`` strings of the
    file (AstroPaper's ``base: `./${BLOG_PATH}```), as paths in the site; None when a
    loader's folder is not written so (no ``base``, a computed one, one outside the site)."""
    if "glob" not in text:  # (no glob loader: an older site's collections are in src/content/)
        return ()
    bases = [_template_text(match.group("text") if match.group("text") is not None else match.group("template"), text) for match in _BASE.finditer(text)]
    folders = [_folder(base) if base is not None else None for base in bases]
    if len(_GLOB_CALL.findall(text)) > len(folders) or any(folder is None for folder in folders):
        return None
    return tuple(folder for folder in folders if folder is not None)


def is_astro_route(name: str) -> bool:
    """True for the name of an Astro dynamic route file (``[slug].astro``, ``[...slug].astro``)."""
    return name.startswith("[") and name.endswith("].astro")


def entry_routes(text: str, route_files: dict[str, str], source: str, pages: str) -> tuple[tuple[str, str, bool], ...]:
    """The collections of an Astro site that a dynamic route of its pages folder ``pages``
    publishes simply, each as (its folder, the route's folder, whether the parameter is a rest
    one): a route file ``<folder>/[slug].astro`` or ``[...slug].astro`` (``route_files``: path
    in the site → text) whose ``getStaticPaths`` reads one collection, ``getCollection('blog')``,
    and gives each entry's ``slug`` (Astro 2–4's collections, in ``<source>/content/<name>``)
    or ``id`` (a ``glob()`` loader's) as the parameter, ``params: { slug: post.id }``. The
    collections come from the content configuration's ``text`` (:func:`_collection_folder`);
    a collection two routes publish, or one whose folder is not written out, is left out."""
    defined = _defined_collections(text, source)
    found: dict[str, list[tuple[str, str, bool]]] = {}
    for path, route_text in route_files.items():
        route = _ASTRO_ROUTE.match(path[len(pages) + 1 :]) if path.startswith(pages + "/") else None
        names = {match.group(2) for match in _GET_COLLECTION.finditer(route_text)} if route else set()
        if len(names) != 1:
            continue
        name = names.pop()
        key = re.search(_ROUTE_PARAMS % re.escape(route.group("param")), route_text)
        folder, loaded = defined.get(name, (posixpath.join(source, "content", name), False))
        if key is not None and folder is not None and key.group(1) == ("id" if loaded else "slug"):
            found.setdefault(folder, []).append((folder, route.group("prefix").rstrip("/"), bool(route.group("rest"))))
    return tuple(routes[0] for routes in found.values() if len(routes) == 1)


def _defined_collections(text: str, source: str) -> dict[str, tuple[str | None, bool]]:
    """Each collection an Astro content configuration (its ``text``) defines, by the name it is
    given: its folder (:func:`_collection_folder`) and whether a ``glob()`` loader reads it."""
    collections = {}
    for start, end in Spans(text).calls("defineCollection") if "defineCollection" in text else ():
        name = _COLLECTION_NAME.search(text, 0, start)
        if name is not None:
            collections[name.group(1) or name.group(2)] = (_collection_folder(text, start, end, source), _GLOB_CALL.search(text, start, end) is not None)
    return collections


def drafts_by_default(text: str, source: str) -> tuple[tuple[str, str], ...]:
    """The collections of an Astro content configuration (its ``text``; ``source`` the site's
    source folder, ``src``) whose schema gives an entry without a draft key the value of a
    draft — ``draft: z.boolean().default(true)``, ``published: z.boolean().default(false)``,
    as Zod fills in a key the front matter lacks —, each as (its folder, the key): a
    ``glob()`` loader's ``base``, else an older collection's ``src/content/<name>``; a
    collection whose folder is not written so is left out. The schema is the one written in
    ``defineCollection({...})`` or a constant of the file it names (:func:`_schema_defaults`)."""
    if "default(" not in text:  # (no default at all: no collection gives one to a draft key)
        return ()
    spans = Spans(text)
    bindings = spans.bindings()
    found = []
    for start, end in spans.calls("defineCollection"):
        defaults = _schema_defaults(text, start, end, bindings)
        keys = [key for key, value in defaults.items() if (key == "draft") == (value == "true")]
        folder = _collection_folder(text, start, end, source) if keys else None
        found += [(folder, key) for key in keys] if folder is not None else []
    return tuple(found)


def _schema_defaults(text: str, start: int, end: int, bindings: dict[str, tuple[int, int]]) -> dict[str, str]:
    """The defaults of draft keys (key → ``true`` or ``false``) the collection defined from
    ``start`` to ``end`` of ``text`` gives: those of the constant of the file its schema is
    written as (``schema: postSchema``, ``schema: ({ image }) => postSchema``, ``schema:
    postSchema.extend({...})``, the shorthand ``schema``), then its own, which win."""
    named = _SCHEMA_NAME.search(text, start, end)
    base = _constant_defaults(text, named.group(1) or "schema", bindings, frozenset()) if named else {}
    return base | dict(_DRAFT_DEFAULT.findall(text, start, end))


def _constant_defaults(text: str, name: str, bindings: dict[str, tuple[int, int]], seen: frozenset[str]) -> dict[str, str]:
    """The defaults of draft keys the constant ``name`` of the file gives (none for a name
    it does not bind, as ``z``): those of the constant its value builds on
    (``baseSchema.extend({...})``), then its own, which win."""
    if name not in bindings or name in seen:
        return {}
    start, end = bindings[name]
    leading = _LEADING_NAME.match(text, start)
    base = _constant_defaults(text, leading.group(1), bindings, seen | {name}) if leading else {}
    return base | dict(_DRAFT_DEFAULT.findall(text, start, end))


def _collection_folder(text: str, start: int, end: int, source: str) -> str | None:
    """The folder of the collection ``defineCollection(`` at ``start`` of ``text`` (up to
    ``end``) defines: its ``glob()`` loader's ``base``; without a loader, Astro 2–4's
    ``<source>/content/<name>``, its name the variable or key it is given to; else None."""
    chunk = text[start:end]
    if _GLOB_CALL.search(chunk):
        base = _BASE.search(chunk)
        written = None if base is None else _template_text(base.group("text") if base.group("text") is not None else base.group("template"), text)
        return _folder(written) if written is not None else None
    name = _COLLECTION_NAME.search(text, 0, start)
    return posixpath.join(source, "content", name.group(1) or name.group(2)) if name is not None and "loader" not in chunk else None


def _template_text(template: str, text: str) -> str | None:
    """``template`` with each ``${NAME}`` replaced by the string the file ``text`` binds
    ``NAME`` to (``const BLOG_PATH = "src/data/blog"``); None when one is not such a name."""
    def value(match: re.Match) -> str:
        bound = re.search(rf"""\b(?:const|let|var)\s+{re.escape(match.group(1))}\s*(?::[^=\n]*)?=\s*(['"])([^'"\n$]*)\1""", text)
        if bound is None:
            raise LookupError(match.group(1))
        return bound.group(2)

    try:
        return _TEMPLATE_NAME.sub(value, template) if "${" in template else template
    except LookupError:
        return None


def _plugin_section(plugin: Any, options: Any, name: str) -> list[Section] | None:
    """The folder a Docusaurus plugin other than the content plugins reads, named by its
    ``path`` option as the content plugins' is (a blog plugin of the site's own,
    ``['./src/plugins/blog-plugin', {path: 'tugas'}]``): a section whose pages have no url,
    since the plugin's code routes them; none for a plugin without one (a theme, Tailwind);
    None when its options are computed (the folders it reads are not known)."""
    path = lookup(options, "path") if isinstance(options, dict) else None
    if isinstance(options, Computed) or isinstance(path, Computed):
        return None
    folder = _folder(path, beside=True) if isinstance(path, str) else None
    if folder is None:
        return []
    shown = plugin if isinstance(plugin, str) else plugin.source if isinstance(plugin, Computed) else "a plugin"
    reason = f"{name} publishes {folder}/ with a plugin of its own ({shown}): where its code publishes those pages is not known"
    return [Section("plugin", folder, "", reason)]


def astro_site(name: str, text: str) -> tuple[str | None, str | None, DocsRoutes]:
    """Base URL and routes from an Astro configuration: a Starlight site's docs pages, else
    the Markdown and HTML pages of ``src/pages/`` (the file-based routes every Astro site
    has; its content collections are published by routes of its own code, so their entries
    are placed nowhere)."""
    starlight = _STARLIGHT.search(text) is not None
    generator = "starlight" if starlight else "astro"
    config = read_js_config(text)
    if config is None:
        return None, None, _unreadable(generator, (Section(generator, "src/content/docs" if starlight else "src/pages", ""),), name)
    reasons = _Reasons(name)
    site, base = reasons.text(config, "site"), reasons.text(config, "base", default="/")
    slash, build_format = reasons.text(config, "trailingSlash", default="ignore"), reasons.text(config, "build", "format", default="directory")
    source = reasons.text(config, "srcDir", default="src")
    folder = _folder(source) if isinstance(source, str) else "src"
    pages = posixpath.join(folder, "pages") if folder else "pages"
    if starlight:
        section = Section("starlight", posixpath.join(folder, "content/docs") if folder else "content/docs", "", reasons.first("srcDir"))
        published = (pages, "public") if isinstance(source, str) and folder is not None else None
    else:
        section = Section("astro", pages, "", reasons.first("srcDir"))
        published = (folder, "public") if isinstance(source, str) and folder is not None else None
    collections = () if starlight or folder is None else (posixpath.join(folder, "content") if folder else "content",)
    routes = DocsRoutes(
        generator, (section,), slash="never" if slash == "never" else "always", html=build_format == "file", computed=reasons.names(), published=published,
        coded=collections,
    )
    site_reason = reasons.first("site", "base", "trailingSlash", "build.format")
    return _joined(site, base) if not site_reason else None, None, replace(routes, unread=site_reason)


def vitepress_site(name: str, text: str) -> tuple[str | None, str | None, DocsRoutes]:
    """Base URL (``sitemap.hostname`` + ``base``), language and routes from ``.vitepress/config.*``."""
    config = read_js_config(text)
    if config is None:
        return None, None, _unreadable("vitepress", (Section("vitepress", "", ""),), name)
    reasons = _Reasons(name)
    host, base = reasons.text(config, "sitemap", "hostname"), reasons.text(config, "base", default="/")
    clean, lang = reasons.value(config, "cleanUrls"), reasons.text(config, "locales", "root", "lang") or reasons.text(config, "lang")
    source = reasons.text(config, "srcDir", default=".")
    rewrites = reasons.value(config, "rewrites")
    unread = reasons.first("srcDir") or (reasons.reason("rewrites") if rewrites not in (None, {}) else None)
    folder = _folder(source) if isinstance(source, str) else ""
    langs = _locale_values(config, "root", "lang", f"{folder}/" if folder else "") if folder is not None else ()
    sections = (Section("vitepress", folder or "", "", unread),) if folder is not None else ()
    routes = DocsRoutes("vitepress", sections, html=clean is not True, computed=reasons.names(), locale_langs=langs)
    site_reason = reasons.first("sitemap.hostname", "base", "cleanUrls")
    return _joined(host, base) if not site_reason else None, lang if isinstance(lang, str) else None, replace(routes, unread=site_reason)


def vuepress_site(name: str, text: str) -> tuple[str | None, str | None, DocsRoutes]:
    """Base URL (a ``hostname`` the file gives + ``base``), language (``lang``, else the root
    locale's) and routes (with the site's ``title`` and ``description``, else the root
    locale's) from ``.vuepress/config.*``."""
    config = read_js_config(text)
    if config is None:
        return None, None, _unreadable("vuepress", (Section("vuepress", "", ""),), name)
    reasons = _Reasons(name)
    base = reasons.text(config, "base", default="/")
    lang = reasons.text(config, "lang") or reasons.text(config, "locales", "/", "lang")  # (VuePress 2's site lang, else the root locale's)
    host = _VUEPRESS_HOST.search(_COMMENT_LINE.sub("", text) if "//" in text else text)
    texts = ((name, reasons.text(config, name) or reasons.text(config, "locales", "/", name)) for name in ("title", "description"))
    data = tuple((name, text) for name, text in texts if isinstance(text, str))
    routes = DocsRoutes(
        "vuepress", (Section("vuepress", "", ""),), html=True, computed=reasons.names(), site_data=data,
        locale_langs=_locale_values(config, "/", "lang"), locale_titles=_locale_values(config, "/", "title"),
    )
    site_reason = reasons.first("base")
    base_url = _joined(host.group(2), base) if host and not site_reason else None
    return base_url, lang if isinstance(lang, str) else None, replace(routes, unread=site_reason)


def _locale_values(config: dict, root: str, name: str, source: str = "") -> tuple[tuple[str, str], ...]:
    """The setting ``name`` (``lang``, ``title``) each locale of a VuePress or VitePress
    configuration gives, but its root locale's (keyed ``root``: ``/`` in VuePress, ``root``
    in VitePress), as (folder, value) pairs, the folder below the source folder ``source``
    (VitePress' ``srcDir``, as ``docs/``), the deepest first (see :attr:`DocsRoutes.locale_langs`)."""
    locales = lookup(config, "locales")
    entries = locales.items() if isinstance(locales, dict) else ()
    pairs = ((source + key.strip("/") + "/", lookup(value, name)) for key, value in entries if isinstance(value, dict) and key != root and key.strip("/"))
    return tuple(sorted(((folder, value) for folder, value in pairs if isinstance(value, str) and value), key=lambda pair: -len(pair[0])))


class _Reasons:
    """The settings of one configuration file read so far that it computes, to name them."""

    def __init__(self, name: str) -> None:
        self.file = name
        self.found: dict[str, str] = {}

    def value(self, config: dict, *keys: str) -> Any:
        """The value at ``keys``; a computed one is noted."""
        value = lookup(config, *keys)
        if isinstance(value, Computed):
            self.found[".".join(keys)] = value.source
        return value

    def text(self, config: dict, *keys: str, default: str | None = None) -> Any:
        """The text at ``keys`` (``default`` when absent, or not text); a computed one is noted."""
        value = self.value(config, *keys)
        if value is None or isinstance(value, Computed):
            return default if value is None else value
        return value if isinstance(value, str) else default

    def first(self, *names: str) -> str | None:
        """The reason for the first of ``names`` that is computed, else None."""
        name = next((name for name in names if name in self.found), None)
        return self.reason(f"{name} ({self.found[name]})" if self.found[name] else name) if name else None

    def reason(self, what: str) -> str:
        return f"{self.file} computes {what}: where the site publishes its pages is not known"

    def names(self) -> tuple[str, ...]:
        return tuple(sorted(self.found))


def _unreadable(generator: str, sections: tuple[Section, ...], name: str) -> DocsRoutes:
    reason = f"{name} exports no object arsip can read (it is never run): where the site publishes its pages is not known"
    return DocsRoutes(generator, sections, unread=reason, computed=("export",), markdown_format="mdx" if generator == "docusaurus" else None)


def _names(text: str | None, field: str, unnamed: Callable[[str], str] | None = None) -> tuple[tuple[str, str], ...]:
    """Each key of a Docusaurus authors or tags file (YAML or JSON: ``sari: {name: …}``,
    ``panen: {label: …}``) with the name its ``field`` gives, else ``unnamed(key)`` (without
    it, a key with none is left out); none for a file that is not there or does not parse."""
    import yaml  # (loaded by the run already)

    try:
        data = yaml.safe_load(text) if text else None
    except yaml.YAMLError:
        return ()
    names = []
    for key, value in data.items() if isinstance(data, dict) else ():
        name = value.get(field) if isinstance(value, dict) else None
        name = name.strip() if isinstance(name, str) and name.strip() else unnamed(str(key)) if unnamed else None
        names += [(str(key), name)] if name else []
    return tuple(names)


def _tag_names(read: Callable[[str], str | None], folder: str, tags_file: str) -> tuple[tuple[str, str], ...]:
    """The label the tags file ``tags_file`` of the content folder ``folder`` gives each tag's
    key (``read(path in the site)`` its text); a tag it lists without a label is shown as
    lodash's ``_.capitalize`` shows its key."""
    return _names(read(posixpath.normpath(posixpath.join(folder, tags_file))), "label", str.capitalize)


def _version_folder(section: Section, path: str) -> str | None:
    """The released version's folder name (``version-1.0``) holding the docs page at ``path``,
    in ``versioned_docs/`` or translated in ``i18n/<locale>/docusaurus-plugin-content-docs/``;
    None for a page of the current docs."""
    parts = path.split("/")
    if path.startswith("i18n/"):
        return parts[3] if len(parts) > 4 and parts[3] != "current" else None
    return next((translated for folder, translated, _ in section.folders() if translated != "current" and path.startswith(folder + "/")), None)


def _versions(text: str) -> tuple[str, ...] | None:
    """The version names of a Docusaurus ``versions.json`` (the latest first); None when it
    is not a list of names."""
    try:
        data = json.loads(text)
    except ValueError:
        return None
    if not isinstance(data, list) or not all(isinstance(name, str) and name and "/" not in name for name in data):
        return None
    return tuple(data)


def _entries(items: Any) -> list[tuple[Any, Any]]:
    """A preset or plugin list as (name, options) pairs: ``'classic'``, ``['classic', {…}]``."""
    if not isinstance(items, list):
        return []
    entries = []
    for item in items:
        if isinstance(item, list) and item:
            entries.append((item[0], item[1] if len(item) > 1 else None))
        else:
            entries.append((item, None))
    return entries


def _folder(value: str, beside: bool = False) -> str | None:
    """A configured folder as a path below the site's root (``./docs/`` → ``docs``, ``.`` →
    ``""``); None outside it, but for a folder ``beside`` it when that may be (Docusaurus'
    ``website/`` layout: ``path: '../docs'`` → ``../docs``, see :meth:`DocsRoutes.beside`)."""
    folder = posixpath.normpath(value.strip().replace("\\", "/"))
    if beside and folder.startswith("../") and not folder.startswith("../.."):
        return folder
    if folder.startswith(("/", "..")):
        return None
    return "" if folder == "." else folder


def _joined(url: Any, base: Any) -> str | None:
    """The site's base URL: its address and base path (``https://x.id`` + ``/dok/``)."""
    if not (isinstance(url, str) and url.startswith("http")):
        return None
    path = base.strip("/") if isinstance(base, str) else ""
    return url.rstrip("/") + "/" + (path + "/" if path else "")


def _parts(path: str) -> tuple[list[str], str, str] | None:
    """``path``'s folders, file name without extension and extension; None for a partial
    (a ``_`` file or folder, which Docusaurus leaves out) or a file that is not Markdown."""
    folders = path.split("/")
    name = folders.pop()
    stem, extension = posixpath.splitext(name)
    if extension.lower() not in _MDX or any(part.startswith("_") for part in [*folders, name]):
        return None
    return folders, stem, extension


def _unprefixed(name: str) -> str:
    """``name`` less Docusaurus' number prefix (``01-mulai`` → ``mulai``; ``2024-05-rilis`` stays)."""
    if _NOT_NUMBER_PREFIX.match(name):
        return name
    match = _NUMBER_PREFIX.match(name)
    return match.group(1) if match else name


def _docs_path(path: str, fields: dict[str, Any]) -> str | None:
    """Docusaurus' slug of the doc at ``path`` (below its docs folder)."""
    parts = _parts(path)
    if parts is None:
        return None
    folders, stem, _ = parts
    strip = fields.get("parse_number_prefixes") is not False
    folder = "/".join(_unprefixed(part) if strip else part for part in folders)
    folder_slug = "/" + folder + "/" if folder else "/"
    slug = fields.get("slug")
    slug = slug.strip() if isinstance(slug, str) and slug.strip() else None
    if slug and slug.startswith("/"):
        return slug
    if not slug and stem.lower() in ("index", "readme", folders[-1].lower() if folders else "index"):
        return folder_slug
    doc_id = fields.get("id")
    base = slug or (str(doc_id).strip() if isinstance(doc_id, (str, int)) and str(doc_id).strip() else None) or (_unprefixed(stem) if strip else stem)
    resolved = posixpath.normpath(posixpath.join(folder_slug, base))
    return resolved + ("/" if base.endswith("/") and resolved != "/" else "")


def _blog_path(path: str, fields: dict[str, Any]) -> str | None:
    """Docusaurus' slug of the blog post at ``path`` (below its blog folder)."""
    if _parts(path) is None:
        return None
    slug = fields.get("slug")
    if isinstance(slug, str) and slug.strip():
        return slug.strip()
    match = _BLOG_DATE.match(path)
    if match:
        return "/" + match.group("date").replace("-", "/") + "/" + match.group("folder") + match.group("text")
    return "/" + re.sub(r"(?:/index)?\.mdx?$", "", path)


def _page_path(path: str, fields: dict[str, Any]) -> str | None:
    """Where Docusaurus publishes the Markdown page at ``path`` (below ``src/pages``)."""
    if _parts(path) is None:
        return None
    folder, name = posixpath.split(path)
    stem = posixpath.splitext(name)[0]
    return "/" + folder + "/" if stem.lower() == "index" and folder else "/" if stem.lower() == "index" else "/" + posixpath.splitext(path)[0]


_DOCUSAURUS = {"docs": _docs_path, "blog": _blog_path, "pages": _page_path}


def _starlight_path(path: str, fields: dict[str, Any]) -> str | None:
    """Starlight's slug of the page at ``path`` (below ``src/content/docs``): each part slugified as Astro does, ``index`` at its folder, or the ``slug``."""
    folder, name = posixpath.split(path)
    stem, extension = posixpath.splitext(name)
    if extension.lower() not in _STARLIGHT_PAGES or name.startswith("_"):
        return None
    slug = fields.get("slug")
    if isinstance(slug, str) and slug.strip():
        placed = slug.strip().strip("/")
    else:
        parts = [_astro_slug(part) for part in ([*folder.split("/")] if folder else []) + [stem]]
        placed = "/".join(parts)
        placed = "" if placed == "index" else placed.removesuffix("/index")
    return placed


def _astro_page_path(path: str) -> str | None:
    """Where Astro publishes the page file at ``path`` (below ``src/pages``): at its path,
    an ``index`` at its folder; None for what is no page of its own there (a ``_`` file
    or folder, which Astro leaves out of its routes; a dynamic ``[slug]`` route, which its
    code fills; a file of another kind)."""
    folder, name = posixpath.split(path)
    stem, extension = posixpath.splitext(name)
    if extension.lower() not in _ASTRO_PAGES or any(part.startswith("_") or "[" in part for part in path.split("/")):
        return None
    return (folder + "/" if folder else "") if stem == "index" else posixpath.join(folder, stem)


def _astro_slug(part: str) -> str:
    """A path part as Astro's content collections slug it (github-slugger): lower case,
    punctuation and symbols dropped, each space a ``-``."""
    return _NOT_SLUG.sub("", part.lower()).replace(" ", "-")


#: The generators that publish Markdown at its path, made ``.html`` (VitePress, VuePress).
_VUE_GENERATORS = ("vitepress", "vuepress")
#: VuePress' index pages (``isIndexFile``: ``README.md``, ``index.md``, in any case).
_VUEPRESS_INDEX = re.compile(r"(?:index|readme)\.md", re.I)


def _vue_path(path: str, generator: str) -> str | None:
    """Where VitePress or VuePress (``generator``) publishes the page at ``path`` (below its
    source folder), as its folder for an index page (VitePress: ``index.md``; VuePress:
    ``README.md`` too, in any case), else without its extension (made ``.html`` or nothing
    by the routes)."""
    folder, name = posixpath.split(path)
    stem, extension = posixpath.splitext(name)
    if extension.lower() != ".md" or "node_modules" in path.split("/"):
        return None
    if stem == "index" or (generator == "vuepress" and _VUEPRESS_INDEX.fullmatch(name)):
        return folder + "/" if folder else ""
    return posixpath.join(folder, stem)
