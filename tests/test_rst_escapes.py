"""reStructuredText backslash escapes: the escaped character shows alone and an escaped
space shows nothing (``H\\ :sub:`2`\\ O`` reads ``H2O``), as docutils renders them, where
docutils' internal NUL for each backslash was kept in the text."""

from __future__ import annotations

from pathlib import Path

from arsip.ingest.pipeline import ingest_bytes

PAGE = (Path(__file__).parent / "data" / "rst-escapes" / "harga-promo.rst").read_bytes()


def _document():
    result = ingest_bytes(PAGE, "harga-promo.rst", "harga-promo.rst")
    assert result.failure is None, result.failure
    (document,) = result.documents
    return document


def test_escaped_characters_show_alone():
    text = _document().text
    assert "\x00" not in text and "\\*" not in text
    for shown in ("Harga *promo* berlaku", "kartu_anggota.", "C:\\Koperasi\\Laporan", "tanda `kutip` tetap", "Beras 5 kg | Rp60.000", "stok *terbatas*"):
        assert shown in text, shown


def test_an_escaped_space_joins_what_it_separates():
    assert "Rumus air H2O dipakai" in _document().text


def test_a_title_with_escapes_reads_as_shown():
    document = _document()
    assert document.title == "Promo Koperasi *Sejahtera*" and document.problems == []
