"""What a site's configuration says about all of its pages: base URL and language.

Read once per input root from the generator's configuration file at the root (Jekyll
``_config.yml``, Hugo ``hugo.toml``/``config.toml``/``.yaml``, Pelican ``pelicanconf.py``);
an archive's is read from its members by :mod:`.generators`.
A configuration that cannot be read is the same as none: nothing is guessed from it.
"""

from __future__ import annotations

import os
import re
import tomllib
from dataclasses import dataclass
from functools import lru_cache

import yaml

#: Configuration files, in the order they are tried.
CONFIG_FILES = ("_config.yml", "_config.yaml", "hugo.toml", "hugo.yaml", "config.toml", "config.yaml", "config.yml", "pelicanconf.py")
#: Larger configuration files are not read.
MAX_CONFIG_BYTES = 1_000_000

_PELICAN = re.compile(r"^(SITEURL|DEFAULT_LANG|ARTICLE_URL|PAGE_URL)\s*=\s*['\"]([^'\"]*)['\"]", re.M)


@dataclass(frozen=True)
class SiteInfo:
    """Site-wide facts: the base URL pages are published under, and the language."""

    base_url: str | None = None
    lang: str | None = None
    #: The folder of the site's files below the root that ids are relative to: an archive's
    #: top folder (``situs/``) when the site is inside one, else empty.
    folder: str = ""
    #: Where a page with a ``slug`` is published below the base URL, as its generator's
    #: pattern (Pelican's ``ARTICLE_URL``, and ``PAGE_URL`` for ``content/pages/``); None
    #: for Hugo's ``section/slug/``.
    article_url: str | None = None
    page_url: str | None = None


def read_site_info(root: str | None) -> SiteInfo:
    """The :class:`SiteInfo` of the site at ``root`` (empty when there is no readable config)."""
    if not root:
        return SiteInfo()
    for name in CONFIG_FILES:
        path = os.path.join(root, name)
        try:
            if not os.path.isfile(path) or os.path.getsize(path) > MAX_CONFIG_BYTES:
                continue
            with open(path, encoding="utf-8", errors="replace") as handle:
                text = handle.read()
        except OSError:
            continue
        site = parse_config(name, text)
        if site is not None:
            return site
    return SiteInfo()


def parse_config(name: str, text: str) -> SiteInfo | None:
    """What the configuration file ``name`` (one of :data:`CONFIG_FILES`) holding ``text``
    says; None when it cannot be parsed."""
    try:
        return _parse(name, text)
    except (ValueError, yaml.YAMLError, tomllib.TOMLDecodeError):
        return None


def _parse(name: str, text: str) -> SiteInfo:
    if name.endswith(".py"):
        values = dict(_PELICAN.findall(text))
        return SiteInfo(
            values.get("SITEURL") or None, values.get("DEFAULT_LANG") or None,
            article_url=values.get("ARTICLE_URL", "{slug}.html"), page_url=values.get("PAGE_URL", "pages/{slug}.html"),
        )
    data = tomllib.loads(text) if name.endswith(".toml") else yaml.safe_load(text)
    if not isinstance(data, dict):
        return SiteInfo()
    base = data.get("baseURL") or data.get("baseurl_full") or _jekyll_url(data)
    lang = data.get("languageCode") or data.get("lang") or data.get("language") or data.get("defaultContentLanguage")
    return SiteInfo(base if isinstance(base, str) and base.startswith("http") else None, lang if isinstance(lang, str) else None)


def _jekyll_url(data: dict) -> str | None:
    url, base = data.get("url"), data.get("baseurl")
    if not isinstance(url, str):
        return None
    return url.rstrip("/") + ("/" + base.strip("/") if isinstance(base, str) and base.strip("/") else "")


#: :func:`read_site_info`, read once per root (``site_info.cache_clear()`` at the start of a
#: run: a configuration may change between two runs in one process).
site_info = lru_cache(maxsize=64)(read_site_info)
