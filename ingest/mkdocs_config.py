"""MkDocs' ``mkdocs.yml``: what it says of the site, and where MkDocs publishes each page.

The file is YAML that often carries Python tags (``!!python/name:material.extensions.emoji.twemoji``,
``!!python/object/apply:pymdownx.slugs.slugify``) and MkDocs' own (``!ENV``, ``!relative``):
it is read with PyYAML's safe loader, where such a tag is only the plain value it tags
(nothing is imported, called or looked up), so one tag never makes the whole file unreadable.
"""

from __future__ import annotations

import posixpath
from typing import Any
from urllib.parse import quote

import yaml
from yaml.nodes import MappingNode, ScalarNode, SequenceNode

#: MkDocs' configuration files, in the order MkDocs looks for them.
MKDOCS_CONFIGS = ("mkdocs.yml", "mkdocs.yaml")
#: Extensions MkDocs reads as Markdown pages.
PAGE_EXTENSIONS = (".md", ".markdown", ".mdown", ".mkdn", ".mkd")


class _ConfigLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):  # type: ignore[misc]
    """PyYAML's safe loader reading every tag it does not know as the value it tags."""


def _untagged(loader: _ConfigLoader, suffix: str, node) -> Any:
    """A node with an unknown tag: its scalar, list or mapping, as if untagged."""
    if isinstance(node, ScalarNode):
        return loader.construct_scalar(node)
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


def mkdocs_values(text: str) -> dict[str, Any]:
    """What ``mkdocs.yml`` (``text``) says: ``base_url`` (``site_url``, ending in ``/``),
    ``lang`` (``theme.language`` or ``theme.locale``), ``docs_dir`` (below the site's root,
    ``docs`` by default; None when it is not inside it) and ``directory_urls``
    (``use_directory_urls``, true by default). Raises ``yaml.YAMLError`` when it is not YAML."""
    data = yaml.load(text, Loader=_ConfigLoader)
    if not isinstance(data, dict):
        data = {}
    base = data.get("site_url")
    theme = data.get("theme")
    lang = (theme.get("language") or theme.get("locale")) if isinstance(theme, dict) else None
    return {
        "base_url": base.rstrip("/") + "/" if isinstance(base, str) and base.startswith("http") else None,
        "lang": lang if isinstance(lang, str) else None,
        "docs_dir": _docs_dir(data.get("docs_dir", "docs")),
        "directory_urls": data.get("use_directory_urls") is not False,
    }


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
    as it is."""
    folder, name = posixpath.split(page)
    stem, extension = posixpath.splitext(name)
    if extension.lower() in PAGE_EXTENSIONS:
        if stem in ("index", "README"):
            place = (folder or ".") + "/" if directory_urls else posixpath.join(folder, "index.html")
        else:
            place = posixpath.join(folder, stem, "") if directory_urls else posixpath.join(folder, stem + ".html")
    else:
        place = page
    return quote(place)
