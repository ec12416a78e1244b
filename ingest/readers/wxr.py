"""WordPress export (WXR, also written by Tumblr's exporters): each post or page is one document.

A site's own post types (``berita``, ``pengumuman``, ``agenda``: a news or government site
often keeps most of its articles in one) are documents like posts. Every other item is
counted in the run's summary by why it is left out: its type (attachments, menu items,
WordPress's and plugins' internal types, form submissions), ``deleted`` (in the trash), or
its status (``auto-draft``). The comments an item holds (``<wp:comment>``) are visitors'
writing, never documents: each is counted by kind (comment, pingback, trackback).

A post with a password (``<wp:post_password>``) shows its visitors only a form asking for
it, not its text: it is not public, so it is a draft (``fields.password_protected``), left
out as ``password-protected`` unless drafts are asked for. The password is not kept."""

from __future__ import annotations

import datetime as dt
import functools
import html
import xml.etree.ElementTree as ET
from dataclasses import dataclass
from typing import Callable, Iterator

from ..document import Problem
from ..markup.html import html_to_text
from . import RawDocument, ReadError, SourceFile
from .feed_entries import child_named, html_body, text_of, textless_post
from .reblogs import without_read_more, wordpress_reblog
from .wxr_blocks import rendered_blocks, shows_blocks, with_reusable_blocks
from .wxr_categories import ExportCategories, export_categories
from .wxr_footnotes import shows_footnotes, with_footnotes
from .wxr_gallery import Attachment, attachment, shows_galleries, with_gallery_captions
from .xml_items import feed_head, local_name, xml_documents, xml_items

_NS = {
    "wp": "http://wordpress.org/export/",
    "content": "http://purl.org/rss/1.0/modules/content/",
    "excerpt": "http://wordpress.org/export/1.2/excerpt/",
    "dc": "http://purl.org/dc/elements/1.1/",
}
#: Post types that are not the site's writing: WordPress's own (media, menus, revisions,
#: block-editor templates and styles, customizer data, cached embeds, privacy requests) and
#: popular plugins' (form definitions and the messages visitors sent through them, which are
#: private; page-builder templates; shop orders and coupons; custom-field settings), and the
#: automated ones Jetpack's sync leaves out (its ``$blacklisted_post_types``): logs, the mail
#: a site sent (Postman), job queues, redirects, and the items feed importers copied from
#: other sites (WP RSS Aggregator, RSS Multi Importer).
_INTERNAL_TYPES = frozenset(
    (
        "attachment", "nav_menu_item", "revision", "custom_css", "customize_changeset", "oembed_cache", "user_request",
        "feedback", "wpcf7_contact_form", "wpforms", "nf_sub", "mc4wp-form", "scheduled-action", "product_variation",
        "vc_grid_item", "amp_validated_url",
        "jetpack_migration", "postman_sent_mail", "http", "snitch", "dn_wp_yt_log", "secupress_log_action",
        "sg_optimizer_jobs", "wpephpcompat_jobs", "vip-legacy-redirect", "wprss_feed_item", "rssmi_feed_item",
    )
)
#: Prefixes of the internal types of WordPress (``wp_block``, ``wp_template``, ``wp_global_styles``
#: …) and of plugins: Advanced Custom Fields, Elementor, Divi, Avada, Flamingo (form messages),
#: WooCommerce (``shop_order``, ``shop_coupon``), Jetpack (payments, ``jp_pay_…``, and the
#: sitemaps it stores as drafts, ``jp_sitemap``, ``jp_img_sitemap`` …, their XML base64-encoded).
_INTERNAL_PREFIXES = ("wp_", "acf-", "elementor_", "et_", "fusion_", "flamingo_", "shop_", "jp_")
#: Statuses of items that are written but not published: drafts (kept only with --include-drafts).
DRAFT_STATUSES = ("draft", "pending", "private", "future")
#: ``domain`` of ``<category>`` elements: WordPress categories, WordPress and Tumblr tags
#: (a post's format, ``post_format``, is in its ``fields``).
_CATEGORY_DOMAINS = ("category",)
_TAG_DOMAINS = ("post_tag", "tag")
_NO_DATE = "0000-00-00 00:00:00"
#: Comment types that are notices of a link from another site, not a visitor's comment.
_PING_TYPES = ("pingback", "trackback")
#: Post meta keys of SEO plugins (Yoast, All in One SEO, Rank Math) holding the post's description.
_DESCRIPTION_KEYS = ("_yoast_wpseo_metadesc", "_aioseop_description", "_aioseo_description", "rank_math_description")
_ITEM = frozenset(("item",))
#: The WXR namespaces, ``http://wordpress.org/export/1.2/`` and the ``https://`` one
#: WordPress.com writes (elements of another namespace named ``author`` are not the export's).
_WXR_NAMESPACES = ("{http://wordpress.org/export/", "{https://wordpress.org/export/")


def read(text: str, source: SourceFile) -> Iterator[RawDocument]:
    """One document per post or page of a WordPress export (drafts marked as such)."""
    namespaces = dict(_NS)

    def namespace(prefix: str, uri: str) -> None:
        if prefix in ("wp", "excerpt"):
            namespaces[prefix] = uri  # WXR 1.0, 1.1 and 1.2 differ in these URIs

    channel = _channel(feed_head(text, _ITEM), text)
    shown = _shown_items(text, namespaces, namespace)
    return xml_documents(text, _ITEM, "item", lambda item: _item(item, namespaces, source.generator, channel, shown), namespace)


def _shown_items(text: str, ns: dict[str, str], on_namespace: Callable[[str, str], None]) -> _Shown:
    """The items of the export ``text`` that its posts show (reusable blocks, the attachments
    of galleries), collected in one pass over it before its posts are read; none, and no
    pass, when no post may show one."""
    blocks, galleries = shows_blocks(text), shows_galleries(text)
    shown = _Shown({}, {})
    if not (blocks or galleries):
        return shown
    try:
        for item in xml_items(text, _ITEM, on_namespace):
            if item.element is None:
                continue
            value = functools.partial(_value, item.element, ns=ns)
            post_type = value("wp:post_type")
            if blocks and post_type == "wp_block":
                shown.blocks[value("wp:post_id")] = value("content:encoded")
            elif galleries and post_type == "attachment":
                shown.attachments[value("wp:post_id")] = attachment(value)
    except ReadError:
        pass  # (the export's own reading says why)
    return shown


def _value(item: ET.Element, path: str, ns: dict[str, str]) -> str:
    """The item's text at ``path`` (namespaced as ``ns`` says), stripped."""
    return (item.findtext(path, default="", namespaces=ns) or "").strip()


@dataclass(frozen=True)
class _Channel:
    """What the export says of the site before its items: the display name of each author
    login it lists, the site's language (``<language>``, ``id-ID``; "" when none), and the
    labels of its categories that share a name (see :mod:`.wxr_categories`)."""

    authors: dict[str, str]
    language: str
    categories: ExportCategories


def _channel(head: ET.Element | None, text: str) -> _Channel:
    """The site as the export ``text``'s head (``head``, the root with what comes before the
    first item) describes it: authors from ``<wp:author>`` (WXR 1.1 and later, in either of
    :data:`_WXR_NAMESPACES`; a post's ``dc:creator`` is the login, ``admin``, its byline the
    display name), the language from ``<language>``, the categories from ``<wp:category>``."""
    channel = head.find("channel") if head is not None else None
    names = {}
    listed: dict[str, tuple[str, str]] = {}
    for element in channel if channel is not None else ():
        if not element.tag.startswith(_WXR_NAMESPACES):
            continue
        kind = local_name(element.tag)
        if kind == "author":
            login, name = text_of(child_named(element, "author_login")), text_of(child_named(element, "author_display_name"))
            if login and name:
                names[login] = name
        elif kind == "category":
            name, parent = html.unescape(text_of(child_named(element, "cat_name"))), text_of(child_named(element, "category_parent"))
            listed[text_of(child_named(element, "category_nicename"))] = (name, parent)
    language = text_of(channel.find("language")) if channel is not None else ""
    return _Channel(names, language, export_categories(listed, text))


@dataclass(frozen=True)
class _Shown:
    """What a post shows of other items of the export: reusable blocks by id (see
    :mod:`.wxr_blocks`), attachments by id (their captions in galleries, see :mod:`.wxr_gallery`)."""

    blocks: dict[str, str]
    attachments: dict[str, Attachment]


def _item(item: ET.Element, ns: dict[str, str], generator: str, channel: _Channel, shown: _Shown) -> RawDocument:
    """The item's document (or why it is none), with its comments counted and what it shows
    of other items (``shown``) in place."""
    document = _post(item, ns, generator, channel, shown)
    document.inner_left_out = _comments(item)
    return document


def _post(item: ET.Element, ns: dict[str, str], generator: str, channel: _Channel, shown: _Shown) -> RawDocument:
    def value(path: str) -> str:
        return _value(item, path, ns)

    status, post_type = value("wp:status"), value("wp:post_type")
    if not post_type or post_type in _INTERNAL_TYPES or post_type.startswith(_INTERNAL_PREFIXES):
        return RawDocument(text="", left_out=f"not a document: WordPress {post_type or 'item without a type'}")
    if status == "trash":
        return RawDocument(text="", left_out="deleted")
    if status != "publish" and status not in DRAFT_STATUSES:  # auto-draft, inherit
        return RawDocument(text="", left_out=f"not a document: WordPress {status or 'no'} status")
    # WordPress stores term names and titles as HTML ("Opini &amp; Kolom") and exports them so
    problems: list[Problem] = []
    categories = [
        channel.categories.label(c.get("nicename") or "", html.unescape(c.text or ""), problems)
        for c in item.findall("category")
        if c.get("domain") in _CATEGORY_DOMAINS
    ]
    tags = [html.unescape(c.text or "") for c in item.findall("category") if c.get("domain") in _TAG_DOMAINS]
    title, password = value("title"), value("wp:post_password")
    content = with_reusable_blocks(value("content:encoded"), shown.blocks, problems)
    content = with_gallery_captions(content, value("wp:post_id"), shown.attachments, problems)
    if shows_footnotes(content):
        content = with_footnotes(content, _meta(item, ns, ("footnotes",)), problems)
    reblog = wordpress_reblog(content)
    if reblog is not None:
        problems.append(reblog.problem())
        content = without_read_more(content)
    text = html_body(content, generator, problems)
    if (textless := textless_post(content, text)) is not None:
        problems.append(_rendered_by_the_site(content) or textless)
    fields = {
        "post_id": value("wp:post_id"),
        "post_name": value("wp:post_name"),
        "post_type": post_type,
        "link": value("link"),
        "excerpt": html_to_text(value("excerpt:encoded")),
        "description": _meta(item, ns, _DESCRIPTION_KEYS),
        "password_protected": bool(password),
        "post_format": _term_slug(item, "post_format").removeprefix("post-format-"),
        "lang": _term_slug(item, "language") or channel.language,  # Polylang's language of the post, else the site's
        "sticky": value("wp:is_sticky").strip() == "1",  # pinned to the top of the blog's front page
    } | (reblog.fields() if reblog else {})
    return RawDocument(
        text=text,
        fields={key: val for key, val in fields.items() if val},
        item_id=value("wp:post_id") or value("wp:post_name") or value("guid"),
        title=(html_to_text(title) if "&" in title or "<" in title else title) or None,
        first_line=reblog.after_source_line(text) if reblog else text,
        date=_date(value("wp:post_date"), value("wp:post_date_gmt")),
        date_source="feed",
        url=value("link") or None,
        draft=status != "publish" or bool(password),
        categories=categories,
        tags=tags,
        author=channel.authors.get(value("dc:creator"), value("dc:creator")) or None,
        problems=problems,
    )


def _rendered_by_the_site(content: str) -> Problem | None:
    """The problem of a post without text whose content holds blocks the site renders when
    the page is shown (see :func:`~.wxr_blocks.rendered_blocks`), naming them; None when it
    holds none."""
    names = rendered_blocks(content)
    if not names:
        return None
    return Problem(
        "text", f"the post's content is only blocks the site renders when the page is shown ({', '.join(names)}): what they show is not in the export; only its title and metadata are indexed"
    )


def _term_slug(item: ET.Element, taxonomy: str) -> str:
    """The slug of the item's first term of ``taxonomy`` ("" when it has none): its format
    (``post_format``: ``post-format-gallery``), its language (Polylang's ``language``: ``en``)."""
    for term in item.findall("category"):
        if term.get("domain") == taxonomy:
            return term.get("nicename") or ""
    return ""


def _comments(item: ET.Element) -> dict[str, int]:
    """How many ``<wp:comment>`` elements the item holds, by kind: ``not a document:
    WordPress comment`` (also a plugin's own comment type), ``… pingback``, ``… trackback``.
    A comment is a visitor's writing, not the site's: never a document."""
    counts: dict[str, int] = {}
    for child in item:
        if local_name(child.tag) == "comment" and child.tag.startswith(_WXR_NAMESPACES):
            kind = text_of(child_named(child, "comment_type"))
            reason = f"not a document: WordPress {kind if kind in _PING_TYPES else 'comment'}"
            counts[reason] = counts.get(reason, 0) + 1
    return counts


def _meta(item: ET.Element, ns: dict[str, str], keys: tuple[str, ...]) -> str:
    """The value of the item's first post meta whose key is one of ``keys`` ("" when none)."""
    for meta in item.findall("wp:postmeta", ns):
        if meta.findtext("wp:meta_key", "", ns).strip() in keys:
            return meta.findtext("wp:meta_value", "", ns).strip()
    return ""


def _date(local: str, gmt: str) -> str | None:
    """``wp:post_date`` with the UTC offset that ``wp:post_date_gmt`` implies, when both are given."""
    if local in ("", _NO_DATE):
        return None
    if gmt in ("", _NO_DATE):
        return local
    try:
        offset = dt.datetime.fromisoformat(local) - dt.datetime.fromisoformat(gmt)
    except ValueError:
        return local
    minutes = round(offset.total_seconds() / 60)
    if abs(minutes) > 14 * 60 or minutes % 15:
        return local  # not a real UTC offset: the two values disagree
    sign = "+" if minutes >= 0 else "-"
    return f"{local.replace(' ', 'T')}{sign}{abs(minutes) // 60:02d}:{abs(minutes) % 60:02d}"
