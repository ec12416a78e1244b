"""A page's post as its microformats2 ``h-entry`` marks it (IndieWeb themes, WordPress
themes with microformats, Medium's export): name, authors, dates, address, categories,
summary and content.

Properties are read as microformats2 parsers read them: an element's ``p-*``, ``u-*``,
``dt-*`` and ``e-*`` classes name the properties it holds, and an element that is an item
of its own (``h-card``) is not looked into for the entry's properties (an author's
``p-name`` is not the entry's), though it may be one (``p-author h-card``). Only a page with
exactly one top-level ``h-entry`` has one: several are a list of posts (an ``h-feed``).
Medium marks its canonical address ``p-canonical`` on a link: it is read as a ``u-url``.
A page without ``h-entry`` may mark its post with the classic microformats (hAtom) that
most WordPress themes and Blogger still write (``hentry``, ``entry-title``, ``published``,
``author vcard``, ``rel="tag"``): they are read as mf2 parsers read them for backward
compatibility, for the entry's metadata (see :func:`_classic_properties`).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bs4 import BeautifulSoup, Tag

_PREFIXES = ("p-", "u-", "dt-", "e-")
#: Elements whose address is their ``href`` (``u-*`` properties), or their ``src``.
_LINKS = ("a", "link", "area")
_SOURCES = ("img", "audio", "video", "source", "iframe")
#: Classic microformats (hAtom) classes of an ``hentry``, and the mf2 properties they are.
_CLASSIC = {
    "entry-title": "p-name",
    "entry-summary": "p-summary",
    "published": "dt-published",
    "updated": "dt-updated",
    "author": "p-author",
}
#: The property of a classic entry's categories (see :func:`_classic_properties`).
_SECTION = "category"
#: What the address of a Blogger label's page holds.
_BLOGGER_LABEL = "/search/label/"


@dataclass
class HEntry:
    """What an ``h-entry`` says (empty when a property is missing)."""

    name: str = ""
    authors: list[str] = field(default_factory=list)
    published: str = ""
    updated: str = ""
    url: str = ""
    categories: list[str] = field(default_factory=list)
    #: The categories a classic ``hentry`` files the post under (WordPress' ``rel="category
    #: tag"`` links, Blogger's labels), where ``categories`` are its tags.
    sections: list[str] = field(default_factory=list)
    summary: str = ""
    #: The ``e-content`` elements: the post's body.
    content: list[Tag] = field(default_factory=list)


def h_entry(soup: BeautifulSoup) -> HEntry | None:
    """The page's one top-level ``h-entry`` (else its one classic ``hentry``, read as
    :func:`_classic_properties` says); None when it has none, or several."""
    entries = _top_level(soup, "h-entry")
    if entries:
        return _entry(_properties(entries[0])) if len(entries) == 1 else None
    entries = _top_level(soup, "hentry")
    return _entry(_classic_properties(entries[0])) if len(entries) == 1 else None


def _top_level(soup: BeautifulSoup, root: str) -> list[Tag]:
    """The elements of class ``root`` that are not inside another one."""
    return [entry for entry in soup.find_all(class_=root) if entry.find_parent(class_=root) is None]


def _entry(found: dict[str, list[Tag]]) -> HEntry:
    """The entry whose properties are ``found``."""

    def first(name: str, value) -> str:
        return next((text for text in map(value, found.get(name, ())) if text), "")

    url = first("u-url", _address) or first("p-canonical", _address) or first("u-uid", _address)
    return HEntry(
        name=first("p-name", _text),
        authors=[name for name in map(_text, found.get("p-author", ())) if name],
        published=first("dt-published", _date),
        updated=first("dt-updated", _date),
        url=url,
        categories=[name for name in map(_text, found.get("p-category", ())) if name],
        sections=[name for name in map(_text, found.get(_SECTION, ())) if name],
        summary=first("p-summary", _text),
        content=found.get("e-content", []),
    )


def _properties(entry: Tag) -> dict[str, list[Tag]]:
    """Each property class of the entry → the elements holding it, in document order; an
    element that is an item of its own (an ``h-*`` class) is not looked into."""
    found: dict[str, list[Tag]] = {}
    stack = [child for child in reversed(entry.contents) if isinstance(child, Tag)]
    while stack:
        element = stack.pop()
        classes = element.get("class") or []
        for name in classes:
            if name.startswith(_PREFIXES):
                found.setdefault(name, []).append(element)
        if not any(name.startswith("h-") for name in classes):
            stack.extend(child for child in reversed(element.contents) if isinstance(child, Tag))
    return found


def _classic_properties(entry: Tag) -> dict[str, list[Tag]]:
    """The properties of a classic ``hentry`` (hAtom: WordPress themes, Blogger, Pelican's
    default theme) by their microformats2 names, as mf2 parsers read them for backward
    compatibility: ``entry-title`` ``p-name``, ``entry-summary`` ``p-summary``,
    ``published``/``updated`` ``dt-published``/``dt-updated``, ``author`` (a ``vcard``)
    ``p-author``, a ``rel="bookmark"`` link ``u-url``, a ``rel="tag"`` link ``p-category``
    — but a WordPress ``rel="category tag"`` link or a Blogger label (``/search/label/``)
    is a category of the site, :data:`_SECTION`. Its ``entry-content`` is not taken as the
    body: the page's article is found as any page's is. A ``vcard`` inside is an item of
    its own, not looked into for the entry's properties."""
    found: dict[str, list[Tag]] = {}
    stack = [child for child in reversed(entry.contents) if isinstance(child, Tag)]
    while stack:
        element = stack.pop()
        classes = element.get("class") or []
        names = [_CLASSIC[name] for name in classes if name in _CLASSIC]
        relations = (element.get("rel") or []) if element.name in _LINKS and element.get("href") else []
        if "bookmark" in relations:
            names.append("u-url")
        if "tag" in relations:
            names.append(_SECTION if "category" in relations or _BLOGGER_LABEL in element["href"] else "p-category")
        for name in names:
            found.setdefault(name, []).append(element)
        if "vcard" not in classes:
            stack.extend(child for child in reversed(element.contents) if isinstance(child, Tag))
    return found


def _text(element: Tag) -> str:
    """A ``p-*`` value: an item's own name (an ``h-card``'s ``p-name``, a ``vcard``'s ``fn``),
    a ``<data>``'s value, an ``<abbr>``'s title, an image's alt text, else the element's text."""
    if any(name.startswith("h-") for name in element.get("class") or []):
        names = _properties(element).get("p-name")
        if names:
            return _text(names[0])
    if "vcard" in (element.get("class") or []):
        name = element.find(class_="fn")
        if name is not None:
            return _text(name)
    for tag, attribute in (("data", "value"), ("abbr", "title"), ("img", "alt"), ("area", "alt")):
        if element.name == tag and element.get(attribute):
            return " ".join(element[attribute].split())
    return " ".join(element.get_text(" ", strip=True).split())


def _address(element: Tag) -> str:
    """A ``u-*`` value: a link's ``href``, a media element's ``src``, else its text."""
    if element.name in _LINKS and element.get("href"):
        return element["href"].strip()
    if element.name in _SOURCES and element.get("src"):
        return element["src"].strip()
    return _text(element)


def _date(element: Tag) -> str:
    """A ``dt-*`` value: a ``<time>``'s (``<ins>``, ``<del>``) ``datetime``, else a value or title, else the text."""
    for attribute in ("datetime", "value", "title"):
        if element.get(attribute):
            return element[attribute].strip()
    return _text(element)
