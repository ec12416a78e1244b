"""Sites whose pages are made by the site's own code from its content folders — Gatsby,
Gridsome, Nuxt Content, Nextra, Contentlayer, Velite: which folders of the repository hold the site's pages.

Their routes are code (Gatsby's ``gatsby-node.js`` creates a page per Markdown node, a
Gridsome template's route, Nuxt's and Nextra's catch-all routes render a content file), so
where a page is published is known only where that code follows a fixed rule (see
:mod:`.app_routes`: Nextra's and Nuxt Content's routes, Gridsome's templates, Gatsby's
``createFilePath`` pattern), and the other pages have no url and a ``url`` problem saying why; but which
folders the site reads is documented, or written in its configuration, so the rest of the
repository handed over with it (its README, LICENSE, changelog, notes, ``.github/``) is no
page of the site:

- Gatsby (``gatsby-config.js``): the folder of each ``gatsby-source-filesystem`` (its
  ``path``, a string from the site's folder or a template on ``${__dirname}``), the pages
  of ``src/pages/`` and the files of ``static/``.
- Gridsome (``gridsome.config.js``): the folder of each ``@gridsome/source-filesystem``
  (its ``path``, a glob: ``content/posts/*.md`` reads ``content/posts``) and
  ``@gridsome/vue-remark`` (its ``baseDir``), the pages of ``src/pages/`` and ``static/``.
- Nuxt Content (``nuxt.config.ts`` with the ``@nuxt/content`` module): ``content/`` and
  ``public/``, unless the configuration names other sources (``content.sources``,
  ``srcDir``, ``rootDir``) or a collection of ``content.config.ts`` reads another folder
  (``cwd``: see :meth:`~.docs_sites.DocsRoutes.with_collections`).
- Nextra (``theme.config.jsx``, Nextra 2 and 3's theme configuration; Nextra 4 has none,
  its ``next.config.mjs`` wraps the Next.js configuration with ``nextra(...)``): ``pages/``,
  ``content/`` and ``app/`` (Nextra 4), in ``src/`` too, and ``public/``. Their routes are
  Next.js' and Nextra's fixed rules (:mod:`.app_routes`), below the Next.js configuration's
  ``basePath`` and, for ``content/``, Nextra 4's ``contentDirBasePath``; ``trailingSlash``
  ends them with ``/``.
- Contentlayer (``contentlayer.config.ts``, the Tailwind Next.js starter blog's): its
  ``contentDirPath`` (``data``) and ``public/``.
- Velite (``velite.config.ts``): its ``root`` (``content`` by default), whose files its
  collections' patterns match, and ``public/``.

The configuration is read as :mod:`.config` reads any (never run); when it does not show
every folder the site reads (a computed ``path``, an option spread in), nothing is left out.
A site's ``public/`` (Gatsby's and Gridsome's ``static/``) is copied to the root of the built
site: a ``CNAME`` there names the site's host.
"""

from __future__ import annotations

import re
from typing import Any

from .config import Computed, Spans, lookup, read_js_config
from .app_routes import NUXT_UNROUTED
from .docs_sites import DocsRoutes, Section, _folder, _joined, _Reasons

GATSBY_CONFIGS = tuple(f"gatsby-config.{ext}" for ext in ("js", "ts", "mjs", "cjs"))
NUXT_CONFIGS = tuple(f"nuxt.config.{ext}" for ext in ("ts", "js", "mjs"))
NEXTRA_CONFIGS = tuple(f"theme.config.{ext}" for ext in ("jsx", "tsx", "js", "ts"))
GRIDSOME_CONFIGS = tuple(f"gridsome.config.{ext}" for ext in ("js", "ts"))
CONTENTLAYER_CONFIGS = tuple(f"contentlayer.config.{ext}" for ext in ("ts", "js", "mjs", "mts"))
VELITE_CONFIGS = tuple(f"velite.config.{ext}" for ext in ("js", "ts", "mjs", "mts", "cjs", "cts"))
#: A Next.js site's configuration: a Nextra 4 site's when it calls Nextra (:data:`_NEXTRA_CALL`).
NEXT_CONFIGS = tuple(f"next.config.{ext}" for ext in ("js", "mjs", "ts", "cjs", "mts"))
#: Every configuration file of this module's sites (a Contentlayer or Velite site is a
#: Next.js site too: its own configuration comes before ``next.config.*``; a Nextra 2 or 3
#: site's ``next.config.*``, which holds its Next.js settings, before its ``theme.config.*``).
APP_CONFIGS = (*GATSBY_CONFIGS, *GRIDSOME_CONFIGS, *NUXT_CONFIGS, *CONTENTLAYER_CONFIGS, *VELITE_CONFIGS, *NEXT_CONFIGS, *NEXTRA_CONFIGS)

#: The folders a Gatsby or Gridsome site publishes besides its plugins': its pages and static files.
_SITE_FOLDERS = ("src/pages", "static")
_NUXT_FOLDERS = ("content", "public")
_NEXTRA_FOLDERS = ("pages", "content", "app", "src/pages", "src/content", "src/app", "public")
#: A Nextra site's sections: each folder with the kind of its routes (see :mod:`.app_routes`).
_NEXTRA_SECTIONS = (("pages", "next-pages"), ("content", "nextra-content"), ("app", "next-app"))
#: Nextra imported in a Next.js configuration (``import nextra from 'nextra'``, ``require('nextra')``).
_NEXTRA_CALL = re.compile(r"""\b(?:from|require\s*\()\s*['"]nextra['"]""")
#: The name Nextra's function is imported as (``import nextra from 'nextra'``, ``const nextra = require('nextra')``).
_NEXTRA_NAME = re.compile(r"""\bimport\s+([\w$]+)\s+from\s*['"]nextra['"]|\b([\w$]+)\s*=\s*require\s*\(\s*['"]nextra['"]\s*\)""")
#: A Next.js configuration exporting its wrapper called without settings (``module.exports = withNextra()``).
_NO_SETTINGS = re.compile(r"(?:\bmodule\.exports\s*=|\bexport\s+default)\s*[\w$]+\s*\(\s*\)\s*;?\s*$")
#: The plugins that read a folder of Markdown, with the option naming it: Gatsby's (by the
#: plugin's ``resolve``) and Gridsome's (by its ``use``).
_FOLDER_PLUGINS = {"gatsby-source-filesystem": "path", "@gridsome/source-filesystem": "path", "@gridsome/vue-remark": "baseDir"}
#: Where a Gridsome ``path`` glob starts to match (``content/posts/*.md``: ``content/posts``).
_GLOB_START = re.compile(r"/?[^/]*[*?{[]")
#: A folder Gatsby's configuration writes from its own place (``${__dirname}/content/blog``).
_DIRNAME = re.compile(r"^`\$\{__dirname\}/([^`$]*)`$")
#: The Nuxt settings that move or add the folders Nuxt Content reads.
_NUXT_SOURCES = (("content", "sources"), ("srcDir",), ("rootDir",), ("content", "dir"))


def app_site(name: str, text: str) -> DocsRoutes | None:
    """The folders the site configured by the file ``name`` (its ``text``) publishes: a
    Gatsby, Nuxt Content, Nextra, Contentlayer or Velite site (see the module); None for a Nuxt site without
    Nuxt Content (its pages are Vue code) and a Next.js site without Nextra."""
    if name in NEXTRA_CONFIGS or (name in NEXT_CONFIGS and _NEXTRA_CALL.search(text)):
        return _nextra_routes(name, text if name in NEXT_CONFIGS else None)
    if name in NEXT_CONFIGS:
        return None
    config = read_js_config(text)
    if name in NUXT_CONFIGS:
        return _nuxt_routes(name, config, text)
    if name in CONTENTLAYER_CONFIGS:
        folder = lookup(config, "contentDirPath") if config is not None else None
        folder = _folder(folder) if isinstance(folder, str) else None
        return DocsRoutes("contentlayer", (), published=(folder, "public") if folder else None)
    if name in VELITE_CONFIGS:
        return DocsRoutes("velite", (), published=_velite_folders(config))
    if name in GRIDSOME_CONFIGS:
        return _gridsome_routes(name, config)
    return _gatsby_routes(name, config)


def _gatsby_routes(name: str, config: dict | None) -> DocsRoutes:
    """A Gatsby site's folders (see the module), its filesystem sources' pages placed by its
    own code (:attr:`~.docs_sites.DocsRoutes.coded`), and its ``trailingSlash`` (``always``,
    ``never``; ``ignore`` and ``legacy`` keep the path a page is created at). A
    ``pathPrefix``, which Gatsby applies only to a build run with ``--prefix-paths``, and a
    computed address or slash leave its pages without url, with the reason."""
    sources = _plugin_folders(config, "resolve")
    reasons = _Reasons(name)
    slash = reasons.value(config, "trailingSlash") if config is not None else None
    reasons.value(config or {}, "siteMetadata", "siteUrl")
    unread = reasons.first("siteMetadata.siteUrl", "trailingSlash")
    if unread is None and isinstance(lookup(config, "pathPrefix") if config is not None else None, str):
        unread = f"{name} sets pathPrefix, which Gatsby adds to its pages' addresses only in a build run with --prefix-paths: where the site publishes its pages is not known"
    return DocsRoutes(
        "gatsby", (), slash=slash if slash in ("always", "never") else "keep", published=(*sources, *_SITE_FOLDERS) if sources is not None else None,
        coded=sources or (), unread=unread, computed=reasons.names(),
    )


def _gridsome_routes(name: str, config: dict | None) -> DocsRoutes:
    """A Gridsome site's folders (see the module) and the routes of its collections'
    templates (see :func:`_gridsome_templates`), with ``permalinks.trailingSlash`` (true by
    default); a computed setting, or a ``permalinks.slugify`` of its own, leaves its pages
    without url, with the reason."""
    sources = _plugin_folders(config, "use")
    reasons = _Reasons(name)
    slash = reasons.value(config or {}, "permalinks", "trailingSlash")
    reasons.value(config or {}, "pathPrefix")
    unread = reasons.first("permalinks.trailingSlash", "pathPrefix")
    if unread is None and lookup(config or {}, "permalinks", "slugify") is not None:
        unread = f"{name} sets permalinks.slugify: Gridsome makes its routes' slugs with it, which arsip does not"
    return DocsRoutes(
        "gridsome", (), slash="never" if slash is False else "always", published=(*sources, *_SITE_FOLDERS) if sources is not None else None,
        coded=sources or (), templates=_gridsome_templates(config) if sources is not None else None, unread=unread, computed=reasons.names(),
    )


def _gridsome_templates(config: dict | None) -> tuple[tuple[str, str, str | None], ...]:
    """Each Gridsome source's folder, the glob its files match there, and the route of its
    collection's template (see :attr:`~.docs_sites.DocsRoutes.templates`): an
    ``@gridsome/source-filesystem`` collection's (its ``typeName``, ``FileNode`` by default)
    in ``templates`` — a route, or the one of its list named ``default`` or not named —,
    else its own ``route`` option; a ``@gridsome/vue-remark`` folder's is its own code's."""
    templates = lookup(config, "templates") if config is not None else None
    entries = []
    for plugin in lookup(config, "plugins") or () if config is not None else ():
        use = lookup(plugin, "use") if isinstance(plugin, dict) else plugin
        if use not in _FOLDER_PLUGINS:
            continue
        options = lookup(plugin, "options") if isinstance(plugin, dict) else None
        pattern = lookup(options, "path") if isinstance(options, dict) and use == "@gridsome/source-filesystem" else None
        folder = _plugin_path(lookup(options, _FOLDER_PLUGINS[use]) if isinstance(options, dict) else None)
        if folder is None:
            continue
        if not isinstance(pattern, str) or lookup(options, "baseDir") is not None:
            entries.append((folder, "**", None))
            continue
        glob = _GLOB_START.search(pattern)
        type_name = lookup(options, "typeName")
        route = _template_route(templates, type_name if type_name is not None else "FileNode", lookup(options, "route"))
        entries.append((folder, pattern[glob.start() :].lstrip("/") if glob else "**", route))
    return tuple(entries)


def _template_route(templates: Any, type_name: Any, route: Any) -> str | None:
    """The route of the template Gridsome publishes the collection ``type_name`` with: its
    entry in the configuration's ``templates`` (a route, or a list whose ``default`` one —
    named so, or not named — is the node's page), else the source's own ``route`` option;
    ``""`` when neither gives one (no page), None when arsip cannot read it (a function, a
    computed value)."""
    if isinstance(templates, Computed) or isinstance(type_name, Computed) or (templates is not None and not isinstance(templates, dict)):
        return None
    entry = templates.get(type_name) if isinstance(templates, dict) and isinstance(type_name, str) else None
    if entry is None:
        return "/" + route.lstrip("/") if isinstance(route, str) else "" if route is None else None
    if isinstance(entry, list):
        defaults = [lookup(item, "path") for item in entry if isinstance(item, dict) and lookup(item, "name") in (None, "default")]
        entry = defaults[-1] if defaults else None
    return entry if isinstance(entry, str) else None


def app_site_url(name: str, text: str) -> str | None:
    """The site's address a Gatsby, Gridsome or Nuxt configuration (file ``name``, its
    ``text``) gives: Gatsby's ``siteMetadata.siteUrl``, the address its sitemap, feed and SEO
    plugins and starters join their pages' paths to; Gridsome's ``siteUrl`` and
    ``pathPrefix``; Nuxt's ``site.url`` (nuxt-site-config's, which Nuxt SEO's modules read);
    None for another configuration, or one it computes."""
    if name in GRIDSOME_CONFIGS:
        config = read_js_config(text)
        return _joined(lookup(config, "siteUrl"), lookup(config, "pathPrefix")) if config is not None else None
    if name not in GATSBY_CONFIGS and name not in NUXT_CONFIGS:
        return None
    config = read_js_config(text)
    keys = ("siteMetadata", "siteUrl") if name in GATSBY_CONFIGS else ("site", "url")
    url = lookup(config, *keys) if config is not None else None
    return url.rstrip("/") + "/" if isinstance(url, str) and url.startswith("http") else None


def _nextra_routes(name: str, text: str | None) -> DocsRoutes:
    """A Nextra site's routes from its Next.js configuration ``name`` (its ``text``; None
    when the site's configuration read is its ``theme.config``, and Next.js' defaults hold):
    its sections of ``pages/``, ``content/`` and ``app/`` (in ``src/`` too) below its
    ``basePath``, and Nextra 4's ``contentDirBasePath`` for ``content/``, each locale of
    Next.js' ``i18n`` where Nextra publishes it (:func:`~.app_routes.localized_route`). A
    setting the file computes, an ``i18n`` without its locales written out or with
    ``domains`` (a domain for each locale), and Nextra 4's ``contentDirBasePath`` with
    ``i18n`` leave its pages without url, with the reason."""
    config = {} if text is None or _NO_SETTINGS.search(text) else read_js_config(text)
    unread = None if config is not None else f"{name} exports no object arsip can read (it is never run): where the site publishes its pages is not known"
    config, reasons = config or {}, _Reasons(name)
    base, slash = reasons.text(config, "basePath", default=""), reasons.value(config, "trailingSlash")
    content = reasons.text(_nextra_options(text) if text else {}, "contentDirBasePath", default="")
    locales, default = _next_locales(config, reasons)
    unread = unread or reasons.first("basePath", "trailingSlash", "contentDirBasePath", "i18n", "i18n.locales", "i18n.defaultLocale")
    if unread is None and lookup(config, "i18n") is not None and not locales:
        unread = f"{name} sets i18n without its locales and a defaultLocale among them, or with domains: where Next.js publishes each locale's pages is not known"
    route = base.strip("/") if isinstance(base, str) else ""
    content_route = "/".join(part for part in (route, content.strip("/") if isinstance(content, str) else "") if part)
    content_unread = f"{name} sets i18n and Nextra's contentDirBasePath: where Nextra publishes each locale's pages of content/ is not known" if locales and content_route != route else None
    sections = tuple(
        Section(kind, prefix + folder, content_route if kind == "nextra-content" else route, unread or (content_unread if kind == "nextra-content" else None))
        for prefix in ("", "src/")
        for folder, kind in _NEXTRA_SECTIONS
    )
    return DocsRoutes(
        "nextra", sections, slash="always" if slash is True else "never", published=_NEXTRA_FOLDERS, computed=reasons.names(),
        route_locales=locales, **({"default_locale": default} if locales else {}),
    )


def _next_locales(config: dict, reasons: _Reasons) -> tuple[tuple[str, ...], str]:
    """The locales of a Next.js configuration's ``i18n`` and its ``defaultLocale``, when it
    writes them out (a list of locale codes, the default among them) and gives no
    ``domains`` (each locale served at a domain of its own); ``((), "")`` otherwise, a
    computed value noted in ``reasons``."""
    reasons.value(config, "i18n")
    locales, default = reasons.value(config, "i18n", "locales"), reasons.value(config, "i18n", "defaultLocale")
    if lookup(config, "i18n", "domains") is not None or not isinstance(locales, list) or not all(isinstance(locale, str) for locale in locales):
        return (), ""
    return (tuple(locales), default) if default in locales else ((), "")


def _nextra_options(text: str) -> dict:
    """The options a Next.js configuration (its ``text``) passes to Nextra's function
    (``nextra({ contentDirBasePath: '/docs' })``); a computed value for options it does not
    write out, none when it passes none."""
    found = _NEXTRA_NAME.search(text)
    calls = Spans(text).calls(found.group(1) or found.group(2)) if found else []
    if not calls:
        return {}
    call = text[calls[0][0] : calls[0][1]]
    options = read_js_config("export default " + call)
    return options if options is not None else {} if _NO_SETTINGS.search("export default " + call) else {"contentDirBasePath": Computed(call.split("(", 1)[0] + "(…)")}


def _velite_folders(config: dict | None) -> tuple[str, ...] | None:
    """The folders a Velite site reads: its ``root`` (``content`` by default) and ``public/``;
    None when its configuration does not show its root (computed, or not read)."""
    if config is None:
        return None
    root = lookup(config, "root")
    folder = "content" if root is None else _folder(root) if isinstance(root, str) else None
    return (folder, "public") if folder else None


def _plugin_folders(config: dict | None, key: str) -> tuple[str, ...] | None:
    """The folders a Gatsby or Gridsome site's source plugins read (see the module; ``key``
    names a plugin in its entry), None when its configuration does not show them all."""
    plugins = lookup(config, "plugins") if config is not None else None
    if plugins is None:
        return () if config is not None else None
    if not isinstance(plugins, list):
        return None
    folders = []
    for plugin in plugins:
        resolve = lookup(plugin, key) if isinstance(plugin, dict) else plugin
        if isinstance(resolve, Computed) or isinstance(plugin, Computed):
            return None
        if resolve not in _FOLDER_PLUGINS:
            continue
        folder = _plugin_path(lookup(plugin, "options", _FOLDER_PLUGINS[resolve]) if isinstance(plugin, dict) else None)
        if folder is None:
            return None
        folders.append(folder)
    return tuple(folders)


def _plugin_path(value: Any) -> str | None:
    """A plugin's folder as a folder of the site: a string (``./content``, ``content/blog``;
    a glob up to where it starts to match) or ``${__dirname}/content/blog``; None for another value."""
    if isinstance(value, Computed):
        match = _DIRNAME.match(value.source)
        value = match.group(1) if match else None
    if isinstance(value, str):
        glob = _GLOB_START.search(value)
        value = value[: glob.start()] if glob else value
    return _folder(value) if isinstance(value, str) and value.strip() else None


def _nuxt_routes(name: str, config: dict | None, text: str) -> DocsRoutes | None:
    """A Nuxt site's folders and routes when it uses Nuxt Content (None without it): its
    ``content/`` pages at their paths below ``app.baseURL`` once a catch-all page is seen to
    render them (:meth:`~.docs_sites.DocsRoutes.with_entry_routes`), or from the start in
    Nuxt Content 2's ``documentDriven`` mode, whose own catch-all page renders them; in the
    letter case of their files with Nuxt Content 2's ``content.respectPathCase``. Nuxt
    Content 3's ``content.build.pathMeta`` (its slugify's options) leaves them without url."""
    if "@nuxt/content" not in text:
        return None
    shown = config is not None and all(lookup(config, *keys) is None for keys in _NUXT_SOURCES)
    reasons = _Reasons(name)
    base = reasons.text(config or {}, "app", "baseURL", default="/")
    locales, default = _nuxt_locales(config or {}, reasons)
    driven = lookup(config, "content", "documentDriven") if config is not None else None
    respect = reasons.value(config or {}, "content", "respectPathCase")
    unread = reasons.first("app.baseURL", "content.locales", "content.defaultLocale", "content.respectPathCase")
    if unread is None and lookup(config or {}, "content", "build", "pathMeta") is not None:
        unread = f"{name} sets content.build.pathMeta, Nuxt Content 3's options of the slugify that makes its pages' paths, which arsip does not apply: where the site publishes its pages is not known"
    if unread is None and lookup(config or {}, "content", "locales") not in (None, []) and not locales:
        unread = f"{name} sets content.locales without writing each out: where Nuxt Content publishes each locale's pages is not known"
    if unread is None and (driven in (None, False) or isinstance(driven, Computed)):
        unread = NUXT_UNROUTED
    keep_case = respect not in (None, False, 0, "")  # (JavaScript's truthiness: Nuxt Content slugifies with lower: !respectPathCase)
    section = Section("nuxt-content", "content", base.strip("/") if isinstance(base, str) else "", unread, keep_case=keep_case)
    return DocsRoutes(
        "nuxt", (section,), published=_NUXT_FOLDERS if shown else None, computed=reasons.names(),
        route_locales=locales, **({"default_locale": default} if locales else {}),
    )


def _nuxt_locales(config: dict, reasons: _Reasons) -> tuple[tuple[str, ...], str]:
    """Nuxt Content 2's ``content.locales`` and its default one (``content.defaultLocale``,
    else the first of them); ``((), "")`` without them, or when the configuration computes
    them (noted in ``reasons``)."""
    locales, default = reasons.value(config, "content", "locales"), reasons.value(config, "content", "defaultLocale")
    if not isinstance(locales, list) or not locales or not all(isinstance(locale, str) for locale in locales) or isinstance(default, Computed):
        return (), ""
    return tuple(locales), default if isinstance(default, str) else locales[0]

