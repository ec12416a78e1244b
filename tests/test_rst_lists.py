"""reStructuredText: a page of more lists and directives than docutils reads in about a second
(each list, one nested in another too, each run of directives, costs it a parser of its own) is read conservatively, with a
problem; an ordinary page of lists is read by docutils as before."""

from __future__ import annotations

from pathlib import Path

import pytest

from arsip.ingest.readers import SourceFile
from arsip.ingest.readers.rst import read
from arsip.ingest.rst.markup import parser_starts

PAGE = (Path(__file__).parent / "data" / "rst-lists" / "rapat-warga.rst").read_text(encoding="utf-8")


def _read(source: str):
    (document,) = read(source, SourceFile("rapat-warga.rst", "rapat-warga.rst", "rapat-warga.rst", "pelican"))
    return document


@pytest.mark.parametrize(
    ("source", "lists"),
    [
        ("- satu\n- dua\n", 1),
        ("- satu\n  lanjutan\n- dua\n", 1),
        ("- satu\n  - dua\n  - tiga\n- empat\n", 2),
        ("- - satu\n\n- - dua\n", 3),
        ("- satu\n\nParagraf.\n\n- dua\n", 2),
        ("- satu\n* dua\n", 2),
        ("1. satu\n2. dua\n\n   - tiga\n", 2),
        (":date: 2021-08-14\n:tags: rapat\n\nTeks.\n", 1),
        ("Kata biasa - bukan daftar.\n", 0),
        ("istilah\n  definisi\nistilah kedua\n  definisi\n\nParagraf.\n\nistilah\n  definisi\n", 2),
        (".. note::\n   Isi catatan.\n", 1),
        (".. image:: balai.png\n   :alt: Balai desa\n", 2),
        ("-a  semua berkas\n-v, --rinci  keterangan\n--keluaran=berkas  tujuan\n", 1),
        ("-a  semua berkas\n\nParagraf.\n\n/V  versi\n", 2),
        ("-a berkas  dengan argumen\n", 1),
        ("-a bukan opsi, satu spasi saja\n", 0),
        (".. note::\n\n   Isi catatan.\n\n.. komentar\n\n.. _sasaran:\n\n__ https://contoh.id\n", 1),
        (".. note::\n\n   Isi catatan.\n\nParagraf.\n\n.. note::\n\n   Isi kedua.\n", 2),
        (".. note::\n\n   - butir di dalam\n", 2),
        (".. |desa| replace:: Sukamaju\n.. |rt| replace:: RT 03\n", 3),
        ("| baris satu\n| baris dua\n\nParagraf.\n\n| satu baris saja\n", 1),
    ],
)
def test_parsers_are_counted_as_docutils_starts_them(source, lists):
    assert parser_starts(source) == lists


def test_an_ordinary_page_of_lists_is_read_by_docutils():
    document = _read(PAGE)
    assert document.problems == []
    assert document.title == "Hasil Rapat Warga RT 03"
    assert "Kerja bakti membersihkan saluran air:\nhari Minggu pagi, pukul 07.00;\n" in document.text
    assert "\nNotulis: Budi Santoso\n" in document.text
    assert "Iuran keamanan naik menjadi Rp15.000 sebulan." in document.text


def test_a_page_of_lists_nested_in_one_line_each_is_read_conservatively():
    # each line a list 30 deep: the page's last list goes on, and 29 lists start in each item
    nested = ("- " * 30 + "warga hadir\n\n") * 70
    document = _read(PAGE + "\n" + nested)
    assert [problem.reason for problem in document.problems] == [
        "2,037 lists, directives and other blocks that each start a parser (one nested in another counts too), over the 2,000 read as reStructuredText; read conservatively (markup stripped, every word kept)"
    ]
    assert document.heading == "Hasil Rapat Warga RT 03" and document.fields["author"] == "Siti Rahmawati"
    assert "Kerja bakti membersihkan saluran air:" in document.text and "Rp15.000" in document.text
    assert document.text.count("warga hadir") == 70


def test_a_page_of_directives_between_paragraphs_is_read_conservatively():
    # each note after a paragraph starts a run of explicit markup: a parser of its own
    notes = ".. note::\n\n   Bawa kartu keluarga.\n\nPendaftaran dibuka pukul 08.00.\n\n" * 2000
    document = _read(PAGE + "\n" + notes)
    assert [problem.reason for problem in document.problems] == [
        "2,007 lists, directives and other blocks that each start a parser (one nested in another counts too), over the 2,000 read as reStructuredText; read conservatively (markup stripped, every word kept)"
    ]
    assert document.text.count("Bawa kartu keluarga.") == 2000


def test_a_page_of_option_lists_between_paragraphs_is_read_conservatively():
    options = "-a  semua warga\n\nDaftar hadir rapat.\n\n" * 2000
    document = _read(PAGE + "\n" + options)
    assert [problem.reason.split(" lists,")[0] for problem in document.problems] == ["2,007"]
    assert document.text.count("semua warga") == 2000
