"""Antora documentation sites: a component version (``antora.yml`` beside ``modules/``) and
the playbook that builds the site (``antora-playbook.yml``), read as Antora reads them.

Only the files of a module's ``pages`` folder are pages (``modules/<module>/pages/**.adoc``;
one starting with ``_`` is kept for includes, not published); partials, examples,
attachments, images and navigation files are not. A page is published at
``site.url/<component>/<version>/<module>/<page>.html``: the ``ROOT`` module, a component
named ``ROOT`` and an unversioned component (``version: ~``) add no segment, and the
playbook's ``urls.html_extension_style`` (``default``, ``indexify``, ``drop``) gives the
ending. The AsciiDoc attributes of the playbook and of ``antora.yml`` are set on every page:
a value is hard set (the page cannot change it) unless it ends with ``@`` (soft set: the
page may); ``false`` unsets it. Both files are only parsed (YAML, safe loader), never run.
"""

from __future__ import annotations

import posixpath
from dataclasses import dataclass, replace
from typing import Any
from urllib.parse import quote

import yaml

#: The component version descriptor, at the root of the component's files.
COMPONENT = "antora.yml"
#: The playbook's usual names (the one of a site's own repository, beside or above its component).
PLAYBOOKS = ("antora-playbook.yml", "antora-playbook.yaml")
#: Why a file of a component that is not a page is not read.
NOT_A_PAGE = "not an Antora page: outside modules/*/pages (a partial, example, attachment, image or navigation file)"
#: Why a file in a pages folder that Antora does not publish is not read.
HIDDEN_PAGE = "not an Antora page: a file of modules/*/pages that Antora does not publish (not .adoc, or starting with _)"
_STYLES = ("default", "indexify", "drop")


@dataclass(frozen=True)
class AntoraSite:
    """A component version and what its playbook says (see the module docstring)."""

    name: str | None = None
    #: The version segment ("" for an unversioned component), None when unknown.
    version: str | None = ""
    title: str | None = None
    display_version: str | None = None
    #: The playbook's ``urls.html_extension_style``.
    style: str = "default"
    site_title: str | None = None
    #: The site's URL as the playbook gives it (absolute or root-relative), None without one.
    site_url: str | None = None
    #: AsciiDoc attributes set on every page, as (name, value or None for unset, hard) triples.
    attributes: tuple[tuple[str, str | None, bool], ...] = ()
    #: Why no page has a url (what is not known), else None.
    unplaced: str | None = None

    def page(self, path: str) -> tuple[str, str] | str:
        """The module and page path (below ``pages/``) of the file at ``path`` in the
        component; or why it is not a page (:data:`NOT_A_PAGE`, :data:`HIDDEN_PAGE`)."""
        parts = path.split("/")
        if len(parts) < 4 or parts[0] != "modules" or parts[2] != "pages":
            return NOT_A_PAGE
        if not parts[-1].lower().endswith(".adoc") or any(part.startswith(("_", ".")) for part in parts[3:]):
            return HIDDEN_PAGE
        return parts[1], "/".join(parts[3:])

    def place(self, path: str) -> str | None:
        """Where the page at ``path`` is published below the site's URL; None for a file that
        is no page, or when the component's URL is not known."""
        found = self.page(path)
        if isinstance(found, str) or self.unplaced or self.version is None or not self.name:
            return None
        module, page = found
        stem = page[: -len(".adoc")]
        folder, name = posixpath.split(stem)
        segments = [self.name if self.name != "ROOT" else "", self.version, module if module != "ROOT" else "", folder]
        route = "/".join(segment for segment in segments if segment)
        if self.style == "default":
            placed = posixpath.join(route, name + ".html")
        elif name == "index":  # (``drop`` and ``indexify``: at its folder)
            placed = route + "/" if route else ""
        else:
            placed = posixpath.join(route, name) + ("/" if self.style == "indexify" else "")
        return quote(placed) or "./"

    def unplaced_reason(self, path: str) -> str | None:
        """Why the page at ``path`` has no url; None for a file that is no page, or is placed."""
        if isinstance(self.page(path), str):
            return None
        return self.unplaced

    def page_attributes(self, path: str) -> tuple[tuple[str, str | None, bool], ...]:
        """The attributes the page at ``path`` is given: the playbook's and ``antora.yml``'s,
        and those Antora sets itself (``page-component-name``, ``page-module`` …, hard set)."""
        found = self.page(path)
        intrinsic = {"env": "site", "env-site": "", "site-gen": "antora", "site-gen-antora": ""}
        if self.name:
            intrinsic |= {"page-component-name": self.name, "page-component-title": self.title or self.name}
        if self.version:
            intrinsic |= {"page-component-version": self.version, "page-version": self.version}
            intrinsic["page-component-display-version"] = self.display_version or self.version
        if self.site_title:
            intrinsic["site-title"] = self.site_title
        if self.site_url:
            intrinsic["site-url"] = self.site_url
        if not isinstance(found, str):
            intrinsic |= {"page-module": found[0], "page-relative-src-path": found[1]}
        return self.attributes + tuple((name, value, True) for name, value in intrinsic.items())

    def state(self) -> dict:
        """What the index records of the component (a change reads its pages again)."""
        return {
            "name": self.name, "version": self.version, "title": self.title, "display_version": self.display_version, "style": self.style,
            "site_title": self.site_title, "site_url": self.site_url, "attributes": [list(entry) for entry in self.attributes], "unplaced": self.unplaced,
        }


def applied_attributes(site: tuple[tuple[str, str | None, bool], ...], page: dict[str, str], page_unset: set[str]) -> tuple[dict[str, str], set[str]]:
    """The attributes and unset attributes of a page whose header sets ``page`` and unsets
    ``page_unset``, given the ``site``'s (:meth:`AntoraSite.page_attributes`): a hard-set or
    hard-unset one wins over the page, a soft one yields to it."""
    locked = {name for name, _, hard in site if hard}
    attributes: dict[str, str] = {}  # the site's first: a page's value may refer to them
    unset = {name for name in page_unset if name not in locked}
    for name, value, hard in site:
        if not hard and (name in page or name in page_unset):
            continue
        if value is None:
            unset.add(name)
        else:
            attributes[name] = value
    attributes.update((name, value) for name, value in page.items() if name not in locked)
    return attributes, unset


def component(text: str) -> AntoraSite | None:
    """What ``antora.yml`` (``text``) says; None when it is not a mapping (not readable)."""
    data = yaml.safe_load(text)
    if not isinstance(data, dict):
        return None
    name = _text(data["name"]) if _is_value(data.get("name")) else None
    version, unplaced = _version(data)
    if not name:
        unplaced = "antora.yml gives no component name: where Antora publishes its pages is not known"
    title, display = data.get("title"), data.get("display_version")
    return AntoraSite(
        name, version, _text(title) if _is_value(title) else None, _text(display) if _is_value(display) else None,
        attributes=_attributes(data), unplaced=unplaced,
    )


def with_playbook(site: AntoraSite, name: str | None, text: str | None) -> tuple[AntoraSite, str | None]:
    """``site`` as the playbook ``name`` (its ``text``; None: none in the input) builds it,
    and the site's absolute URL (None when it gives none)."""
    data = _mapping(text) if text is not None else None
    if data is None:
        reason = "no Antora playbook (antora-playbook.yml) in the input gives the site's URL (site.url)" if text is None else f"{name} cannot be read"
        return replace(site, unplaced=site.unplaced or reason), None
    settings, urls, asciidoc = (_section(data, key) for key in ("site", "urls", "asciidoc"))
    url = settings.get("url")
    url = url.strip().rstrip("/") if isinstance(url, str) and url.strip() else None
    style = _setting(urls, "html_extension_style") or "default"
    reason = None
    if url is None:
        reason = f"{name} gives no site.url: the site's address is not known"
    elif not url.startswith(("http://", "https://")):
        reason = f"{name} gives site.url {url!r}, a path without the site's address"
    elif style not in _STYLES:
        reason = f"{name} sets urls.html_extension_style to {style!r}, which Antora does not know"
    elif site.version and _moves_latest(urls):
        reason = f"{name} sets urls.latest_version_segment: the URL of the latest version depends on versions not in the input"
    title = settings.get("title")
    ours = {entry[0] for entry in site.attributes}
    winning = tuple(entry for entry in _attributes({"asciidoc": asciidoc}) if entry[2] or entry[0] not in ours)  # the playbook's hard ones win
    won = {entry[0] for entry in winning}
    site = replace(
        site, style=style if style in _STYLES else "default", site_title=_text(title) if _is_value(title) else None, site_url=url,
        attributes=tuple(entry for entry in site.attributes if entry[0] not in won) + winning, unplaced=site.unplaced or reason,
    )
    return site, url if url and url.startswith(("http://", "https://")) else None


def _moves_latest(urls: dict) -> bool:
    """True when the playbook publishes the latest (prerelease) version of a component under
    a symbolic version (``urls.latest_version_segment``, with the strategy ``replace`` or
    ``redirect:to``); ``redirect:from`` keeps every page at its actual version."""
    symbolic = _setting(urls, "latest_version_segment") is not None or _setting(urls, "latest_prerelease_version_segment") is not None
    return symbolic and _setting(urls, "latest_version_segment_strategy") != "redirect:from"


def _version(data: dict) -> tuple[str | None, str | None]:
    """The version segment of ``antora.yml`` and why it is not known (None when it is)."""
    if "version" not in data:
        return None, "antora.yml gives no version (~ for an unversioned component): where Antora publishes its pages is not known"
    version = data["version"]
    if version is None or version == "~":
        return "", None
    if version is True:
        return None, "antora.yml takes its version from the git branch (version: true): where Antora publishes its pages is not known"
    if not _is_value(version):
        return None, "antora.yml gives a version that is not a name: where Antora publishes its pages is not known"
    return _text(version), None


def _attributes(data: dict) -> tuple[tuple[str, str | None, bool], ...]:
    """The ``asciidoc.attributes`` of a playbook or ``antora.yml`` as (name, value, hard)
    triples: ``value@`` soft set, ``false`` hard unset, ``~`` or ``false@`` soft unset,
    ``true`` set empty."""
    attributes = _section(_section(data, "asciidoc"), "attributes")
    entries = []
    for name, value in attributes.items():
        if value is None:
            entries.append((str(name), None, False))
        elif value is False:
            entries.append((str(name), None, True))
        elif value is True:
            entries.append((str(name), "", True))
        elif _is_value(value):
            text = _text(value)
            soft = text.endswith("@")
            text = text[:-1] if soft else text
            entries.append((str(name), None if soft and text == "false" else text, not soft))
    return tuple(entries)


def _mapping(text: str) -> dict | None:
    try:
        data = yaml.safe_load(text)
    except (yaml.YAMLError, RecursionError, ValueError):
        return None
    return data if isinstance(data, dict) else None


def _section(data: dict, key: str) -> dict:
    value = data.get(key)
    return value if isinstance(value, dict) else {}


def _setting(section: dict, key: str) -> str | None:
    """A playbook setting, written ``html_extension_style`` or ``html-extension-style``."""
    value = section.get(key, section.get(key.replace("_", "-")))
    return str(value) if isinstance(value, (str, int, float)) and not isinstance(value, bool) else None


def _is_value(value: Any) -> bool:
    return isinstance(value, (str, int, float)) and not isinstance(value, bool)


def _text(value: str | int | float) -> str:
    """A YAML scalar as the JavaScript that Antora runs makes it a string (``1.0`` → ``1``)."""
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()
