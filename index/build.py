"""Build and update an index: ingest, then add, update and remove documents in one commit.

Incremental by default: a file whose sha256 is already indexed is not even parsed; a
changed file's documents are replaced; files gone from an indexed root are removed. The
whole run is one Whoosh commit, so an interrupted run leaves the previous index intact,
and readers keep searching the previous version while it runs.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

from whoosh.index import LockError
from whoosh.writing import CLEAR

from arsip.ingest import Document, FileFailure, IngestOptions, IngestReport, read_files
from arsip.ingest.pipeline import root_generator
from arsip.ingest.sources import input_root
from arsip.ingest.workers import end_workers_with_parent

from . import store
from .metadata import collection_name, collection_prefix, indexed_text, searchable_parts
from .schema import DEFAULT_STEMMER, RECORD_SEPARATOR, UNIT_SEPARATOR

#: Memory for sorting postings, shared by the writer processes; beyond it Whoosh spills
#: sorted runs to disk, so peak memory stays flat however large the input.
WRITER_MEMORY_MB = 256


@dataclass
class IndexReport:
    """What an indexing run did to the index, in documents; files read are in ``ingest``."""

    added: int = 0
    updated: int = 0
    removed: int = 0
    ingest: IngestReport = field(default_factory=IngestReport)

    @property
    def unchanged(self) -> int:
        """Files skipped because their sha256 was already indexed."""
        return self.ingest.unchanged

    @property
    def failures(self) -> list[FileFailure]:
        """Files that could not be read (their indexed version, if any, is kept)."""
        return self.ingest.failures

    def summary(self) -> dict:
        """The summary as data."""
        return {
            "added": self.added,
            "updated": self.updated,
            "removed": self.removed,
            "unchanged_files": self.unchanged,
            "problems": self.ingest.with_problems,
            "repaired": self.ingest.repaired,
            "failed": len(self.failures),
            "skipped": dict(sorted(self.ingest.skipped.items())),
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

    ``procs``: Whoosh writer processes; by default all cores (up to 4) for a new or
    rebuilt index and one for an incremental update.
    """
    report = report or IndexReport()
    options = options or IngestOptions()
    fresh = rebuild or not store.exists(directory)
    ix = _open_or_create(directory, rebuild, stemmer)
    if procs is None:
        procs = min(os.cpu_count() or 1, 4) if fresh else 1
    writer = _writer(ix, directory, wait, procs)
    generators = {} if rebuild else store.read_root_generators(directory)
    try:
        known = {} if rebuild else _indexed_files(ix)
        seen: set[str] = set()
        for path in paths:
            root = input_root(path)
            collections = collection_prefix(root)
            generator = root_generator(path, options)
            reread = generators.get(root, generator) != generator  # another syntax: every file reads differently
            generators[root] = generator
            options.known_sha256 = {} if reread else {key.split(UNIT_SEPARATOR, 1)[1]: sha for key, sha in known.items() if key.startswith(root + UNIT_SEPARATOR)}
            for result in read_files([path], options, report.ingest):
                if result.source_id is None:
                    continue  # not a file (a listing failure): counted in the ingest report
                file_key = root + UNIT_SEPARATOR + result.source_id
                if result.unchanged or result.failure:
                    seen.add(file_key)  # unchanged, or unreadable now: keep what is indexed
                    continue
                if not result.documents:
                    continue
                seen.add(file_key)
                if file_key in known:
                    writer.delete_by_term("file_key", file_key)
                for document in result.documents:
                    writer.add_document(**index_fields(document, root, file_key, collections))
                if file_key in known:
                    report.updated += len(result.documents)
                else:
                    report.added += len(result.documents)
        roots = {input_root(path) + UNIT_SEPARATOR for path in paths}
        with ix.searcher() as searcher:
            for file_key in known:
                if file_key not in seen and any(file_key.startswith(root) for root in roots):
                    report.removed += searcher.doc_frequency("file_key", file_key)
                    writer.delete_by_term("file_key", file_key)
    except BaseException:
        writer.cancel()
        raise
    writer.commit(mergetype=CLEAR) if rebuild else writer.commit()
    store.write_root_generators(directory, generators)
    if fresh or report.added or report.updated or report.removed:
        store.write_labels(directory, ix)  # a second pass over stored fields: only when labels may change
    return report


def _open_or_create(directory: Path, rebuild: bool, stemmer: str):
    if not store.exists(directory):
        return store.create_index(directory, stemmer)
    try:
        ix = store.open_index(directory)
    except store.IndexIncompatible:
        if not rebuild:
            raise
        return store.create_index(directory, stemmer)
    if rebuild and store.IndexMeta.read(directory).stemmer != stemmer:
        return store.create_index(directory, stemmer)
    return ix


def _writer(ix, directory: Path, wait: float, procs: int):
    """A writer, waiting up to ``wait`` seconds for the lock. Segments are written as
    separate files, not Whoosh's compound file, which every reader would copy into memory."""
    deadline = time.monotonic() + wait
    while True:
        try:
            if procs > 1:  # multisegment: Whoosh 2.7.4's single-segment merge of procs > 1 has an IndexError bug
                end_workers_with_parent()  # a killed run must not leave workers holding the lock
                return ix.writer(procs=procs, multisegment=True, limitmb=WRITER_MEMORY_MB // procs, compound=False)
            return ix.writer(limitmb=WRITER_MEMORY_MB, compound=False)
        except LockError:
            if time.monotonic() >= deadline:
                raise store.IndexBusy(f"the index at {directory} is being updated by another process; try again later or use --wait") from None
            time.sleep(0.25)


def _indexed_files(ix) -> dict[str, str]:
    """``file_key`` → sha256 of every file in the index (from terms, not stored records)."""
    with ix.searcher() as searcher:
        return dict(state.rsplit(UNIT_SEPARATOR, 1) for state, _ in store.live_terms(searcher.reader(), "file_state"))


def parse_iso(value: str | None) -> dt.datetime | None:
    """The start of an ISO 8601 date of any precision, as a naive local datetime."""
    if not value:
        return None
    year, month, day = value[:4], value[5:7] or "01", value[8:10] or "01"
    try:
        start = dt.datetime(int(year), int(month), int(day))
        if len(value) >= 19:
            start = start.replace(hour=int(value[11:13]), minute=int(value[14:16]), second=int(value[17:19]))
        return start
    except ValueError:
        return None


def index_fields(document: Document, root: str, file_key: str, collections: str | None = None) -> dict:
    """The Whoosh fields of one document. The text fields hold the body and, after it, the
    searchable metadata (see :mod:`.metadata`; ``collections`` is the root's
    :func:`~.metadata.collection_prefix`); the stored record's text stays the body."""
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
    if document.author:
        fields["author"] = document.author
    if document.categories:
        fields["categories"] = ",".join(term.key for term in document.categories)
    if document.tags:
        fields["tags"] = ",".join(term.key for term in document.tags)
    if document.categories or document.tags:
        fields["label_pairs"] = RECORD_SEPARATOR.join(term.key + UNIT_SEPARATOR + term.label for term in document.categories + document.tags)
    date = parse_iso(document.date)
    if date:
        fields["date"] = date
        fields["year"] = f"{date.year:04d}"
    return fields
