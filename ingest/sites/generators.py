"""Which site generator made an input root: Quarto, R Markdown (bookdown, distill), MkDocs, Eleventy, Hexo, Jekyll, Hugo, Zola, MDX, WordPress, Pelican, Nikola, GitBook,
Docs (Microsoft-Docs-style Markdown and Sphinx), HTML (a Blogger backup says so itself: its
reader sets ``blogger``).

Detection looks at the root's configuration files first, then at the names and the first
lines of a bounded sample of its files. Each generator's syntax is applied only to its own
roots (see :mod:`.syntax`); an unknown generator reads as plain Markdown, where
``{{ ... }}`` is content. An archive (``.zip``, ``.tar.gz``) is a root of its own, judged
the same way from its members: its root is its top folder when every member is inside one
(``situs/hugo.toml``, ``situs/content/...``), else the archive's top; the same look reads
the site configuration in that root (:mod:`.site`). A folder inside a root that holds a
generator's configuration marker is a site root of its own too (:class:`NestedSites`), in
a folder and in an archive by one rule (:func:`archive_site_roots`).
"""

from __future__ import annotations

import json
import os
import posixpath
import re
import tarfile
import zipfile
from collections import Counter
from dataclasses import dataclass, replace
from typing import Callable, Collection, Iterable, Iterator, Mapping

from .. import limits
from .antora import COMPONENT, PLAYBOOKS
from .eleventy import DATA_FOLDER, ELEVENTY_CONFIGS, PACKAGE_FILE, data_folder, global_data, is_data_file, with_ignore_files, with_imported_shortcodes
from .eleventy_ignores import GIT_IGNORE, MAX_IGNORE_BYTES, is_ignore_file
from .docsify import APP_PAGE as DOCSIFY_APP, MARKERS as DOCSIFY_MARKERS, runs_docsify
from .docsify_folders import PAGE as DOCSIFY_PAGE, docsify_folder, holding_pages
from .gitbook_book import BOOK_CONFIG, rooted_book
from .pages_domain import PAGES_DOMAIN
from .vuepress import MARKER as VUEPRESS_MARKER
from .gitbook import GITBOOK_MARKERS, SIGNS as GITBOOK_SIGNS, SUMMARY as GITBOOK_SUMMARY
from ..built_sites import BuiltFolders
from ..formats import ARCHIVE_DAMAGE, MACOS_ZIP_FOLDER, is_archive, open_tar_stream
from .hugo.authors import AUTHORS_FOLDER
from .hugo.config import ENVIRONMENTS, is_setting
from .hugo.urls import BUNDLE_FILE, INDEX_FILE, MAX_INDEX_FILES, index_front_matter
from .javascript.app_routes import GATSBY_NODE_FILES, is_catch_all_page
from .javascript.app_sites import APP_CONFIGS
from .javascript.docs_sites import ASTRO_CONFIGS, ASTRO_CONTENT_CONFIGS, DOCUSAURUS_AUTHORS_FILES, DOCUSAURUS_CONFIGS, DOCUSAURUS_TAGS_FILE, MDX1, VERSIONS_FILE, is_astro_route
from .mkdocs.blog import AUTHORS_FILE
from .mkdocs.config import MKDOCS_CONFIGS, PAGE_EXTENSIONS
from ..paths import path_id, path_text
from ..readers.tumblr_layout import UNSEEN, layout_mark
from .pelican.config import PELICAN_CONFIGS
from .quarto import QUARTO_CONFIGS, R_MARKDOWN, RMARKDOWN_CONFIGS, VARIABLES_FILE
from .notes import QUARTZ_CONFIGS
from .small_files import HEAD_BYTES, MAX_CONFIG_BYTES, file_head, small_file_text
from .site import (
    BLOGGER_SETTINGS,
    CONFIG_FILES,
    PELICAN_PUBLISH,
    POSTS_CSV,
    SPHINX_BUILD_INFO,
    SPHINX_CONF_SIGNS,
    SiteInfo,
    HUGO_LAYOUT,
    ZOLA_LAYOUT,
    ZOLA_ROOT_SECTION,
    hugo_default_site,
    hugo_folder_site,
    is_hugo_layout,
    is_zola_layout,
    zola_default_site,
    parse_config,
    parsed_config,
    read_site_info,
    with_antora_playbook,
    with_hugo_authors,
    with_inherited_settings,
    with_jekyll_authors,
    with_pelican_content,
    with_quartz_content,
    with_publish_settings,
    with_docsify_scripts,
    with_pages_domain,
    with_site_data,
)

#: The generators arsip knows, as ``--generator`` accepts them and records name them.
GENERATORS = (
    "quarto", "rmarkdown", "jekyll", "hexo", "hugo", "zola", "eleventy", "mdx", "wordpress", "blogger", "pelican", "nikola", "docs", "mkdocs", "mdn", "antora",
    "gitbook", "docsify", "vuepress", "html", "markdown",
)

#: The extensions MDX reads as plain Markdown when it tells a file's format by its name
#: (its ``format: 'detect'``, the default of MDX itself, Nextra and ``@mdx-js/loader``).
_MD_EXTENSIONS = frozenset((".md", ".markdown", ".mdown", ".mkdn", ".mkd", ".mdwn", ".mkdown", ".ron"))

#: Files or folders in a root that name its generator.
_MARKERS = (
    ("quarto", QUARTO_CONFIGS),
    ("rmarkdown", RMARKDOWN_CONFIGS),
    ("mkdocs", MKDOCS_CONFIGS),
    ("eleventy", ELEVENTY_CONFIGS),
    ("hexo", ("scaffolds",)),
    ("jekyll", ("_config.yml", "_config.yaml", "_config.toml", "_posts")),
    ("zola", ("zola.toml",)),
    ("hugo", ("hugo.toml", "hugo.yaml", "hugo.yml", "hugo.json", "archetypes")),
    ("pelican", PELICAN_CONFIGS),
    ("docs", ("docfx.json", ".openpublishing.publish.config.json")),
    ("mdx", DOCUSAURUS_CONFIGS),
    ("vuepress", (VUEPRESS_MARKER,)),
    ("wordpress", ("wp-config.php", "wp-content")),
    ("docsify", DOCSIFY_MARKERS),
    ("gitbook", GITBOOK_MARKERS),  # (last: a repository of another generator's site may sync its docs to GitBook)
)
#: An Antora component version's root: its descriptor beside its modules.
_ANTORA_ROOT = frozenset((COMPONENT, "modules"))
#: What marks a site root whose generator its files tell (an Astro, VitePress, Gatsby, Nuxt
#: Content or Nextra site may write Markdown or MDX): its configuration is read for the
#: site's URLs and the folders it publishes.
_UNNAMED_MARKERS = frozenset((*ASTRO_CONFIGS, ".vitepress", *APP_CONFIGS))
#: A GitBook legacy (or HonKit) book's root: its configuration beside its table of contents.
_LEGACY_BOOK = frozenset(("book.json", GITBOOK_SUMMARY))
#: The folders of a Nikola site's posts and pages, beside its ``conf.py``.
_NIKOLA_FOLDERS = frozenset(("posts", "pages"))
#: A folder GitHub Pages publishes as it is, not built by Jekyll: its ``.nojekyll`` beside
#: its home page (``docsify init docs`` writes both): its files tell its generator.
_PAGES_MARKER, _HOME_PAGE = ".nojekyll", "index.html"
_PAGES_FOLDER = frozenset((_PAGES_MARKER, _HOME_PAGE))
_SAMPLE_FILES = 200
#: Past the first :data:`_SAMPLE_FILES` files of an archive, how many more of each folder
#: that may hold a site root (its path cut to :data:`_SITE_DEPTH` folders) its look keeps,
#: so that a site root inside it whose files come later is judged from its own files; at
#: most :data:`_MORE_SAMPLE_FILES` in all, each of them its first :data:`_MORE_HEAD_BYTES`.
_FOLDER_SAMPLE_FILES = 5
_MORE_SAMPLE_FILES = 1000
_MORE_HEAD_BYTES = 4096
#: How much of each Hugo ``_index`` file of an archive is read: its front matter (which
#: folders are sections, what they cascade) is at its top.
_INDEX_HEAD_BYTES = 64 * 1024
#: The YAML files of an archive kept for a MkDocs configuration to inherit (``INHERIT``),
#: the first of them near its top (at most :data:`_INHERITED_DEPTH` parts deep), not hidden:
#: which one it names is known only once the configuration is read, and a tar is read once.
_INHERITED_FILES = 64
_INHERITED_DEPTH = 4
#: Hugo's configuration beside a ``content`` folder: a file, or its configuration folder.
_HUGO_CONFIG = ("config.toml", "config.yaml", "config.yml", "config.json", "config")
#: The folder of a Hugo theme that holds its example site, a Hugo site of its own with demo
#: content (in the theme's repository and in ``themes/NAME/`` of a site using it).
EXAMPLE_SITE = "exampleSite"
#: Folders of a site that hold its theme, code, data or built pages, not sites of their own
#: (with every folder whose name starts with ``_`` or ``.``: Jekyll's ``_includes``,
#: ``_layouts``, collections, Sphinx's ``_static``): a marker below one of them (a theme's
#: example site, a library's ``_config.yml`` in ``assets/``) does not make a site root.
SITE_CODE_FOLDERS = frozenset(
    ("themes", "theme", "layouts", "assets", "static", "public", "resources", "archetypes", "data", "i18n", "plugins", "output", "build", "src", "vendor", "site")
    + ("pelican-plugins", "pelican-themes")  # Pelican's collections, cloned into a site by their names (their plugins' tests are sites)
    + (EXAMPLE_SITE,)
)
#: The static files folders of each generator's site, below its root: what is in them is
#: copied into the built site as it is (Hugo's and Zola's ``static/``, Docusaurus' ``static/``,
#: Astro's ``public/``, Jekyll's and Eleventy's ``assets/`` or ``public/``, VuePress'
#: ``.vuepress/public/``), so an archive there is a download the site offers.
_STATIC_FOLDERS = {
    "hugo": ("static/",),
    "zola": ("static/",),
    "mdx": ("static/", "public/"),
    "jekyll": ("assets/", "public/"),
    "eleventy": ("assets/", "public/"),
    "vuepress": (".vuepress/public/",),
}
#: Why an archive in a site's static files is not opened.
OFFERED_DOWNLOAD = "a download the site offers (an archive in its static files): not opened"


def in_static_files(generator: str, path: str) -> bool:
    """True when the file at ``path`` (below its site's root) lies in a static files folder
    of a ``generator`` site (:data:`_STATIC_FOLDERS`)."""
    return path.startswith(_STATIC_FOLDERS.get(generator, ()))


#: The package a Hexo site's ``package.json`` depends on.
_HEXO_PACKAGES = frozenset(("hexo",))
#: Tags only Hexo has (Octopress, a Jekyll site, shares its other tags: ``codeblock``, ``blockquote``).
_HEXO_SIGNS = re.compile(r"\{%-?\s*(?:asset_img|asset_image|asset_link|asset_path|post_link|post_path)\b")
#: What tells a Hexo site's source folder copied without its configuration (``_posts/`` its
#: only marker, as a Jekyll site's) from a Jekyll site: Hexo's own tags — a Jekyll site has
#: namesakes of them only from Ruby in its own ``_plugins/`` — and categories written as a
#: list of lists (several hierarchies, Hexo's form: ``- [Berita, Desa]``, ``[[Berita, Desa], Opini]``).
_HEXO_ONLY_SIGNS = re.compile(
    r"\{%-?\s*(?:asset_img|asset_image|asset_link|post_link|post_path)\b"
    r"|^categories:[ \t]*\[[ \t]*\[|^categories:[ \t]*\r?\n(?:[ \t]*-[ \t][^\n]*\n)*?[ \t]*-[ \t]+(?:\[|-[ \t])",
    re.M,
)
#: What only a Jekyll site has: its folders of layouts, includes, Ruby plugins and styles,
#: and Liquid Hexo's Nunjucks does not read in a post (an include, a highlight block,
#: ``post_url``, ``{{ page.x }}`` and ``{{ site.x }}``).
_JEKYLL_FOLDERS = frozenset(("_layouts", "_includes", "_plugins", "_sass"))
_JEKYLL_ONLY_SIGNS = re.compile(r"\{%-?\s*(?:include|include_relative|highlight|post_url)\s|\{\{-?\s*(?:page|site)\.")
_JEKYLL_CONFIGS = frozenset(("_config.yml", "_config.yaml", "_config.toml"))
#: The packages of apps that keep Markdown posts in a ``_posts/`` folder of their own (see :func:`app_posts`).
_POSTS_APPS = frozenset(("next",))
_JEKYLL_SIGNS = re.compile(r"\{%-?\s*(?:include|highlight|raw|if|for|assign|capture|comment)\b|\{\{-?\s*(?:page|site|include)\.")
#: TOML front matter, or a Hugo shortcode as Hugo parses one: its name set apart from
#: ``{{<``/``{{%`` by a space (``{{< figure src="…" >}}``, ``{{% catatan %}}``, ``{{< /tab >}}``),
#: or followed by its parameters (``{{<figure src="…">}}``), or an escaped one
#: (``{{</* x */>}}``). Not a tldr page's placeholder of keys (``{{<Esc>:wq<Enter>}}``) nor
#: another template language's ``{{<nama>}}``.
_HUGO_SIGNS = re.compile(
    r"\A\+\+\+|\{\{[<%]-?(?:\s+/?\s*[\w./-]+(?:\s[^{}]*)?-?[>%]\}\}|/?[\w./-]+\s[^{}]*[>%]\}\}|/\*)"
)
_DOCS_SIGNS = re.compile(r"^ms\.(?:topic|date|author|service)\s*:", re.M)
#: An MDN Web Docs page (Yari, rari): ``index.md`` or ``index.html`` in its slug's folder,
#: front matter with the ``slug`` and a key only MDN's pages have (a translation's
#: ``l10n``/``translation_of``, ``page-type``, ``browser-compat``, ``original_slug``).
_MDN_SIGNS = re.compile(r"\A---\n(?:[^\n]*\n){0,3}?slug:[^\n]*\n(?:[^\n]*\n){0,40}?(?:l10n|translation_of|page-type|browser-compat|original_slug):", re.M)
_MDN_PAGES = frozenset(("index.md", "index.html"))
_PELICAN_SIGNS = re.compile(r"\A(?:Title|Judul):[^\n]*\n(?:[A-Z][a-z]+:[^\n]*\n)*?(?:Date|Tanggal):", re.M)
#: A Pelican reST post: a ``:date:`` field in the docinfo under its title.
_PELICAN_RST_SIGNS = re.compile(r"\A(?:[^\n]*\n){1,8}?:date:[ \t]+\d")
#: A Nikola post (Markdown, HTML or reST) opening with Nikola's metadata: ``.. title:``
#: first, inside ``<!--`` in Markdown and HTML.
_NIKOLA_SIGNS = re.compile(r"\A(?:<!--[ \t]*\r?\n)?\.\. title: ")
#: A Sphinx project's root: its configuration next to its main page.
_SPHINX_ROOT = frozenset(("conf.py", "index.rst"))
#: A blog's folder in a Google Takeout Blogger export (``Takeout/Blogger/Blogs/NAME/``).
_BLOGGER_TAKEOUT = frozenset(("feed.atom", BLOGGER_SETTINGS))
#: A Substack export: its ``posts.csv`` beside the ``posts/`` folder of the posts' HTML.
_SUBSTACK_EXPORT = frozenset((POSTS_CSV, "posts"))
#: Generators whose sites hold ``_posts/`` folders of their own (Jekyll's category folders
#: ``berita/_posts/``, Hexo's ``source/_posts/``, a Hugo section's ``blog/_posts/`` as the
#: Kubernetes site keeps its blog): such a folder is not a site root.
_POSTS_SITES = frozenset(("jekyll", "hexo", "hugo"))
#: The markers a site of a generator keeps in its own folders, which make no site root there:
#: the ``_posts/`` of :data:`_POSTS_SITES`, and a Docsify site's navigation files of a folder
#: (nested sidebars: Docsify loads the ``_sidebar.md`` of a page's folder, else its parent's;
#: docsifyjs/docsify docs/more-pages.md).
_OWN_FOLDER_MARKERS = {**dict.fromkeys(_POSTS_SITES, frozenset(("_posts",))), "docsify": frozenset(DOCSIFY_MARKERS)}
#: Every name that may mark a root (a quick look at each folder of a walk; Hugo's and Zola's
#: layouts: :func:`~.site.is_hugo_layout`, :func:`~.site.is_zola_layout`).
_MARKER_NAMES = frozenset(name for _, markers in _MARKERS for name in markers).union(
    _HUGO_CONFIG, _SPHINX_ROOT, _UNNAMED_MARKERS, _BLOGGER_TAKEOUT, _SUBSTACK_EXPORT, (COMPONENT, SPHINX_BUILD_INFO), HUGO_LAYOUT, ZOLA_LAYOUT, _LEGACY_BOOK, ("content", ".nojekyll")
)
#: The names in a folder that tell whether it is a site root (:func:`_root_marker`) and
#: which generator's (:func:`marked_generator`: Antora's ``modules`` beside its descriptor).
_FOLDER_NAMES = _MARKER_NAMES.union(("modules",), _NIKOLA_FOLDERS, _PAGES_FOLDER)
#: How many folders below an archive's top a site root inside it may be (``repo-main/docs``,
#: ``repo-main/packages/web``): the configuration files of these folders are read in the
#: archive's one pass; a site marked deeper is not looked for.
_SITE_DEPTH = 3
#: How deep below an archive's top the scripts that may set a Docsify site's configuration
#: or define an Eleventy site's shortcodes or bundles are kept (``repo-main/docsify.config.js``,
#: ``repo-main/js/config.js``, ``repo-main/_config/shortcodes.js``): a folder below each site
#: root looked for (their parts: the root's, the folder, the file), and their extensions.
_SCRIPT_DEPTH = _SITE_DEPTH + 2
_SCRIPTS = (".js", ".cjs", ".mjs")
#: The names kept of a folder deeper than :data:`_SITE_DEPTH`, enough to tell that it is a
#: site root (:func:`deep_site_roots`): not a home page (every folder of a mirror has one),
#: which counts only beside a ``.nojekyll`` (:meth:`_ArchiveListing._site_names`).
_DEEP_NAMES = _FOLDER_NAMES.difference((_HOME_PAGE,))
#: How deep below a site's root the folder lies whose ``CNAME`` its generator copies to the
#: built site's root (``docs/.vuepress/public/CNAME``, see :func:`~.site.pages_domain_files`).
_PUBLIC_DEPTH = 3


#: A file of the sample: its name, and how to read its first bytes as text.
Sampled = tuple[str, Callable[[], str]]


def detect_generator(path: str) -> str:
    """The generator of the input root ``path`` (a folder, an archive, or a file judged by its folder)."""
    if os.path.isfile(path):
        if path.lower().endswith(".mdx"):
            return "mdx"
        if is_archive(path):
            return look_into_archive(path).generator
        path = os.path.dirname(os.path.abspath(path))
    try:
        names = set(os.listdir(path))
    except OSError:
        return "markdown"
    if "conf.py" in names and read_site_info(path).nikola is not None:
        return "nikola"  # (its conf.py sets POSTS or PAGES: a Sphinx project's does not)
    app_page = file_head(os.path.join(path, DOCSIFY_APP)) if DOCSIFY_APP in names else None
    generator = _judge(names, _folder_sample(path), app_page, rooted_book(path, names))
    if generator == "hugo" and ("config.toml" in names or "content" in names) and read_site_info(path).zola is not None:
        return "zola"  # (Zola's config.toml, or Zola's layout without one: see is_zola_layout)
    if generator == "jekyll" and (_hexo_folder(path, names) or _in_hexo_project(path) or copied_hexo_source(names, _folder_sample(path))):
        return "hexo"
    if generator == "jekyll" and app_posts(names, small_file_text(os.path.join(path, PACKAGE_FILE)) if PACKAGE_FILE in names else None):
        return _not_jekyll(_from_sample(_folder_sample(path)))
    if PACKAGE_FILE in names and marked_generator(names) is None:
        return _package_generator(read_site_info(path)) or generator
    return generator


def _folder_sample(path: str) -> Iterator[Sampled]:
    """The sample of the folder ``path``'s files, each read when asked."""
    return ((file_path, lambda file_path=file_path: file_head(file_path)) for file_path in _sample(path))


def copied_hexo_source(names: set[str], sample: Iterable[Sampled]) -> bool:
    """True for a Hexo site's source folder copied without the site's configuration (a root
    holding ``names`` that Jekyll's ``_posts/`` marks, with its ``sample`` of files): no
    Jekyll configuration or folder of Jekyll's own (:data:`_JEKYLL_FOLDERS`) is there, and
    more of its files show what only Hexo reads (:data:`_HEXO_ONLY_SIGNS`) than what only
    Jekyll reads (:data:`_JEKYLL_ONLY_SIGNS`)."""
    if "_posts" not in names or not names.isdisjoint(_JEKYLL_CONFIGS) or not names.isdisjoint(_JEKYLL_FOLDERS):
        return False
    hexo = jekyll = 0
    for file_path, read_head in sample:
        if _is_markdown(file_path):
            head = read_head()
            hexo += _HEXO_ONLY_SIGNS.search(head) is not None
            jekyll += _JEKYLL_ONLY_SIGNS.search(head) is not None
    return hexo > jekyll


def _package_generator(site: SiteInfo) -> str | None:
    """The generator a root's ``package.json`` names when no configuration file does:
    ``eleventy`` (it depends on ``@11ty/eleventy``), ``mdx`` (the site's own code compiles
    its pages with MDX: :attr:`~.site.SiteInfo.mdx_pages`), else None."""
    return "eleventy" if site.eleventy is not None else "mdx" if site.mdx_pages else None


def _hexo_folder(path: str, names: set[str]) -> bool:
    """True when the folder ``path`` (holding ``names``) is a Hexo site's, though its
    ``_config.yml`` reads as Jekyll's: the configuration has a key only Hexo's has
    (``new_post_name``, ``source_dir`` …), or ``package.json`` depends on ``hexo``."""
    site = read_site_info(path) if "_config.yml" in names or "_config.yaml" in names else None
    return _hexo_marked(site, small_file_text(os.path.join(path, PACKAGE_FILE)) if PACKAGE_FILE in names else None)


def _hexo_marked(site: SiteInfo | None, package: str | None) -> bool:
    """True when a root's configuration ``site`` has a key only Hexo's has, or its
    ``package.json`` (its text, ``package``) depends on ``hexo``: the same rule for a folder
    on disk and one in an archive."""
    return bool(site and site.hexo and site.hexo.marked) or _depends_on(package, _HEXO_PACKAGES)


def _in_hexo_project(path: str) -> bool:
    """True when the folder ``path`` is the ``source/`` folder of a Hexo project whose
    configuration is missing: beside it a ``themes/`` folder (Hexo's; Octopress, a Jekyll
    site, keeps its themes in ``.themes/``) or a ``package.json`` depending on ``hexo``."""
    folder = os.path.abspath(path)
    parent = os.path.dirname(folder)
    if os.path.basename(folder) != "source":
        return False
    return os.path.isdir(os.path.join(parent, "themes")) or _depends_on_hexo(os.path.join(parent, "package.json"))


def _depends_on_hexo(path: str) -> bool:
    """True when the ``package.json`` at ``path`` lists ``hexo`` among its dependencies."""
    return _depends_on(small_file_text(path), _HEXO_PACKAGES)


def _depends_on(package: str | None, names: frozenset[str]) -> bool:
    """True when the ``package.json`` text ``package`` lists one of ``names`` among its dependencies."""
    try:
        data = json.loads(package) if package else None
    except (ValueError, RecursionError):
        return False
    return isinstance(data, dict) and any(isinstance(data.get(key), dict) and not names.isdisjoint(data[key]) for key in ("dependencies", "devDependencies"))


def app_posts(names: set[str], package: str | None) -> bool:
    """True for a root holding ``names`` that Jekyll's ``_posts/`` alone marks (no Jekyll
    configuration or folder of Jekyll's own, :data:`_JEKYLL_FOLDERS`), whose ``package.json``
    (its text, ``package``) depends on Next.js: its own code reads the posts (vercel's blog
    starter, ``_posts/*.md`` read with gray-matter), which hold no Liquid."""
    if "_posts" not in names or not names.isdisjoint(_JEKYLL_CONFIGS) or not names.isdisjoint(_JEKYLL_FOLDERS):
        return False
    return _depends_on(package, _POSTS_APPS)


def file_generator(name: str, root_generator: str, markdown_format: str | None = None) -> str:
    """The generator whose syntax the file ``name`` in a root of ``root_generator`` is read
    in. An ``.mdx`` file is MDX in any root; in an ``mdx`` root, another file is MDX only
    where its generator reads it so, else plain Markdown: ``markdown_format`` ``mdx`` reads
    every ``.md`` and ``.mdx`` file as MDX, ``md`` none, ``detect`` (or None) by extension,
    as MDX itself does — a Docusaurus site's ``markdown.format`` or a page's own
    ``mdx.format`` (see :data:`~.javascript.docs_sites.DOCUSAURUS_FORMATS`; Docusaurus 2's
    :data:`~.js_sites.MDX1` reads every file as MDX 1), or ``mdx`` for a site whose own code
    compiles its pages with MDX (:attr:`~.site.SiteInfo.mdx_pages`)."""
    extension = os.path.splitext(name)[1].lower()
    if root_generator == "mdx" and markdown_format in ("mdx", MDX1, "md") and (extension == ".mdx" or extension in _MD_EXTENSIONS):
        return "markdown" if markdown_format == "md" else "mdx"
    if extension == ".mdx":
        return "mdx"
    if root_generator == "markdown" and extension in (".qmd", *R_MARKDOWN):  # (a Quarto or R Markdown document outside a site)
        return "quarto" if extension == ".qmd" else "rmarkdown"
    return "markdown" if root_generator == "mdx" else root_generator


@dataclass(frozen=True)
class ArchiveSite:
    """The site in an archive: its generator, and what its configuration says."""

    generator: str
    site: SiteInfo
    #: Its built-site folders with their sources beside them (see :mod:`...built_sites`),
    #: found in the same pass; None when the look did not see all of its members.
    built_beside_sources: frozenset[str] | None = None


def look_into_archive(path: str) -> ArchiveSite:
    """The generator and the site configuration of the site in the archive ``path``, judged
    from its members' names and first lines and the configuration file in its root: all of
    a zip's directory, a tar's stream up to the member that ends past
    :data:`~..limits.TAR_LOOK_BYTES` (the site then says where detection stopped: see
    :attr:`~.site.SiteInfo.unseen`); a damaged or unreadable archive is judged by what
    could be read. The same pass finds its built-site folders, which discovery needs (a
    tar's stream is decompressed once for both)."""
    listing, built = _ArchiveListing(), BuiltFolders()
    try:
        if path.lower().endswith(".zip"):
            with zipfile.ZipFile(path) as opened:
                for info in opened.infolist():
                    if not info.is_dir():
                        built.add(info.filename)
                        listing.add(info.filename, lambda limit, info=info: _zip_read(opened, info, limit))
        else:
            with open_tar_stream(path) as opened:
                for info in opened:
                    opened.members.clear()  # a stream keeps no headers
                    if info.isfile():
                        built.add(info.name)  # (before its data is read: a damaged member is listed, as discovery lists it)
                        listing.add(info.name, _read_once(lambda limit, info=info: _tar_read(opened, info, limit)))
                    if info.offset_data + info.size >= limits.TAR_LOOK_BYTES:  # checked before its data is skipped
                        listing.stopped = _stopped_after(info)
                        break
    except ARCHIVE_DAMAGE:  # detection then judges by what was read
        pass
    return replace(listing.judge(), built_beside_sources=None if listing.stopped else built.beside_sources())


class _ArchiveListing:
    """What detection needs of an archive, gathered member by member in one pass: the names
    in each of its folders up to :data:`_SITE_DEPTH` deep that may mark a site
    (:data:`_FOLDER_NAMES`: memory stays small however many members it has), a bounded
    sample of its files with their first lines, and the configuration files that may be in
    its root or in a site root inside it (parsed as they pass: a tar stream is read once)."""

    def __init__(self) -> None:
        self.top: str | None = None  # the first part of the member paths, while they all share one
        self.several_tops = False
        self.inside_top = False  # something lies inside that one top folder
        self.names_in: dict[str, set[str]] = {}  # each folder up to _SITE_DEPTH deep ("" the archive's top) → the names in it that may mark a site
        self.folders: set[str] = set()  # the folders holding files up to a level below the deepest site root looked for (``situs``, ``situs/content``)
        self.sample: list[tuple[str, str]] = []  # the first _SAMPLE_FILES files (not hidden) with their first lines
        self.more_sample: list[tuple[str, str]] = []  # later files, a few of each folder (see _sample_folder)
        self.sampled_in: Counter[str] = Counter()  # folder → how many of its files more_sample holds
        self.unsampled: set[str] = set()  # the folders (as sampled_in counts them) of files left out of more_sample because it was full
        self.deep_homes: set[str] = set()  # the folders deeper than _SITE_DEPTH holding an index.html
        self.deep_apps: set[str] = set()  # the folders deeper than _SITE_DEPTH whose index.html runs Docsify (in its first HEAD_BYTES)
        self.page_folders: set[str] = set()  # the folders holding a Markdown file Docsify may show
        self.configs: dict[str, SiteInfo | None] = {}  # configuration file path → what it says
        self.config_errors: dict[str, str] = {}  # configuration file path → why it does not parse
        self.config_folders: dict[str, str] = {}  # members of Hugo's config/_default/ and config/production/ → text of the files a build reads
        self.index_files: dict[str, str] = {}  # Hugo's _index files → their text (in any folder: which folders hold content, a configuration met later may say)
        self.bundle_files: list[str] = []  # Hugo's leaf bundles' index files (in any folder, as _index files)
        self.publish: dict[str, str] = {}  # Pelican's publishconf.py path → its text
        self.playbooks: dict[str, str] = {}  # Antora playbook paths → their text
        self.versions: dict[str, str] = {}  # Docusaurus' versions.json paths → their text
        self.packages: dict[str, str] = {}  # package.json paths → their text (a Docusaurus site's version)
        self.domains: dict[str, str] = {}  # CNAME paths → their text (the site's address when no configuration gives one: a site root's, its static folder's)
        self.app_pages: dict[str, str] = {}  # Docsify's index.html paths → their text (read again with the scripts it loads)
        self.scripts: dict[str, str] = {}  # scripts near the top that set window.$docsify or may define Eleventy's shortcodes → their text
        self.content_configs: dict[str, str] = {}  # Astro's content collection configurations near the top → their text
        self.route_files: dict[str, str] = {}  # Astro's dynamic route files of a pages folder ([...slug].astro), Nuxt's catch-all pages → their text
        self.stopped: str | None = None  # where a tar's look stopped, when it stopped early
        self.index_pages: set[str] = set()  # MkDocs' index.md, README.md and the like (a page with the address of one is not built)
        self.hugo_authors: dict[str, str] = {}  # the data/authors/ files of a Hugo site (Blowfish, Casper ports) or a Contentlayer one → their text
        self.authors_files: dict[str, str] = {}  # Material blogs' .authors.yml, Docusaurus blogs' authors.yml and tags.yml paths → their text
        self.blogs: dict[str, SiteInfo] = {}  # folder of a Takeout blog → what its settings.csv says
        self.variables: dict[str, str | None] = {}  # Quarto projects' _variables.yml paths → their text (None: too large)
        self.meta_files: dict[str, str] = {}  # Nikola's .meta files (a post's metadata) → their text
        self.yaml_files: dict[str, str] = {}  # MkDocs configurations and the YAML files they may inherit → their text
        self.data_files: dict[str, str] = {}  # the JSON and JavaScript files of Eleventy's _data folders → their text
        self.ignore_files: dict[str, str | None] = {}  # .eleventyignore and .gitignore paths → their text (None: too large to be one)
        self.tumblr_layout: set[str] = set()  # where the parts of Tumblr exports lie (see readers.tumblr_layout), as ids

    def add(self, name: str, read: Callable[[int], bytes]) -> None:
        """Count the member ``name``; ``read(limit)`` gives its first ``limit`` bytes."""
        parts = [part for part in name.replace("\\", "/").split("/") if part not in ("", ".")]
        if not parts or parts[0] == MACOS_ZIP_FOLDER:
            return  # (Finder's metadata: not a second folder beside the one zipped)
        if self.top is None:
            self.top = parts[0]
        elif parts[0] != self.top:
            self.several_tops = True
        self.inside_top = self.inside_top or len(parts) > 1
        for depth, part in enumerate(parts):
            if part in (_FOLDER_NAMES if depth <= _SITE_DEPTH else _DEEP_NAMES):
                self.names_in.setdefault("/".join(parts[:depth]), set()).add(part)
        if len(parts) > _SITE_DEPTH + 1 and parts[-1] == _HOME_PAGE:
            self.deep_homes.add("/".join(parts[:-1]))
            head = read(HEAD_BYTES)
            if b"docsify" in head and runs_docsify(head.decode("utf-8", "replace")):
                self.deep_apps.add("/".join(parts[:-1]))
        elif parts[-1].endswith(DOCSIFY_PAGE):
            self.page_folders.add("/".join(parts[:-1]))
        key = "/".join(parts)
        self.folders.update("/".join(parts[:depth]) for depth in range(1, min(len(parts), _SITE_DEPTH + 2)))
        if len(parts) > 2 and parts[-3] == "config" and parts[-2] in ENVIRONMENTS:
            self.config_folders[key] = read(MAX_CONFIG_BYTES).decode("utf-8", "replace") if is_setting(parts[-1]) else ""
        if INDEX_FILE.match(parts[-1]) and len(self.index_files) < MAX_INDEX_FILES:
            self.index_files[key] = read(_INDEX_HEAD_BYTES).decode("utf-8", "replace")
        elif BUNDLE_FILE.match(parts[-1]):
            self.bundle_files.append(key)
        # Its paths from the archive's top and from each folder that may be a site root, the longest first.
        tails = ["/".join(parts[depth:]) for depth in range(min(len(parts), _SITE_DEPTH + 1))]
        in_root = next((tail for tail in tails if tail in CONFIG_FILES), "")
        in_site_root = len(parts) <= _SITE_DEPTH + 1  # directly in a folder that may be a site root
        if in_root and key not in self.configs:
            data = read(MAX_CONFIG_BYTES + 1)
            text = data.decode("utf-8", "replace") if len(data) <= MAX_CONFIG_BYTES else None
            self.configs[key], error = parsed_config(in_root, text) if text is not None else (None, None)
            if error:
                self.config_errors[key] = error
            if text is not None and self.configs[key] is not None and self.configs[key].hugo_paths is not None:
                self.config_folders.setdefault(key, text)  # (a Hugo site's main file: its environment folder merges over it)
            if text is not None and in_root == PACKAGE_FILE:
                self.packages[key] = text
            if text is not None and in_root in MKDOCS_CONFIGS:
                self.yaml_files[key] = text
            if text is not None and in_root == DOCSIFY_APP and self.configs[key] is not None:
                self.app_pages[key] = text
        elif _is_content_config(parts) and key not in self.content_configs:
            data = read(MAX_CONFIG_BYTES + 1)
            self.content_configs[key] = data.decode("utf-8", "replace") if len(data) <= MAX_CONFIG_BYTES else ""
        elif (is_astro_route(parts[-1]) or is_catch_all_page(parts[-1])) and "pages" in parts and len(self.route_files) < MAX_INDEX_FILES:
            data = read(MAX_CONFIG_BYTES + 1)
            self.route_files[key] = data.decode("utf-8", "replace") if len(data) <= MAX_CONFIG_BYTES else ""
        elif parts[-1].endswith(_SCRIPTS) and len(parts) <= _SCRIPT_DEPTH and "node_modules" not in parts and len(self.scripts) < MAX_INDEX_FILES:
            data = read(MAX_CONFIG_BYTES + 1)
            if len(data) <= MAX_CONFIG_BYTES and (b"$docsify" in data or b"Shortcode" in data or b"Tag(" in data or b"addBundle" in data):
                self.scripts[key] = data.decode("utf-8", "replace")
        elif parts[-1] == PAGES_DOMAIN and len(parts) <= _SITE_DEPTH + _PUBLIC_DEPTH and key not in self.domains:
            self.domains[key] = read(MAX_CONFIG_BYTES).decode("utf-8", "replace")
        elif parts[-1] == VARIABLES_FILE and in_site_root and key not in self.variables:
            data = read(MAX_CONFIG_BYTES + 1)
            self.variables[key] = data.decode("utf-8", "replace") if len(data) <= MAX_CONFIG_BYTES else None
        elif parts[-1] == PELICAN_PUBLISH and in_site_root and key not in self.publish:
            data = read(MAX_CONFIG_BYTES + 1)
            self.publish[key] = data.decode("utf-8", "replace") if len(data) <= MAX_CONFIG_BYTES else ""
        elif parts[-1] in PLAYBOOKS and in_site_root and key not in self.playbooks:
            data = read(MAX_CONFIG_BYTES + 1)
            if len(data) <= MAX_CONFIG_BYTES:
                self.playbooks[key] = data.decode("utf-8", "replace")
        elif in_site_root and VERSIONS_FILE.match(parts[-1]) and key not in self.versions:
            data = read(MAX_CONFIG_BYTES + 1)
            self.versions[key] = data.decode("utf-8", "replace") if len(data) <= MAX_CONFIG_BYTES else ""
        elif parts[-1] == BLOGGER_SETTINGS and len(parts) > 1:
            data = read(MAX_CONFIG_BYTES + 1)
            blog = parse_config(BLOGGER_SETTINGS, data.decode("utf-8", "replace")) if len(data) <= MAX_CONFIG_BYTES else None
            if blog is not None:
                self.blogs[key[: -len(BLOGGER_SETTINGS)]] = blog
        if _may_be_inherited(parts) and key not in self.yaml_files and len(self.yaml_files) < _INHERITED_FILES:
            data = read(MAX_CONFIG_BYTES + 1)
            if len(data) <= MAX_CONFIG_BYTES:
                self.yaml_files[key] = data.decode("utf-8", "replace")
        mark = layout_mark(parts)
        if mark is not None:
            self.tumblr_layout.add(path_id(mark))
        if parts[-1].startswith(("index.", "README.")) and "." + parts[-1].split(".", 1)[1] in PAGE_EXTENSIONS:
            self.index_pages.add(key)
        elif parts[-1].endswith(".meta") and len(self.meta_files) < MAX_INDEX_FILES:
            data = read(MAX_CONFIG_BYTES + 1)
            self.meta_files[key] = data.decode("utf-8", "replace").lstrip("\ufeff") if len(data) <= MAX_CONFIG_BYTES else ""
        elif parts[-1] in (AUTHORS_FILE, *DOCUSAURUS_AUTHORS_FILES, DOCUSAURUS_TAGS_FILE) and len(self.authors_files) < MAX_INDEX_FILES:
            data = read(MAX_CONFIG_BYTES + 1)
            self.authors_files[key] = data.decode("utf-8", "replace") if len(data) <= MAX_CONFIG_BYTES else ""
        if "/".join(parts[-3:-1]) == AUTHORS_FOLDER and len(self.hugo_authors) < MAX_INDEX_FILES:
            data = read(MAX_CONFIG_BYTES + 1)
            self.hugo_authors[key] = data.decode("utf-8", "replace") if len(data) <= MAX_CONFIG_BYTES else ""
        if len(parts) > 1 and parts[-2] == DATA_FOLDER and is_data_file(parts[-1]) and len(self.data_files) < MAX_INDEX_FILES:
            data = read(MAX_CONFIG_BYTES + 1)
            self.data_files[key] = data.decode("utf-8", "replace") if len(data) <= MAX_CONFIG_BYTES else ""
        if is_ignore_file(parts[-1]) and len(self.ignore_files) < MAX_INDEX_FILES:
            data = read(MAX_IGNORE_BYTES + 1)
            self.ignore_files[key] = data.decode("utf-8", "replace") if len(data) <= MAX_IGNORE_BYTES else None
        hidden = any(part.startswith(".") or part == "node_modules" for part in parts[:-1])
        if not hidden and len(self.sample) < _SAMPLE_FILES:
            self.sample.append((key, read(HEAD_BYTES).decode("utf-8", "replace") if _has_signs(key) else ""))
        elif not hidden:
            self._sample_folder(key, parts, read)

    def _sample_folder(self, key: str, parts: list[str], read: Callable[[int], bytes]) -> None:
        """Keep the member ``key`` (its path's ``parts``), read by ``read``, in the sample of
        its folder (:data:`_FOLDER_SAMPLE_FILES`) while that has room."""
        folder = "/".join(parts[: min(len(parts) - 1, _SITE_DEPTH)])
        if self.sampled_in[folder] >= _FOLDER_SAMPLE_FILES:
            return
        if len(self.more_sample) >= _MORE_SAMPLE_FILES:
            self.unsampled.add(folder)
            return
        self.sampled_in[folder] += 1
        self.more_sample.append((key, read(_MORE_HEAD_BYTES).decode("utf-8", "replace") if _has_signs(key) else ""))

    def judge(self) -> ArchiveSite:
        """The archive's site, judged at its root (its top folder when every member is inside
        one, else its top), with the sites in folders inside it: each site root found by the
        rule of a folder on disk (:func:`archive_site_roots`), and each blog of a Takeout export."""
        root = self.top if not self.several_tops and self.inside_top and self.top is not None else ""
        names_in = self._site_names()
        marks = dict.fromkeys(self._rooted_books(), "gitbook") | dict.fromkeys(self._docsify_folders(), "docsify")
        inner, deep = archive_site_roots(names_in, root, marks), deep_site_roots(names_in, root, marks)
        nested = [self._site_in(f"{folder}/", inner + deep) for folder in sorted(inner, key=len, reverse=True)]  # (the deepest first)
        generator, site = self._site_in(f"{root}/" if root else "", inner + deep)
        sites = [(found.folder, inner_generator, found) for inner_generator, found in nested] + _sites_beside(nested, root, inner)
        layout = frozenset(self.tumblr_layout.union((UNSEEN,) if self.stopped else ()))  # (one for every site of the archive)
        blogs = [(place, replace(blog, folder=place, unseen=self.stopped, tumblr_layout=layout)) for place, blog in self.blogs.items()]
        folder_sites = tuple(sorted(blogs + [(place, replace(found, tumblr_layout=layout)) for place, _, found in sites], key=lambda pair: -len(pair[0])))
        generators = tuple((place, inner_generator) for place, inner_generator, _ in sorted(sites, key=lambda entry: -len(entry[0])))
        site = replace(site, folder_sites=folder_sites, folder_generators=generators, tumblr_layout=layout)
        return ArchiveSite(generator, _with_deep_sites(site, deep, names_in, marks))

    def _site_names(self) -> dict[str, set[str]]:
        """:attr:`names_in`, with the ``index.html`` of each folder deeper than
        :data:`_SITE_DEPTH` that holds one beside a ``.nojekyll`` (a folder GitHub Pages
        publishes as it is: :data:`_PAGES_FOLDER`)."""
        pages = {folder for folder in self.deep_homes if _PAGES_MARKER in self.names_in.get(folder, ())}
        return {folder: names.union((_HOME_PAGE,)) if folder in pages else names for folder, names in self.names_in.items()}

    def _docsify_folders(self) -> set[str]:
        """The folders whose own ``index.html`` runs Docsify with Markdown files beside it or
        below it, as on disk (:func:`~.docsify_folders.docsify_folder`): the app pages read
        with the configurations, and the deeper ones (:attr:`deep_apps`)."""
        folders = self.deep_apps.union(key[: -len(DOCSIFY_APP)].rstrip("/") for key in self.app_pages)
        return folders.intersection(holding_pages(self.page_folders))

    def _rooted_books(self) -> set[str]:
        """The folders holding a ``book.json`` read with the configurations whose ``root``
        names a folder holding the book's ``SUMMARY.md``, as on disk (:func:`~.gitbook_book.rooted_book`)."""
        books = ((key[: -len(BOOK_CONFIG)].rstrip("/"), site.book_root) for key, site in self.configs.items() if site is not None and site.book_root is not None)
        return {folder for folder, root in books if GITBOOK_SUMMARY in self.names_in.get(posixpath.join(folder, root), ())}

    def _holds_files(self, folder: str) -> bool:
        """Whether a file lies below ``folder`` (a deeper folder than :attr:`folders` keeps is
        judged by the one above it at that depth)."""
        return "/".join(folder.split("/")[: _SITE_DEPTH + 1]) in self.folders

    def _git_ignore_files(self, folder: str) -> Iterator[tuple[str, str]]:
        """The ``.gitignore`` members in the folder ``folder`` (``situs/content/``) and below
        it, each as its folder below ``folder`` and its text (one too large is left out)."""
        for key, text in self.ignore_files.items():
            if key.startswith(folder) and key.rpartition("/")[2] == GIT_IGNORE and text is not None:
                yield key[len(folder) :].rpartition("/")[0], text

    def _site_in(self, folder: str, inner: list[str]) -> tuple[str, SiteInfo]:
        """The generator and the site of the site root ``folder`` (``situs/``, ``""`` for the
        archive's top), judged from the names in it, its own Docsify app page, the sample's
        files in it but for those of the site roots ``inner`` inside it (a deep one's too: its
        files are read with this site, but are not this site's), and its configuration files."""
        names = self.names_in.get(folder[:-1], set())
        below = [f"{place}/" for place in inner if f"{place}/".startswith(folder) and f"{place}/" != folder]
        sample = [(member, head) for member, head in self.sample + self.more_sample if member.startswith(folder) and not member.startswith(tuple(below))]
        decided = _told_generator(names, self.app_pages.get(folder + DOCSIFY_APP), folder[:-1] in self._rooted_books())
        generator = decided or _from_sample((name, lambda head=head: head) for name, head in sample)
        name = next((name for name in CONFIG_FILES if self.configs.get(folder + name)), None)
        site = SiteInfo()
        # A configuration that does not parse, when none of the root parses: its documents say so.
        unread = None if name else next((self.config_errors[folder + other] for other in CONFIG_FILES if folder + other in self.config_errors), None)
        if generator == "jekyll" and _hexo_marked(self.configs[folder + name] if name else None, self.packages.get(folder + PACKAGE_FILE)):
            generator = "hexo"
        elif generator == "jekyll" and copied_hexo_source(names, ((member, lambda head=head: head) for member, head in sample)):
            generator = "hexo"
        elif generator == "jekyll" and app_posts(names, self.packages.get(folder + PACKAGE_FILE)):
            generator = _not_jekyll(_from_sample((member, lambda head=head: head) for member, head in sample))
        if name is None and unread is None and is_zola_layout(names, self.index_files.get(folder + ZOLA_ROOT_SECTION)):
            site = zola_default_site()
        elif name is None and unread is None and is_hugo_layout(names):
            site = hugo_default_site()
        if name is not None:
            site = self.configs[folder + name]
            if site.hugo_paths is not None:
                files = {key[len(folder) + len("config/") :]: text for key, text in self.config_folders.items() if key.startswith(folder + "config/")}
                site = hugo_folder_site(name, {**files, "_default/" + name.rsplit("/", 1)[-1]: self.config_folders[folder + name]}) or site
        if site.hugo_paths is not None:
            site = with_hugo_authors(site, ((key.rpartition("/")[2], text) for key, text in sorted(self.hugo_authors.items()) if key.rpartition("/")[0] == folder + AUTHORS_FOLDER))
            files = {key[len(folder) :]: index_front_matter(text) for key, text in self.index_files.items() if key.startswith(folder)}
            bundles = (key[len(folder) :] for key in self.bundle_files if key.startswith(folder))
            found = any(self._holds_files(folder + mount.source) for mount in site.hugo_paths.mounts() if mount.source)
            site = replace(site, hugo_paths=site.hugo_paths.with_index_files(files, bundles, found))
        if name in MKDOCS_CONFIGS:
            site = with_inherited_settings(site, name, self.yaml_files[folder + name], folder.rstrip("/"), self.yaml_files.get)
        if name in PELICAN_CONFIGS:
            site = with_publish_settings(site, self.publish.get(folder + PELICAN_PUBLISH))
            site = with_pelican_content(site, lambda content: folder + content.split("/")[0] in self.folders)
        if name in QUARTZ_CONFIGS:
            site = with_quartz_content(site, lambda content: folder + content in self.folders, lambda content: self._git_ignore_files(folder + content + "/"))
        if site.quarto is not None:
            site = replace(site, quarto=site.quarto.with_variables(self.variables.get(folder + VARIABLES_FILE)))
        if site.antora is not None:
            playbook = next((playbook for playbook in PLAYBOOKS if folder + playbook in self.playbooks), None)
            site = with_antora_playbook(site, (playbook, self.playbooks[folder + playbook] if playbook else None))
        if site.mkdocs is not None:
            pages = (site.in_docs_dir(key[len(folder) :]) for key in self.index_pages if key.startswith(folder))
            site = replace(site, mkdocs=replace(site.mkdocs, index_pages=frozenset(page for page in pages if page is not None)))
            docs = folder + (site.docs_dir + "/" if site.docs_dir else "")
            site = replace(site, mkdocs=site.mkdocs.with_authors_files(lambda path: self.authors_files.get(docs + path)))
        if name in DOCUSAURUS_CONFIGS and site.routes is not None:
            versions = {key[len(folder) :]: text for key, text in self.versions.items() if key.startswith(folder)}
            routes = site.routes.with_versions(versions).with_package(self.packages.get(folder + PACKAGE_FILE))
            site = replace(site, routes=routes.with_names(lambda path: self.authors_files.get(posixpath.normpath(folder + path))))
        if site.docsify is not None:
            site = with_docsify_scripts(site, self.app_pages.get(folder + DOCSIFY_APP), lambda path: self.scripts.get(folder + path))
        if site.routes is not None and site.routes.authors_folder():
            authors = folder + site.routes.authors_folder()
            site = replace(site, routes=site.routes.with_authors((key.rpartition("/")[2], text) for key, text in sorted(self.hugo_authors.items()) if key.rpartition("/")[0] == authors))
        if site.routes is not None and site.routes.content_configs():
            text = next((self.content_configs[folder + path] for path in site.routes.content_configs() if folder + path in self.content_configs), None)
            route_files = {key[len(folder) :]: route for key, route in self.route_files.items() if key.startswith(folder)}
            site = replace(site, routes=site.routes.with_collections(text).with_entry_routes(text, route_files))
        if site.jekyll is not None:
            site = with_jekyll_authors(site, lambda path: self.authors_files.get(folder + path))
        if site.eleventy is not None:
            site = replace(site, eleventy=with_imported_shortcodes(site.eleventy, lambda path: self.scripts.get(folder + path)))
        if site.eleventy is not None and site.eleventy.input is not None:
            place = posixpath.normpath(folder + data_folder(site.eleventy))
            files = {key.rpartition("/")[2]: text for key, text in self.data_files.items() if key.rpartition("/")[0] == place}
            site = replace(site, eleventy=with_ignore_files(site.eleventy, lambda path: self.ignore_files.get(folder + path)))
            site = with_site_data(site, data_folder(site.eleventy), global_data(files))
        if site.nikola is not None:
            generator = decided = "nikola"  # its conf.py sets POSTS or PAGES
            site = replace(site, nikola=replace(site.nikola, meta_files={key[len(folder) :]: text for key, text in self.meta_files.items() if key.startswith(folder)}))
        elif generator == "hugo" and site.zola is not None:
            generator = "zola"  # Zola's config.toml beside its content folder
        elif marked_generator(names) is None:
            decided = _package_generator(site) or decided  # a package.json naming Eleventy or MDX
            generator = decided or generator
        site = with_pages_domain(site, lambda path: self.domains.get(folder + path))
        # Only a site root inside the archive says so: its own root is judged from its first files, as a folder given is.
        cut = None if decided or folder[:-1] not in inner else self._cut_sample(folder, below, generator, len(sample))
        unseen = "; ".join(reason for reason in (self.stopped, unread, site.unseen, cut) if reason) or None
        return generator, replace(site, folder=folder, unseen=unseen)

    def _cut_sample(self, folder: str, below: list[str], generator: str, sampled: int) -> str | None:
        """What the documents of the site root ``folder`` inside the archive say when its
        files tell its generator (no configuration names it) and some of them came after
        the sample was full (:data:`_MORE_SAMPLE_FILES`), but for those of the site roots
        ``below`` it; None when none of its files was left out so."""
        if not any(f"{place}/".startswith(folder) and not f"{place}/".startswith(tuple(below)) for place in self.unsampled):
            return None
        return (
            f"the archive's folder {path_text(folder[:-1])!r} is a site of its own ({_marker_text(self.names_in[folder[:-1]])}) whose files tell its generator,"
            f" and the look into the archive had sampled the first lines of {_SAMPLE_FILES + _MORE_SAMPLE_FILES:,} files before some of this site's came:"
            f" its generator ({generator}) was judged from {sampled:,} of its files; unpacked, the folder is judged from its own files"
        )


def _sites_beside(nested: list[tuple[str, SiteInfo]], root: str, inner: list[str]) -> list[tuple[str, str, SiteInfo]]:
    """The folders of an archive's root folder ``root`` that a site root directly in it
    (among ``nested``, each with its generator) reads beside itself (Docusaurus' ``website/``
    with its docs in ``../docs``), as (folder, generator, site), unless such a folder is a
    site root of its own (among ``inner``): the rule of :func:`~..pipeline.sites_beside` on disk."""
    above = f"{root}/" if root else ""
    beside = []
    for inner_generator, found in nested:
        if found.folder[len(above) :].count("/") == 1:  # (directly in the root folder)
            beside += [(place, inner_generator, found) for place in found.beside() if place[:-1] not in inner]
    return beside


def _may_be_inherited(parts: list[str]) -> bool:
    """True for an archive member (its path's ``parts``) that a MkDocs configuration may
    inherit and the look keeps: a YAML file near the archive's top, in no hidden folder."""
    return parts[-1].endswith((".yml", ".yaml")) and len(parts) <= _INHERITED_DEPTH and not any(part.startswith(".") for part in parts[:-1])


def _is_content_config(parts: list[str]) -> bool:
    """True for an archive member (its path's ``parts``) that may be an Astro site's content
    configuration (:data:`~.javascript.docs_sites.ASTRO_CONTENT_CONFIGS`) or a Gatsby site's
    ``gatsby-node`` code (:data:`~.javascript.app_routes.GATSBY_NODE_FILES`), near the top:
    which source folder holds it is known once the site's configuration is read."""
    return len(parts) <= _INHERITED_DEPTH + 1 and ("/".join(parts[-2:]).endswith(ASTRO_CONTENT_CONFIGS) or parts[-1] in GATSBY_NODE_FILES)


def _stopped_after(info: tarfile.TarInfo) -> str:
    """What the documents of a tar archive whose look stopped after the member ``info`` say."""
    return (
        f"the archive's generator and site configuration were judged from its first {limits.TAR_LOOK_BYTES / 2**20:,.0f} MB:"
        f" detection stopped after member {path_text(info.name)!r}, so a generator's configuration after it, if any, was not seen"
    )


def _not_jekyll(generator: str) -> str:
    """The generator the files of an app's ``_posts/`` tell (:func:`app_posts`): not Jekyll
    for a post that writes Liquid (a post about Jekyll), plain Markdown then."""
    return "markdown" if generator == "jekyll" else generator


def _judge(names: set[str], sample: Iterable[Sampled], app_page: str | None, book: bool) -> str:
    """The generator of a root with the entries ``names``, its own ``index.html`` holding
    ``app_page`` and its ``book.json`` naming the folder of its table of contents when
    ``book`` (:func:`_told_generator`), else of its ``sample`` files."""
    return _told_generator(names, app_page, book) or _from_sample(sample)


def _told_generator(names: set[str], app_page: str | None, book: bool) -> str | None:
    """The generator that a configuration marker among a root's entries ``names`` names, else
    ``docsify`` when its own ``index.html`` (its first lines, ``app_page``) runs Docsify,
    however many files come before it: in the sample, where Docsify comes first, it would
    decide so; else ``gitbook`` when ``book`` (its ``book.json``'s ``root`` names the folder
    of its ``SUMMARY.md``: :func:`~.gitbook_book.rooted_book`); None when none does."""
    marked = marked_generator(names)
    if marked is None and app_page is not None and runs_docsify(app_page):
        return "docsify"
    return marked or ("gitbook" if book else None)


def marked_generator(names: set[str]) -> str | None:
    """The generator that a configuration file or folder among ``names`` (the entries of a
    folder) names, None when none does."""
    if _ANTORA_ROOT <= names:
        return "antora"
    for generator, markers in _MARKERS:
        if names.intersection(markers):
            return generator
    if _LEGACY_BOOK <= names:
        return "gitbook"  # (after every generator's marker, as a synced space's)
    if names.intersection(_HUGO_CONFIG) and "content" in names:
        return "hugo"  # (a ``config`` folder: Hugo's configuration directory)
    if is_zola_layout(names):
        return "zola"  # (a Zola site whose configuration file was left out of its repository)
    if is_hugo_layout(names):
        return "hugo"  # (a Hugo site whose configuration file was left out of its repository)
    if _SPHINX_ROOT <= names:
        return "docs"
    if _BLOGGER_TAKEOUT <= names:
        return "blogger"
    if _SUBSTACK_EXPORT <= names:
        return "html"  # the posts are HTML, rendered by Substack
    if SPHINX_BUILD_INFO in names:
        return "html"  # a Sphinx build's pages (the copies of their sources beside them are not pages)
    return None


#: Where a folder lies among its input root's sites: its site root (None: the input root's
#: own), the generator of the marked site it is in, and whether it is below a site's own
#: folders (then no folder below it is a site root).
_Place = tuple[str | None, str | None, bool]


def _place_of(folder: str, name: str, above: _Place, dirnames: Collection[str], filenames: Collection[str], read_marker: Callable[[], str | None]) -> _Place:
    """Where the folder ``folder`` (its own ``name``, holding ``dirnames`` and ``filenames``)
    lies, inside a folder lying at ``above``: a site root of its own when it holds a
    configuration marker or files that, read, mark it (:func:`_marked`), unless it is one of a
    site's own folders (hidden, ``_``-prefixed, :data:`SITE_CODE_FOLDERS`) or below one, or
    its markers are only those the site around it keeps in its own folders (:data:`_OWN_FOLDER_MARKERS`)."""
    site, in_site, sealed = above
    if sealed or name.startswith(".") or (in_site and (name.startswith("_") or name in SITE_CODE_FOLDERS)):
        return site, in_site, True
    marker, read = _marked(dirnames, filenames, read_marker)
    if marker and (read or not _markers_in(dirnames, filenames) <= _OWN_FOLDER_MARKERS.get(in_site, frozenset())):
        return folder, marker, False
    return site, in_site, False


def _marked(dirnames: Collection[str], filenames: Collection[str], read_marker: Callable[[], str | None]) -> tuple[str | None, bool]:
    """The generator that marks a folder holding ``dirnames`` and ``filenames`` as a site root
    (:func:`_marker`; None: none), and whether its own files, read, mark it (``read_marker()``:
    :func:`_folder_generator`), asked when no other generator's marker is there."""
    marker = _marker(dirnames, filenames)
    found = read_marker() if marker in (None, "site", "docsify") else None
    return (found, True) if found else (marker, False)


def _folder_generator(folder: str, dirnames: Collection[str], filenames: Collection[str]) -> str | None:
    """The generator that the files of the folder ``folder`` on disk, holding ``dirnames`` and
    ``filenames``, mark when read: ``docsify`` for its own ``index.html`` running Docsify with
    pages beside or below it (:func:`~.docsify_folders.docsify_folder`), ``gitbook`` for its
    ``book.json`` naming the folder of its ``SUMMARY.md`` (:func:`~.gitbook_book.rooted_book`);
    None when neither does."""
    if docsify_folder(folder, dirnames, filenames):
        return "docsify"
    return "gitbook" if rooted_book(folder, filenames) else None


class NestedSites:
    """The site roots inside an input root, found as its walk (``os.walk``, top down) enters
    each folder, from the names in it: a folder holding a configuration marker
    (:func:`marked_generator`) is a site root of its own, unless it lies in a site's own
    folders (:data:`SITE_CODE_FOLDERS`), or it is a Jekyll site's category folder (a
    ``berita/_posts/`` with no other marker, inside a Jekyll site), a Hexo site's ``source/``
    or a Hugo section holding a ``_posts/`` folder (:data:`_POSTS_SITES`); a file belongs to the
    nearest site root above it (:func:`_place_of`, the rule an archive's folders follow too:
    :func:`archive_site_roots`). One look at names already listed per folder: nothing more
    is read, but the ``index.html`` of a folder holding Markdown files or folders (a Docsify
    site's app page, see :func:`~.docsify_folders.docsify_folder`)."""

    def __init__(self) -> None:
        #: The folders entered above the current one, each with where it lies.
        self._above: list[tuple[str, _Place]] = []

    def enter(self, directory: str, dirnames: list[str], filenames: list[str]) -> str | None:
        """The site root that the files directly in ``directory`` belong to (None: the input
        root's own); call it for each folder the walk enters, before pruning ``dirnames``."""
        while self._above and not directory.startswith(os.path.join(self._above[-1][0], "")):
            self._above.pop()
        if not self._above:  # the input root: a marked one has its own folders too
            self._above.append((directory, (None, _marked(dirnames, filenames, lambda: _folder_generator(directory, dirnames, filenames))[0], False)))
            return None
        place = _place_of(directory, os.path.basename(directory), self._above[-1][1], dirnames, filenames, lambda: _folder_generator(directory, dirnames, filenames))
        self._above.append((directory, place))
        return place[0]


def archive_site_roots(names_in: dict[str, set[str]], root: str, marks: Mapping[str, str] | None = None) -> list[str]:
    """The site roots inside the root folder ``root`` of an archive (``situs``, or ``""`` for
    the archive's top), judged by the rule of a folder on disk (:func:`_place_of`) from
    ``names_in``: each folder of the archive (``situs/docs``) → the names in it that may
    mark a site (:data:`_FOLDER_NAMES`), and ``marks``, the folders whose files, read, mark
    them → that generator (:func:`_folder_generator`: a Docsify app page with Markdown pages
    beside or below it, a ``book.json`` naming its book's root); only folders up to :data:`_SITE_DEPTH` below the
    archive's top are looked at (their configuration is read in the archive's one pass)."""
    return _archive_roots(names_in, root, marks or {}, lambda folder: folder.count("/") < _SITE_DEPTH)


def deep_site_roots(names_in: dict[str, set[str]], root: str, marks: Mapping[str, str] | None = None) -> list[str]:
    """The folders of an archive that the rule of :func:`archive_site_roots` makes site roots
    but lie deeper than it looks (``cadangan/2023/situs/blog`` holding ``hugo.toml``): their
    configuration is not read, and their files are read with the site around them."""
    return _archive_roots(names_in, root, marks or {}, lambda folder: folder.count("/") >= _SITE_DEPTH)


def _archive_roots(names_in: dict[str, set[str]], root: str, marks: Mapping[str, str], looked_at: Callable[[str], bool]) -> list[str]:
    """The folders ``looked_at`` inside the root folder ``root`` of an archive that are site
    roots by the rule of a folder on disk (:func:`_place_of`), judged from ``names_in`` and
    the generators that the files of the folders of ``marks`` mark, read."""
    places: dict[str, _Place] = {root: (None, _marked(names_in.get(root, ()), (), lambda: marks.get(root))[0], False)}

    def place(folder: str) -> _Place:
        if folder not in places:
            above, _, name = folder.rpartition("/")
            places[folder] = _place_of(folder, name, place(above), names_in.get(folder, ()), (), lambda: marks.get(folder))
        return places[folder]

    inside = f"{root}/" if root else ""
    candidates = sorted(folder for folder in set(names_in).union(marks) if folder.startswith(inside) and folder != root and looked_at(folder))
    return [folder for folder in candidates if place(folder)[0] == folder]


def _with_deep_sites(site: SiteInfo, deep: list[str], names_in: dict[str, set[str]], marks: Mapping[str, str]) -> SiteInfo:
    """The archive's ``site`` with each folder of ``deep`` (:func:`deep_site_roots`, marked by
    its ``names_in`` or as a Docsify app folder of ``marks``) read as the site around it is,
    its documents saying that its own configuration was not read."""
    if not deep:
        return site
    entries = []
    for folder in deep:
        around = site.of_member(f"{folder}/")
        note = (
            f"the archive's folder {path_text(folder)!r} is a site of its own ({_marker_text(names_in.get(folder, ()), marks.get(folder) == 'docsify')}), deeper than sites in an archive are looked for"
            f" ({_SITE_DEPTH} folders below its top): its files are read with the site around it, without that configuration; unpacked, the folder is read as a site of its own"
        )
        entries.append((f"{folder}/", replace(around, unseen="; ".join(reason for reason in (around.unseen, note) if reason))))
    return replace(site, folder_sites=tuple(sorted(site.folder_sites + tuple(entries), key=lambda pair: -len(pair[0]))))


def _marker_text(names: Collection[str], docsify: bool = False) -> str:
    """The names among a site root's ``names`` that mark it, as its documents' problems name
    them, its ``index.html`` as one running Docsify when ``docsify``."""
    marks = sorted(_MARKER_NAMES.union(_PAGES_FOLDER).intersection(names).difference((_HOME_PAGE,) if docsify else ()))
    return ", ".join(marks + ([f"{_HOME_PAGE} running Docsify"] if docsify else []))


def is_site_folder(path: str, root: str | None = None) -> bool:
    """True when the folder ``path`` (in the input folder ``root``) holds a configuration
    marker (an unreadable one does not), but for a Jekyll site's category folder (see
    :class:`NestedSites`)."""
    try:
        names = os.listdir(path)
    except OSError:
        return False
    if _root_marker(set(names)) is None:
        return False
    if not (root and _only_posts(names, [])):
        return True
    root, folder = os.path.abspath(root), os.path.abspath(path)
    while folder != root and folder.startswith(os.path.join(root, "")):
        folder = os.path.dirname(folder)
        if _marker_of(folder) in _POSTS_SITES:
            return False
    return True


def _marker_of(folder: str) -> str | None:
    try:
        return marked_generator(set(os.listdir(folder)))
    except OSError:
        return None


def _marker(dirnames: list[str], filenames: list[str]) -> str | None:
    """The generator a configuration marker among a folder's names names, None when none does."""
    if _MARKER_NAMES.isdisjoint(dirnames) and _MARKER_NAMES.isdisjoint(filenames):
        return None
    return _root_marker(set(dirnames).union(filenames))


def _root_marker(names: set[str]) -> str | None:
    """What marks the entries ``names`` of a folder as a site's root: the generator its
    configuration names (:func:`marked_generator`), ``site`` for Astro's or VitePress'
    (:data:`_UNNAMED_MARKERS`: the site's files tell its generator) and for a ``conf.py``
    beside ``posts/`` or ``pages/`` (a Nikola site's, when its ``conf.py`` says so: see
    :func:`detect_generator`) or a folder GitHub Pages publishes as it is
    (:data:`_PAGES_FOLDER`), else None."""
    unnamed = not _UNNAMED_MARKERS.isdisjoint(names) or ("conf.py" in names and not _NIKOLA_FOLDERS.isdisjoint(names)) or _PAGES_FOLDER <= names
    return marked_generator(names) or ("site" if unnamed else None)


def _only_posts(dirnames: list[str], filenames: list[str]) -> bool:
    """True when Jekyll's ``_posts`` is the only configuration marker among a folder's names."""
    return _markers_in(dirnames, filenames) == {"_posts"}


def _markers_in(dirnames: Collection[str], filenames: Collection[str]) -> set[str]:
    """The names of a folder's ``dirnames`` and ``filenames`` that may mark a site root."""
    return _MARKER_NAMES.intersection(dirnames).union(_MARKER_NAMES.intersection(filenames))


def _is_markdown(name: str) -> bool:
    return os.path.splitext(name)[1].lower() in (".md", ".markdown", ".mdx", ".txt")


def _has_signs(name: str) -> bool:
    """True for the files whose first lines are read for signs of a generator."""
    return _is_markdown(name) or name.lower().endswith(".rst") or os.path.basename(name) in ("conf.py", "index.html")


def _from_sample(sample: Iterable[Sampled]) -> str:
    """Judge by the files themselves: extensions first, then signs in their first lines."""
    votes: Counter[str] = Counter()
    extensions: Counter[str] = Counter()
    sphinx = docsify = False
    for file_path, read_head in sample:
        ext = os.path.splitext(file_path)[1].lower()
        extensions[ext] += 1
        if _is_markdown(file_path):
            head = read_head()
            for generator, sign in (
                ("hexo", _HEXO_SIGNS), ("jekyll", _JEKYLL_SIGNS), ("hugo", _HUGO_SIGNS), ("docs", _DOCS_SIGNS), ("pelican", _PELICAN_SIGNS), ("gitbook", GITBOOK_SIGNS),
                ("nikola", _NIKOLA_SIGNS),
            ):
                if sign.search(head):
                    votes[generator] += 1
            if os.path.basename(file_path) in _MDN_PAGES and _MDN_SIGNS.match(head):
                votes["mdn"] += 1
        elif os.path.basename(file_path) == "index.html":
            head = read_head()
            if _MDN_SIGNS.match(head):
                votes["mdn"] += 1
            docsify = docsify or runs_docsify(head)
        elif ext == ".rst":
            head = read_head()
            for generator, sign in (("pelican", _PELICAN_RST_SIGNS), ("nikola", _NIKOLA_SIGNS)):
                if sign.search(head):
                    votes[generator] += 1
        elif os.path.basename(file_path) == "conf.py" and SPHINX_CONF_SIGNS.search(read_head()):
            sphinx = True
    if docsify:
        return "docsify"  # (its pages are Markdown that no other generator's app page shows)
    if extensions[".mdx"]:
        return "mdx"
    if sphinx:
        return "docs"
    if votes:
        return votes.most_common(1)[0][0]
    markdown = sum(extensions[ext] for ext in (".md", ".markdown", ".mdown", ".mkd", ".mkdn"))
    if not markdown and extensions[".html"] + extensions[".htm"]:
        return "html"
    return "markdown"


def _sample(root: str) -> Iterator[str]:
    """Up to :data:`_SAMPLE_FILES` files of ``root``, none of a site root inside it."""
    count = 0
    sites = NestedSites()
    for directory, dirnames, filenames in os.walk(root):
        if sites.enter(directory, dirnames, filenames) is not None:
            dirnames.clear()
            continue
        dirnames[:] = sorted(name for name in dirnames if not name.startswith(".") and name != "node_modules")
        for name in sorted(filenames):
            yield os.path.join(directory, name)
            count += 1
            if count >= _SAMPLE_FILES:
                return


def _zip_read(opened: zipfile.ZipFile, info: zipfile.ZipInfo, limit: int) -> bytes:
    with opened.open(info) as member:
        return member.read(limit)


def _read_once(read: Callable[[int], bytes]) -> Callable[[int], bytes]:
    """``read`` of a tar stream's member, whose bytes can be read once (a second read would
    seek backwards and stop the look): a later read gets the first one's, up to its limit
    (an ``_index.md`` is read for its front matter, then for the sample)."""
    first: list[bytes] = []

    def again(limit: int) -> bytes:
        if not first:
            first.append(read(limit))
        return first[0][:limit]

    return again


def _tar_read(opened: tarfile.TarFile, info: tarfile.TarInfo, limit: int) -> bytes:
    member = opened.extractfile(info)
    return member.read(min(limit, info.size)) if member is not None else b""
