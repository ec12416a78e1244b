"""A post of Tumblr's HTML export: ``posts/html/<post id>.html`` in the archive Tumblr sends
(its posts' submissions in ``posts/html/submissions/``, their images in ``media/``, the
list of the posts in ``posts/posts_index.html``, the blog's private messages in
``conversations/``, which are no documents of the blog). Where the export holds ``posts/posts.xml``
too, the same posts are read from it (see :mod:`.tumblr`), which says more of each (its
title, address and time zone): the HTML copies beside it are not read (the export's layout,
on disk or in its archive: :mod:`.tumblr_layout`).

Each file is one post: its body as Tumblr rendered it, then a footer (``<div
id="footer">``) with the post's time (``<span id="timestamp">January 20th, 2022
9:40pm</span>``, without a time zone) and its tags (``<span class="tag">``). A reblog holds
the footer of the post it quotes before its own: the last footer is the post's. The file
gives no title and no address: a post is titled by its first heading, else its first line.
A submission (a post sent to the blog by someone else) is not published: a draft.
"""

from __future__ import annotations

import re
from typing import Callable

from ..document import Problem
from ..markup.html import parse_html
from . import RawDocument
from .feed_entries import textless_post
from .reblogs import tumblr_reblog

#: The path of a post's file in the export, and of its list of posts.
POST_PATH = re.compile(r"(?:^|/)posts/html/(submissions/)?([^/]+)\.html?$", re.I)
INDEX_PATH = re.compile(r"(?:^|/)posts/posts_index\.html?$", re.I)
#: What every post's file holds: its footer and the time in it (the id quoted either way, or not).
_FOOTER = re.compile(r"""\bid\s*=\s*["']?footer\b""", re.I)
_TIMESTAMP_ID = re.compile(r"""\bid\s*=\s*["']?timestamp\b""", re.I)
INDEX = "not a document: the Tumblr export's list of its posts (posts/posts_index.html)"
#: Why a file in the export's folder of the blog's private messages (beside ``posts/``) is not read.
MESSAGES = "not a document: the blog's private messages in a Tumblr export (conversations/)"
#: Why a file in a ``conversations/`` folder of an archive is not read when the look into the
#: archive stopped before it could see whether a Tumblr export's posts lie beside it.
MAYBE_MESSAGES = (
    "not a document: may be the blog's private messages in a Tumblr export (conversations/):"
    " the look into the archive stopped before it could see whether the export's posts/ lies beside it"
)
#: The problem of a post's file read from an archive whose look stopped before it could see
#: whether the export's ``posts.xml`` lies beside it.
MAYBE_COPY = (
    "the look into the archive stopped before it could see whether the Tumblr export's posts/posts.xml lies beside this post's file:"
    " if it does, this post is read from both"
)
#: Why a post's file beside the export's ``posts.xml`` is not read: the same post is read there.
COPY = "not a document: the Tumblr export's HTML copy of a post (posts/posts.xml beside it holds the post, which is read)"
#: The time a footer gives: "January 20th, 2022 9:40pm" (the time may be missing).
_TIMESTAMP = re.compile(r"^([A-Za-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:\s+(\d{1,2}):(\d{2})\s*([ap]m)?)?$", re.I)
_MONTHS = {name: number for number, name in enumerate(
    ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november", "december"), 1
)}


def is_post_file(path: str, markup: str) -> bool:
    """True for a post's file of Tumblr's HTML export: its path (``posts/html/…``) and its footer."""
    if POST_PATH.search(path) is None or "timestamp" not in markup:  # (the regexes need the word)
        return False
    return _FOOTER.search(markup) is not None and _TIMESTAMP_ID.search(markup) is not None


def tumblr_html_post(markup: str, path: str, body_text: Callable[[str, list[Problem]], str]) -> RawDocument:
    """The document of the post whose file at ``path`` holds ``markup``; ``body_text(markup,
    problems)`` reads HTML to text."""
    found = POST_PATH.search(path)
    submission, post_id = (bool(found.group(1)), found.group(2)) if found else (False, "")
    soup = parse_html(markup)
    footers = soup.find_all(id="footer")
    own = footers[-1] if footers else None
    timestamp = own.find(id="timestamp") if own is not None else None
    date = _date(timestamp.get_text(" ", strip=True)) if timestamp is not None else None
    tags = [tag.get_text(" ", strip=True).lstrip("#") for tag in own.find_all(class_="tag")] if own is not None else []
    for footer in footers:
        footer.decompose()
    reblog = tumblr_reblog(soup)
    heading = soup.find(("h1", "h2"))
    problems: list[Problem] = [reblog.problem()] if reblog else []
    body = soup.body or soup
    content = body.decode_contents()
    text = body_text(content, problems)
    if (textless := textless_post(content, text, shows_media=body.find("img") is not None)) is not None:
        problems.append(textless)
    fields = {"post_id": post_id, "state": "submission" if submission else ""} | (reblog.fields() if reblog else {})
    return RawDocument(
        text=text,
        fields={key: value for key, value in fields.items() if value},
        heading=heading.get_text(" ", strip=True) if heading else None,
        first_line=text,
        date=date,
        date_source="feed",
        draft=submission,
        tags=[tag for tag in tags if tag],
        problems=problems,
    )


def _date(timestamp: str) -> str | None:
    """A footer's time ("January 20th, 2022 9:40pm") as ISO 8601 without a UTC offset (the
    export gives none); any other value as written, for the date parser."""
    found = _TIMESTAMP.match(" ".join(timestamp.split()))
    month = _MONTHS.get(found.group(1).lower()) if found else None
    if found is None or month is None:
        return timestamp or None
    day = f"{found.group(3)}-{month:02d}-{int(found.group(2)):02d}"
    if found.group(4) is None:
        return day
    hour, meridiem = int(found.group(4)), (found.group(6) or "").lower()
    if meridiem:  # (12:05am is 00:05, 12:05pm 12:05)
        hour = hour % 12 + (12 if meridiem == "pm" else 0)
    return f"{day}T{hour:02d}:{found.group(5)}:00"
