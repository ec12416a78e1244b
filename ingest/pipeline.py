"""The ingest pipeline: sources → decoded, repaired text → reader → clean documents.

:func:`read_documents` streams documents in a stable order. Large inputs are spread
over worker processes a window at a time, so memory stays flat however big the input:
the files in flight (read ahead, or being ingested) add up to at most
:func:`~.limits.in_flight_bytes` (see :class:`~.pool.SurvivingPool`).
"""

from __future__ import annotations

import datetime as dt
import gc
import hashlib
import itertools
import os
import posixpath
from collections import deque
from dataclasses import replace
from typing import Any, Callable, Iterable, Iterator

from .asciidoc.include import IncludeRoot
from .collection_dates import CollectionDates, RootDates, site_of
from .conflicts import without_conflict_markers
from .decode import NotText
from .document import Document, FileFailure, Problem
from .duplicates import without_copies
from .errors import describe_os_error
from .formats import ELEVENTY_TEMPLATES, LFS_POINTER, SITE_CONFIGURATION, is_archive, is_lfs_pointer
from .handover import Finish, itself
from .sites.eleventy import NOT_A_TEMPLATE_FORMAT, TEMPLATE_ENGINES
from .sites.eleventy_ignores import IGNORED as ELEVENTY_IGNORED
from .sites.docsify import DocsifySite
from .sites.gitbook import SUMMARY, SUMMARY_SKIPPED
from .sites.gitbook_book import OUTSIDE_BOOK_ROOT
from .sites.generators import EXAMPLE_SITE, detect_generator, file_generator, in_static_files, is_site_folder, look_into_archive
from .sites.hugo.params import NO_PARAMS, params_for
from .sites.hugo.markup import extension_format, page_format
from .sites.hugo.urls import CONTENT_ADAPTER, CONTENT_EXTENSIONS, is_content_file
from .sites.javascript.docs_sites import DOCUSAURUS_CONFIGS
from .sites.jekyll.config import JekyllSite
from .sites.jekyll.urls import front_matter_defaults
from .sites.jekyll.urls import is_document as is_jekyll_document
from .limits import task_bytes
from .paths import path_id, path_text
from .sites.mkdocs.config import MkDocsSettings
from .sites.nikola import META_FILE, OUTSIDE_NIKOLA_SOURCES, NikolaSite, apply_metadata, read_post_metadata
from .mojibake import repair_text
from .metadata import pelican_title
from .normalize import build_document, date_document, dated_fields, is_draft
from .sites.publishing import Publication, earliest, publication
from .sites.quarto import BLOGDOWN_RENDERED, blogdown_source, rmarkdown_unrendered_reason
from .readers import RawDocument, ReadError, SourceFile
from .sites.pelican.urls import SKIPPED_UNTITLED, skipped_reason
from .readers.registry import decode_file, reader_named, unread_reason
from .screening import skip_reason
from .shared_addresses import SharedAddresses
from .site_keywords import RecordedKeywords, SiteKeywords
from .sites.site import SiteInfo, hugo_language_site, read_site_info, site_info
from .sites.syntax import site_syntax
from .sources import Skip, Source, discover, existing_paths, input_root
from .sites.sphinx.build import BESIDE_SOURCES, not_a_built_page
from .sites.sphinx.project import Project, project_targets, sphinx_project
from .results import FileResult, IngestOptions, IngestReport

#: Below this many files (and ``max_bytes`` of them), worker processes cost more than they save.
PARALLEL_THRESHOLD = 200
#: Why a file of a MkDocs site outside its ``docs_dir`` is not read.
OUTSIDE_DOCS_DIR = "outside the MkDocs docs_dir: not a page of the site"
#: Why a file of a Hexo site outside its ``source_dir`` (or hidden there) is not read.
OUTSIDE_HEXO_SOURCE = "outside the Hexo source_dir (or hidden there): not a page of the site"
#: Why a file of a Zola site outside its ``content`` folder is not read (templates, styles, static files).
OUTSIDE_ZOLA_CONTENT = "outside the Zola content folder: not a page of the site"
#: Why a file of a Pelican site outside its content folder ``PATH`` is not read (its theme's
#: templates, plugins, the built ``output/``, the repository's README).
OUTSIDE_PELICAN_CONTENT = "outside the Pelican content folder (PATH): not a page of the site"
#: Why a file of a Hugo site outside its content folders is not read (templates, static files, the built site).
OUTSIDE_HUGO_CONTENT = "outside the Hugo content folders: not a page of the site"
#: Why a file of a Hugo site in a folder mounted on its content that the mount's globs leave out is not read.
HUGO_MOUNT_LEFT_OUT = "left out of its Hugo content mount by the mount's includeFiles, excludeFiles or files globs: not a page of the site"
#: The formats of Hugo's content files a front matter's ``markup`` may read in another (see :mod:`.sites.hugo.markup`).
HUGO_MARKUP_READERS = frozenset(("markdown", "html", "asciidoc", "org", "rst"))
#: Why a file in a Hugo site's content folder that is in none of Hugo's content formats is not read.
HUGO_PAGE_RESOURCE = (
    "in a Hugo content folder but in none of Hugo's content formats (Markdown, HTML, AsciiDoc, Org, Pandoc, reStructuredText): "
    "a page resource, not a page of the site"
)
#: Why a Hugo content adapter is not read: a template that adds pages to its section when
#: the site is built (Hugo 0.126 and later), from data arsip does not see.
HUGO_CONTENT_ADAPTER = (
    "a Hugo content adapter (_content.gotmpl): a template that adds pages to its section when the site is built; "
    "the pages it adds are not read"
)
#: Why a file of a Docusaurus site outside the folders it publishes is not read.
OUTSIDE_DOCUSAURUS_CONTENT = "outside the Docusaurus site's content folders (its docs, blog and pages folders, i18n/, static/): not a page of the site"
#: Why a file of a Hugo theme's example site is not read: Hugo builds it only when the theme
#: is shown on its own (``hugo -s exampleSite``), never with the site that holds it.
HUGO_EXAMPLE_SITE = "in a Hugo theme's example site (exampleSite/): the theme's demo, not a page of the site"
#: Why a file of a Starlight site outside the folders it publishes is not read.
OUTSIDE_STARLIGHT_CONTENT = "outside the Starlight site's content folders (src/content/docs/, src/pages/, public/): not a page of the site"
#: Why a file of an Astro site outside the folders it publishes is not read.
OUTSIDE_ASTRO_CONTENT = "outside the Astro site's source folder (src/), public/ and the folders its content collections load: not a page of the site"
#: Why a file of a Gatsby, Gridsome, Nuxt Content, Nextra, Contentlayer or Velite site outside the folders its code makes pages from is not read.
OUTSIDE_GATSBY_CONTENT = "outside the Gatsby site's filesystem sources, src/pages/ and static/: not a page of the site"
OUTSIDE_GRIDSOME_CONTENT = "outside the Gridsome site's filesystem sources, src/pages/ and static/: not a page of the site"
OUTSIDE_NUXT_CONTENT = "outside the Nuxt Content site's content/ and public/: not a page of the site"
OUTSIDE_NEXTRA_CONTENT = "outside the Nextra site's pages/, content/, app/ and public/: not a page of the site"
OUTSIDE_CONTENTLAYER_CONTENT = "outside the site's Contentlayer content folder (contentDirPath) and public/: not a page of the site"
OUTSIDE_VELITE_CONTENT = "outside the site's Velite content folder (root) and public/: not a page of the site"
#: Why a file of an Eleventy site is not read: Eleventy makes no page of it.
NOT_ELEVENTY_TEMPLATE = "outside the Eleventy input folder, or in its includes, layouts or data folder: not a page of the site"
#: Why a file of a Jekyll site whose ``_config.yml`` sets ``source`` lying outside that folder
#: is not read (the repository's README, its other documentation): Jekyll reads no file there.
OUTSIDE_JEKYLL_SOURCE = "outside the Jekyll site's source folder (source in _config.yml): not a page of the site"
#: Why a file of a Jekyll site's includes or layouts folder is not read as a page of its own.
JEKYLL_TEMPLATE = "a Jekyll layout or include: shown inside the pages that use it"
#: Why a file MkDocs leaves out of the site it builds is not read.
MKDOCS_EXCLUDED = "excluded from the MkDocs site (exclude_docs, dot files, templates/)"
#: Why a README page beside an index page is not read (MkDocs publishes the index there).
MKDOCS_README_REPLACED = "a README beside an index page: MkDocs publishes the index at that address and leaves the README out"
MKDOCS_PAGE_REPLACED = "a page beside a folder of its name with an index page: MkDocs publishes that index at the same address and leaves the page out"


def ingest_bytes(
    data: bytes,
    doc_id: str,
    path: str,
    options: IngestOptions | None = None,
    generator: str = "markdown",
    site: SiteInfo | None = None,
    project: Project | None = None,
    root: str | None = None,
) -> FileResult:
    """Turn the bytes of one file into documents (or a failure, or a skip); never raises.

    ``generator`` is the site generator of the file's root (``options.generator`` wins);
    ``site`` is what the site's configuration says (base URL, language); ``project`` the
    Sphinx project the file is in (its pages hold the targets of its cross-references);
    ``root`` the input root on disk the file is in (None: from an archive or from bytes),
    where the files an AsciiDoc page includes are read."""
    options = options or IngestOptions()
    sha256 = hashlib.sha256(data).hexdigest()
    if options.known_sha256 and options.known_sha256.get(doc_id) == sha256:
        return FileResult(path, doc_id, unchanged=True)
    if not data.strip():
        return FileResult(path, doc_id, failure=FileFailure(path, "empty file"))
    if is_lfs_pointer(data):
        return FileResult(path, doc_id, failure=FileFailure(path, LFS_POINTER))
    name = path.rsplit("/", 1)[-1]
    if site is not None and site.is_export_settings(doc_id):
        return FileResult(path, doc_id, skipped=SITE_CONFIGURATION)  # read as the export's configuration
    unread = unread_reason(data, name)
    if unread:
        return FileResult(path, doc_id, skipped=unread)
    site = site or SiteInfo()
    read_as = name
    if (options.generator or generator) == "nikola":
        site = site if site.nikola is not None else replace(site, nikola=NikolaSite())  # (--generator nikola without a conf.py: Nikola's defaults, no SITE_URL)
        read_as = posixpath.basename(site.nikola.language_of(site.path_of(doc_id))[1])  # (a translation judul.txt.en: in judul.txt's format)
    try:
        decoded, reader = decode_file(data, read_as)
    except NotText as error:
        return FileResult(path, doc_id, failure=FileFailure(path, str(error)))
    text = decoded.text.lstrip("\ufeff")
    if (options.generator or generator) == "eleventy" and os.path.splitext(name.lower())[1] in TEMPLATE_ENGINES:
        reader = reader_named("markdown")  # an Eleventy template, whatever its first characters look like
    elif (options.generator or generator) == "nikola" and os.path.splitext(read_as.lower())[1] in site.nikola.rest_extensions:
        reader = reader_named("rst")  # Nikola's COMPILERS read .txt posts as reStructuredText
    elif (options.generator or generator) == "hugo" and (reader is None or reader.name in HUGO_MARKUP_READERS) and extension_format(name):
        reader = reader_named(extension_format(name))  # Hugo renders a content file by its extension (.ad AsciiDoc, .pdc Pandoc's Markdown)
    if reader is None:
        return FileResult(path, doc_id, skipped="unsupported format")
    repaired = repair_text(text, entities=reader.entities_are_damage)
    conflicts = without_conflict_markers(repaired.text)
    text = conflicts.text
    docusaurus = site.routes.markdown_format if site.routes and generator == "mdx" and not (options.generator or reader.generator) else None
    generator = options.generator or reader.generator or file_generator(name, generator, docusaurus or ("mdx" if site.mdx_pages else None))
    if reader.record_generator:
        generator = reader.record_generator(generator)
    site = site.seen_by(generator)
    if generator == "hugo":
        site = hugo_language_site(site, site.path_of(doc_id))
    if generator == "nikola":  # (its files beside it: on disk in its folder; in an archive, the .meta files read in the look into it)
        folder = os.path.dirname(os.path.join(root, doc_id)) if root is not None and "!/" not in doc_id else None
        nikola = read_post_metadata(text, site.path_of(doc_id), site.nikola, folder, options.max_bytes)
    else:
        nikola = None
    text = nikola.text if nikola is not None else text
    markup = None
    if generator == "hugo" and reader.name in HUGO_MARKUP_READERS and name.rpartition(".")[2].lower() in CONTENT_EXTENSIONS:
        format_name, markup = page_format(text, reader.name)  # (the renderer its front matter names)
        reader = reader_named(format_name)
    source = SourceFile(
        doc_id, path, name, generator, site.substitutions, page=site.path_of(doc_id), project=project, syntax=site_syntax(
            generator, site.mkdocs, docusaurus, site.quarto, site.jekyll, site.hugo_block_attributes, site.routes, tags_index=site.is_tags_index(doc_id),
            hugo_raw_html_omitted=site.hugo_raw_html_omitted,
        ),
        docusaurus_format=docusaurus,
        attributes=site.antora.page_attributes(site.path_of(doc_id)) if site.antora else (),
        export_row=site.substack.row_of(site.path_of(doc_id)) if site.substack else None,
        site_title=site.routes.title_of(site.path_of(doc_id)) if site.routes else None,
        include_root=_include_root(root, doc_id, site, options.max_bytes, generator) if root and _reads_includes(reader.name, generator, site) else None,
        eleventy=site.eleventy,
        hugo_params=_hugo_params(site, site.path_of(doc_id)) if generator == "hugo" else None,
        # (as for a file with front matter: Jekyll renders the Liquid of no other)
        jekyll_defaults=front_matter_defaults(site.path_of(doc_id), True, site.jekyll) if generator == "jekyll" else {},
        jekyll=(site.jekyll or JekyllSite()) if generator == "jekyll" else None,
        tumblr_layout=site.tumblr_layout if "!/" in doc_id else None,
        every_copy=options.keep_duplicates,
        site_address=site.base_url,
    )
    result = FileResult(path, doc_id)
    try:
        raws = list(reader.read(text, source))
    except ReadError as error:
        return FileResult(path, doc_id, failure=FileFailure(path, str(error)))
    repairs = [(r, repaired.position_in_text(r.line, r.column)) for r in repaired.repairs]
    unrepairable = [(u, repaired.position_in_text(u.line, u.column)) for u in repaired.unrepairable]
    for raw in raws:
        for reason, count in raw.inner_left_out.items():
            result.leave_out(reason, count)
        if raw.unreadable:
            result.unread.append(FileFailure(path, raw.unreadable, id=doc_id))
            continue
        if raw.left_out:
            result.leave_out(raw.left_out)
            continue
        item_id = f"{doc_id}#{raw.item_id}" if raw.item_id else doc_id
        if nikola is not None:
            apply_metadata(raw, nikola, site.path_of(doc_id), site.nikola)
        document, date_choice = build_document(
            raw, doc_id=item_id, source=path, format=reader.name, sha256=sha256, encoding=decoded.encoding,
            aliases=options.aliases, site=site, file_id=doc_id, generator=generator,
        )
        document.generator = raw.generator or generator
        if generator == "hugo" and site.hugo_paths:
            published = _hugo_publication(document, raw.fields, site.path_of(doc_id), site, options.now)
        else:
            document.draft = document.draft or (generator == "mkdocs" and _mkdocs_draft(site, doc_id))
            fields = site.eleventy.cascade(site.path_of(doc_id), raw.fields) if generator == "eleventy" and site.eleventy else dated_fields(raw, site, doc_id, generator)
            if generator == "nikola" and raw.date:
                fields = {**fields, "date": raw.date}  # (its date as Nikola reads it, with its offset: see apply_metadata)
            jekyll_document = generator == "jekyll" and is_jekyll_document(site.path_of(doc_id), raw.opens_with_front_matter, site.jekyll)
            published = publication(fields, site.path_of(doc_id), generator, site.publishing, options.now, document=jekyll_document)
            if generator == "pelican" and site.pelican is not None:
                published = _pelican_publication(document, raw, site.path_of(doc_id), site) or published
        reason = skip_reason(document, raw.text, options.include_drafts, options.include_all, raw.listing, published.reason)
        if reason:
            result.leave_out(reason)
            continue
        if document.draft and date_choice.raw_rejected and not date_choice.unpublished:  # kept, not published yet: a date ahead is its own
            date_choice = date_document(document, raw, site, doc_id, generator)
        if decoded.problem:
            document.problems.append(Problem("encoding", decoded.problem))
        if markup is not None:
            document.problems.append(markup)
        document.repairs = [replace(r, field=raw.field_of_line(r.line)) for r, at in repairs if raw.holds(at)]
        document.problems.extend(
            Problem(raw.field_of_line(u.line), f"encoding damage left as it was at line {u.line}, column {u.column}: {u.before!r} ({u.reason})")
            for u, at in unrepairable
            if raw.holds(at)
        )
        held_conflicts = [line for line in conflicts.lines if raw.holds((line, 1))]
        if held_conflicts:
            document.problems.append(conflicts.problem(held_conflicts))
        if site.unseen:
            document.problems.append(Problem("generator", site.unseen))
        if site.jekyll is not None and site.jekyll.source_unread:
            document.problems.append(Problem("generator", site.jekyll.source_unread))
        if not root and generator == "mkdocs" and site.mkdocs is not None and site.mkdocs.appended:
            document.problems.append(_unread_appended(site.mkdocs.appended))
        if date_choice.numeric:
            result.numeric_dates.append((len(result.documents), date_choice.numeric))
        result.documents.append(document)
        result.reads_other_files = result.reads_other_files or raw.reads_other_files
        if published.expires:
            result.expire_at(published.expires)
    if not result.documents and not result.left_out and not result.unread:
        result.skipped = "no published items"
    return result


def _hugo_publication(document: Document, fields: dict[str, Any], page: str, site: SiteInfo, now: dt.datetime) -> Publication:
    """Whether Hugo publishes ``page`` now: it and every section above it (with what
    cascades to them, see :meth:`~.sites.hugo.urls.HugoPaths.tree_fields`) published; a draft
    among them makes the document a draft, unless its language's ``buildDrafts`` renders drafts."""
    tree = site.hugo_paths.tree_fields(page, fields)
    drafts_built = site.hugo_paths.of_page(page).drafts
    document.draft = not drafts_built and (document.draft or any(is_draft(entry) for _, entry in tree))
    publishing = site.publishing_of(page)  # (its language's settings: the sections above it are of its language)
    return earliest(publication(entry, path, "hugo", publishing, now) for path, entry in tree)


def _reads_includes(reader: str, generator: str, site: SiteInfo) -> bool:
    """Whether a page read by ``reader`` in a site of ``generator`` reads other files into its
    text: AsciiDoc's includes, Quarto's, MDX partials, Jekyll's ``include`` and ``include_relative``,
    Hugo's file shortcodes, MkDocs' snippets (a site using pymdownx.snippets), Docsify's embeds,
    VuePress' code imports."""
    if generator == "mkdocs":
        return site.mkdocs is not None and site.mkdocs.snippets is not None
    return reader == "asciidoc" or generator in ("quarto", "mdx", "jekyll", "hugo", "docsify", "vuepress")


def _include_root(root: str, doc_id: str, site: SiteInfo, max_bytes: int, generator: str) -> IncludeRoot:
    """Where the page ``doc_id`` of ``generator`` below the folder ``root`` reads its
    includes (MDX: partials; MkDocs: snippets; Jekyll: also its site's includes folder) from."""
    page = site.path_of(doc_id)
    folder = doc_id[: -len(page)] if doc_id.endswith(page) else None
    if site.antora is not None:
        return IncludeRoot(root, doc_id, max_bytes, folder, site.antora.name if folder is not None else None)
    if site.hugo_paths is not None and folder is not None:
        content_folder = folder + site.hugo_paths.content_folder(page) + "/"
        return IncludeRoot(root, doc_id, max_bytes, site_folder=folder, content_folder=content_folder, themes=site.hugo_themes)
    if site.mkdocs is not None and folder is not None:
        return IncludeRoot(root, doc_id, max_bytes, site_folder=folder, snippets=site.mkdocs.snippets)
    if generator == "jekyll" and folder is not None:
        return IncludeRoot(root, doc_id, max_bytes, site_folder=folder, includes_folder=f"{folder}{(site.jekyll or JekyllSite()).includes_dir}/")
    return IncludeRoot(root, doc_id, max_bytes)


def _unread_appended(appended: tuple[tuple[str, tuple[str, ...]], ...]) -> Problem:
    """The problem of a MkDocs page read from an archive, whose site appends snippets to every page (not read there)."""
    names = ", ".join(name for name, _ in appended)
    return Problem("text", f"{len(appended)} snippet(s) pymdownx.snippets appends to every page are not read (the site is read from an archive): {names}")


def _pelican_publication(document: Document, raw: RawDocument, page: str, site: SiteInfo) -> Publication | None:
    """Not published when Pelican skips the file ``page`` (no title, an article without a
    date: see :func:`~.sites.pelican.urls.skipped_reason`), the document getting a problem
    saying so; None when Pelican publishes it."""
    reason = skipped_reason(page, raw.fields, pelican_title(raw, page), site.pelican)
    if reason is None:
        return None
    document.problems.append(Problem("title" if reason == SKIPPED_UNTITLED else "date", f"{reason}: it is not on the site"))
    return Publication(reason)


def _mkdocs_draft(site: SiteInfo, doc_id: str) -> bool:
    """True when the MkDocs site's ``draft_docs`` names the file ``doc_id``."""
    page = site.page_path(doc_id) if site.mkdocs is not None else None
    return page is not None and site.mkdocs.draft(page)


def ingest_source(source: Source, options: IngestOptions) -> FileResult:
    """Read one :class:`Source` (from disk or memory) and ingest it; never raises."""
    data = source.data
    if data is None:
        try:
            data = _read_file(source.fs_path, source.size, options.max_bytes)
        except OSError as error:
            return FileResult(source.path, source.id, failure=FileFailure(source.path, describe_os_error(error)))
        if len(data) > options.max_bytes:
            limit = f"file grew over the {options.max_bytes:,}-byte limit while being read"
            return FileResult(source.path, source.id, failure=FileFailure(source.path, limit))
    root = source.fs_path[: -len(source.id)] if source.fs_path and source.fs_path.endswith(source.id) else None
    if source.read_again:
        options = replace(options, known_sha256=None)
    site = source.site or site_info(root)
    project = sphinx_project(site, root, source.archive)
    try:
        return ingest_bytes(data, source.id, source.path, options, source.generator, site, project, root)
    except Exception as error:  # a bug must cost one file, not the run
        reason = f"internal error: {type(error).__name__}: {error}"
        return FileResult(source.path, source.id, failure=FileFailure(source.path, reason))


def _read_file(fs_path: str, listed_size: int, max_bytes: int) -> bytes:
    """The bytes of a file listed with ``listed_size`` bytes, at most ``max_bytes + 1`` of
    them (one more than the limit shows that it grew over it). Asks for the listed size and
    one byte more, and for the rest only when the file grew: a request for ``max_bytes + 1``
    bytes allocates that much memory up front, for every file."""
    with open(fs_path, "rb") as handle:
        data = handle.read(min(listed_size, max_bytes) + 1)
        if len(data) > listed_size:
            data += handle.read(max_bytes + 1 - len(data))
    return data


def root_generator(path: str, options: IngestOptions) -> str:
    """The generator of input ``path`` (or of an archive or site folder inside one):
    ``options.generator``, else detected (once per path); recorded in ``options.detected``
    either way, with those of the site roots inside an archive (``situs.zip!/repo/docs``).
    An archive's site configuration is read in the same look (``options.site_configs``)."""
    if path not in options.detected:
        if is_archive(path) and os.path.isfile(path):
            look = look_into_archive(path)
            options.site_configs[path] = look.site
            options.archive_built[path] = look.built_beside_sources
            options.detected[path] = options.generator or look.generator
            inner = dict(look.site.folder_sites)
            for folder, generator in reversed(look.site.folder_generators):
                if inner[folder].folder == folder:  # (a site root, not a folder its site reads beside itself)
                    options.detected[f"{path}!/{folder[:-1]}"] = options.generator or generator
        else:
            options.detected[path] = options.generator or detect_generator(path)
    return options.detected[path]


def archive_built_sites(path: str, options: IngestOptions) -> frozenset[str] | None:
    """The built-site folders with their sources beside them in the archive ``path``, as
    the look that detects its generator found them (made now if not yet made); None when
    it did not see all of the archive."""
    root_generator(path, options)
    return options.archive_built.get(path)


def root_site(path: str, options: IngestOptions) -> SiteInfo:
    """What the site configuration of input ``path`` says: read inside it for an archive,
    else at its root folder (for a site folder inside an input, see :func:`nested_site`)."""
    if path in options.site_configs:
        return options.site_configs[path]
    if is_archive(path) and os.path.isfile(path):
        root_generator(path, options)
        return options.site_configs[path]
    return read_site_info(input_root(path))


def nested_site(folder: str, root: str, options: IngestOptions) -> SiteInfo:
    """What the configuration of the site folder ``folder`` inside the input folder ``root``
    says (read once per run), with the folder's place in the ids (``situs/``)."""
    if folder not in options.site_configs:
        place = path_id(os.path.relpath(folder, root).replace(os.sep, "/")) + "/"
        options.site_configs[folder] = replace(read_site_info(folder, _folders_above(folder, root)), folder=place)
    return options.site_configs[folder]


def _folders_above(folder: str, root: str) -> tuple[str, ...]:
    """The folders from the one above ``folder`` up to the input folder ``root``, the nearest first."""
    above = []
    root = os.path.abspath(root)
    while os.path.abspath(folder) != root and os.path.dirname(folder) != folder:
        folder = os.path.dirname(folder)
        above.append(folder)
    return tuple(above)


def sites_beside(path: str, options: IngestOptions) -> list[tuple[str, str]]:
    """The folders of the input folder ``path`` that a site folder directly in it reads
    beside itself (Docusaurus' ``website/`` layout: ``website/docusaurus.config.js`` with
    its docs in ``../docs``), as (id prefix ``docs/``, site folder) pairs: their files are
    that site's (a folder that is a site of its own is not taken)."""
    if is_archive(path) or not os.path.isdir(path):
        return []
    try:
        folders = sorted(entry.path for entry in os.scandir(path) if entry.is_dir(follow_symlinks=False) and not entry.name.startswith("."))
    except OSError:
        return []
    beside = []
    for folder in folders:
        if not any(os.path.isfile(os.path.join(folder, name)) for name in DOCUSAURUS_CONFIGS) or not is_site_folder(folder, path):
            continue
        for place in nested_site(folder, path, options).beside():
            if not is_site_folder(os.path.join(path, place), path):
                beside.append((place, folder))
    return beside


def _discover(paths: list[str], options: IngestOptions) -> Iterator[Source | Skip | FileFailure]:
    """Every input below ``paths``, each file marked with its root's generator and site
    configuration: archives and site folders inside an input are roots of their own."""
    for path in paths:
        generator = root_generator(path, options)
        beside = sites_beside(path, options)
        known_built = lambda archive: archive_built_sites(archive, options)  # noqa: E731
        for item in discover([path], options.max_bytes, own_outputs=options.own_outputs, offered=_download_finder(path, options), known_built=known_built):
            if isinstance(item, Source):
                if beside and not (item.archive or item.site_root):
                    item.site_root = next((site_root for folder, site_root in beside if item.id.startswith(folder)), None)
                if item.archive:
                    archive_generator, archive_site = root_generator(item.archive, options), options.site_configs[item.archive]
                    item.generator = options.generator or archive_site.generator_of(item.id, archive_generator)
                    item.site = archive_site.of_member(item.id)
                elif item.site_root:
                    item.generator, item.site = root_generator(item.site_root, options), nested_site(item.site_root, path, options)
                    item.read_again = options.recorded_sites is not None and item.site.folder[:-1] not in options.recorded_sites
                else:
                    item.generator = generator
                page_of = _GENERATOR_PAGES.get(item.generator)
                if page_of is not None:
                    item = page_of(item, item.site or site_info(input_root(path)))
                if isinstance(item, Source) and item.generator != "eleventy" and item.id.lower().endswith(ELEVENTY_TEMPLATES):
                    item = Skip(item.path, SITE_CONFIGURATION)
            yield item


def _download_finder(path: str, options: IngestOptions) -> Callable[[str, str | None], bool]:
    """Whether an archive (its id, its site folder or None) below the input ``path`` lies in
    its site's static files (see :func:`~.sites.generators.in_static_files`): a download the
    site offers, not an export of pages."""

    def offered(file_id: str, site_root: str | None) -> bool:
        if site_root:
            return in_static_files(root_generator(site_root, options), nested_site(site_root, path, options).path_of(file_id))
        return in_static_files(root_generator(path, options), file_id)

    return offered


def _mkdocs_page(item: Source, site: SiteInfo) -> Source | Skip:
    """``item`` of a MkDocs site, or why MkDocs builds no page of it: it is outside
    ``docs_dir``, left out by ``exclude_docs`` (or MkDocs' own exclusions), or another page
    it builds later has its address (a README beside an index page; ``panduan.md`` beside
    ``panduan/index.md``)."""
    page = site.page_path(item.id)
    if page is None:
        return Skip(item.path, OUTSIDE_DOCS_DIR)
    if site.mkdocs is not None and site.mkdocs.excluded(page):
        return Skip(item.path, MKDOCS_EXCLUDED)
    if site.mkdocs is not None and site.mkdocs.replaced_by_index(page, _page_finder(item, page, site.mkdocs)):
        return Skip(item.path, MKDOCS_README_REPLACED)
    if site.mkdocs is not None and site.directory_urls and site.mkdocs.replaced_by_folder_index(page, _page_finder(item, page, site.mkdocs)):
        return Skip(item.path, MKDOCS_PAGE_REPLACED)
    return item


def _page_finder(item: Source, page: str, mkdocs: MkDocsSettings) -> Callable[[str], bool]:
    """Whether a file is at a path below the ``docs_dir`` of ``item``'s site (``page`` is
    ``item``'s): in its archive's index pages, else on disk."""
    if mkdocs.index_pages is not None or item.fs_path is None:
        return lambda path: path in (mkdocs.index_pages or ())
    docs = item.fs_path[: len(item.fs_path) - len(page)] if item.fs_path.replace(os.sep, "/").endswith(page) else None
    return lambda path: docs is not None and os.path.isfile(os.path.join(docs, *path.split("/")))


def _docs_site_page(item: Source, site: SiteInfo) -> Source | Skip:
    """``item`` of a Docusaurus, Starlight, Astro, Gatsby, Gridsome, Nuxt Content, Nextra or Contentlayer site, or why it makes no page of it: it
    is outside every folder the site publishes (see :meth:`~.sites.javascript.docs_sites.DocsRoutes.outside`), or
    a file of a folder it publishes that it makes no page of (:meth:`~.sites.javascript.docs_sites.DocsRoutes.unrouted_reason`)."""
    if site.routes is None:
        return item
    path = site.path_of(item.id)
    if site.routes.outside(path):
        return Skip(item.path, _OUTSIDE_DOCS_SITE.get(site.routes.generator, OUTSIDE_DOCUSAURUS_CONTENT))
    reason = site.routes.unrouted_reason(path)
    return Skip(item.path, reason) if reason else item


def _markdown_page(item: Source, site: SiteInfo) -> Source | Skip:
    """``item`` of a root of Markdown, or why its site makes no page of it: a file of a
    Quartz repository that is no note Quartz publishes (see
    :meth:`~.sites.notes.NotePublishing.unread_reason`), a file of a site configured in
    JavaScript outside the folders it publishes (a Starlight site of ``.md`` pages only,
    :func:`_docs_site_page`)."""
    reason = site.notes.unread_reason(site.path_of(item.id)) if site.notes is not None else None
    return Skip(item.path, reason) if reason else _docs_site_page(item, site)


#: Why a file outside the folders a site configured in JavaScript publishes is not read, by its generator.
_OUTSIDE_DOCS_SITE = {
    "starlight": OUTSIDE_STARLIGHT_CONTENT, "astro": OUTSIDE_ASTRO_CONTENT, "gatsby": OUTSIDE_GATSBY_CONTENT, "gridsome": OUTSIDE_GRIDSOME_CONTENT, "nuxt": OUTSIDE_NUXT_CONTENT,
    "nextra": OUTSIDE_NEXTRA_CONTENT, "contentlayer": OUTSIDE_CONTENTLAYER_CONTENT, "velite": OUTSIDE_VELITE_CONTENT,
}


def _antora_page(item: Source, site: SiteInfo) -> Source | Skip:
    """``item`` of an Antora component, or why Antora publishes no page of it (it is outside
    ``modules/*/pages``, or hidden there)."""
    if site.antora is None:
        return item
    found = site.antora.page(site.path_of(item.id))
    return Skip(item.path, found) if isinstance(found, str) else item


def _hexo_page(item: Source, site: SiteInfo) -> Source | Skip:
    """``item`` of a Hexo site, or why Hexo makes no post or page of it: it is outside
    ``source_dir`` (the theme, scaffolds, the repository's README), or hidden there (a
    name starting with ``_`` or ``.``, but ``_posts/`` and ``_drafts/``)."""
    if site.hexo is not None and not site.hexo.is_page_or_post(site.path_of(item.id)):
        return Skip(item.path, OUTSIDE_HEXO_SOURCE)
    return item


def _zola_page(item: Source, site: SiteInfo) -> Source | Skip:
    """``item`` of a Zola site, or why Zola builds no page of it: the site's configuration
    was read and the file is outside its ``content`` folder."""
    if site.zola is not None and not site.path_of(item.id).startswith("content/"):
        return Skip(item.path, OUTSIDE_ZOLA_CONTENT)
    return item


def _nikola_page(item: Source, site: SiteInfo) -> Source | Skip:
    """``item`` of a Nikola site, or why Nikola makes no page of it: a post's ``.meta``
    file (read with the post), and, the site's ``conf.py`` read, a file no ``POSTS`` or
    ``PAGES`` wildcard matches (its theme, ``files/``, the built ``output/``, ``cache/``;
    none when ``conf.py`` computes them: every file is read, with a problem)."""
    if (site.nikola or NikolaSite()).language_of(site.path_of(item.id))[1].endswith(".meta"):  # (judul.meta, judul.en.meta, judul.meta.en)
        return Skip(item.path, META_FILE)
    if site.nikola is not None and site.nikola.sources_known and site.nikola.source_of(site.path_of(item.id)) is None:
        return Skip(item.path, OUTSIDE_NIKOLA_SOURCES)
    return item


def _gitbook_page(item: Source, site: SiteInfo) -> Source | Skip:
    """``item`` of a GitBook space, or why it is no page: its ``SUMMARY.md`` (see
    :mod:`.sites.gitbook`), a file of a legacy book outside the folder its ``book.json``'s
    ``root`` names (see :mod:`.sites.gitbook_book`)."""
    if site.book_root is not None and not site.path_of(item.id).startswith(site.book_root + "/"):
        return Skip(item.path, OUTSIDE_BOOK_ROOT)
    return Skip(item.path, SUMMARY_SKIPPED) if posixpath.basename(item.id) == SUMMARY else item


def _docsify_page(item: Source, site: SiteInfo) -> Source | Skip:
    """``item`` of a Docsify site, or why it is no page: its app page (``index.html``), or a
    navigation file (``_sidebar.md`` and the others, see :mod:`.sites.docsify`)."""
    reason = (site.docsify or DocsifySite()).skipped_reason(site.path_of(item.id))
    return Skip(item.path, reason) if reason else item


def _quarto_page(item: Source, site: SiteInfo) -> Source | Skip:
    """``item`` of a Quarto project, or why Quarto renders no page of it (see
    :meth:`~.sites.quarto.QuartoProject.unrendered_reason`)."""
    reason = site.quarto.unrendered_reason(site.path_of(item.id)) if site.quarto is not None else None
    return Skip(item.path, reason) if reason else item


def _rmarkdown_page(item: Source, site: SiteInfo) -> Source | Skip:
    """``item`` of a bookdown book or R Markdown website, or why it renders no page of it
    (see :func:`~.sites.quarto.rmarkdown_unrendered_reason`)."""
    reason = rmarkdown_unrendered_reason(site.path_of(item.id), site.quarto)
    if reason is None and item.fs_path is not None and blogdown_source(item.fs_path, os.path.isfile):
        reason = BLOGDOWN_RENDERED
    return Skip(item.path, reason) if reason else item


def _hugo_params(site: SiteInfo, page: str) -> str:
    """The site's parameters the Hugo page at ``page`` reads: its language's over the site's."""
    found = site.hugo_paths.locate(page) if site.hugo_paths else None
    return params_for(site.hugo_params, found[0] if found else None) if site.hugo_params else NO_PARAMS


def _hugo_page(item: Source, site: SiteInfo) -> Source | Skip:
    """``item`` of a Hugo site, or why Hugo makes no page of it: it is in a theme's example
    site (a folder ``exampleSite`` of a site with its own configuration: the theme
    repository's, or one in ``themes/``), outside the site's content folders, which hold
    its pages (see :meth:`~.sites.hugo.urls.HugoPaths.is_page`), or in a folder mounted on
    them but left out by the mount's globs (:meth:`~.sites.hugo.urls.HugoPaths.left_out_by_mounts`), a content adapter there
    (:data:`HUGO_CONTENT_ADAPTER`), in none of Hugo's content formats there (a page
    resource, see :func:`~.sites.hugo.urls.is_content_file`), or it is what blogdown
    rendered from the R Markdown file beside it (see :func:`~.sites.quarto.blogdown_source`)."""
    path = site.path_of(item.id)
    if site.hugo_paths is not None and EXAMPLE_SITE in path.split("/")[:-1]:
        return Skip(item.path, HUGO_EXAMPLE_SITE)
    if site.hugo_paths is not None and not site.hugo_paths.is_page(path):
        return Skip(item.path, HUGO_MOUNT_LEFT_OUT if site.hugo_paths.left_out_by_mounts(path) else OUTSIDE_HUGO_CONTENT)
    if posixpath.basename(path).lower() == CONTENT_ADAPTER:
        return Skip(item.path, HUGO_CONTENT_ADAPTER)
    if site.hugo_paths is not None and site.hugo_paths.content_found and not is_content_file(path):
        return Skip(item.path, HUGO_PAGE_RESOURCE)
    if item.fs_path is not None and blogdown_source(item.fs_path, os.path.isfile):
        return Skip(item.path, BLOGDOWN_RENDERED)
    return item


def _pelican_page(item: Source, site: SiteInfo) -> Source | Skip:
    """``item`` of a Pelican site, or why Pelican reads no page of it: it lies outside the
    site's content folder ``PATH``, which holds its files (see :attr:`~.sites.site.SiteInfo.pelican_content`)."""
    content = site.pelican_content
    if content is not None and not site.path_of(item.id).startswith(content + "/"):
        return Skip(item.path, OUTSIDE_PELICAN_CONTENT)
    return item


def _sphinx_build_page(item: Source, site: SiteInfo) -> Source | Skip:
    """``item`` of a root of HTML pages, or, in a Sphinx HTML build, why it is no page of
    the documentation (see :mod:`.sites.sphinx.build`): a build found inside the input
    beside its project's sources is not read at all."""
    if not site.sphinx_build:
        return item
    reason = BESIDE_SOURCES if site.sphinx_sources and item.site_root else not_a_built_page(site.path_of(item.id))
    return Skip(item.path, reason) if reason else item


def _eleventy_page(item: Source, site: SiteInfo) -> Source | Skip:
    """``item`` of an Eleventy site, or why Eleventy makes no page of it (see
    :meth:`~.sites.eleventy.EleventySite.page`), what it ignores (:mod:`.sites.eleventy_ignores`)
    or a file it does not render (none of its template formats)."""
    if site.eleventy is not None and site.eleventy.ignored(site.path_of(item.id)):
        return Skip(item.path, ELEVENTY_IGNORED)
    if site.eleventy is not None and site.eleventy.page(site.path_of(item.id)) is None:
        return Skip(item.path, NOT_ELEVENTY_TEMPLATE)
    if site.eleventy is not None and not site.eleventy.renders(item.id):
        return Skip(item.path, NOT_A_TEMPLATE_FORMAT)
    return item


def _jekyll_page(item: Source, site: SiteInfo) -> Source | Skip:
    """``item`` of a Jekyll site, or why it is no page: it is outside the ``source`` folder
    its ``_config.yml`` sets, in the site's includes or layouts folder (a template, shown
    inside the pages that use it), or in its data, plugins or Sass folder (the site's code
    and data), as the site's ``_config.yml`` names them (Jekyll's own folders without one)."""
    path = site.path_of(item.id)
    if site.jekyll is not None and site.jekyll.source and path.startswith("../"):  # (path_of: a path from the source folder)
        return Skip(item.path, OUTSIDE_JEKYLL_SOURCE)
    role = (site.jekyll or JekyllSite()).folder_role(path)
    if role is None:
        return item
    return Skip(item.path, JEKYLL_TEMPLATE if role == "template" else SITE_CONFIGURATION)


#: The generators that leave some files of their site out of what they publish: for each,
#: the file as a page of the site, or why the generator makes no page of it.
_GENERATOR_PAGES: dict[str, Callable[[Source, SiteInfo], Source | Skip]] = {
    "mkdocs": _mkdocs_page,
    "mdx": _docs_site_page,
    "markdown": _markdown_page,
    "antora": _antora_page,
    "hexo": _hexo_page,
    "hugo": _hugo_page,
    "pelican": _pelican_page,
    "zola": _zola_page,
    "nikola": _nikola_page,
    "quarto": _quarto_page,
    "rmarkdown": _rmarkdown_page,
    "eleventy": _eleventy_page,
    "jekyll": _jekyll_page,
    "gitbook": _gitbook_page,
    "docsify": _docsify_page,
    "html": _sphinx_build_page,
}


def _results(items: Iterator[Source | Skip | FileFailure], options: IngestOptions, finish: Finish | None) -> Iterator[FileResult]:
    """The result of each item, those whose documents are final finished with ``finish``
    (in the worker that made them, see :mod:`.handover`)."""
    workers = options.workers or os.cpu_count() or 1
    head: deque = deque()
    sources = size = 0
    for item in items:  # look ahead far enough to know whether workers pay off
        head.append(item)
        if isinstance(item, Source):
            sources += 1
            size += item.size
        if sources >= PARALLEL_THRESHOLD or size >= options.max_bytes:
            break
    everything = _drain_then(head, items)
    if workers < 2 or (sources < PARALLEL_THRESHOLD and size < options.max_bytes):
        yield from _serial(everything, options, finish)
    else:
        yield from _parallel(everything, options, workers, finish)


def _serial(items: Iterator, options: IngestOptions, finish: Finish | None) -> Iterator[FileResult]:
    """Ingest in this process. As before a pool's workers start (see
    :class:`~.pool.SurvivingPool`), what is alive now (the modules imported, the options)
    leaves the collector's reach until the run ends: full collections need not scan it."""
    gc.freeze()
    try:
        yield from (_finished_if_final(_result_of(item, options), finish) for item in items)
    finally:
        gc.unfreeze()


def _drain_then(head: deque, rest: Iterator) -> Iterator:
    """The items of ``head``, each let go once passed on, then those of ``rest``."""
    while head:
        yield head.popleft()
    yield from rest


def _result_of(item: Source | Skip | FileFailure, options: IngestOptions) -> FileResult:
    if isinstance(item, Source):
        return ingest_source(item, options)
    if isinstance(item, Skip):
        return FileResult(item.path, skipped=item.reason)
    return FileResult(item.path, item.id, failure=item)


def _finished_if_final(result: FileResult, finish: Finish | None) -> FileResult:
    return finish.if_final(result) if finish else result


def _parallel(items: Iterator, options: IngestOptions, workers: int, finish: Finish | None) -> Iterator[FileResult]:
    """Ingest in worker processes; a file whose worker dies fails alone, with the reason.
    Each worker finishes the results whose documents are final with ``finish``: only
    :class:`~.handover.Finished` documents come back then (see :mod:`.handover`)."""
    from .pool import SurvivingPool  # multiprocessing: only a run large enough for workers loads it

    pool = SurvivingPool(
        _worker_result, _worker_died, workers, initializer=_init_worker, initargs=(options, finish),
        weight=_size, task_weight=task_bytes(options.max_bytes),
    )
    yield from pool.map(items)


def _size(item: Source | Skip | FileFailure) -> int:
    """What an input costs in memory while in flight: its bytes (read here or by a worker,
    they come back as documents of about that size)."""
    return item.size if isinstance(item, Source) else 0


def _worker_died(item: Source | Skip | FileFailure, how: str) -> FileResult:
    reason = f"the worker process reading it died ({how}); the file is skipped"
    return FileResult(item.path, getattr(item, "id", None), failure=FileFailure(item.path, reason))


_worker_options: IngestOptions | None = None
_worker_finish: Finish | None = None


def _init_worker(options: IngestOptions, finish: Finish | None) -> None:
    global _worker_options, _worker_finish
    _worker_options, _worker_finish = options, finish


def _worker_result(item) -> FileResult:
    return _finished_if_final(_result_of(item, _worker_options or IngestOptions()), _worker_finish)


def read_files(
    paths: Iterable[str], options: IngestOptions | None = None, report: IngestReport | None = None, dates: dict[str, dict] | None = None,
    finish: Finish | None = None, keywords: dict[str, RecordedKeywords] | None = None,
) -> Iterator[FileResult]:
    """Stream one :class:`FileResult` per input file, in a stable order: file by file,
    except that files dated by an ambiguous numeric value come at the end of their input
    root, once the day/month order of their site (the root, a site folder or an archive in
    it) is known (:mod:`.collection_dates`).

    ``dates`` (root → :class:`~.collection_dates.RootDates`, as an index records it) is the
    day/month evidence of files read before: it counts with the files read now and is
    replaced by what the root shows now; when a verdict changes, the unchanged files whose
    ambiguous value it applies to are read again (each site's new verdicts are in
    ``report.date_orders``). Failures and skips are counted in ``report`` (and passed to
    its ``on_failure`` callback as they happen); they never stop the run.

    Likewise, files whose pages name keywords in a crawler's host folder come at the end of
    their input root, once the keywords of the whole site are known (:mod:`.site_keywords`);
    ``keywords`` (root → :class:`~.site_keywords.RecordedKeywords`, as an index records it) is what
    files read before showed, and is replaced by what the root shows now. So do files
    holding a page a Docusaurus site routes, once every page's address is known
    (:mod:`.shared_addresses`).

    With ``finish``, each result comes finished (its documents in ``finished``, see
    :mod:`.handover`), by the worker that made it when its documents were final.

    A path that does not exist raises :class:`FileNotFoundError` naming it, here, before
    anything is read (see :func:`~.sources.existing_paths`).
    """
    paths = existing_paths(paths)
    return _read_roots(paths, options or IngestOptions(), report if report is not None else IngestReport(), dates, finish, keywords)


def _read_roots(
    paths: list[str], options: IngestOptions, report: IngestReport, dates: dict[str, dict] | None, finish: Finish | None, keywords: dict[str, RecordedKeywords] | None
) -> Iterator[FileResult]:
    """The results of :func:`read_files`, one input root after another."""
    site_info.cache_clear()
    project_targets.cache_clear()
    for path in paths:  # one input root at a time: its sites' numeric dates are settled at its end
        root = path_text(input_root(path))
        collection = CollectionDates((dates or {}).get(root, RootDates()))
        site_keywords = SiteKeywords(root, (keywords or {}).get(root), options.aliases)
        shared = SharedAddresses()
        for result in _results(_discover([path], options), options, finish):
            site_keywords.count(result)
            if not collection.add(result) and not site_keywords.hold(result) and not shared.hold(result):
                report.add(result)
                yield result
        walked = os.path.isdir(path)
        stale, changed = collection.finish(walked, _site_folders(path, options) if walked else None)
        tagged_differently = site_keywords.finish(walked)
        if stale or tagged_differently:
            for result in _reread(path, stale | tagged_differently, options):  # held, and finished when released
                site_keywords.count(result)
                if not collection.add(result):
                    site_keywords.hold(result)
        for site, orders in changed.items():
            read_again = sum(site_of(file_id, collection.sites) == site for file_id in stale)
            report.date_orders[os.path.join(root, site) if site else root] = {"orders": orders, "files_read_again": read_again}
        released = itertools.chain((held for held in collection.release() if not site_keywords.hold(held)), site_keywords.release())
        for result in itertools.chain((held for held in released if not shared.hold(held)), shared.release()):
            result = finish(result) if finish else result
            report.add(result)
            yield result
        if dates is not None:
            dates[root] = collection.record()
        if keywords is not None:
            keywords[root] = site_keywords.record()
        report.generators.update((path_text(read), generator) for read, generator in options.detected.items())


def _site_folders(path: str, options: IngestOptions) -> Iterator[str]:
    """The ids of the site folders found inside the input folder ``path`` (see :func:`nested_site`)."""
    inside = os.path.join(os.path.abspath(path), "")
    for folder, site in options.site_configs.items():
        if site.folder and os.path.abspath(folder).startswith(inside) and os.path.isdir(folder):
            yield site.folder[:-1]


def _reread(path: str, ids: set[str], options: IngestOptions) -> Iterator[FileResult]:
    """Read the files ``ids`` of input ``path`` again, although their bytes are unchanged."""
    known = {file_id: sha for file_id, sha in (options.known_sha256 or {}).items() if file_id not in ids}
    items = (item for item in _discover([path], options) if isinstance(item, Source) and item.id in ids)
    return _results(items, replace(options, known_sha256=known), None)


def read_documents(
    paths: Iterable[str], options: IngestOptions | None = None, report: IngestReport | None = None, encode: Callable[[Document], Any] | None = None
) -> Iterator[Any]:
    """Stream clean documents from files, directories and archives (see :func:`read_files`),
    one copy of each unless ``options.keep_duplicates`` (see :mod:`.duplicates`): each as
    ``encode`` gives it (a JSON line, say; a module-level function, since worker processes
    encode the documents they make), else the :class:`Document` itself. A path that does
    not exist raises :class:`FileNotFoundError` naming it, here, before anything is read."""
    options = options or IngestOptions()
    report = report if report is not None else IngestReport()
    finish = Finish(encode or itself, options.keep_duplicates)
    results = read_files(paths, options, report, finish=finish)
    if options.keep_duplicates:
        return (finished.item for result in results for finished in result.finished)
    return (item for kept in without_copies(results, report) for item in kept)
