"""Tumblr's own export (``posts.xml`` in the archive Tumblr sends, in the format of its
API v1 ``/api/read``, which backup tools save too): each ``<post>`` is one document.

A post's text is what it shows, by its type: a text post's body, a photo's or video's
caption, a quote and its source, a link's description, a chat's lines, a question and its
answer. Private posts and posts in the drafts, queue or submissions are drafts (kept only
with ``--include-drafts``). Its ``<tag>`` elements are tags.
"""

from __future__ import annotations

import html
import xml.etree.ElementTree as ET
from typing import Iterator

from ..markup.html import parse_html
from . import RawDocument, SourceFile
from .feed_entries import html_body, text_of, textless_post
from .reblogs import Reblog, tumblr_reblog
from .xml_items import xml_documents

_POST = frozenset(("post",))
#: Each post type's title element, and its elements of HTML text in the order Tumblr shows them.
_TITLE = {"regular": "regular-title", "conversation": "conversation-title", "link": "link-text"}
_HTML_PARTS = {
    "regular": ("regular-body",),
    "photo": ("photo-caption",),
    "quote": ("quote-text", "quote-source"),
    "link": ("link-description",),
    "video": ("video-caption",),
    "audio": ("audio-caption",),
    "answer": ("question", "answer"),
}
#: Post types that show media (photos, a player) beside the text of their HTML elements.
_MEDIA_TYPES = ("photo", "video", "audio")
#: ``state`` values of posts that are not published.
_UNPUBLISHED = ("draft", "queue", "queued", "submission", "private")


def read(text: str, source: SourceFile) -> Iterator[RawDocument]:
    """One document per post of a Tumblr export."""
    return xml_documents(text, _POST, "post", lambda post: _post(post, source.generator))


def _post(post: ET.Element, generator: str) -> RawDocument:
    kind = post.get("type", "")
    markup = "".join(f"<div>{part}</div>" for part in _parts(post, kind))
    reblog = _reblog(post)
    if "tumblr_blog" in markup:  # (a body without it names no reblogged post: see tumblr_reblog)
        soup = parse_html(markup)
        shown = tumblr_reblog(soup)  # (its lines naming the quoted posts go, whatever the attributes say)
        reblog = reblog or shown
        markup = str(soup)
    problems = [reblog.problem()] if reblog else []
    text = html_body(markup, generator, problems)
    if (textless := textless_post(markup, text, shows_media=kind in _MEDIA_TYPES)) is not None:
        problems.append(textless)
    url = post.get("url-with-slug") or post.get("url") or ""
    fields = {"post_id": post.get("id", ""), "type": kind, "slug": post.get("slug", ""), "link_url": text_of(post.find("link-url"))}
    fields |= reblog.fields() if reblog else {}
    return RawDocument(
        text=text,
        fields={key: value for key, value in fields.items() if value},
        item_id=post.get("id") or None,
        title=text_of(post.find(_TITLE[kind])) if kind in _TITLE else None,
        first_line=text,
        date=_date(post),
        date_source="feed",
        url=url or None,
        draft=post.get("private") == "true" or post.get("state", "published") in _UNPUBLISHED,
        tags=[tag.text.strip() for tag in post.findall("tag") if tag.text and tag.text.strip()],
        problems=problems,
    )


def _reblog(post: ET.Element) -> Reblog | None:
    """The reblog the post's attributes name (``reblogged-from-name``, ``-url``, and the
    ``reblogged-root-`` ones of the blog that first posted it); None for a post of its own."""
    name = post.get("reblogged-from-name", "").strip()
    if not name:
        return None
    return Reblog(name, post.get("reblogged-from-url", "").strip(), post.get("reblogged-root-name", "").strip(), post.get("reblogged-root-url", "").strip())


def _parts(post: ET.Element, kind: str) -> list[str]:
    """The post's text as HTML fragments: its type's HTML elements, a photoset's captions and
    a chat's lines (plain text, escaped)."""
    parts = [text_of(post.find(name)) for name in _HTML_PARTS.get(kind, ())]
    parts += [photo.get("caption", "") for photo in post.iterfind("photoset/photo")]
    if kind == "conversation":
        parts.append(html.escape(text_of(post.find("conversation-text"))).replace("\n", "<br>"))
    return [part for part in parts if part.strip()]


def _date(post: ET.Element) -> str | None:
    """``date-gmt`` (``2020-01-01 05:00:00 GMT``) in UTC, else the blog's local ``date``."""
    gmt = post.get("date-gmt", "")
    if gmt.endswith(" GMT"):
        return gmt[: -len(" GMT")].replace(" ", "T") + "+00:00"
    return post.get("date") or None
