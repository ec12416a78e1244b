"""Sites whose pages are made by the site's own code from its content folders — Gatsby, Nuxt
Content, Nextra, Contentlayer: which folders of the repository hold the site's pages.

Their routes are code (Gatsby's ``gatsby-node.js`` creates a page per Markdown node, Nuxt's
and Nextra's catch-all routes render a content file), so where a page is published is not
read; but which folders the site reads is documented, or written in its configuration, so
the rest of the repository handed over with it (its README, LICENSE, changelog, notes,
``.github/``) is no page of the site:

- Gatsby (``gatsby-config.js``): the folder of each ``gatsby-source-filesystem`` (its
  ``path``, a string from the site's folder or a template on ``${__dirname}``), the pages
  of ``src/pages/`` and the files of ``static/``.
- Nuxt Content (``nuxt.config.ts`` with the ``@nuxt/content`` module): ``content/`` and
  ``public/``, unless the configuration names other sources (``content.sources``,
  ``srcDir``, ``rootDir``) or a collection of ``content.config.ts`` reads another folder
  (``cwd``: see :meth:`~.docs_sites.DocsRoutes.with_collections`).
- Nextra (``theme.config.jsx``, Nextra 2 and 3's theme configuration): ``pages/``,
  ``content/`` and ``app/`` (Nextra 4), in ``src/`` too, and ``public/``.
- Contentlayer (``contentlayer.config.ts``, the Tailwind Next.js starter blog's): its
  ``contentDirPath`` (``data``) and ``public/``.

The configuration is read as :mod:`.config` reads any (never run); when it does not show
every folder the site reads (a computed ``path``, an option spread in), nothing is left out.
"""

from __future__ import annotations

import re
from typing import Any

from .config import Computed, lookup, read_js_config
from .docs_sites import DocsRoutes, _folder

GATSBY_CONFIGS = tuple(f"gatsby-config.{ext}" for ext in ("js", "ts", "mjs", "cjs"))
NUXT_CONFIGS = tuple(f"nuxt.config.{ext}" for ext in ("ts", "js", "mjs"))
NEXTRA_CONFIGS = tuple(f"theme.config.{ext}" for ext in ("jsx", "tsx", "js", "ts"))
CONTENTLAYER_CONFIGS = tuple(f"contentlayer.config.{ext}" for ext in ("ts", "js", "mjs", "mts"))
#: Every configuration file of this module's sites.
APP_CONFIGS = (*GATSBY_CONFIGS, *NUXT_CONFIGS, *NEXTRA_CONFIGS, *CONTENTLAYER_CONFIGS)

_GATSBY_FOLDERS = ("src/pages", "static")
_NUXT_FOLDERS = ("content", "public")
_NEXTRA_FOLDERS = ("pages", "content", "app", "src/pages", "src/content", "src/app", "public")
_FILESYSTEM_SOURCE = "gatsby-source-filesystem"
#: A folder Gatsby's configuration writes from its own place (``${__dirname}/content/blog``).
_DIRNAME = re.compile(r"^`\$\{__dirname\}/([^`$]*)`$")
#: The Nuxt settings that move or add the folders Nuxt Content reads.
_NUXT_SOURCES = (("content", "sources"), ("srcDir",), ("rootDir",), ("content", "dir"))


def app_site(name: str, text: str) -> DocsRoutes | None:
    """The folders the site configured by the file ``name`` (its ``text``) publishes: a
    Gatsby, Nuxt Content, Nextra or Contentlayer site (see the module); None for a Nuxt site without
    Nuxt Content (its pages are Vue code)."""
    if name in NEXTRA_CONFIGS:
        return DocsRoutes("nextra", (), published=_NEXTRA_FOLDERS)
    config = read_js_config(text)
    if name in NUXT_CONFIGS:
        return _nuxt_routes(config, text)
    if name in CONTENTLAYER_CONFIGS:
        folder = lookup(config, "contentDirPath") if config is not None else None
        folder = _folder(folder) if isinstance(folder, str) else None
        return DocsRoutes("contentlayer", (), published=(folder, "public") if folder else None)
    return DocsRoutes("gatsby", (), published=_gatsby_folders(config))


def _gatsby_folders(config: dict | None) -> tuple[str, ...] | None:
    """The folders a Gatsby site reads (see the module), None when its configuration does not show them all."""
    plugins = lookup(config, "plugins") if config is not None else None
    if plugins is None:
        return _GATSBY_FOLDERS if config is not None else None
    if not isinstance(plugins, list):
        return None
    folders = []
    for plugin in plugins:
        resolve = lookup(plugin, "resolve") if isinstance(plugin, dict) else plugin
        if isinstance(resolve, Computed) or isinstance(plugin, Computed):
            return None
        if resolve != _FILESYSTEM_SOURCE:
            continue
        folder = _gatsby_path(lookup(plugin, "options", "path") if isinstance(plugin, dict) else None)
        if folder is None:
            return None
        folders.append(folder)
    return (*folders, *_GATSBY_FOLDERS)


def _gatsby_path(value: Any) -> str | None:
    """A ``gatsby-source-filesystem`` path as a folder of the site: a string (``./content``,
    ``content/blog``) or ``${__dirname}/content/blog``; None for another value."""
    if isinstance(value, Computed):
        match = _DIRNAME.match(value.source)
        value = match.group(1) if match else None
    return _folder(value) if isinstance(value, str) and value.strip() else None


def _nuxt_routes(config: dict | None, text: str) -> DocsRoutes | None:
    """A Nuxt site's folders when it uses Nuxt Content; None without it."""
    if "@nuxt/content" not in text:
        return None
    shown = config is not None and all(lookup(config, *keys) is None for keys in _NUXT_SOURCES)
    return DocsRoutes("nuxt", (), published=_NUXT_FOLDERS if shown else None)

