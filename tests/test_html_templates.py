"""An HTML file that is a template — a Hugo layout or partial, a Pelican theme's Jinja
template — is not a page: its tags are filled in when the site is built. A page that shows
template tags in code, or quotes one in its text, is a page."""

from pathlib import Path

from arsip.ingest.pipeline import read_documents
from arsip.ingest.readers.html import TEMPLATE
from arsip.ingest.results import IngestOptions, IngestReport

FIXTURES = Path(__file__).parent / "data" / "html-templates"


def _read(path) -> tuple[dict, IngestReport]:
    report = IngestReport()
    documents = {document.id: document for document in read_documents([str(path)], IngestOptions(generator="html"), report)}
    return documents, report


def test_templates_are_counted_not_read_as_pages():
    """A theme given alone (no site configuration says its templates are no pages)."""
    documents, report = _read(FIXTURES / "tema")
    assert documents == {}
    assert report.skipped == {TEMPLATE: 3}


def test_a_page_showing_or_quoting_template_tags_is_a_page():
    documents, report = _read(FIXTURES / "halaman")
    assert set(documents) == {"belajar-template.html", "kurung-kurawal.html"}
    tutorial = documents["belajar-template.html"].text
    assert "{{ with .Params.gambar }}" in tutorial and "Simpan berkas itu di folder layouts/partials." in tutorial
    assert "{{ end }} di akhir catatan" in documents["kurung-kurawal.html"].text
    assert TEMPLATE not in report.skipped
