"""Org-mode: Emacs users' notes and posts, Hugo content (``.org``, which Hugo reads
itself), ox-hugo sources.

The ``#+KEY:`` keywords are the document's metadata (under front matter when there is
one): ``#+TITLE``, ``#+DATE`` (an Org timestamp, ``<2021-03-04 Kam>``), ``#+AUTHOR``,
``#+FILETAGS``/``#+TAGS``, ``#+DESCRIPTION``, ``#+KEYWORDS``, ox-hugo's
``#+HUGO_TAGS``/``#+HUGO_CATEGORIES``/``#+HUGO_DRAFT``/``#+HUGO_SLUG``, ``#+DRAFT``; the
body becomes text (:mod:`..org_text`).
"""

from __future__ import annotations

import re
import shlex
from typing import Any, Iterator

from .. import front_matter
from ..fidelity import checked_text
from ..org_inline import org_inline_text
from ..org_text import org_markup_free, read_org
from . import RawDocument, Reader, SourceFile
from .markdown import line_fields

#: The generators that build pages from Org files; elsewhere an Org file's generator is ``org``.
ORG_GENERATORS = frozenset(("hugo",))
_TIMESTAMP = re.compile(r"^[<\[](\d{4}-\d{2}-\d{2})(?:[ \t]+[^\d\s<>\[\]]+)?(?:[ \t]+(\d{1,2}:\d{2}))?[^<>\[\]]*[>\]]")
_TRUE = ("t", "true", "yes")
#: Front-matter keys that give tags or categories (the keywords' ones are then not used).
_TAG_KEYS = ("tags", "tag", "label", "labels", "keywords", "kata_kunci")
_CATEGORY_KEYS = ("categories", "category", "kategori")


def read(text: str, source: SourceFile) -> Iterator[RawDocument]:
    """Yield the one document of an Org file."""
    parsed = front_matter.split(text) if front_matter.starts_with_front_matter(text) else front_matter.FrontMatter(None, body=text)
    org = read_org(parsed.body)
    keywords = org.keywords
    problems = parsed.problems + org.problems
    fields: dict[str, Any] = dict(keywords)
    if "title" in keywords:
        fields["title"] = org_inline_text(keywords["title"], keywords)
    if "date" in keywords:
        fields["date"] = org_date(keywords["date"])
    if keywords.get("hugo_slug") and "slug" not in keywords:
        fields["slug"] = keywords["hugo_slug"]
    if keywords.get("language") and "lang" not in keywords:
        fields["lang"] = keywords["language"]
    fields.update(parsed.data)
    hugo = any(key.startswith("hugo_") for key in keywords)
    tags, categories = _terms(keywords, hugo)
    draft = any(keywords.get(key, "").strip().lower() in _TRUE for key in ("hugo_draft", "draft"))
    document = RawDocument(
        text=checked_text(org.body, org.text, problems, conservative=org_markup_free),
        fields=fields,
        heading=org.heading,
        tags=None if not tags or any(key in parsed.data for key in _TAG_KEYS) else tags,
        categories=None if not categories or any(key in parsed.data for key in _CATEGORY_KEYS) else categories,
        draft=draft,
        problems=problems,
    )
    front = line_fields(text, parsed.body_line)
    document.field_of_line = lambda line: front(line) if line <= parsed.body_line else _field_of_org_line(text, line)
    yield document


def org_date(value: str) -> str:
    """An Org timestamp as ISO text (``<2021-03-04 Kam>`` → ``2021-03-04``, ``[2021-03-04 Thu
    10:00]`` → ``2021-03-04 10:00``; a range's start); any other value as it is."""
    match = _TIMESTAMP.match(value.strip())
    if match is None:
        return value
    return f"{match.group(1)} {match.group(2)}" if match.group(2) else match.group(1)


def _terms(keywords: dict[str, str], hugo: bool) -> tuple[list[str], list[str]]:
    """The tags and categories the keywords give: ``#+HUGO_TAGS`` (words, ``"dua kata"``
    quoted), ``#+FILETAGS`` (``:a:b:``), ``#+TAGS``, ``#+KEYWORDS`` (comma-separated);
    ``#+HUGO_CATEGORIES``, and in an ox-hugo file the tags written ``@kategori``."""
    tags = _words(keywords.get("hugo_tags", ""))
    tags += [tag for tag in keywords.get("filetags", "").replace(":", " ").split()]
    tags += [tag for tag in re.sub(r"\([^()]*\)|[{}]|:\w+", " ", keywords.get("tags", "")).split()]
    tags += [tag.strip() for tag in keywords.get("keywords", "").split(",") if tag.strip()]
    categories = _words(keywords.get("hugo_categories", ""))
    if hugo:  # ox-hugo: an Org tag that starts with @ is a Hugo category
        categories += [tag[1:] for tag in tags if tag.startswith("@") and len(tag) > 1]
        tags = [tag for tag in tags if not tag.startswith("@")]
    return list(dict.fromkeys(tags)), list(dict.fromkeys(categories))


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


def record_generator(root_generator: str) -> str:
    """The generator an Org file records: its root's when that builds pages from Org
    (Hugo), else ``org``."""
    return root_generator if root_generator in ORG_GENERATORS else "org"


READER = Reader("org", read, extensions=frozenset((".org",)), record_generator=record_generator)
