"""A Docusaurus site handed over as its whole repository (tests/data/docusaurus-repository):
only the folders Docusaurus publishes hold pages — its docs, blog and pages folders, a
plugin's own folder, translations, static files — and the rest (the repository's README and
CHANGELOG, ``.github/``, notes in ``src/components/``, a ``build/`` output committed by
mistake) is counted as outside them, not read. A blog post's authors are shown by the names
its blog's ``authors.yml`` gives their keys, a page's tags by the labels its tags file gives them. A Starlight site (tests/data/starlight-repository)
likewise has pages only in ``src/content/docs/``, ``src/pages/`` and ``public/``."""

import shutil

from arsip.ingest.formats import GITHUB_TEMPLATE
from arsip.ingest.pipeline import OUTSIDE_DOCUSAURUS_CONTENT, OUTSIDE_STARLIGHT_CONTENT, read_documents
from arsip.ingest.results import IngestOptions, IngestReport

from .conftest import zip_of
from .test_sites import SITES

REPOSITORY = SITES.parent / "docusaurus-repository"
BASE = "https://praktikum.kampus.ac.id/sda/"
#: Each page of the site: its id → its url.
PAGES = {
    "docs/materi/pengantar.md": BASE + "docs/materi/pengantar",
    "blog/2024-09-01-selamat-datang.md": BASE + "blog/2024/09/01/selamat-datang",
    "src/pages/asisten.md": BASE + "asisten",
    "i18n/en/docusaurus-plugin-content-docs/current/materi/pengantar.md": BASE + "en/docs/materi/pengantar",
    "static/unduhan/jadwal.html": None,
    "tugas/2024-09-20-tugas-pertama.md": None,  # a plugin of the site's own routes it
}
OUTSIDE = ("README.md", "CHANGELOG.md", "src/components/Beranda/README.md", "build/docs/materi/pengantar/index.html")
#: (.github/ISSUE_TEMPLATE/laporan-kesalahan.md is a GitHub template, in or out of the site: see test_github_templates)


def _read(path) -> tuple[dict, IngestReport]:
    report = IngestReport()
    documents = {document.id: document for document in read_documents([str(path)], IngestOptions(workers=1), report)}
    return documents, report


def test_only_the_folders_docusaurus_publishes_hold_pages():
    documents, report = _read(REPOSITORY)
    assert {key: document.url for key, document in documents.items()} == PAGES
    assert report.skipped[OUTSIDE_DOCUSAURUS_CONTENT] == len(OUTSIDE)
    assert report.skipped[GITHUB_TEMPLATE] == 1
    assert report.skipped["site code or configuration"] == 4  # docusaurus.config.js, blog/authors.yml, blog/tags.yml, docs/label.yml


def test_a_plugin_of_the_sites_own_keeps_its_folder_with_a_problem_naming_it():
    documents, report = _read(REPOSITORY)
    [problem] = documents["tugas/2024-09-20-tugas-pertama.md"].problems
    assert problem.field == "url" and problem.reason == (
        "docusaurus.config.js publishes tugas/ with a plugin of its own (./src/plugins/blog-plugin): where its code publishes those pages is not known"
    )
    assert report.with_problems == 1


def test_the_repository_zipped_reads_the_same(tmp_path):
    documents, report = _read(zip_of(REPOSITORY, tmp_path / "praktikum.zip", "praktikum-sda-main/"))
    assert {key.split("!/praktikum-sda-main/")[1]: document.url for key, document in documents.items()} == PAGES
    assert report.skipped[OUTSIDE_DOCUSAURUS_CONTENT] == len(OUTSIDE)


def test_a_blog_posts_authors_are_named_as_its_authors_file_names_them(tmp_path):
    """``authors: [asisten, budi, tamu]`` and ``blog/authors.yml``: a key the file does not
    name stays as written; in the zipped repository too."""
    names = ["Tim Asisten Struktur Data", "Budi Santoso", "tamu"]
    documents, _ = _read(REPOSITORY)
    assert documents["blog/2024-09-01-selamat-datang.md"].authors == names
    zipped, _ = _read(zip_of(REPOSITORY, tmp_path / "praktikum.zip", "praktikum-sda-main/"))
    assert zipped["praktikum.zip!/praktikum-sda-main/blog/2024-09-01-selamat-datang.md"].authors == names


def test_tags_are_labelled_as_the_tags_file_labels_them(tmp_path):
    """``tags: [praktikum, jadwal, pengumuman]`` and ``blog/tags.yml``: a key the file labels
    shows its label, one it lists without a label its key capitalized (as Docusaurus does),
    one it does not list stays as written; the docs' tags file is the one ``tags`` names."""
    blog = ["Praktikum Struktur Data", "Jadwal", "pengumuman"]
    documents, _ = _read(REPOSITORY)
    assert [tag.label for tag in documents["blog/2024-09-01-selamat-datang.md"].tags] == blog
    assert [tag.label for tag in documents["docs/materi/pengantar.md"].tags] == ["Bahasa Java"]
    zipped, _ = _read(zip_of(REPOSITORY, tmp_path / "praktikum.zip", "praktikum-sda-main/"))
    assert [tag.label for tag in zipped["praktikum.zip!/praktikum-sda-main/blog/2024-09-01-selamat-datang.md"].tags] == blog

def test_a_configuration_whose_plugins_are_not_known_reads_every_file(tmp_path):
    site = shutil.copytree(REPOSITORY, tmp_path / "situs")
    config = site / "docusaurus.config.js"
    config.write_text(config.read_text(encoding="utf-8").replace("{ id: 'tugas', path: 'tugas', routeBasePath: 'tugas' }", "opsiTugas"), encoding="utf-8")
    documents, report = _read(site)
    assert set(documents) == set(PAGES) | set(OUTSIDE)
    assert OUTSIDE_DOCUSAURUS_CONTENT not in report.skipped


def test_the_docs_folder_alone_is_read_whole():
    documents, _ = _read(REPOSITORY / "docs")
    assert list(documents) == ["materi/pengantar.md"]


def test_a_starlight_repository_has_pages_only_in_the_folders_it_publishes():
    documents, report = _read(SITES.parent / "starlight-repository")
    assert {key: document.url for key, document in documents.items()} == {
        "src/content/docs/panduan/mulai.md": "https://panduan.desa.id/panduan/mulai/",
        "public/unduhan/formulir.html": None,
    }
    assert report.skipped[OUTSIDE_STARLIGHT_CONTENT] == 3  # README.md, src/components/CATATAN.md, dist/ (astro build's output)
