"""A GitBook space synced to a repository: its pages read as GitBook shows them, its table
of contents left out (tests/data/sites/gitbook; the page cases are in sites/expected.toml)."""

import shutil

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


def test_a_legacy_book_two_folders_down_beside_a_mirror_is_a_site_of_its_own(tmp_path):
    # GitBook legacy (and HonKit) books: book.json beside SUMMARY.md, no .gitbook marker.
    root = tmp_path / "masukan"
    shutil.copytree(SITES / "gitbook-legacy", root / "ekspor" / "buku-posyandu")
    shutil.copytree(SITES.parent / "drupal", root / "ekspor" / "drupal")
    report = IngestReport()
    generators = {document.id: document.generator for document in read_documents([str(root)], IngestOptions(), report)}
    assert {key: generator for key, generator in generators.items() if key.startswith("ekspor/buku-posyandu/")} == {
        "ekspor/buku-posyandu/README.md": "gitbook",
        "ekspor/buku-posyandu/bab-1/pendaftaran.md": "gitbook",
    }
    assert {generator for key, generator in generators.items() if key.startswith("ekspor/drupal/")} == {"html"}
    assert report.skipped[SUMMARY_SKIPPED] == 1
    assert report.generators == {str(root): "html", str(root / "ekspor" / "buku-posyandu"): "gitbook"}
