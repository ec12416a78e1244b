"""A GitBook space synced to a repository: its pages read as GitBook shows them, its table
of contents left out (tests/data/sites/gitbook; the page cases are in sites/expected.toml)."""

from arsip.ingest.pipeline import read_documents
from arsip.ingest.results import IngestOptions, IngestReport
from arsip.ingest.sites.gitbook import SUMMARY_SKIPPED

from .test_sites import SITES


def test_the_table_of_contents_is_no_page_and_the_pages_take_their_headings_as_titles():
    report = IngestReport()
    documents = {document.id: document for document in read_documents([str(SITES / "gitbook")], IngestOptions(), report)}
    assert {key: document.title for key, document in documents.items()} == {"README.md": "Pengantar", "panduan/pemasangan.md": "Pemasangan"}
    assert report.skipped[SUMMARY_SKIPPED] == 1
    assert report.generators == {str(SITES / "gitbook"): "gitbook"}


def test_a_space_without_its_configuration_is_known_by_gitbook_s_tags(tmp_path):
    (tmp_path / "SUMMARY.md").write_text("# Daftar Isi\n\n* [Iuran](iuran.md)\n", encoding="utf-8")
    (tmp_path / "iuran.md").write_text(
        '# Iuran warga\n\n{% hint style="warning" %}\nIuran dibayar paling lambat tanggal 10.\n{% endhint %}\n', encoding="utf-8"
    )
    [page] = read_documents([str(tmp_path)])
    assert (page.generator, page.text) == ("gitbook", "Iuran warga\n\nIuran dibayar paling lambat tanggal 10.")
