"""Metadata precedence for every format: title, author(s), categories, tags and url.

Readers report what they found (front-matter values, the format's own title, the first
heading, an HTML ``<title>``, ...); this module alone decides which one wins. Dates are
chosen in :mod:`.date_sources`.
"""

from __future__ import annotations

import os
import re
from dataclasses import replace
from typing import Any, Callable, Iterator
from urllib.parse import unquote, urljoin, urlsplit

from .sites.hexo.site import Unplaced, build_zone_reason, hexo_categories, hexo_path, hexo_url
from .markup.html import tidy_text
from .sites.hugo.urls import DEFAULT_TAXONOMIES, hugo_path
from .sites.hugo.urls import unplaced_reason as hugo_unplaced_reason
from .sites.jekyll.urls import absolute_url, jekyll_path, post_categories
from .sites.jekyll.urls import unplaced_reason as jekyll_unplaced_reason
from .sites.mkdocs.blog import Unplaced as UnplacedPost
from .sites.mkdocs.config import published_path
from .paths import page_name
from .sites.pelican.urls import Unplaceable, path_category, pelican_path
from .readers import RawDocument
from .readers.mirror_address import page_place, site_address
from .sites.site import HOST_WITHOUT_SCHEME, SiteInfo
from .sites.sphinx.targets import PAGE_EXTENSIONS
from .terms import clean_label
from .sites.eleventy import published_path as eleventy_path
from .sites.eleventy import unplaced_reason as eleventy_unplaced_reason
from .sites.zola import unplaced_reason as zola_unplaced_reason
from .sites.zola import zola_path
from .sites.quarto import quarto_path

#: Front-matter keys that name each first-class field, in order of preference.
ALIASES = {
    "title": ("title", "judul", "headline", "proyek", "name", "nama"),
    "categories": ("categories", "category", "kategori"),
    "tags": ("tags", "tag", "label", "labels", "keywords", "kata_kunci"),
    "author": ("author", "authors", "penulis", "oleh", "creator"),
    "url": ("permalink", "url", "canonical", "canonical_url", "link"),
}
#: Front-matter keys read as categories, tags or authors: a site's own taxonomy of one of
#: these names is read through :data:`ALIASES`.
_TERM_KEYS = frozenset(ALIASES["categories"] + ALIASES["tags"] + ALIASES["author"])
#: Longest title taken from the first line of the text (untitled feed posts).
FIRST_LINE_TITLE_CHARS = 80

_JEKYLL_NAME = re.compile(r"^(\d{4}-\d{2}-\d{2})-(.+?)(?:\.[A-Za-z]+)?$")
_ABSOLUTE_URL = re.compile(r"^https?://\S+$", re.I)


def pick(given: Any, fields: dict[str, Any], name: str) -> Any:
    """``given`` when the reader found it, else the first non-empty front-matter alias."""
    if given is not None:
        return given
    for key in ALIASES[name]:
        if fields.get(key) not in (None, "", [], {}):
            return fields[key]
    return None


def choose_title(raw: RawDocument, fields: dict[str, Any], source: str, name_title: Callable[[], str | None] | None = None) -> str:
    """The title, first present of: a front-matter title key, the format's own title
    (WordPress ``<title>``, HTML ``og:title``), the first heading, the HTML ``<title>``,
    the first line of an untitled feed post, the name of an item of an export or feed
    (:func:`_item_name`), the title the site's generator makes of the file's name
    (``name_title``, asked only then: a Jekyll document's, see
    :func:`~.sites.jekyll.urls.document_title`), the file name."""
    for candidate in _title_candidates(raw, fields):
        if isinstance(candidate, (str, int, float)) and not isinstance(candidate, bool) and str(candidate).strip():
            return clean_label(tidy_text(str(candidate)))
    generated = name_title() if name_title is not None and not raw.item_id else None
    if generated:
        return clean_label(generated)
    stem = _item_name(raw.url, raw.item_id) if raw.item_id else page_name(source)
    match = _JEKYLL_NAME.match(stem)
    return clean_label((match.group(2) if match else stem).replace("-", " ").replace("_", " "))


def _item_name(url: str | None, item_id: str) -> str:
    """The name of an item of an export or feed that has neither a title nor text: the last
    part of the path of its address (``sawah`` of ``…/post/700100001/sawah``, ``blog-post``
    of Blogger's ``…/2015/11/blog-post.html``), else its id in the file (``1647``,
    ``post-4297513747047282573``). The file's name is every item's, not this one's."""
    last = unquote(urlsplit(url or "").path.rstrip("/").rpartition("/")[2])
    return (last.rsplit(".", 1)[0] if "." in last else last) or item_id


def _title_candidates(raw: RawDocument, fields: dict[str, Any]) -> Iterator[Any]:
    """The sources of a title in order of preference, each looked at only when none before
    it gave a title (finding the first heading may cost a Markdown conversion)."""
    yield pick(None, fields, "title")
    yield raw.title
    yield raw.first_heading()
    yield raw.page_title
    yield _first_line(raw.first_line)


def choose_categories(raw: RawDocument, fields: dict[str, Any], path: str, generator: str, site: SiteInfo) -> Any:
    """The categories as given (labels to clean and split at commas, see
    :func:`~.terms.split_terms`): a Jekyll post's ``page.categories`` (its folders above
    ``_posts``, then its defaults' and front matter's, see
    :func:`~.sites.jekyll.urls.post_categories`), else the reader's, else the first front-matter
    alias that gives any. A Hexo post's are every category of its hierarchies
    (:func:`~.sites.hexo.site.hexo_categories`: ``[Berita, Daerah]`` is Berita and Daerah inside it).
    A Pelican article without one has the category its place gives (:func:`~.sites.pelican.urls.path_category`)."""
    if generator == "hexo" and raw.categories is None:
        return [name for hierarchy in hexo_categories(raw.fields) for name in hierarchy]
    if generator == "jekyll" and raw.categories is None:
        jekyll = post_categories(path, raw.fields, site.jekyll)
        if jekyll:
            return jekyll
    given = pick(raw.categories, fields, "categories")
    if not given and generator == "pelican" and site.pelican is not None:
        return path_category(path, raw.fields, site.pelican)  # its folder, as Pelican shows it
    return given


def taxonomy_tags(fields: dict[str, Any], site: SiteInfo) -> list[str]:
    """The terms a site's own taxonomies give the page with front matter ``fields`` (a Hugo
    page's keys in lower case, a Zola page's taxonomies as keys: see
    :func:`~.normalize.zola_keys`), in their order: ``topik: [ReactJS]`` with Hugo's
    ``[taxonomies] topik = "topik"``, ``series``; they are tags. A taxonomy named as a key of
    categories, tags or authors (``kategori``, ``label``, ``penulis``) is read as that key.
    A text is one term, as Hugo reads a taxonomy."""
    return [term for name in _own_taxonomies(fields, site) if name not in _TERM_KEYS for term in _taxonomy_terms(fields.get(name))]


def _own_taxonomies(fields: dict[str, Any], site: SiteInfo) -> tuple[str, ...]:
    """The names of the taxonomies a page's site declares: its Hugo configuration's (none
    to read when it declares Hugo's default, tags and categories), a Zola page's
    ``[taxonomies]`` table's (Zola stops on one its configuration does not declare)."""
    if site.hugo_paths is not None:
        return () if site.hugo_paths.taxonomies == DEFAULT_TAXONOMIES else site.hugo_paths.taxonomies
    table = fields.get("taxonomies") if site.zola is not None else None
    return tuple(map(str, table)) if isinstance(table, dict) else ()


def _taxonomy_terms(value: Any) -> list[str]:
    """The terms of a Hugo taxonomy's front-matter value: a text is one, a list's items each."""
    if isinstance(value, str):
        return [value]
    return [str(item) for item in value if isinstance(item, (str, int, float))] if isinstance(value, list) else []


def choose_authors(raw: RawDocument, fields: dict[str, Any]) -> list[str]:
    """Every author's name: a mapping gives its ``name``, a list all of its names;
    ``author`` and ``authors`` both count, without repeats."""
    values = [raw.author] if raw.author is not None else [fields.get(key) for key in ALIASES["author"]]
    names: list[str] = []
    for value in values:
        for name in _names(value):
            if name and name not in names:
                names.append(name)
    return names


def choose_url(raw: RawDocument, fields: dict[str, Any], doc_id: str, site: SiteInfo) -> str | None:
    """Where to cite the document: the reader's URL (WordPress ``<link>``, HTML canonical or
    ``og:url``), else ``permalink``/``url`` (joined to the site's base URL when relative),
    else where its generator publishes it under the site's base URL (see
    :func:`_published_path`); a Jekyll site's own address of the file (its front-matter
    ``permalink`` expanded, see :mod:`.sites.jekyll.urls`), and an Antora page's place in its site
    (:meth:`~.sites.antora.AntoraSite.place`), a Nikola post's or page's (:meth:`~.sites.nikola.NikolaSite.place`), a Pelican site's (see :mod:`.sites.pelican.urls`), and
    a MkDocs blog post's (:mod:`.sites.mkdocs.blog`), take the place of both of the last two.
    None when nothing says."""
    if raw.url:  # (a page may name its address relative to itself: resolved when the site's address is known)
        return raw.url if not site.base_url or _ABSOLUTE_URL.match(raw.url) else site_address(site.base_url, _served_path(site.path_of(doc_id)), raw.url)
    if raw.site_path and site.base_url:
        return _under_base(site.base_url, raw.site_path)
    if site.antora is not None:  # (a page's own ``:url:`` attribute is not its address)
        placed = site.antora.place(site.path_of(doc_id)) if site.base_url else None
        return _under_base(site.base_url, placed) if placed else None
    if site.nikola is not None:  # (a post's own ``link`` is where its content came from, not its address)
        placed = site.nikola.place(site.path_of(doc_id), fields) if site.base_url else None
        return _under_base(site.base_url, placed) if placed is not None else None
    value = _written_url(fields, site)
    if isinstance(value, str) and value.strip():
        value = value.strip()
        if _ABSOLUTE_URL.match(value):
            return value
        if value.startswith("//") and HOST_WITHOUT_SCHEME.match(value):  # (a whole address; without a site's scheme, https with a problem: see citable_url)
            return urljoin(site.base_url, value) if site.base_url else value
        if site.base_url and value.startswith("/") and ":" not in value and site.jekyll is None and site.hexo is None and site.eleventy is None:
            return _under_base(site.base_url, value)
    if site.hexo and site.base_url:
        try:
            placed = hexo_path(site.path_of(doc_id), raw.fields, site.hexo)
        except Unplaced:
            return None
        return hexo_url(site.base_url, placed, site.hexo) if placed else None
    if site.jekyll and site.base_url:
        placed = jekyll_path(site.path_of(doc_id), raw.fields, raw.opens_with_front_matter, site.jekyll)  # as YAML typed them
        return absolute_url(site.base_url, placed) if placed else None
    if site.pelican is not None:
        placed = _pelican_place(raw, doc_id, site)[0] if site.base_url else None
        return _under_base(site.base_url, placed) if site.base_url and placed is not None else None
    post = _blog_post(raw, doc_id, site) if site.mkdocs is not None and site.mkdocs.blogs and site.base_url else (None, None)
    if post != (None, None):
        return _under_base(site.base_url, post[0]) if post[0] else None
    placed = _published_path(site.path_of(doc_id), fields, site) if site.base_url else None
    return _under_base(site.base_url, placed) if site.base_url and placed else None


def guessed_url_reason(raw: RawDocument, doc_id: str, site: SiteInfo) -> str | None:
    """Why the url of the page ``doc_id`` is arsip's guess between places its generator may
    publish it at: a Hexo post whose address depends on the zone of the machine that
    builds the site (:func:`~.sites.hexo.site.build_zone_reason`), a Nikola page whose
    address depends on the Nikola its ``conf.py`` is judged from
    (:meth:`~.sites.nikola.NikolaSite.guessed_reason`); None otherwise."""
    if site.hexo is not None and site.base_url:
        return build_zone_reason(site.path_of(doc_id), raw.fields, site.hexo)
    if site.nikola is not None and site.base_url:
        return site.nikola.guessed_reason(site.path_of(doc_id), raw.fields)
    return None


def unplaced_reason(raw: RawDocument, fields: dict[str, Any], doc_id: str, site: SiteInfo) -> str | None:
    """Why the page ``doc_id`` has no url when its site's configuration would place it but
    arsip cannot know where: a setting it computes (``url: process.env.URL`` in
    ``docusaurus.config.ts``), a Jekyll permalink needing a date the document does not give
    (:func:`~.sites.jekyll.urls.unplaced_reason`); None otherwise."""
    if site.routes is not None:
        return site.routes.unread_reason(site.path_of(doc_id), fields)
    if site.docsify is not None and site.base_url:
        return site.docsify.unplaced_reason(site.path_of(doc_id))
    if site.hexo is not None and site.base_url:
        try:
            hexo_path(site.path_of(doc_id), raw.fields, site.hexo)
        except Unplaced as reason:
            return str(reason)
        return None
    if site.antora is not None:
        return site.antora.unplaced_reason(site.path_of(doc_id))
    if site.nikola is not None:
        return site.nikola.unplaced_reason(site.path_of(doc_id))
    if site.eleventy is not None and site.base_url:
        return eleventy_unplaced_reason(site.path_of(doc_id), fields, site.eleventy)
    if site.zola is not None and site.base_url:
        return zola_unplaced_reason(site.path_of(doc_id), fields, site.zola)
    if site.jekyll is not None and site.base_url:
        return jekyll_unplaced_reason(site.path_of(doc_id), raw.fields, raw.opens_with_front_matter, site.jekyll)
    if site.hugo_paths is not None and site.base_url:
        return hugo_unplaced_reason(site.path_of(doc_id), fields, site.hugo_paths)
    if site.pelican is not None and "SITEURL" in site.pelican.unknown and _pelican_place(raw, doc_id, site) != (None, None):
        return f"{site.pelican.unknown['SITEURL']} computes SITEURL (arsip reads literal values only)"
    if site.pelican is not None and site.base_url:
        return _pelican_place(raw, doc_id, site)[1]
    if site.mkdocs is not None and site.mkdocs.blogs and site.base_url:
        return _blog_post(raw, doc_id, site)[1]
    return None


def _blog_post(raw: RawDocument, doc_id: str, site: SiteInfo) -> tuple[str | None, str | None]:
    """Where Material's blog plugin publishes the page ``doc_id`` of a MkDocs site when it is a
    post of one of its blogs (see :mod:`~.sites.mkdocs.blog`: titled by MkDocs' title of it),
    and why that is not known: (None, reason); (None, None) for a page that is no post."""
    page = site.in_docs_dir(site.path_of(doc_id))
    blog = site.mkdocs.blog_of(page) if site.mkdocs is not None and page is not None else None
    if blog is None:
        return None, None
    title = raw.fields.get("title")
    try:
        post = blog.post_page(page, raw.fields, title if isinstance(title, str) and title else raw.markdown_title)
    except UnplacedPost as unplaced:
        return None, str(unplaced)
    return published_path(post, site.directory_urls), None


def _pelican_place(raw: RawDocument, doc_id: str, site: SiteInfo) -> tuple[str | None, str | None]:
    """Where Pelican publishes the file ``doc_id`` below ``SITEURL`` (see
    :func:`~.sites.pelican.urls.pelican_path`: its title is its metadata's, else a reST
    document's own or an HTML file's ``<title>``), and why that is not known: (None, reason)."""
    path = site.path_of(doc_id)
    try:
        return pelican_path(path, raw.fields, pelican_title(raw, path), site.pelican), None
    except Unplaceable as unplaceable:
        return None, str(unplaceable)


def pelican_title(raw: RawDocument, path: str) -> str | None:
    """The title Pelican reads besides the metadata's: a reST document's own, an HTML file's ``<title>``."""
    return raw.page_title if path.lower().endswith((".html", ".htm")) else raw.title


def development_reason(raw: RawDocument, fields: dict[str, Any], doc_id: str, site: SiteInfo) -> str | None:
    """Why the page ``doc_id`` has no url when its site's configuration gives a development
    address or a placeholder as its base URL (:func:`~.sites.site.is_development_address`,
    :func:`~.sites.site.is_placeholder_address`) under which the page would have been placed;
    None otherwise."""
    if site.development_base is None:
        return None
    placed = choose_url(raw, fields, doc_id, replace(site, base_url=site.development_base))
    return site.development_reason if placed is not None else None


def _written_url(fields: dict[str, Any], site: SiteInfo) -> Any:
    """The address the front matter gives (``permalink``, ``url``, ``canonical`` …); in a
    Hugo site ``url`` only when it is a whole address: Hugo places a page by its path
    (see :func:`~.sites.hugo.urls.hugo_path`)."""
    if site.hugo_paths is None:
        return pick(None, fields, "url")
    for key in ALIASES["url"]:
        value = fields.get(key)
        if value not in (None, "", [], {}) and (key != "url" or (isinstance(value, str) and _ABSOLUTE_URL.match(value.strip()))):
            return value
    return None


def _published_path(path: str, fields: dict[str, Any], site: SiteInfo) -> str | None:
    """Where the generator publishes the page at ``path`` (in its site) below the base URL:
    a Docusaurus, Starlight, VitePress or VuePress page as its generator routes it
    (:meth:`~.sites.javascript.docs_sites.DocsRoutes.place`); a Docsify page at its route
    (:meth:`~.sites.docsify.DocsifySite.place`); a MkDocs page by its place below ``docs_dir`` (:func:`~.sites.mkdocs.config.published_path`,
    none outside it); in its language's folder of the site with mkdocs-static-i18n, :class:`~.sites.mkdocs.config.Languages`; a Sphinx page as ``path.html`` (or its ``html_file_suffix``; None when computed); a page of a Hugo site
    as Hugo places it (:func:`~.sites.hugo.urls.hugo_path`); a page of a Zola site as Zola
    places it (:func:`~.sites.zola.zola_path`); a Quarto page at its path with ``.html``
    (:func:`~.sites.quarto.quarto_path`); an Eleventy page at its permalink or default
    output path (:func:`~.sites.eleventy.published_path`); a ``slug`` of a page under ``content/``
    of another site as ``section/slug/``. None when nothing says."""
    if site.routes is not None:
        return site.routes.place(path, fields)
    if site.docsify is not None:
        return site.docsify.place(path)
    if site.docs_dir is not None:
        page = site.in_docs_dir(path)
        if page is not None and site.mkdocs is not None and site.mkdocs.languages is not None:
            language, page = site.mkdocs.languages.place(page)  # mkdocs-static-i18n: ``en/`` for English
            return language + published_path(page, site.directory_urls)
        return published_path(page, site.directory_urls) if page is not None else None
    if site.sphinx:
        stem, extension = os.path.splitext(path)
        return stem + site.page_suffix if site.page_suffix is not None and extension.lower() in PAGE_EXTENSIONS else None
    if site.hugo_paths:
        return hugo_path(path, fields, site.hugo_paths)
    if site.zola is not None:
        return zola_path(path, fields, site.zola)
    if site.quarto is not None:
        return quarto_path(path)
    if site.eleventy is not None:
        return eleventy_path(path, fields, site.eleventy)
    if path.lower().endswith(_SERVED_PAGES):  # (a built site's page, no generator placing it: served where it lies)
        return page_place(_served_path(path))
    slug = fields.get("slug")
    if not (isinstance(slug, str) and slug.strip() and path.startswith("content/")):
        return None
    section = path[len("content/") :].rsplit("/", 1)[0] if "/" in path[len("content/") :] else ""
    return "/".join(part for part in (section, slug.strip().strip("/")) if part) + "/"


#: The pages a web server serves as they lie in a built site's folder.
_SERVED_PAGES = (".html", ".htm")
#: The folder Jekyll and Quarto build a site into: read when nothing but a repository's own
#: files (``README``, ``CNAME``) lies beside it, it is the site those files name.
_BUILT_FOLDER = "_site/"


def _served_path(path: str) -> str:
    """Where the file at ``path`` (in its site) lies in the folder a web server serves: in
    a ``_site/`` at the site's top, its place there."""
    return path.removeprefix(_BUILT_FOLDER)


def _under_base(base_url: str, path: str) -> str:
    """``path`` below ``base_url``, whether or not it ends with ``/``."""
    return urljoin(base_url.rstrip("/") + "/", path.lstrip("/"))


#: The parts of a CSL name (Quarto's and Pandoc's ``name: {given: …, family: …}``), in the
#: order they are shown ("Ludwig van Beethoven", "Budi Santoso Jr.").
_NAME_PARTS = ("given", "dropping-particle", "non-dropping-particle", "family", "suffix")


def _names(value: Any) -> list[str]:
    if value is None or isinstance(value, bool):
        return []
    if isinstance(value, dict):
        name = value.get("name") or value.get("nama") or value.get("display_name") or value.get("literal")
        return _names(name) if name is not None else _names(_name_of_parts(value))
    if isinstance(value, (list, tuple)):
        return [name for item in value for name in _names(item)]
    return [clean_label(str(value))] if str(value).strip() else []


def _name_of_parts(value: dict) -> str | None:
    """The name a CSL name mapping shows (``{given: Budi, family: Santoso}`` is "Budi
    Santoso"); None when it has none of the parts."""
    parts = [str(value[part]).strip() for part in _NAME_PARTS if isinstance(value.get(part), (str, int)) and str(value[part]).strip()]
    return " ".join(parts) or None


def _first_line(text: str | None) -> str | None:
    if not text:
        return None
    line = text.strip().split("\n", 1)[0].strip()
    if len(line) <= FIRST_LINE_TITLE_CHARS:
        return line or None
    clipped = line[:FIRST_LINE_TITLE_CHARS].rsplit(" ", 1)[0]
    return clipped + "…"
