"""A Ghost Markdown card's footnotes, as markdown-it renders them into the post's HTML: the
mark in the text (``[1]``) and the "↩︎" link back to it go, the footnote's text stays."""

from arsip.ingest.pipeline import ingest_bytes
from arsip.ingest.results import IngestOptions

from .conftest import DATA

EXPORT = DATA / "ghost" / "catatan-kaki.ghost.2024-05-31-01-00-00.json"


def test_footnote_marks_and_back_links_go_and_their_text_stays():
    [document] = ingest_bytes(EXPORT.read_bytes(), EXPORT.name, str(EXPORT), IngestOptions()).documents
    assert document.text == (
        "Iuran warga bulan ini terkumpul Rp4.250.000, lebih banyak dari bulan lalu.\n\n"
        "Dicatat oleh bendahara RT 02.\n\nBulan lalu Rp3.900.000."
    )
    assert document.problems == []
