"""A page's post as its microformats2 ``h-entry`` marks it (IndieWeb themes, WordPress
themes with microformats, Medium's export): name, authors, dates, address, categories,
summary and content.

Properties are read as microformats2 parsers read them: an element's ``p-*``, ``u-*``,
``dt-*`` and ``e-*`` classes name the properties it holds, and an element that is an item
of its own (``h-card``) is not looked into for the entry's properties (an author's
``p-name`` is not the entry's), though it may be one (``p-author h-card``). Only a page with
exactly one top-level ``h-entry`` has one: several are a list of posts (an ``h-feed``).
Medium marks its canonical address ``p-canonical`` on a link: it is read as a ``u-url``.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from bs4 import BeautifulSoup, Tag

_PREFIXES = ("p-", "u-", "dt-", "e-")
#: Elements whose address is their ``href`` (``u-*`` properties), or their ``src``.
_LINKS = ("a", "link", "area")
_SOURCES = ("img", "audio", "video", "source", "iframe")


@dataclass
class HEntry:
    """What an ``h-entry`` says (empty when a property is missing)."""

    name: str = ""
    authors: list[str] = field(default_factory=list)
    published: str = ""
    updated: str = ""
    url: str = ""
    categories: list[str] = field(default_factory=list)
    summary: str = ""
    #: The ``e-content`` elements: the post's body.
    content: list[Tag] = field(default_factory=list)


def h_entry(soup: BeautifulSoup) -> HEntry | None:
    """The page's one top-level ``h-entry``; None when it has none, or several."""
    entries = [entry for entry in soup.find_all(class_="h-entry") if entry.find_parent(class_="h-entry") is None]
    if len(entries) != 1:
        return None
    found = _properties(entries[0])

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


def _text(element: Tag) -> str:
    """A ``p-*`` value: an item's own name (an ``h-card``'s ``p-name``), a ``<data>``'s value,
    an ``<abbr>``'s title, an image's alt text, else the element's text."""
    if any(name.startswith("h-") for name in element.get("class") or []):
        names = _properties(element).get("p-name")
        if names:
            return _text(names[0])
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
