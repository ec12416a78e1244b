"""A home page written by hand that is only a list of links to the site's pages (a line of
welcome at most) is a list page, as a generator's list pages are: left out and counted, as "not a document: a
list of links to the site's pages", kept with ``--include-all``. A short page with a row of links above its own text, and a page of
links to other sites or to files, are documents."""

from arsip.ingest.screening import LINK_LIST_PAGE

from .conftest import DATA, read_by_id

LINK_HOME = DATA / "link-home"


def test_a_home_page_of_links_is_a_list_page():
    documents, report = read_by_id(LINK_HOME / "situs")
    assert sorted(documents) == ["berita/kerja-bakti.html", "kontak.html"]
    assert report.skipped == {LINK_LIST_PAGE: 1}
    assert LINK_LIST_PAGE == "not a document: a list of links to the site's pages"


def test_include_all_keeps_it_with_its_links_text():
    documents, _ = read_by_id(LINK_HOME / "situs", include_all=True)
    assert "Rapat warga membahas iuran keamanan" in documents["index.html"].text


def test_links_to_other_sites_and_to_files_are_the_page_s_own_text():
    documents, report = read_by_id(LINK_HOME / "tautan")
    assert "Badan Pusat Statistik" in documents["index.html"].text and not report.skipped
