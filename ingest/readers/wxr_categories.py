"""WordPress categories that share a name: ``Desa`` in ``Berita`` and ``Desa`` in ``Program``
are two categories (slugs ``desa`` and ``desa-2``, two archives) that a post names alike,
``<category domain="category" nicename="desa-2">Desa</category>``. Each is labelled with its
path of names from the top, ``Berita/Desa`` and ``Program/Desa``, as its archive's address
nests it (``/category/berita/desa/``), from the export's list of categories (``<wp:category>``:
slug, parent's slug, name). An export of posts alone lists none: there they keep their name,
and each post in one gets a problem saying so."""

from __future__ import annotations

import html
import re
from dataclasses import dataclass
from typing import Iterable

from ..document import Problem
from ..terms import term_key

#: A post's category as WordPress's exporter writes it (``wxr_post_taxonomy``).
_POST_CATEGORY = re.compile(r'<category domain="category" nicename="([^"]*)"><!\[CDATA\[(.*?)\]\]></category>')


@dataclass(frozen=True)
class ExportCategories:
    """The labels of the export's categories that share a name: by slug, their paths
    (``paths``), or, when the export does not list its categories, the slugs of each name
    (``namesakes``: a slug to every slug of its name)."""

    paths: dict[str, str]
    namesakes: dict[str, tuple[str, ...]]

    def label(self, slug: str, name: str, problems: list[Problem]) -> str:
        """The label of the post's category ``name`` of slug ``slug``, and a problem in
        ``problems`` when it stays one with another of its name."""
        if slug in self.namesakes:
            others = ", ".join(other for other in self.namesakes[slug] if other != slug)
            problems.append(
                Problem(
                    "categories",
                    f'the category "{name}" ({slug}) shares its name with another of the export ({others}) and is one with it here: the export does not list its categories to tell where each stands (an export of posts alone)',
                )
            )
        return self.paths.get(slug) or name


def export_categories(listed: dict[str, tuple[str, str]], text: str) -> ExportCategories:
    """The labels of the export ``text``'s categories sharing a name, from ``listed`` (each
    slug's name and parent's slug, as ``<wp:category>`` gives them), else from its posts."""
    if listed:
        return ExportCategories(_shared_name_paths(listed), {})
    return ExportCategories({}, _unlisted_namesakes(text))


def _shared_name_paths(listed: dict[str, tuple[str, str]]) -> dict[str, str]:
    """The path of each category (by slug) whose name another one shares."""
    return {slug: _path(slug, listed) for slugs in _slugs_by_name(listed.items()) for slug in slugs}


def _unlisted_namesakes(text: str) -> dict[str, tuple[str, ...]]:
    """Each slug of the categories the posts of ``text`` name alike to the slugs of its name."""
    if 'domain="category"' not in text:  # no post has a category: no regex pass
        return {}
    named = {slug: (html.unescape(name), "") for slug, name in _POST_CATEGORY.findall(text)}
    return {slug: slugs for slugs in _slugs_by_name(named.items()) for slug in slugs}


def _slugs_by_name(categories: Iterable[tuple[str, tuple[str, str]]]) -> list[tuple[str, ...]]:
    """The slugs of every name (by its key) that ``(slug, (name, parent))`` pairs give more
    than one slug."""
    by_key: dict[str, list[str]] = {}
    for slug, (name, _parent) in categories:
        by_key.setdefault(term_key(name), []).append(slug)
    return [tuple(slugs) for slugs in by_key.values() if len(slugs) > 1]


def _path(slug: str, listed: dict[str, tuple[str, str]]) -> str:
    """The names of the category ``slug`` and of its parents, from the top, joined by ``/``
    (a parent the export does not list, or a loop, ends the path)."""
    names: list[str] = []
    seen: set[str] = set()
    while slug in listed and slug not in seen:
        seen.add(slug)
        name, slug = listed[slug]
        names.append(name)
    return "/".join(reversed(names))
