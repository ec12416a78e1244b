"""The index never deletes what arsip did not create and never loses documents silently:
where an index may be created, rebuilds beside the old index, missing paths, single files,
file names that are not UTF-8, and archives that break."""

from __future__ import annotations

import gzip
import io
import json
import os
import threading
import zipfile
from pathlib import Path

import pytest
from click.testing import CliRunner

from arsip.cli.main import arsip
from arsip.index.build import index_paths
from arsip.index.inspect import index_stats
from arsip.index.search import SearchRequest, search
from arsip.index.store import META_FILE, IndexMeta

from .conftest import archive_of, snapshot, tar_of, zip_of


def run(*args, env=None):
    return CliRunner(env=env).invoke(arsip, [str(arg) for arg in args])


def post(number: int, word: str = "buruh") -> str:
    return f"---\ntitle: Berita {number}\ndate: 2015-03-0{number % 9 + 1}\n---\nPelatihan {word} nelayan desa ke-{number}.\n"


@pytest.fixture
def site(tmp_path) -> Path:
    folder = tmp_path / "site"
    folder.mkdir()
    for number in range(1, 5):
        (folder / f"d{number}.md").write_text(post(number), encoding="utf-8")
    return folder


def ids(directory: Path) -> list[str]:
    return sorted(hit.id for hit in search(directory, SearchRequest("pelatihan", limit=1000)).hits)


# Where an index may be created


def test_an_index_is_refused_in_a_folder_that_holds_other_files(tmp_path, site):
    folder = tmp_path / "d"
    folder.mkdir()
    (folder / "arsip_notes.txt").write_text("catatan penting\n", encoding="utf-8")
    (folder / "_arsip_old.md").write_text("draf lama\n", encoding="utf-8")
    before = snapshot(folder)
    result = run("index", site, "--index", folder)
    assert result.exit_code == 4
    assert "not empty and holds no arsip index" in result.stderr
    assert len(result.stderr.strip().splitlines()) == 1
    assert snapshot(folder) == before  # nothing deleted, nothing added


def test_the_home_folder_as_index_location_is_refused(tmp_path, site):
    home = tmp_path / "home"
    home.mkdir()
    (home / "arsip_thesis.docx").write_bytes(b"PK\x03\x04 tesis")
    result = run("index", site, env={"HOME": str(home), "ARSIP_INDEX": str(home)})
    assert result.exit_code == 4
    assert (home / "arsip_thesis.docx").read_bytes() == b"PK\x03\x04 tesis"
    assert sorted(os.listdir(home)) == ["arsip_thesis.docx"]


def test_an_index_is_created_in_a_missing_or_empty_folder(tmp_path, site):
    (tmp_path / "empty").mkdir()
    for folder in (tmp_path / "empty", tmp_path / "new" / "nested"):
        assert run("index", site, "--index", folder).exit_code == 0
        assert (folder / META_FILE).is_file()
        assert len(ids(folder)) == 4


def test_updates_and_rebuilds_remove_only_files_arsip_created(tmp_path, site):
    folder = tmp_path / "index"
    index_paths(folder, [str(site)])
    (folder / "arsip_notes.txt").write_text("catatan\n", encoding="utf-8")
    (folder / "catatan.md").write_text("catatan\n", encoding="utf-8")
    (site / "d5.md").write_text(post(5), encoding="utf-8")
    index_paths(folder, [str(site)])
    old = IndexMeta.read(folder).name
    index_paths(folder, [str(site)], rebuild=True)
    assert IndexMeta.read(folder).name != old
    assert (folder / "arsip_notes.txt").read_text(encoding="utf-8") == "catatan\n"
    assert (folder / "catatan.md").is_file()
    assert not [name for name in os.listdir(folder) if name.startswith((f"_{old}_", f"{old}_"))]  # the old index is gone
    assert len(ids(folder)) == 5


def test_an_index_inside_the_folder_it_indexes_is_not_read_as_its_pages(site):
    for _ in range(2):  # as it is written, then as it stands
        result = run("index", site, "--index", site / "indeks")
        assert result.exit_code == 0, result.stderr
        assert "0 failed; skipped: 1 arsip index folder (arsip-index.json): not read" in result.stderr
    assert ids(site / "indeks") == ["d1.md", "d2.md", "d3.md", "d4.md"]


# Rebuilds: checked first, built beside the old index


def test_rebuild_with_a_missing_stemmer_fails_before_touching_the_index(tmp_path, site, monkeypatch):
    from arsip.index import stemming

    def unavailable(word):
        raise stemming.StemmerUnavailable("the sastrawi stemmer needs the optional extra: pip install 'arsip[sastrawi]'")

    monkeypatch.setitem(stemming.STEMMERS, "sastrawi", unavailable)
    folder = tmp_path / "index"
    index_paths(folder, [str(site)])
    before = snapshot(folder)
    result = run("index", "--rebuild", "--stemmer", "sastrawi", site, "--index", folder)
    assert result.exit_code == 2
    assert "sastrawi" in result.stderr and "nothing was changed" in result.stderr
    assert snapshot(folder) == before
    assert len(ids(folder)) == 4


def test_a_failed_rebuild_leaves_the_old_index_and_none_of_its_own_files(tmp_path, site, monkeypatch):
    from arsip.index import build

    folder = tmp_path / "index"
    index_paths(folder, [str(site)])
    before = snapshot(folder)
    seen = []

    def failing(*args):
        seen.append(ids(folder))  # while the rebuild runs, readers see the old index
        if len(seen) == 3:
            raise OSError(28, "No space left on device")
        return real(*args)

    real = build.index_fields
    monkeypatch.setattr(build, "index_fields", failing)
    with pytest.raises(OSError):
        index_paths(folder, [str(site)], rebuild=True, procs=1)
    assert seen[0] == ["d1.md", "d2.md", "d3.md", "d4.md"]
    assert snapshot(folder) == before


def test_a_rebuild_can_change_the_stemmer_and_readers_see_one_index_or_the_other(tmp_path, site, monkeypatch):
    from arsip.index import store

    folder = tmp_path / "index"
    index_paths(folder, [str(site)])
    switch = store.switch_to
    observed = []

    def watched(directory, ix, stemmer):
        observed.append(ids(directory))  # complete, but not yet switched to
        switch(directory, ix, stemmer)

    monkeypatch.setattr(store, "switch_to", watched)
    (site / "d1.md").unlink()
    index_paths(folder, [str(site)], rebuild=True, stemmer="snowball")
    assert observed == [["d1.md", "d2.md", "d3.md", "d4.md"]]
    assert ids(folder) == ["d2.md", "d3.md", "d4.md"]


def test_a_corrupt_index_is_a_clear_error_and_rebuild_recovers_it(tmp_path, site):
    folder = tmp_path / "index"
    index_paths(folder, [str(site)])
    for toc in folder.glob("_*.toc"):
        toc.write_bytes(b"\x00rusak" * 10)
    result = run("search", "pelatihan", "--index", folder)
    assert result.exit_code == 4
    assert "cannot be opened" in result.stderr and "--rebuild" in result.stderr
    assert run("index", site, "--index", folder).exit_code == 4
    assert run("index", "--rebuild", site, "--index", folder).exit_code == 0
    assert len(ids(folder)) == 4


# Missing paths and single files never empty a folder's documents


def test_a_missing_path_is_an_error_that_changes_nothing(tmp_path, site, monkeypatch):
    folder = tmp_path / "index"
    index_paths(folder, [str(site)])
    before = snapshot(folder)
    monkeypatch.chdir(site)
    result = run("index", "typo.md", "--index", folder)
    assert result.exit_code == 2
    assert result.stderr.strip() == "arsip: error: typo.md: no such file or directory; nothing was changed"
    assert snapshot(folder) == before


def test_a_missing_path_creates_no_index(tmp_path):
    result = run("index", tmp_path / "nonexistent", "--index", tmp_path / "index")
    assert result.exit_code == 2
    assert not (tmp_path / "index").exists()


def test_indexing_one_file_of_an_indexed_folder_keeps_the_others(tmp_path, site):
    folder = tmp_path / "index"
    index_paths(folder, [str(site)])
    (site / "d1.md").write_text(post(1, "wayang"), encoding="utf-8")
    report = index_paths(folder, [str(site / "d1.md")])
    assert (report.updated, report.removed) == (1, 0)
    assert ids(folder) == ["d1.md", "d2.md", "d3.md", "d4.md"]


def test_removed_counts_each_document_once(tmp_path, site):
    folder = tmp_path / "index"
    index_paths(folder, [str(site)])
    (site / "d1.md").write_text(post(1, "wayang"), encoding="utf-8")
    index_paths(folder, [str(site)])  # the old version of d1 stays in its segment, deleted
    (site / "d1.md").unlink()
    assert index_paths(folder, [str(site)]).removed == 1


def test_an_unlistable_folder_keeps_its_documents(tmp_path, site, monkeypatch):
    from arsip.ingest import sources

    (site / "arsip-lama").mkdir()
    (site / "arsip-lama" / "lama.md").write_text(post(7), encoding="utf-8")
    folder = tmp_path / "index"
    index_paths(folder, [str(site)])
    real_walk = os.walk

    def walk(top, onerror=None, **kwargs):
        for directory, dirnames, filenames in real_walk(top, onerror=onerror, **kwargs):
            if "arsip-lama" in dirnames and onerror:  # the walk that lists inputs
                dirnames.remove("arsip-lama")
                onerror(PermissionError(13, "Permission denied", os.path.join(directory, "arsip-lama")))
            yield directory, dirnames, filenames

    monkeypatch.setattr(sources.os, "walk", walk)
    report = index_paths(folder, [str(site)])
    assert report.removed == 0 and len(report.failures) == 1
    assert "arsip-lama/lama.md" in ids(folder)


# File names that are not UTF-8


def test_file_names_that_are_not_utf8_get_stable_ids(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    for number in range(6):
        (site / f"d{number}.md").write_text(post(number), encoding="utf-8")
    Path(os.fsdecode(os.fsencode(site) + b"/caf\xe9.md")).write_text(post(8), encoding="utf-8")
    (site / "diskon 100%.md").write_text(post(9), encoding="utf-8")
    folder = tmp_path / "index"
    first = index_paths(folder, [str(site)], procs=2)
    assert first.added == 8
    assert {"caf%E9.md", "diskon 100%25.md"} <= set(ids(folder))
    assert index_stats(folder)["documents"] == 8
    again = index_paths(folder, [str(site)])
    assert (again.added, again.updated, again.removed, again.unchanged) == (0, 0, 0, 8)
    listed = run("search", "pelatihan", "--index", folder, "--json", "--limit", "20")
    assert listed.exit_code == 0
    assert "caf%E9.md" in {json.loads(line)["id"] for line in listed.stdout.splitlines()}


def test_a_failed_parallel_sub_writer_fails_the_commit_instead_of_losing_its_documents(tmp_path):
    from arsip.index import store
    from arsip.index.parallel import CheckedMpWriter, SubWriterFailed

    folder = tmp_path / "index"
    store.claim_location(folder, "snowball")
    ix = store.create_index(folder)
    writer = CheckedMpWriter(ix, procs=2, batchsize=2)
    for number in range(6):  # a lone surrogate cannot be written as UTF-8: that batch's sub-writer fails
        writer.add_document(id=f"d{number}.md" if number != 3 else "caf\udce9.md", uid=f"d{number}", text="pelatihan buruh")
    with pytest.raises(SubWriterFailed, match="writer process failed .*UnicodeEncodeError"):
        writer.commit()
    with ix.searcher() as searcher:
        assert searcher.doc_count() == 0  # nothing claimed that was not committed


def test_a_sub_writer_failing_as_it_writes_its_segment_fails_the_commit_instead_of_hanging(tmp_path, monkeypatch):
    from arsip.index import store
    from arsip.index.parallel import CheckedMpWriter, SubWriterFailed
    from arsip.index.term_writer import TermWriter

    def full_disk(writer):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(TermWriter, "_finalize_segment", full_disk)  # the writer processes are forked with it
    folder = tmp_path / "index"
    store.claim_location(folder, "snowball")
    writer = CheckedMpWriter(store.create_index(folder), procs=2, batchsize=2)
    for number in range(6):
        writer.add_document(id=f"d{number}.md", uid=f"d{number}", text="pelatihan buruh")
    outcome = []

    def commit():
        try:
            writer.commit()
        except SubWriterFailed as error:
            outcome.append(str(error))

    committing = threading.Thread(target=commit, daemon=True)
    committing.start()
    committing.join(60)
    assert not committing.is_alive(), "the commit waits for ever on a writer process that failed after its last job"
    assert outcome and "No space left on device" in outcome[0]


# Archives that break


MEMBERS = [(f"posts/m{number}.md", post(number) + "kata " * 200) for number in range(1, 6)]


@pytest.mark.parametrize("kind", ["tar.gz", "zip"])
@pytest.mark.parametrize("damage", ["truncated", "garbage"])
def test_an_archive_that_becomes_unreadable_keeps_its_indexed_members(tmp_path, kind, damage):
    site = tmp_path / "site"
    site.mkdir()
    archive = site / f"ekspor.{kind}"
    archive_of(MEMBERS, archive)
    folder = tmp_path / "index"
    index_paths(folder, [str(site)])
    before = ids(folder)
    assert len(before) == 5
    data = archive.read_bytes()
    archive.write_bytes(data[: len(data) // 2] if damage == "truncated" else b"bukan arsip " * 50)
    report = index_paths(folder, [str(site)])
    assert report.failures and report.removed == 0
    assert ids(folder) == before


def test_a_tar_gz_damaged_in_the_middle_is_reported_and_keeps_the_rest(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    archive = tar_of(MEMBERS, site / "ekspor.tar.gz")
    folder = tmp_path / "index"
    index_paths(folder, [str(site)])
    raw = bytearray(gzip.decompress(archive.read_bytes()))
    third = raw.index(b"posts/m3.md")
    raw[third : third + 5] = b"\xff\xfe\xfd\xfc\xfb"  # a header that fails its checksum
    archive.write_bytes(gzip.compress(bytes(raw)))
    report = index_paths(folder, [str(site)])
    assert [failure.reason for failure in report.failures] == ["unreadable archive: damaged after 2 members (bad checksum)"]
    assert report.removed == 0
    assert len(ids(folder)) == 5


def test_duplicate_member_names_are_reported_once_and_reruns_change_nothing(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    tar_of([("a.md", post(1)), ("a.md", post(2, "wayang")), ("b.md", post(3))], site / "ekspor.tar.gz")
    folder = tmp_path / "index"
    first = index_paths(folder, [str(site)])
    assert first.added == 2
    assert first.ingest.skipped == {"duplicate member name (the first member of that name is read)": 1}
    again = index_paths(folder, [str(site)])
    assert (again.added, again.updated, again.removed) == (0, 0, 0)


def test_one_corrupt_deflate_member_fails_alone(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    archive = zip_of(MEMBERS, site / "ekspor.zip", compression=zipfile.ZIP_DEFLATED)
    data = bytearray(archive.read_bytes())
    with zipfile.ZipFile(archive) as opened:
        info = opened.getinfo("posts/m2.md")
    start = info.header_offset + 30 + len(info.filename) + len(info.extra)
    data[start : start + 8] = b"\xff" * 8  # invalid deflate data
    archive.write_bytes(bytes(data))
    result = run("index", site, "--index", tmp_path / "index")
    assert result.exit_code == 1, result.stderr
    assert "posts/m2.md: unreadable archive member" in result.stderr
    assert len(ids(tmp_path / "index")) == 4


# An index is code: only the user's own index folders are opened


def test_an_index_folder_writable_by_others_is_refused_unless_trusted(tmp_path, site):
    folder = tmp_path / "index"
    index_paths(folder, [str(site)])
    folder.chmod(folder.stat().st_mode | 0o002)
    result = run("search", "pelatihan", "--index", folder)
    assert result.exit_code == 4
    assert "writable by other users" in result.stderr and "pickle" in result.stderr and "ARSIP_TRUST_INDEX=1" in result.stderr
    assert run("index", site, "--index", folder).exit_code == 4
    assert run("search", "pelatihan", "--index", folder, env={"ARSIP_TRUST_INDEX": "1"}).exit_code == 0


@pytest.mark.skipif(os.geteuid() != 0, reason="changing a file's owner needs root")
def test_an_index_owned_by_another_user_is_refused(tmp_path, site):
    folder = tmp_path / "index"
    index_paths(folder, [str(site)])
    toc = next(folder.glob("_*.toc"))
    os.chown(toc, 4321, 4321)
    result = run("stats", "--index", folder)
    assert result.exit_code == 4
    assert "owned by another user (uid 4321)" in result.stderr
    os.chown(toc, 0, 0)
    os.chown(folder, 4321, 4321)
    assert "owned by another user" in run("search", "pelatihan", "--index", folder).stderr


# Exit codes: one line, a documented code


def test_a_full_disk_behind_stdout_is_one_line_and_exit_74(tmp_path, site, monkeypatch, capsys):
    import errno
    import sys

    folder = tmp_path / "index"
    index_paths(folder, [str(site)])

    class FullDisk(io.TextIOBase):
        def write(self, text):
            raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(sys, "stdout", FullDisk())
    with pytest.raises(SystemExit) as exited:
        arsip.main(["search", "pelatihan", "--index", str(folder)], prog_name="arsip")
    assert exited.value.code == 74
    assert capsys.readouterr().err == "arsip: error: cannot write the output: no space left on device\n"


def test_show_finds_a_document_by_a_file_name_that_is_not_utf8(tmp_path):
    site = tmp_path / "site"
    site.mkdir()
    Path(os.fsdecode(os.fsencode(site) + b"/caf\xe9.md")).write_text(post(1), encoding="utf-8")
    index_paths(tmp_path / "index", [str(site)])
    for typed in ("caf\udce9.md", "caf%E9.md"):
        result = run("show", typed, "--index", tmp_path / "index")
        assert result.exit_code == 0, result.stderr
        assert "Berita 1" in result.stdout
