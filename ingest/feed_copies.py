"""A built site's feeds against its pages: a feed item whose page is read is the page's copy.

A built Hugo or Jekyll site (``public/``, ``_site/``, a mirror of one) holds its feeds
beside its pages — Hugo's ``index.xml`` and each section's and taxonomy's ``index.xml``,
jekyll-feed's ``feed.xml`` — and every item of them repeats a page at the page's own URL
(Hugo's embedded RSS template links each item to the page's ``.Permalink``; jekyll-feed's
``<link rel="alternate">`` is the post's ``url``), with the page's summary or its text
without the page's metadata. Compared by :func:`page_address` (the URL without what does
not change the page a server gives: scheme, case of the host, default port, a folder's
``index.html``, a trailing ``/``, ``%``-escapes, the fragment, a run of ``/`` in the path):

- a feed item at the address of a page (Markdown, HTML … a document of
  :data:`PAGE_FORMATS`) is left out: the page, which has the full text, is kept; counted
  once per page under :data:`FEED_ITEM_OF_PAGE`, however many feeds repeat the item;
- of the items at an address without a page, one is kept: the one with the most text (a
  feed of whole posts before one of summaries: Pelican's Atom and RSS feeds), then the
  first by copy rank (the shortest place: the home feed's before a section's or a tag's);
  the others are left out, counted once per address under :data:`FEED_ITEM_REPEATED`;
- a page is never left out for an address (two pages at one URL are two documents unless
  they are exact copies, see :mod:`.duplicates`).

The AMP copy of a page (see :func:`~.readers.html.read`: its url is the page's, which its
canonical link names) is weighed the same way, between a page and a feed item: left out
when its page is read (counted once per copy under :data:`AMP_COPY_OF_PAGE`), else kept in
the page's place, before any feed item at that address (the one with the most text of
several such copies), so that its text, which no other file of the run holds, is not lost.
A page's print copy (WP-Print's ``…/judul/print/``, Drupal's ``/print/123``, an Indonesian
CMS's ``/berita/cetak/123``, Joomla's ``?tmpl=component&print=1`` saved by a crawler; see
:func:`~.readers.html.read`; a print view saved under its query without a canonical link
naming its page is at its own address without that query, and its page is found by its file,
whatever address either names: see :attr:`Addresses.files`) is weighed the same way, after an AMP copy and before a feed
item: left out when its page is read (:data:`PRINT_COPY_OF_PAGE`), else kept in its place.

An HTML page without a URL of its own (a theme that writes no canonical link nor
``og:url``) is matched by its place instead (:func:`place_address`): the item's page is the
file a web server serving the feed's folder, or a folder above it, gives for the item's URL
path (``public/berita/panen/index.html`` for ``/berita/panen/`` in ``public/index.xml`` or
``public/berita/index.xml``; ``_site/2023/11/20/panen.html`` for ``/2023/11/20/panen.html``).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from typing import Iterable, Iterator
from urllib.parse import unquote, urlsplit

from .document import Document
from .readers.mirror_address import host_root, named_url, viewed_page

#: Why a feed item is left out when its page is read (counted once per page).
FEED_ITEM_OF_PAGE = "feed item whose page is read: the page is kept"
#: Why a feed item is left out when another feed of the run gives the same item (counted once per item kept).
FEED_ITEM_REPEATED = "feed item repeated in another feed: one is kept"
#: Why an AMP copy is left out when its page is read (counted once per copy).
AMP_COPY_OF_PAGE = "not a document: an AMP copy of another page that is read (its canonical link, or its own address without the AMP view's query, names that page)"
#: Why an AMP copy is left out when another AMP copy of its page, with more text, is kept.
AMP_COPY_REPEATED = "not a document: an AMP copy of a page whose other AMP copy is kept"
#: How the problem of an AMP copy kept in its page's place begins (see :func:`claim_kind`).
AMP_COPY_KEPT = "an AMP copy of "
#: Why a print copy is left out when its page is read (counted once per copy).
PRINT_COPY_OF_PAGE = "not a document: a print copy of another page that is read (its canonical link, or its own address without the print view's query, names that page)"
#: Why a print copy is left out when another copy of its page (AMP or print), kept in the page's place, is.
PRINT_COPY_REPEATED = "not a document: a print copy of a page whose other copy is kept"
#: How the problem of a print copy kept in its page's place begins (see :func:`claim_kind`).
PRINT_COPY_KEPT = "a print copy of "
#: Formats of a file that is one page of a site.
PAGE_FORMATS = frozenset({"html", "markdown", "rst", "asciidoc", "org", "text"})
#: Suffixes of a page file that its address may leave out (``halaman.html`` is ``halaman``).
_PAGE_SUFFIXES = (".html", ".htm", ".xhtml")
_SLASHES = re.compile("/{2,}")
#: What starts the address of a page known by its place, not its URL.
PLACE = "file:"
#: A Joomla article's address without search engine friendly URLs, whatever the order and
#: the other parameters of its query (``Itemid``, ``catid``, a print view's): its component,
#: its article view (Joomla 1.5's ``view=article``, 1.0's ``task=view``) and its ``id``
#: (``id=12``, ``id=12:judul`` with its alias), which name one article.
_JOOMLA_ARTICLE = re.compile(
    r"/index\.php[?@](?=(?:[^/]*&)?option=com_content(?:&|$))(?=(?:[^/]*&)?(?:view=article|task=view)(?:&|$))(?:[^/]*&)?id=(\d+)(?![^&:])", re.I
)
#: The place of a Joomla article (:func:`place_address`), after its folder and before its id.
_ARTICLE_PLACE = "/index.php?option=com_content&view=article&id="
#: File names that stand for their folder's address (``halaman/index.html`` is ``halaman/``).
FOLDER_PAGES = frozenset({"index.html", "index.htm", "index.xhtml", "index.php", "index.md", "index.markdown", "index.mdx"})

#: What claims an address, the lower kept first: a page, a page's AMP copy, its print copy, a feed item.
PAGE, AMP_COPY, PRINT_COPY, FEED_ITEM = 0, 1, 2, 3
#: Why a claim of each kind but a page's is left out: for the page read, for another claim kept.
_OF_PAGE = {AMP_COPY: AMP_COPY_OF_PAGE, PRINT_COPY: PRINT_COPY_OF_PAGE, FEED_ITEM: FEED_ITEM_OF_PAGE}
_REPEATED = {AMP_COPY: AMP_COPY_REPEATED, PRINT_COPY: PRINT_COPY_REPEATED, FEED_ITEM: FEED_ITEM_REPEATED}
#: How the problem of a copy kept in its page's place begins, for each kind of copy, and
#: what follows the link it quotes.
_KEPT = ((AMP_COPY_KEPT, AMP_COPY), (PRINT_COPY_KEPT, PRINT_COPY))
#: How the problem of a copy kept in its page's place says where the link it quotes comes
#: from: the copy's canonical link, or (a print view saved under its query, see
#: :data:`~.formats.PRINT_VIEW_NAME`) its own address less that query.
NAMED_BY_CANONICAL = " (the page its canonical link names)"
NAMED_BY_OWN_ADDRESS = " (the page its own address names without the print view's query)"
NAMED_BY_OWN_AMP_ADDRESS = " (the page its own address names without the AMP view's query)"
#: What the problem of a view saved under its query (see :data:`~.formats.PRINT_VIEW_NAME`,
#: :data:`~.formats.AMP_VIEW_NAME`) begins with, and what it says after its page link.
_SAVED_VIEWS = ((PRINT_COPY_KEPT, NAMED_BY_OWN_ADDRESS), (AMP_COPY_KEPT, NAMED_BY_OWN_AMP_ADDRESS))
_NAMED_BY = " (the page its "

#: How a claim on an address ranks, lower kept: (its kind; less its text's length unless
#: it is a page's; its copy rank).
AddressRank = tuple[int, int, tuple[int, int, str]]


def page_address(url: str | None) -> str | None:
    """The page ``url`` names, as host, path and query (``kabardesa.id/berita/panen``):
    the host in lower case and without its scheme's default port, the path ``%``-decoded,
    each run of ``/`` in it one (GitHub Pages and nginx serve ``//2023/panen.html`` as
    ``/2023/panen.html``: jekyll-seo-tag and jekyll-feed write the former when the site's
    ``url`` ends with ``/``) and without a trailing ``/`` or a folder's page (``index.html``),
    the fragment dropped. None for anything but an absolute ``http``/``https`` URL."""
    if not url:
        return None
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    if parts.scheme.lower() not in ("http", "https") or not parts.hostname:
        return None
    host = parts.hostname + (f":{port}" if port and port not in (80, 443) else "")
    path = unquote(parts.path)
    if "//" in path:
        path = _SLASHES.sub("/", path)
    folder, _, name = path.rpartition("/")
    if name.lower() in FOLDER_PAGES:
        path = folder
    return host + path.rstrip("/") + (f"?{parts.query}" if parts.query else "")


def place_address(path: str) -> str:
    """The address of the page file at ``path`` (absolute) known by its place: ``file:``
    and the path less a folder's page (``index.html``) or a page suffix (``.html``); a Joomla
    article's saved under its query, by its id (:data:`_JOOMLA_ARTICLE`), so that its print
    view finds it whatever the order of its parameters."""
    path = path.replace(os.sep, "/")
    folder, _, name = path.rpartition("/")
    if name.lower() in FOLDER_PAGES:
        path = folder
    elif name.lower().endswith(_PAGE_SUFFIXES):
        path = path[: path.rfind(".")]
    article = _JOOMLA_ARTICLE.search(path) if "com_content" in path else None  # (a substring test first: most paths hold none)
    if article is not None:
        return f"{PLACE}{path[: article.start()]}{_ARTICLE_PLACE}{article.group(1)}"
    return PLACE + path.rstrip("/")


def article_files(place: str) -> str | None:
    """What the path of every file whose :func:`place_address` is ``place`` starts with, when
    that place is a Joomla article's known by its id (:data:`_JOOMLA_ARTICLE`: saved under any
    query naming it, ``index.php?option=com_content&…&id=12&Itemid=3.html``): its folder and
    ``index.php``; None for another place, whose files are known by their names."""
    folder, found, _ = place.partition(_ARTICLE_PLACE)
    return f"{folder[len(PLACE) :]}/index.php" if found and place.startswith(PLACE) else None


def address_of(document: Document) -> str | None:
    """The :func:`page_address` of a page or feed item (of an item whose link is not cited,
    an author's ``localhost`` one, the link it gives: its page lies at that path); of an HTML
    page without a URL of its own (none, or one inferred from a mirror's folder: see
    :func:`~.readers.mirror_address.named_url`), its :func:`place_address`, and of an AMP or
    print copy whose page link is a path (relative to it, or from its mirror's root), that of the
    file the link names (see :func:`_page_file`); None for other documents."""
    if document.format == "feed" or document.format in PAGE_FORMATS:
        page = viewed_page(os.path.abspath(document.source)) if document.format == "html" and _saved_view(document.problems) else None
        if page is not None:  # (a print or AMP view saved under its query: its page by its file, see Addresses.files)
            return place_address(page)
        address = page_address(named_url(document) or (document.fields.get("link") if document.format == "feed" else None))
        if address is None and document.format == "html":
            return place_address(_page_file(document))
        return address
    return None


def copy_kept_reason(start: str, link: str, every_copy: bool = False, named_by: str = NAMED_BY_CANONICAL) -> str:
    """The problem of an AMP or print copy (``start``: :data:`AMP_COPY_KEPT` or
    :data:`PRINT_COPY_KEPT`) read in the place of the page ``link`` names, as ``named_by``
    says (:data:`NAMED_BY_CANONICAL`, :data:`NAMED_BY_OWN_ADDRESS` or :data:`NAMED_BY_OWN_AMP_ADDRESS`); in a run that keeps
    ``every_copy`` (``--keep-duplicates``), which does not look for the page, of the copy
    kept whether or not the page is read."""
    kept = ", kept as --keep-duplicates keeps every copy, whether or not that page is read" if every_copy else ", read in its place: that page is not among the files read"
    return f"{start}{link}{named_by}{kept}"


def _saved_view(problems) -> bool:
    """True for the problems of a print or AMP view saved under its query (see :data:`_SAVED_VIEWS`)."""
    return any(problem.reason.startswith(start) and named_by in problem.reason for problem in problems for start, named_by in _SAVED_VIEWS)


def _page_file(document: Document) -> str:
    """The file of an HTML page without a URL of its own: its source; of a print or AMP view
    saved under its query, its page's (:func:`~.readers.mirror_address.viewed_page`); of an AMP or
    print copy, the file its page link names (see :func:`_page_link`): relative to the copy,
    or, from ``/``, below the host folder of the crawler's mirror the copy lies in (a copy
    outside one stays at its own place)."""
    source = os.path.abspath(document.source)
    if _saved_view(document.problems):
        return viewed_page(source) or source
    named = _page_link(document.problems)
    if not named:
        return source
    if not named.startswith("/"):
        return os.path.normpath(os.path.join(os.path.dirname(source), named))
    root = host_root(document.id, source)
    return os.path.normpath(os.path.join(root, named.lstrip("/"))) if root else source


def _page_link(problems) -> str | None:
    """The path an AMP or print copy's page link names (a canonical link in a mirror saved
    with ``wget -k``: ``../index.html``, or from the site's root: ``/berita/panen/``; a
    print view's page's saved name: ``12-judul``), as its problem (see :data:`AMP_COPY_KEPT`)
    quotes it, ``%``-decoded; None for another document, or a link that names an address."""
    for problem in problems:
        start = next((start for start, _ in _KEPT if problem.reason.startswith(start)), None)
        if start is not None:
            link = problem.reason[len(start) : problem.reason.find(_NAMED_BY)]
            if link and ":" not in link and not link.startswith("//"):
                return unquote(link.partition("#")[0].partition("?")[0]) or None
    return None


def page_places(address: str, source: str) -> Iterator[str]:
    """Where the page of the feed item (or AMP or print copy) at ``address`` read from the file
    ``source`` lies if a server gives its folder, or a folder above it, as its site's root:
    the :func:`place_address` of each (none for an address with a query)."""
    if "?" in address:
        return
    path = address.partition("/")[2]
    folder = os.path.dirname(os.path.abspath(source))
    while True:
        yield place_address(os.path.join(folder, path) if path else folder)
        parent = os.path.dirname(folder)
        if parent == folder:
            return
        folder = parent


def claim_kind(format: str, reasons: Iterable[str]) -> int:
    """What a document of ``format`` whose problems give ``reasons`` is at its address:
    a feed item, a page's AMP or print copy (see :data:`AMP_COPY_KEPT`, :data:`PRINT_COPY_KEPT`)
    or a page."""
    if format == "feed":
        return FEED_ITEM
    if format == "html":
        for reason in reasons:
            kind = next((kind for start, kind in _KEPT if reason.startswith(start)), None)
            if kind is not None:
                return kind
    return PAGE


@dataclass
class Addresses:
    """The best claim on each address seen so far (a page's before an AMP copy's, before a print copy's, before a
    feed item's, then the longest text, then by copy rank) and who holds it: None for a
    document of this run, else an indexed document's uid. Of equal ranks, the first offered
    stays best."""

    best: dict[str, tuple[AddressRank, str | None]] = field(default_factory=dict)
    #: The place of each page read that has an address of its own (a canonical link):
    #: where an AMP or print copy that names its page by its file finds it (place → its rank,
    #: and its holder).
    files: dict[str, tuple[tuple[int, int, str], str | None]] = field(default_factory=dict)
    #: (reason, address) already counted in the summary, and ("kept", address) once its item is kept.
    seen: set[tuple[str, str]] = field(default_factory=set)

    def offer(self, address: str | None, kind: int, size: int, rank: tuple[int, int, str], holder: str | None = None) -> None:
        """Count a claim of ``kind`` on ``address`` (a page, or a copy of one whose text has
        ``size`` characters) ranked ``rank``, held by ``holder``."""
        claim = (kind, -size if kind != PAGE else 0, rank)
        if address is not None and (address not in self.best or claim < self.best[address][0]):
            self.best[address] = (claim, holder)

    def offer_file(self, place: str, rank: tuple[int, int, str], holder: str | None = None) -> None:
        """Count the page ranked ``rank``, held by ``holder``, read from the file at ``place``
        (its :func:`place_address`) while its address is another."""
        if place not in self.files or rank < self.files[place][0]:
            self.files[place] = (rank, holder)

    def left_out(self, address: str, kind: int, rank: tuple[int, int, str], source: str) -> tuple[str, str] | None:
        """Why the copy of a page (a feed item, an AMP or a print copy: ``kind``) at ``address``
        ranked ``rank`` (offered before), read from the file ``source``, is left out, and
        where the page or copy kept was read: (a reason of :data:`_OF_PAGE` or
        :data:`_REPEATED`, place); None for the copy kept."""
        (best_kind, _, best_rank), holder = self.best[address]
        if best_kind == PAGE:
            return _OF_PAGE[kind], best_rank[2]
        if kind != FEED_ITEM and address in self.files:  # (a copy naming its page's file, a page naming its address)
            return _OF_PAGE[kind], self.files[address][0][2]
        for place in page_places(address, source):
            if place in self.best and self.best[place][0][0] == PAGE:
                return _OF_PAGE[kind], self.best[place][0][2][2]
        if best_rank == rank and holder is None and ("kept", address) not in self.seen:
            self.seen.add(("kept", address))
            return None
        # (a feed item whose page's AMP or print copy is kept in the page's place: as its page)
        return (_OF_PAGE if kind == FEED_ITEM and best_kind != FEED_ITEM else _REPEATED)[kind], best_rank[2]

    def first(self, reason: str, address: str) -> bool:
        """True the first time an item at ``address`` is left out for ``reason`` (it is counted once)."""
        if (reason, address) in self.seen:
            return False
        self.seen.add((reason, address))
        return True

    def kept_place(self, address: str) -> str:
        """Where the page or item kept at ``address`` was read."""
        return self.best[address][0][2][2]
