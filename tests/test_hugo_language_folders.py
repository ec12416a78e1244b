"""A multilingual Hugo site whose every language has a content folder of its own reads only
those folders, as Hugo mounts them: a folder of no language beside them (``content/ar/`` of
a language the site dropped) is no page; while a language reads the shared ``content/``,
a file there is a page of the default language."""

from arsip.ingest.pipeline import OUTSIDE_HUGO_CONTENT, read_documents
from arsip.ingest.results import IngestOptions, IngestReport

from .conftest import zip_of

CONFIG = """baseURL: https://catatan.contoh.id/
defaultContentLanguage: id
languages:
  id:
    contentDir: content/id
    weight: 1
  en:
{en_folder}    weight: 2
"""
PAGE = "---\ntitle: {title}\ndate: 2025-07-23\n---\n\n{text}\n"
FILES = {
    "content/id/blog/apa-itu-hugo.md": PAGE.format(title="Apa itu Hugo?", text="Hugo membangun ribuan halaman dalam hitungan detik."),
    "content/en/blog/apa-itu-hugo.md": PAGE.format(title="What is Hugo?", text="Hugo builds thousands of pages in seconds."),
    "content/ar/blog/apa-itu-hugo.md": PAGE.format(title="ما هو هوغو؟", text="هوغو يبني آلاف الصفحات في ثوان."),
}


def _read(tmp_path, write, en_folder: str) -> tuple[dict, IngestReport]:
    write("situs/hugo.yaml", CONFIG.format(en_folder=en_folder))
    for name, text in FILES.items():
        write(f"situs/{name}", text)
    report = IngestReport()
    documents = {document.id: document for document in read_documents([str(tmp_path / "situs")], IngestOptions(), report)}
    return documents, report


def test_a_folder_of_no_language_is_no_page_when_each_language_has_its_own(tmp_path, write):
    documents, report = _read(tmp_path, write, "    contentDir: content/en\n")
    assert {doc_id: document.url for doc_id, document in documents.items()} == {
        "content/id/blog/apa-itu-hugo.md": "https://catatan.contoh.id/blog/apa-itu-hugo/",
        "content/en/blog/apa-itu-hugo.md": "https://catatan.contoh.id/en/blog/apa-itu-hugo/",
    }
    assert report.skipped[OUTSIDE_HUGO_CONTENT] == 1


def test_the_shared_folder_is_read_while_a_language_has_none_of_its_own(tmp_path, write):
    """Hugo mounts the shared ``content/`` with en, the first language without a folder of
    its own (id, the default one, has ``content/id``): its files are en's pages."""
    documents, report = _read(tmp_path, write, "")
    assert documents["content/ar/blog/apa-itu-hugo.md"].url == "https://catatan.contoh.id/en/ar/blog/apa-itu-hugo/"
    assert report.skipped[OUTSIDE_HUGO_CONTENT] == 0


def test_a_file_of_a_language_folder_inside_the_shared_one_names_its_second_page(tmp_path, write):
    """``content/id`` is id's folder and inside the shared ``content/`` en reads: Hugo makes a
    page of each language of its files; arsip reads the id one and names the other."""
    documents, _ = _read(tmp_path, write, "")
    page = documents["content/id/blog/apa-itu-hugo.md"]
    assert page.url == "https://catatan.contoh.id/blog/apa-itu-hugo/"
    assert [(problem.field, problem.reason) for problem in page.problems] == [
        ("url", "Hugo reads this file as 2 pages, through content/id/ as id's blog/apa-itu-hugo.md and through content/ as en's "
         "id/blog/apa-itu-hugo.md (its content folders overlap); arsip reads it once, as the first"),
    ]
    assert documents["content/ar/blog/apa-itu-hugo.md"].problems == []


def test_an_archive_reads_the_languages_own_folders_as_a_folder_on_disk(tmp_path):
    """``isi/id`` and ``isi/en`` hold the pages: the README beside them is no page, in a
    zip as on disk."""
    config = CONFIG.replace("content/id", "isi/id").format(en_folder="    contentDir: isi/en\n")
    readme = "# Catatan\n\nSumber situs catatan; jalankan `hugo` untuk membangunnya.\n"
    members = {"hugo.yaml": config, "README.md": readme, "isi/id/blog/apa-itu-hugo.md": FILES["content/id/blog/apa-itu-hugo.md"]}
    report = IngestReport()
    documents = {document.id: document for document in read_documents([str(zip_of(members, tmp_path / "situs.zip", "situs/"))], IngestOptions(), report)}
    assert {doc_id: document.url for doc_id, document in documents.items()} == {"situs.zip!/situs/isi/id/blog/apa-itu-hugo.md": "https://catatan.contoh.id/blog/apa-itu-hugo/"}
    assert report.skipped[OUTSIDE_HUGO_CONTENT] == 1
