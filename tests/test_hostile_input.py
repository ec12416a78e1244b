"""Hostile and odd input, generated here: each case names the file, the run goes on,
the exit code is as documented, there is no traceback, and the inputs are unchanged."""

from __future__ import annotations

import codecs
import cProfile
import os
import pstats
import re
import unicodedata

import pytest
from click.testing import CliRunner

from arsip.cli.main import arsip
from arsip.ingest.mojibake import SEGMENT_CHARS, repair_text
from arsip.ingest.pipeline import ingest_source, read_documents
from arsip.ingest.results import IngestOptions, IngestReport
from arsip.ingest.sources import Source

from .conftest import best_cpu_seconds, snapshot

GOOD = "---\ntitle: Dokumen baik\n---\nIsi yang baik tentang buruh.\n"
TEXT = "Pertanyaan–pertanyaan “buruh” di kafé\n\nbaris dua\n"


def ingest_cli(directory, *extra):
    """Run `arsip ingest` on ``directory`` (with one good file beside the case)."""
    (directory / "baik.md").write_text(GOOD, encoding="utf-8")
    before = snapshot(directory)
    result = CliRunner().invoke(arsip, ["ingest", str(directory), *extra])
    assert snapshot(directory) == before, "an input was changed"
    assert "Traceback" not in result.output
    assert '"title": "Dokumen baik"' in result.stdout, "the run did not go on"
    return result


# --- encodings -------------------------------------------------------------------------

ENCODED = {
    "cp1252": TEXT.encode("cp1252"),
    "latin-1": "Kafé à la carte, Rp 5.000 ½ harga\n\nbaris dua\n".encode("latin-1"),
    "utf-16 with BOM": codecs.BOM_UTF16_LE + TEXT.encode("utf-16-le"),
    "utf-16 without BOM": TEXT.encode("utf-16-le"),
    "mixed": TEXT.encode("utf-8") + "baris “lama” – cp1252\n".encode("cp1252"),
    "invalid sequences": b"Judul\n\nteks \xc3\x28 rusak \xa0\xa1 dan \xe2\x82 lagi\n",
}


@pytest.mark.parametrize("case", ENCODED)
def test_text_in_any_encoding_is_read(tmp_path, case):
    (tmp_path / "kasus.txt").write_bytes(ENCODED[case])
    result = ingest_cli(tmp_path)
    assert result.exit_code == 0
    assert '"id": "kasus.txt"' in result.stdout


@pytest.mark.parametrize(
    "content, reason",
    [
        (b"teks\x00\x01\x02 biner \x00\xff\xfe\x00\x00", "binary content (NUL bytes)"),
        (b"\xff\xd8\xff\xe0\x00\x10JFIF\x00\x01\x01\x00\x00\x01", "binary content (JPEG image)"),
        (b"", "empty file"),
        (b"  \n\n \t\n", "empty file"),
    ],
    ids=["nul-bytes", "jpeg-renamed", "empty", "whitespace-only"],
)
def test_files_that_are_not_text_are_named_with_a_reason(tmp_path, content, reason):
    (tmp_path / "kasus.md").write_bytes(content)
    result = ingest_cli(tmp_path)
    assert result.exit_code == 1
    assert f"arsip: {tmp_path / 'kasus.md'}: {reason}" in result.stderr


# --- front matter -----------------------------------------------------------------------

BOMB = "\n".join(
    ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    + [f"{n}: &{n} [" + ",".join([f"*{p}"] * 9) + "]" for p, n in zip("abcdefgh", "bcdefghi")]
)

FRONT_MATTER = {
    "unterminated": ("---\ntitle: tanpa penutup\n\nIsi tetap ada.\n", "never closed"),
    "tabs": ("---\ntitle: ok\n\tkategori: laporan\n---\nIsi.\n", "invalid YAML"),
    "duplicate keys": ("---\ntitle: satu\ntitle: dua\n---\nIsi.\n", "duplicate key 'title'"),
    "billion laughs": (f"---\n{BOMB}\n---\nIsi.\n", "alias expansion"),
    "python tag": ("---\ntitle: !!python/object/apply:os.system ['echo dipanggil']\n---\nIsi.\n", "invalid YAML"),
    "date 0000-00-00": ("---\ntitle: a\ndate: 0000-00-00\n---\nIsi.\n", "not a valid date"),
    "date 2015-13-45": ("---\ntitle: a\ndate: 2015-13-45\n---\nIsi.\n", "not a valid date"),
    "date 31/02/2015": ("---\ntitle: a\ndate: 31/02/2015\n---\nIsi.\n", "not a valid date"),
}


@pytest.mark.parametrize("case", FRONT_MATTER)
def test_broken_front_matter_is_a_problem_and_the_body_is_kept(tmp_path, case):
    content, reason = FRONT_MATTER[case]
    (tmp_path / "kasus.md").write_text(content, encoding="utf-8")
    report = IngestReport()
    documents = {d.id: d for d in read_documents([str(tmp_path)], report=report)}
    document = documents["kasus.md"]
    assert any(reason in problem.reason for problem in document.problems), document.problems
    assert "Isi" in document.text
    assert report.failures == []


def test_huge_front_matter_is_refused_without_parsing(tmp_path):
    lines = "".join(f"k{n}: {'x' * 90}\n" for n in range(30_000))  # about 2.8 MB
    (tmp_path / "besar.md").write_text(f"---\n{lines}---\nIsi akhir.\n", encoding="utf-8")
    [document] = read_documents([str(tmp_path / "besar.md")])
    assert "over the limit; not parsed" in document.problems[0].reason
    assert document.text == "Isi akhir."


# --- size -------------------------------------------------------------------------------

def test_files_over_the_size_limit_are_refused_and_the_limit_can_be_raised(tmp_path):
    big = tmp_path / "raksasa.md"
    with open(big, "wb") as handle:  # 200 MB, sparse: the size check needs no reading
        handle.truncate(200 * 1024 * 1024)
    result = ingest_cli(tmp_path)
    assert result.exit_code == 1
    assert "is over the 67 MB limit (raise it with --max-size)" in result.stderr
    os.unlink(big)
    (tmp_path / "sedang.md").write_text(GOOD + "x" * 2_000_000, encoding="utf-8")
    assert ingest_cli(tmp_path, "--max-size", "1").exit_code == 1
    assert ingest_cli(tmp_path, "--max-size", "3").exit_code == 0


#: A few words with one damaged word: a long line of them is a one-line export or page.
LONG_LINE_WORDS = "kata biasa dengan *tebal* dan Ã© rusak sekali "


def test_a_line_of_many_repair_pieces_keeps_its_text_and_every_repair(tmp_path):
    """A line of 16 of the pieces repair cuts a long line into: every word is kept, and
    every damaged word repaired, each repair named where it stands in the source."""
    line = LONG_LINE_WORDS * (16 * SEGMENT_CHARS // len(LONG_LINE_WORDS))
    (tmp_path / "baris.md").write_text(f"---\ntitle: Satu baris\n---\n{line}\n", encoding="utf-8")
    [document] = [d for d in read_documents([str(tmp_path)]) if d.id == "baris.md"]
    assert document.text == line.replace("*", "").replace("Ã©", "é").strip()
    assert [(r.line, r.column) for r in document.repairs] == [(4, found.start() + 1) for found in re.finditer("Ã©", line)]


def test_a_long_line_is_repaired_in_linear_time():
    """Four times the line costs about four times the time (repaired whole, with one diff
    over all its words, 5,500 characters took 5 s and four times fewer 0.09 s)."""

    def seconds(count: int) -> float:
        return best_cpu_seconds(repair_text, LONG_LINE_WORDS * count)

    small = 8 * SEGMENT_CHARS // len(LONG_LINE_WORDS)
    assert seconds(4 * small) < 8 * seconds(small) + 0.05


#: Tiny files read to measure the cost per file (and eight times as many), in folders of a hundred.
TINY_FILES = 250


def _tiny_files(folder, count: int) -> str:
    """``count`` tiny Markdown files in folders of a hundred below ``folder``."""
    for number in range(count):
        place = folder / f"d{number // 100:03d}"
        place.mkdir(parents=True, exist_ok=True)
        (place / f"{number}.md").write_bytes(b"---\ntitle: T\n---\nIsi %d.\n" % number)  # not copies of one another
    return str(folder)


def _read_all(folder: str, workers: int | None = None) -> IngestReport:
    report = IngestReport()
    count = sum(1 for _ in read_documents([folder], IngestOptions(workers=workers), report))
    assert count == report.documents == report.files_seen and report.failures == []
    return report


def _calls(folder: str) -> int:
    """The function calls (Python's and built-in ones) reading ``folder`` makes in this process."""
    profile = cProfile.Profile()
    profile.runcall(_read_all, folder, 1)
    return pstats.Stats(profile).total_calls


def test_many_tiny_files_make_the_same_calls_per_file(tmp_path):
    """A site of a hundred thousand tiny pages is read with work proportional to their
    number, counted exactly (read in this process, where the walk, the reading and the
    sorting out of copies all run): each of 1,750 more files makes as many calls as each of
    250 more, to within half a percent (the calls made once, for the run and its folder,
    cancel out). A cost per file growing by one call for every 150 files read before it
    (at 100,000 files, twice the calls of the first) is 0.7% more."""
    few, twice, many = (_tiny_files(tmp_path / f"f{count}", count) for count in (TINY_FILES, 2 * TINY_FILES, 8 * TINY_FILES))
    _read_all(few, 1)  # the modules a first read loads, and their caches, are not counted
    base = _calls(few)
    assert (_calls(many) - base) / (7 * TINY_FILES) < 1.005 * (_calls(twice) - base) / TINY_FILES


def test_many_tiny_files_cost_the_same_time_per_file(tmp_path):
    """What calls do not count (work inside a built-in function: a list searched, a string
    grown) is timed: eight times the files cost under twelve times the CPU time."""
    few, many = _tiny_files(tmp_path / "sedikit", TINY_FILES), _tiny_files(tmp_path / "banyak", 8 * TINY_FILES)
    assert best_cpu_seconds(_read_all, many, 1) < 12 * best_cpu_seconds(_read_all, few, 1) + 0.05


def test_many_tiny_files_hold_no_file_open(tmp_path):
    """Every one of many more files than a process may hold open is read, by workers: a file,
    pipe or temporary file left open per file would fail the run half-way."""
    import resource

    folder = _tiny_files(tmp_path, 8 * TINY_FILES)
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    resource.setrlimit(resource.RLIMIT_NOFILE, (min(2 * TINY_FILES, soft), hard))
    try:
        assert _read_all(folder).documents == 8 * TINY_FILES
    finally:
        resource.setrlimit(resource.RLIMIT_NOFILE, (soft, hard))


# --- paths ------------------------------------------------------------------------------

def test_odd_file_names(tmp_path):
    names = ["nama dengan spasi.md", unicodedata.normalize("NFC", "kafé.md"), unicodedata.normalize("NFD", "résumé.md"), "baris\nbaru.md"]
    for name in names:
        (tmp_path / name).write_text(GOOD + name, encoding="utf-8")  # not copies of one another
    ids = {d.id for d in read_documents([str(tmp_path)])}
    assert ids == set(names)


def test_symlink_loops_do_not_hang(tmp_path):
    (tmp_path / "a").mkdir()
    (tmp_path / "a" / "ke-atas").symlink_to(tmp_path)
    (tmp_path / "putar.md").symlink_to(tmp_path / "putar.md")
    result = ingest_cli(tmp_path)
    assert result.exit_code == 1 and "putar.md" in result.stderr


def test_a_tar_gz_cut_off_inside_its_gzip_header_is_named_and_the_run_goes_on(tmp_path):
    """Three bytes of a download (``1f 8b 08``): Python's tar stream reader raised
    TypeError there, which ended the whole run as an internal error."""
    (tmp_path / "ekspor-situs.tar.gz").write_bytes(b"\x1f\x8b\x08")
    result = ingest_cli(tmp_path)
    assert result.exit_code == 1 and "ekspor-situs.tar.gz: unreadable archive: cut off inside its gzip header" in result.stderr


def test_unlistable_directory_is_named_and_the_run_goes_on(tmp_path, monkeypatch):
    hidden = tmp_path / "rahasia"
    hidden.mkdir()
    (hidden / "x.md").write_text(GOOD, encoding="utf-8")
    real_scandir = os.scandir

    def guarded_scandir(path="."):
        if os.fspath(path) == str(hidden):
            raise PermissionError(13, "Permission denied", str(hidden))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", guarded_scandir)
    result = ingest_cli(tmp_path)
    assert result.exit_code == 1
    assert f"arsip: {hidden}: permission denied" in result.stderr


def test_file_deleted_between_listing_and_reading(tmp_path):
    gone = tmp_path / "hilang.md"
    result = ingest_source(Source("hilang.md", str(gone), fs_path=str(gone)), IngestOptions())
    assert result.failure.reason == "no such file or directory"


def test_file_that_grew_after_listing_is_read_whole(tmp_path):
    grown = tmp_path / "tumbuh.md"
    grown.write_text("---\ntitle: Catatan rapat\n---\nRapat warga dibuka pukul sembilan.\n", encoding="utf-8")
    listed = 10  # the size it had when it was listed: much smaller than now
    result = ingest_source(Source("tumbuh.md", str(grown), fs_path=str(grown), size=listed), IngestOptions())
    assert result.failure is None
    assert result.documents[0].text == "Rapat warga dibuka pukul sembilan."


def test_file_that_grew_over_the_limit_after_listing_fails(tmp_path):
    grown = tmp_path / "tumbuh.md"
    grown.write_text("Laporan kegiatan " * 20, encoding="utf-8")
    result = ingest_source(Source("tumbuh.md", str(grown), fs_path=str(grown), size=10), IngestOptions(max_bytes=100))
    assert result.failure.reason == "file grew over the 100-byte limit while being read"
