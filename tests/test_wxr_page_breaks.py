"""A WordPress post split into pages (``<!--nextpage-->``) shows the text after each break
on a page of its own: the break ends a paragraph, so words on either side stay apart."""

from arsip.ingest.pipeline import ingest_bytes
from arsip.ingest.results import IngestOptions

from .conftest import DATA

EXPORT = DATA / "wxr" / "halaman.xml"


def _texts():
    result = ingest_bytes(EXPORT.read_bytes(), EXPORT.name, str(EXPORT), IngestOptions())
    return {document.fields["post_id"]: document.text for document in result.documents}


def test_a_page_break_ends_a_paragraph_in_classic_and_block_posts():
    texts = _texts()
    assert texts["51"] == "Musyawarah dibuka oleh kepala desa pukul sembilan.\n\nSesi kedua membahas anggaran jalan.\n\nSesi ketiga ditutup dengan doa."
    assert texts["52"] == "Bawa fotokopi kartu keluarga ke kantor desa.\n\nPetugas akan mencatat data Anda."
