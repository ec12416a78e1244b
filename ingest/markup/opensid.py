"""OpenSID's article page: the element its themes write the article in, and its byline.

OpenSID (the village information system of thousands of desa sites) writes an article
page's article in one element whose id is ``artikel-`` and the article's title (Klasik's
``div.artikel``, Natra's ``div.single_page_area``): its title, byline, cover photo, text
(``div.teks``), attachment, share row and comments; the header, menus and widget column
("Arsip Artikel", "Statistik Pengunjung", "Aparatur Desa") lie outside it. The byline is
Klasik's ``h3.kecil`` ("Administrator | 12 Mei 2023 | Berita Desa | Dibaca 153 Kali") or
Natra's ``span.meta_date``; its link to the category's page (``artikel/kategori/…``,
``first/kategori/…``) names the category, and the text after its user icon (``<i class="fa
fa-user"></i> Administrator |``, the article's ``owner``, up to the next icon) the author.
Natra heads the article with the label of its section ("Artikel", ``div.single_category``),
no words of the article. Klasik lists articles (its home page, a category's page) as the
items of a ``ul.artikel-list``.
"""

from __future__ import annotations

import re

from bs4 import BeautifulSoup, Tag

_ARTICLE_ID = "artikel-"
#: The address of a category's page, as OpenSID's routes write it.
CATEGORY_ADDRESS = re.compile(r"/(?:artikel|first)/kategori/")


def opensid_article(soup: BeautifulSoup, markup: str) -> Tag | None:
    """The element of OpenSID's article (see the module's docstring); None on another page."""
    if 'id="artikel-' not in markup:  # (the themes write the id so: no such element without it)
        return None
    return soup.find(id=lambda value: bool(value) and value.startswith(_ARTICLE_ID))


def is_opensid_list(soup: BeautifulSoup, markup: str) -> bool:
    """True for a page of OpenSID's list of articles (theme Klasik's home page, a
    category's page, their later pages ``first/index/2``): its ``ul.artikel-list`` of
    excerpts."""
    return "artikel-list" in markup and soup.find("ul", class_="artikel-list") is not None  # (no list without its class)


def opensid_byline(article: Tag) -> Tag | None:
    """The byline in OpenSID's ``article`` element, or None."""
    return article.find("h3", class_="kecil") or article.find(class_="meta_date")


def opensid_byline_name(byline: Tag) -> str:
    """The name OpenSID's ``byline`` writes after its user icon (see the module's
    docstring), without the ``|`` and spaces around it; empty when it has none."""
    icon = byline.find("i", class_="fa-user")
    if icon is None:
        return ""
    words = []
    for sibling in icon.next_siblings:
        if isinstance(sibling, Tag) and sibling.name == "i":  # (the next icon: the date, the hits)
            break
        words.append(sibling.get_text(" ") if isinstance(sibling, Tag) else str(sibling))
    return " ".join(" ".join(words).split()).strip(" |")


def opensid_furniture(article: Tag) -> list[Tag]:
    """What OpenSID's ``article`` element holds besides the article: its byline (metadata)
    and Natra's section label."""
    byline = opensid_byline(article)
    return ([byline] if byline is not None else []) + article.find_all(class_="single_category")
