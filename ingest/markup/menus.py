"""A page's navigation written by hand, told apart from a list of links to its site's pages.

A page written by hand, or by an old theme, often has no ``<nav>`` or ``<header>`` around its
menu. Its menu is then a row of links (``Beranda | Profil Desa | Kontak``, or a table's row
of cells holding one link each), or a list of links (``<ul>``/``<ol>``, one link an item)
before the page's first heading (a menu column beside the page or a menu above it) or in a
container named as the site's navigation or header (``id="menu"``, ``class="navbar"``,
``id="header"``; trafilatura drops containers by the same names, ``trafilatura/xpaths.py``
``_NAV_ID_TOKENS``/``_NAV_CLASS_TOKENS``). A list of the site's pages (a home page written by
hand) stands one link an item after the page's heading, in no such container.
"""

from __future__ import annotations

import re

from bs4 import NavigableString, Tag

#: The blocks whose links, side by side with nothing but separators between them, are a row
#: (:func:`_rows`; a table's row of cells too, see :func:`_row_block`).
_ROW_BLOCKS = ("p", "div", "center", "td", "th")
_CELLS = ("td", "th")
_LISTS = ("ul", "ol")
#: A part of a class or id (between hyphens, underscores or spaces) naming a site's
#: navigation or header: ``menu``, ``nav``, ``navbar``, ``navigation``, ``navigasi``,
#: ``topnav``, ``mainmenu``, ``header``, ``masthead`` (``menu-utama``, ``site-header``).
_NAVIGATION_PART = re.compile(r"(?:top|main|site|sub)?(?:nav(?:bar|igation|igasi)?|menu(?:bar)?|header|masthead)", re.I)
_NAME_PARTS = re.compile(r"[\s_-]+")
_WORD = re.compile(r"\w")


def menus(page: Tag, links: list[Tag], first_heading: Tag | None) -> set[int]:
    """The ids of the elements of ``page`` holding its navigation among ``links`` (its links
    to its site's pages; ``first_heading``, its first heading, None when it has none): its
    rows of links and its menu lists (see the module's docstring)."""
    return _rows(links) | _menu_lists(page, links, first_heading)


def in_menu(element: Tag, found: set[int]) -> bool:
    """True when ``element`` lies in one of the menus ``found`` (:func:`menus`)."""
    return any(id(parent) in found for parent in element.parents)


def _rows(links: list[Tag]) -> set[int]:
    """The ids of the blocks (:data:`_ROW_BLOCKS`) that hold two or more of ``links`` side by
    side, with no line break between them and no word outside a link (``Beranda | Profil |
    Kontak``, or spaces alone between them): a menu bar written by hand."""
    return {id(block) for block in _holding_two(links, _row_block) if block.find("br") is None}


def _row_block(link: Tag) -> Tag | None:
    """The block whose links may stand in a row with ``link``: its nearest of
    :data:`_ROW_BLOCKS`, or for a table cell holding no word outside its links, the cell's
    row (a menu bar laid out as a table, one link a cell); None for a link in a list's item,
    which stands under the others, not beside them."""
    block = link.find_parent((*_ROW_BLOCKS, "li"))
    if block is None or block.name == "li":
        return None
    if block.name in _CELLS and block.parent is not None and block.parent.name == "tr" and not _words_outside_links(block):
        return block.parent
    return block


def _menu_lists(page: Tag, links: list[Tag], first_heading: Tag | None) -> set[int]:
    """The ids of the lists (their outermost ``<ul>``/``<ol>``: a menu's submenus are its
    own) holding two or more of ``links`` and no word outside a link, that stand before
    ``first_heading`` or in ``page`` in a container named as navigation (:data:`_NAVIGATION_PART`)."""
    lists = _holding_two(links, lambda link: next(reversed(link.find_parents(_LISTS)), None))
    if not lists:
        return set()
    before: set[int] = set()
    if first_heading is not None:
        around = {id(parent) for parent in first_heading.parents}
        before = {id(element) for element in first_heading.find_all_previous(_LISTS) if id(element) not in around}
    return {id(block) for block in lists if id(block) in before or _in_named_navigation(block, page)}


def _holding_two(links: list[Tag], block_of) -> list[Tag]:
    """The blocks (``block_of`` a link, or None) that hold two or more of ``links`` and no word outside a link."""
    held: dict[int, list[Tag]] = {}
    for link in links:
        block = block_of(link)
        if block is not None:
            held.setdefault(id(block), [block]).append(link)
    return [block for block, *inside in held.values() if len(inside) >= 2 and not _words_outside_links(block)]


def _in_named_navigation(block: Tag, page: Tag) -> bool:
    """True when a class or the id of ``block``, or of a container of it inside ``page``,
    names a site's navigation or header."""
    element: Tag | None = block
    while element is not None and element is not page:
        names = " ".join(element.get("class") or []) + " " + (element.get("id") or "")
        if any(_NAVIGATION_PART.fullmatch(part) for part in _NAME_PARTS.split(names)):
            return True
        element = element.parent
    return False


def _words_outside_links(block: Tag) -> bool:
    """True when ``block`` holds a word outside its links."""
    return any(_WORD.search(text) for text in block.find_all(string=True) if type(text) is NavigableString and text.find_parent("a") is None)
