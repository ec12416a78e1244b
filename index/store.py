"""Where the index lives, opening it, and the version check that guards it."""

from __future__ import annotations

import json
import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from whoosh import index as whoosh_index

from arsip.ingest.atomic_write import atomic_write

from .schema import DEFAULT_STEMMER, SCHEMA_VERSION, UNIT_SEPARATOR, make_schema

INDEX_NAME = "arsip"
META_FILE = "arsip-index.json"
LABELS_FILE = "arsip-labels.json"
ROOTS_FILE = "arsip-roots.json"


class IndexError_(Exception):
    """The index cannot be used; the message says what to do."""


class IndexMissing(IndexError_):
    """There is no index at the location."""


class IndexBusy(IndexError_):
    """Another process is writing to the index."""


class IndexIncompatible(IndexError_):
    """The index was built by an incompatible version of arsip."""


def default_location() -> Path:
    """``--index``, else ``$ARSIP_INDEX``, else the per-user data directory."""
    configured = os.environ.get("ARSIP_INDEX")
    if configured:
        return Path(configured)
    from platformdirs import user_data_dir

    return Path(user_data_dir("arsip")) / "index"


def resolve(location: str | os.PathLike | None) -> Path:
    """The index directory to use."""
    return Path(location) if location else default_location()


@dataclass
class IndexMeta:
    """What the index records about itself (``arsip-index.json`` beside the Whoosh files)."""

    schema_version: int = SCHEMA_VERSION
    stemmer: str = DEFAULT_STEMMER

    @classmethod
    def read(cls, directory: Path) -> "IndexMeta":
        try:
            data = json.loads((directory / META_FILE).read_text(encoding="utf-8"))
            return cls(int(data["schema_version"]), str(data["stemmer"]))
        except (OSError, ValueError, KeyError, TypeError):
            return cls(schema_version=0)

    def write(self, directory: Path) -> None:
        _write_json(directory / META_FILE, {"schema_version": self.schema_version, "stemmer": self.stemmer})


def exists(directory: Path) -> bool:
    """True when ``directory`` holds an arsip index."""
    return directory.is_dir() and whoosh_index.exists_in(str(directory), indexname=INDEX_NAME)


def open_index(directory: Path):
    """Open an existing index for reading or writing, checking its version."""
    if not exists(directory):
        raise IndexMissing(f"no index at {directory}; build one with: arsip index PATH")
    meta = IndexMeta.read(directory)
    if meta.schema_version != SCHEMA_VERSION:
        raise IndexIncompatible(
            f"the index at {directory} was built by an incompatible version of arsip "
            f"(schema {meta.schema_version}, this version needs {SCHEMA_VERSION}); run: arsip index --rebuild PATH"
        )
    try:
        return whoosh_index.open_dir(str(directory), indexname=INDEX_NAME)
    except Exception as error:  # unpickling the schema can fail in many ways
        raise IndexIncompatible(f"the index at {directory} cannot be opened ({error}); run: arsip index --rebuild PATH") from None


def create_index(directory: Path, stemmer: str = DEFAULT_STEMMER):
    """Create a new, empty index in ``directory`` (replacing what was there)."""
    directory.mkdir(parents=True, exist_ok=True)
    created = whoosh_index.create_in(str(directory), make_schema(stemmer), indexname=INDEX_NAME)
    IndexMeta(SCHEMA_VERSION, stemmer).write(directory)
    return created


def _write_json(path: Path, data) -> None:
    atomic_write(path, json.dumps(data, ensure_ascii=False).encode("utf-8"))


def live_terms(reader, fieldname: str) -> Iterator[tuple[str, int]]:
    """Each term of ``fieldname`` with the number of live (not deleted) documents that have it."""
    deletions = reader.has_deletions()  # document frequencies still count deleted documents
    for term in reader.lexicon(fieldname):
        count = sum(1 for _ in reader.postings(fieldname, term).all_ids()) if deletions else reader.doc_frequency(fieldname, term)
        if count:
            yield term.decode("utf-8"), count


def write_labels(directory: Path, ix) -> None:
    """Record the display label of every category and tag key: its most frequent spelling."""
    from arsip.ingest.terms import display_labels

    with ix.searcher() as searcher:
        pairs = [tuple(pair.split(UNIT_SEPARATOR, 1)) for pair, count in live_terms(searcher.reader(), "label_pairs") for _ in range(count)]
    _write_json(directory / LABELS_FILE, display_labels(pairs))


def read_labels(directory: Path) -> dict[str, str]:
    """Key → display label (empty when the index has none recorded)."""
    try:
        return json.loads((directory / LABELS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def read_root_generators(directory: Path) -> dict[str, str]:
    """Root → the site generator its documents were read as (empty when none recorded)."""
    try:
        data = json.loads((directory / ROOTS_FILE).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}
    return data if isinstance(data, dict) else {}


def write_root_generators(directory: Path, generators: dict[str, str]) -> None:
    """Record each root's generator (after the commit that indexed it)."""
    _write_json(directory / ROOTS_FILE, generators)
