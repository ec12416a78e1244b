"""The body text of an HTML page: its article, without the theme around it.

A page with an ``<article>``, ``<main>`` or ``role="main"`` element (Sphinx and MkDocs
builds) that is not the whole page is read from that element, less share rows,
related-post lists, comment sections and the post's byline; so is an ``<article>`` with
the site's header, menu or footer outside it, however much of the page's text it holds (a
long post under a short menu). A page without one (old div-based WordPress themes), or
whose ``<article>``/``<main>`` wraps nearly the whole page, goes through
trafilatura's main-content extraction, which drops menus, share rows, related posts,
comments, sidebars and footers. Before it, the theme's furniture that names itself
(classes and ids such as ``widget``, ``komentar``, ``sosmed``, ``post-feeds``; ``nav``,
``aside``, ``footer`` and ``form`` elements) is removed, unless it holds half of the page's
text or its longest run of text (then it may wrap the article: a post classed
``comments-open``, a Blogger post column that is a ``widget``); trafilatura alone keeps a
widget column or comment form whose names it does not know. Tables that lay out the page
(a cell holds paragraphs or headings) become plain blocks first, so that trafilatura keeps
their paragraphs apart, figures plain text (alt text, captions) that trafilatura
keeps, and a paragraph with a blank line (``<br><br>``) two paragraphs; its result is
read to text as an article is. When trafilatura finds no article on a short page it gives
all of the page's text as one line (its "baseline"): the page is then read as it is, with
the same words and its paragraphs apart. Furniture goes with the
heading right before it that titles it (``<h3>Bagikan ke kawanmu!</h3>`` before a share row).
A page that lists other pages (an archive of post excerpts) is marked as such, to be left
out as a generated list page. Heading permalinks (Sphinx's and MkDocs' ``¶``, Docusaurus'
``#``) are not text. The text is checked against the words of the element it was read
from (the article, or the one holding what trafilatura kept): a block trafilatura dropped
from inside it is a problem, and the element's words are kept (:func:`~..fidelity.checked_html`).
trafilatura is imported on first use, in the ingest workers only, so searching never pays for it.
"""

from __future__ import annotations

import re
from urllib.parse import urljoin, urlsplit

from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import PreformattedString

from ..document import Problem
from ..feed_copies import page_address
from ..fidelity import checked_html
from ..screening import LINK_LIST_PAGE, LIST_PAGE
from ..sites.pages_domain import same_site_hosts
from .html import image_text, is_note, node_text, parse_html, preformatted_text, remove_furniture, shows_no_text, sole_paragraph
from .menus import in_menu, menus
from .opensid import is_opensid_list, opensid_article, opensid_furniture
from .seams import REMOVED

#: A docs theme's furniture inside its main element, by class or id: the page's table of
#: contents (``toc``, ``bd-toc``, ``tocsection``; not docutils' ``toc-backref`` heading links), the top
#: bar of download and edit buttons (Jupyter Book 0.8's ``topbar``) and the links to the
#: previous and next pages (``prev-next-bottom``, ``prev-next-area``, ``prevnext``), and the
#: results of a search the reader runs, empty on the page as built (GitBook's ``search-results``
#: block, "No results matching", beside the content in every page).
_DOCS_FURNITURE = r"(?<![\w-])(?:toc|bd-toc|tocsection|topbar|prev-?next(?:-[a-z]+)?|search-results|theme-doc-toc-mobile)(?![\w-])"
#: A CMS's furniture inside its article, by class: Joomla's info block (``dl.article-info``:
#: "Rincian / Ditulis oleh … / Kategori: … / Diterbitkan: … / Dilihat: 214"), its print and
#: e-mail buttons (``print-icon``, ``email-icon``), its list of the article's tags
#: (``ul.tags``) and its links to the previous and next articles (``ul.pager.pagenav``,
#: Joomla 4's ``pagenavigation``); Drupal's byline ("Dikirim oleh admin pada …":
#: ``submitted``, Olivero's ``node__meta``) and its tags field (``field--name-field-tags``,
#: Drupal 7's ``field-name-field-tags``). The category, tags, author and date are read
#: as metadata, not as text.
_CMS_FURNITURE = (
    r"(?<![\w-])(?:article-info|(?:print|email|edit)-icon|tags|pager|pagenav(?:igation)?|submitted|node__(?:meta|submitted)"
    r"|field-?-name-field-tags)(?![\w-])"
)
#: A post's byline inside its article, by class: ``meta`` or a name ending so (``post-meta``
#: of Hugo's and Jekyll's themes, Hexo's ``article-meta``, WordPress' ``entry-meta``) — its
#: date, author and tags are read as metadata.
_BYLINE = r"(?<![\w-])(?:[a-z]+-)?meta(?![\w-])"
#: The author's box beside a post ("Tentang Budi … Lihat semua tulisan oleh Budi": Twenty
#: Ten's ``entry-author-info``, Twenty Eleven's ``author-info``, many themes' ``author-box``).
_AUTHOR_BOX = r"author-?(?:box|bio|info)|about-?author"
#: WordPress' furniture around a post in its main column (``<div id="content" role="main">``
#: of Twenty Ten and the themes made from it): the line under the post naming its category
#: and tags ("Tulisan ini dipublikasikan di … Tandai permalink": ``entry-utility``) and the
#: links to the previous and next posts (``<div id="nav-above" class="navigation">``,
#: ``the_post_navigation()``'s ``navigation post-navigation``).
_POST_FURNITURE = r"entry-utility|(?<![\w-])(?:navigation|nav-(?:above|below))(?![\w-])"
#: Classes and ids of page furniture inside an article: share rows, related posts, comments,
#: the byline, the author's box and the post's own links.
_FURNITURE_NAME = re.compile(
    r"shar(?:e|ing|edaddy)|social|related|comment|komentar|respond|breadcrumb|sidebar|widget|newsletter|subscribe|"
    + _DOCS_FURNITURE + "|" + _CMS_FURNITURE + "|" + _BYLINE + "|" + _AUTHOR_BOX + "|" + _POST_FURNITURE,
    re.I,
)
#: What marks a page as a themed page with furniture around its article.
_THEME_TAGS = ("nav", "header", "footer", "aside", "form")
_THEME_NAME = re.compile(r"menu|nav|sidebar|widget|footer|header|masthead|shar(?:e|ing)|related|comment", re.I)
#: Theme furniture around the article, by its class or id (English and Indonesian names),
#: and the post's metadata beside its text: the byline ("Diposting oleh Admin pada …",
#: WordPress' ``entry-meta``, ``postmetadata``, ``entry-utility``), the tag list
#: (``tags-links``) and the author's box ("Budi adalah relawan pewarta warga …").
_THEME_FURNITURE_NAME = re.compile(
    r"shar(?:e|ing|edaddy)|social|sosmed|bagikan|related|terkait|(?:baca|lihat)-?juga|comment|komentar|respond|breadcrumb"
    r"|sidebar|widget|newsletter|subscribe|langganan|pager|feed-?links|populer|iklan|footer|kaki\b|menu|navbar|navigation"
    r"|byline|(?:entry|post)-?(?:meta|info|utility|tags)|tags?-links|" + _AUTHOR_BOX + "|" + _DOCS_FURNITURE
    + "|" + _CMS_FURNITURE,
    re.I,
)
#: The elements that frame a themed page: its header, menu and footer.
_PAGE_FRAME = ("header", "nav", "footer")
#: Furniture that holds at least this share of the page's text is left to trafilatura (it may wrap the article).
_FURNITURE_MAX_SHARE = 0.5
#: An ``<article>``/``<main>`` holding this share of the page's text is the page, not its article.
_WHOLE_PAGE = 0.9
#: ``<body>`` classes of pages that list posts. WordPress': archives (category, tag, author,
#: date), later pages of a list, search results, the blog index. Joomla's (Protostar and
#: Cassiopeia write the view shown): a category's blog or list (``?start=5`` its later
#: pages), the featured articles of the home page, the archive, a tag's page, search
#: results. Drupal's (Olivero, Bartik): a taxonomy term's page of the posts filed under it.
#: Hugo's PaperMod: ``list`` on every page that is not a single page (the home page, a
#: section, a taxonomy, a term and their later pages ``page/2/``) and on its archives and
#: search pages.
_LISTING_BODY_CLASSES = frozenset(
    ("archive", "paged", "search-results", "blog")
    + ("view-category", "view-categories", "view-featured", "view-archive", "view-tag", "view-search")
    + ("path-taxonomy", "page-taxonomy-term")
    + ("list",)
)
#: The list of posts of Jekyll's default theme, minima, on its home page and its later pages
#: (``<ul class="post-list">`` of ``a.post-link`` titles, in ``<main>``).
_POST_LIST = "post-list"
#: Side-by-side ``<article>`` elements are a list of excerpts when none holds this share of their text.
_LISTED_SHARE = 0.5
#: An ``<article>`` of this many words or more is a post, not the excerpt of one on a list
#: page (Hugo's summaries have 70 words, WordPress's excerpts 55).
_CARD_WORDS = 150
#: Heading elements, largest first.
HEADINGS = ("h1", "h2", "h3", "h4", "h5", "h6")
#: A page that is only a list of links to its site's pages (a home page or table of contents
#: written by hand) has at least this many of them outside its frame (:data:`_FRAME`), and
#: fewer words of its own besides them and its headings than this (a line of welcome), half
#: as many as their text at most.
_LINK_LIST_LINKS = 3
_LINK_LIST_OWN_WORDS = 12
#: Where a theme frames a page: its header, navigation and footer, as elements or ARIA roles.
_FRAME = frozenset(("header", "nav", "footer"))
_FRAME_ROLES = frozenset(("banner", "navigation", "contentinfo"))
#: What a link names that is no page: a place in this one, an e-mail address, a script.
_NOT_A_PAGE_LINK = re.compile(r"^(?:#|mailto:|tel:|javascript:|data:)", re.I)
#: The last part of an address of a page: a folder's (``berita/``), a name without an
#: extension (``berita/panen``) or a page's (``panen.html``, ``index.php``); not a file's (``perdes.pdf``).
_PAGE_NAME = re.compile(r"(?:^|/)(?:[^/.]*|[^/]*\.(?:html?|xhtml|php|aspx?))$", re.I)
#: A word of a heading's anchor, as generators make one from its text (``berbagi-komentar``).
_SLUG_WORD = re.compile(r"[^\W_]+")
_CELL_TAGS = ("td", "th")
_TABLE_PARTS = ("thead", "tbody", "tfoot", "tr", "td", "th", "caption")
#: What a data table's cell does not hold, and a layout table's cell does.
_LAYOUT_BLOCKS = ("p", "div", "table", "ul", "ol", "blockquote", "h1", "h2", "h3", "h4", "h5", "h6")
#: Headings that may title a piece of furniture right after them.
_FURNITURE_TITLES = frozenset(HEADINGS[1:])
_WORD = re.compile(r"\w")
#: The classes of a permalink that docs generators write (Sphinx's and MkDocs'
#: ``headerlink``, Docusaurus' ``hash-link``), also outside headings.
_PERMALINK_CLASSES = ("headerlink", "hash-link")
#: Inline code in a sentence (outside ``<pre>``): trafilatura makes each a block of its own.
_INLINE_CODE = ("code", "kbd", "samp", "tt", "var")
#: A class or id that names a caption (``wp-caption``, ``wp-caption-text``, ``caption``).
_CAPTION = re.compile("caption", re.I)
#: Headings and lists: what trafilatura drops when it finds no article element.
_STRUCTURE = (*HEADINGS, "ul", "ol", "dl")
#: Elements that hold a paragraph of text, as trafilatura gathers them.
_TEXT_BLOCKS = ("p", "li", "blockquote", "pre", "dd", "dt", *HEADINGS)
#: How many first words of a paragraph find its element.
_MATCHED_WORDS = 8
#: The share of trafilatura's words the element read instead must hold.
_HELD_SHARE = 0.9
#: The share of the distinct words trafilatura kept that the element read instead may lack.
_MISSED_WORDS = 0.02
#: A part of a class (between hyphens or underscores) that names a bar of the page: "bar",
#: "bars" or an English compound ending so (``navbar``, ``sidebar``, ``top-bar``, ``fa-bars``).
_BAR_PART = re.compile(
    r"(?:nav|side|top|tool|tab|menu|status|search|scroll|title|action|app|info|progress|bottom|header|admin|sub|sticky|notification)?bars?", re.I
)
_CLASS_PARTS = re.compile(r"[-_]")
#: Elements whose text a reader sees but trafilatura removes with them: a date in a
#: sentence, a ``<picture>``'s image (its alt text).
_SHOWN_BUT_REMOVED = frozenset(("time", "picture"))
#: Embeds trafilatura removes whole; one without text (an old video player's ``<object>``
#: of ``<param>``s) shows none.
_EMBEDS = frozenset(("object", "video", "audio", "embed", "canvas", "svg", "applet", "map"))


def drop_heading_permalinks(soup: BeautifulSoup) -> None:
    """Remove the links a heading holds to itself (``<a href="#id">¶</a>``), and the same
    permalinks a docs generator puts after a figure's or a table's caption (Sphinx's
    ``<a class="headerlink">¶</a>``): symbols, not words."""
    links = [link for heading in soup.find_all(HEADINGS) for link in heading.find_all("a", href=True)]
    links += soup.find_all("a", class_=_PERMALINK_CLASSES, href=True)
    for link in links:
        if not link.decomposed and link["href"].startswith("#") and not _WORD.search(link.get_text()):
            link.decompose()


def listing_reason(soup: BeautifulSoup, address: str | None = None, markup: str = "", site_host: str | None = None) -> str | None:
    """Why the page lists other pages rather than being one: :data:`~..screening.LIST_PAGE`
    for a list of posts (see :func:`_lists_posts`), :data:`~..screening.LINK_LIST_PAGE` for a
    list of links to the site's pages with no text of its own on a page without ``<article>``
    (:func:`_is_link_list`: a home page written by hand; ``site_host``, the host of the
    page's site when it is known otherwise than from ``address``, the page's own); None for
    a page of its own."""
    if _lists_posts(soup, address, markup):
        return LIST_PAGE
    if markup.count("href") >= _LINK_LIST_LINKS and soup.find("article") is None and _is_link_list(soup, address, site_host):
        return LINK_LIST_PAGE  # (fewer links in the markup: no such list)
    return None


def _lists_posts(soup: BeautifulSoup, address: str | None, markup: str) -> bool:
    """True when the page lists other posts: several ``<article>``
    elements side by side (excerpts of posts), none holding half of their text; on a page
    whose own ``address`` is known, ``<article>`` cards that each link elsewhere by their
    title (a built site's tag or category page, even of one or two posts); or a WordPress
    archive, search or blog-index page, a Joomla category, featured, archive, tag or search
    page, a Drupal taxonomy term's page, a list page of Hugo's PaperMod theme (its
    ``<body>`` class says so); or OpenSID's list of articles in the page's ``markup`` (see
    :func:`~.opensid.is_opensid_list`); or, on a page without ``<article>``, the list of
    posts of Jekyll's minima theme in its ``<main>``."""
    body_classes = set((soup.body.get("class") or []) if soup.body else [])
    if (body_classes & _LISTING_BODY_CLASSES and "single" not in body_classes) or is_opensid_list(soup, markup):
        return True
    articles = [article for article in soup.find_all("article") if article.find_parent("article") is None]
    if not articles and _POST_LIST in markup:  # (a page whose markup lacks the class has no such list)
        main = soup.find("main")
        return main is not None and main.find("ul", class_=_POST_LIST) is not None
    if len(articles) >= 2:
        sizes = [_text_size(article) for article in articles]
        if max(sizes) < _LISTED_SHARE * sum(sizes):
            return True
    own = page_address(address) if articles else None
    return own is not None and all(_card_of_another_page(article, address, own) for article in articles)


def _is_link_list(soup: BeautifulSoup, address: str | None, site_host: str | None = None) -> bool:
    """True for a page that is only a list of links to other pages of its site (see
    :data:`_LINK_LIST_LINKS`; its menus are no such list, see :mod:`.menus`): a home page
    written by hand, whose text is its links' text."""
    page = soup.find("main") or soup.find(attrs={"role": "main"}) or soup.body or soup
    hosts = {name for host in (_host(address), site_host) if host for name in same_site_hosts(host)}
    links = [link for link in page.find_all("a", href=True) if _links_to_site_page(link["href"], address, hosts) and link.find_parent(_is_frame) is None]
    if len(links) < _LINK_LIST_LINKS:
        return False
    heading = next((heading for heading in page.find_all(HEADINGS) if heading.find_parent(_is_frame) is None), None)  # (not the site's title in its header)
    found = menus(page, links, heading)  # (the page's navigation, as its frame is: neither its links nor its own words)
    links = [link for link in links if not in_menu(link, found)]
    if len(links) < _LINK_LIST_LINKS:
        return False
    listed = {id(link) for link in links}
    own = linked = 0
    for text in page.find_all(string=True):
        words = len(text.split()) if type(text) is NavigableString else 0
        holder = next((parent for parent in text.parents if id(parent) in listed or id(parent) in found or parent.name in HEADINGS or _is_frame(parent)), None) if words else None
        if holder is not None and id(holder) in listed:
            linked += words
        elif holder is None:
            own += words
            if own >= _LINK_LIST_OWN_WORDS:
                return False
    return 2 * own <= linked


def _host(address: str | None) -> str | None:
    """The host ``address`` names (lower case), None when it names none or is not an address."""
    try:
        return urlsplit(address).hostname if address else None
    except ValueError:
        return None


def _is_frame(element: Tag) -> bool:
    """True for an element of a page's frame (see :data:`_FRAME`)."""
    return element.name in _FRAME or element.get("role") in _FRAME_ROLES


def _links_to_site_page(href: str, address: str | None, hosts: set[str]) -> bool:
    """True when ``href``, a link of the page at ``address``, names a page of its own site:
    a relative address of a page (not of a file: ``perdes.pdf``), or a whole one on one of
    the site's ``hosts`` (the page's own, its site's, each with its other name: ``www.``
    added or dropped)."""
    href = href.strip()
    if not href or _NOT_A_PAGE_LINK.match(href):
        return False
    try:
        parts = urlsplit(href)
        target = urlsplit(urljoin(address or "", href)) if parts.netloc else parts
    except ValueError:
        return False
    if parts.netloc and target.hostname not in hosts:
        return False
    return _PAGE_NAME.search(target.path) is not None


def _card_of_another_page(article: Tag, address: str, own: str) -> bool:
    """True when ``article`` is a card for another page: an excerpt (fewer than
    :data:`_CARD_WORDS` words: a post is longer) whose title links (in its first heading,
    around it, or laid over the card as its direct child, as PaperMod's ``entry-link``) to
    a page other than ``own``, the page's own address."""
    if len(article.get_text(" ").split(maxsplit=_CARD_WORDS)) > _CARD_WORDS:
        return False
    heading = article.find(HEADINGS)
    link = heading.find("a", href=True) if heading else None
    if link is None and heading is not None:
        link = heading.find_parent("a", href=True)
    if link is None:
        link = article.find("a", href=True, recursive=False)
    if link is None:
        return False
    target = page_address(urljoin(address, link["href"].strip()))
    return target is not None and target != own


def page_text(soup: BeautifulSoup, markup: str, problems: list[Problem], listing: bool = False) -> str:
    """The body text of the page ``soup`` parsed from ``markup`` (empty when it has none);
    of a ``listing`` page, all of its list, not its first ``<article>``. The text is checked
    against the words of the element it was read from (:func:`~..fidelity.checked_html`,
    which may add a problem to ``problems``): the ``<article>``, the page, or the element
    holding what trafilatura kept, its furniture removed."""
    page = soup.body or soup
    container = (None if listing else soup.find("article") or _opensid_article(soup, markup)) or soup.find("main") or soup.find(attrs={"role": "main"})
    if isinstance(container, Tag) and (_text_size(container) < _WHOLE_PAGE * _text_size(page) or _theme_outside(container, page)):
        return article_text(container, problems)
    whole = container if isinstance(container, Tag) else page
    if not _is_themed(page):  # nothing around the text to remove: all of it is the body
        return checked_html(whole, node_text(whole), problems)
    _drop_theme_furniture(page)
    _unwrap_layout_tables(page)
    _figures_as_text(page)
    _words_that_are_not_bars(page)
    _text_kept_through_extraction(page)
    _code_kept_through_extraction(soup, page)
    _paragraphs_at_blank_lines(soup, page)
    extracted, structured = _extracted_text(str(soup))
    if not extracted or "\n" not in extracted:
        text = node_text(whole)
        if not extracted or text.split() == extracted.split():
            return checked_html(whole, text, problems)  # trafilatura found no article and gave all of the page's text as one line
    region = _source_region(page, extracted)
    if region is None:
        return extracted
    text = extracted if structured else _with_headings_and_lists(region, extracted)
    if "\n\n" not in text:  # one paragraph (trafilatura's fallback on a short page among them)
        text = _as_laid_out(region, text)
    remove_furniture(region)  # (as reading it removes it)
    return checked_html(region, text, problems)


def _theme_outside(article: Tag, page: Tag) -> bool:
    """True when ``article`` is an ``<article>`` and the page's own header, menu or footer
    (a ``<header>``, ``<nav>`` or ``<footer>`` element) lie outside it: however much of the
    page's text it holds (a long post under a short menu), it is the post, not a wrapper of
    the whole page."""
    return article.name == "article" and any(element.find_parent("article") is None for element in page.find_all(_PAGE_FRAME))


def _opensid_article(soup: BeautifulSoup, markup: str) -> Tag | None:
    """OpenSID's article element (see :mod:`.opensid`), without its byline (read as
    metadata) and section label."""
    article = opensid_article(soup, markup)
    for element in opensid_furniture(article) if article is not None else []:
        element.decompose()
    return article


def article_text(container: Tag, problems: list[Problem]) -> str:
    """The text of an element known to hold the article (an ``<article>``, a microformats
    ``e-content``), less the share rows, related posts and comments inside it; checked
    against the words of the rest (:func:`~..fidelity.checked_html`)."""
    _drop_furniture(container)
    return checked_html(container, node_text(container), problems)


def _text_size(node: Tag) -> int:
    return len(node.get_text(" ", strip=True))


def _names(element: Tag) -> str:
    """The classes and id of ``element``, as one text to search for furniture names; not an
    id that anchors its heading (see :func:`_heading_anchor`)."""
    identifier = element.get("id") or ""
    return " ".join(element.get("class") or []) + " " + ("" if identifier and _heading_anchor(element, identifier) else identifier)


def _heading_anchor(element: Tag, identifier: str) -> bool:
    """True when ``identifier``, the id of ``element``, is the anchor of a heading made from
    its words: the heading's own (``<h2 id="berbagi-komentar">Berbagi Komentar</h2>``) or that
    of the section it opens (docutils' ``<section id="…">``, ``<div class="section" id="…">``
    around a Sphinx page's headings). Such an id is the author's words, not a theme's name
    for its furniture ("komentar", "sidebar")."""
    heading = element
    if element.name == "section" or (element.name == "div" and "section" in (element.get("class") or [])):
        heading = element.find(True, recursive=False)
    if heading is None or heading.name not in HEADINGS:
        return False
    words = set(_SLUG_WORD.findall(heading.get_text(" ").casefold()))
    return set(_SLUG_WORD.findall(identifier.casefold())) <= words


def _is_themed(page: Tag) -> bool:
    if page.find(_THEME_TAGS) is not None:
        return True
    return any(_THEME_NAME.search(_names(element)) for element in page.find_all(True))


def _drop_furniture(container: Tag) -> None:
    furniture = [
        element
        for element in container.find_all(True)
        if _FURNITURE_NAME.search(_names(element))
    ]
    for element in furniture:
        if not element.decomposed:
            _decompose_with_title(element)


def _decompose_with_title(element: Tag) -> None:
    """Remove ``element`` and the heading right before it, which titles it ("Bagikan
    tulisan ini", "Artikel Terkait"); an ``<h1>`` is the page's title and stays."""
    sibling = element.previous_sibling
    while isinstance(sibling, NavigableString) and (isinstance(sibling, PreformattedString) or not sibling.strip()):
        sibling = sibling.previous_sibling
    if isinstance(sibling, Tag) and sibling.name in _FURNITURE_TITLES:
        sibling.decompose()
    element.decompose()


def _drop_theme_furniture(page: Tag) -> None:
    """Remove the menus, widgets, share rows, comment forms and footers around a page's article."""
    limit = _FURNITURE_MAX_SHARE * _text_size(page)
    article = {id(parent) for parent in _longest_text(page).parents}
    furniture = [
        element
        for element in page.find_all(True)
        if (element.name in _THEME_TAGS and not is_note(element))
        or _THEME_FURNITURE_NAME.search(_names(element))
    ]
    for element in furniture:
        if not element.decomposed and id(element) not in article and _text_size(element) < limit:
            _decompose_with_title(element)


def _unwrap_layout_tables(page: Tag) -> None:
    """Make the tables that lay out a page (a cell holds paragraphs, headings or another
    table) plain blocks: trafilatura reads a table cell as one line, and would run all the
    paragraphs of an old table-layout page's article together. A data table whose cells
    each hold one paragraph (docutils, Sphinx and MyST write every cell so) keeps its rows:
    the paragraphs go, their text stays in the cells."""
    for table in reversed(page.find_all("table")):
        cells = [cell for cell in table.find_all(_CELL_TAGS) if cell.find_parent("table") is table]
        paragraphs = [sole_paragraph(cell) for cell in cells]
        if all(paragraph is not None or cell.find(_LAYOUT_BLOCKS) is None for cell, paragraph in zip(cells, paragraphs)):
            for paragraph in paragraphs:
                if paragraph is not None:
                    paragraph.unwrap()
            continue
        for element in [table, *(part for part in table.find_all(_TABLE_PARTS) if part.find_parent("table") is table)]:
            element.name = "div"


def _longest_text(page: Tag) -> NavigableString:
    """The page's longest run of text outside scripts and styles: most likely the article's."""
    texts = (text for text in page.find_all(string=True) if type(text) is NavigableString and text.parent.name not in ("script", "style"))
    return max(texts, key=lambda text: len(text.strip()), default=NavigableString(""))


def _figures_as_text(page: Tag) -> None:
    """Keep the text of figures through trafilatura, as a page read from its ``<article>``
    keeps it: a ``<figure>`` becomes a plain block and its ``<figcaption>`` a paragraph
    (trafilatura removes a figure whole), an image its alt text (trafilatura drops images;
    an alt text that only names the file, or repeats the figure's caption, is no text), and a caption classed so
    (``wp-caption-text``) loses the class and id by which trafilatura drops captions."""
    for image in page.find_all("img"):  # (before the figures are renamed: an image's text depends on its figure's caption)
        image.replace_with(image_text(image).strip() or REMOVED)
    for element in page.find_all(("figure", "figcaption")):
        element.name = "div" if element.name == "figure" else "p"
    for element in page.find_all(attrs={"class": _CAPTION}) + page.find_all(attrs={"id": _CAPTION}):
        element.attrs.pop("class", None)
        element.attrs.pop("id", None)


def _words_that_are_not_bars(page: Tag) -> None:
    """Remove the classes in which "bar" is inside another word: trafilatura removes every
    element with "bar" anywhere in a class (its name for a menu bar or toolbar), and in
    Indonesian it is inside words of content — ``gambar`` (picture: a photo and its
    caption), ``kabar`` (news), ``lembar`` (sheet), ``lebar`` (width), ``baris`` (row),
    ``baru`` (new). A class with a part that names a bar (:data:`_BAR_PART`) stays."""
    for element in page.find_all(class_=re.compile("bar", re.I)):
        classes = element.get("class") or []
        kept = [name for name in classes if "bar" not in name.lower() or any(_BAR_PART.fullmatch(part) for part in _CLASS_PARTS.split(name))]
        if len(kept) < len(classes):
            element["class"] = kept


def _text_kept_through_extraction(page: Tag) -> None:
    """Read the page as an ``<article>`` is read where trafilatura would not: the text of
    a ``<time>`` or ``<picture>`` and a note in an ``<aside>`` (a footnote, see
    :func:`~.html.is_note`) stay (trafilatura removes them whole), and where a
    script, an ad, an embed or an icon shows no text a seam mark stands, so that the words on
    both sides meet as a sentence ("desa <script>…</script>." is "desa.", not "desa .")."""
    for element in page.find_all(True):
        if is_note(element):
            element.name = "div"  # (trafilatura drops every <aside>)
        elif element.name in _SHOWN_BUT_REMOVED:
            element.unwrap()
        elif shows_no_text(element) or (element.name in _EMBEDS and not element.get_text().strip()):
            element.replace_with(REMOVED)


def _code_kept_through_extraction(soup: BeautifulSoup, page: Tag) -> None:
    """Read code through trafilatura as an ``<article>`` page reads it. Inline code
    (``<code>``, ``<kbd>`` … outside ``<pre>``) stays in its sentence: trafilatura would
    make each one a code block of its own, the words around it paragraphs apart. A
    ``<pre>`` keeps its lines: trafilatura reads one whose text a highlighter split into
    many ``<span>`` elements (Pygments' in Sphinx, Chroma's in Hugo) as a quote on one line,
    so its text, as a browser shows it, becomes one ``<code>`` in it, which trafilatura
    keeps whole as a code block."""
    for element in page.find_all(_INLINE_CODE):
        if element.find_parent("pre") is None:
            element.unwrap()
    for block in page.find_all("pre"):
        if block.parent is not None and block.find_parent("pre") is None:
            code = soup.new_tag("code")
            code.string = preformatted_text(block)
            block.clear()
            block.append(code)


def _paragraphs_at_blank_lines(soup: BeautifulSoup, page: Tag) -> None:
    """Split a paragraph where two or more ``<br>`` in a row leave a blank line: trafilatura
    merges adjacent ``<br>`` into one, and the blank line between them would become a
    line break (an ``<article>`` page keeps it)."""
    for paragraph in page.find_all("p"):
        if paragraph.find("br", recursive=False) is None:
            continue
        pieces: list[list] = [[]]
        run: list = []  # ``<br>`` elements in a row, and the spaces between them
        for child in list(paragraph.contents):
            if (isinstance(child, Tag) and child.name == "br") or (run and isinstance(child, NavigableString) and child.isspace()):
                run.append(child)
                continue
            if sum(isinstance(item, Tag) for item in run) >= 2:
                for item in run:
                    item.extract()
                pieces.append([])
            else:
                pieces[-1].extend(run)
            run = []
            pieces[-1].append(child)
        pieces[-1].extend(run)
        last = paragraph
        for piece in pieces[1:]:
            following = soup.new_tag("p")
            following.extend([child.extract() for child in piece])
            last.insert_after(following)
            last = following


def _extracted_text(markup: str) -> tuple[str, bool]:
    """trafilatura's main content of a page (as HTML: its paragraphs, line breaks and table
    rows kept apart), read to text as any HTML is (:func:`node_text`); and whether it holds
    a heading or a list."""
    import trafilatura  # heavy (lxml, its own extractors): loaded only when a page needs it

    content = trafilatura.extract(markup, include_comments=False, include_tables=True, deduplicate=False, output_format="html")
    if not content:
        return "", False
    extracted = parse_html(content)
    for block in extracted.find_all("pre"):  # a code block comes back as <pre> in <pre>
        if block.find("pre") is not None:
            block.unwrap()
    return node_text(extracted, drop_furniture=False), extracted.find(_STRUCTURE) is not None


def _source_region(page: Tag, extracted: str) -> Tag | None:
    """The element of ``page`` that holds what trafilatura took (``extracted``): the smallest
    one holding nine tenths of the words of its paragraphs (a paragraph found by its first
    words); None when no paragraph is found."""
    sources: dict[tuple[str, ...], Tag] = {}
    for element in page.find_all(_TEXT_BLOCKS):
        sources.setdefault(_first_words(element), element)
    weights: dict[int, int] = {}
    depths: dict[int, tuple[int, Tag]] = {}
    total = 0
    for paragraph in extracted.split("\n\n"):
        words = paragraph.split()
        source = sources.get(tuple(words[:_MATCHED_WORDS]))
        total += len(words)
        if source is None:
            continue
        for depth, element in enumerate(reversed([source, *source.parents])):
            weights[id(element)] = weights.get(id(element), 0) + len(words)
            depths[id(element)] = (depth, element)
    holding = [depths[key] for key, weight in weights.items() if weight >= _HELD_SHARE * total]
    return max(holding, key=lambda pair: pair[0])[1] if holding else None


def _as_laid_out(region: Tag, extracted: str) -> str:
    """The text of ``region`` when it has the very characters of ``extracted``, one paragraph,
    else ``extracted``: on a short page trafilatura falls back to the text of every element
    on a line of its own, and a word in bold breaks its sentence (``di praktikum\nJava\n.``)."""
    text = node_text(region)
    return text if "".join(text.split()) == "".join(extracted.split()) else extracted  # ("Java." was "Java\n.")


def _first_words(element: Tag) -> tuple[str, ...]:
    """The first :data:`_MATCHED_WORDS` words of ``element``'s text (as
    ``get_text(" ", strip=True).split()`` has them), read no further than they go."""
    words: list[str] = []
    for string in element.stripped_strings:
        words += string.split()
        if len(words) >= _MATCHED_WORDS:
            break
    return tuple(words[:_MATCHED_WORDS])


def _with_headings_and_lists(region: Tag, extracted: str) -> str:
    """The text of ``region`` (see :func:`_source_region`), when trafilatura dropped its
    headings and lists; else ``extracted``. When no element's class or id tells
    trafilatura where the article is (a theme's ``<div class="grid-content">``), it gathers
    the page's paragraphs alone, and every heading and list of the article is lost. The
    region (the theme's furniture already removed) is read whole when it holds a heading
    or a list and every word trafilatura kept (but a few)."""
    if region.find(_STRUCTURE) is None:
        return extracted
    whole = node_text(region)
    kept = set(extracted.split())
    return whole if len(kept - set(whole.split())) <= _MISSED_WORDS * len(kept) else extracted
