"""From what a source says (:class:`RawDocument`) to a clean :class:`Document`."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from . import dates
from .document import Document, Problem
from .html_text import tidy_text
from .readers import RawDocument
from .terms import clean_label, normalize_terms

#: Front-matter keys that name each first-class field, in order of preference.
ALIASES = {
    "title": ("title", "judul", "headline", "proyek", "name", "nama"),
    "date": ("date", "tanggal", "published", "pubdate", "publishdate", "date_published", "created", "tanggal_terbit"),
    "categories": ("categories", "category", "kategori"),
    "tags": ("tags", "tag", "label", "labels", "keywords", "kata_kunci"),
    "author": ("author", "authors", "penulis", "oleh", "creator"),
}

_JEKYLL_NAME = re.compile(r"^(\d{4}-\d{2}-\d{2})-(.+?)(?:\.[A-Za-z]+)?$")


def build_document(raw: RawDocument, *, doc_id: str, source: str, format: str, sha256: str, encoding: str, aliases: dict[str, str] | None) -> Document:
    """Normalize one :class:`RawDocument` into a :class:`Document`."""
    fields = {key: json_safe(value) for key, value in raw.fields.items()}
    document = Document(
        id=doc_id,
        source=source,
        format=format,
        sha256=sha256,
        fields=fields,
        encoding=encoding,
        problems=list(raw.problems),
    )
    document.title = _title(raw, fields, source)
    document.categories = normalize_terms(_pick(raw.categories, fields, "categories"), aliases)
    document.tags = normalize_terms(_pick(raw.tags, fields, "tags"), aliases)
    author = _pick(raw.author, fields, "author")
    if isinstance(author, list):
        author = ", ".join(str(name) for name in author if name)
    document.author = clean_label(str(author)) if author else None
    document.text = raw.text or ""
    _set_date(document, raw, source)
    return document


def json_safe(value: Any) -> Any:
    """Front-matter values as JSON types: dates become ISO strings, unknown types text."""
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(key): json_safe(item) for key, item in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [json_safe(item) for item in value]
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    return str(value)


def _pick(given: Any, fields: dict[str, Any], name: str) -> Any:
    if given is not None:
        return given
    for key in ALIASES[name]:
        if fields.get(key) not in (None, "", []):
            return fields[key]
    return None


def _title(raw: RawDocument, fields: dict[str, Any], source: str) -> str:
    title = _pick(raw.title, fields, "title")
    if isinstance(title, (str, int, float)) and str(title).strip():
        return clean_label(tidy_text(str(title)))
    stem = source.rsplit("/", 1)[-1].rsplit(".", 1)[0]
    match = _JEKYLL_NAME.match(stem)
    return clean_label((match.group(2) if match else stem).replace("-", " ").replace("_", " "))


def _set_date(document: Document, raw: RawDocument, source: str) -> None:
    """Date from the front matter, else the Jekyll file name, else the first date in the text."""
    value = _pick(raw.date, raw.fields, "date")
    if value not in (None, ""):
        try:
            parsed = dates.parse_date(value)
        except dates.DateError as error:
            document.problems.append(Problem("date", str(error)))
        else:
            document.date, document.date_end, document.date_raw = parsed.start, parsed.end, parsed.raw
            return
    match = _JEKYLL_NAME.match(source.rsplit("/", 1)[-1])
    if match:
        try:
            parsed = dates.parse_date(match.group(1))
        except dates.DateError as error:
            document.problems.append(Problem("date", f"file name: {error}"))
        else:
            document.date, document.date_raw = parsed.start, match.group(1)
            return
    found = dates.first_date_in_text(document.text)
    if found:
        document.date, document.date_end, document.date_raw = found.start, found.end, found.raw
