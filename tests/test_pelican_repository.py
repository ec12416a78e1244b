"""A Pelican site's whole repository: only the files of its content folder (``PATH``) are
pages; its README, theme templates, plugins (and their test sites) and a built ``output/``
committed beside the sources are not, in a folder and in a zip alike."""

import shutil
from pathlib import Path

from arsip.ingest.pipeline import OUTSIDE_PELICAN_CONTENT

from .conftest import read_by_id, zip_of

REPOSITORY = Path(__file__).parent / "data" / "pelican-repo"
#: The pages of the repository: its content folder's articles and pages.
PAGES = {"content/kegiatan/kerja-bakti.rst", "content/posyandu.md", "content/pages/kontak.md"}
#: Its files outside the content folder that arsip reads or judges by their content (text,
#: Markdown, reST, HTML, a feed, a file without extension): none is a page of the site.
OUTSIDE = {
    "README.md", "Makefile", "themes/sederhana/README.md", "themes/sederhana/templates/base.html",
    "themes/sederhana/templates/index.html", "plugins/baca_waktu/README.md", "pelican-plugins/i18n_subsites/README.rst",
    "pelican-plugins/i18n_subsites/test_data/content/testing.md", "output/index.html", "output/kerja-bakti-rt05.html",
    "output/pages/kontak-pengurus.html", "output/feeds/all.atom.xml",
}


def test_only_the_content_folder_gives_documents():
    documents, report = read_by_id(REPOSITORY)
    assert set(documents) == PAGES
    assert report.skipped[OUTSIDE_PELICAN_CONTENT] == len(OUTSIDE)
    assert documents["content/kegiatan/kerja-bakti.rst"].url == "https://rt05.contoh.id/kerja-bakti-rt05.html"
    assert not any(document.problems for document in documents.values())
    assert report.failed == 0


def test_a_zip_of_the_repository_reads_the_same_pages(tmp_path):
    documents, report = read_by_id(zip_of(REPOSITORY, tmp_path / "warta.zip", "warta/"))
    assert set(documents) == {f"warta.zip!/warta/{page}" for page in PAGES}
    assert report.skipped[OUTSIDE_PELICAN_CONTENT] == len(OUTSIDE)


def test_the_content_folder_given_alone_gives_the_same_pages():
    documents, _ = read_by_id(REPOSITORY / "content")
    assert set(documents) == {page.removeprefix("content/") for page in PAGES}


def test_a_site_whose_content_folder_holds_no_file_reads_its_root(tmp_path):
    """PATH left at its default (``content``) without that folder: the site is built from
    another folder (``pelican .``), so every file may be a page, as before."""
    site = tmp_path / "catatan"
    site.mkdir()
    (site / "pelicanconf.py").write_text("SITENAME = 'Catatan Desa'\nSITEURL = 'https://catatan.contoh.id'\n", encoding="utf-8")
    (site / "panen-raya.md").write_text("Title: Panen Raya\nDate: 2023-04-05\n\nWarga memanen padi bersama.\n", encoding="utf-8")
    documents, report = read_by_id(site)
    assert set(documents) == {"panen-raya.md"}
    assert report.skipped[OUTSIDE_PELICAN_CONTENT] == 0


def test_a_content_folder_the_configuration_names_is_the_one_read(tmp_path):
    site = tmp_path / "situs"
    shutil.copytree(REPOSITORY, site)
    config = site / "pelicanconf.py"
    config.write_text(config.read_text(encoding="utf-8").replace("PATH = 'content'", "PATH = 'tulisan'"), encoding="utf-8")
    (site / "content").rename(site / "tulisan")
    documents, _ = read_by_id(site)
    assert set(documents) == {page.replace("content/", "tulisan/", 1) for page in PAGES}
