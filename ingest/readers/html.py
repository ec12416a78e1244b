"""HTML pages: title, date, categories and author from the markup, body from the article.

The author is the ``author`` meta tag's, else the JSON-LD item's, else the h-entry's, else
the one a CMS's byline names (Joomla's, Drupal's, OpenSID's: see :mod:`..markup.cms_authors`).

``og:title`` and ``<title>`` lose the site name around them ("Sejarah Desa – Pemerintah
Desa Sukamaju") when a heading of the page or ``og:site_name`` tells the two apart.

An HTML file that opens with front matter (a Jekyll page or post, ``about.html``,
``_posts/2012-05-01-x.html`` as jekyll-import writes WordPress posts) is a site generator's
content, not a rendered page: the front matter is its metadata, like a Markdown file's, and
the rest is the page's own HTML, read whole after its generator's syntax (Liquid) is applied.
"""

from __future__ import annotations

import itertools
import json
import re
from typing import Any, Iterator, Mapping
from urllib.parse import quote, urlsplit

from .. import front_matter
from ..date_sources import date_in_text
from ..document import Problem
from ..duplicates import address_match
from ..feed_copies import AMP_COPY_KEPT, NAMED_BY_CANONICAL, NAMED_BY_OWN_ADDRESS, NAMED_BY_OWN_AMP_ADDRESS, PRINT_COPY_KEPT, copy_kept_reason
from ..fidelity import checked_html_text
from ..markup.html import parse_html
from ..markup.main_content import HEADINGS, article_text, drop_heading_permalinks, listing_reason, page_text
from ..markup.cms_authors import byline_authors
from ..markup.cms_terms import article_terms
from ..markup.ghost_cards import drop_card_furniture, may_hold_card_furniture
from ..markup.microformats import HEntry, h_entry
from ..markup.opensid import opensid_article, opensid_byline
from ..sites.eleventy import EleventySite
from ..sites.jekyll.include import expand_jekyll_includes
from ..sites.syntax import Syntax, read_also_removed, syntax_of
from . import RawDocument, SourceFile
from . import markdown
from .markup_formats import looks_like_html
from .markdown import line_fields
from .mirror_address import is_amp_view, link_scheme, mirror_address, mirror_host, place_parts, viewed_page
from .substack import substack_post

#: Meta tags that name a page's publication date, and those that give a date of any kind
#: (a generator may write the day it built the page there: the JSON-LD ``datePublished``
#: comes between them).
_PUBLISHED_META = ("article:published_time", "og:published_time", "pubdate", "publishdate")
_DATE_META = ("date", "dc.date", "dcterms.date")
#: RDFa properties of Dublin Core that give a date: Drupal 7 writes its node's creation date
#: so in its byline (``<span property="dc:date dc:created" content="2023-04-03T09:00:00+07:00">``).
_RDFA_DATES = frozenset(("dc:date", "dc:created", "dcterms:date", "dcterms:created"))
#: What marks a page as AMP: an attribute of its ``<html>`` element.
_AMP_MARKS = frozenset(("amp", "⚡"))
#: An AMP copy's place in an address: an ``amp`` folder, or an AMP view's query (``?amp=1``, ``?amp``).
_AMP_PLACE = re.compile(r"(?:^|/)amp/|[?&@]amp(?:=(?!0|false)|&|$)", re.I)
#: The place of a page's print copy: a folder ``print`` or ``cetak`` (WP-Print's ``…/judul/print/``,
#: Drupal's ``/print/123``, an Indonesian CMS's ``/berita/cetak/123``), a page so named
#: (``print.html``, ``cetak.php``), or a query asking for it kept in a saved name (``?print=1``,
#: Joomla's ``&tmpl=component&print=1``, wget's ``@print=1`` on Windows).
_PRINT_PLACE = re.compile(r"(?:^|/)(?:print|cetak)(?:/|\.[a-z]+$|$)|[?&@](?:print|cetak)=(?!0|false)", re.I)
#: The mark a print view adds after its page's title: "(versi cetak)", "- Versi Cetak",
#: "| Print", "– Cetak", "(Printer Friendly Version)", "[Halaman Cetak]".
_PRINT_WORDS = r"(?:(?:versi|halaman|format|tampilan)\s+)?(?:cetak|print(?:able)?|printer[- ]friendly)(?:\s+(?:version|view|page|versi))?"
_PRINT_MARK = re.compile(rf"\s*(?:[(\[]\s*{_PRINT_WORDS}\s*[)\]]|\s[-–—|:·»]\s*{_PRINT_WORDS})\s*$", re.I)
#: The class of a WordPress post's byline ("Ditulis pada 5 Maret 2012 oleh Admin").
_POST_BYLINE = "entry-meta"
#: The class of a comment (Drupal's and WordPress's): its byline's date is the comment's.
_COMMENT = "comment"
REDIRECT = "not a document: redirect page"
_ABSOLUTE = re.compile(r"^https?://", re.I)
#: An address that names its host without a scheme (a protocol-relative link: ``//desa.id/berita/x/``).
_HOST_WITHOUT_SCHEME = re.compile(r"//([^/?#\s]+)")
NO_TEXT = "not a document: HTML page without text"
#: An application's page: a shell that its scripts fill in the browser. A page without text
#: of its own is one when it loads a script and has an application's mount point: React's
#: ``root``, Vue's ``app``, Next.js's ``__next``, Nuxt's ``__nuxt``, Gatsby's ``___gatsby``,
#: Angular's ``<app-root>``.
_LOADS_SCRIPT = re.compile(r"<script\b[^>]*\bsrc\s*=", re.I)
_APPLICATION_MARK = re.compile(r"<app-root\b|\bid\s*=\s*[\"']?(?:root|app|__next|__nuxt|___gatsby)[\"'\s>]", re.I)
SCRIPT_LOADED = "not a document: an application's page, whose content its scripts load (arsip does not run them)"
DESCRIPTION_AS_TEXT = "the page has no text of its own: its text is its description (meta tag)"
#: The page a site's server shows for an address it does not have: GitHub Pages and other
#: hosts serve the ``404.html`` that Jekyll, Hugo, MkDocs, Docusaurus and VitePress write.
NOT_FOUND_PAGE = "not a document: the site's page for a missing address (404.html)"
_NOT_FOUND_NAMES = frozenset(("404.html", "404.htm"))
_JSON_LD = re.compile(r"^\s*application/ld\+json\s*$", re.I)
_REFRESH = re.compile(r"^\s*refresh\s*$", re.I)
_REFRESH_URL = re.compile(r"url\s*=", re.I)
#: A redirect page has fewer words of text than this.
_REDIRECT_WORDS = 20
#: A browser's mark of the web, near the top of a page it saved: the address the page came from.
_SAVED_FROM = re.compile(r"<!--\s*saved from url=\(\d+\)(https?://[^\s<>]+?)\s*-->", re.I)
_SAVED_FROM_SPAN = 2048
#: HTTrack's note in each page it mirrors: the address without ``http://`` (an ``https://``
#: one with its scheme), near the top and again at the end.
_MIRRORED_FROM = re.compile(r"<!--\s*Mirrored from (\S+) by HTTrack Website Copier", re.I)
#: The index page HTTrack writes at the top of a mirror, linking to the sites it holds.
HTTRACK_INDEX = "not a document: HTTrack's index of the mirror (index.html beside hts-cache/)"
_HTTRACK_INDEX_MARK = "<!-- Mirror and index made by HTTrack Website Copier"
#: What separates a page's own title from its site's name in ``<title>`` (Blogger writes
#: "Nama Blog: Judul Posting"). The spaces before a separator are tried from the first of
#: a run only (none before it): a run without a separator after it fails there once, not
#: again from each of its spaces.
_TITLE_SEPARATOR = re.compile(r"(?<!\s)\s+[-–—|·•:»«]{1,2}\s+|(?<=\w):\s+")
_AUTHOR_META = ("author", "article:author", "dc.creator")
#: The address of a site's home page, as a theme's header links to it: its root, relative
#: (``/``, ``./``, ``../``) or absolute (``https://contoh.id/``), or its index file.
_HOME_ADDRESS = re.compile(r"^(?=.)(?:(?:https?:)?//[^/?#\s]+)?(?:/|(?:\.\.?/)+)?(?:index\.html?)?$", re.I)
#: A page's ``<body>`` start tag, and the end of a whole page: a page that opens its body
#: and has no end was cut off (an interrupted download or copy). Both end tags, and the
#: body's start tag with them, may be left out of a whole page (HTML's optional tags: ``hugo
#: --minify`` leaves out all three), so a page without ``<body>`` is not judged.
_BODY_START = re.compile(r"<body[\s>/]", re.I)
_PAGE_END = re.compile(r"</(?:body|html)\s*>", re.I)
CUT_OFF = "the page ends before </body> and </html>: the file may be cut off (an interrupted download or copy); its text is read up to there"
#: What only a template holds, never a built page's text: Go's actions (Hugo's layouts and
#: partials) ``{{ if }}``, ``{{ else }}``, ``{{ end }}``, ``{{ range }}``, ``{{ with }}``,
#: ``{{ define }}``, ``{{ block }}``, ``{{ partial }}``, a variable ``{{ $x := … }}``, a
#: comment ``{{/* … */}}``; the block tags of Jinja (Pelican's themes), Django, Nunjucks and
#: Liquid ``{% block %}``, ``{% extends %}``, ``{% for %}``, ``{% endfor %}`` …
_TEMPLATE_TAG = re.compile(
    r"\{\{-?\s*(?:(?:if|else|end|range|with|define|block|template|partial|partialCached)\b|\$\w*\s*:?=|/\*)"
    r"|\{%-?\s*(?:end\w+|block|extends|include|for|if|elif|else|macro|set|import|from|load|capture|assign)\b"
)
#: Where a page shows code as written (a tutorial showing a template's tags): not looked into.
_CODE_ELEMENTS = re.compile(r"<(pre|code|kbd|samp|script|style|textarea|xmp)\b.*?</\1\s*>", re.I | re.S)
#: A template holds at least this many of its tags (a page may quote one in its text).
_TEMPLATE_TAGS = 2
TEMPLATE = "not a document: a template (its {{ … }} or {% … %} tags are filled in when the site is built)"
#: How Medium's export names the files of drafts (``posts/draft_Judul-1a2b3c4d5e6f.html``).
MEDIUM_DRAFT = "draft_"
#: What the footer of each page of Medium's export says (a page without it is no such page).
_MEDIUM_MARK = "Exported from"
#: The class Medium gives the title it writes again as the first line of a post's body.
_MEDIUM_TITLE = "graf--title"


def read(text: str, source: SourceFile) -> Iterator[RawDocument]:
    """Yield the one document of an HTML page."""
    if source.name.lower() in _NOT_FOUND_NAMES:
        yield RawDocument(text="", left_out=NOT_FOUND_PAGE)
        return
    if source.generator == "eleventy" and (source.eleventy or EleventySite()).template_engine(source.name, text):
        yield from markdown.read(text, source)  # an Eleventy template: its Liquid or Nunjucks rendered first
        return
    if front_matter.starts_with_front_matter(text):
        yield _content_page(text, source)
        return
    if source.export_row is not None:
        yield _substack_post(text, source)
        return
    # (every file of Tumblr's HTML export that is read so lies in a posts/ or conversations/ folder)
    if ("posts/" in source.id or "conversations/" in source.id) and (tumblr := _tumblr_export_file(text, source)) is not None:
        yield tumblr
        return
    if _HTTRACK_INDEX_MARK in text:
        yield RawDocument(text="", left_out=HTTRACK_INDEX)
        return
    # (a page without "{{" or "{%" holds no tag; an Eleventy site's HTML it copies as written,
    # htmlTemplateEngine: false, is a page showing its tags)
    if ("{{" in text or "{%" in text) and source.generator != "eleventy" and _is_template(text):
        yield RawDocument(text="", left_out=TEMPLATE)
        return
    soup = parse_html(read_also_removed(text, page=True))  # (other articles' titles in this one's text)
    drop_heading_permalinks(soup)
    meta = _meta(soup)
    if meta.get("generator", "").startswith("Ghost") and may_hold_card_furniture(text):  # a page a Ghost theme built
        drop_card_furniture(soup)
    site_names = [meta["og:site_name"]] if meta.get("og:site_name") else []
    site_headings = [heading for heading in soup.find_all("h1") if _names_the_site(heading, site_names)]
    site_names += [_plain(heading) for heading in site_headings]
    heading = next((heading for heading in soup.find_all("h1") if heading not in site_headings), None)
    title_tag = soup.find("title")
    titles = [title_tag.get_text(" ", strip=True) if title_tag else "", meta.get("og:title", ""), heading.get_text(" ", strip=True) if heading else ""]
    time_tag = soup.find("time", attrs={"datetime": True})
    linked, problems = _linked_data(soup)
    if _BODY_START.search(text) and not _PAGE_END.search(text):
        problems.append(Problem("text", CUT_OFF))
    entry = h_entry(soup) or HEntry()
    date = (
        _first(meta, _PUBLISHED_META) or linked.get("datePublished") or _first(meta, _DATE_META)
        or entry.published or (time_tag["datetime"] if time_tag else None) or _rdfa_date(soup, text)
    )
    date_source = "html_meta"
    if not date:  # the date a reader sees in the article's own header (its byline), which is not text
        date, date_source = _byline_date(soup, text), "text"
    canonical = soup.find("link", rel="canonical", href=True)
    link = canonical["href"].strip() if canonical is not None else ""
    # A full address first: a mirror may have made the canonical link relative, not og:url.
    addresses = [
        address
        for address in (link, meta.get("og:url", ""), entry.url, _saved_from(text), _mirrored_from(text), _joomla_base(soup, meta))
        if address
    ]
    url = next((address for address in addresses if _ABSOLUTE.match(address)), _schemed(addresses[0], text) if addresses else None)
    copy = None  # a copy of another page is left out when that page is read: see ..feed_copies
    if canonical is not None:  # (a print copy's place is seen from its input folder: print/ given as the input is one)
        copy = AMP_COPY_KEPT if _amp_copy(soup, source.id, link) else PRINT_COPY_KEPT if _print_copy("/".join(place_parts(source.id, source.path)), link) else None
    printed = viewed_page(source.id) if copy is None else None
    viewed = _printed_address(addresses) if copy is None and printed is None else None
    amp_view = printed is not None and is_amp_view(source.id)
    if printed is not None:  # a print or AMP view saved under its query is at its page's address
        copy, url = (AMP_COPY_KEPT if amp_view else PRINT_COPY_KEPT), _own_address(addresses, _AMP_PLACE if amp_view else _PRINT_PLACE)
        link = url or quote(printed.rpartition("/")[2], safe="/@&=+$,;~!*'()")
    elif viewed is not None:  # a print view whose own address asks for it (HTTrack's note names it)
        copy, url = PRINT_COPY_KEPT, viewed
        link = url
    if copy is not None:
        named_by = NAMED_BY_CANONICAL if printed is None and viewed is None else NAMED_BY_OWN_AMP_ADDRESS if amp_view else NAMED_BY_OWN_ADDRESS
        reason = copy_kept_reason(copy, link, source.every_copy, named_by)
        if copy == PRINT_COPY_KEPT:
            titles, marks = zip(*map(_without_print_mark, titles))
            reason += next((f'; its title is the print copy\'s without "{mark}"' for mark in marks if mark), "")
        problems.append(Problem("text", reason))
    # (both before the article's furniture goes, with the header holding its heading)
    page_title = _page_title(titles[0], soup, site_names) if titles[0] else None
    og_title = _page_title(titles[1], soup, site_names) if titles[1] else None
    fields = {key: value for key, value in meta.items() if value}
    fields |= {key: value for key, value in (("summary", entry.summary), ("updated", entry.updated)) if value and key not in fields}
    from_medium = _MEDIUM_MARK in text and _exported_from_medium(soup)
    medium_draft = from_medium and source.name.startswith(MEDIUM_DRAFT)
    if from_medium:
        _drop_repeated_title(entry)
    listing = listing_reason(soup, url, text, _site_host(source))
    terms = article_terms(soup, text)
    # (read before the text: a CMS's byline is furniture that the text leaves out of the tree)
    author = _first(meta, _AUTHOR_META) or _names(linked.get("author")) or entry.authors or byline_authors(soup, text) or None
    contents = [article_text(element, problems) for element in entry.content]
    body_text = "\n\n".join(text for text in contents if text) if any(contents) else page_text(soup, text, problems, listing is not None)
    if _is_redirect(soup, body_text):
        yield RawDocument(text="", left_out=REDIRECT)
        return
    if not body_text:  # meta tags are metadata (in fields); the description is text only for a page without any
        body_text = meta.get("description") or meta.get("og:description") or ""
        loaded = _loaded_by_scripts(text)
        if not body_text:
            yield RawDocument(text="", left_out=SCRIPT_LOADED if loaded else NO_TEXT)
            return
        problems.append(Problem("text", DESCRIPTION_AS_TEXT + ("; the page's content is loaded by its scripts, which arsip does not run" if loaded else "")))
    yield RawDocument(
        text=body_text,
        fields=fields,
        title=og_title if og_title is not None else entry.name or None,
        heading=titles[2] or None,
        page_title=page_title,
        date=date,
        date_source=date_source,
        url=url if url and (_ABSOLUTE.match(url) or _HOST_WITHOUT_SCHEME.match(url)) else _mirror_address(source, text, problems, url, printed) or url,
        draft=medium_draft,
        categories=_all_meta(soup, "article:section") or _terms(linked.get("articleSection")) or entry.sections or terms.sections,
        tags=(_keywords(meta.get("keywords", "")) + _all_meta(soup, "article:tag") or _terms(linked.get("keywords"))) + entry.categories + terms.keywords,
        author=author,
        problems=problems,
        listing=listing,
    )


def _loaded_by_scripts(markup: str) -> bool:
    """True when the page ``markup`` is an application's shell (see :data:`_APPLICATION_MARK`)."""
    return bool(_LOADS_SCRIPT.search(markup) and _APPLICATION_MARK.search(markup))


def _amp_copy(soup, place: str, canonical: str) -> bool:
    """True for the AMP copy of another page, read at ``place`` with the canonical link
    ``canonical``: a page in an ``amp`` folder, or saved under an AMP view's query, whose
    canonical address is in no such place (the copy WordPress' AMP plugin, Ghost and
    jekyll-amp serve at ``…/amp/`` or ``?amp=1``, Hugo's ``amp`` output format at
    ``/amp/…``), or a page marked as AMP (``<html amp>``, ``<html ⚡>``) that
    is not at its canonical address. An AMP page that names itself (an AMP-only site's) is
    a page."""
    if (_in_amp_folder(place) or is_amp_view(place)) and _AMP_PLACE.search(canonical.partition("#")[0]) is None:
        return True
    root = soup.html
    return root is not None and not _AMP_MARKS.isdisjoint(root.attrs) and address_match(place, canonical) == 2


def _without_print_mark(title: str) -> tuple[str, str]:
    """``title`` (of a print copy) without the mark its print view adds after its page's
    title ("Judul (versi cetak)", "Judul - Versi Cetak", "Judul | Print", "Judul [Cetak]"),
    and that mark as written (empty when it has none)."""
    found = _PRINT_MARK.search(title)
    if found is None or found.start() == 0:
        return title, ""
    return title[: found.start()], found.group(0).strip()


def _own_address(addresses: list[str], view_place: re.Pattern[str]) -> str | None:
    """The first whole address of ``addresses`` (a page's, see :func:`read`) outside the
    place of its view (``view_place``: a print copy's, an AMP copy's): of a print view, its
    page's (Joomla's ``<base href>`` names its article's address without the query); None
    when it names none."""
    return next((address for address in addresses if _ABSOLUTE.match(address) and view_place.search(address) is None), None)


def _printed_address(addresses: list[str]) -> str | None:
    """The address of the page a print view prints, when a whole address of ``addresses`` (a
    page's, see :func:`read`: HTTrack's note, a browser's mark, ``og:url``) asks for its print
    view by its query (``…/7-panen-raya?tmpl=component&print=1``): that address without the
    print view's parameters (see :func:`~.mirror_address.viewed_page`); None otherwise."""
    return next((viewed_page(address) for address in addresses if _ABSOLUTE.match(address) and _PRINT_PLACE.search(address)), None)


def _print_copy(place: str, canonical: str) -> bool:
    """True for the print copy of another page, read at ``place`` (from its input folder,
    that folder's name first) with the canonical link ``canonical``: a page in a print copy's place (see :data:`_PRINT_PLACE`) whose canonical
    address is not in one (a print edition's own pages, ``/cetak/…`` naming themselves, are pages)."""
    lowered = place.lower()
    if "print" not in lowered and "cetak" not in lowered:  # (the test below finds nothing in such a place)
        return False
    return _PRINT_PLACE.search(place) is not None and _PRINT_PLACE.search(canonical.partition("#")[0]) is None


def _in_amp_folder(path: str) -> bool:
    """True when a folder of ``path`` (a file's place, an address) is named ``amp``."""
    return "amp" in path.lower().split("/")[:-1]


def _schemed(address: str, markup: str) -> str:
    """``address`` with the scheme the page's links to its host give (see
    :func:`~.mirror_address.link_scheme`) when it names a host without one
    (``//desa.id/berita/x/``); otherwise as it is (the site's configured address, else
    https, gives the scheme then: see :func:`~..sites.site.citable_url`)."""
    named = _HOST_WITHOUT_SCHEME.match(address) if address.startswith("//") else None
    scheme = link_scheme(named.group(1).lower(), markup) if named else None
    return f"{scheme}:{address}" if scheme else address


def _site_host(source: SourceFile) -> str | None:
    """The host of the page's site: its configured address's (or its ``CNAME``'s), else that
    of the crawler's host folder it lies in; None when neither is known."""
    if not source.site_address:
        return mirror_host(source.id, source.path)
    try:
        return urlsplit(source.site_address).hostname
    except ValueError:  # (a configured address that is none: ``https://[desa``)
        return None


def _mirror_address(source: SourceFile, text: str, problems: list[Problem], relative: str | None, printed: str | None = None) -> str | None:
    """The address of a page that names none, or names it ``relative`` to itself, inferred
    from the host folder of a crawler's mirror it lies in (see :mod:`.mirror_address`), with a
    problem saying so; of a print view saved under its query, ``printed`` the saved name of
    its page (see :func:`~.mirror_address.viewed_page`), that page's; None outside one."""
    file_id, path = (printed, viewed_page(source.path)) if printed else (source.id, source.path)
    inferred = mirror_address(file_id, path, text, relative or "")
    if inferred is None:
        return None
    problems.append(Problem("url", inferred.reason))
    return inferred.url


def _mirrored_from(text: str) -> str:
    """The address HTTrack mirrored the page from (see :data:`_MIRRORED_FROM`); empty when it
    is not HTTrack's copy."""
    found = _MIRRORED_FROM.search(text) if "HTTrack" in text else None
    if found is None:
        return ""
    address = found.group(1)
    return address if "://" in address else f"http://{address}"


def _joomla_base(soup, meta: dict[str, str]) -> str:
    """The page's own address as Joomla writes it in ``<base href>`` (the address it served
    the page at, without its query: a print view's is its article's), on a page whose
    ``generator`` meta tag names Joomla; empty otherwise (another site's ``<base>`` may name
    its root, not the page)."""
    if not meta.get("generator", "").startswith("Joomla"):
        return ""
    base = soup.find("base", href=True)
    address = base["href"].strip() if base else ""
    return address if _ABSOLUTE.match(address) else ""


def _saved_from(text: str) -> str:
    """The address a browser saved the page from, as its "mark of the web" names it at the
    top of the file (``<!-- saved from url=(0044)https://contoh.id/berita/ -->``, written by
    Chrome, Edge and Internet Explorer); empty when there is none, or it is no web address
    (``about:internet``, the mark a page written by hand may carry)."""
    found = _SAVED_FROM.search(text, 0, _SAVED_FROM_SPAN)
    return found.group(1) if found else ""


def _byline_date(soup, text: str) -> str | None:
    """The date written in the header of the page's ``<article>`` ("Sun 07 July 2019" in
    Pelican's alchemy theme, beside the category and author), in the byline of OpenSID's
    article ("Administrator | 12 Mei 2023 | Berita Desa"), or in the byline of a WordPress
    post without an article element (Twenty Ten's ``<div class="entry-meta">``: "Ditulis
    pada 5 Maret 2012 oleh …"): the article's byline, read as metadata, not as text."""
    article = soup.find("article")
    header = article.find("header") if article is not None else None
    if header is None:
        article = opensid_article(soup, text)
        header = opensid_byline(article) if article is not None else None
    if header is None and _POST_BYLINE in text:
        header = soup.find(class_=_POST_BYLINE)
    return date_in_text(header.get_text(" ", strip=True)) if header is not None else None


def _first(meta: dict[str, str], keys: tuple[str, ...]) -> str | None:
    """The first of ``keys`` that ``meta`` gives a value."""
    return next((meta[key] for key in keys if meta.get(key)), None)


def _tumblr_export_file(text: str, source: SourceFile) -> RawDocument | None:
    """A file of Tumblr's HTML export (see :mod:`.tumblr_html`): a post, read as feeds' HTML
    is, or the export's list of its posts or a private message (not documents); None for
    any other page."""
    from .tumblr_html import COPY, INDEX, INDEX_PATH, MAYBE_COPY, MAYBE_MESSAGES, MESSAGES, is_post_file, tumblr_html_post
    from .tumblr_layout import UNSEEN, beside_posts_xml, in_conversations, maybe_in_conversations, on_disk

    if INDEX_PATH.search(source.id):
        return RawDocument(text="", left_out=INDEX)
    # the export's parts beside the file: on disk, or among its archive's members
    path, present = (source.path, on_disk) if source.tumblr_layout is None else (source.id.split("!/")[-1], source.tumblr_layout.__contains__)
    if in_conversations(path, present):
        return RawDocument(text="", left_out=MESSAGES)
    if maybe_in_conversations(path, present):  # (private messages are not read on a guess)
        return RawDocument(text="", left_out=MAYBE_MESSAGES)
    if not is_post_file(source.id, text):
        return None
    if beside_posts_xml(path, present):
        return RawDocument(text="", left_out=COPY)
    from .feed_entries import html_body  # (ElementTree: only exports need it)

    post = tumblr_html_post(text, source.id, lambda markup, problems: html_body(markup, source.generator, problems))
    if present(UNSEEN):
        post.problems.append(Problem("text", MAYBE_COPY))
    return post


def _substack_post(text: str, source: SourceFile) -> RawDocument:
    """A post of a Substack export (see :mod:`.substack`), its HTML read as feeds' HTML is."""
    from .feed_entries import html_body  # (ElementTree: only exports need it)

    return substack_post(text, source.export_row or {}, lambda markup, problems: html_body(markup, source.generator, problems))


def _drop_repeated_title(entry: HEntry) -> None:
    """Leave out the title Medium writes again at the top of a post's body (its ``<h3
    class="graf--title">``, in older posts its first ``<h3>``) when it says what the post's
    title (``p-name``) says: the title is metadata, not the body's first line. A heading that
    says anything else is the author's text and stays."""
    title = " ".join(entry.name.split())
    for content in entry.content:
        heading = content.find(class_=_MEDIUM_TITLE) or content.find("h3")
        if heading is not None and title and " ".join(heading.get_text(" ", strip=True).split()) == title:
            heading.decompose()
            return


def _exported_from_medium(soup) -> bool:
    """True for a page of Medium's export: its footer says "Exported from Medium"."""
    footer = soup.find("footer")
    return footer is not None and "Exported from Medium" in " ".join(footer.get_text(" ", strip=True).split())


def _linked_data(soup) -> tuple[dict, list[Problem]]:
    """The page's own schema.org item from its JSON-LD (``<script type="application/ld+json">``,
    an item, a list or a Yoast-style ``@graph``): the first with a ``datePublished``, its
    ``author`` references (``{"@id": …}``) replaced by the items they name; and a problem
    for each block that is not valid JSON."""
    problems, items = [], []
    for script in soup.find_all("script", attrs={"type": _JSON_LD}):
        try:
            data = json.loads(script.string or "")
        except ValueError as error:
            problems.append(Problem("metadata", f"JSON-LD that is not valid JSON is ignored ({error})"))
            continue
        items.extend(_items(data))
    named = {item["@id"]: item for item in items if isinstance(item.get("@id"), str)}
    for item in items:
        if isinstance(item.get("datePublished"), str) and item["datePublished"].strip():
            authors = item.get("author") if isinstance(item.get("author"), list) else [item.get("author")]
            resolved = [named.get(author.get("@id"), author) if isinstance(author, dict) else author for author in authors]
            return {**item, "author": resolved}, problems
    return {}, problems


def _items(data) -> list[dict]:
    """Every JSON-LD item of ``data``: itself, the items of a list and of an ``@graph``."""
    if isinstance(data, list):
        return [item for value in data for item in _items(value)]
    if isinstance(data, dict):
        return [data, *_items(data.get("@graph"))]
    return []


def _names(author) -> list[str]:
    """The names of a JSON-LD ``author``: a name, a Person/Organization, or a list of them."""
    if isinstance(author, str):
        return [author.strip()] if author.strip() else []
    if isinstance(author, dict):
        return _names(author.get("name"))
    if isinstance(author, list):
        return [name for item in author for name in _names(item)]
    return []


def _is_redirect(soup, body_text: str) -> bool:
    """True for a page that only sends the browser to another address: a ``<meta
    http-equiv="refresh" content="0; url=…">`` and at most a line of text ("Click here if
    you are not redirected"), as Hugo's aliases and jekyll-redirect-from write them."""
    refresh = soup.find("meta", attrs={"http-equiv": _REFRESH})
    return refresh is not None and bool(_REFRESH_URL.search(refresh.get("content") or "")) and len(body_text.split()) < _REDIRECT_WORDS


def _page_title(title: str, soup, site_names: list[str]) -> str:
    """The ``title`` less the site's name around it ("Sejarah Desa – Pemerintah Desa
    Sukamaju"): the part that is also a heading of the page (not one of ``site_names``),
    else the parts that are not ``site_names``; the whole title when neither says which
    part is the page's."""
    parts = [part.strip() for part in _TITLE_SEPARATOR.split(title)]
    if len(parts) < 2:
        return title
    site = {name.casefold() for name in site_names}
    headings = {_plain(heading).casefold() for heading in soup.find_all(HEADINGS)} - site
    for part in parts:
        if part.casefold() in headings:
            return part
    if any(part.casefold() in site for part in parts):
        return _TITLE_SEPARATOR.search(title).group(0).join(part for part in parts if part.casefold() not in site)
    return title


def _names_the_site(heading, site_names: list[str]) -> bool:
    """True for an ``<h1>`` that holds the site's name, not the page's title, as many
    themes' headers do (Blogger's, WordPress' Twenty Eleven, Pelican's): its text is
    ``og:site_name``, or it is one link to the site's home page (``rel="home"``, or the
    site's root address: ``/``, ``./``, ``https://contoh.blogspot.com/``), or it is the
    text of such a link around it (the logo of sphinx-book-theme, on every page of a
    Jupyter Book: ``<a href="../index.html"><img alt="logo"><h1>Nama Buku</h1></a>``)."""
    text = _plain(heading)
    if text.casefold() in {name.casefold() for name in site_names}:
        return True
    links = heading.find_all("a", href=True)
    around = heading.find_parent("a", href=True)
    return (len(links) == 1 and _links_home(links[0], text)) or (around is not None and _links_home(around, text))


def _links_home(link, text: str) -> bool:
    """True for a link whose text is ``text`` to the site's home page."""
    return _plain(link) == text and ("home" in (link.get("rel") or []) or bool(_HOME_ADDRESS.match(link["href"].strip())))


def _plain(element) -> str:
    """The text of ``element`` on one line, its spaces collapsed."""
    return " ".join(element.get_text(" ", strip=True).split())


def _is_template(text: str) -> bool:
    """True when the HTML ``text`` holds template tags outside code (:data:`_TEMPLATE_TAGS`
    of them): a layout or partial of a theme, whose tags its generator fills in, not a page."""
    tags = _TEMPLATE_TAG.finditer(_CODE_ELEMENTS.sub("", text))
    return next(itertools.islice(tags, _TEMPLATE_TAGS - 1, None), None) is not None


def _content_page(text: str, source: SourceFile) -> RawDocument:
    """A generator's HTML content file: front matter, then the page's own HTML (whole: the
    theme around it comes from the generator's layouts, not from this file); a Jekyll
    page's includes read into it first (:mod:`..sites.jekyll.include`)."""
    parsed = front_matter.split(text)
    reads_other_files = False
    if source.generator == "jekyll" and source.include_root is not None:
        parsed.body, problems, reads_other_files = expand_jekyll_includes(parsed.body, source.include_root, len(text.encode()))
        parsed.problems.extend(problems)
    document = content_page(text, parsed, syntax_of(source.syntax or source.generator), source.page_variables(parsed.data, parsed.body))
    document.reads_other_files = reads_other_files
    return document


def content_page(text: str, parsed: front_matter.FrontMatter, syntax: Syntax, variables: Mapping[str, Any]) -> RawDocument:
    """The document of a content file ``text`` whose body (split from its front matter as
    ``parsed``) is HTML once the generator's ``syntax`` is applied with ``variables``."""
    markup = syntax.prepare_markdown(parsed.body, variables)
    whole_page = looks_like_html(markup)
    # Other articles' titles in this one's text go. In a body that is not a whole page, a new
    # line is a line, as its text keeps it: jekyll-import writes WordPress and Blogger posts
    # as they were stored, their paragraphs lines of text.
    markup = read_also_removed(markup, page=whole_page)
    soup = parse_html(markup)
    heading = soup.find("h1")
    problems = parsed.problems + (syntax.body_problems(parsed.body, variables) if syntax.body_problems else [])
    if whole_page:
        body = page_text(soup, markup, problems)
    else:
        body = checked_html_text(syntax.prepare_html(markup), problems, text_attributes=syntax.text_attributes)
    return RawDocument(
        text=body,
        fields=parsed.data,
        problems=problems,
        heading=heading.get_text(" ", strip=True) if heading else None,
        field_of_line=line_fields(text, parsed.body_line),
        opens_with_front_matter=True,
    )


def _rdfa_date(soup, markup: str) -> str | None:
    """The first date a Dublin Core RDFa property gives (:data:`_RDFA_DATES`) outside a
    comment, whose byline is written the same way; None when there is none."""
    if "dc:" not in markup and "dcterms:" not in markup:  # (no such property without its prefix)
        return None
    for element in soup.find_all(attrs={"property": True, "content": True}):
        if set(element["property"].split()) & _RDFA_DATES and element.find_parent(class_=_COMMENT) is None:
            return element["content"].strip() or None
    return None


def _meta(soup) -> dict[str, str]:
    values: dict[str, str] = {}
    for tag in soup.find_all("meta"):
        key = (tag.get("property") or tag.get("name") or tag.get("itemprop") or "").strip().lower()
        if key and key not in values:
            values[key] = " ".join((tag.get("content") or "").split())
    return values


def _all_meta(soup, key: str) -> list[str]:
    """Every ``content`` of ``<meta property=KEY>`` (or ``name=KEY``): tags repeat the element."""
    values = []
    for tag in soup.find_all("meta"):
        if (tag.get("property") or tag.get("name") or "").strip().lower() == key:
            content = " ".join((tag.get("content") or "").split())
            if content:
                values.append(content)
    return values


def _terms(value) -> list[str]:
    """A JSON-LD ``articleSection`` or ``keywords``: a list of terms, or one text of terms
    separated by commas (schema.org allows both; Yoast writes lists)."""
    if isinstance(value, list):
        return [term for item in value for term in _terms(item)]
    return _keywords(value) if isinstance(value, str) else []


def _keywords(value: str) -> list[str]:
    """``<meta name="keywords">``: comma- or semicolon-separated."""
    return [part for part in re.split(r"[,;]", value) if part.strip()]
