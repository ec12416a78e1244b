"""AsciiDoc ``include::`` directives: files inside the input root are read into the page as
Asciidoctor's preprocessor reads them (``lines=``, ``tag=``/``tags=``, nesting); nothing
outside the root is ever read. (Antora resource IDs: tests/test_antora.py.)"""

import os

import pytest

from arsip.ingest.asciidoc.include import MAX_INCLUDE_DEPTH, _by_tags
from arsip.ingest.pipeline import read_documents
from arsip.ingest.results import IngestOptions, IngestReport

from .conftest import zip_of

NOT_READ = "file(s) included with include:: are not read into this page"


def _pages(root, **options) -> dict:
    return {document.id: document for document in read_documents([str(root)], IngestOptions(workers=1, **options), IngestReport())}


def _write(folder, files: dict[str, str | bytes]) -> None:
    for name, content in files.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(content if isinstance(content, bytes) else content.encode())


def test_a_relative_include_is_read_in_place_with_nested_includes_and_line_ranges(tmp_path):
    _write(tmp_path, {
        "panduan/pendaftaran.adoc": "= Pendaftaran Penduduk\n:bab: _bab\n\nSyarat pendaftaran:\n\ninclude::{bab}/syarat.adoc[]\n\nSelesai.\n",
        "panduan/_bab/syarat.adoc": "* Kartu keluarga asli\n* Surat pengantar RT\ninclude::../../bersama/biaya.adoc[lines=2..3]\n",
        "bersama/biaya.adoc": "Baris judul yang tidak diambil\nPendaftaran tidak dipungut biaya.\nLayanan buka setiap hari kerja.\nBaris penutup\n",
    })
    page = _pages(tmp_path)["panduan/pendaftaran.adoc"]
    assert "Syarat pendaftaran:\n\nKartu keluarga asli\nSurat pengantar RT\nPendaftaran tidak dipungut biaya.\nLayanan buka setiap hari kerja.\n\nSelesai." in page.text
    assert "judul yang tidak" not in page.text and "penutup" not in page.text
    assert not page.problems


@pytest.mark.parametrize("spec, kept", [
    ("salin", ["tar czf arsip.tgz data"]),
    ("salin;hapus", ["tar czf arsip.tgz data", "rm -rf tmp"]),
    ("!hapus", ["#!/bin/sh", "tar czf arsip.tgz data", "echo selesai"]),
    ("*", ["tar czf arsip.tgz data", "rm -rf tmp"]),
    ("**;!salin", ["#!/bin/sh", "rm -rf tmp", "echo selesai"]),
])
def test_tagged_regions_are_selected_as_asciidoctor_selects_them(spec, kept):
    lines = ["#!/bin/sh", "# tag::salin[]", "tar czf arsip.tgz data", "# end::salin[]", "# tag::hapus[]", "rm -rf tmp", "# end::hapus[]", "echo selesai"]
    problems = []
    assert _by_tags(lines, spec, "cadangan.sh", problems) == kept
    assert not problems


def test_a_tag_not_in_the_file_is_a_problem(tmp_path):
    _write(tmp_path, {"utama.adoc": "= Utama\n\ninclude::potongan.adoc[tag=tidak-ada]\n", "potongan.adoc": "// tag::ada[]\nIsi\n// end::ada[]\n"})
    page = _pages(tmp_path)["utama.adoc"]
    assert [problem.reason for problem in page.problems] == ["include::potongan.adoc: tag(s) not found in the included file: tidak-ada"]


def test_an_included_file_is_decoded_and_repaired_like_any_input(tmp_path):
    _write(tmp_path, {
        "utama.adoc": "= Berita Desa\n\ninclude::lama.adoc[]\n",
        "lama.adoc": "Kepala desa menyampaikan sambutan di balai desa pada hari Senin pagi.\nSambutan itu diterima warga dengan baik.\nHarga beras naik 5 % \u2013 kata pedagang pasar.\n".encode("cp1252"),
    })
    page = _pages(tmp_path)["utama.adoc"]
    assert "Harga beras naik 5 % \u2013 kata pedagang pasar." in page.text


def test_a_cycle_stops_with_a_problem(tmp_path):
    _write(tmp_path, {"a.adoc": "= Bab A\n\nIsi bab A.\n\ninclude::b.adoc[]\n", "b.adoc": "Isi bab B.\n\ninclude::a.adoc[]\n"})
    page = _pages(tmp_path)["a.adoc"]
    assert "Isi bab A.\n\nIsi bab B." in page.text
    assert [problem.reason for problem in page.problems] == ["include::a.adoc includes itself (through a.adoc → b.adoc): not read again"]


def test_the_include_depth_is_limited_as_asciidoctor_limits_it(tmp_path):
    files = {f"bab{n}.adoc": f"Bagian {n}.\n\ninclude::bab{n + 1}.adoc[]\n" for n in range(1, MAX_INCLUDE_DEPTH + 3)}
    files["bab1.adoc"] = "= Buku Panjang\n\n" + files["bab1.adoc"]
    _write(tmp_path, files)
    page = _pages(tmp_path)["bab1.adoc"]
    assert f"Bagian {MAX_INCLUDE_DEPTH + 1}." in page.text and f"Bagian {MAX_INCLUDE_DEPTH + 2}." not in page.text
    assert [problem.reason for problem in page.problems] == [
        f"include::bab{MAX_INCLUDE_DEPTH + 2}.adoc lies deeper than the maximum include depth of {MAX_INCLUDE_DEPTH}: not read"
    ]


def test_nothing_outside_the_input_root_is_read(tmp_path):
    root = tmp_path / "situs"
    _write(tmp_path, {"rahasia.adoc": "KATA SANDI RAHASIA\n"})
    _write(root, {"halaman.adoc": (
        f"= Halaman\n\nTeks halaman.\n\ninclude::../rahasia.adoc[]\n\ninclude::{tmp_path / 'rahasia.adoc'}[]\n\n"
        "include::tautan.adoc[]\n\ninclude::https://contoh.id/rahasia.adoc[]\n\ninclude::hilang.adoc[]\n"
    )})
    os.symlink(tmp_path / "rahasia.adoc", root / "tautan.adoc")
    page = _pages(root)["halaman.adoc"]
    assert "RAHASIA" not in page.text
    assert page.problems[0].reason == (
        f"5 {NOT_READ}: ../rahasia.adoc, {tmp_path / 'rahasia.adoc'}, tautan.adoc, https://contoh.id/rahasia.adoc, hilang.adoc"
    )


def test_the_page_with_its_includes_stays_within_the_byte_limit(tmp_path):
    _write(tmp_path, {"utama.adoc": "= Utama\n\nPembuka.\n\ninclude::besar.adoc[]\n", "besar.adoc": "Paragraf panjang sekali. " * 100 + "\n"})
    page = _pages(tmp_path, max_bytes=1000)["utama.adoc"]
    assert "Paragraf panjang" not in page.text
    assert page.problems[0].reason == "include::besar.adoc would take the page with its includes over the 1,000-byte limit: not read"


def test_in_an_archive_includes_keep_their_problem(tmp_path):
    archive = tmp_path / "situs.zip"
    zip_of({"utama.adoc": "= Utama\n\nPembuka.\n\ninclude::bagian.adoc[]\n", "bagian.adoc": "Isi bagian.\n"}, archive)
    page = _pages(archive)["situs.zip!/utama.adoc"]
    assert page.problems[0].reason == f"1 {NOT_READ}: bagian.adoc"


def test_an_index_reads_a_page_again_when_a_file_it_includes_changes(tmp_path):
    """The page's own bytes do not change when its partial does: it is read every run."""
    from arsip.index.build import index_paths
    from arsip.index.inspect import get_records

    site, directory = tmp_path / "dokumen", tmp_path / "indeks"
    _write(site, {
        "layanan.adoc": "= Layanan Desa\n\ninclude::_bagian/jam.adoc[]\n",
        "_bagian/jam.adoc": "Kantor desa buka pukul delapan pagi.\n",
        "tentang.adoc": "= Tentang Desa\n\nDesa Sukamaju terletak di lereng gunung.\n",
    })
    index_paths(directory, [str(site)])
    (site / "_bagian" / "jam.adoc").write_text("Kantor desa buka pukul tujuh pagi.\n", encoding="utf-8")
    report = index_paths(directory, [str(site)])
    assert "tujuh pagi" in get_records(directory, "layanan.adoc")[0]["text"]
    assert report.ingest.unchanged == 1  # tentang.adoc, which includes nothing
    assert report.updated == 2  # the page and the partial, a document of its own


def test_an_index_leaves_a_page_that_includes_files_as_it_is_when_it_reads_the_same(tmp_path):
    """Read again on every run for its includes, the page counts as unchanged (and is not
    written again) when it gives the same document."""
    from arsip.index.build import index_paths

    site, directory = tmp_path / "dokumen", tmp_path / "indeks"
    _write(site, {"layanan.adoc": "= Layanan Desa\n\ninclude::_bagian/jam.adoc[]\n", "_bagian/jam.adoc": "Kantor desa buka pukul delapan pagi.\n"})
    assert index_paths(directory, [str(site)]).added == 2  # the page and the partial, a document of its own
    report = index_paths(directory, [str(site)])
    assert (report.added, report.updated, report.removed, report.unchanged) == (0, 0, 0, 2)
    (site / "_bagian" / "jam.adoc").write_text("Kantor desa buka pukul tujuh pagi.\n", encoding="utf-8")
    assert index_paths(directory, [str(site)]).updated == 2
