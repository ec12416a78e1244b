"""Build and update an index: ingest, then add, update and remove documents in one commit.

Incremental by default: a file whose sha256 is already indexed is not even parsed; a
changed file's documents are replaced; files gone from an indexed root are removed. The
whole run is one Whoosh commit, so an interrupted run leaves the previous index intact,
and readers keep searching the previous version while it runs.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
import os
from contextlib import nullcontext
from dataclasses import dataclass, field
from pathlib import Path

from arsip.ingest.collection_dates import RootDates
from arsip.ingest.document import Document, FileFailure
from arsip.ingest.duplicates import copy_key
from arsip.ingest.feed_copies import address_of
from arsip.ingest.paths import path_id, path_text
from arsip.ingest.dates import moments
from arsip.ingest.formats import is_archive
from arsip.ingest.sites.generators import is_site_folder
from arsip.ingest.pipeline import nested_site, read_files, root_generator, root_site
from arsip.ingest.sites.mkdocs.config import DEFAULT_EXCLUDED
from arsip.ingest.sites.publishing import DEFAULTS as DEFAULT_PUBLISHING
from arsip.ingest.reading_rules import reading_rules
from arsip.ingest.results import READING_OPTIONS, FileResult, IngestOptions, IngestReport
from arsip.ingest.site_keywords import RecordedKeywords
from arsip.ingest.sites.site import SiteInfo
from arsip.ingest.sources import input_root, lies_within
from arsip.ingest.sites.sphinx.project import Project, project_targets, sphinx_project
from arsip.ingest.workers import end_workers_with_parent

from . import store
from .abbreviations import stated_pairs
from .codec import WritingCodec
from .copies import IndexCopies, Target, copy_holders
from .metadata import collection_name, collection_prefix, indexed_text, searchable_parts
from .parallel import CheckedMpWriter
from .schema import DEFAULT_STEMMER, RECORD_SEPARATOR, UNIT_SEPARATOR, address_field, copy_key_field
from .stemming import StemmerUnavailable, require_stemmer
from .term_writer import TermWriter

#: Memory for sorting postings, shared by the writer processes; beyond it Whoosh spills
#: sorted runs to disk, so peak memory stays flat however large the input.
WRITER_MEMORY_MB = 256
#: The version recorded for the documents of a file read in part (an XML export with
#: items that cannot be read): it matches no file's sha256, so the file is read again.
DAMAGED = "damaged"
#: The version recorded for the documents of a file whose text holds other files (includes,
#: snippets, partials) starts so: its own sha256 does not say when they change, so the file
#: is read every run; what follows is a digest of the documents it gave
#: (:func:`composed_version`), so a run that reads them the same leaves them as they are.
COMPOSED = "composed:"


@dataclass
class IndexReport:
    """What an indexing run did to the index, in documents; files read are in ``ingest``."""

    added: int = 0
    updated: int = 0
    removed: int = 0
    ingest: IngestReport = field(default_factory=IngestReport)
    #: Indexed roots whose every file was read again, and why (``--include-drafts changed``).
    reread: dict[str, str] = field(default_factory=dict)

    @property
    def unchanged(self) -> int:
        """Files skipped because their sha256 was already indexed."""
        return self.ingest.unchanged

    @property
    def failures(self) -> list[FileFailure]:
        """Files that could not be read (their indexed version, if any, is kept): the
        first :data:`~arsip.ingest.results.KEPT_FAILURES` of them."""
        return self.ingest.failures

    def summary(self) -> dict:
        """The summary as data."""
        return {
            "added": self.added,
            "updated": self.updated,
            "removed": self.removed,
            "unchanged_files": self.unchanged,
            "with_problems": self.ingest.with_problems,
            "problem_documents": self.ingest.problem_documents,
            "duplicates": self.ingest.duplicates,
            "repaired": self.ingest.repaired,
            "failed": self.ingest.failed,
            "failures": self.ingest.failure_records(),
            "skipped": dict(sorted(self.ingest.skipped.items())),
            "reread": self.reread,
            "date_orders": self.ingest.date_orders,
            "generators": self.ingest.generators,
        }


def index_paths(
    directory: Path,
    paths: list[str],
    options: IngestOptions | None = None,
    *,
    rebuild: bool = False,
    stemmer: str = DEFAULT_STEMMER,
    wait: float = 0.0,
    procs: int | None = None,
    report: IndexReport | None = None,
) -> IndexReport:
    """Index ``paths`` into the index at ``directory`` (created when missing).

    Everything is checked before the index is touched. A new or rebuilt index is written
    beside the current one and replaces it only once complete. ``procs``: Whoosh writer
    processes; by default all cores (up to 4) for a new or rebuilt index and one for an
    incremental update.
    """
    report = report or IndexReport()
    options = options or IngestOptions()
    _check_inputs(paths, stemmer if rebuild or not store.exists(directory) else None)
    store.claim_location(directory, stemmer)
    with store.write_lock(directory, wait):
        store.remove_leftovers(directory)
        fresh = rebuild or not store.exists(directory)
        ix = store.create_index(directory, stemmer) if fresh else store.open_index(directory)
        if procs is None:
            procs = min(os.cpu_count() or 1, 4) if fresh else 1
        writer = _writer(ix, procs)
        if "copy_key" not in writer.schema:  # an index written before copies were known
            writer.add_field("copy_key", copy_key_field())
        if "address" not in writer.schema:  # an index written before feed items were weighed against pages
            writer.add_field("address", address_field())
        roots = {} if fresh else store.read_roots(directory)
        try:
            with nullcontext() if fresh else ix.searcher() as before:  # the index as it was before the run
                _update(writer, before, {} if fresh else _indexed_files(ix), roots, paths, options, report)
            writer.commit()
        except BaseException:
            writer.cancel()
            if fresh:
                store.remove_index_files(directory, ix.indexname)
            raise
        store.write_roots(directory, ix, roots)
        changed = fresh or report.added or report.updated or report.removed
        if changed:
            store.write_labels(directory, ix)  # read from the terms: only when labels may change
        if changed or store.read_synonyms(directory) != list(options.synonyms):
            store.write_abbreviations(directory, ix, options.synonyms)
        if fresh:
            store.switch_to(directory, ix, stemmer)
    return report


def _check_inputs(paths: list[str], stemmer: str | None) -> None:
    for path in paths:
        if not os.path.lexists(path):
            raise store.InputsInvalid(f"{path_text(path)}: no such file or directory; nothing was changed")
    if stemmer:
        try:
            require_stemmer(stemmer)
        except StemmerUnavailable as error:
            raise store.InputsInvalid(f"{error}; nothing was changed") from None


def _update(writer, searcher, known: dict[str, str], roots: dict[str, dict], paths: list[str], options: IngestOptions, report: IndexReport) -> None:
    """Add and replace the documents of ``paths``; then remove the files gone from each
    folder that was walked completely, and the documents of files that now give none.
    Unless ``options.keep_duplicates``, one copy of each document is kept (see
    :mod:`.copies`; ``searcher``: the index before the run, None for a new one). ``roots``
    (root → what it was read with, see :func:`store.read_roots`) is updated."""
    seen: set[str] = set()
    kept: set[str] = set()  # file keys of failed files, folders and archives: their documents stay
    emptied: list[str] = []  # indexed files that now give no document (drafts, non-documents)
    replaced: set[str] = set()  # indexed files whose documents are deleted to be written again
    replaced_uids: set[str] = set()  # indexed documents deleted to be written again (of a damaged export)
    read: dict[str, set[str]] = {}  # root → ids of the files read
    held = None if options.keep_duplicates else IndexCopies(searcher)
    project_targets.cache_clear()  # the Sphinx projects' pages as they are now, not at the last run
    for path in paths:
        folder = input_root(path)
        root = path_text(folder)
        collections = collection_prefix(folder)
        collections = path_id(collections) if collections else collections
        indexed = {key.split(UNIT_SEPARATOR, 1)[1]: sha for key, sha in known.items() if key.startswith(root + UNIT_SEPARATOR)}
        archive = is_archive(path) and os.path.isfile(path)  # a root of its own, recorded apart
        site = root_site(path, options)
        site_state = _site_state(site, sphinx_project(site, folder, path if archive else None))
        state = {"generator": root_generator(path, options), "options": options.reading(), "site": site_state, "rules": reading_rules()}
        key = _site_key(root, path) if archive else root
        why = _changed_reading(roots.get(key), state)
        whole = os.path.isdir(path) or archive  # one file of a root is not the whole root
        if why and indexed and whole:
            report.reread[path_text(path) if archive else root] = why
        if whole or key not in roots:
            roots[key] = {**roots.get(key, {}), **state}
        expiring = dict(roots.get(root, {}).get("expires", {}))  # file → when its first document expires
        holders = _holders(roots, root)
        unexpired = _unexpired(indexed, expiring, options.now)
        options.known_sha256 = {} if why else {file_id: sha for file_id, sha in unexpired.items() if file_id not in holders}
        if not archive:
            _forget_sites_read_differently(options, roots, root, path, report)
        options.recorded_sites = _recorded_sites(roots, root) if indexed and not why else None
        dates = {root: _recorded_dates(roots.get(root, {}))}
        keywords = {root: RecordedKeywords(roots.get(root, {}).get("site_keywords", {}), roots.get(root, {}).get("site_keyword_pages", {}))}
        for result in read_files([path], options, report.ingest, dates, keywords=keywords):
            if result.source_id is None:
                continue  # nothing indexed can come from it
            read.setdefault(root, set()).add(result.source_id)
            file_key = root + UNIT_SEPARATOR + result.source_id
            if result.failure:
                if known:
                    kept.add(file_key)  # unreadable now: keep what is indexed
                continue
            if not result.unchanged:
                expiring.pop(result.source_id, None)
                if result.expires:
                    expiring[result.source_id] = result.expires
            if file_key in known:  # only indexed files can be gone or emptied: a new file needs no note
                seen.add(file_key)
                if not result.unchanged and not result.documents and not result.unread:
                    emptied.append(file_key)
            if result.unchanged or not result.documents:
                continue
            if result.reads_other_files and result.source_id not in holders and known.get(file_key) == composed_version(result.documents):
                report.ingest.unchanged += 1  # read again for its includes, which gave the same documents
                continue
            if file_key in known and result.unread:  # a damaged export: what was not read keeps its indexed version
                for document in result.documents:
                    writer.delete_by_term("uid", root + UNIT_SEPARATOR + document.id)
                    replaced_uids.add(root + UNIT_SEPARATOR + document.id)
            elif file_key in known:
                writer.delete_by_term("file_key", file_key)
                replaced.add(file_key)
            same = result.source_id in holders and known.get(file_key) == result.documents[0].sha256
            target = Target(root, file_key, collections, file_key in known, same)
            if held is None:
                _write(writer, result, [copy_key(document) for document in result.documents], target, report, searcher)
            else:
                held.hold(result, target)
        roots.setdefault(root, {}).update(dates=dates[root].files, date_sites=dates[root].sites)
        for name, recorded in (("site_keywords", keywords[root].files), ("site_keyword_pages", keywords[root].pages)):
            if recorded or name in roots[root]:
                roots[root][name] = recorded
        if expiring or "expires" in roots[root]:
            roots[root]["expires"] = expiring
        _record_sites(options, roots, root, path, state, report)
    walked = {path_text(input_root(path)) + UNIT_SEPARATOR for path in paths if os.path.isdir(path)}
    gone = [key for key in known if key not in seen and any(key.startswith(root) for root in walked) and not _covered(key, kept)]
    gone += emptied
    for file_key in gone:
        report.removed += store.live_count(searcher.reader(), "file_key", file_key)
        writer.delete_by_term("file_key", file_key)
    found: dict[str, set[str]] = {}
    if held is not None:
        for result, keys, target in held.settle(replaced | set(gone), replaced_uids, writer, report):
            _write(writer, result, keys, target, report, searcher)
        found = held.holders
    for root, file_ids in read.items():
        _record_holders(roots, root, file_ids, found.pop(root, set()))
    for root, file_ids in found.items():  # roots not read: an indexed document of theirs was beaten
        _record_holders(roots, root, set(), file_ids)


def _write(writer, result: FileResult, keys: list[str | None], target: Target, report: IndexReport, searcher) -> None:
    """Index the documents of one file (its indexed ones were deleted) and count them: an
    indexed file that now gives none (all left out as copies) counts as removed; one read
    again with the same bytes (:attr:`~.copies.Target.same`) counts only the documents
    more or fewer than it had."""
    version = composed_version(result.documents) if result.reads_other_files else None
    for document, key in zip(result.documents, keys):
        fields = index_fields(document, target.root, target.file_key, target.collections, key)
        if result.unread:  # recorded as no version of the file: every run reads it again, and reports the damage
            fields["file_state"] = target.file_key + UNIT_SEPARATOR + DAMAGED
        elif result.reads_other_files:
            fields["file_state"] = target.file_key + UNIT_SEPARATOR + version
        writer.add_document(**fields)
    before = store.live_count(searcher.reader(), "file_key", target.file_key) if target.known else 0
    if target.same:
        report.added += max(len(result.documents) - before, 0)
        report.removed += max(before - len(result.documents), 0)
    elif not target.known:
        report.added += len(result.documents)
    elif result.documents:
        report.updated += len(result.documents)
    else:
        report.removed += before


def composed_version(documents: list[Document]) -> str:
    """The version recorded for the documents of a file whose text holds other files: a
    digest of their records, the same for a run that reads them the same (see :data:`COMPOSED`)."""
    digest = hashlib.sha256()
    for document in documents:
        digest.update(json.dumps(document.to_record(), ensure_ascii=False, sort_keys=True).encode())
    return COMPOSED + digest.hexdigest()


def _holders(roots: dict[str, dict], root: str) -> frozenset[str]:
    """The files of ``root`` recorded as keeping indexed documents while a copy of theirs was
    left out: they are read on every run (see :mod:`.copies`)."""
    return frozenset(roots.get(root, {}).get("copies", ()))


def _record_holders(roots: dict[str, dict], root: str, read: set[str], found: set[str]) -> None:
    """Record the files of ``root`` that hold a left-out copy (see :func:`~.copies.copy_holders`)."""
    holders = copy_holders(roots.get(root, {}).get("copies", []), read, found)
    if holders:
        roots.setdefault(root, {})["copies"] = holders
    elif root in roots:
        roots[root].pop("copies", None)


def _unexpired(indexed: dict[str, str], expiring: dict[str, str], now: dt.datetime) -> dict[str, str]:
    """The indexed files (id → sha256) less those with a document that has expired by ``now``
    (``expiring``: id → when, ISO 8601): they are read again, which leaves that document out."""
    if not expiring:
        return indexed
    gone = {file_id for file_id, moment in expiring.items() if dt.datetime.fromisoformat(moment) <= now}
    return {file_id: sha for file_id, sha in indexed.items() if file_id not in gone}


def _recorded_dates(recorded: dict) -> RootDates:
    """The day/month evidence a root's record keeps (an index written before site folders had
    verdicts of their own records no ``date_sites``: its root had one verdict)."""
    files = recorded.get("dates", {})
    return RootDates(files, recorded.get("date_sites", None if files else []))


def _changed_reading(before: dict | None, now: dict) -> str | None:
    """What differs between how a root was read (``before``, None for a new root) and
    ``now``: ``generator markdown → jekyll``, ``--include-drafts`` ...; None when nothing does."""
    if before is None:
        return None
    changes = _generator_change(before, now["generator"])
    if before.get("rules") != now["rules"]:
        changes.append(READING_RULES)
    recorded = before.get("options", IngestOptions().reading())  # an index that did not record them: the defaults
    changes += [READING_OPTIONS[name] for name, value in now["options"].items() if recorded.get(name) != value]
    return _changed(changes + _site_change(before, now["site"]))


#: Why a root is read again when arsip's reading rules changed (see :mod:`~arsip.ingest.reading_rules`).
READING_RULES = "arsip's reading rules (a new version of arsip or of a library it reads with)"


def _generator_change(before: dict, generator: str) -> list[str]:
    """``generator markdown → jekyll`` when ``before`` records another generator than ``generator``."""
    recorded = before.get("generator", generator)
    return [f"generator {recorded} → {generator}"] if recorded != generator else []


def _site_change(before: dict, site: dict) -> list[str]:
    """The settings of :data:`_SITE_SETTINGS` whose value in ``site`` is not the one ``before`` records."""
    recorded = before.get("site", site)
    return [label for name, label in _SITE_SETTINGS.items() if recorded.get(name) != site.get(name)]


def _changed(changes: list[str]) -> str | None:
    """What ``report.reread`` says of ``changes`` (None when there are none)."""
    return ", ".join(changes) + " changed" if changes else None


#: What the site's configuration gives every page, to name a change of it.
_SITE_SETTINGS = {
    "base_url": "the site's base URL",
    "development_base": "the site's development or placeholder address (a base URL that places no document)",
    "lang": "the site's language (default day/month order)",
    "unseen": "what the site's documents say of its configuration (a file that cannot be read, one it inherits that is not there)",
    "substitutions": "the site's reST substitutions (Sphinx |version| |release| |today|)",
    "targets": "the Sphinx project's labels or section titles (what its cross-references show)",
    "page_suffix": "the Sphinx project's html_file_suffix",
    "hugo_paths": "where the site publishes its pages (Hugo's permalinks, uglyURLs, languages, sections and cascades)",
    "hugo_params": "the site's parameters (Hugo's [params], which {{< param >}} shows)",
    "pages": "the site's pages and their URLs (MkDocs docs_dir, use_directory_urls, exclude_docs, draft_docs)",
    "mkdocs_text": "what the site's text extensions show (MkDocs' pymdownx.emoji, pymdownx.keys)",
    "mkdocs_appended": "the snippets the site appends to every page (MkDocs' pymdownx.snippets auto_append, base_path)",
    "mkdocs_tags": "the pages the site's tag index is written on (Material's tags plugin: tags_file, tags_extra_files)",
    "mkdocs_snippets": "how the site's pages include snippets (MkDocs' pymdownx.snippets: base_path, restrict_base_path, check_paths, url_download, dedent_subsections)",
    "jekyll": "where the site publishes its posts, pages and collections (Jekyll's permalink, collections, defaults)",
    "jekyll_variables": "the site's settings (Jekyll's _config.yml, which {{ site.x }} shows)",
    "pelican": "where the site publishes its articles and pages (Pelican's *_URL, slug, category and path settings)",
    "hexo": "where the site publishes its posts and pages (Hexo's permalink, new_post_name, source_dir, pretty_urls, timezone)",
    "nikola": "the site's pages and where it publishes them (Nikola's POSTS, PAGES, TRANSLATIONS, PRETTY_URLS, TIMEZONE, BLOG_AUTHOR, DEPLOY_DRAFTS)",
    "routes": "where the site publishes its pages (its Docusaurus, Starlight, VitePress or VuePress configuration)",
    "docsify": "the Docsify site's pages and routes (its index.html: homepage, routerMode, basePath, navigation files)",
    "book_root": "the folder of the GitBook book's files (book.json's root)",
    "markdown_format": "which Markdown files the site reads as MDX (Docusaurus' markdown.format; MDX 1 for Docusaurus 2)",
    "mdx_pages": "whether the site's own code compiles its Markdown pages with MDX (its package.json)",
    "quarto": "which files the Quarto project renders (its project.output-dir and project.render) or what {{< var >}} shows (its _variables.yml)",
    "antora": "the Antora component or its playbook (where its pages are published, the attributes they are given)",
    "folder_sites": "the address or language of a blog in the archive (its Takeout settings.csv)",
    "folder_generators": "the generator or the configuration of a site in a folder of the archive",
    "substack": "what the Substack export's posts.csv says of its posts (titles, dates, whether published)",
    "publishing": "which pages dated ahead or expired the site publishes (Hugo's buildFuture, buildExpired, [frontmatter], timeZone; Jekyll's future, timezone)",
    "notes": "which notes the vault's publisher leaves out (Obsidian Publish enabled in .obsidian/core-plugins.json, Quartz's ExplicitPublish filter, content folder and ignorePatterns)",
    "mkdocs_blogs": "the site's blogs (Material's blog plugin: blog_dir, post_dir, post_url_format, draft settings, authors_file and the names it gives)",
    "authors": "the names the site gives its authors' ids (Jekyll's authors setting or _data/authors.yml, Hugo's data/authors/)",
}


def _site_state(site: SiteInfo, project: Project | None) -> dict:
    """What a root records of its site configuration (see :data:`_SITE_SETTINGS`; no
    substitutions, no MkDocs pages, a site that is not Hugo's publishing at its paths nor
    Jekyll's, and a generator's default publishing by dates, are recorded as none, as before
    they were read; Jekyll's settings as their digest); for a Sphinx project, also its page suffix and what
    its cross-references show (a change reads all its pages again: a page's text holds other
    pages' titles)."""
    pages = {"docs_dir": site.docs_dir, "use_directory_urls": site.directory_urls} if site.docs_dir else None
    mkdocs = site.mkdocs
    if pages and mkdocs and (mkdocs.exclude != DEFAULT_EXCLUDED or mkdocs.drafts):
        pages |= {"exclude_docs": list(mkdocs.exclude), "draft_docs": list(mkdocs.drafts)}
    state = {"base_url": site.base_url, "lang": site.lang, "substitutions": dict(site.substitutions) or None, "pages": pages}
    if site.development_base:
        state["development_base"] = site.development_base
    if site.unseen:
        state["unseen"] = site.unseen
    if site.sphinx:
        state["page_suffix"] = site.page_suffix
    if project:
        state["targets"] = project_targets(project).fingerprint()
    hexo = site.hexo if site.hexo and site.hexo.marked else None  # (a Jekyll site's _config.yml has none of Hexo's own keys)
    if site.jekyll and site.base_url and not hexo:  # (without a base URL they place no document)
        state["jekyll"] = site.jekyll.fingerprint()
    if site.jekyll and site.jekyll.variables and not hexo:  # (what {{ site.x }} shows: a change reads the site's pages again)
        state["jekyll_variables"] = hashlib.sha256(repr(site.jekyll.variables).encode("utf-8", "surrogatepass")).hexdigest()
    if site.pelican and site.base_url:
        state["pelican"] = site.pelican.fingerprint()
    if hexo and site.base_url:
        state["hexo"] = hexo.fingerprint()
    if site.nikola:
        state["nikola"] = site.nikola.fingerprint()
    if site.folder_sites:
        state["folder_sites"] = {place: {"base_url": blog.base_url, "lang": blog.lang} for place, blog in site.folder_sites}
    if site.folder_generators:  # (a site root inside an archive is recorded as a site folder on disk is)
        inner = dict(site.folder_sites)
        state["folder_generators"] = {place: {"generator": generator, "site": _site_state(inner[place], None)} for place, generator in site.folder_generators}
    if site.substack:
        state["substack"] = site.substack.fingerprint()
    if site.hugo_paths:
        state["hugo_paths"] = site.hugo_paths.state()
    authors = site.hugo_authors or (site.jekyll.authors if site.jekyll and not hexo else ())
    if authors:  # (what a page's author ids show: a change of the authors file reads the site's pages again)
        state["authors"] = dict(authors)
    if site.notes:
        state["notes"] = site.notes.state()
    if site.hugo_params:  # (what {{< param x >}} shows: a change reads the site's pages again)
        state["hugo_params"] = hashlib.sha256(repr(site.hugo_params).encode("utf-8")).hexdigest()
    if site.routes:
        state["routes"] = site.routes.state()
        if site.routes.markdown_format not in (None, "mdx"):  # (Docusaurus' default: recorded as none, as before it was read)
            state["markdown_format"] = site.routes.markdown_format
    if site.docsify:
        state["docsify"] = site.docsify.state()
    if site.book_root:
        state["book_root"] = site.book_root
    if site.mdx_pages:
        state["mdx_pages"] = True
    if site.quarto:
        variables = hashlib.sha256(repr(site.quarto.variables).encode("utf-8")).hexdigest() if site.quarto.variables else None
        state["quarto"] = {"output_dir": site.quarto.output_dir, "render": list(site.quarto.render) if site.quarto.render is not None else None, "variables": variables}
    if site.antora:
        state["antora"] = site.antora.state()
    if mkdocs and (mkdocs.emoji or mkdocs.keys):
        keys = mkdocs.keys and {"separator": mkdocs.keys.separator, "camel_case": mkdocs.keys.camel_case, "key_map": [list(pair) for pair in mkdocs.keys.key_map]}
        state["mkdocs_text"] = {"emoji": mkdocs.emoji, "icons": mkdocs.icons, "keys": keys or None}  # (as JSON keeps it: lists)
    if mkdocs and mkdocs.appended:
        state["mkdocs_appended"] = [[name, list(places)] for name, places in mkdocs.appended]  # (as JSON keeps it: lists)
    if mkdocs and mkdocs.tags_indexes:
        state["mkdocs_tags"] = sorted(mkdocs.tags_indexes)
    if mkdocs and mkdocs.blogs:  # (where its posts are published, and its authors' names: a change reads the site's pages again)
        state["mkdocs_blogs"] = hashlib.sha256(repr(mkdocs.blogs).encode("utf-8", "surrogatepass")).hexdigest()
    if mkdocs and mkdocs.snippets is not None:
        snippets = mkdocs.snippets
        state["mkdocs_snippets"] = [list(snippets.bases), snippets.restricted, snippets.check_paths, snippets.url_download, snippets.dedent]
    if site.publishing and site.publishing not in DEFAULT_PUBLISHING.values():
        state["publishing"] = site.publishing.state()
    return state


def _site_key(root: str, site_root: str) -> str:
    """Where ``roots`` records how the archive or site folder ``site_root`` in ``root`` was
    read: they are roots of their own (``root``, unit separator, the archive's or folder's id)."""
    relative = os.path.relpath(os.path.abspath(site_root), os.path.abspath(root))
    return root + UNIT_SEPARATOR + path_id(relative.replace(os.sep, "/"))


def _forget_sites_read_differently(options: IngestOptions, roots: dict[str, dict], root: str, path: str, report: IndexReport) -> None:
    """The files of each indexed archive and site folder in the folder ``path`` whose
    generator or site configuration is not the one it was read with are all read again
    (named in ``report.reread``); so are those of a site folder that is no longer one (they
    belong to the site around it now), which is no longer recorded."""
    prefix = root + UNIT_SEPARATOR
    folder = path if os.path.isdir(path) else input_root(path)  # named as discovery names it: one look per archive
    for key, before in list(roots.items()):
        place = key[len(prefix) :] if key.startswith(prefix) else None
        target = os.path.join(folder, place) if place else None
        if not target or (not is_archive(place) and not os.path.isdir(path)):
            continue  # site folders are found by walking a folder, not in one file named
        if is_archive(place):
            if not os.path.isfile(target):
                continue
            site = root_site(target, options)
            now = (root_generator(target, options), _site_state(site, sphinx_project(site, archive=target)))
        elif is_site_folder(target, folder):
            site = nested_site(target, path, options)
            now = (root_generator(target, options), _site_state(site, sphinx_project(site, path)))
        else:
            del roots[key]
            now = None
        why = _changed(_generator_change(before, now[0]) + _site_change(before, now[1])) if now else "no longer a site of its own"
        if why and os.path.exists(target):
            report.reread[path_text(os.path.abspath(target))] = why
            files = (place + ("!/" if is_archive(place) else "/"), *(site.beside() if now else ()))  # (and its docs beside it: Docusaurus' website/)
            options.known_sha256 = {file_id: sha for file_id, sha in options.known_sha256.items() if not file_id.startswith(files)}


def _recorded_sites(roots: dict[str, dict], root: str) -> frozenset[str]:
    """The ids of the site folders in ``root`` that ``roots`` records."""
    prefix = root + UNIT_SEPARATOR
    return frozenset(key[len(prefix) :] for key in roots if key.startswith(prefix) and not is_archive(key))


def _record_sites(options: IngestOptions, roots: dict[str, dict], root: str, path: str, state: dict, report: IndexReport) -> None:
    """Record how each archive and site folder read in the folder ``path`` was read: as the
    folder (``state``), with its own generator (detected, or forced, as it was found) and
    site configuration. A site folder new in an indexed root was read again in full
    (``IngestOptions.recorded_sites``): ``report.reread`` says so."""
    if not os.path.isdir(path):
        return
    base = os.path.abspath(path)
    for site_root, site in options.site_configs.items():
        if os.path.abspath(site_root).startswith(base + os.sep):
            key = _site_key(root, site_root)
            if options.recorded_sites is not None and key not in roots and not is_archive(site_root):
                report.reread[path_text(os.path.abspath(site_root))] = "now a site of its own"
            project = sphinx_project(site, path, site_root if is_archive(site_root) else None)
            roots[key] = {**state, "generator": options.detected[site_root], "site": _site_state(site, project)}


def _covered(file_key: str, kept: set[str]) -> bool:
    """True when ``file_key`` is, or lies inside, a failed file, folder or archive."""
    root, _, file_id = file_key.partition(UNIT_SEPARATOR)
    for failed in kept:
        failed_root, _, failed_id = failed.partition(UNIT_SEPARATOR)
        if failed_root == root and lies_within(file_id, failed_id):
            return True
    return False


def _writer(ix, procs: int):
    """A writer (the caller holds the folder's write lock): a :class:`~.term_writer.TermWriter`,
    or ``procs`` of them in writer processes. Segments are written as separate files, not
    Whoosh's compound file, which every reader would copy into memory, with
    :class:`~.codec.WritingCodec`."""
    if procs > 1:  # multisegment: Whoosh 2.7.4's single-segment merge of procs > 1 has an IndexError bug
        end_workers_with_parent()  # a killed run must not leave workers holding the lock
        return CheckedMpWriter(ix, procs=procs, limitmb=WRITER_MEMORY_MB // procs, compound=False, codec=WritingCodec())
    return TermWriter(ix, limitmb=WRITER_MEMORY_MB, compound=False)


def _indexed_files(ix) -> dict[str, str]:
    """``file_key`` → sha256 of every file in the index (from terms, not stored records)."""
    with ix.searcher() as searcher:
        return dict(state.rsplit(UNIT_SEPARATOR, 1) for state, _ in store.live_terms(searcher.reader(), "file_state"))


def index_fields(document: Document, root: str, file_key: str, collections: str | None = None, copy_key: str | None = None) -> dict:
    """The Whoosh fields of one document. The text fields hold the body and, after it, the
    searchable metadata (see :mod:`.metadata`; ``collections`` is the root's
    :func:`~.metadata.collection_prefix`); the stored record's text stays the body.
    ``copy_key``: the document's :func:`~arsip.ingest.duplicates.copy_key`; a page or feed
    item also gets its ``address`` (:func:`~arsip.ingest.feed_copies.address_of`)."""
    record = document.to_record()
    labels = [term.label for term in document.categories + document.tags]
    text = indexed_text(document.text, searchable_parts(document.fields, document.title, labels, collection_name(document.id, collections)))
    record["root"] = root
    record["source"] = os.path.abspath(document.source)  # usable from any working directory
    fields = {
        "uid": root + UNIT_SEPARATOR + document.id,
        "id": document.id,
        "root": root,
        "file_key": file_key,
        "file_state": file_key + UNIT_SEPARATOR + document.sha256,
        "title": document.title,
        "title_exact": document.title,
        "text": text,
        "text_exact": text,
        "format": document.format,
        "repaired": bool(document.repairs),
        "record": json.dumps(record, ensure_ascii=False),
    }
    if copy_key:
        fields["copy_key"] = copy_key
    address = address_of(document)
    if address:
        fields["address"] = address
    if document.author:
        fields["author"] = document.author
    if document.categories:
        fields["categories"] = ",".join(term.key for term in document.categories)
    if document.tags:
        fields["tags"] = ",".join(term.key for term in document.tags)
    if document.categories or document.tags:
        fields["label_pairs"] = RECORD_SEPARATOR.join(term.key + UNIT_SEPARATOR + term.label for term in document.categories + document.tags)
    pairs = stated_pairs(f"{document.title}\n{document.text}")
    if pairs:
        fields["abbreviations"] = RECORD_SEPARATOR.join(short + UNIT_SEPARATOR + full for short, full in sorted(pairs))
    fields["date_source"] = (document.date_source or "none").lower()
    if document.date:
        date = moments(document.date)[0]
        fields["date"] = date
        fields["year"] = f"{date.year:04d}"
    return fields
