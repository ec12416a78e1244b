"""WordPress export (WXR): each published post or page is one document."""

from __future__ import annotations

import io
import re
import xml.etree.ElementTree as ET
from typing import Iterator

from ..document import Problem
from ..html_text import html_to_text
from ..fidelity import checked_text
from ..site_syntax import syntax_of
from . import RawDocument, Reader, SourceFile

_NS = {
    "wp": "http://wordpress.org/export/",
    "content": "http://purl.org/rss/1.0/modules/content/",
    "excerpt": "http://wordpress.org/export/1.2/excerpt/",
    "dc": "http://purl.org/dc/elements/1.1/",
}
_PUBLISHED_TYPES = ("post", "page")
_NO_DATE = "0000-00-00 00:00:00"


def is_wxr(head: str) -> bool:
    """True when the start of a file looks like a WordPress export."""
    return head.lstrip().startswith(("<?xml", "<rss")) and "<rss" in head and "wordpress.org/export" in head


def read(text: str, source: SourceFile) -> Iterator[RawDocument]:
    """Yield one document per published post or page of a WordPress export."""
    namespaces = dict(_NS)
    item_lines = _item_lines(text)
    try:
        for event, element in ET.iterparse(io.StringIO(text), events=("start-ns", "end")):
            if event == "start-ns":
                prefix, uri = element
                if prefix == "wp" or prefix == "excerpt":
                    namespaces[prefix] = uri  # WXR 1.0, 1.1 and 1.2 differ in these URIs
                continue
            if element.tag != "item":
                continue
            document = _item(element, namespaces, source.generator)
            element.clear()
            lines = next(item_lines, None)
            if document is not None:
                document.lines = lines
                yield document
    except ET.ParseError as error:
        yield RawDocument(text="", problems=[Problem("source", f"invalid XML: {error}")], item_id="invalid")


# <item> tags outside CDATA sections and comments, which may hold any text.
_ITEM_TAGS = re.compile(r"<!\[CDATA\[.*?\]\]>|<!--.*?-->|<(/?)item\b[^>]*>", re.S)


def _item_lines(text: str) -> Iterator[tuple[int, int]]:
    """The first and last line of each ``<item>`` element, in document order."""
    line, position, start = 1, 0, None
    for match in _ITEM_TAGS.finditer(text):
        if match.group(1) is None:
            continue
        line += text.count("\n", position, match.start())
        position = match.start()
        if match.group(1) == "":
            start = line
        elif start is not None:
            yield start, line + text.count("\n", match.start(), match.end())
            start = None


def _item(item: ET.Element, ns: dict[str, str], generator: str) -> RawDocument | None:
    def value(path: str) -> str:
        return (item.findtext(path, default="", namespaces=ns) or "").strip()

    if value("wp:status") != "publish" or value("wp:post_type") not in _PUBLISHED_TYPES:
        return None
    categories = [c.text or "" for c in item.findall("category") if c.get("domain") == "category"]
    tags = [c.text or "" for c in item.findall("category") if c.get("domain") == "post_tag"]
    date = value("wp:post_date")
    content, problems = value("content:encoded"), []
    fields = {
        "post_id": value("wp:post_id"),
        "post_name": value("wp:post_name"),
        "post_type": value("wp:post_type"),
        "link": value("link"),
        "excerpt": html_to_text(value("excerpt:encoded")),
    }
    return RawDocument(
        text=checked_text(content, syntax_of(generator).html_text(content), problems),
        fields={key: val for key, val in fields.items() if val},
        item_id=value("wp:post_id") or value("wp:post_name") or value("guid"),
        title=value("title"),
        date=None if date in ("", _NO_DATE) else date,
        categories=categories,
        tags=tags,
        author=value("dc:creator") or None,
        problems=problems,
    )


READER = Reader("wxr", read, extensions=frozenset((".xml",)), sniff=is_wxr, extension_says="sniff", generator="wordpress")
