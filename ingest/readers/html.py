"""HTML pages: title, date, categories and author from the markup, body from the article."""

from __future__ import annotations

from typing import Iterator

from ..html_text import parse_html
from ..main_content import page_text
from . import RawDocument, Reader, SourceFile

_DATE_META = ("article:published_time", "date", "pubdate", "publishdate", "dc.date", "dcterms.date", "og:published_time")
_AUTHOR_META = ("author", "article:author", "dc.creator")


def read(text: str, source: SourceFile) -> Iterator[RawDocument]:
    """Yield the one document of an HTML page."""
    soup = parse_html(text)
    meta = _meta(soup)
    heading = soup.find("h1")
    title_tag = soup.find("title")
    title = (
        meta.get("og:title")
        or (heading.get_text(" ", strip=True) if heading else None)
        or (title_tag.get_text(" ", strip=True) if title_tag else None)
    )
    time_tag = soup.find("time", attrs={"datetime": True})
    date = next((meta[key] for key in _DATE_META if meta.get(key)), None) or (time_tag["datetime"] if time_tag else None)
    categories = [meta[key] for key in ("article:section",) if meta.get(key)]
    tags = [meta.get("keywords", "")] + _all_meta(soup, "article:tag")
    fields = {key: value for key, value in meta.items() if value}
    body_text = page_text(soup, text)
    yield RawDocument(
        # Meta tags are metadata (in fields); the description is text only for a page without any.
        text=body_text or meta.get("description") or meta.get("og:description") or "",
        fields=fields,
        title=title,
        date=date,
        categories=categories,
        tags=[tag for tag in tags if tag],
        author=next((meta[key] for key in _AUTHOR_META if meta.get(key)), None),
    )


def _meta(soup) -> dict[str, str]:
    values: dict[str, str] = {}
    for tag in soup.find_all("meta"):
        key = (tag.get("property") or tag.get("name") or tag.get("itemprop") or "").strip().lower()
        if key and key not in values:
            values[key] = " ".join((tag.get("content") or "").split())
    return values


def _all_meta(soup, key: str) -> list[str]:
    return [tag.get("content", "") for tag in soup.find_all("meta", attrs={"property": key})]


def looks_like_html(head: str) -> bool:
    """True when a file's text starts like an HTML page."""
    return head.lstrip()[:15].lower().startswith(("<!doctype html", "<html"))


READER = Reader("html", read, extensions=frozenset((".html", ".htm", ".xhtml")), sniff=looks_like_html)
