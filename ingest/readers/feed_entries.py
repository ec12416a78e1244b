"""What an Atom entry or an RSS item says, read the same way for generic feeds
(:mod:`.feed`) and Blogger backups (:mod:`.blogger`): title, link, dates, author,
categories and the body, whose HTML goes through the generator's conversion and the
fidelity check. A body that is only the feed's summary of the post is recorded as a
problem; the "The post … appeared first on …" line SEO plugins add to each post goes.
"""

from __future__ import annotations

import email.utils
import html
import re
import xml.etree.ElementTree as ET
from urllib.parse import urlsplit

from ..document import Problem
from ..fidelity import checked_html_text, word_count
from ..markup.html import html_to_text, parse_html
from ..sites.syntax import syntax_of
from .xml_items import local_name

ATOM = "{http://www.w3.org/2005/Atom}"
CONTENT = "{http://purl.org/rss/1.0/modules/content/}"
DC = "{http://purl.org/dc/elements/1.1/}"
#: RSS 1.0 (RDF) puts its items and their elements in this namespace; RSS 2.0 in none.
RSS1 = "{http://purl.org/rss/1.0/}"

SUMMARY_ONLY = "the feed gives only a summary of this entry, not its full text; the summary is the text"
#: An RSS description used as the text is taken for a summary when it has fewer words than this,
#: or ends cut (an ellipsis, "[…]", a "read more" link).
SUMMARY_WORDS = 50
_CUT_END = re.compile(
    r"(?:…|\.\.\.|\[(?:…|\.\.\.)\]|\b(?:read more|continue reading|baca selengkapnya|selengkapnya|lanjut membaca|baca lebih lanjut)\W*)\s*$",
    re.I,
)


#: Why a post of an export has no text: nothing written, or only what shows none (an embed, images).
EMPTY_POST = "the post has no content: only its title and metadata are indexed"
NO_TEXT_POST = "the post's content shows no text (only embeds, images or markup): only its title and metadata are indexed"


#: The last paragraph WordPress SEO plugins (Yoast) add to every post of a feed: "The post
#: <a>Title</a> appeared first on <a>Site</a>." (and its Indonesian translations).
_FEED_FOOTER = re.compile(
    r"<p>\s*(?:The post|Pos|Tulisan|Artikel)\s+<a\b[^<>]*>[^<]*</a>\s+"
    r"(?:appeared first on|muncul pertama kali di|pertama kali muncul di|tampil pertama kali di)\s+<a\b[^<>]*>[^<]*</a>\.?\s*</p>\s*\Z",
    re.I,
)


#: Classes of what Jetpack (WordPress.com and Jetpack sites) adds to each post of a feed:
#: the share row ("Bagikan ini: Twitter Facebook"), the likes ("Menyukai ini: Suka") and related posts.
_JETPACK = re.compile(r"^(?:sharedaddy|jp-relatedposts|jp-post-flair)$")


def html_body(markup: str, generator: str, problems: list[Problem]) -> str:
    """Plain text of an item's HTML body as the generator's syntax leaves it (a "Baca juga"
    insert goes on purpose: see :func:`~..sites.syntax.read_also_removed`), checked for
    words the conversion lost (:func:`~..fidelity.checked_html`, which may add a problem).
    What feeds add to every post (the "appeared first on" line, Jetpack's share row, likes
    and related posts) goes first."""
    syntax = syntax_of(generator)
    if "sharedaddy" in markup or "jp-relatedposts" in markup:
        soup = parse_html(markup)
        for element in soup.find_all(class_=_JETPACK):
            element.decompose()
        markup = str(soup)
    if "</a>" in markup:
        markup = _FEED_FOOTER.sub("", markup)
    return checked_html_text(syntax.prepare_html(markup), problems, text_attributes=syntax.text_attributes)


def textless_post(markup: str, text: str, shows_media: bool = False) -> Problem | None:
    """The problem of a post of an export whose ``text`` is empty: its content (``markup``)
    is empty (:data:`EMPTY_POST`) or shows no text (:data:`NO_TEXT_POST`; also when the post
    shows media beside its content, ``shows_media``: a photo post's photos); None when it has text."""
    if text.strip():
        return None
    return Problem("text", NO_TEXT_POST if markup.strip() or shows_media else EMPTY_POST)


def text_of(element: ET.Element | None) -> str:
    """The stripped text of ``element`` ("" when it is missing or empty)."""
    return (element.text or "").strip() if element is not None else ""


def child_named(element: ET.Element, name: str, namespace: str = "") -> ET.Element | None:
    """The first child of ``element`` with local name ``name`` whose namespace URI starts
    with ``namespace`` (extension namespaces differ between versions: Atom Publishing
    Protocol's ``app:``, Blogger's 2008 and 2018 ones)."""
    for child in element:
        if local_name(child.tag) == name and child.tag[1:].startswith(namespace):
            return child
    return None


def atom_markup(construct: ET.Element | None) -> str:
    """An Atom text construct (title, summary, content) as HTML: ``type="html"`` is
    escaped HTML, ``xhtml`` a ``<div>`` of elements, ``text`` (the default) plain text."""
    if construct is None:
        return ""
    kind = (construct.get("type") or "text").lower()
    if kind in ("xhtml", "application/xhtml+xml"):
        for element in construct.iter():
            element.tag = local_name(element.tag)  # html.parser knows <p>, not <{ns}p>
        return (construct.text or "") + "".join(ET.tostring(child, encoding="unicode") for child in construct)
    if kind in ("html", "text/html"):
        return construct.text or ""
    return html.escape(construct.text or "").replace("\n", "<br>")


def atom_title(entry: ET.Element) -> str:
    """The plain text of an entry's ``<title>`` (which may be HTML)."""
    title = entry.find(ATOM + "title")
    return html_to_text(atom_markup(title)) if title is not None and title.get("type") in ("html", "xhtml") else text_of(title)


def atom_link(entry: ET.Element) -> str:
    """The entry's ``<link rel="alternate">`` (or its link without a ``rel``): its URL."""
    for link in entry.findall(ATOM + "link"):
        if link.get("rel", "alternate") == "alternate" and link.get("href"):
            return link.get("href").strip()
    return ""


def atom_authors(entry: ET.Element) -> list[str]:
    """The names of the entry's ``<author>`` elements."""
    return [name for name in (text_of(author.find(ATOM + "name")) for author in entry.findall(ATOM + "author")) if name]


def atom_body(entry: ET.Element, generator: str, problems: list[Problem]) -> str:
    """The entry's text: its ``<content>``, else its ``<summary>`` (recorded as a problem)."""
    content = entry.find(ATOM + "content")
    if content is not None and not content.get("src"):
        return html_body(atom_markup(content), generator, problems)
    summary = atom_markup(entry.find(ATOM + "summary"))
    if summary.strip():
        problems.append(Problem("text", SUMMARY_ONLY))
        return html_body(summary, generator, problems)
    return ""


def rss_body(item: ET.Element, generator: str, problems: list[Problem]) -> str:
    """The item's text: ``content:encoded``, else its ``description``, recorded as a
    summary when it is short or ends cut (:data:`SUMMARY_WORDS`, ``…``, "read more")."""
    full = text_of(item.find(CONTENT + "encoded"))
    if full:
        return html_body(full, generator, problems)
    description = text_of(item.find("description")) or text_of(item.find(RSS1 + "description"))
    text = html_body(description, generator, problems) if description else ""
    if text and (word_count(text) < SUMMARY_WORDS or _CUT_END.search(text)):
        problems.append(Problem("text", SUMMARY_ONLY))
    return text


def feed_date(value: str) -> str:
    """An RSS date (RFC 822: ``Mon, 06 Sep 2021 10:00:00 +0700``) as ISO 8601 with its
    offset; any other value as it is, for the date parser."""
    value = value.strip()
    if not value or value[:4].isdigit():
        return value
    try:
        return email.utils.parsedate_to_datetime(value).isoformat()
    except (TypeError, ValueError, IndexError):
        return value


def item_id(identifier: str, link: str) -> str | None:
    """A readable, stable id for an item: the path of its URL-shaped id or link
    (``/2021/03/banjir.html``), else the id as the feed gives it."""
    for value in (identifier, link):
        if value.startswith(("http://", "https://")):
            parts = urlsplit(value)
            path = parts.path + (f"?{parts.query}" if parts.query else "")
            if path.strip("/"):
                return path
    return identifier or link or None
