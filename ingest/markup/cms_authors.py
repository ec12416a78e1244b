"""The author a CMS's byline names, read where no meta tag, JSON-LD or h-entry names one.

Joomla's info block marks the author as a schema.org ``Person`` property of the article
(``layouts/joomla/content/info_block/author.php``: ``<dd class="createdby"
itemprop="author" itemscope itemtype="https://schema.org/Person">Ditulis oleh <span
itemprop="name">Super User</span></dd>``, the name in a link to the author's contact when
the site links it); a theme may mark the author so without a ``Person`` item, its text the
name. Drupal writes the byline of a node as ``node__author`` (Olivero: "Oleh <span
class="node__author">admin</span>, 12 Mei, 2023"), as the node's rendered ``uid`` field
(``field--name-uid``, Bartik's "Dikirim oleh … pada …") or, in Drupal 7, as the
``username`` of ``div.submitted`` ("Dikirim oleh <span class="username">admin</span> pada
…"); a comment's byline, written the same way, names the comment's author, not the node's.
OpenSID's byline names the article's owner after its user icon (see :mod:`.opensid`). A
name such as "admin" or "Super User" is the name the page gives.
"""

from __future__ import annotations

from bs4 import BeautifulSoup, Tag

from .cms_terms import article_item, drupal_node, in_inner_item
from .opensid import opensid_article, opensid_byline, opensid_byline_name

_AUTHOR = "author"
_NAME = "name"
#: The classes of Drupal's byline name (Drupal 8 and later) and of Drupal 7's byline.
_DRUPAL_AUTHORS = ("node__author", "field--name-uid")
_DRUPAL_SUBMITTED = "submitted"
_DRUPAL_USERNAME = "username"
_DRUPAL_COMMENT = "comment"


def byline_authors(soup: BeautifulSoup, markup: str) -> list[str]:
    """The names the byline of the CMS article of ``soup`` (parsed from ``markup``) gives
    as its author (see the module's docstring); empty on another page."""
    return _microdata_authors(soup, markup) or _drupal_authors(soup, markup) or _opensid_authors(soup, markup)


def _microdata_authors(soup: BeautifulSoup, markup: str) -> list[str]:
    """The ``author`` properties of the page's one article item (Joomla's info block)."""
    if _AUTHOR not in markup:  # (the property's name is in the markup: no author property without it)
        return []
    item = article_item(soup, markup)
    if item is None:
        return []
    authors = item.find_all(attrs={"itemprop": lambda value: bool(value) and _AUTHOR in value.split()})
    names = [_author_name(author) for author in authors if not in_inner_item(author, item)]
    return [name for name in names if name]


def _author_name(author: Tag) -> str:
    """The name an ``author`` property gives: its ``Person``'s ``name`` property, or the
    property's own value when it is no item."""
    if author.has_attr("itemscope"):
        names = author.find_all(attrs={"itemprop": lambda value: bool(value) and _NAME in value.split()})
        author = next((name for name in names if not in_inner_item(name, author)), None)
        if author is None:
            return ""
    value = author.get("content") if author.name == "meta" else author.get_text(" ")
    return " ".join((value or "").split())


def _drupal_authors(soup: BeautifulSoup, markup: str) -> list[str]:
    """The name in the byline of the page's one Drupal node, not in a comment's."""
    # (each byline's class holds one of these: none on the page without them)
    if not any(mark in markup for mark in (*_DRUPAL_AUTHORS, _DRUPAL_SUBMITTED)):
        return []
    node = drupal_node(soup)
    if node is None:
        return []
    for byline in node.find_all(class_=(*_DRUPAL_AUTHORS, _DRUPAL_SUBMITTED)):
        if byline.find_parent(class_=_DRUPAL_COMMENT) is not None:
            continue
        name = byline.find(class_=_DRUPAL_USERNAME) if _DRUPAL_SUBMITTED in byline["class"] else byline
        text = " ".join(name.get_text(" ").split()) if name is not None else ""
        if text:
            return [text]
    return []


def _opensid_authors(soup: BeautifulSoup, markup: str) -> list[str]:
    """The name in the byline of OpenSID's article."""
    article = opensid_article(soup, markup)
    byline = opensid_byline(article) if article is not None else None
    name = opensid_byline_name(byline) if byline is not None else ""
    return [name] if name else []
