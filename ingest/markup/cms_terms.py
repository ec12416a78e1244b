"""The terms a page's article is filed under, as its schema.org microdata or its CMS marks them.

Joomla 3's article view marks the article ``itemscope itemtype="https://schema.org/Article"``,
its body ``itemprop="articleBody"``, the link to its category ``itemprop="genre"`` (in the
info block: ``<dd class="category-name">Kategori: <a itemprop="genre">Berita</a></dd>``)
and each of its tags ``itemprop="keywords"`` (``ul.tags``); other themes mark the section
``articleSection``. Properties are read as microdata parsers read them: those of the item
that holds the body, not of an item inside it (an author's ``Person``). A page with an
article so marked has one element marked ``articleBody``: a list page marks its excerpts
``blogPost`` and none so, or several. Joomla 4 and 5 mark no ``articleBody`` and no tags:
their article view is the one ``div.item-page`` of the page, its category still marked
``genre``, its tags the links of its ``ul.tags``. Drupal writes the tags of an article
(the ``field_tags`` field its standard profile gives the Article type) as the links of
``div.field--name-field-tags`` (Drupal 8 to 11; ``field-name-field-tags`` in Drupal 7)
inside the page's one node (``<article class="node">``, Drupal 7's ``div.node``).
OpenSID's article is filed under the category its byline links to (see :mod:`.opensid`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from bs4 import BeautifulSoup, Tag

from .opensid import CATEGORY_ADDRESS, opensid_article, opensid_byline

_BODY = "articleBody"
#: The class of Joomla's article view (``com_content``'s ``article`` layout, Joomla 1.6 to 5).
_JOOMLA_ARTICLE = "item-page"
#: The classes of Drupal's tags field (Drupal 8 and later, Drupal 7) and of a node.
_DRUPAL_TAGS = ("field--name-field-tags", "field-name-field-tags")
_DRUPAL_NODE = "node"
#: The class of a theme's list of an article's tags (Joomla's ``ul.tags`` too).
_TAG_LIST = "tags"
#: The properties that name the article's category or section, and its keywords (tags).
_SECTIONS = frozenset(("genre", "articleSection"))
_KEYWORDS = "keywords"


@dataclass
class ArticleTerms:
    """The categories (``genre``, ``articleSection``) and tags (``keywords``) of an article."""

    sections: list[str] = field(default_factory=list)
    keywords: list[str] = field(default_factory=list)


def article_terms(soup: BeautifulSoup, markup: str) -> ArticleTerms:
    """The terms of the one article of ``soup`` (parsed from ``markup``) that its microdata
    marks with an ``articleBody``, or that is Joomla's article view; none when there is not
    exactly one."""
    terms = ArticleTerms()
    item = article_item(soup, markup)
    if item is None:
        return _drupal_terms(soup, markup) or _opensid_terms(soup, markup) or _tag_list_terms(soup, markup)
    for element in item.find_all(attrs={"itemprop": True}):
        names = set(element["itemprop"].split())
        if not names & (_SECTIONS | {_KEYWORDS}) or in_inner_item(element, item):
            continue
        values = _values(element)
        if names & _SECTIONS:
            terms.sections += values
        if _KEYWORDS in names:
            terms.keywords += values
    if not terms.keywords and _JOOMLA_ARTICLE in (item.get("class") or []):
        terms.keywords = _link_texts(item.find_all("ul", class_=_TAG_LIST))
    return terms


def _drupal_terms(soup: BeautifulSoup, markup: str) -> ArticleTerms | None:
    """The tags of the page's one Drupal node (see the module's docstring); None on a page
    without Drupal's tags field."""
    if "field-tags" not in markup:  # (the field's class holds it: no tags field on the page)
        return None
    node = drupal_node(soup)
    return ArticleTerms(keywords=_link_texts(node.find_all(class_=_DRUPAL_TAGS))) if node is not None else ArticleTerms()


def drupal_node(soup: BeautifulSoup) -> Tag | None:
    """The page's one Drupal node (``<article class="node">``, Drupal 7's ``div.node``), not
    one inside another; None when there is not exactly one."""
    nodes = [node for node in soup.find_all(class_=_DRUPAL_NODE) if node.find_parent(class_=_DRUPAL_NODE) is None]
    return nodes[0] if len(nodes) == 1 else None


def _opensid_terms(soup: BeautifulSoup, markup: str) -> ArticleTerms | None:
    """The category that the byline of OpenSID's article links to (see :mod:`.opensid`);
    None on a page without OpenSID's article."""
    article = opensid_article(soup, markup)
    if article is None:
        return None
    byline = opensid_byline(article)
    return ArticleTerms(sections=_link_texts([byline] if byline is not None else [], CATEGORY_ADDRESS))


def _tag_list_terms(soup: BeautifulSoup, markup: str) -> ArticleTerms:
    """The tags a theme lists in the page's one ``<article>``, in an element of the class
    ``tags`` (``<div class="tags">Tag: <a>panen</a> <a>irigasi</a></div>``): the links of
    that list, which the article's text leaves out as furniture (see :mod:`.main_content`)."""
    if "tags" not in markup:  # (no element of that class)
        return ArticleTerms()
    articles = [article for article in soup.find_all("article") if article.find_parent("article") is None]
    return ArticleTerms(keywords=_link_texts(articles[0].find_all(class_=_TAG_LIST))) if len(articles) == 1 else ArticleTerms()


def _link_texts(elements: list[Tag], address: re.Pattern[str] | bool = True) -> list[str]:
    """The text of each link in ``elements`` (whose address matches ``address``), its spaces collapsed."""
    return [" ".join(link.get_text(" ").split()) for element in elements for link in element.find_all("a", href=address)]


def article_item(soup: BeautifulSoup, markup: str) -> Tag | None:
    """The element of the page's one article: the item holding the one ``articleBody``,
    else the one Joomla article view; None when there is no such one element."""
    if _BODY in markup:  # (no article body marked: nothing to look for in the tree)
        bodies = soup.find_all(attrs={"itemprop": lambda value: bool(value) and _BODY in value.split()})
        item = bodies[0].find_parent(attrs={"itemscope": True}) if len(bodies) == 1 else None
        if item is not None:
            return item
    if _JOOMLA_ARTICLE in markup:  # (the same: no element of that class)
        views = soup.find_all(class_=_JOOMLA_ARTICLE)
        return views[0] if len(views) == 1 else None
    return None


def in_inner_item(element: Tag, item: Tag) -> bool:
    """True when ``element`` is a property of an item inside ``item`` (an author's ``Person``)."""
    for parent in element.parents:
        if parent is item:
            return False
        if parent.has_attr("itemscope"):
            return True
    return False


def _values(element: Tag) -> list[str]:
    """The terms a property's element gives: its ``content`` (a ``<meta>``) or its text,
    split at commas (schema.org's ``keywords`` may be one text of several)."""
    value = element.get("content") if element.name == "meta" else element.get_text(" ")
    return [" ".join(part.split()) for part in (value or "").split(",") if part.strip()]
