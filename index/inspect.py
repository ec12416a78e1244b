"""Looking into an index: one document's record, and figures about the whole index."""

from __future__ import annotations

import json
import os
from pathlib import Path

from whoosh.query import Every, Term

from . import store
from .facets import category_counts, facet_definitions
from .schema import UNIT_SEPARATOR


def get_records(directory: Path, doc_id: str) -> list[dict]:
    """The stored records of the documents with this id (one per indexed root)."""
    with store.open_searcher(directory) as searcher:
        return [json.loads(stored["record"]) for stored in searcher.documents(id=doc_id)]


def get_records_by_source(directory: Path, path: str) -> list[dict]:
    """The stored records of the documents read from the file at ``path`` (absolute, or
    relative to the working directory), looked up in the index, never read from disk."""
    absolute = os.path.abspath(path)
    with store.open_searcher(directory) as searcher:
        records = []
        for root, _ in store.live_terms(searcher.reader(), "root"):
            if absolute.startswith(root.rstrip(os.sep) + os.sep):
                file_key = root + UNIT_SEPARATOR + os.path.relpath(absolute, root).replace(os.sep, "/")
                records += [json.loads(stored["record"]) for stored in searcher.documents(file_key=file_key)]
        return records


def index_stats(directory: Path, top: int = 15) -> dict:
    """Size, counts by year and format, top categories, repaired documents, and the
    abbreviations most documents state."""
    labels = store.read_labels(directory)
    facets = facet_definitions("year", "format", "category", "repaired")
    with store.open_searcher(directory) as searcher:
        results = searcher.search(Every(), limit=1, groupedby=facets)
        groups = {name: results.groups(name) for name in facets}
        repaired = len(searcher.search(Term("repaired", True), limit=None))
        documents = searcher.doc_count()
        roots = sorted(set(searcher.lexicon("root")))
    size = sum(path.stat().st_size for path in directory.iterdir() if path.is_file())
    return {
        "index": str(directory),
        "size_bytes": size,
        "documents": documents,
        "roots": [root.decode("utf-8") if isinstance(root, bytes) else root for root in roots],
        "by_year": {str(year or "unknown"): count for year, count in sorted(groups["year"].items(), key=lambda item: str(item[0]))},
        "by_format": dict(sorted(groups["format"].items(), key=lambda item: -item[1])),
        "top_categories": [[label, count] for label, count in category_counts(groups["category"], labels)[:top]],
        "repaired": repaired,
        "abbreviations": [[pair["short"], pair["full"], pair["documents"]] for pair in store.read_abbreviations(directory) if pair["documents"]][:top],
    }
