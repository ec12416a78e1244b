"""The terms a page's article is filed under, as its schema.org microdata marks them.

Joomla 3's article view marks the article ``itemscope itemtype="https://schema.org/Article"``,
its body ``itemprop="articleBody"``, the link to its category ``itemprop="genre"`` (in the
info block: ``<dd class="category-name">Kategori: <a itemprop="genre">Berita</a></dd>``,
and Joomla 4 and 5 still so) and each of its tags ``itemprop="keywords"`` (``ul.tags``);
other themes mark the section ``articleSection``. Properties are read as microdata parsers
read them: those of the item that holds the body, not of an item inside it (an author's
``Person``). A page with an article so marked has one element marked ``articleBody``:
a list page marks its excerpts ``blogPost`` and none so, or several.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bs4 import BeautifulSoup, Tag

_BODY = "articleBody"
#: The properties that name the article's category or section, and its keywords (tags).
_SECTIONS = frozenset(("genre", "articleSection"))
_KEYWORDS = "keywords"


@dataclass
class ArticleTerms:
    """The categories (``genre``, ``articleSection``) and tags (``keywords``) of an article."""

    sections: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)


def article_terms(soup: BeautifulSoup, markup: str) -> ArticleTerms:
    """The terms of the one article of ``soup`` (parsed from ``markup``) its microdata marks
    with an ``articleBody``; none when there is not exactly one."""
    terms = ArticleTerms()
    if _BODY not in markup:  # (no article body marked: nothing to look for in the tree)
        return terms
    bodies = soup.find_all(attrs={"itemprop": lambda value: bool(value) and _BODY in value.split()})
    item = bodies[0].find_parent(attrs={"itemscope": True}) if len(bodies) == 1 else None
    if item is None:
        return terms
    for element in item.find_all(attrs={"itemprop": True}):
        names = set(element["itemprop"].split())
        if not names & (_SECTIONS | {_KEYWORDS}) or element.find_parent(attrs={"itemscope": True}) is not item:
            continue
        values = _values(element)
        if names & _SECTIONS:
            terms.sections += values
        if _KEYWORDS in names:
            terms.keywords += values
    return terms


def _values(element: Tag) -> list[str]:
    """The terms a property's element gives: its ``content`` (a ``<meta>``) or its text,
    split at commas (schema.org's ``keywords`` may be one text of several)."""
    value = element.get("content") if element.name == "meta" else element.get_text(" ")
    return [" ".join(part.split()) for part in (value or "").split(",") if part.strip()]
