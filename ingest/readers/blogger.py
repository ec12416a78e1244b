"""Blogger (Blogspot) backups: the classic "Back up content" file (``blog-MM-DD-YYYY.xml``)
and Google Takeout's ``feed.atom``. Both are Atom feeds of every entry of a blog.

Posts and pages are documents; comments, the template and settings are not (each counted
in the run's summary by kind); drafts (``<app:draft>yes</app:draft>``, status ``DRAFT`` or
``SCHEDULED``) are kept only with ``--include-drafts``; deleted posts (``DELETED``, in the
trash) are left out. Labels are categories, as Blogger's own pages list them.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from typing import Iterator

from . import RawDocument, SourceFile
from .feed import atom_entry
from .feed_entries import ATOM, atom_markup, child_named, text_of, textless_post
from .xml_formats import BLOGGER_NAMESPACE as _BLOGGER
from .xml_items import xml_documents

#: Classic backups say what an entry is with a category in this scheme: ``…/kind#post``.
_KIND_SCHEME = "http://schemas.google.com/g/2005#kind"
_DOCUMENT_KINDS = ("post", "page")
#: Takeout statuses: published, written but not published, removed.
_LIVE, _DRAFTS, _DELETED = "LIVE", ("DRAFT", "SCHEDULED"), ("DELETED", "SOFT_TRASHED", "TRASHED")
_ENTRY = frozenset(("entry",))


def read(text: str, source: SourceFile) -> Iterator[RawDocument]:
    """One document per post or page; the other entries only say why they are left out."""
    return xml_documents(text, _ENTRY, ATOM + "entry", lambda entry: _entry(entry, source.generator))


def _entry(entry: ET.Element, generator: str) -> RawDocument:
    kind, status = _kind(entry), text_of(child_named(entry, "status", _BLOGGER)).upper()
    if kind not in _DOCUMENT_KINDS:
        return RawDocument(text="", left_out=f"not a document: Blogger {kind or 'entry of no kind'}")
    if status in _DELETED:
        return RawDocument(text="", left_out="deleted")
    document = atom_entry(entry, generator, not_categories=_KIND_SCHEME)
    if (textless := textless_post(atom_markup(entry.find(ATOM + "content")), document.text)) is not None:
        document.problems.append(textless)
    control = child_named(entry, "control")
    draft_mark = text_of(child_named(control, "draft")) if control is not None else ""
    document.draft = draft_mark.lower() == "yes" or (status not in ("", _LIVE))
    identifier = document.fields.get("id", "")
    document.item_id = _post_id(identifier) or document.item_id
    replies = text_of(child_named(entry, "total", "http://purl.org/syndication/thread/"))
    filename = text_of(child_named(entry, "filename", _BLOGGER))
    description = text_of(child_named(entry, "metaDescription", _BLOGGER))  # Takeout: the post's search description
    extra = {"type": kind, "status": status.lower(), "filename": filename, "description": description, "comments": int(replies) if replies.isdigit() else None}
    document.fields.update((key, value) for key, value in extra.items() if value not in ("", None))
    document.site_path = filename or None  # Takeout has no link: the blog's settings.csv gives its address
    return document


def _kind(entry: ET.Element) -> str:
    """``post``, ``page``, ``comment``, ``template``, ``settings`` (lower case)."""
    takeout = text_of(child_named(entry, "type", _BLOGGER))
    if takeout:
        return takeout.lower()
    for category in entry.findall(ATOM + "category"):
        if category.get("scheme") == _KIND_SCHEME:
            return category.get("term", "").rsplit("#", 1)[-1].lower()
    return ""


def _post_id(identifier: str) -> str | None:
    """``post-4567`` of ``tag:blogger.com,1999:blog-123.post-4567`` (pages: ``page-89``)."""
    last = identifier.rsplit(".", 1)[-1]
    return last if identifier.startswith("tag:blogger.com,") and last.startswith(("post-", "page-")) else None
