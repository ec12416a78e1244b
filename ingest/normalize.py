"""From what a source says (:class:`RawDocument`) to a clean :class:`Document`."""

from __future__ import annotations

import datetime as dt
from typing import Any, Callable

from . import dates
from .date_sources import DateChoice, choose_date
from .document import Document, Problem
from .sites.hugo.urls import HUGO_DATE_KEYS
from .sites.jekyll.document_dates import date_reads as jekyll_date_reads
from .sites.jekyll.urls import build_stopping_date as jekyll_build_stopping_date
from .sites.jekyll.urls import document_title as jekyll_document_title
from .sites.jekyll.urls import front_matter_defaults
from .sites.jekyll.urls import in_drafts_folder as jekyll_draft
from .sites.jekyll.urls import unpublished_draft as jekyll_unpublished_draft
from .metadata import choose_authors, choose_categories, choose_title, choose_url, development_reason, guessed_url_reason, pick, taxonomy_tags, unplaced_reason
from .sites.publishing import in_zone, utc_timestamp
from .sites.pelican.urls import is_pelican_draft, metadata_list, site_author, with_author_list
from .readers import RawDocument
from .sites.site import SiteInfo, citable_url
from .terms import normalize_terms, split_terms

_TRUE = (True, "true", "yes", "True", "TRUE")
_FALSE = (False, "false", "no", "False", "FALSE")
#: Who names a document's address, as a problem says it (by the document's format).
_NAMED_BY = {"feed": "the feed item", "html": "the page"}


def _whole(text: str) -> list[str]:
    """A text as one term."""
    return [text]


#: How a generator splits a text that one of its own keys of terms gives (a list's items are
#: always whole terms, and other texts are split at ``,`` and ``;``): Pelican's ``Tags:`` at
#: ``;`` when there is one, else at ``,`` (``ensure_metadata_list`` of its ``readers.py``), its
#: ``Category:`` whole (one ``Category``); Hugo's taxonomies whole
#: (``types.ToStringSlicePreserveString``: ``tags: "Jakarta, Indonesia"`` is one term); Jekyll's
#: ``tags`` at spaces (``Utils.pluralized_array_from_hash``: "a YAML list or a space-separated string"),
#: its singular ``tag`` whole; Hexo's ``tags`` (or ``tag``) whole (its post processor makes
#: a text a list of one). A Hugo site's own taxonomies are whole too (:func:`_text_splits`).
_TEXT_SPLITS: dict[str, dict[str, Callable[[str], list[str]]]] = {
    "pelican": {"tags": metadata_list, "category": _whole},
    "hugo": {"tags": _whole, "categories": _whole},
    "jekyll": {"tags": str.split, "tag": _whole},
    "hexo": {"tags": _whole, "tag": _whole},
}
#: How a date's source names a front-matter key (``front_matter:date``).
FRONT_MATTER = "front_matter:"
#: Jekyll's folder of unpublished posts, at the site's top (``jekyll build`` leaves it out).
DRAFTS_FOLDER = "_drafts/"


def in_drafts_folder(path: str, generator: str, site: SiteInfo) -> bool:
    """True for a file in a folder of unpublished posts: ``_drafts/`` at the top of any site;
    in a Jekyll site, also where Jekyll reads drafts (``opini/_drafts/``, see
    :func:`~.sites.jekyll.urls.in_drafts_folder`), but for those a site with ``show_drafts``
    publishes; in a Hexo site, ``source/_drafts/`` alone (unless ``render_drafts`` publishes it)."""
    if generator == "hexo" and site.hexo is not None:
        return site.hexo.is_draft(path)
    if generator == "jekyll" and jekyll_draft(path, site.jekyll):
        return jekyll_unpublished_draft(path, site.jekyll)
    return path.startswith(DRAFTS_FOLDER)


def build_document(
    raw: RawDocument,
    *,
    doc_id: str,
    source: str,
    format: str,
    sha256: str,
    encoding: str,
    aliases: dict[str, str] | None,
    site: SiteInfo | None = None,
    file_id: str | None = None,
    generator: str = "markdown",
) -> tuple[Document, DateChoice]:
    """Normalize one :class:`RawDocument` into a :class:`Document` of a site made with
    ``generator``; also returns how its date was chosen (for the collection's day/month
    order, see :mod:`.collection_dates`)."""
    site = site or SiteInfo()
    fields = {key: json_safe(value) for key, value in raw.fields.items()}
    keyed = hugo_keys(fields) if generator == "hugo" else zola_keys(fields) if generator == "zola" else fields  # (the record keeps the keys as written)
    if generator == "jekyll":
        keyed = with_jekyll_defaults(keyed, raw, site, file_id or doc_id)
    document = Document(
        id=doc_id,
        source=source,
        format=format,
        sha256=sha256,
        fields=fields,
        encoding=encoding,
        problems=list(raw.problems),
    )
    document.title = choose_title(raw, keyed, source, _jekyll_title(raw, site, file_id or doc_id) if generator == "jekyll" else None)
    document.categories = normalize_terms(as_generator_splits(choose_categories(raw, keyed, site.path_of(file_id or doc_id), generator, site), keyed, generator, site), aliases)
    tags = as_generator_splits(site_tags(site, file_id or doc_id, _given_tags(raw, keyed, generator)), keyed, generator, site)
    document.tags = normalize_terms(with_taxonomy_terms(tags, taxonomy_tags(keyed, site)), aliases)
    document.authors = blog_authors(site, file_id or doc_id, choose_authors(raw, with_author_list(keyed) if generator == "pelican" else keyed))
    document.authors = document.authors or site_authors(site, site.path_of(file_id or doc_id), raw.fields)
    document.author = document.authors[0] if document.authors else None
    document.url = citable_url(choose_url(raw, keyed, file_id or doc_id, site), document.problems, _NAMED_BY.get(format, "the document"))
    if document.url is None and (site.routes is not None or site.jekyll is not None or site.hugo_paths is not None or site.pelican is not None or site.nikola is not None or site.antora is not None or site.hexo is not None or site.zola is not None or site.quarto is not None or site.eleventy is not None or site.docsify is not None or site.development_base is not None or (site.mkdocs is not None and site.mkdocs.blogs)):
        reason = development_reason(raw, keyed, file_id or doc_id, site) or unplaced_reason(raw, keyed, file_id or doc_id, site)
        document.problems += [Problem("url", reason)] if reason else []
    elif (site.hexo is not None or site.nikola is not None) and (guess := guessed_url_reason(raw, file_id or doc_id, site)):
        document.problems.append(Problem("url", guess))
    if site.hugo_paths is not None:  # (Hugo makes more than this page of the file, or may make none)
        mounted = site.path_of(file_id or doc_id)
        document.problems += [Problem("url", reason) for reason in (site.hugo_paths.read_again(mounted), site.hugo_paths.unsure_mount(mounted)) if reason]
    document.draft = raw.draft or marked_draft(keyed if generator == "jekyll" else raw.fields, generator, site, file_id or doc_id) or in_drafts_folder(site.path_of(file_id or doc_id), generator, site)
    document.draft = document.draft or (site.pelican is not None and is_pelican_draft(site.path_of(file_id or doc_id), raw.fields, site.pelican))
    document.text = raw.text or ""
    return document, date_document(document, raw, site, file_id or doc_id, generator)


def _jekyll_title(raw: RawDocument, site: SiteInfo, file_id: str) -> Callable[[], str | None]:
    """The title Jekyll makes of the file's name when it is a collection document (see
    :func:`~.sites.jekyll.urls.document_title`), to be asked for when nothing else titles it."""
    return lambda: jekyll_document_title(site.path_of(file_id), raw.opens_with_front_matter, site.jekyll)


def with_jekyll_defaults(fields: dict[str, Any], raw: RawDocument, site: SiteInfo, file_id: str) -> dict[str, Any]:
    """A Jekyll page's front matter ``fields`` over the values its site's front-matter
    ``defaults`` give it (:func:`~.sites.jekyll.urls.front_matter_defaults`: a default
    ``title``, ``author``, ``categories``, ``tags`` or ``published``), as Jekyll merges them:
    a key the page gives wins."""
    defaults = front_matter_defaults(site.path_of(file_id), raw.opens_with_front_matter, site.jekyll)
    return {**{key: json_safe(value) for key, value in defaults.items()}, **fields} if defaults else fields


def _given_tags(raw: RawDocument, fields: dict[str, Any], generator: str) -> Any:
    """The tags as given: the reader's, else the first front-matter alias that gives any;
    a Jekyll page's singular ``tag`` before its ``tags`` (``Utils.pluralized_array_from_hash``
    takes the singular key when it is there)."""
    if generator == "jekyll" and raw.tags is None and fields.get("tag") not in (None, "", [], {}):
        return fields["tag"]
    return pick(raw.tags, fields, "tags")


def hugo_keys(fields: dict[str, Any]) -> dict[str, Any]:
    """``fields`` with their keys in lower case, as Hugo reads front matter (its keys ignore
    case: ``Tags``, ``Categories`` and ``Author`` of older archetypes are its tags,
    categories and author); a key written in lower case wins over another spelling of it."""
    if all(key == key.lower() for key in fields):  # (most pages: nothing to change)
        return fields
    lowered: dict[str, Any] = {}
    for key, value in fields.items():
        if key == key.lower() or key.lower() not in lowered:
            lowered[key.lower()] = value
    return lowered


def zola_keys(fields: dict[str, Any]) -> dict[str, Any]:
    """A Zola page's front matter with the taxonomies of its ``[taxonomies]`` table as keys
    of their own, as Hugo writes them (``kategori = ["Pertanian"]`` is read as the key
    ``kategori``); a key of the page's own wins."""
    table = fields.get("taxonomies")
    return {**{str(name): terms for name, terms in table.items()}, **fields} if isinstance(table, dict) and table else fields


def with_taxonomy_terms(tags: Any, terms: list[str]) -> Any:
    """``tags`` as given followed by ``terms`` (see :func:`~.metadata.taxonomy_tags`)."""
    return [*split_terms(tags), *terms] if terms else tags


def as_generator_splits(terms: Any, fields: dict[str, Any], generator: str, site: SiteInfo) -> Any:
    """``terms`` split as ``generator`` splits them when they are a text its own key of
    ``fields`` gives (see :func:`_text_splits`); else as given."""
    if isinstance(terms, str):
        for key, split in _text_splits(generator, site).items():
            if fields.get(key) == terms:
                return split(terms)
    return terms


def _text_splits(generator: str, site: SiteInfo) -> dict[str, Callable[[str], list[str]]]:
    """How ``generator`` splits a text of each of its keys of terms (``_TEXT_SPLITS``); in a
    Hugo site, each taxonomy its configuration declares keeps a text whole as tags and
    categories do (``kategori: "Pemrograman, Web"`` with ``[taxonomies] kategori = "kategori"``
    is one term, read as categories through :data:`~.metadata.ALIASES`)."""
    splits = _TEXT_SPLITS.get(generator, {})
    if generator == "hugo" and site.hugo_paths is not None:
        return {**dict.fromkeys(site.hugo_paths.taxonomies, _whole), **splits}
    return splits


def date_document(document: Document, raw: RawDocument, site: SiteInfo, file_id: str, generator: str) -> DateChoice:
    """Choose and set ``document``'s date (a draft's may be any time ahead: see
    :func:`~.date_sources.choose_date`); returns how it was chosen. A Jekyll document's
    ``date`` is read as Jekyll reads it (:mod:`~.sites.jekyll.document_dates`); a date a
    Jekyll site's build stops on is a problem too (:func:`~.sites.jekyll.urls.build_stopping_date`)."""
    lang = raw.fields.get("lang") if isinstance(raw.fields.get("lang"), str) else site.lang_of(site.path_of(file_id))
    hugo = site.hugo_paths.of_page(site.path_of(file_id)) if generator == "hugo" and site.hugo_paths else None
    keys = hugo.date_keys if hugo is not None and hugo.date_keys != HUGO_DATE_KEYS else ()  # (its language's [frontmatter] date)
    fields = dated_fields(raw, site, file_id, generator)
    reads = jekyll_date_reads(site.path_of(file_id), raw.opens_with_front_matter, site.jekyll) if generator == "jekyll" else None
    choice = choose_date(raw.date, raw.date_source, fields, file_id, raw.text, dates.default_order(lang), keys, unpublished=document.draft, reads=reads)
    stopping = jekyll_build_stopping_date(site.path_of(file_id), fields, raw.opens_with_front_matter, site.jekyll) if generator == "jekyll" and site.jekyll else None
    if stopping:
        choice.problems.append(Problem("date", stopping))
    apply_date(document, choice)
    source = document.date_source or ""
    zone = site_zone(site, generator, fields.get(source[len(FRONT_MATTER) :]), site.path_of(file_id)) if source.startswith(FRONT_MATTER) else None
    if zone:
        document.date, document.date_end = in_zone(document.date, zone), in_zone(document.date_end, zone)
    return choice


def dated_fields(raw: RawDocument, site: SiteInfo, file_id: str, generator: str) -> dict[str, Any]:
    """The front matter ``raw.fields`` the page's date is read from: in a Jekyll site, with
    the ``date`` its front-matter ``defaults`` give a page that gives none itself (Jekyll
    merges the defaults under the front matter, ``Document#merge_defaults``, and a post's
    file name dates it only when neither gives a date, ``Document#modify_date``), as
    YAML typed it (:func:`site_zone` tells a timestamp by its type)."""
    if generator != "jekyll" or site.jekyll is None or not site.jekyll.defaults or "date" in raw.fields:
        return raw.fields
    default = front_matter_defaults(site.path_of(file_id), raw.opens_with_front_matter, site.jekyll).get("date")
    return {"date": default, **raw.fields} if default is not None else raw.fields


def site_zone(site: SiteInfo, generator: str, value: Any, path: str) -> str | None:
    """The time zone (an IANA name) ``generator`` reads the front-matter date ``value`` of
    the page at ``path`` in when it has a time without a UTC offset: the one the site's
    configuration names, Hugo's ``timeZone`` (its page's language's own when it names one,
    see :meth:`~.sites.site.SiteInfo.publishing_of`), Jekyll's and Hexo's ``timezone`` (see :class:`~.sites.publishing.Publishing`),
    Pelican's ``TIMEZONE``; for Jekyll a YAML timestamp (``date: 2024-03-05 10:00:00``
    unquoted) is UTC whatever the site's zone (:func:`~.sites.publishing.utc_timestamp`), as
    :mod:`~.sites.jekyll.urls` reads it too. None when the configuration names none (the
    zone of the machine that builds the site, not known)."""
    if utc_timestamp(generator, value):
        return "UTC"
    if generator in ("hugo", "jekyll", "hexo"):
        publishing = site.publishing_of(path)
        return publishing.time_zone if publishing is not None else None
    if generator == "pelican" and site.pelican is not None:
        zone = site.pelican.values.get("TIMEZONE")
        return zone if isinstance(zone, str) else None
    return None


def apply_date(document: Document, choice: DateChoice) -> None:
    """Set the document's date fields and date problems from ``choice``."""
    document.problems = [problem for problem in document.problems if problem.field != "date"] + choice.problems
    if choice.parsed:
        document.date, document.date_end, document.date_raw = choice.parsed.start, choice.parsed.end, choice.parsed.raw
        document.date_source = choice.source
    else:
        document.date = document.date_end = document.date_source = None
        document.date_raw = choice.raw_rejected


def marked_draft(fields: dict[str, Any], generator: str, site: SiteInfo, doc_id: str) -> bool:
    """True when the front matter ``fields`` of ``doc_id`` make it a draft as its generator
    reads them (:func:`is_draft`); in a MkDocs site, which has no drafts of a page's own
    (``draft_docs`` is a setting of ``mkdocs.yml``), only a post of a Material blog that the
    blog plugin leaves out (:meth:`~.sites.mkdocs.blog.Blog.is_draft`); in a vault published
    by Obsidian Publish or Quartz, also a note its ``publish`` property keeps off the site
    (:meth:`~.sites.notes.NotePublishing.unpublished`); in an Astro site, also an entry of a
    collection whose schema defaults its draft key to a draft's value when it lacks that key
    (:meth:`~.sites.javascript.docs_sites.DocsRoutes.draft_by_default`). A Nikola post is
    its site's to judge (:meth:`~.sites.nikola.NikolaSite.is_draft`: its status or tags
    mark a draft, deployed unless ``DEPLOY_DRAFTS = False``; Nikola reads no ``draft`` or
    ``published`` key)."""
    if generator == "nikola":
        return False
    if generator == "mkdocs":
        blog = _blog_of(site, doc_id)
        return blog is not None and blog.is_draft(fields, dt.date.today())
    if site.routes is not None and site.routes.draft_by_default(site.path_of(doc_id), fields):
        return True
    return is_draft(fields) or (site.notes is not None and site.notes.unpublished(fields))


def site_tags(site: SiteInfo, doc_id: str, tags: Any) -> Any:
    """``tags`` of a Docusaurus docs page or blog post (a list of keys) by the labels its
    folder's tags file gives them."""
    return site.routes.tag_labels(site.path_of(doc_id), tags) if site.routes is not None and isinstance(tags, list) else tags


def blog_authors(site: SiteInfo, doc_id: str, authors: list[str]) -> list[str]:
    """``authors`` of a post of a MkDocs or Docusaurus blog by the names its authors file
    gives their ids, of a Contentlayer site's by its authors documents' (its default
    author when a blog post names none, :meth:`~.sites.javascript.docs_sites.DocsRoutes.author_names`); of a Jekyll or Hugo page by the names its site's authors give them
    (:attr:`~.sites.jekyll.config.JekyllSite.authors`, :attr:`~.sites.site.SiteInfo.hugo_authors`)."""
    if site.routes is not None and (authors or site.routes.authors):
        return site.routes.author_names(site.path_of(doc_id), authors)
    if site.jekyll is not None and site.jekyll.authors:
        return _named(authors, site.jekyll.authors)
    if site.hugo_authors:
        return _named(authors, site.hugo_authors)
    blog = _blog_of(site, doc_id)
    return blog.author_names(authors) if blog is not None and blog.authors else authors


def _named(ids: list[str], names: tuple[tuple[str, str], ...]) -> list[str]:
    """``ids`` by the names ``names`` (id, name) gives them (one it does not name, or a name
    written out, stays as written)."""
    named = dict(names)
    return [named.get(author, author) for author in ids]


def site_authors(site: SiteInfo, path: str, fields: dict[str, Any]) -> list[str]:
    """The author a Pelican site gives its file at ``path`` whose front matter ``fields``
    names none (its ``AUTHOR``, see :func:`~.sites.pelican.urls.site_author`), as a list."""
    author = site_author(path, fields, site.pelican) if site.pelican is not None else None
    return [author] if author else []


def _blog_of(site: SiteInfo, doc_id: str):
    """The MkDocs blog whose post ``doc_id`` is (:meth:`~.sites.mkdocs.config.MkDocsSettings.blog_of`), or None."""
    page = site.in_docs_dir(site.path_of(doc_id)) if site.mkdocs is not None and site.mkdocs.blogs else None
    return site.mkdocs.blog_of(page) if site.mkdocs is not None and page is not None else None


def is_draft(fields: dict[str, Any]) -> bool:
    """True when front matter marks a draft: ``draft: true``, ``published: false`` or
    Pelican's ``status: draft``."""
    status = fields.get("status")
    return fields.get("draft") in _TRUE or fields.get("published") in _FALSE or (isinstance(status, str) and status.strip().lower() == "draft")


def json_safe(value: Any) -> Any:
    """Front-matter values as JSON types: dates become ISO strings, unknown types text."""
    if value is None or isinstance(value, (str, int, float, bool)):  # most values: first
        return value
    if isinstance(value, (dt.date, dt.datetime)):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(key): json_safe(item) for key, item in value.items()}
    if isinstance(value, (list, tuple, set)):
        return [json_safe(item) for item in value]
    return str(value)
