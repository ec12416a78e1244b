"""The AMP copy of a page (WordPress' AMP plugin at ``…/amp/``, Hugo's ``amp`` output, an
``<html ⚡>`` page beside the post) is not a second document at the post's address: it is
left out and counted; an AMP page that names itself (an AMP-only site's) is a page."""

from pathlib import Path

from arsip.ingest.pipeline import read_documents
from arsip.ingest.readers.html import AMP_COPY
from arsip.ingest.results import IngestOptions, IngestReport

AMP = Path(__file__).parent / "data" / "amp-copies"


def _read(path) -> tuple[dict, IngestReport]:
    report = IngestReport()
    return {document.id: document for document in read_documents([str(path)], IngestOptions(), report)}, report


def test_the_amp_copies_of_a_post_are_left_out_and_counted():
    documents, report = _read(AMP / "situs")
    assert sorted(documents) == ["2021/07/panen-jagung/index.html"]  # not amp/index.html nor panen-jagung.amp.html
    assert documents["2021/07/panen-jagung/index.html"].url == "https://sukamaju.desa.id/2021/07/panen-jagung/"
    assert report.skipped[AMP_COPY] == 2


def test_a_page_of_a_site_built_in_amp_only_is_read():
    documents, report = _read(AMP / "amp-saja")
    (page,) = documents.values()
    assert page.title == "Jadwal Posyandu Bulan Agustus"
    assert page.url == "https://posyandu.sukamaju.desa.id/berita/posyandu/"
    assert AMP_COPY not in report.skipped
