"""The XML formats (WordPress exports, Blogger backups, Tumblr exports, RSS and Atom feeds): how their files
are recognised, declared apart from their readers.

The readers (:mod:`.wxr`, :mod:`.blogger`, :mod:`.tumblr`, :mod:`.feed`) load ElementTree, email.utils and
the feed helpers; each is imported when the first file of its format is read, so a run
over a folder of Markdown never loads them. Recognising a file needs only the start of its
text and the plain checks below.
"""

from __future__ import annotations

import re

from . import Reader, read_with

#: The prolog before the root element: XML declaration, processing instructions, comments, a DOCTYPE.
_PROLOG = re.compile(r"\s*(?:(?:<\?.*?\?>|<!--.*?-->|<!DOCTYPE\b[^\[>]*(?:\[.*?\]\s*)?>)\s*)*<([A-Za-z_][\w.:-]*)", re.S)
#: The namespace of Blogger's own elements (``<blogger:status>``) and of its classic backups' kinds.
BLOGGER_NAMESPACE = "http://schemas.google.com/blogger/"


def root_tag(head: str) -> str | None:
    """The name of the root element of the XML whose text starts with ``head``
    (``rss``, ``feed``, ``rdf:RDF``), or None when ``head`` does not start like XML."""
    match = _PROLOG.match(head)
    return match.group(1) if match else None


#: Why a sitemap (``sitemap.xml``: the addresses of a site's pages, for search engines) is skipped.
SITEMAP = "not a document: a sitemap (the addresses of the site's pages, for search engines)"


def is_sitemap(head: str) -> bool:
    """True when the start of a file is a sitemap: its root element is the ``urlset`` or
    ``sitemapindex`` of sitemaps.org (Hugo, Jekyll's jekyll-sitemap, MkDocs, Docusaurus,
    Hexo and WordPress write one)."""
    return root_tag(head) in ("urlset", "sitemapindex")


def is_wxr(head: str) -> bool:
    """True when the start of a file looks like a WordPress export."""
    return head.lstrip().startswith(("<?xml", "<rss")) and "<rss" in head and "wordpress.org/export" in head


def is_blogger(head: str) -> bool:
    """True when the start of a file is a Blogger backup (either form)."""
    return root_tag(head) == "feed" and ("tag:blogger.com,1999:blog-" in head or BLOGGER_NAMESPACE in head)


def is_tumblr(head: str) -> bool:
    """True when the start of a file is Tumblr's export (``<tumblr version="1.0">``)."""
    return root_tag(head) == "tumblr"


def is_feed(head: str) -> bool:
    """True when the start of a file is an Atom or RSS feed."""
    root = root_tag(head)
    if root in ("feed", "atom:feed"):
        return "http://www.w3.org/2005/Atom" in head
    return root == "rss" or (root == "rdf:RDF" and "purl.org/rss/1.0" in head)


WXR = Reader("wxr", read_with("wxr"), extensions=frozenset((".xml",)), sniff=is_wxr, extension_says="sniff", declares_charset="xml", generator="wordpress")
BLOGGER = Reader(
    "blogger", read_with("blogger"), extensions=frozenset((".xml", ".atom")), sniff=is_blogger, extension_says="sniff", declares_charset="xml", generator="blogger"
)
TUMBLR = Reader("tumblr", read_with("tumblr"), extensions=frozenset((".xml",)), sniff=is_tumblr, extension_says="sniff", declares_charset="xml", generator="html")
FEED = Reader(
    "feed", read_with("feed"), extensions=frozenset((".xml", ".atom", ".rss")), sniff=is_feed, extension_says="sniff", declares_charset="xml", generator="html"
)
