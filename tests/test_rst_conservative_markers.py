"""reStructuredText read conservatively: list and field markers are markup, as docutils
reads them (bullets and ``#`` enumerators go, a field's name stays as ``Nama:``), except in
literal blocks (``::``) and code directives, whose lines stay as written."""

from __future__ import annotations

from pathlib import Path

from arsip.ingest.rst.doctree import read_rst
from arsip.ingest.rst.markup import rst_markup_free

PAGE = (Path(__file__).parent / "data" / "rst-conservative" / "jadwal-posyandu.rst").read_text(encoding="utf-8")


def test_list_and_field_markers_are_stripped():
    lines = rst_markup_free(PAGE).split("\n")
    for line in ("Buku KIA;", "kartu keluarga;", "fotokopi secukupnya.", "Daftar di meja pertama.", "Imunisasi dasar.", "Petugas: Bidan Ratna", "Datang sebelum pukul 09.00."):
        assert line in lines, line


def test_literal_blocks_and_code_keep_their_markers():
    lines = rst_markup_free(PAGE).split("\n")
    for line in ("- baris 1: nama balita", ":kolom: berat", "- antrean: nomor", ":jam: 08.00"):
        assert line in lines, line


def test_the_lists_read_as_docutils_reads_them():
    docutils_lines = set(read_rst(PAGE, max_line=1_000_000).text.split("\n"))
    conservative_lines = rst_markup_free(PAGE).split("\n")
    listed = [line for line in conservative_lines[conservative_lines.index("Buku KIA;") : conservative_lines.index("Tempat: Balai RW 05") + 1] if line]
    assert len(listed) == 9
    assert [line for line in listed if line not in docutils_lines] == []
