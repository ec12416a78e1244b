"""Where the index lives, opening it, the write lock, and the version check that guards it.

An index folder belongs to arsip: it is marked by ``arsip-index.json``, which records the
schema version, the stemmer and the name of the current Whoosh index inside the folder.
arsip creates an index only in a missing or empty folder, or in a folder that already holds
an arsip index, so it never deletes files it did not create. A rebuild writes a new Whoosh
index (a new name) beside the current one and switches ``arsip-index.json`` to it in one
rename, then removes the old index's files: until that switch, readers see the old index,
and a rebuild that is interrupted leaves it in place.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import stat
import time
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from whoosh import index as whoosh_index
from whoosh.filedb.filestore import FileStorage

from arsip.ingest.atomic_write import atomic_write
from arsip.ingest.formats import INDEX_LOCK_FILE as LOCK_FILE
from arsip.ingest.formats import INDEX_META_FILE as META_FILE

from .schema import DEFAULT_STEMMER, SCHEMA_VERSION, UNIT_SEPARATOR, make_schema

#: The Whoosh index name of indexes written before names changed with each rebuild.
LEGACY_NAME = "arsip"
_NAME = re.compile(r"arsip([0-9]+)")
#: Whoosh's temporary folder of a writer of index ``NAME``: ``NAME.tmp``.
_TEMPORARY = re.compile(r"arsip[0-9]*\.tmp")
#: A committed Whoosh table of contents (``_NAME_GENERATION.toc``; not a temporary one).
_COMMITTED_TOC = re.compile(r"_.+_[0-9]+\.toc")


class IndexError_(Exception):
    """The index cannot be used; the message says what to do."""


class IndexMissing(IndexError_):
    """There is no index at the location."""


class IndexBusy(IndexError_):
    """Another process is writing to the index."""


class IndexIncompatible(IndexError_):
    """The index was built by an incompatible version of arsip, or is damaged."""


class IndexLocationRefused(IndexError_):
    """The folder holds other files than an arsip index: arsip will not write there."""


class InputsInvalid(ValueError):
    """The run was refused before anything changed: a named path does not exist, or the
    stemmer asked for is not installed."""


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
    """What the index folder records about itself (``arsip-index.json``).

    ``name`` is the Whoosh index in the folder that readers open; ``None`` until the first
    build has committed.
    """

    schema_version: int = SCHEMA_VERSION
    stemmer: str = DEFAULT_STEMMER
    name: str | None = None

    @classmethod
    def read(cls, directory: Path) -> "IndexMeta":
        try:
            data = json.loads((directory / META_FILE).read_text(encoding="utf-8"))
            return cls(int(data["schema_version"]), str(data["stemmer"]), data.get("name", LEGACY_NAME))
        except (OSError, ValueError, KeyError, TypeError, AttributeError):
            return cls(schema_version=0)

    def write(self, directory: Path) -> None:
        """Replace ``arsip-index.json`` in one rename: readers see the old or the new one."""
        _write_json(directory / META_FILE, {"schema_version": self.schema_version, "stemmer": self.stemmer, "name": self.name})


def is_index_folder(directory: Path) -> bool:
    """True when ``directory`` is marked as an arsip index folder."""
    return (directory / META_FILE).is_file()


def exists(directory: Path) -> bool:
    """True when ``directory`` holds a committed arsip index."""
    if not is_index_folder(directory):
        return False
    name = IndexMeta.read(directory).name
    return bool(name) and name in _index_names(directory)


class IndexUntrusted(IndexError_):
    """The index folder could be changed by another user, and opening an index runs its pickle."""


#: Set to 1 to open an index folder that another user owns or may write to.
TRUST_VARIABLE = "ARSIP_TRUST_INDEX"


def check_trusted(directory: Path, name: str) -> None:
    """Refuse an index another user could have written: opening it unpickles its table of
    contents, which can run any code. The folder and the table-of-contents files must be
    owned by the user running arsip and not writable by others (group-writable only for the
    user's own group), unless ``ARSIP_TRUST_INDEX=1``."""
    if os.environ.get(TRUST_VARIABLE) == "1":
        return
    toc = re.compile(rf"_{re.escape(name)}_[0-9]+\.toc")
    for path in [directory, *(directory / entry for entry in os.listdir(directory) if toc.fullmatch(entry))]:
        info = path.stat()
        if info.st_uid != os.geteuid():
            problem = f"is owned by another user (uid {info.st_uid})"
        elif info.st_mode & stat.S_IWOTH or (info.st_mode & stat.S_IWGRP and info.st_gid != os.getegid()):
            problem = "is writable by other users"
        else:
            continue
        raise IndexUntrusted(
            f"{path} {problem}; opening an index runs code stored in it (Whoosh's table of contents is a "
            f"Python pickle), so arsip opens only your own: fix the owner or permissions, or set {TRUST_VARIABLE}=1"
        )


#: How many times an index is opened again when writers keep committing while it opens.
OPEN_ATTEMPTS = 5


def open_index(directory: Path):
    """Open the current index for reading or writing, checking its version and its owner."""
    return _opened(directory, lambda ix: ix)


def open_searcher(directory: Path):
    """A searcher of the current index's latest committed state (see :func:`open_index`)."""
    return _opened(directory, lambda ix: ix.searcher())


def _opened(directory: Path, use):
    """``use(index)`` of the current index. A writer that commits while it is opened
    removes the table of contents just listed (a rebuild that switches: the whole previous
    index); then it is opened again, up to :data:`OPEN_ATTEMPTS` times, so a reader gets
    the old or the new version, never an error."""
    for attempt in range(1, OPEN_ATTEMPTS + 1):
        before = _committed_state(directory)
        try:
            meta = _checked_meta(directory)
            check_trusted(directory, meta.name)
            return use(whoosh_index.open_dir(str(directory), indexname=meta.name))
        except Exception as error:  # unpickling the schema can fail in many ways
            if attempt < OPEN_ATTEMPTS and _committed_state(directory) != before:
                continue  # a commit or a rebuild's switch happened meanwhile
            if isinstance(error, IndexError_):
                raise
            raise IndexIncompatible(f"the index at {directory} cannot be opened ({error}); run: arsip index --rebuild PATH") from None


def _committed_state(directory: Path) -> tuple[str | None, frozenset[str]]:
    """The current index's name and the committed tables of contents in the folder: a
    commit or a rebuild's switch changes them."""
    try:
        return IndexMeta.read(directory).name, frozenset(filter(_COMMITTED_TOC.fullmatch, os.listdir(directory)))
    except OSError:
        return None, frozenset()


def _checked_meta(directory: Path) -> IndexMeta:
    if not is_index_folder(directory):
        raise IndexMissing(f"no index at {directory}; build one with: arsip index PATH")
    meta = IndexMeta.read(directory)
    if meta.schema_version != SCHEMA_VERSION:
        raise IndexIncompatible(
            f"the index at {directory} was built by an incompatible version of arsip "
            f"(schema {meta.schema_version}, this version needs {SCHEMA_VERSION}); run: arsip index --rebuild PATH"
        )
    if not meta.name or meta.name not in _index_names(directory):
        raise IndexMissing(f"no index at {directory}; build one with: arsip index PATH")
    return meta


def claim_location(directory: Path, stemmer: str) -> None:
    """Make ``directory`` an arsip index folder, or refuse a folder that holds other files.

    A missing or empty folder is created and marked; a folder already marked is used as
    it is. Anything else is refused, because Whoosh removes files whose names look like
    its own (``_arsip_*``, ``arsip_*.*``) in the folder it writes to.
    """
    if is_index_folder(directory):
        return
    if directory.exists() and not directory.is_dir():
        raise IndexLocationRefused(f"{directory} is not a folder; give --index a new or empty folder")
    directory.mkdir(parents=True, exist_ok=True)
    if any(directory.iterdir()):
        raise IndexLocationRefused(
            f"{directory} is not empty and holds no arsip index ({META_FILE}); "
            "arsip creates an index only in a new or empty folder: give --index another folder"
        )
    IndexMeta(SCHEMA_VERSION, stemmer, None).write(directory)


@contextmanager
def write_lock(directory: Path, wait: float = 0.0) -> Iterator[None]:
    """Hold the index folder's write lock, waiting up to ``wait`` seconds for it.

    It is an OS file lock, released when its process dies; worker processes forked while
    it is held inherit it.
    """
    lock = FileStorage(str(directory)).lock(LOCK_FILE)
    deadline = time.monotonic() + wait
    while not lock.acquire():
        if time.monotonic() >= deadline:
            raise IndexBusy(f"the index at {directory} is being updated by another process; try again later or use --wait")
        time.sleep(0.25)
    try:
        yield
    finally:
        lock.release()


def remove_leftovers(directory: Path) -> None:
    """Remove what killed runs left: indexes that are not the current one, Whoosh's temporary folders.

    Call it holding the write lock.
    """
    meta = IndexMeta.read(directory)
    if not meta.schema_version:
        return  # which index is current is unknown: remove nothing
    for name in _index_names(directory) - {meta.name}:
        remove_index_files(directory, name)
    for entry in os.scandir(directory):
        if entry.is_dir(follow_symlinks=False) and _TEMPORARY.fullmatch(entry.name):
            shutil.rmtree(entry.path, ignore_errors=True)


def create_index(directory: Path, stemmer: str = DEFAULT_STEMMER):
    """Create a new, empty Whoosh index beside the current one (under a new name).

    It becomes the one readers open only when :func:`switch_to` records it.
    """
    names = _index_names(directory) | {IndexMeta.read(directory).name or ""}
    name = f"arsip{max((int(match[1]) for match in map(_NAME.fullmatch, names) if match), default=0) + 1}"
    return whoosh_index.create_in(str(directory), make_schema(stemmer), indexname=name)


def switch_to(directory: Path, ix, stemmer: str) -> None:
    """Make ``ix`` the index readers open, then remove the files of the one it replaces."""
    previous = IndexMeta.read(directory).name
    IndexMeta(SCHEMA_VERSION, stemmer, ix.indexname).write(directory)
    if previous and previous != ix.indexname:
        remove_index_files(directory, previous)


def remove_index_files(directory: Path, name: str) -> None:
    """Remove the files Whoosh wrote for the index ``name`` (and its labels), nothing else."""
    own = re.compile(rf"_{name}_[0-9]+\.toc(\.[0-9.]+)?|{name}_[0-9a-z]{{16}}\.[A-Za-z0-9_.]+|{name}_WRITELOCK|{re.escape(labels_file(name))}|{re.escape(roots_file(name))}|{re.escape(abbreviations_file(name))}")
    for entry in os.scandir(directory):
        if entry.is_file(follow_symlinks=False) and own.fullmatch(entry.name):
            os.unlink(entry.path)
        elif entry.name == f"{name}.tmp" and entry.is_dir(follow_symlinks=False):
            shutil.rmtree(entry.path, ignore_errors=True)


def _index_names(directory: Path) -> set[str]:
    """Names of the Whoosh indexes in the folder (from their table-of-contents files)."""
    toc = re.compile(r"_(.+)_[0-9]+\.toc(\.[0-9.]+)?")
    return {match[1] for match in map(toc.fullmatch, os.listdir(directory)) if match}


def _write_json(path: Path, data) -> None:
    atomic_write(path, json.dumps(data, ensure_ascii=False).encode("utf-8"))


def live_terms(reader, fieldname: str) -> Iterator[tuple[str, int]]:
    """Each term of ``fieldname`` with the number of live (not deleted) documents that have
    it, in term order. Each segment's terms are read in one pass with their document
    counts; only a segment with deletions has its postings counted."""
    counts: dict[bytes, int] = {}
    for segment, _ in reader.leaf_readers():
        for term, info in segment.iter_field(fieldname):
            counts[term] = counts.get(term, 0) + (live_count(segment, fieldname, term) if segment.has_deletions() else info.doc_frequency())
    for term in sorted(counts):
        if counts[term]:
            yield term.decode("utf-8"), counts[term]


def live_count(reader, fieldname: str, term: bytes | str) -> int:
    """How many live (not deleted) documents have ``term``; document frequencies count deleted ones too."""
    if not reader.has_deletions():
        return reader.doc_frequency(fieldname, term)
    if (fieldname, term) not in reader:
        return 0
    return sum(1 for _ in reader.postings(fieldname, term).all_ids())


def labels_file(name: str) -> str:
    """The labels file of the Whoosh index ``name`` (``arsip-labels.json`` for the legacy name)."""
    return f"{name}-labels.json"


def abbreviations_file(name: str) -> str:
    """The file of the Whoosh index ``name`` that records the abbreviations its documents state."""
    return f"{name}-abbreviations.json"


def roots_file(name: str) -> str:
    """The file of the Whoosh index ``name`` that records what each root was read with."""
    return f"{name}-roots.json"


def write_labels(directory: Path, ix) -> None:
    """Record the display label of every category and tag key: its most frequent spelling."""
    from arsip.ingest.terms import display_labels

    with ix.searcher() as searcher:
        pairs = [tuple(pair.split(UNIT_SEPARATOR, 1)) for pair, count in live_terms(searcher.reader(), "label_pairs") for _ in range(count)]
    _write_json(directory / labels_file(ix.indexname), display_labels(pairs))


def read_labels(directory: Path) -> dict[str, str]:
    """Key → display label (empty when the index has none recorded)."""
    name = IndexMeta.read(directory).name
    try:
        return json.loads((directory / labels_file(name or LEGACY_NAME)).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return {}


def write_abbreviations(directory: Path, ix, synonyms: list[tuple[str, str]] = ()) -> None:
    """Record the abbreviations the indexed documents state, with how many state each, most
    stated first, then the ``synonyms`` pairs of the alias file. The counts come from the
    terms each document's pairs were indexed as when it was written, not from its text."""
    with ix.searcher() as searcher:
        counts = [(tuple(pair.split(UNIT_SEPARATOR, 1)), count) for pair, count in live_terms(searcher.reader(), "abbreviations")]
    pairs = [{"short": short, "full": full, "documents": n} for (short, full), n in sorted(counts, key=lambda item: (-item[1], item[0]))]
    pairs += [{"short": short, "full": full, "documents": 0, "source": "synonyms"} for short, full in synonyms]
    _write_json(directory / abbreviations_file(ix.indexname), pairs)


def read_abbreviations(directory: Path) -> list[dict]:
    """The recorded abbreviation pairs (``short``, ``full``, ``documents``; empty when none)."""
    return _read_json(directory, abbreviations_file, list)


def read_synonyms(directory: Path) -> list[tuple[str, str]] | None:
    """The ``[synonyms]`` pairs recorded with the abbreviations by the last run; None when
    no abbreviations are recorded (the run that committed the index did not get to it)."""
    path = directory / abbreviations_file(IndexMeta.read(directory).name or LEGACY_NAME)
    if not path.is_file():
        return None
    return [(pair["short"], pair["full"]) for pair in _json_in(path, list) if pair.get("source") == "synonyms"]


def read_roots(directory: Path) -> dict[str, dict]:
    """Root → what its documents were read with: ``generator`` and ``options`` (see
    :meth:`~arsip.ingest.results.IngestOptions.reading`); empty when none is recorded. An
    index that recorded only each root's generator gives ``{"generator": ...}``."""
    roots = _read_json(directory, roots_file, dict)
    return {root: state if isinstance(state, dict) else {"generator": state} for root, state in roots.items()}


def _read_json(directory: Path, file_name, kind: type):
    """The JSON file ``file_name(index name)`` of the current index when it holds a
    ``kind`` (list or dict); an empty one otherwise."""
    return _json_in(directory / file_name(IndexMeta.read(directory).name or LEGACY_NAME), kind)


def _json_in(path: Path, kind: type):
    """The JSON file ``path`` when it holds a ``kind`` (list or dict); an empty one otherwise."""
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return kind()
    return data if isinstance(data, kind) else kind()


def write_roots(directory: Path, ix, roots: dict[str, dict]) -> None:
    """Record what each root was read with (after the commit that indexed it)."""
    _write_json(directory / roots_file(ix.indexname), roots)
