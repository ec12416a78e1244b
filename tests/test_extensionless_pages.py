"""A page a crawler saved without an extension (``wget -m`` without ``--adjust-extension``
keeps ``/berita/panen-raya-padi-organik`` as ``berita/panen-raya-padi-organik``) is read as
HTML by its content: its doctype or ``<html>`` first, also after an XML declaration (an
XHTML page) or a comment (a CMS's note) (tests/data/mirror-tanpa-ekstensi)."""

from pathlib import Path

from arsip.ingest.readers.markup_formats import looks_like_html

from .conftest import read_by_id

MIRROR = Path(__file__).parent / "data" / "mirror-tanpa-ekstensi" / "www.desa-maju.id"


def test_pages_saved_without_an_extension_are_read_as_html_at_their_address():
    documents, report = read_by_id(MIRROR)
    found = {file_id: (document.format, document.title, document.url) for file_id, document in documents.items()}
    assert found == {
        "berita/panen-raya-padi-organik": ("html", "Panen Raya Padi Organik", "https://www.desa-maju.id/berita/panen-raya-padi-organik"),
        "profil/sejarah-desa": ("html", "Sejarah Desa", "https://www.desa-maju.id/profil/sejarah-desa"),  # (an XHTML page)
        "kontak": ("html", "Kontak", "https://www.desa-maju.id/kontak"),  # (a comment before <html>)
    }
    assert "dibuka oleh para perantau" in documents["profil/sejarah-desa"].text
    assert report.skipped == {"site code or configuration": 1}  # robots.txt


def test_only_a_page_start_makes_html():
    assert looks_like_html('<?xml version="1.0"?>\n<!-- catatan -->\n<!DOCTYPE html>\n<html>')
    assert not looks_like_html('<?xml version="1.0"?>\n<rss version="2.0">')
    assert not looks_like_html("<!-- catatan rapat -->\nWarga hadir tiga puluh orang.")
    assert not looks_like_html("Catatan biasa tanpa ekstensi.")
