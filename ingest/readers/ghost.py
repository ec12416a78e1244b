"""Ghost exports (Settings → Advanced → Export, ``blog.ghost.2024-01-05-03-00-00.json``):
each post and page is one document.

The file is Ghost's database as JSON: ``{"db": [{"meta": {...}, "data": {...}}]}`` as
Ghost's admin downloads it, or ``{"meta": ..., "data": ...}`` (both are what Ghost's own
importer reads). ``data`` holds tables: ``posts``, ``tags`` and ``posts_tags``, ``users``
and ``posts_authors`` (before Ghost 1.22 a post's ``author_id``), ``posts_meta`` (Ghost 3
and later: descriptions, the feature image's alt text and caption; before, on the post),
``settings``.

A post's text is its ``html`` (which Ghost renders from the editor's document on every
save); an export without it (hand-trimmed, or a post never rendered) gives the text of its
``lexical`` or ``mobiledoc`` document (:mod:`.ghost_content`), else its ``markdown``
(Ghost 0.x), else ``plaintext``. Drafts and scheduled posts are drafts; posts for members
or paid members keep their whole text (the export holds it; visitors see only the part
before the paywall): ``fields.visibility`` says who may read them. Internal tags
(``#…``, which Ghost never shows) are not tags: they are in ``fields.internal_tags``.

Ghost's export does not hold the site's address (it is in Ghost's configuration, not its
database), nor its ``routes.yaml``: a post has a url only when it names its own
(``canonical_url``), or when the export has a ``url`` setting (a post is then at
``/{slug}/``, Ghost's default route).
"""

from __future__ import annotations

import datetime as dt
import html
import json
import re
from typing import Any, Iterator

from ..document import Problem
from ..markup.ghost_cards import drop_card_furniture, may_hold_card_furniture
from ..markup.html import parse_html
from . import RawDocument, ReadError, SourceFile
from .xml_items import Span
from .feed_entries import html_body, textless_post
from .ghost_content import document_html

#: The start of a list of posts (the ``posts`` table), not inside a string (where its quotes are escaped).
_POSTS = re.compile(r'(?<!\\)"posts"\s*:\s*\[')
_SPACE = re.compile(r"\s*")
#: Statuses of posts that are on the site (``sent``: a post sent only as an email newsletter).
_PUBLISHED = ("published", "sent")
#: Post fields kept in ``fields`` as they are (when not empty).
_FIELDS = ("uuid", "slug", "type", "status", "visibility", "featured", "custom_excerpt", "feature_image", "canonical_url", "created_at", "updated_at")
#: The placeholder Ghost (4 and later) stores in place of the site's own address in the
#: addresses it keeps (``__GHOST_URL__/content/images/…``, a canonical ``__GHOST_URL__/lama/``).
_SITE_PLACEHOLDER = "__GHOST_URL__"
#: Fields that hold an address, which may start with :data:`_SITE_PLACEHOLDER`.
_ADDRESS_FIELDS = ("feature_image", "canonical_url")
#: ``posts_meta`` fields (or, before Ghost 3, the post's own) kept in ``fields``.
_META_FIELDS = ("meta_title", "meta_description", "og_title", "og_description", "feature_image_alt", "feature_image_caption")


def read(text: str, source: SourceFile) -> Iterator[RawDocument]:
    """One document per post and page of a Ghost export (drafts marked as such)."""
    data = export_data(_parsed(text))
    if data is None:
        raise ReadError("not a Ghost export: no data.posts")
    tables = _Tables(data)
    posts = data["posts"]
    spans = post_spans(text, len(posts))
    for number, post in enumerate(posts):
        if isinstance(post, dict):
            document = _post(post, tables, source.generator)
            document.span = spans[number] if spans else None
            yield document


def post_spans(text: str, count: int) -> list[Span] | None:
    """The first and last position (line, column, from 1) of each of the ``count`` posts in
    ``text``, so that a repair of the source belongs to the post it was made in; None when
    the posts list cannot be found (a repair then belongs to every post)."""
    decoder = json.JSONDecoder()
    for match in _POSTS.finditer(text):
        spans, position = [], match.end()
        try:
            for _ in range(count):
                start = _SPACE.match(text, position).end()
                _, end = decoder.raw_decode(text, start)
                spans.append((_line_column(text, start), _line_column(text, end - 1)))
                position = _SPACE.match(text, end).end()
                position += text[position] == ","
            if text[_SPACE.match(text, position).end()] == "]":
                return spans
        except (ValueError, IndexError, RecursionError):
            continue
    return None


def _line_column(text: str, index: int) -> tuple[int, int]:
    line_start = text.rfind("\n", 0, index) + 1
    return text.count("\n", 0, index) + 1, index - line_start + 1


def _parsed(text: str) -> Any:
    """The JSON of ``text``; a clear ReadError (where, and whether the file is cut off) when it is not JSON."""
    try:
        return json.loads(text)
    except json.JSONDecodeError as error:
        ended = error.msg.startswith("Unterminated string") or error.pos >= len(text.rstrip())
        cut = " (the file is cut off: truncated)" if ended else ""
        raise ReadError(f"invalid JSON{cut}: {error.msg}: line {error.lineno}, column {error.colno}") from None
    except RecursionError:
        raise ReadError("invalid JSON: nested too deeply") from None


def export_data(value: Any) -> dict | None:
    """The ``data`` of a Ghost export (``{"db": [{"meta", "data"}]}`` or ``{"meta", "data"}``)
    that has a list of posts; None for any other JSON."""
    if isinstance(value, dict) and isinstance(value.get("db"), list) and value["db"]:
        value = value["db"][0]
    data = value.get("data") if isinstance(value, dict) else None
    return data if isinstance(data, dict) and isinstance(data.get("posts"), list) else None


class _Tables:
    """The export's tables that posts refer to, indexed by post id."""

    def __init__(self, data: dict) -> None:
        rows = lambda name: [row for row in data.get(name) or () if isinstance(row, dict)]  # noqa: E731
        self.tags = {row.get("id"): row for row in rows("tags")}
        self.users = {row.get("id"): row for row in rows("users")}
        self.meta = {row.get("post_id"): row for row in rows("posts_meta")}
        self.post_tags = _by_post(rows("posts_tags"), "tag_id")
        self.post_authors = _by_post(rows("posts_authors"), "author_id")
        settings = {row.get("key"): row.get("value") for row in rows("settings")}
        url = settings.get("url")
        self.site_url = url.rstrip("/") + "/" if isinstance(url, str) and url.startswith(("http://", "https://")) else None
        locale = settings.get("locale") or settings.get("lang")  # ``lang`` before Ghost 4
        self.lang = locale if isinstance(locale, str) and locale.strip() else None

    def names(self, ids: list, table: dict) -> list[str]:
        return [str(table[key]["name"]).strip() for key in ids if key in table and str(table[key].get("name") or "").strip()]


def _by_post(rows: list[dict], key: str) -> dict[Any, list]:
    """Each post id → the ids its relation rows name, in their ``sort_order``."""
    related: dict[Any, list] = {}
    for row in sorted(rows, key=lambda row: row.get("sort_order") or 0):
        related.setdefault(row.get("post_id"), []).append(row.get(key))
    return related


def _post(post: dict, tables: _Tables, generator: str) -> RawDocument:
    meta = {**{key: post.get(key) for key in _META_FIELDS}, **{k: v for k, v in tables.meta.get(post.get("id"), {}).items() if v}}
    problems: list[Problem] = []
    status = str(post.get("status") or "draft").lower()
    tags = tables.names(tables.post_tags.get(post.get("id"), []), tables.tags)
    ids = tables.post_authors.get(post.get("id")) or ([post["author_id"]] if post.get("author_id") is not None else [])
    fields = {key: _value(post.get(key)) for key in _FIELDS} | {key: meta.get(key) for key in _META_FIELDS}
    fields |= {"post_id": post.get("id"), "type": post.get("type") or ("page" if post.get("page") in (True, 1) else "post")}
    fields |= {"internal_tags": [tag for tag in tags if tag.startswith("#")], "lang": tables.lang}
    fields |= {"feature_image": fields.get("feature_image") or post.get("image")}  # ``image`` before Ghost 1.0
    fields |= {key: _placed(fields.get(key), tables.site_url) for key in _ADDRESS_FIELDS}
    url = _placed(post.get("canonical_url") or meta.get("canonical_url"), tables.site_url)
    if not url and tables.site_url and post.get("slug") and status in _PUBLISHED:
        url = f"{tables.site_url}{post['slug']}/"
    return RawDocument(
        text=_text(post, meta, generator, problems),
        fields={key: value for key, value in fields.items() if value not in (None, "", [], False)},
        item_id=str(post.get("id") or post.get("uuid") or post.get("slug") or "") or None,
        title=str(post.get("title") or "").strip() or None,
        date=_date(post.get("published_at")) or _date(post.get("created_at")),
        date_source="feed",
        url=url if isinstance(url, str) and url.startswith(("http://", "https://")) else None,
        draft=status not in _PUBLISHED,
        tags=[tag for tag in tags if not tag.startswith("#")],
        author=tables.names(ids, tables.users) or None,
        problems=problems,
    )


def _text(post: dict, meta: dict, generator: str, problems: list[Problem]) -> str:
    """The post's text from its ``html`` (else its editor document), after its feature
    image's alt text and caption, which Ghost's themes show above it."""
    body = post.get("html") if isinstance(post.get("html"), str) else None
    if body is None:
        body = document_html(post.get("lexical"), post.get("mobiledoc"), post.get("markdown"))
    if body is None and isinstance(post.get("plaintext"), str):
        body = "".join(f"<p>{html.escape(part)}</p>" for part in post["plaintext"].split("\n\n"))
    alt, caption = meta.get("feature_image_alt"), meta.get("feature_image_caption")
    figure = f"<figure><p>{html.escape(alt or '')}</p><figcaption>{caption or ''}</figcaption></figure>" if alt or caption else ""
    if body is None and not figure:
        problems.append(Problem("text", "the export gives no text of this post (no html, lexical, mobiledoc, markdown or plaintext)"))
        return ""
    text = html_body(figure + _without_card_furniture(body or ""), generator, problems)
    if (textless := textless_post(figure + (body or ""), text)) is not None:
        problems.append(textless)
    return text


def _placed(address: Any, site_url: str | None) -> Any:
    """``address`` with Ghost's placeholder for the site's address (:data:`_SITE_PLACEHOLDER`)
    replaced by the site's ``url`` setting, else by nothing: a path on the site
    (``/content/images/2024/05/panen.jpg``), as the export cannot say where the site is."""
    if not isinstance(address, str) or not address.startswith(_SITE_PLACEHOLDER):
        return address
    path = address[len(_SITE_PLACEHOLDER):]
    return site_url.rstrip("/") + path if site_url else path


def _without_card_furniture(markup: str) -> str:
    """``markup`` without what its cards show that is no writing (see :mod:`..markup.ghost_cards`)."""
    if not may_hold_card_furniture(markup):
        return markup
    soup = parse_html(markup)
    drop_card_furniture(soup)
    return str(soup)


def _value(value: Any) -> Any:
    return _date(value) if isinstance(value, int) and not isinstance(value, bool) and value > 10**11 else value


def _date(value: Any) -> str | None:
    """A Ghost date in ISO form with its UTC offset: ``2024-01-05T03:00:00.000Z``,
    ``2017-08-01 10:00:00`` (SQLite, stored in UTC) or milliseconds since 1970 (Ghost 0.x)."""
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return dt.datetime.fromtimestamp(value / 1000, dt.timezone.utc).isoformat(timespec="seconds")
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    if value.endswith("Z"):
        return value[:-1].split(".")[0].replace(" ", "T") + "+00:00"
    if len(value) == 19 and value[10] in " T":
        return value.replace(" ", "T") + "+00:00"
    return value
