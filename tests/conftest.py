"""Shared fixtures: the samples folder and small helpers to write input files, read them,
look into an index and time code."""

from __future__ import annotations

import gc
import io
import shutil
import tarfile
import time
import zipfile
from collections.abc import Iterable, Iterator, Mapping
from pathlib import Path

import pytest
from hypothesis import settings

from arsip.index import store
from arsip.index.build import IndexReport, index_paths
from arsip.ingest.pipeline import read_documents
from arsip.ingest.results import IngestOptions, IngestReport

# Property tests check what is computed, not how fast: on a busy machine one example may take
# longer than Hypothesis' default deadline of 200 ms, which would fail a correct run.
settings.register_profile("arsip", deadline=None)
settings.load_profile("arsip")

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture
def samples_dir() -> Path:
    return SAMPLES


@pytest.fixture
def write(tmp_path):
    """Write ``content`` (str as UTF-8, or bytes) to ``tmp_path/name`` and return the path."""

    def _write(name: str, content: str | bytes) -> Path:
        path = tmp_path / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content.encode("utf-8") if isinstance(content, str) else content)
        return path

    return _write


def snapshot(directory: Path) -> dict[str, bytes]:
    """Every file below ``directory`` with its bytes (to prove inputs were not changed)."""
    return {str(p.relative_to(directory)): p.read_bytes() for p in sorted(directory.rglob("*")) if p.is_file()}


def site_copy(source: Path, destination: Path, config: str, settings: str = "") -> Path:
    """A copy of the fixture site ``source`` at ``destination`` with ``settings`` appended
    to its configuration file ``config`` (a variant of the site's settings)."""
    shutil.copytree(source, destination)
    with open(destination / config, "a", encoding="utf-8") as handle:
        handle.write(settings)
    return destination


def read_by_id(path, **options) -> tuple[dict, IngestReport]:
    """The documents read from ``path`` with ``IngestOptions(**options)``, by id, and the
    run's report (what was skipped, what failed)."""
    report = IngestReport()
    return {document.id: document for document in read_documents([str(path)], IngestOptions(**options), report)}, report


def indexed_ids(directory) -> list[str]:
    """The ids of the documents in the index at ``directory``, sorted."""
    with store.open_index(directory).searcher() as searcher:
        return sorted(fields["id"] for fields in searcher.all_stored_fields())


def indexed_without_a_file_then_with_it(source: Path, mirror: Path, directory: Path, name: str, prepare=None) -> tuple[list[str], IndexReport]:
    """Copy the fixture ``source`` to ``mirror`` (changed by ``prepare``, if given) and index it
    into ``directory`` without its file ``name`` (a path below it), then with that file back:
    the ids indexed without the file, and the second run's report."""
    shutil.copytree(source, mirror)
    if prepare:
        prepare(mirror)
    removed = mirror / name
    saved = removed.read_bytes()
    removed.unlink()
    index_paths(directory, [str(mirror)])
    without = indexed_ids(directory)
    removed.write_bytes(saved)
    return without, index_paths(directory, [str(mirror)])


def best_cpu_seconds(function, *args, rounds: int = 3) -> float:
    """The least CPU time ``function(*args)`` takes in ``rounds`` calls: the least is the
    call a busy machine disturbed least (linear-time tests compare two such figures). The
    collector is off during the calls: a full collection of what the test process holds
    (every earlier test's objects) would count against whichever call it fell in."""
    best = float("inf")
    gc.collect()
    gc.disable()
    try:
        for _ in range(rounds):
            started = time.process_time()
            function(*args)
            best = min(best, time.process_time() - started)
    finally:
        gc.enable()
    return best


#: What an archive is made of: a folder (every file below it), or names with their text or
#: bytes, as a mapping or as pairs (a name may come twice).
Members = Path | Mapping[str, str | bytes] | Iterable[tuple[str, str | bytes]]


def files_of(folder: Path) -> dict[str, bytes]:
    """Every file below ``folder`` with its bytes, by its ``/``-separated path in it, sorted."""
    return {path.relative_to(folder).as_posix(): path.read_bytes() for path in sorted(folder.rglob("*")) if path.is_file()}


def _members(source: Members, prefix: str) -> Iterator[tuple[str, bytes]]:
    """Each member of ``source`` (see :data:`Members`) in order, named below ``prefix``, as bytes."""
    pairs = files_of(source).items() if isinstance(source, Path) else source.items() if isinstance(source, Mapping) else source
    for name, content in pairs:
        yield prefix + name, content.encode("utf-8") if isinstance(content, str) else content


#: The time of every zip member: the same members make the same bytes, however long apart.
ZIP_TIME = (2020, 1, 1, 0, 0, 0)


def zip_of(source: Members, archive, prefix: str = "", compression: int = zipfile.ZIP_STORED):
    """``archive`` (a path or a binary file) written as a zip of ``source``, named below ``prefix``."""
    with zipfile.ZipFile(archive, "w", compression) as packed:
        for name, data in _members(source, prefix):
            member = zipfile.ZipInfo(name, ZIP_TIME)
            member.external_attr = 0o644 << 16  # a regular file, readable by all
            packed.writestr(member, data, compression)
    return archive


def tar_of(source: Members, archive, prefix: str = ""):
    """``archive`` (a path) written as a .tar.gz of ``source``, named below ``prefix``."""
    with tarfile.open(archive, "w:gz") as packed:
        for name, data in _members(source, prefix):
            member = tarfile.TarInfo(name)
            member.size = len(data)
            packed.addfile(member, io.BytesIO(data))
    return archive


def archive_of(source: Members, archive, prefix: str = ""):
    """:func:`zip_of` for an ``archive`` named ``.zip``, else :func:`tar_of`."""
    return (zip_of if str(archive).endswith(".zip") else tar_of)(source, archive, prefix)
