"""A post of a Substack export: its body (``posts/<post_id>.html``, HTML without a title)
with what the export's ``posts.csv`` says of it (see :mod:`..sites.substack`).

Substack's own buttons and boxes in a post (the subscribe box, "Subscribe now", "Share"
and "Leave a comment" buttons, an image's expand icon) are not text; a button to anywhere
else (a form to fill in) is.
"""

from __future__ import annotations

import re
from typing import Any, Callable

from ..document import Problem
from ..markup.html import parse_html
from ..sites.substack import INCOMPLETE
from . import RawDocument

#: Columns kept in ``fields`` (when not empty).
_FIELDS = ("post_id", "subtitle", "type", "audience", "email_sent_at", "inbox_sent_at", "podcast_url")
#: Classes of what Substack puts in a post that is no writing: its subscribe box, an image's
#: expand icon, and the numbers of footnotes (the mark in the text, ``footnote-anchor``, and
#: the one before the footnote's text at the end, ``footnote-number``), which go as a Markdown
#: footnote's ``[^1]`` does, the footnote's text staying where the post has it.
_FURNITURE = re.compile(r"^(?:subscription-widget(?:-wrap)?(?:-editor)?|subscribe-widget|share-dialog|image-link-expand|footnote-anchor|footnote-number)$")
#: Substack's buttons (``button-wrapper``) that only subscribe, share or open the comments.
_BUTTON_CLASSES = re.compile(r"^(?:captioned-)?button-wrap(?:per)?$")
_SUBSTACK_ACTION = re.compile(r"/subscribe\b|[?&]action=share\b|utm_content=share|/comments\b", re.I)
#: The problems of a post whose row ``posts.csv`` lacks (damaged, or older than the post), or holds cut off.
NO_ROW = "the Substack export's posts.csv has no row for this post: its title, date and whether it is published are not known"
CUT_ROW = "the Substack export's posts.csv ends inside this post's row (the file is cut off): what the row lacks is not known"


def substack_post(markup: str, row: dict[str, str], body_text: Callable[[str, list[Problem]], str]) -> RawDocument:
    """The document of a Substack post whose body is ``markup`` and whose ``posts.csv`` row is
    ``row`` (empty: ``posts.csv`` has none for it, and the post gets a problem saying so);
    ``body_text(markup, problems)`` reads HTML to text."""
    soup = parse_html(markup)
    for element in soup.find_all(class_=_FURNITURE):
        element.decompose()
    for element in soup.find_all(class_=_BUTTON_CLASSES):
        link = element.find("a", href=True)
        if link is not None and _SUBSTACK_ACTION.search(link["href"]):
            element.decompose()
    heading = soup.find(("h1", "h2", "h3"))
    problems = [Problem("metadata", CUT_ROW if row else NO_ROW)] if not row or row.get(INCOMPLETE) else []
    text = body_text(str(soup), problems)
    post_id = row.get("post_id", "")
    published = row.get("is_published", "").lower() == "true"
    fields: dict[str, Any] = {key: row[key] for key in _FIELDS if row.get(key)}
    fields |= {"slug": post_id.partition(".")[2], "is_published": published} if row else {}
    return RawDocument(
        text=text,
        fields={key: value for key, value in fields.items() if value not in ("", None)},
        title=row.get("title") or None,
        heading=heading.get_text(" ", strip=True) if heading else None,
        first_line=text,
        date=row.get("post_date") or None,
        date_source="feed",
        draft=bool(row) and not published,
        problems=problems,
    )
