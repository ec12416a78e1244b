"""Atom 1.0 and RSS (2.0, 0.9x, 1.0) feeds saved from any site: each entry or item is one
document. WordPress exports (:mod:`.wxr`) and Blogger backups (:mod:`.blogger`) are
feeds too, with readers of their own that come first.

Feeds carry rendered HTML, so no site generator's source syntax applies: their records
say ``generator: html``. A feed's ``<category>`` cannot tell a category from a tag, so
every one is a category.
"""

from __future__ import annotations

import html
import re
import xml.etree.ElementTree as ET
from collections import Counter
from typing import Iterator

from ..document import Problem
from . import RawDocument, SourceFile
from .feed_entries import (
    ATOM, DC, RSS1, atom_authors, atom_body, atom_link, atom_title, feed_date, item_id, rss_body, text_of,
)
from .xml_items import feed_head, xml_items

_ITEMS = frozenset(("item", "entry"))
#: ``budi@contoh.id (Budi Santoso)``: RSS 2.0's ``<author>`` is an e-mail address, often with the name.
_EMAIL_NAME = re.compile(r"^\S+@\S+\s*\((.+)\)$")
#: The id WordPress gives a comment in its comments feeds (``comment_guid``: the post's guid
#: and ``#comment-ID``), the site's (``/comments/feed/``) and each post's (``/judul/feed/``).
_COMMENT_GUID = re.compile(r"#comment-\d+$")
#: Why such an item is not a document: a visitor's writing, not the site's (as in a WordPress export).
WORDPRESS_COMMENT = "not a document: WordPress comment"


def read(text: str, source: SourceFile) -> Iterator[RawDocument]:
    """Yield one document per entry (Atom) or item (RSS) of a feed, but a WordPress
    comment (:data:`WORDPRESS_COMMENT`). An id the feed gives to several items gets ``~2``,
    ``~3`` … on the later ones, and a problem saying so."""
    seen: Counter[str] = Counter()
    feed_title, feed_authors = _feed_itself(feed_head(text, _ITEMS))
    for number, item in enumerate(xml_items(text, _ITEMS), start=1):
        element = item.element
        if element is None:
            yield RawDocument(text="", unreadable=item.damage)
            continue
        if element.tag == ATOM + "entry":
            document = atom_entry(element, source.generator, feed_authors=feed_authors)
        elif element.tag in ("item", RSS1 + "item"):
            document = _rss_item(element, source.generator)
        else:
            continue  # an element of another vocabulary that happens to be named so
        if _COMMENT_GUID.search(document.fields.get("guid") or document.fields.get("id") or ""):
            yield RawDocument(text="", left_out=WORDPRESS_COMMENT)
            continue
        if feed_title:
            document.fields["feed"] = feed_title
        identifier = document.item_id or f"item-{number}"
        seen[identifier] += 1
        if seen[identifier] > 1:
            document.problems.append(Problem("id", f"the feed gives the id {identifier!r} to {seen[identifier]} items; this one is ~{seen[identifier]}"))
            identifier = f"{identifier}~{seen[identifier]}"
        document.item_id = identifier
        document.span = item.span
        document.problems.extend(item.problems)
        yield document


def _feed_itself(head: ET.Element | None) -> tuple[str, list[str]]:
    """The feed's own title and (Atom) authors, which entries without an author inherit."""
    if head is None:
        return "", []
    if head.tag == ATOM + "feed":
        return atom_title(head), atom_authors(head)
    channel = head.find("channel")
    if channel is None:
        channel = head.find(RSS1 + "channel")
    if channel is None:
        return "", []
    return text_of(channel.find("title")) or text_of(channel.find(RSS1 + "title")), []


def atom_entry(entry: ET.Element, generator: str, not_categories: str | None = None, feed_authors: list[str] | None = None) -> RawDocument:
    """What an Atom entry says; categories in the scheme ``not_categories`` say something
    else; an entry without an author has the feed's (``feed_authors``)."""
    problems: list[Problem] = []
    text = atom_body(entry, generator, problems)
    identifier, link = text_of(entry.find(ATOM + "id")), atom_link(entry)
    published, updated = text_of(entry.find(ATOM + "published")), text_of(entry.find(ATOM + "updated"))
    categories = [
        category.get("label") or category.get("term") or ""
        for category in entry.findall(ATOM + "category")
        if not_categories is None or category.get("scheme") != not_categories
    ]
    fields = {"id": identifier, "link": link, "updated": updated}
    return RawDocument(
        text=text,
        fields={key: value for key, value in fields.items() if value},
        item_id=item_id(identifier, link),
        title=atom_title(entry) or None,
        first_line=text,
        date=published or updated or None,
        date_source="feed",
        url=link or None,
        categories=[category for category in categories if category.strip()],
        author=atom_authors(entry) or feed_authors or None,
        problems=problems,
    )


def _rss_item(item: ET.Element, generator: str) -> RawDocument:
    def value(name: str) -> str:
        return text_of(item.find(name)) or text_of(item.find(RSS1 + name))

    problems: list[Problem] = []
    text = rss_body(item, generator, problems)
    guid, link = value("guid"), value("link")
    author = value("author")
    author = (_EMAIL_NAME.match(author).group(1) if _EMAIL_NAME.match(author) else author) or text_of(item.find(DC + "creator"))
    # (WordPress's feeds give a category's name as it is stored: HTML, "Opini &amp; Kolom")
    categories = [html.unescape(text_of(category)) for category in item.findall("category") + item.findall(DC + "subject")]
    fields = {"guid": guid, "link": link, "comments": value("comments")}
    return RawDocument(
        text=text,
        fields={key: val for key, val in fields.items() if val},
        item_id=item_id(guid, link),
        title=value("title") or None,
        first_line=text,
        date=feed_date(value("pubDate") or text_of(item.find(DC + "date"))) or None,
        date_source="feed",
        url=link or None,
        categories=[category for category in categories if category],
        author=author or None,
        problems=problems,
    )
