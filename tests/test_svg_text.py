"""An inline SVG drawing shows the words of its ``<text>`` elements; its ``<title>`` and
``<desc>``, which name it for screen readers (an icon's ``download-circle``), and its styles
show none."""

from arsip.ingest.pipeline import ingest_bytes
from arsip.ingest.results import IngestOptions

from .conftest import DATA

PAGE = DATA / "html-svg" / "unduhan.html"


def test_an_svg_shows_its_drawn_text_not_its_title_or_description():
    [document] = ingest_bytes(PAGE.read_bytes(), PAGE.name, str(PAGE), IngestOptions()).documents
    assert document.text == (
        "Unduhan dokumen desa\n\nLaporan keuangan desa tahun 2023 dapat diunduh di bawah ini.\n\n"
        "Laporan keuangan 2023\n\nJalan Irigasi\n\nAnggaran terbesar untuk jalan desa."
    )
