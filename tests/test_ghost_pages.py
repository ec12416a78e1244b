"""Pages a Ghost theme (Casper) built, as a crawler saves them: their audio and video cards'
players and their Markdown footnotes' marks and back links are not text, as in an export."""

from arsip.ingest.pipeline import ingest_bytes
from arsip.ingest.results import IngestOptions

from .conftest import DATA

CASPER = DATA / "built-themes" / "casper"


def _document(name: str, data: bytes | None = None):
    path = CASPER / name / "index.html"
    [document] = ingest_bytes(path.read_bytes() if data is None else data, f"{name}/index.html", str(path), IngestOptions()).documents
    return document


def test_a_ghost_pages_media_cards_keep_their_title_and_caption_not_their_players():
    page = _document("kabar-panen")
    assert page.text == (
        "Siaran pagi: harga gabah\n\nHarga gabah kering panen naik menjadi Rp6.800 per kilogram.\n\n"
        "Warga memanen padi di sawah timur.\n\nPanen berlangsung tiga hari."
    )
    assert page.problems == []


def test_a_ghost_pages_footnote_marks_and_back_links_go_and_their_text_stays():
    assert _document("iuran-warga").text == (
        "Iuran warga bulan ini terkumpul Rp4.250.000, lebih banyak dari bulan lalu.\n\n"
        "Dicatat oleh bendahara RT 02.\n\nBulan lalu Rp3.900.000."
    )


def test_the_same_markup_on_a_page_no_ghost_theme_built_is_read_as_written():
    page = (CASPER / "iuran-warga" / "index.html").read_bytes().replace(b'content="Ghost 5.82"', b'content="Hugo 0.125.4"')
    assert "Rp4.250.000[1]" in _document("iuran-warga", page).text
