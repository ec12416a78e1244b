"""Material for MkDocs' blog plugin (``plugins: [blog]``): where ``mkdocs build`` publishes
the posts of a blog, and which posts it leaves out.

Read as the plugin reads them (``material/plugins/blog``, Material 9): every Markdown page
whose path below ``docs_dir`` starts with the blog's ``post_dir`` (default ``{blog}/posts``,
``blog_dir`` being ``blog``) is a post, published as the page ``blog_dir`` joined with its
``post_url_format`` (default ``{date}/{slug}``): ``{date}`` is the front matter's ``date`` (a
YAML date or date and time, or ``date: {created: …}``) in ``post_url_date_format`` (a CLDR
pattern, default ``yyyy/MM/dd``), ``{slug}`` the front matter's ``slug``, else the post's
title made a slug by ``pymdownx.slugs`` (``post_slugify``: lower case, Unicode kept, what is
not a letter, digit, ``_``, ``-`` or space dropped, spaces ``post_slugify_separator``),
``{file}`` the file's name and ``{categories}`` its first ``post_url_max_categories``
categories as slugs. The title is MkDocs': the front matter's ``title``, else the ``# ``
heading on the body's first line, else the file's name. A post is a draft when its front
matter says ``draft: true`` or, with ``draft_if_future_date``, when it is dated ahead without a
``draft`` of its own; never when the plugin's own ``draft: true`` builds drafts. A post's ``authors`` are ids of
the blog's ``authors_file`` (default ``{blog}/.authors.yml``), shown by their ``name``.
"""

from __future__ import annotations

import datetime as dt
import posixpath
import re
from dataclasses import dataclass, replace
from typing import Any, Mapping

#: The names the plugin is configured under in ``plugins``.
PLUGIN_NAMES = ("blog", "material/blog")
#: The name of a blog's authors file (``authors_file``, by default in the blog's folder); an
#: archive's look keeps the files of this name.
AUTHORS_FILE = ".authors.yml"
#: A field of a CLDR date pattern (``yyyy``, ``MM``), or quoted text (``'tahun'``).
_DATE_FIELD = re.compile(r"'(?:[^']|'')*'|([A-Za-z])\1*")
#: pymdownx.slugs.slugify's keywords arsip reads (the function itself is never imported from
#: the configuration: ``!!python/object/apply`` is only the mapping it tags).
_SLUGIFY_KEYWORDS = frozenset({"case", "percent_encode", "normalize"})


class Unplaced(Exception):
    """A post the blog plugin publishes (or stops the build on) at a place arsip cannot know."""


@dataclass(frozen=True)
class Blog:
    """One blog of a site, as its entry in ``plugins`` configures it."""

    blog_dir: str = "blog"
    post_dir: str = "blog/posts"
    url_format: str = "{date}/{slug}"
    url_date_format: str = "yyyy/MM/dd"
    max_categories: int = 1
    #: ``pymdownx.slugs.slugify``'s keywords for titles; None: a function arsip does not run.
    slugify: tuple[tuple[str, Any], ...] | None = (("case", "lower"),)
    slug_separator: str = "-"
    categories_separator: str = "-"
    future_drafts: bool = False
    #: The plugin's own ``draft`` setting: drafts are built and published too.
    drafts_built: bool = False
    #: The authors file (``authors_file``, below ``docs_dir``), and the authors it names
    #: (id → name), once read (:meth:`with_authors`).
    authors_file: str = "blog/.authors.yml"
    authors: tuple[tuple[str, str], ...] = ()

    def with_authors(self, text: str | None) -> Blog:
        """This blog with the authors its authors file ``text`` names (``authors: {id: {name:
        …}}``, the plugin's format; None or unreadable YAML: none)."""
        import yaml  # (loaded by the run already)

        try:
            data = yaml.safe_load(text) if text else None
        except yaml.YAMLError:
            data = None
        entries = data.get("authors") if isinstance(data, dict) else None
        names = ((str(key), value.get("name")) for key, value in (entries.items() if isinstance(entries, dict) else ()) if isinstance(value, dict))
        return replace(self, authors=tuple((key, name) for key, name in names if isinstance(name, str) and name.strip()))

    def author_names(self, ids: list[str]) -> list[str]:
        """The names the built post shows for its ``authors`` ids (an id its file does not name
        stays as written)."""
        names = dict(self.authors)
        return [names.get(author, author) for author in ids]

    def holds(self, page: str) -> bool:
        """True when the page ``page`` (its path below ``docs_dir``) is a post of this blog:
        the plugin matches the start of its path, as written."""
        return page.startswith(self.post_dir)

    def post_page(self, page: str, fields: Mapping[str, Any], title: str | None) -> str:
        """The page (below ``docs_dir``) the post ``page`` is built as, whose URL is the
        post's: ``blog/2024/01/23/judul.md``. Raises :class:`Unplaced`."""
        date = _created(fields.get("date"))
        categories = fields.get("categories") if isinstance(fields.get("categories"), list) else []
        stem = _file_name(page)
        slug = fields.get("slug")
        values = {
            "categories": "/".join(_slug(str(name), self.categories_separator, (("case", "lower"),)) for name in categories[: self.max_categories]),
            "date": _formatted(date, self.url_date_format),
            "file": stem,
            "slug": slug if isinstance(slug, str) and slug else self._title_slug(title or _file_title(stem)),
        }
        try:
            path = self.url_format.format(**values)
        except (KeyError, IndexError, ValueError) as error:
            raise Unplaced(f"the blog plugin's post_url_format {self.url_format!r} has a placeholder it does not fill ({error})") from None
        return posixpath.normpath(posixpath.join(self.blog_dir, posixpath.normpath(path.strip("/")) + ".md"))

    def is_draft(self, fields: Mapping[str, Any], today: dt.date) -> bool:
        """True when the plugin leaves the post with front matter ``fields`` out of the build
        (its ``_is_excluded``): not when it builds drafts (``draft: true``); else a post marked
        ``draft: true``, or with ``draft_if_future_date`` one dated after ``today`` without a
        ``draft`` of its own."""
        if self.drafts_built:
            return False
        draft = fields.get("draft")
        if not isinstance(draft, bool) and self.future_drafts:
            try:
                return _created(fields.get("date")).date() > today
            except Unplaced:
                return False
        return draft is True or (isinstance(draft, str) and draft.strip().lower() in ("true", "yes"))

    def _title_slug(self, title: str) -> str:
        if self.slugify is None:
            raise Unplaced("the blog plugin's post_slugify is a Python function arsip does not run")
        return _slug(title, self.slug_separator, self.slugify)


def configured_blogs(plugins: list[tuple[str, dict]]) -> tuple[Blog, ...]:
    """The enabled blogs that ``plugins`` (``mkdocs.yml``'s, as (name, settings) in order)
    configures: the plugin may be given more than once."""
    blogs = (_blog(settings) for name, settings in plugins if name in PLUGIN_NAMES)
    return tuple(blog for blog in blogs if blog is not None)


def _blog(settings: dict) -> Blog | None:
    if settings.get("enabled") is False:
        return None

    def text(key: str, default: str) -> str:
        return settings[key] if isinstance(settings.get(key), str) else default

    root = posixpath.normpath(text("blog_dir", "blog"))
    maximum = settings.get("post_url_max_categories", 1)
    return Blog(
        blog_dir=root,
        post_dir=posixpath.normpath(text("post_dir", "{blog}/posts").replace("{blog}", root)),
        url_format=text("post_url_format", "{date}/{slug}"),
        url_date_format=text("post_url_date_format", "yyyy/MM/dd"),
        max_categories=maximum if isinstance(maximum, int) and not isinstance(maximum, bool) else 1,
        slugify=_slugify_keywords(settings.get("post_slugify")),
        slug_separator=text("post_slugify_separator", "-"),
        categories_separator=text("categories_slugify_separator", "-"),
        future_drafts=settings.get("draft_if_future_date") is True,
        drafts_built=settings.get("draft") is True,
        authors_file=posixpath.normpath(text("authors_file", "{blog}/.authors.yml").replace("{blog}", root)),
    )


def _slugify_keywords(value: Any) -> tuple[tuple[str, Any], ...] | None:
    """``post_slugify`` as keywords of ``pymdownx.slugs.slugify``: the plugin's own
    (``case: lower``) when it is not set; those of ``!!python/object/apply:pymdownx.slugs.slugify
    {kwds: {…}}``; None for anything else (another function)."""
    if value is None:
        return (("case", "lower"),)
    keywords = value.get("kwds", {}) if isinstance(value, dict) else None
    if isinstance(keywords, dict) and set(keywords) <= _SLUGIFY_KEYWORDS:
        return tuple(sorted(keywords.items()))
    return None


def _slug(text: str, separator: str, keywords: tuple[tuple[str, Any], ...]) -> str:
    from pymdownx.slugs import slugify  # the plugin's own slugs; only for a site with a blog

    return slugify(**dict(keywords))(text, separator)


def _created(value: Any) -> dt.datetime:
    """A post's creation date as the plugin reads ``date`` (it stops the build on any other)."""
    if isinstance(value, dict):
        value = value.get("created")
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time())
    if value is None:
        raise Unplaced("the post has no date, and Material's blog plugin stops the build on it")
    raise Unplaced(f"the post's date {value!r} is not a YAML date, and Material's blog plugin stops the build on it")


def _formatted(date: dt.datetime, pattern: str) -> str:
    """``date`` in the CLDR ``pattern`` (``yyyy/MM/dd``): years, months and days as numbers;
    a month's or day's name (``MMMM``, ``EEE``) is in the site's language, not read."""

    def field(match: re.Match) -> str:
        token = match.group(0)
        if token.startswith("'"):
            return token[1:-1].replace("''", "'") or "'"
        letter, width = token[0], len(token)
        if letter == "y":
            return str(date.year)[-2:] if width == 2 else str(date.year).zfill(width)
        if letter in "Md" and width <= 2:
            return str(date.month if letter == "M" else date.day).zfill(width)
        raise Unplaced(f"the blog plugin's post_url_date_format {pattern!r} has {token!r}, written in the site's language")

    return _DATE_FIELD.sub(field, pattern)


def _file_name(page: str) -> str:
    """MkDocs' name of a page's file: its name without extension (``README`` is ``index``)."""
    stem = posixpath.splitext(posixpath.basename(page))[0]
    return "index" if stem == "README" else stem


def _file_title(stem: str) -> str:
    """MkDocs' title of a page that has none: its file's name, ``-`` and ``_`` as spaces,
    capitalized when all in lower case."""
    title = stem.replace("-", " ").replace("_", " ")
    return title.capitalize() if title.lower() == title else title
