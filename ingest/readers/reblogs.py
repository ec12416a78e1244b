"""Reblogs: a post that shows another blog's post (Tumblr's reblogs, WordPress.com's
"Reblogged from …") is someone else's writing, with at most a few words of the reblogger's
own. Such a post stays a document of the blog (it published it), marked so that a reader
can tell and leave it out: ``fields.reblogged_from`` (and ``reblogged_from_url``; Tumblr's
``reblogged_root`` and ``reblogged_root_url`` name the blog that first posted it) and an
``author`` problem saying whose writing it is.

How each platform marks a reblog in the post's HTML:

- Tumblr (its API v1 bodies, which its exports hold): the quoted post is introduced by a
  link classed ``tumblr_blog`` to that post, naming its blog (``<p><a class="tumblr_blog"
  href="https://kabarsawah.tumblr.com/post/690000001">kabarsawah</a>:</p><blockquote>…``);
- WordPress.com: the quoted excerpt is a ``<div class="reblog-post">`` whose ``reblog-from``
  line links to the post ("Reblogged from Kabar Sawah:"), newer ones inside a
  ``wpcom-reblog-snapshot``; the reblogger's own words are in ``reblogger-note``. The link
  under the excerpt ("Read more… 901 more words") is no one's writing: it goes. The
  ``reblog-from`` line stays, as the page shows it, but an untitled reblog is not titled by
  it: its title is the first line after it (the quoted post's title is not in the markup).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from bs4 import BeautifulSoup

from ..document import Problem
from ..markup.html import parse_html

#: The link with which Tumblr introduces the post a reblog quotes.
_TUMBLR_BLOG = "tumblr_blog"
#: WordPress.com's line naming the post a reblog quotes, and the words it starts with.
_WORDPRESS_FROM = "reblog-from"
_REBLOGGED_FROM = re.compile(r"^\s*(?:Reblogged from|Direblog dari)\s+", re.I)
#: The link under WordPress.com's excerpt of a reblogged post ("Read more… 901 more words").
_READ_MORE = "read-more"


@dataclass(frozen=True)
class Reblog:
    """Whose post a reblog shows: the blog it was reblogged from (and that post's address),
    the blog that first posted it when the source says (Tumblr's root), and the line of the
    post's text that names the source (WordPress.com's "Reblogged from Kabar Sawah:")."""

    name: str
    url: str = ""
    root_name: str = ""
    root_url: str = ""
    source_line: str = ""

    def fields(self) -> dict[str, str]:
        """The document's ``fields`` that say so (those the source gives)."""
        values = {"reblogged_from": self.name, "reblogged_from_url": self.url, "reblogged_root": self.root_name, "reblogged_root_url": self.root_url}
        return {key: value for key, value in values.items() if value}

    def problem(self) -> Problem:
        """The problem saying whose writing the text is."""
        first = self.root_name if self.root_name and self.root_name != self.name else ""
        origin = f"{first}'s post, reblogged from {self.name}" if first else f"{self.name}'s post"
        return Problem("author", f"a reblog: its text is {origin}, someone else's writing, not the blog's own (fields.reblogged_from)")

    def after_source_line(self, text: str) -> str:
        """The reblog's ``text`` less its lines that only name the source (the first line
        of what is left titles an untitled reblog)."""
        if not self.source_line:
            return text
        return "\n".join(line for line in text.split("\n") if line.strip() != self.source_line)


def tumblr_reblog(soup: BeautifulSoup) -> Reblog | None:
    """The reblog a Tumblr post's HTML (``soup``) shows, by its ``tumblr_blog`` links (the
    first names the blog it was reblogged from, the last, in a chain of reblogs, the blog
    that first posted it); None for a post of its own. A line that is only such a link
    ("kabarsawah:") names whose post follows, which the reblog's fields say: each is removed
    from ``soup``, not text."""
    links = soup.find_all("a", class_=_TUMBLR_BLOG)
    if not links:
        return None
    names = [link.get_text(" ", strip=True) for link in links]
    reblog = Reblog(names[0], (links[0].get("href") or "").strip())
    if len(links) > 1 and names[-1] != names[0]:
        reblog = Reblog(reblog.name, reblog.url, names[-1], (links[-1].get("href") or "").strip())
    for link, name in zip(links, names):
        line = link.parent
        if line is not None and line.name == "p" and line.get_text("", strip=True).rstrip(":").strip() == name:
            line.decompose()
    return reblog


def wordpress_reblog(markup: str) -> Reblog | None:
    """The reblog a WordPress.com post's content shows (its ``reblog-from`` line); None for a
    post of its own."""
    if _WORDPRESS_FROM not in markup:  # (WordPress.com writes the class so: no reblog without it)
        return None
    line = parse_html(markup).find(class_=_WORDPRESS_FROM)
    link = line.find("a") if line is not None else None
    if link is None:
        return None
    name = _REBLOGGED_FROM.sub("", link.get_text(" ", strip=True)).rstrip(": ").strip()
    return Reblog(name, (link.get("href") or "").strip(), source_line=line.get_text(" ", strip=True)) if name else None


def without_read_more(markup: str) -> str:
    """``markup`` of a WordPress.com reblog without the link under its excerpt of the
    reblogged post (``<p class="read-more">``: "Read more… 901 more words")."""
    if _READ_MORE not in markup:
        return markup
    soup = parse_html(markup)
    for excerpt in soup.find_all(class_="reblog-post"):
        for link in excerpt.find_all(class_=_READ_MORE):
            link.decompose()
    return str(soup)
