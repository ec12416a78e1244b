"""A GitBook space synced to a repository: its pages read as GitBook shows them, its table
of contents left out (tests/data/sites/gitbook; the page cases are in sites/expected.toml)."""

import shutil

import pytest

from arsip.index.build import index_paths
from arsip.index.inspect import get_records
from arsip.ingest.pipeline import read_documents
from arsip.ingest.results import IngestOptions, IngestReport
from arsip.ingest.sites.gitbook import SUMMARY_SKIPPED
from arsip.ingest.sites.gitbook_book import OUTSIDE_BOOK_ROOT

from .conftest import archive_of, zip_of
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



def _rooted_book(folder):
    """The legacy book of tests/data/sites/gitbook-legacy with its files in ``docs/``, as its
    ``book.json``'s ``root`` says, and the repository's own README beside it."""
    shutil.copytree(SITES / "gitbook-legacy", folder / "docs", ignore=shutil.ignore_patterns("book.json"))
    (folder / "book.json").write_text('{\n  "root": "./docs",\n  "title": "Buku Panduan Posyandu"\n}\n', encoding="utf-8")
    (folder / "README.md").write_text("# Repositori buku posyandu\n\nJalankan honkit build untuk membangun buku.\n", encoding="utf-8")
    return folder


@pytest.mark.parametrize("name", ["", "ekspor.zip", "ekspor.tar.gz"])
def test_a_book_whose_root_names_the_folder_of_its_files_is_a_site_of_its_own(tmp_path, name):
    """Beside a Drupal mirror, on disk and in an archive: its SUMMARY.md in docs/ marks it,
    the files outside docs/ (the repository's README) are no pages of the book."""
    export = tmp_path / "masukan" / "ekspor"
    _rooted_book(export / "buku-posyandu")
    shutil.copytree(SITES.parent / "drupal", export / "drupal")
    root = export.parent if not name else archive_of({path.relative_to(export).as_posix(): path.read_bytes() for path in export.rglob("*") if path.is_file()}, tmp_path / name, prefix="ekspor/")
    report = IngestReport()
    generators = {document.id.split("!/")[-1]: document.generator for document in read_documents([str(root)], IngestOptions(), report)}
    assert {key: generator for key, generator in generators.items() if key.startswith("ekspor/buku-posyandu/")} == {
        "ekspor/buku-posyandu/docs/README.md": "gitbook",
        "ekspor/buku-posyandu/docs/bab-1/pendaftaran.md": "gitbook",
    }
    assert report.skipped[SUMMARY_SKIPPED] == 1 and report.skipped[OUTSIDE_BOOK_ROOT] == 2  # (the repository's README, book.json)
    book = f"{root}!/ekspor/buku-posyandu" if name else str(root / "ekspor" / "buku-posyandu")
    assert report.generators == {str(root): "html", book: "gitbook"}


def test_a_book_given_directly_reads_only_its_root_folder(tmp_path):
    book = _rooted_book(tmp_path / "buku")
    (book / "docs" / "bab-1" / "pendaftaran.md").write_text("# Pendaftaran\n\nKader mencatat nama balita.\n", encoding="utf-8")  # (no GitBook tag)
    report = IngestReport()
    documents = {document.id: document.generator for document in read_documents([str(book)], IngestOptions(), report)}
    assert documents == {"docs/README.md": "gitbook", "docs/bab-1/pendaftaran.md": "gitbook"}
    assert report.skipped[OUTSIDE_BOOK_ROOT] == 2 and report.generators == {str(book): "gitbook"}


def test_an_index_reads_the_book_again_when_its_root_moves(tmp_path):
    book = _rooted_book(tmp_path / "buku")
    shutil.copytree(book / "docs", book / "edisi-2")
    directory = tmp_path / "indeks"
    index_paths(directory, [str(book)])
    (book / "book.json").write_text('{"root": "edisi-2"}', encoding="utf-8")
    report = index_paths(directory, [str(book)])
    assert report.reread == {str(book): "the folder of the GitBook book's files (book.json's root) changed"}
    assert get_records(directory, "docs/README.md") == [] and len(get_records(directory, "edisi-2/README.md")) == 1


@pytest.mark.parametrize("name", ["", "repo-main.zip"])
def test_a_space_whose_gitbook_yaml_names_a_root_folder_reads_only_it(tmp_path, name):
    """Git Sync reads a space's files from the folder its .gitbook.yaml's root names."""
    repo = tmp_path / "repo-main"
    shutil.copytree(SITES / "gitbook", repo / "docs", ignore=shutil.ignore_patterns(".gitbook.yaml"))
    (repo / ".gitbook.yaml").write_text("root: ./docs/\n\nstructure:\n  readme: README.md\n", encoding="utf-8")
    (repo / "README.md").write_text("# Aplikasi desa\n\nKode sumber aplikasi; panduannya di docs/.\n", encoding="utf-8")
    (repo / "CONTRIBUTING.md").write_text("# Berkontribusi\n\nKirim perubahan lewat pull request.\n", encoding="utf-8")
    root = repo if not name else zip_of(repo, tmp_path / name, "repo-main/")
    report = IngestReport()
    documents = {document.id.split("!/")[-1]: document.generator for document in read_documents([str(root)], IngestOptions(), report)}
    prefix = "repo-main/" if name else ""
    assert documents == {f"{prefix}docs/README.md": "gitbook", f"{prefix}docs/panduan/pemasangan.md": "gitbook"}
    assert report.skipped[OUTSIDE_BOOK_ROOT] == 2 and report.skipped[SUMMARY_SKIPPED] == 1
