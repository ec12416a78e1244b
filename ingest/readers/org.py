"""Org-mode: Emacs users' notes and posts, Hugo content (``.org``, which Hugo reads
itself), ox-hugo sources.

The ``#+KEY:`` keywords are the document's metadata (under front matter when there is
one): ``#+TITLE``, ``#+DATE`` (an Org timestamp, ``<2021-03-04 Kam>``), ``#+AUTHOR``,
``#+FILETAGS``/``#+TAGS``, ``#+DESCRIPTION``, ``#+KEYWORDS``, ox-hugo's
``#+HUGO_TAGS``/``#+HUGO_CATEGORIES``/``#+HUGO_DRAFT``/``#+HUGO_SLUG``, ``#+DRAFT``; the
body becomes text (:mod:`..org.text`).
"""

from __future__ import annotations

import re
import shlex
import sys
from typing import Any, Iterator

from .. import front_matter
from ..fidelity import checked_text
from ..sites.hugo.params import NO_PARAMS, page_params
from ..sites.syntax import hugo_shortcodes
from ..org.inline import org_inline_text
from ..org.posts import SubtreePost, subtree_posts
from ..org.text import org_keywords, org_markup_free, read_org
from . import RawDocument, SourceFile
from .markdown import line_fields

_TIMESTAMP = re.compile(r"^[<\[](\d{4}-\d{2}-\d{2})(?:[ \t]+[^\d\s<>\[\]]+)?(?:[ \t]+(\d{1,2}:\d{2}))?[^<>\[\]]*[>\]]")
_TRUE = ("t", "true", "yes")
_EXPORT_FILE_NAME = re.compile(r"^[ \t]*:EXPORT_FILE_NAME:", re.M | re.I)
#: What Org's ``#+TAGS:`` may hold besides tags: fast-selection keys ``(w)``, groups ``{ }``, ``:startgroup`` and ``\n``.
_TAG_SETUP = re.compile(r"\([^()]*\)|[{}]|:\w+|\\n")
#: Front-matter keys that give tags or categories (the keywords' ones are then not used).
_TAG_KEYS = ("tags", "tag", "label", "labels", "keywords", "kata_kunci")
_CATEGORY_KEYS = ("categories", "category", "kategori")


def read(text: str, source: SourceFile) -> Iterator[RawDocument]:
    """Yield the document of an Org file, or each post of an ox-hugo file exported subtree
    by subtree (:mod:`..org.posts`)."""
    parsed = front_matter.split(text) if front_matter.starts_with_front_matter(text) else front_matter.FrontMatter(None, body=text)
    lines = parsed.body.split("\n")
    keywords = org_keywords(lines)
    posts = subtree_posts(lines, keywords) if _EXPORT_FILE_NAME.search(parsed.body) else []
    shortcodes = source.generator == "hugo"  # Hugo runs shortcodes in every content format
    if posts:
        yield from (_post(post, keywords, parsed, source.hugo_params or NO_PARAMS if shortcodes else None) for post in posts)
        return
    org = read_org(hugo_shortcodes(parsed.body, page_params({**keywords, **parsed.data}, source.hugo_params or NO_PARAMS)) if shortcodes else parsed.body)
    tags, categories = _terms(org.keywords, ox_hugo=any(key.startswith("hugo_") for key in org.keywords))
    draft = any(org.keywords.get(key, "").strip().lower() in _TRUE for key in ("hugo_draft", "draft"))
    document = _document(org, parsed, _fields(org.keywords, parsed), tags, categories, draft)
    front = line_fields(text, parsed.body_line)
    document.field_of_line = lambda line: front(line) if line <= parsed.body_line else _field_of_org_line(text, line)
    yield document


def _post(post: SubtreePost, keywords: dict[str, str], parsed: front_matter.FrontMatter, site_params: str | None) -> RawDocument:
    """The document of one post of an ox-hugo file (``site_params``: its Hugo site's
    parameters, see :mod:`..sites.hugo.params`, when Hugo's shortcodes run in it; else None)."""
    body = "\n".join(post.lines)
    org = read_org(hugo_shortcodes(body, page_params(keywords, site_params)) if site_params is not None else body, keywords)
    fields = _fields(keywords, parsed)
    fields.update((name.lower(), value) for name, value in post.properties.items())
    fields["title"] = org_inline_text(post.heading, keywords)
    date = post.properties.get("EXPORT_DATE") or (f"[{post.closed}]" if post.closed else None)
    if date:
        fields["date"] = org_date(date)
    if post.properties.get("EXPORT_HUGO_SLUG"):
        fields["slug"] = post.properties["EXPORT_HUGO_SLUG"]
    org_tags = keywords.get("filetags", "").replace(":", " ").split() + post.tags
    tags = _words(post.properties["EXPORT_HUGO_TAGS"]) if "EXPORT_HUGO_TAGS" in post.properties else [tag for tag in org_tags if tag[:1] != "@"]
    categories = _words(post.properties["EXPORT_HUGO_CATEGORIES"]) if "EXPORT_HUGO_CATEGORIES" in post.properties else [tag[1:] for tag in org_tags if tag[:1] == "@"]
    draft_property = post.properties.get("EXPORT_HUGO_DRAFT")
    draft = draft_property.strip().lower() in _TRUE if draft_property else post.todo is not None and not post.done
    document = _document(org, parsed, fields, [tag.replace("__", " ") for tag in tags], [category.replace("__", " ") for category in categories], draft)
    document.item_id = post.properties["EXPORT_FILE_NAME"]
    document.heading = None
    first, last = parsed.body_line + post.first_line + 1, parsed.body_line + post.last_line + 1
    document.span = ((first, 0), (last, sys.maxsize))
    return document


def _fields(keywords: dict[str, str], parsed: front_matter.FrontMatter) -> dict[str, Any]:
    """The fields the keywords give (Hugo's ``#+KEY[]`` lists as lists), under the front matter's."""
    fields: dict[str, Any] = dict(keywords)
    if "title" in keywords:
        fields["title"] = org_inline_text(" ".join(keywords["title"].split("\n")), keywords)
    if "date" in keywords:
        fields["date"] = org_date(keywords["date"].split("\n")[0])
    if keywords.get("hugo_slug") and "slug" not in keywords:
        fields["slug"] = keywords["hugo_slug"]
    if keywords.get("language") and "lang" not in keywords:
        fields["lang"] = keywords["language"]
    for key, value in keywords.items():
        if key.endswith("[]"):
            fields[key[:-2]] = value.split()
    fields.update(parsed.data)
    return fields


def _document(org, parsed: front_matter.FrontMatter, fields: dict[str, Any], tags: list[str], categories: list[str], draft: bool) -> RawDocument:
    """A document of the Org text ``org``; its tags and categories unless front matter gives them."""
    problems = parsed.problems + org.problems
    return RawDocument(
        text=checked_text(org.body, org.text, problems, conservative=org_markup_free),
        fields=fields,
        heading=org.heading,
        tags=None if any(key in parsed.data for key in _TAG_KEYS) else list(dict.fromkeys(tags)),
        categories=None if any(key in parsed.data for key in _CATEGORY_KEYS) else list(dict.fromkeys(categories)),
        draft=draft,
        problems=problems,
    )


def org_date(value: str) -> str:
    """An Org timestamp as ISO text (``<2021-03-04 Kam>`` → ``2021-03-04``, ``[2021-03-04 Thu
    10:00]`` → ``2021-03-04 10:00``; a range's start); any other value as it is."""
    match = _TIMESTAMP.match(value.strip())
    if match is None:
        return value
    return f"{match.group(1)} {match.group(2)}" if match.group(2) else match.group(1)


def _terms(keywords: dict[str, str], ox_hugo: bool) -> tuple[list[str], list[str]]:
    """The tags and categories the keywords give. Tags: Hugo's ``#+TAGS[]: a b`` (or
    ``#+TAGS:``, as Hugo once read it and org-page does; ox-hugo leaves ``#+TAGS`` to Org,
    where it lists the tags one may use), ox-hugo's ``#+HUGO_TAGS`` (words, ``"dua kata"``
    quoted), ``#+FILETAGS`` (``:a:b:`` or words), ``#+KEYWORDS`` (comma-separated).
    Categories: ``#+CATEGORIES[]``/``#+CATEGORIES``, ``#+HUGO_CATEGORIES``, and in an ox-hugo
    file the tags written ``@kategori`` (ox-hugo also reads ``dua__kata`` as two words)."""
    tags = _listed(keywords, "tags", ox_hugo) + _words(keywords.get("hugo_tags", ""))
    tags += keywords.get("filetags", "").replace(":", " ").split()
    tags += [tag.strip() for tag in re.split(r"[,\n]", keywords.get("keywords", "")) if tag.strip()]
    categories = _listed(keywords, "categories", False) + _words(keywords.get("hugo_categories", ""))
    if ox_hugo:
        categories += [tag[1:] for tag in tags if tag.startswith("@") and len(tag) > 1]
        tags = [tag for tag in tags if not tag.startswith("@")]
        tags, categories = ([term.replace("__", " ") for term in terms] for terms in (tags, categories))
    return tags, categories


def _listed(keywords: dict[str, str], name: str, ignored: bool) -> list[str]:
    """The terms of ``#+NAME[]:`` (Hugo's list: words), else of ``#+NAME:`` unless ``ignored``
    (comma-separated when it has a comma, else words; Org's tag groups and keys removed)."""
    if f"{name}[]" in keywords:
        return keywords[f"{name}[]"].split()
    value = "" if ignored else _TAG_SETUP.sub(" ", keywords.get(name, ""))
    return [term.strip() for term in value.split(",") if term.strip()] if "," in value else value.split()


def _words(value: str) -> list[str]:
    """ox-hugo's list of words, ``"dana desa"`` quoted when it has a space."""
    try:
        return shlex.split(value)
    except ValueError:  # an unclosed quote
        return value.replace('"', " ").split()


def _field_of_org_line(text: str, line: int) -> str:
    """``fields`` for a keyword line (``#+TITLE:``), else ``text``."""
    start = 0
    for _ in range(line - 1):
        start = text.find("\n", start) + 1
        if start == 0:
            return "text"
    return "fields" if text.startswith("#+", start) and not text[start : start + 8].lower().startswith("#+begin") else "text"
