"""What a site's configuration says about all of its pages: base URL, language, and the
reST substitutions every page has.

Read once per input root from the generator's configuration file at the root (MkDocs
``mkdocs.yml``, Jekyll ``_config.yml``, Hugo ``hugo.toml``/``config.toml``/``.yaml`` or the same in its
``config/_default/`` folder, Pelican ``pelicanconf.py``,
Sphinx's or Nikola's ``conf.py``, Docusaurus ``docusaurus.config.ts``, Starlight's ``astro.config.mjs``,
VitePress ``.vitepress/config.ts``); an archive's is read from its members by :mod:`.generators`.
A configuration that cannot be read is the same as none: nothing is guessed from it.
Configurations in code are never run: Pelican's is read line by line, Sphinx's parsed
(:mod:`ast`) for plain string assignments at its top level, JavaScript's scanned for the
literal values of its exported object (:mod:`.javascript.config`).
"""

from __future__ import annotations

import ast
import csv
import json
import io
import os
import posixpath
import re
import tomllib
from dataclasses import dataclass, replace
from functools import lru_cache
from typing import Callable, Iterable, Iterator
from urllib.parse import urlsplit

import yaml

from ..document import Problem
from .antora import COMPONENT, PLAYBOOKS, AntoraSite, component, with_playbook
from .config_errors import parse_error
from .hugo.authors import AUTHORS_FOLDER, author_names
from .hugo.config import ENVIRONMENTS, block_attributes, folder_config, is_setting, static_folders, theme_folders
from .hugo.raw_html import raw_html_omitted
from .hugo.params import config_params
from .hugo.urls import BUNDLE_FILE, INDEX_FILE, MAX_INDEX_BYTES, MAX_INDEX_FILES, HugoPaths, hugo_paths, index_front_matter
from .eleventy_ignores import GIT_IGNORE, MAX_IGNORE_BYTES, ignore_file_reader
from .eleventy import (
    ELEVENTY_CONFIGS, PACKAGE_FILE, EleventySite, data_folder, data_permalinks, eleventy_settings, read_global_data, site_address, with_ignore_files,
    with_imported_shortcodes, with_package,
)
from .docsify import APP_PAGE as DOCSIFY_APP, DocsifySite, docsify_site
from .gitbook import SPACE_CONFIG
from .gitbook_book import BOOK_CONFIG, book_root, root_folder
from .hexo.site import HexoSite, hexo_site
from .jekyll.config import JekyllSite, jekyll_site
from .javascript.app_routes import NUXT_PAGE_FOLDERS, is_catch_all_page
from .javascript.app_sites import APP_CONFIGS, app_site, app_site_url
from .javascript.docs_sites import (
    ASTRO_CONFIGS,
    DOCUSAURUS_CONFIGS,
    VERSIONS_FILE,
    VITEPRESS_CONFIGS,
    VUEPRESS_CONFIGS,
    DocsRoutes,
    astro_site,
    compiles_pages_as_mdx,
    docusaurus_site,
    is_astro_route,
    vitepress_site,
    vuepress_site,
)
from .mkdocs.config import INHERIT, MKDOCS_CONFIGS, MkDocsSettings, configured_values, inherited, load_config, mkdocs_values
from .nikola import NikolaSite, is_nikola_conf, nikola_site
from .pages_domain import PAGES_DOMAIN, pages_address
from .notes import OBSIDIAN_PLUGINS, QUARTZ_CONFIGS, QUARTZ_CONTENT, NotePublishing, git_ignore_patterns, obsidian_publishing, quartz_publishing
from .pelican.config import PELICAN_CONFIGS, PelicanSettings, pelican_settings
from .pelican.urls import content_folder, copied_as
from .python_files import parse_python
from .small_files import small_file_text
from .publishing import Publishing, hexo_publishing, hugo_publishing, jekyll_publishing, nikola_publishing
from .substack import POSTS_CSV, SubstackPosts, substack_posts
from .quarto import QUARTO_CONFIGS, RMARKDOWN_CONFIGS, VARIABLES_FILE, QuartoProject, quarto_project, rmarkdown_project
from .zola import ZolaPaths, is_zola_config, zola_paths

#: A Google Takeout Blogger export's settings, beside the blog's ``feed.atom``
#: (``Takeout/Blogger/Blogs/NAME/settings.csv``): a header row and one row of values.
BLOGGER_SETTINGS = "settings.csv"
#: A Blogger blog's address, ``blog_subdomain`` ``.blogspot.com`` (a blog published on a
#: domain of its own is redirected there from it).
_BLOGSPOT_NAME = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")

#: What Sphinx's HTML builder writes at the top of the folder it builds (``_build/html``,
#: a ``gh-pages`` branch): its build information, which starts with :data:`_SPHINX_BUILD_HEADER`.
SPHINX_BUILD_INFO = ".buildinfo"
_SPHINX_BUILD_HEADER = "# Sphinx build info version"
#: Configuration files, in the order they are tried (paths below the site's root): Hugo's
#: may be in its configuration folder, ``config/_default/hugo.toml`` (Blowfish, Docsy).
CONFIG_FILES = (
    COMPONENT, *QUARTO_CONFIGS, *RMARKDOWN_CONFIGS, *MKDOCS_CONFIGS, *DOCUSAURUS_CONFIGS, *ASTRO_CONFIGS, *VITEPRESS_CONFIGS, *VUEPRESS_CONFIGS, *APP_CONFIGS, *ELEVENTY_CONFIGS, "_config.yml", "_config.yaml", "hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "zola.toml", "config.toml", "config.yaml", "config.yml",
    "config.json", *PELICAN_CONFIGS, "conf.py",
    "config/_default/hugo.toml", "config/_default/hugo.yaml", "config/_default/config.toml", "config/_default/config.yaml",
    BLOGGER_SETTINGS, POSTS_CSV, *QUARTZ_CONFIGS, OBSIDIAN_PLUGINS, PACKAGE_FILE, SPHINX_BUILD_INFO, DOCSIFY_APP, BOOK_CONFIG, SPACE_CONFIG,
)
#: Host names of development addresses besides ``localhost`` (:func:`is_development_address`).
_DEVELOPMENT_DOMAINS = (".localhost", ".local", ".test")
#: Placeholder addresses of a site never configured for the web: the names reserved for
#: examples (RFC 2606: ``example.com``, ``.net``, ``.org``, the ``.example`` and ``.invalid``
#: domains), generators' own templates (Hugo's old ``replace-this-with-your-hugo-site.com``,
#: Docusaurus 2's ``your-docusaurus-test-site.com``, ``USERNAME.github.io``) and hosts a
#: template asks to replace (``yourdomain.com``, ``your-site.com``, ``www.yourwebsite.com``).
_PLACEHOLDER_HOST = re.compile(
    r"(?:.+\.)?(?:example\.(?:com|net|org)|[^.]+\.(?:example|invalid)|replace-this-with-your-hugo-site\.com"
    r"|your-docusaurus-test-site\.com|(?:your[-_]?)?user-?name\.github\.io"
    r"|(?:www\.)?your[-_]?(?:domain|site|website|web-site|blog|url|homepage|page|project|name)(?:[-_]?name)?\.[a-z]+)"
)
#: The loopback network, ``127.0.0.0/8``.
_LOOPBACK = re.compile(r"127(?:\.\d{1,3}){3}")

#: Sphinx's ``conf.py`` (wherever in the root: ``source/conf.py``, ``docs/conf.py``); a
#: ``conf.py`` without these is not Sphinx's and is not read.
SPHINX_CONF_SIGNS = re.compile(r"^(?:html_theme|master_doc|root_doc|templates_path|html_static_path)\s*=|['\"]sphinx\.ext\.", re.M)
#: What Sphinx's ``conf.py`` gives: its names → the SiteInfo field or reST substitution.
_SPHINX_NAMES = ("html_baseurl", "html_file_suffix", "language", "version", "release", "today")
#: An assignment to ``html_file_suffix`` (whose value :func:`sphinx_values` may not know).
_SPHINX_SUFFIX = re.compile(r"^html_file_suffix\s*(?::[^=\n]*)?[+]?=", re.M)
#: Pelican's publishing settings (``make publish``): they import ``pelicanconf.py`` and
#: override it, most often with the site's real ``SITEURL`` (``pelicanconf.py`` has ``''``
#: for previews on the writer's machine).
PELICAN_PUBLISH = "publishconf.py"


#: Hugo's configuration files (the others of :data:`CONFIG_FILES` are other generators').
_HUGO_FILES = ("hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "config.toml", "config.yaml", "config.yml", "config.json")


@dataclass(frozen=True)
class SiteInfo:
    """Site-wide facts: the base URL pages are published under, and the language."""

    base_url: str | None = None
    lang: str | None = None
    #: The folder of the site's files below the root that ids are relative to: an archive's
    #: top folder (``situs/``) when the site is inside one, else empty.
    folder: str = ""
    #: Pelican: the settings of ``pelicanconf.py`` (and ``publishconf.py``) that place its
    #: articles and pages (see :mod:`.pelican.urls`); None for other generators.
    pelican: PelicanSettings | None = None
    #: Pelican: its content folder ``PATH`` below the root when that holds files: only they
    #: are pages (its theme, plugins and a built ``output/`` are not). None: every file may
    #: be a page (the folder is the root, is not known, or holds no file).
    pelican_content: str | None = None
    #: reST substitutions every page of the site has, as (name, text) pairs: Sphinx's
    #: ``|version|``, ``|release|`` and a set ``|today|`` from ``conf.py``; a page's own
    #: definition wins.
    substitutions: tuple[tuple[str, str], ...] = ()
    #: True for a Sphinx project (its ``conf.py`` was read): its pages are published as
    #: ``<base>/<path><page_suffix>`` and their cross-references name targets across its pages.
    sphinx: bool = False
    #: True for a Sphinx HTML build (its ``.buildinfo``): its pages are HTML, and the copies
    #: of their sources, its static files and the pages Sphinx generates are not pages
    #: (see :mod:`.sphinx.build`).
    sphinx_build: bool = False
    #: True for a Sphinx HTML build beside its project's sources: ``conf.py`` two folders
    #: up or in ``source/`` there (sphinx-quickstart's ``build/html`` beside ``source/``).
    sphinx_sources: bool = False
    #: A Sphinx page's file suffix (``html_file_suffix``; None when ``conf.py`` computes it).
    page_suffix: str | None = ".html"
    #: A Hugo site: how it places its pages (see :class:`~.hugo.urls.HugoPaths`), else None.
    hugo_paths: HugoPaths | None = None
    #: A Hugo site's parameters, the site's and each language's (see :mod:`.hugo.params`).
    hugo_params: tuple[tuple[str, str], ...] = ()
    #: A Hugo site's authors by id, as themes look a page's author ids up in its data folder
    #: (see :mod:`.hugo.authors`), as (id, name) pairs.
    hugo_authors: tuple[tuple[str, str], ...] = ()
    #: A Hugo site whose Markdown reads block attribute lists (see :func:`~.hugo.config.block_attributes`).
    hugo_block_attributes: bool = False
    #: A Hugo site whose Markdown shows no raw HTML (see :func:`~.hugo.raw_html.raw_html_omitted`).
    hugo_raw_html_omitted: bool = False
    #: A Hugo site's theme folders, in the order Hugo looks templates up (see :func:`~.hugo.config.theme_folders`).
    hugo_themes: tuple[str, ...] = ()
    #: A Hugo site's folders it copies to its built site's root (see :func:`~.hugo.config.static_folders`).
    hugo_static: tuple[str, ...] = ()
    #: MkDocs: the folder below the site's root whose files are its pages (``docs_dir``),
    #: and whether a page is published as a folder (``use_directory_urls``); None for
    #: other generators (every file may be a page).
    docs_dir: str | None = None
    directory_urls: bool = True
    #: A GitBook book or space: the folder below the site's root holding the book's files
    #: (the ``root`` of ``book.json`` or ``.gitbook.yaml``, see :mod:`.gitbook_book`); None: the root itself.
    book_root: str | None = None
    #: Jekyll: where the site publishes its posts, pages and collections (from
    #: ``_config.yml``); None for other generators.
    jekyll: JekyllSite | None = None
    #: Hexo: where the site publishes its posts and pages (from ``_config.yml``, which
    #: Jekyll's and Hexo's share: each generator reads its own, see :meth:`seen_by`).
    hexo: HexoSite | None = None
    #: Why detection may not have seen all of the site (an archive too large to look into
    #: whole, a configuration file that cannot be parsed): each of its documents gets it as
    #: a problem.
    unseen: str | None = None
    #: Docusaurus, Starlight, VitePress: where the site publishes its pages (from its
    #: JavaScript configuration), else None.
    routes: DocsRoutes | None = None
    #: MkDocs: its excluded and draft pages and the extensions that change a page's text
    #: (None: not a MkDocs site, or its configuration was not read).
    mkdocs: MkDocsSettings | None = None
    #: Hugo's or Jekyll's settings for pages dated ahead or expired (see :mod:`.publishing`);
    #: None: the generator's defaults.
    publishing: Publishing | None = None
    #: Sites in folders of an archive, each with a configuration of its own: the blogs of a
    #: Google Takeout export (``Takeout/Blogger/Blogs/NAME/settings.csv``), as (folder,
    #: site) pairs, the deepest folder first.
    folder_sites: tuple[tuple[str, SiteInfo], ...] = ()
    #: The generators of the site roots inside an archive (``repo-main/docs/`` holding a
    #: site's configuration, as a folder on disk would be one), as (folder, generator) pairs.
    folder_generators: tuple[tuple[str, str], ...] = ()
    #: A base URL the configuration gives that is a development address
    #: (``http://localhost:4000``, see :func:`is_development_address`) or a placeholder
    #: (``https://example.org/``, :func:`is_placeholder_address`): not used, and why.
    development_base: str | None = None
    development_reason: str | None = None
    #: A Substack export: what its ``posts.csv`` says of each post (None: not one).
    substack: SubstackPosts | None = None
    #: The file of an export read as the export's configuration, not as a document: a
    #: Substack ``posts.csv``, a Takeout Blogger blog's ``settings.csv`` (None: none read).
    export_settings: str | None = None
    #: Antora: the component version whose files these are, as its playbook builds it
    #: (see :mod:`.antora`), else None.
    antora: AntoraSite | None = None
    #: A Zola site (``zola.toml``, or a ``config.toml`` with Zola's keys): how it publishes
    #: its pages (see :mod:`.zola`); None for other generators.
    zola: ZolaPaths | None = None
    #: An Eleventy site (its ``.eleventy.js`` or ``eleventy.config.*``, or a ``package.json``
    #: depending on ``@11ty/eleventy``): its folders, template language and global data
    #: (see :mod:`.eleventy`); None for other generators.
    eleventy: EleventySite | None = None
    #: A site built by its own code, which compiles the text of each Markdown page with MDX
    #: (its ``package.json`` depends on ``@mdx-js/mdx`` or ``next-mdx-remote``, see
    #: :func:`~.javascript.docs_sites.compiles_pages_as_mdx`): its ``.md`` files are MDX.
    mdx_pages: bool = False
    #: A Quarto project (``_quarto.yml``): which files it renders (see :mod:`.quarto`);
    #: None for other generators.
    quarto: QuartoProject | None = None
    #: A Nikola site (its ``conf.py``): which files are its pages and where it publishes
    #: them (see :mod:`.nikola`); None for other generators.
    nikola: NikolaSite | None = None
    #: A Docsify site (its ``index.html`` runs Docsify): its navigation files and routes
    #: (see :mod:`.docsify`); None for other generators.
    docsify: DocsifySite | None = None
    #: A vault of notes whose publisher reads a note's ``publish`` property (Obsidian Publish,
    #: Quartz: see :mod:`.notes`); None for other sites.
    notes: NotePublishing | None = None
    #: An archive: where the parts of the Tumblr exports it holds lie (the marks of
    #: :func:`~..readers.tumblr_layout.layout_mark`, as ids).
    tumblr_layout: frozenset[str] = frozenset()

    def seen_by(self, generator: str) -> SiteInfo:
        """This site as ``generator`` reads its ``_config.yml``: Hexo's settings for ``hexo``,
        Jekyll's for any other generator."""
        if self.hexo is None:
            return self
        if generator != "hexo":
            return replace(self, hexo=None)
        return replace(self, jekyll=None, publishing=hexo_publishing(self.hexo.future, self.hexo.timezone))

    def of_member(self, file_id: str) -> SiteInfo:
        """The site of the archive member ``file_id``: that of the nearest folder above it
        with a site of its own (:attr:`folder_sites`), else this one."""
        path = file_id.split("!/")[-1]
        return next((site for folder, site in self.folder_sites if path.startswith(folder)), self)

    def generator_of(self, file_id: str, generator: str) -> str:
        """The generator of the archive member ``file_id``: that of the site root inside the
        archive it lies in (:attr:`folder_generators`), else the archive's ``generator``."""
        path = file_id.split("!/")[-1]
        return next((found for folder, found in self.folder_generators if path.startswith(folder)), generator)

    def lang_of(self, path: str) -> str | None:
        """The language of the page at ``path`` (in the site): its VuePress or VitePress locale folder's
        (:attr:`~.javascript.docs_sites.DocsRoutes.locale_langs`), else the site's."""
        return (self.routes.lang_of(path) if self.routes is not None else None) or self.lang

    def path_of(self, file_id: str) -> str:
        """Where the file ``file_id`` (an id below the input root) is in the site: without the
        archive it is in and the site's folder (``situs.zip!/situs/panduan/unggah.rst`` →
        ``panduan/unggah.rst``); a file beside the site's folder that the site reads (its
        Docusaurus docs in ``../docs``) as a path from that folder (``../docs/mulai.md``). A
        Jekyll site's paths are below its ``source`` folder (``src/_posts/x.md`` →
        ``_posts/x.md``), where Jekyll reads them from."""
        path = file_id.split("!/")[-1]
        folder = self.folder + self.jekyll.source + "/" if self.jekyll is not None and self.jekyll.source else self.folder
        return path[len(folder) :] if path.startswith(folder) else posixpath.relpath(path, folder)

    def publishing_of(self, path: str) -> Publishing | None:
        """The settings by dates the page at ``path`` (in the site) is read with: in a Hugo
        site whose languages set their own (``buildFuture``, ``timeZone`` …), its language's
        (:meth:`~.publishing.Publishing.for_language`); else the site's."""
        if self.publishing is None or not self.publishing.languages or self.hugo_paths is None:
            return self.publishing
        found = self.hugo_paths.locate(path)
        return self.publishing.for_language(found[0]) if found is not None else self.publishing

    def is_export_settings(self, file_id: str) -> bool:
        """True for the file ``file_id`` when it is the export's settings file this site was
        read from (:attr:`export_settings`): configuration, not a document."""
        return self.export_settings is not None and self.path_of(file_id) == self.export_settings

    def beside(self) -> tuple[str, ...]:
        """The folders beside the site's folder whose files are its pages (Docusaurus' docs in
        ``../docs`` of ``website/``), as id prefixes (``docs/``); none outside the input."""
        places = (posixpath.normpath(posixpath.join(self.folder, outside)) for outside in (self.routes.beside() if self.routes else ()))
        return tuple(place + "/" for place in places if not place.startswith(".."))

    def page_path(self, file_id: str) -> str | None:
        """MkDocs: where the file ``file_id`` is below ``docs_dir`` (see :meth:`in_docs_dir`)."""
        return self.in_docs_dir(self.path_of(file_id))

    def is_tags_index(self, file_id: str) -> bool:
        """MkDocs: True for the file ``file_id`` when Material's tags plugin writes its tag
        index on that page (:attr:`~.mkdocs.config.MkDocsSettings.tags_indexes`)."""
        return self.mkdocs is not None and bool(self.mkdocs.tags_indexes) and self.page_path(file_id) in self.mkdocs.tags_indexes

    def in_docs_dir(self, path: str) -> str | None:
        """MkDocs: the path below ``docs_dir`` of the file at ``path`` in the site; None when
        it is outside it (not a page of the site: the repository's README, theme overrides).
        Every path when the site has no ``docs_dir``."""
        prefix = self.docs_dir + "/" if self.docs_dir else ""
        return path[len(prefix) :] if path.startswith(prefix) else None


def is_development_address(url: str) -> bool:
    """True for an address of the author's own machine or local network, where a site is
    previewed while it is written (``jekyll serve``'s ``http://localhost:4000``,
    ``127.0.0.1``, ``0.0.0.0``, ``[::1]``, a ``*.localhost``, ``*.local`` or ``*.test``
    host): nobody else can open a page there."""
    return _development_host(_host(url))


def _development_host(host: str) -> bool:
    if host in ("localhost", "0.0.0.0", "::1") or host.endswith(_DEVELOPMENT_DOMAINS):
        return True
    return _LOOPBACK.fullmatch(host) is not None


def is_placeholder_address(url: str) -> bool:
    """True for a placeholder a site's configuration was left with (``https://example.org/``,
    Hugo's default; ``https://yourdomain.com``; see :data:`_PLACEHOLDER_HOST`): the site was
    never given its address, and nobody can open a page there."""
    return _PLACEHOLDER_HOST.fullmatch(_host(url)) is not None


def citable_url(url: str | None, problems: list[Problem], named_by: str = "the page") -> str | None:
    """``url``, the address ``named_by`` names as its own, unless nobody can open a page
    there: an address of the author's machine (a site built by ``hugo server`` or ``jekyll
    serve``, whose pages and feeds name ``http://localhost:1313/…``) or a placeholder the site
    was never moved from (Hexo's default ``url: http://example.com``); then None, with a
    problem naming it. An address that names its host without a scheme
    (``//desa.id/berita/panen/``), which nothing read gave one, is taken as https, as a
    browser opens it from a page served over https, with a problem saying so. An address
    relative to the page (``/berita/panen/``), which nothing read placed under its site's
    address, is kept as written, with a problem saying so."""
    if url and url.startswith("//") and HOST_WITHOUT_SCHEME.match(url):
        problems.append(Problem("url", f"{named_by} names its address without a scheme ({url}) and no address of its site gives one: https assumed, as a browser opens it from a page served over https"))
        url = "https:" + url
    if url and not _WHOLE_ADDRESS.match(url):
        problems.append(Problem("url", f"{named_by} names its address relative to itself ({url}) and no address of its site is known (a configuration's base URL): it is kept as written, not an address one can open"))
        return url
    kind = _unreachable(_host(url)) if url else None
    if kind is None:
        return url
    problems.append(Problem("url", f"{named_by} names its address as {url}, {kind}: it is not cited under it"))
    return None


#: A whole address: a scheme and a host (``https://desa.id/…``).
_WHOLE_ADDRESS = re.compile(r"^[a-z][a-z0-9+.-]*://", re.I)
#: An address that names its host without a scheme (a protocol-relative link: ``//desa.id/berita/``).
HOST_WITHOUT_SCHEME = re.compile(r"//[^/?#\s]+")


@lru_cache(maxsize=1024)
def _unreachable(host: str) -> str | None:
    """What makes an address on ``host`` one nobody else can open, or None. Cached: every
    document of a run has its url checked, and they name a few hosts between them."""
    if _development_host(host):
        return "a development address (the author's own machine)"
    if _PLACEHOLDER_HOST.fullmatch(host) is not None:
        return "a placeholder (an example address the site was never moved from)"
    return None


def _host(url: str) -> str:
    """The host name of ``url`` in lower case, without a final dot ("" when it has none or
    the address cannot be parsed)."""
    try:
        return (urlsplit(url).hostname or "").rstrip(".")
    except ValueError:
        return ""


def without_development_base(site: SiteInfo, config: str) -> SiteInfo:
    """``site`` (read from the configuration file ``config``) without its base URL when that
    is a development address or a placeholder: kept aside with the reason each document it
    would have placed records (see :func:`~..metadata.development_reason`)."""
    if not site.base_url:
        return site
    if is_development_address(site.base_url):
        kind = "a development address (the author's own machine)"
    elif is_placeholder_address(site.base_url):
        kind = "a placeholder (an example address the site was never moved from)"
    else:
        return site
    reason = f"{config} places the site at {site.base_url}, {kind}: no document is cited under it"
    return replace(site, base_url=None, development_base=site.base_url, development_reason=reason)


def hugo_language_site(site: SiteInfo, path: str) -> SiteInfo:
    """A Hugo multihost ``site`` (a language sets its own ``baseURL``, see
    :attr:`~.hugo.urls.HugoPaths.language_bases`) as the page at ``path`` below its root sees
    it: at its language's address, kept aside with why when that is a development address
    or a placeholder (:func:`without_development_base`); ``site`` itself for a page of a
    language without one, and for any other site."""
    bases = site.hugo_paths.language_bases if site.hugo_paths is not None else ()
    found = site.hugo_paths.locate(path) if bases else None
    base = dict(bases).get(found[0]) if found is not None else None
    if base is None:
        return site
    placed = replace(site, base_url=base if base.startswith("http") else None, development_base=None, development_reason=None)
    return without_development_base(placed, f"the configuration's languages.{found[0]}.baseURL")


#: The folders ``hugo new site`` makes beside ``content/`` (its themes, the front matter of
#: new pages, its own templates).
HUGO_LAYOUT = frozenset(("themes", "archetypes", "layouts"))


def is_hugo_layout(names: Iterable[str]) -> bool:
    """True for the entries ``names`` of a folder laid out as a Hugo site's: ``content/``
    beside ``themes/``, ``archetypes/`` or ``layouts/``, with no JavaScript site's
    configuration (a Nuxt site has ``content/`` and ``layouts/`` too)."""
    names = set(names)
    return "content" in names and not HUGO_LAYOUT.isdisjoint(names) and names.isdisjoint(APP_CONFIGS) and names.isdisjoint(ASTRO_CONFIGS)


#: The folders ``zola init`` makes beside ``content/`` for its templates and its styles
#: (Hugo's are ``layouts/`` and ``assets/``), and those of a Hugo site Zola's has not.
ZOLA_LAYOUT = frozenset(("templates", "sass"))
_HUGO_ONLY = frozenset(("archetypes", "layouts"))
#: A key only Zola's sections read, in the front matter of ``content/_index.md``.
_ZOLA_SECTION = re.compile(r"^(?:sort_by|paginate_by|paginate_path|insert_anchor_links|page_template|transparent)\s*=", re.M)
#: The root section's file of a Zola site, whose front matter tells a Zola site from a Hugo one.
ZOLA_ROOT_SECTION = "content/_index.md"


def is_zola_layout(names: Iterable[str], root_section: str | None = None) -> bool:
    """True for the entries ``names`` of a folder laid out as a Zola site's: ``content/``
    beside ``templates/`` or ``sass/``, or a ``content/_index.md`` (its text
    ``root_section``) whose front matter sets a key only Zola's sections read (``sort_by``,
    ``paginate_by`` …); with none of Hugo's own ``archetypes/`` and ``layouts/``, and no
    JavaScript site's configuration. ``themes/`` both have."""
    names = set(names)
    if "content" not in names or not _HUGO_ONLY.isdisjoint(names) or not names.isdisjoint(APP_CONFIGS) or not names.isdisjoint(ASTRO_CONFIGS):
        return False
    return not ZOLA_LAYOUT.isdisjoint(names) or (root_section is not None and _ZOLA_SECTION.search(root_section) is not None)


def zola_default_site() -> SiteInfo:
    """The site Zola's defaults configure, for a Zola site whose configuration file is not in
    the input: its pages are those of ``content/``, without an address (no ``base_url``)."""
    return SiteInfo(zola=ZolaPaths())


def hugo_default_site() -> SiteInfo:
    """The site Hugo's defaults configure, for a Hugo site whose configuration file is not
    in the input (left out of its repository): its pages are those of ``content/``."""
    return _hugo_site({})


def read_site_info(root: str | None, above: tuple[str, ...] = ()) -> SiteInfo:
    """The :class:`SiteInfo` of the site at ``root`` (empty when there is no readable config);
    an Antora component's playbook is looked for in ``root``, then in the folders ``above``
    it (the nearest first). A root laid out as a Zola site's (:func:`is_zola_layout`) or a
    Hugo site's (:func:`is_hugo_layout`) with no configuration file has that generator's
    defaults. A ``CNAME`` at ``root`` places the site when no configuration does (:func:`with_pages_domain`)."""
    if not root:
        return SiteInfo()
    return with_pages_domain(_configured_site(root, above), lambda path: small_file_text(os.path.join(root, *path.split("/"))))


def with_pages_domain(site: SiteInfo, read: Callable[[str], str | None]) -> SiteInfo:
    """``site`` at the address its ``CNAME`` file names (the first of :func:`pages_domain_files`
    there is, ``read(path below the root)`` giving its text, None: there is none), when its
    configuration gives it none (see :mod:`.pages_domain`): a built HTML folder, a Docsify
    site, a Jekyll site without ``url`` (jekyll-github-metadata sets ``site.url`` from the
    ``CNAME`` only then), a MkDocs site without ``site_url``. A configured address wins, but
    not a development address (:func:`is_development_address`: ``http://localhost:4000``,
    where the site was previewed) nor a placeholder (:func:`is_placeholder_address`: Hexo's
    default ``url: http://example.com``, Hugo's ``https://example.org/``), which are kept
    aside as :attr:`SiteInfo.development_base`: the site is published where the ``CNAME``
    names. Without a ``CNAME`` they still say why the site's pages have no url."""
    if site.base_url:
        return site
    text = next((text for text in map(read, pages_domain_files(site)) if text is not None), None)
    address = pages_address(text) if text is not None else None
    return replace(site, base_url=address, development_base=None, development_reason=None) if address else site


def pages_domain_files(site: SiteInfo) -> tuple[str, ...]:
    """Where, below the site's root, a ``CNAME`` may name its host: at the root, then where
    its generator copies one from to the root of the built site — the folder whose files it
    copies as they are (MkDocs' ``docs_dir``, Hugo's (:func:`~.hugo.config.static_folders`)
    and Zola's ``static/``, Hexo's ``source_dir``, those of
    :meth:`~.javascript.docs_sites.DocsRoutes.public_folders`) or
    the file Pelican's ``EXTRA_PATH_METADATA`` writes there (:func:`~.pelican.urls.copied_as`)
    or Eleventy's ``addPassthroughCopy`` copies there (:meth:`~.eleventy.EleventySite.copied_as`).
    A Jekyll site's ``source`` folder comes first: Jekyll copies its ``CNAME`` to the built
    site, not the root's."""
    folders = [site.docs_dir] if site.docs_dir is not None else []
    folders += site.hugo_static
    if site.zola is not None:
        folders.append("static")
    if site.hexo is not None:
        folders.append(site.hexo.source_dir)
    if site.routes is not None:
        folders += site.routes.public_folders()
    copied = copied_as(site.pelican, PAGES_DOMAIN) if site.pelican is not None else ()
    if site.eleventy is not None:
        copied += site.eleventy.copied_as(PAGES_DOMAIN)
    source = (f"{site.jekyll.source}/{PAGES_DOMAIN}",) if site.jekyll is not None and site.jekyll.source else ()
    return (*source, PAGES_DOMAIN, *(posixpath.join(folder, PAGES_DOMAIN) for folder in folders), *copied)


def _configured_site(root: str, above: tuple[str, ...]) -> SiteInfo:
    """What the configuration of the site at ``root`` says (see :func:`read_site_info`)."""
    unread = None
    for name in CONFIG_FILES:
        text = small_file_text(os.path.join(root, name))
        site, error = parsed_config(name, text) if text is not None else (None, None)
        unread = unread or error
        if site is not None and name in MKDOCS_CONFIGS:
            top = above[-1] if above else root  # (the input root)
            place = os.path.relpath(root, top).replace(os.sep, "/").removeprefix(".")
            site = with_inherited_settings(site, name, text, place, lambda path: small_file_text(os.path.join(top, path)))
        if site is not None and site.antora is not None:
            found = ((playbook, small_file_text(os.path.join(folder, playbook))) for folder in (root, *above) for playbook in PLAYBOOKS)
            return with_antora_playbook(site, next(((playbook, text) for playbook, text in found if text is not None), (None, None)))
        if site is not None and site.eleventy is not None:
            eleventy = with_imported_shortcodes(site.eleventy, lambda path: small_file_text(os.path.join(root, *path.split("/"))))
            if name != PACKAGE_FILE:  # (what it says of its Eleventy's version)
                eleventy = with_package(eleventy, small_file_text(os.path.join(root, PACKAGE_FILE)))
            return with_global_data(replace(site, eleventy=eleventy), root)
        if site is not None and site.quarto is not None:
            return replace(site, quarto=site.quarto.with_variables(small_file_text(os.path.join(root, VARIABLES_FILE))))
        if site is not None and name in PELICAN_CONFIGS:
            site = with_publish_settings(site, small_file_text(os.path.join(root, PELICAN_PUBLISH)))
            return with_pelican_content(site, lambda folder: _holds_files(os.path.join(root, folder)))
        if site is not None and name in QUARTZ_CONFIGS:
            return with_quartz_content(site, lambda folder: _holds_files(os.path.join(root, folder)), lambda folder: _git_ignore_files(os.path.join(root, folder)))
        if site is not None and site.routes is not None and name in DOCUSAURUS_CONFIGS:
            files = {entry: small_file_text(os.path.join(root, entry)) or "" for entry in _listing(root) if VERSIONS_FILE.match(entry)}
            routes = site.routes.with_versions(files).with_package(small_file_text(os.path.join(root, PACKAGE_FILE)))
            return replace(site, routes=routes.with_names(lambda path: small_file_text(os.path.join(root, path))))
        if site is not None and site.routes is not None and site.routes.authors_folder():
            return replace(site, routes=site.routes.with_authors(_authors_files(os.path.join(root, *site.routes.authors_folder().split("/")))))
        if site is not None and site.routes is not None and site.routes.content_configs():
            texts = (small_file_text(os.path.join(root, *path.split("/"))) for path in site.routes.content_configs())
            text = next((text for text in texts if text is not None), None)
            route_files = _astro_route_files(root, site.routes.sections[0].folder) if site.routes.generator == "astro" and site.routes.sections else _catch_all_pages(root)
            return replace(site, routes=site.routes.with_collections(text).with_entry_routes(text, route_files))
        if site is not None and site.mkdocs is not None and site.mkdocs.blogs and site.docs_dir:
            docs = os.path.join(root, site.docs_dir)
            site = replace(site, mkdocs=site.mkdocs.with_authors_files(lambda path: small_file_text(os.path.join(docs, path))))
        if site is not None and site.docsify is not None:
            return with_docsify_scripts(site, small_file_text(os.path.join(root, DOCSIFY_APP)), lambda path: small_file_text(os.path.join(root, path)))
        if site is not None and site.jekyll is not None:
            site = with_jekyll_authors(site, lambda path: small_file_text(os.path.join(root, path)))
        if site is not None and site.sphinx_build:
            project = os.path.dirname(os.path.dirname(os.path.abspath(root)))
            return replace(site, sphinx_sources=any(os.path.isfile(os.path.join(project, *place, "conf.py")) for place in ((), ("source",))))
        if site is not None:
            if site.hugo_paths is not None:  # (its environment folder merges over its main file)
                files = {**read_config_folder(os.path.join(root, "config")), "_default/" + name.rsplit("/", 1)[-1]: text}
                site = hugo_folder_site(name, files) or site
            return _with_hugo_files(site, root)
    listing = _listing(root)
    if unread is None and "content" in listing and is_zola_layout(listing, small_file_text(os.path.join(root, *ZOLA_ROOT_SECTION.split("/")))):
        return zola_default_site()
    if unread is None and is_hugo_layout(listing):
        return _with_hugo_files(hugo_default_site(), root)
    return SiteInfo(unseen=unread)


def _with_hugo_files(site: SiteInfo, root: str) -> SiteInfo:
    """A ``site`` at ``root`` with what a Hugo site's files say: its ``_index`` files' front
    matter and its authors (none for another generator's site)."""
    return with_hugo_authors(with_hugo_index_files(site, root), _authors_files(os.path.join(root, AUTHORS_FOLDER)))


def with_inherited_settings(site: SiteInfo, name: str, text: str, folder: str, read: Callable[[str], str | None]) -> SiteInfo:
    """A MkDocs ``site`` read from its configuration ``name`` (holding ``text``) alone, as
    MkDocs reads it with the files that one inherits (``INHERIT``, see
    :func:`~.mkdocs.config.inherited`: ``folder`` and ``read`` as there); what stops the
    chain is the problem of each of its documents (:attr:`SiteInfo.unseen`)."""
    if INHERIT not in text:  # without the key anywhere in the file, it is the whole configuration
        return site
    data, problem = inherited(name, load_config(text), folder, read)
    return replace(without_development_base(SiteInfo(**configured_values(data)), name), unseen=problem)


def with_jekyll_authors(site: SiteInfo, read: Callable[[str], str | None]) -> SiteInfo:
    """A Jekyll ``site`` with the authors its data folder's authors file names,
    ``read(path below the root)`` giving the file's text (None when there is none)."""
    text = next((text for text in map(read, site.jekyll.authors_data_paths()) if text is not None), None)
    return replace(site, jekyll=site.jekyll.with_authors_data(text)) if text is not None else site


def with_hugo_authors(site: SiteInfo, files: Iterable[tuple[str, str | None]]) -> SiteInfo:
    """A Hugo ``site`` with the authors its data folder's authors files name, ``files``
    giving each one's name and text (see :func:`~.hugo.authors.author_names`)."""
    return replace(site, hugo_authors=author_names(files)) if site.hugo_paths is not None else site


def _authors_files(folder: str) -> Iterator[tuple[str, str | None]]:
    """(name, text) of each file of ``folder`` on disk (none when there is no such folder)."""
    for name in sorted(_listing(folder)):
        yield name, small_file_text(os.path.join(folder, name))


def with_hugo_index_files(site: SiteInfo, root: str) -> SiteInfo:
    """A Hugo ``site`` at ``root`` with its ``_index`` files' front matter (which folders are
    sections, what they cascade: see :meth:`~.hugo.urls.HugoPaths.with_index_files`)."""
    if site.hugo_paths is None:
        return site
    files: dict[str, dict] = {}
    bundles: list[str] = []
    content_found = False
    for content in dict.fromkeys(mount.source for mount in site.hugo_paths.mounts() if mount.source):
        for folder, folders, names in os.walk(os.path.join(root, content)):
            folders[:] = sorted(name for name in folders if not name.startswith("."))
            content_found = content_found or bool(names)
            for name in names:
                path = os.path.relpath(os.path.join(folder, name), root).replace(os.sep, "/")
                if BUNDLE_FILE.match(name):
                    bundles.append(path)
                text = small_file_text(os.path.join(folder, name), MAX_INDEX_BYTES) if INDEX_FILE.match(name) and len(files) < MAX_INDEX_FILES else None
                if text is not None:
                    files[path] = index_front_matter(text)
    return replace(site, hugo_paths=site.hugo_paths.with_index_files(files, bundles, content_found))


def with_antora_playbook(site: SiteInfo, playbook: tuple[str | None, str | None]) -> SiteInfo:
    """An Antora component's ``site`` as the playbook (its name and text; None, None: no
    playbook) builds it: its attributes, URL style and, from ``site.url``, the base URL."""
    antora, base = with_playbook(site.antora, *playbook)
    return without_development_base(replace(site, antora=antora, base_url=base), playbook[0] or COMPONENT)


def with_docsify_scripts(site: SiteInfo, page: str | None, read: Callable[[str], str | None]) -> SiteInfo:
    """A Docsify ``site`` read again from its app page (``page``, the text of ``index.html``)
    with the site's own scripts it loads, ``read(path)`` giving one's text from the site's
    folder: a ``window.$docsify`` set there (``docsify.config.js``) is read as one set in the page."""
    found = docsify_site(page, read) if page is not None else None
    return replace(site, docsify=found[0]) if found is not None else site


def with_global_data(site: SiteInfo, root: str) -> SiteInfo:
    """An Eleventy ``site`` at ``root`` with the global data of its data folder, the
    permalinks its data files set, what it ignores, and the address ``_data/site.json`` or
    ``_data/metadata.json`` (or ``.js``) gives as its base URL (see :func:`with_site_data`)."""
    settings = site.eleventy
    if settings is None or settings.input is None:
        return site
    folder = data_folder(settings)
    settings = with_ignore_files(replace(settings, data_permalinks=data_permalinks(root, settings)), ignore_file_reader(root))
    return with_site_data(replace(site, eleventy=settings), folder, read_global_data(os.path.join(root, folder)))


def with_site_data(site: SiteInfo, folder: str, data: tuple[str, dict[str, str]]) -> SiteInfo:
    """An Eleventy ``site`` with the global ``data`` of its data folder ``folder`` (JSON text,
    and the file of each value: see :func:`~.eleventy.global_data`), and the address a
    ``site`` or ``metadata`` one gives as its base URL."""
    found = site_address(*data)
    site = replace(site, eleventy=replace(site.eleventy, global_data=data[0]), base_url=found[1] if found else None)
    return without_development_base(site, f"{folder}/{found[0]}") if found else site


def hugo_folder_site(name: str, files: dict[str, str]) -> SiteInfo | None:
    """The site Hugo's configuration folder configures for a plain ``hugo`` build
    (``files``: each entry below ``config/`` → its text, see
    :func:`~.hugo.config.folder_config`; ``name``: the file that marked the site,
    ``config/_default/hugo.toml``); None when it cannot be read."""
    data = folder_config(files)
    return without_development_base(_hugo_site(data), name) if data is not None else None


def read_config_folder(folder: str) -> dict[str, str]:
    """The files of Hugo's configuration folder ``folder`` that a build reads (see
    :func:`~.hugo.config.folder_config`), each entry below it with its text."""
    return {
        f"{environment}/{entry}": small_file_text(os.path.join(folder, environment, entry)) or ""
        for environment in ENVIRONMENTS
        for entry in _listing(os.path.join(folder, environment)) if is_setting(entry)
    }


def parse_data(name: str, text: str) -> object:
    """The TOML, YAML or JSON file ``name`` holding ``text`` as data; None when it cannot be parsed."""
    try:
        return _load(name, text)
    except (ValueError, RecursionError, yaml.YAMLError, tomllib.TOMLDecodeError):
        return None


def _load(name: str, text: str) -> object:
    return tomllib.loads(text) if name.endswith(".toml") else yaml.safe_load(text)  # (JSON is YAML)


def _astro_route_files(root: str, pages: str) -> dict[str, str]:
    """The dynamic route files of an Astro site's pages folder ``pages`` (a path in the site
    at ``root``: ``src/pages/berita/[...slug].astro``), as paths in the site → their text."""
    found: dict[str, str] = {}
    for folder, folders, names in os.walk(os.path.join(root, *pages.split("/"))):
        folders[:] = [name for name in folders if not name.startswith((".", "_"))]
        for name in names:
            text = small_file_text(os.path.join(folder, name)) if is_astro_route(name) and len(found) < MAX_INDEX_FILES else None
            if text is not None:
                found[os.path.relpath(os.path.join(folder, name), root).replace(os.sep, "/")] = text
    return found


def _catch_all_pages(root: str) -> dict[str, str]:
    """The catch-all pages of a Nuxt site at ``root`` (``pages/[...slug].vue``, Nuxt 4's
    ``app/pages/``), as paths in the site (their text is not read)."""
    return {f"{folder}/{name}": "" for folder in NUXT_PAGE_FOLDERS for name in _listing(os.path.join(root, *folder.split("/"))) if is_catch_all_page(name)}


def _listing(folder: str) -> list[str]:
    try:
        return os.listdir(folder)
    except OSError:
        return []


def with_publish_settings(site: SiteInfo, publish: str | None) -> SiteInfo:
    """A Pelican ``site`` (from ``pelicanconf.py``) as its ``publishconf.py`` text
    ``publish`` overrides it: a setting given there, not empty, wins."""
    if site.pelican is None or not publish:
        return site
    overrides = pelican_settings(publish, PELICAN_PUBLISH)
    settings = site.pelican.overridden_by(overrides)
    site = replace(site, pelican=settings, lang=_pelican_lang(settings) or site.lang)
    if not overrides.values.get("SITEURL") and "SITEURL" not in overrides.unknown:
        return site
    return without_development_base(replace(site, base_url=_pelican_base(settings), development_base=None, development_reason=None), PELICAN_PUBLISH)


def with_pelican_content(site: SiteInfo, holds_files: Callable[[str], bool]) -> SiteInfo:
    """A Pelican ``site`` with its content folder (:attr:`SiteInfo.pelican_content`) when
    ``holds_files`` (given the folder below the site's root) finds files in it."""
    folder = content_folder(site.pelican) if site.pelican is not None else None
    return replace(site, pelican_content=folder) if folder and holds_files(folder) else site


def with_quartz_content(site: SiteInfo, holds_files: Callable[[str], bool], ignore_files: Callable[[str], Iterable[tuple[str, str]]]) -> SiteInfo:
    """A Quartz ``site`` whose notes are those of its content folder (see :mod:`.notes`)
    when ``holds_files`` (given the folder below the site's root) finds files in it, less
    those the ``.gitignore`` files in it ignore (``ignore_files``, given the folder: each
    file's folder below it and its text); else every file of the site is read, as before."""
    if site.notes is None or site.notes.publisher != "Quartz" or not holds_files(QUARTZ_CONTENT):
        return site
    return replace(site, notes=replace(site.notes, content=QUARTZ_CONTENT, git_ignored=git_ignore_patterns(ignore_files(QUARTZ_CONTENT))))


def _git_ignore_files(folder: str) -> Iterator[tuple[str, str]]:
    """The ``.gitignore`` files in the folder ``folder`` on disk and in the folders below it
    (not in ``.git``, ``node_modules``, as globby looks for them), each as its folder below
    ``folder`` and its text."""
    for directory, folders, names in os.walk(folder):
        folders[:] = [name for name in folders if name not in (".git", "node_modules")]
        text = small_file_text(os.path.join(directory, GIT_IGNORE), MAX_IGNORE_BYTES) if GIT_IGNORE in names else None
        if text is not None:
            place = os.path.relpath(directory, folder).replace(os.sep, "/")
            yield ("" if place == "." else place), text


def _holds_files(folder: str) -> bool:
    """True when the folder ``folder`` or one below it holds a file (hidden folders left out)."""
    for _, folders, names in os.walk(folder):
        if names:
            return True
        folders[:] = [name for name in folders if not name.startswith(".")]
    return False


def _pelican_base(settings: PelicanSettings) -> str | None:
    """Pelican's ``SITEURL`` when the configuration gives it as text, not empty."""
    base = settings.values.get("SITEURL")
    return base if isinstance(base, str) and base else None


def _pelican_lang(settings: PelicanSettings) -> str | None:
    lang = settings.values.get("DEFAULT_LANG")
    return lang if isinstance(lang, str) and lang else None


def parse_config(name: str, text: str) -> SiteInfo | None:
    """What the configuration file ``name`` (one of :data:`CONFIG_FILES`) holding ``text``
    says; None when it cannot be parsed."""
    return parsed_config(name, text)[0]


def parsed_config(name: str, text: str) -> tuple[SiteInfo | None, str | None]:
    """What :func:`parse_config` gives, and when the file cannot be parsed, why, as the
    problem of the site's documents (their address, dates and drafts are then the
    generator's defaults). Another ValueError says the file is not a configuration of
    its kind (a ``settings.csv`` without Blogger's columns): that is no problem."""
    try:
        site = _parse(name, text)
    except (json.JSONDecodeError, SyntaxError, RecursionError, yaml.YAMLError, tomllib.TOMLDecodeError) as error:
        return None, f"the site's configuration {name} cannot be read ({parse_error(error)}): none of its settings are used"
    except ValueError:
        return None, None
    return (without_development_base(site, name) if site is not None else None), None


def _parse(name: str, text: str) -> SiteInfo | None:
    if name == BOOK_CONFIG:
        root = book_root(text)
        if root is None:
            raise ValueError("a book.json that names no root folder: nothing of the site's")
        return SiteInfo(book_root=root)
    if name == DOCSIFY_APP:
        found = docsify_site(text)
        if found is None:
            raise ValueError("not a Docsify site's index.html")
        return SiteInfo(lang=found[1], docsify=found[0])
    if name in DOCUSAURUS_CONFIGS or name in VITEPRESS_CONFIGS or name in VUEPRESS_CONFIGS:
        read = docusaurus_site if name in DOCUSAURUS_CONFIGS else vitepress_site if name in VITEPRESS_CONFIGS else vuepress_site
        base, lang, routes = read(name, text)
        return SiteInfo(base, lang, routes=routes)
    if name in ASTRO_CONFIGS:
        base, lang, routes = astro_site(name, text)
        return SiteInfo(base, lang, routes=routes)
    if name in APP_CONFIGS:
        found = app_site(name, text)
        return SiteInfo(app_site_url(name, text), routes=found) if found is not None else None
    if name == COMPONENT:
        found = component(text)
        return SiteInfo(antora=found) if found is not None else None
    if name in QUARTZ_CONFIGS:
        return SiteInfo(notes=quartz_publishing(name, text))
    if name == OBSIDIAN_PLUGINS:
        found = obsidian_publishing(text)
        return SiteInfo(notes=found) if found is not None else None
    if name == SPHINX_BUILD_INFO:
        return SiteInfo(sphinx_build=True) if text.startswith(_SPHINX_BUILD_HEADER) else None
    if name in ELEVENTY_CONFIGS or name == PACKAGE_FILE:
        settings = eleventy_settings(name, text)
        if settings is None and compiles_pages_as_mdx(json.loads(text)):  # (only a package.json gives None)
            return SiteInfo(mdx_pages=True)
        if settings is None:
            raise ValueError("not an Eleventy site's package.json")
        return SiteInfo(eleventy=settings)
    name = name.rsplit("/", 1)[-1]
    if name in MKDOCS_CONFIGS:
        return SiteInfo(**mkdocs_values(text))
    if name == BLOGGER_SETTINGS:
        return _blogger_site(text)
    if name == POSTS_CSV:
        return SiteInfo(substack=substack_posts(text), export_settings=POSTS_CSV)
    if name == "conf.py" and is_nikola_conf(text):
        base, nikola = nikola_site(text)
        return SiteInfo(base, nikola.default_lang, nikola=nikola, publishing=nikola_publishing(nikola.future, nikola.timezone))
    if name == "conf.py":
        if not SPHINX_CONF_SIGNS.search(text):
            return SiteInfo()
        values = sphinx_values(text)
        base = values.get("html_baseurl", "")
        substitutions = tuple((key, values[key]) for key in ("version", "release") if key in values)
        if values.get("today"):  # unset or empty: Sphinx writes the day of the build, not a fact of the page
            substitutions += (("today", values["today"]),)
        suffix = values.get("html_file_suffix", None if _SPHINX_SUFFIX.search(text) else ".html")
        return SiteInfo(
            base if base.startswith("http") else None, values.get("language") or None, substitutions=substitutions, sphinx=True, page_suffix=suffix
        )
    if name.endswith(".py"):
        settings = pelican_settings(text)
        return SiteInfo(_pelican_base(settings), _pelican_lang(settings), pelican=settings)
    data = _load(name, text)
    if not isinstance(data, dict):
        return SiteInfo()
    if name == SPACE_CONFIG:
        return SiteInfo(book_root=root_folder(data.get("root")))
    if name in QUARTO_CONFIGS:
        base, lang, project = quarto_project(data)
        return SiteInfo(base, lang, quarto=project)
    if name in RMARKDOWN_CONFIGS:
        return SiteInfo(quarto=rmarkdown_project(name, data))
    if name == "zola.toml" or (name == "config.toml" and is_zola_config(data)):
        base, lang = data.get("base_url"), data.get("default_language") or "en"
        return SiteInfo(base if isinstance(base, str) and base.startswith("http") else None, str(lang), zola=zola_paths(data))
    if name in _HUGO_FILES:
        return _hugo_site({str(key).lower(): value for key, value in data.items()})  # Hugo's keys ignore case
    base = data.get("baseURL") or data.get("baseurl_full") or _jekyll_url(data)
    lang = data.get("languageCode") or data.get("lang") or data.get("language") or data.get("defaultContentLanguage")
    return SiteInfo(
        base if isinstance(base, str) and base.startswith("http") else None, lang if isinstance(lang, str) else None, jekyll=jekyll_site(data),
        publishing=jekyll_publishing(data), hexo=hexo_site(data) if name in ("_config.yml", "_config.yaml") else None,
    )


def _blogger_site(text: str) -> SiteInfo:
    """What a Takeout Blogger ``settings.csv`` says: the blog's address from
    ``blog_subdomain`` and its language from ``blog_locale``. Another ``settings.csv`` (no
    such columns) is not a configuration (ValueError)."""
    rows = csv.reader(io.StringIO(text))
    header, values = next(rows, []), next(rows, [])
    settings = dict(zip(header, values))
    subdomain = settings.get("blog_subdomain", "").strip().lower()
    if not _BLOGSPOT_NAME.fullmatch(subdomain):
        raise ValueError("not a Blogger settings.csv")
    return SiteInfo(f"https://{subdomain}.blogspot.com/", settings.get("blog_locale", "").strip() or None, export_settings=BLOGGER_SETTINGS)


def _hugo_site(data: dict) -> SiteInfo:
    """What Hugo's configuration (its keys in lower case) says: ``baseURL``, ``languageCode``
    (else ``defaultContentLanguage``), where pages are published (see
    :func:`~.hugo.urls.hugo_paths`), which pages dated ahead or expired it publishes, its
    parameters, whether its Markdown reads block attribute lists and whether it shows raw
    HTML, and its themes."""
    base, lang = data.get("baseurl"), data.get("languagecode") or data.get("defaultcontentlanguage")
    return SiteInfo(
        base if isinstance(base, str) and base.startswith("http") else None, lang if isinstance(lang, str) else None, hugo_paths=hugo_paths(data),
        publishing=hugo_publishing(data), hugo_params=config_params(data), hugo_block_attributes=block_attributes(data),
        hugo_raw_html_omitted=raw_html_omitted(data), hugo_themes=theme_folders(data), hugo_static=static_folders(data),
    )


def sphinx_values(text: str) -> dict[str, str]:
    """The string constants that Sphinx's ``conf.py`` (``text``) assigns at its top level to
    the names arsip reads (``release = "1.2"``, ``version = release``); a computed value
    (``release = get_version()``) is left out. The file is parsed, never run."""
    values: dict[str, str] = {}
    for statement in parse_python(text).body:
        value = _string_value(statement.value, values) if isinstance(statement, ast.Assign) else None
        if value is not None:
            for target in statement.targets:
                if isinstance(target, ast.Name) and target.id in _SPHINX_NAMES:
                    values[target.id] = value
        elif isinstance(statement, (ast.Assign, ast.AugAssign, ast.AnnAssign)):
            for target in statement.targets if isinstance(statement, ast.Assign) else (statement.target,):
                if isinstance(target, ast.Name):
                    values.pop(target.id, None)  # computed later: its final value is unknown
    return values


def _string_value(node: ast.expr, values: dict[str, str]) -> str | None:
    """A string constant, or one of the names read so far (``release = version``)."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        return node.value
    return values.get(node.id) if isinstance(node, ast.Name) else None


def _jekyll_url(data: dict) -> str | None:
    url, base = data.get("url"), data.get("baseurl")
    if not isinstance(url, str):
        return None
    return url.rstrip("/") + ("/" + base.strip("/") if isinstance(base, str) and base.strip("/") else "")


#: :func:`read_site_info`, read once per root (``site_info.cache_clear()`` at the start of a
#: run: a configuration may change between two runs in one process).
site_info = lru_cache(maxsize=64)(read_site_info)
