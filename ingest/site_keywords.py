"""Keywords a site writes on every page, decided per host folder instead of per page.

A CMS writes its ``<meta name="keywords">`` from the site's settings on every page
(OpenSID's and many a theme's "desa, berita, informasi, kabupaten"), beside or instead of
the article's own: such a keyword says what the site is about, not the page, and as a tag
it would make every page of the site a hit for it. In a crawler's host folder
(:func:`~.readers.mirror_address.host_folder`, ``www.desa-contoh.id/``), a keyword is the
site's when at least :data:`MIN_PAGES` pages name keywords and at least :data:`SHARE` of
them name it (a page counts once, however many files a crawler saved it under: see
:func:`keyword_page`); it is dropped from the tags of the pages there, each with a ``tags`` problem
naming what was dropped. A page's other tags (``article:tag``, JSON-LD, a CMS's tag list)
are kept.

The evidence is kept per file (file id → the keys of its keywords, and the page it is when
that is not its own place), so an index can record it:
an incremental run starts from the recorded evidence, replaces that of the files it reads and
drops that of files gone; an unchanged file whose site keywords changed (more pages now
share one, or fewer) is read again, so ``arsip index`` gives its pages the tags
``arsip ingest`` gives them. Files that may lose tags are held back until their input root
has been read (in a :class:`~.duplicates.Spool`, so a large mirror waits on disk).
"""

from __future__ import annotations

import os
import posixpath
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Iterator

from .document import Document, Problem
from .duplicates import Spool
from .feed_copies import address_of, place_address
from .readers.mirror_address import host_folder
from .sources import lies_within
from .terms import normalize_terms

if TYPE_CHECKING:
    from .results import FileResult

#: A host folder's keyword is the site's only when at least this many of its pages name keywords ...
MIN_PAGES = 5
#: ... and at least this share of them name it.
SHARE = 0.9
#: File id → the keys of the keywords its pages name.
Evidence = dict[str, list[str]]


@dataclass
class RecordedKeywords:
    """What an index records of one input root's site keywords: each file's keyword keys, and
    the page each file is (see :func:`keyword_page`) when that is not its own place."""

    files: Evidence = field(default_factory=dict)
    pages: dict[str, str] = field(default_factory=dict)


def named_keywords(result: FileResult, aliases: dict[str, str] | None = None) -> list[str] | None:
    """The keys of the keywords the HTML pages of ``result`` name in a host folder, in order
    (synonyms merged by ``aliases``, as the pages' tags are); None for a file outside one or
    whose pages name none."""
    named = [document.fields["keywords"] for document in result.documents if document.format == "html" and document.fields.get("keywords")]
    if not named or result.source_id is None or host_folder(result.source_id, result.path) is None:
        return None
    keys = dict.fromkeys(term.key for value in named for term in normalize_terms(value, aliases))
    return list(keys) or None


def keyword_page(result: FileResult) -> str | None:
    """The page the HTML file of ``result`` is, by the address its page naming keywords gives
    (:func:`~.feed_copies.address_of`: its canonical address, or an AMP or print copy's
    page's): two names of one page a crawler saved (``berita/panen/index.html`` and
    ``berita/panen.html``, ``index.html?p=12.html`` and the permalink's file) are one page;
    None when it is known by its own place only."""
    document = next((document for document in result.documents if document.format == "html" and document.fields.get("keywords")), None)
    page = address_of(document) if document is not None else None
    return page if page != place_address(os.path.abspath(result.path)) else None


class SiteKeywords:
    """The keyword evidence of one input root's host folders, and the results waiting for
    their folder's verdict. ``root`` is the input root's path, ``recorded`` what an index
    recorded of it (see :meth:`record`), ``aliases`` the run's tag aliases."""

    def __init__(self, root: str, recorded: RecordedKeywords | None = None, aliases: dict[str, str] | None = None) -> None:
        self.root = root
        self.aliases = aliases
        recorded = recorded or RecordedKeywords()
        self.files: Evidence = dict(recorded.files)
        #: File id → the page it is, when that is not its own place (see :func:`keyword_page`).
        self.pages: dict[str, str] = dict(recorded.pages)
        #: The verdicts the recorded evidence gave, and those of this run (see :meth:`finish`).
        self.before = self._verdicts()
        self.now = self.before
        #: Recorded files not seen yet, recorded files seen unchanged, and the files that failed
        #: while there were unseen ones (a failed folder or archive keeps its files' evidence).
        self.unseen = set(self.files)
        self.unchanged: set[str] = set()
        self.failed: list[str] = []
        self.spool = Spool()
        #: Unchanged files with recorded keywords (id → result), held in case they are read again.
        self.waiting: dict[str, FileResult] = {}

    def count(self, result: FileResult) -> None:
        """Count ``result``'s keywords as evidence (a file read replaces what was recorded of it)."""
        file_id = result.source_id
        if file_id is None:
            return
        self.unseen.discard(file_id)
        if result.failure:
            if self.unseen:
                self.failed.append(file_id)
        elif result.unchanged:
            if file_id in self.files:
                self.unchanged.add(file_id)
        else:
            self.unchanged.discard(file_id)
            keys = named_keywords(result, self.aliases)
            page = keyword_page(result) if keys else None
            if keys:
                self.files[file_id] = keys
            else:
                self.files.pop(file_id, None)
            if page:
                self.pages[file_id] = page
            else:
                self.pages.pop(file_id, None)

    def hold(self, result: FileResult) -> bool:
        """True when ``result`` (counted) waits for its host folder's verdict: a file read whose
        pages name keywords there, or an unchanged one that did (it may be read again)."""
        file_id = result.source_id
        if file_id not in self.files or result.failure:
            return False
        if result.unchanged:
            self.waiting[file_id] = result
        elif file_id in self.waiting:
            self.waiting[file_id] = result  # read again: it takes the unchanged result's place
        else:
            self.spool.add(result)
        return True

    def finish(self, walked: bool) -> set[str]:
        """Close the root's evidence (when the whole root was ``walked``, that of files no
        longer there is dropped; a failed file or folder keeps its own). Returns the unchanged
        files to read again: the site keywords among theirs are not those they were read with."""
        if walked:
            for file_id in self.unseen:
                if not any(lies_within(file_id, failed) for failed in self.failed):
                    del self.files[file_id]
                    self.pages.pop(file_id, None)
        self.now = self._verdicts()
        return {file_id for file_id in self.unchanged if self._dropped(file_id, self.now) != self._dropped(file_id, self.before)}

    def release(self) -> Iterator[FileResult]:
        """The held results, the site's keywords dropped from their pages' tags."""
        try:
            for result in self.spool:
                self._settle(result)
                yield result
            for result in self.waiting.values():
                self._settle(result)
                yield result
        finally:
            self.spool.close()
            self.waiting = {}

    def record(self) -> RecordedKeywords:
        """What an index records of the root now (after :meth:`finish`)."""
        return RecordedKeywords(dict(sorted(self.files.items())), dict(sorted(self.pages.items())))

    def _host(self, file_id: str) -> str | None:
        return host_folder(file_id, posixpath.join(self.root.replace("\\", "/"), file_id))

    def _verdicts(self) -> dict[str, tuple[dict[str, int], int]]:
        """Host folder → (each site keyword's key → how many pages name it, how many pages
        name keywords), each page counted once with the keywords any of its files names."""
        pages: dict[str, dict[str, set[str]]] = {}
        for file_id, keys in self.files.items():
            host = self._host(file_id)
            if host is not None:
                page = self.pages.get(file_id) or place_address(os.path.abspath(posixpath.join(self.root, file_id)))
                pages.setdefault(host, {}).setdefault(page, set()).update(keys)
        verdicts = {}
        for host, named in pages.items():
            total = len(named)
            if total >= MIN_PAGES:
                counts = Counter(key for keys in named.values() for key in keys)
                shared = {key: count for key, count in counts.items() if count >= SHARE * total}
                if shared:
                    verdicts[host] = (shared, total)
        return verdicts

    def _dropped(self, file_id: str, verdicts: dict[str, tuple[dict[str, int], int]]) -> list[str]:
        """The keys of the file ``file_id``'s keywords that ``verdicts`` make the site's."""
        shared = verdicts.get(self._host(file_id) or "", ({}, 0))[0]
        return [key for key in self.files.get(file_id, ()) if key in shared]

    def _settle(self, result: FileResult) -> None:
        if result.unchanged or result.source_id is None:
            return
        host = self._host(result.source_id)
        shared, total = self.now.get(host or "", ({}, 0))
        if shared:
            for document in result.documents:
                _drop(document, shared, total, host)


def _drop(document: Document, shared: dict[str, int], total: int, host: str) -> None:
    """Drop the site's keywords ``shared`` (key → pages naming it, of the ``total`` pages of
    the host folder ``host`` naming keywords) from ``document``'s tags."""
    dropped = [term for term in document.tags if term.key in shared]
    if not dropped:
        return
    document.tags = [term for term in document.tags if term.key not in shared]
    named = ", ".join(term.label for term in dropped)
    document.problems.append(
        Problem("tags", f"keywords of the whole site dropped from its tags: {named} (each named by the keywords meta tag of at least {SHARE:.0%} of the {total} pages of {host}/ that have one)")
    )
