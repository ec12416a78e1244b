"""Interruptions and concurrent use, done for real: SIGKILL mid-run, parallel searches,
two writers at once, and a full disk. The previous index must always stay searchable."""

from __future__ import annotations

import errno
import os
import re
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from arsip.cli.main import arsip
from arsip.index.build import index_paths
from arsip.index.inspect import index_stats
from arsip.index.query import parse_query
from arsip.index.search import Archive, SearchRequest, search
from arsip.index import store
from arsip.index.store import open_index

from .test_mojibake import DAMAGE

ARSIP = str(Path(sys.executable).with_name("arsip"))
WORDS = "buruh nelayan wayang radio komunitas pelatihan jurnalistik perempuan desa hak".split()
QUERIES = ["buruh", "nelayan radio", "versi2", "khusus7", '"pelatihan jurnalistik"']


def write_corpus(root: Path, count: int, version: int) -> None:
    """``count`` documents; version 2 changes a third, adds some and deletes some."""
    root.mkdir(parents=True, exist_ok=True)
    for number in range(count):
        path = root / f"{number:05d}.md"
        if version == 2 and number % 10 == 9:
            path.unlink(missing_ok=True)
            continue
        changed = version == 2 and number % 3 == 0
        body = " ".join(WORDS[(number + k) % len(WORDS)] for k in range(150))
        tag = f"versi{version if changed else 1} khusus{number % 13}"
        path.write_text(f"---\ntitle: Dokumen {number}\ndate: 2015-01-01\n---\n{tag} {body}\n", encoding="utf-8")
    if version == 2:
        for number in range(count, count + count // 10):
            (root / f"{number:05d}.md").write_text(f"---\ntitle: Baru {number}\n---\nversi2 buruh baru\n", encoding="utf-8")


def answers(directory: Path) -> dict:
    """Document count and the ids of every document each query matches: what a reader sees."""
    ix = open_index(directory)
    with ix.searcher() as searcher:
        matched = {query: sorted(hit["id"] for hit in searcher.search(parse_query(ix.schema, query).query, limit=None)) for query in QUERIES}
    return {"documents": index_stats(directory)["documents"], **matched}


@pytest.fixture(scope="module")
def versions(tmp_path_factory):
    """What readers see of versions 1 and 2 built without interruption."""
    base = tmp_path_factory.mktemp("versions")
    corpus, directory = base / "corpus", base / "index"
    write_corpus(corpus, 2000, 1)
    index_paths(directory, [str(corpus)])
    reference = {1: answers(directory)}
    write_corpus(corpus, 2000, 2)
    subprocess.run([ARSIP, "index", str(corpus), "--index", str(directory)], check=True, capture_output=True)
    reference[2] = answers(directory)
    subprocess.run([ARSIP, "index", "--rebuild", str(corpus), "--index", str(directory)], check=True, capture_output=True)
    assert answers(directory) == reference[2]
    return reference


def _start_index(corpus: Path, directory: Path, *extra: str) -> subprocess.Popen:
    environment = {**os.environ, "ARSIP_PROGRESS": "1"}  # the progress line, read by _kill_after_files
    return subprocess.Popen([ARSIP, "index", str(corpus), "--index", str(directory), *extra], stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=environment)


def _read_until_files(process: subprocess.Popen, files: int) -> bool:
    """Read ``process``'s progress line until it counts ``files`` files read (True), or the
    run's end (False)."""
    tail = b""
    while chunk := os.read(process.stderr.fileno(), 4096):
        tail = (tail + chunk)[-200:]
        counts = re.findall(rb"index: ([0-9,]+) files", tail)
        if counts and int(counts[-1].replace(b",", b"")) >= files:
            return True
    return False


def _kill_after_files(process: subprocess.Popen, files: int) -> None:
    """SIGKILL ``process`` once its progress line counts ``files`` files read: on progress,
    not on time, so a loaded machine cannot make the run end first."""
    if _read_until_files(process, files):
        process.send_signal(signal.SIGKILL)
    assert process.wait() == -signal.SIGKILL, "the run ended before it could be killed"


def _kill(process: subprocess.Popen, after: float) -> None:
    time.sleep(after)
    process.send_signal(signal.SIGKILL)
    assert process.wait() == -signal.SIGKILL, "the run ended before it could be killed"


@pytest.mark.parametrize("fraction", [0.15, 0.35, 0.55])
def test_sigkill_during_an_update_leaves_the_previous_index(tmp_path, versions, fraction):
    corpus, directory = tmp_path / "corpus", tmp_path / "index"
    write_corpus(corpus, 2000, 1)
    index_paths(directory, [str(corpus)])
    write_corpus(corpus, 2000, 2)
    _kill_after_files(_start_index(corpus, directory), int(fraction * 2200))
    assert answers(directory) == versions[1]
    rerun = subprocess.run([ARSIP, "index", str(corpus), "--index", str(directory)], capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr
    assert answers(directory) == versions[2]


def test_sigkill_during_a_rebuild_leaves_the_previous_index(tmp_path, versions):
    corpus, directory = tmp_path / "corpus", tmp_path / "index"
    write_corpus(corpus, 2000, 1)
    index_paths(directory, [str(corpus)])
    _kill_after_files(_start_index(corpus, directory, "--rebuild"), 800)
    assert answers(directory) == versions[1]
    # The killed run's writer processes must not outlive it holding the lock.
    rerun = subprocess.run([ARSIP, "index", str(corpus), "--index", str(directory), "--wait", "5"], capture_output=True, text=True)
    assert rerun.returncode == 0, rerun.stderr


def test_searches_during_an_update_never_fail_nor_see_half_an_index(tmp_path, versions):
    corpus, directory = tmp_path / "corpus", tmp_path / "index"
    write_corpus(corpus, 2000, 1)
    index_paths(directory, [str(corpus)])
    write_corpus(corpus, 2000, 2)
    process = _start_index(corpus, directory)
    seen = set()
    while process.poll() is None:
        count = search(directory, SearchRequest("versi2", limit=10)).total  # matches of the query itself
        seen.add(count)
    assert process.returncode == 0, process.stderr.read().decode(errors="replace")
    before, after = len(versions[1]["versi2"]), len(versions[2]["versi2"])
    assert seen <= {before, after}, f"searches saw {sorted(seen)} matches; version 1 has {before}, version 2 {after}"


READERS = {
    "search": lambda directory: search(directory, SearchRequest("versi2")).total,
    "stats": lambda directory: index_stats(directory)["by_year"],  # version 2 adds undated documents
}


@pytest.mark.parametrize("read", READERS)
@pytest.mark.parametrize("rebuild", [False, True], ids=["update", "rebuild"])
@pytest.mark.parametrize("listing", [2, 3, 4, 5])
def test_a_writer_committing_while_a_search_opens_the_index(tmp_path, monkeypatch, rebuild, listing, read):
    """A writer commits right after a search (or ``stats``) listed the index folder (its
    ``listing``-th listing): the commit removes the table of contents it listed (a rebuild:
    the whole previous index). It opens what is current then, and never fails."""
    read = READERS[read]
    corpus, directory = tmp_path / "corpus", tmp_path / "index"
    write_corpus(corpus, 40, 1)
    index_paths(directory, [str(corpus)], procs=1)
    old = read(directory)
    write_corpus(corpus, 40, 2)
    real_listdir = os.listdir
    listings = []

    def listdir_then_commit(path="."):
        names = real_listdir(path)
        if os.fspath(path) == str(directory):
            listings.append(names)
            if len(listings) == listing:
                monkeypatch.setattr(os, "listdir", real_listdir)
                index_paths(directory, [str(corpus)], rebuild=rebuild, procs=1)
        return names

    monkeypatch.setattr(os, "listdir", listdir_then_commit)
    seen = read(directory)
    monkeypatch.undo()
    assert len(listings) >= listing, "the writer did not commit during the search"
    new = read(directory)
    assert old != new and seen in (old, new), f"saw {seen}; before the commit {old}, after it {new}"


@pytest.mark.parametrize("rebuild", [False, True], ids=["update", "rebuild"])
def test_an_archive_kept_open_searches_the_latest_version(tmp_path, rebuild):
    """An archive kept open between searches (as ``arsip serve`` keeps them) answers from
    the latest committed version, after an update as after a rebuild (a new index)."""
    corpus, directory = tmp_path / "corpus", tmp_path / "index"
    write_corpus(corpus, 40, 1)
    index_paths(directory, [str(corpus)], procs=1)
    with Archive(directory) as archive:
        old = archive.search(SearchRequest("versi2")).total
        write_corpus(corpus, 40, 2)
        index_paths(directory, [str(corpus)], rebuild=rebuild, procs=1)
        seen = archive.search(SearchRequest("versi2")).total
    new = search(directory, SearchRequest("versi2")).total
    assert old != new and seen == new, f"saw {seen} documents; before the commit {old}, after it {new}"


@pytest.mark.parametrize("rebuild", [False, True], ids=["update", "rebuild"])
def test_a_writer_committing_while_a_search_runs(tmp_path, monkeypatch, rebuild):
    """A writer commits while a search runs, after it opened the index: the commit removes
    files the search has yet to read (a segment merged into the new one, a rebuild's whole
    previous index). The search answers from the old or the new version, never fails."""
    corpus, directory = tmp_path / "corpus", tmp_path / "index"
    for count in range(1, 6):  # five commits, five small segments: the next commit merges them
        write_corpus(corpus, count, 1)
        index_paths(directory, [str(corpus)], procs=1)
    request = SearchRequest("buruh")

    def hits():
        return [(hit.id, hit.snippet) for hit in search(directory, request).hits]

    old = hits()
    write_corpus(corpus, 5, 2)
    real_read_abbreviations = store.read_abbreviations
    commits = []

    def commit_then_read(where):  # read once per search, after the index is opened
        if not commits:
            commits.append(index_paths(directory, [str(corpus)], rebuild=rebuild, procs=1))
        return real_read_abbreviations(where)

    monkeypatch.setattr(store, "read_abbreviations", commit_then_read)
    seen = hits()
    monkeypatch.undo()
    assert commits, "the writer did not commit during the search"
    new = hits()
    assert old != new and seen in (old, new), f"saw {seen}; before the commit {old}, after it {new}"


def test_a_second_writer_fails_fast_or_waits(tmp_path, versions):
    corpus, directory = tmp_path / "corpus", tmp_path / "index"
    write_corpus(corpus, 2000, 2)
    first = _start_index(corpus, directory)
    # It takes the write lock before it reads a file: once its progress counts one, it holds
    # the lock (on progress, not on time: a loaded machine can take seconds to start it).
    _read_until_files(first, 1)
    threading.Thread(target=first.stderr.read, daemon=True).start()  # its progress must not fill the pipe
    started = time.monotonic()
    second = subprocess.run([ARSIP, "index", str(corpus), "--index", str(directory)], capture_output=True, text=True)
    if first.poll() is None:  # the race is only meaningful while the first still runs
        assert second.returncode == 3
        assert "being updated by another process" in second.stderr
        # no waiting for the lock (--wait is 0): the time is the command's start-up, which a
        # loaded 2-core machine (this test's own indexer, other test workers) can make seconds
        assert time.monotonic() - started < 20
    waiting = subprocess.run([ARSIP, "index", str(corpus), "--index", str(directory), "--wait", "120"], capture_output=True, text=True)
    assert waiting.returncode == 0, waiting.stderr
    assert first.wait() == 0
    assert answers(directory) == versions[2]


def test_disk_full_while_indexing_is_a_clear_error_and_the_index_is_intact(tmp_path, monkeypatch, versions):
    from whoosh.filedb.filestore import FileStorage

    corpus, directory = tmp_path / "corpus", tmp_path / "index"
    write_corpus(corpus, 2000, 1)
    index_paths(directory, [str(corpus)])
    write_corpus(corpus, 2000, 2)
    real_create = FileStorage.create_file

    def full_disk(self, name, **kwargs):
        handle = real_create(self, name, **kwargs)
        if name.endswith(".seg") or ".trm" in name or ".pst" in name:
            raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC), name)
        return handle

    monkeypatch.setattr(FileStorage, "create_file", full_disk)
    result = CliRunner().invoke(arsip, ["index", str(corpus), "--index", str(directory)])
    monkeypatch.undo()
    assert result.exit_code == 4, result.output
    assert "no space left on device" in result.stderr and "previous index is unchanged" in result.stderr
    assert answers(directory) == versions[1]


def test_sigkill_during_repair_write_leaves_whole_files_and_complete_backups(tmp_path):
    clean = ("---\ntitle: Laporan – “akhir”\n---\n" + "Pertanyaan–pertanyaan berikut ini ‘boleh’ dijawab… " * 100 + "\n").encode("utf-8")
    damaged = DAMAGE["cp1252"](clean.decode("utf-8")).encode("utf-8")
    for number in range(300):
        (tmp_path / f"{number:04d}.md").write_bytes(damaged)
    process = subprocess.Popen([ARSIP, "repair", "--write", str(tmp_path)], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    _kill(process, 0.6)
    repaired = 0
    for number in range(300):
        path = tmp_path / f"{number:04d}.md"
        content = path.read_bytes()
        assert content in (damaged, clean)
        if content == clean:
            repaired += 1
            assert (tmp_path / f"{number:04d}.md.orig").read_bytes() == damaged
    rerun = subprocess.run([ARSIP, "repair", "--write", str(tmp_path)], capture_output=True, text=True)
    assert rerun.returncode == 0
    assert all((tmp_path / f"{n:04d}.md").read_bytes() == clean for n in range(300))
    assert all((tmp_path / f"{n:04d}.md.orig").read_bytes() == damaged for n in range(300))
