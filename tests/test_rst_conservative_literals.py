"""reStructuredText read conservatively: literal blocks (after a paragraph's ``::``, quoted
with ``>``, a code directive's content, a doctest block) keep their lines as written, as
docutils keeps them, and the paragraph before one ends as docutils shows it (``berikut:``)."""

from __future__ import annotations

from pathlib import Path

from arsip.ingest.rst.doctree import read_rst
from arsip.ingest.rst.markup import rst_markup_free

PAGE = (Path(__file__).parent / "data" / "rst-conservative" / "cadangan-data.rst").read_text(encoding="utf-8")


def _paragraphs(text: str) -> list[str]:
    return text.split("\n\n")


def test_an_indented_literal_block_keeps_its_markup_characters_and_indentation():
    assert "# salin_data.sh --tujuan /mnt/cadangan\ntar -czf cadangan_$(date +%F).tar.gz data/*.csv | tee log_cadangan.txt\n    > selesai: **semua** berkas" in _paragraphs(rst_markup_free(PAGE))


def test_quoted_code_and_doctest_blocks_keep_their_lines():
    paragraphs = _paragraphs(rst_markup_free(PAGE))
    for block in (
        ">> Cadangan bulan Mei _belum_ dikirim.",
        "> galat: #3 disk_penuh\n> ulangi dengan | gzip -9",
        "# periksa_ruang.sh\ndf -h | grep '/mnt/cadangan' > ruang_*.txt",
        ">>> cadangkan(tujuan=\"/mnt/cadangan\", pola=\"*.csv\")\n'#3 berkas_tersalin'",
    ):
        assert block in paragraphs, block


def test_the_paragraph_before_a_literal_block_ends_as_docutils_shows_it():
    paragraphs = _paragraphs(rst_markup_free(PAGE))
    assert "Jalankan perintah berikut di terminal kantor desa:" in paragraphs  # one colon after a word
    assert "Pesan galat yang tampil:" in paragraphs
    assert "Baris yang dikutip dari surel operator:" in paragraphs and "::" not in paragraphs  # a lone '::' shows nothing
    assert "Contoh isi berkas log" in paragraphs  # none after a space


def test_a_double_colon_that_starts_no_literal_block_stays():
    assert rst_markup_free("Modul arsip::salin dipanggil.\n") == "Modul arsip::salin dipanggil."
    assert rst_markup_free("Daftar::\n    kode_desa\n") == "Daftar::\nkode desa"  # no blank line: not a literal block


def test_the_conservative_conversion_reads_the_page_as_docutils_does():
    assert rst_markup_free(PAGE) == read_rst(PAGE, max_line=1_000_000).text
