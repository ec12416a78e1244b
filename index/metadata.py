"""Metadata made searchable: a document's front-matter strings, its category and tag labels
and the collection it sits in, indexed with its body (same fields, a position gap between
the parts) but kept out of its record's ``text``.

Technical values are left out: HTML meta for browsers and robots (viewport, robots,
twitter:card, ...), layout and permalink keys, dates and timestamps, URLs and file paths,
values without a letter (numbers, amounts, ids) and the title (indexed on its own).
"""

from __future__ import annotations

import os
import re
from typing import Any, Iterable

from .analysis import PART_SEPARATOR

#: Front-matter and HTML meta keys whose values are for machines, not readers.
TECHNICAL_KEYS = frozenset(
    """
    layout permalink slug template type url link guid draft published weight aliases redirect_from
    image images thumbnail featured_image cover banner og:image og:url og:type og:locale og:image:width
    og:image:height twitter:card twitter:site twitter:creator twitter:image twitter:url viewport robots
    googlebot generator charset content-type x-ua-compatible theme-color format-detection referrer
    google-site-verification fb:app_id fb:admins msapplication-tilecolor msapplication-tileimage
    article:published_time article:modified_time og:updated_time og:published_time lastmod modified
    updated date tanggal pubdate publishdate expirydate date_published created tanggal_terbit
    post_id post_name post_type title categories category kategori tags tag label labels keywords
    kata_kunci
    """.split()
)
#: Folders of a site's machinery, not collections of documents.
SITE_FOLDERS = frozenset(
    "_layouts _includes _sass _site _data _plugins _drafts assets static themes layouts public node_modules "
    "vendor img images css js scripts archetypes resources".split()
)

_URL_OR_PATH = re.compile(r"^(?:[a-z][a-z0-9+.-]*://|www\.|/|\.{1,2}/)\S*$|^\S+\.(?:jpe?g|png|gif|svg|webp|pdf|html?|md|docx?)$", re.I)
_TIMESTAMP = re.compile(r"^\d{4}-\d{2}(?:-\d{2})?(?:[T ][\d:.+\-Z ]*)?$")
_LETTER = re.compile(r"[^\W\d_]")
_TAG = re.compile(r"</?[A-Za-z][^<>]{0,200}>")


def front_matter_strings(fields: dict[str, Any]) -> list[str]:
    """The readable string values of front matter (or HTML meta), lists and tables
    included, with HTML tags removed and whitespace collapsed."""
    strings: list[str] = []
    for key, value in fields.items():
        if str(key).strip().lower() not in TECHNICAL_KEYS:
            strings += [text for text in map(_readable, _strings_in(value)) if text]
    return strings


def field_values(fields: dict[str, Any]) -> list[str]:
    """Every scalar value of front matter (or HTML meta) as text, technical and numeric
    ones included, lists and tables included: what a site template may print in a body."""
    values: list[str] = []
    for value in fields.values():
        if isinstance(value, dict):
            values += field_values(value)
        elif isinstance(value, list):
            values += field_values(dict(enumerate(value)))
        elif value is not None and not isinstance(value, bool):
            values.append(str(value))
    return values


def searchable_parts(fields: dict[str, Any], title: str, labels: Iterable[str], collection: str | None) -> list[str]:
    """Every metadata part indexed with the body: front-matter strings (not the title
    again), category and tag labels, and the collection name."""
    parts = [text for text in front_matter_strings(fields) if text != title]
    parts += [label for label in labels if label]
    if collection:
        parts.append(collection)
    return parts


def indexed_text(body: str, parts: list[str]) -> str:
    """The body and the metadata parts as one value for the text fields, separated so
    that no phrase matches across two parts."""
    return PART_SEPARATOR.join([body, *parts]) if parts else body


def collection_prefix(root: str) -> str | None:
    """Where the collections of an input root are: ``""`` when the root's own folders are
    collections (``_posts``, ``_hibah``), ``"content/"`` when one folder holds them all (a
    Hugo site), None when the documents share one folder or there is none."""
    prefix = ""
    directory = root
    while True:
        try:
            folders = sorted(entry.name for entry in os.scandir(directory) if entry.is_dir() and not entry.name.startswith("."))
        except OSError:
            return None
        folders = [name for name in folders if name.lower() not in SITE_FOLDERS]
        if len(folders) != 1:
            return prefix if len(folders) > 1 else None
        prefix += folders[0] + "/"
        directory = os.path.join(directory, folders[0])


def collection_name(doc_id: str, prefix: str | None) -> str | None:
    """The collection of a document id (``_laporan-keuangan/x.md`` → ``laporan keuangan``)
    when its root has collections under ``prefix``."""
    if prefix is None or not doc_id.startswith(prefix):
        return None
    folder, separator, _ = doc_id[len(prefix) :].partition("/")
    if not separator:
        return None
    return " ".join(folder.replace("_", " ").replace("-", " ").split()) or None


def _strings_in(value: Any) -> Iterable[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, dict):
        for key, item in value.items():
            if str(key).strip().lower() not in TECHNICAL_KEYS:
                yield from _strings_in(item)
    elif isinstance(value, list):
        for item in value:
            yield from _strings_in(item)


def _readable(text: str) -> str | None:
    text = " ".join(_TAG.sub(" ", text).split())
    if not text or _URL_OR_PATH.match(text) or _TIMESTAMP.match(text) or not _LETTER.search(text):
        return None
    return text
