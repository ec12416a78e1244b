"""A home page written by hand that is only a list of links to the site's pages (a line of
welcome at most) is a list page, as a generator's list pages are: left out and counted, as "not a document: a
list of links to the site's pages", kept with ``--include-all``. A short page with a row of links above its own text (a menu bar
written by hand, however many words its links have besides the page's own), or a list of them before its first heading or in
its header (a theme's menu), and a page of
links to other sites or to files, are documents. A link naming a whole address is to the site's
page when it is on the site's host: the page's own (its canonical link), or the one its site's
``CNAME`` or configuration names, or the crawler's host folder it lies in; an article with links
to the site's pages and to other sites among its own text stays a document."""

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


def test_whole_addresses_on_the_host_its_cname_names_are_the_sites_pages():
    documents, report = read_by_id(LINK_HOME / "cname")
    assert sorted(documents) == ["berita/kerja-bakti/index.html", "berita/sumber-air/index.html"]
    assert report.skipped[LINK_LIST_PAGE] == 1
    assert "Organisasi Kesehatan Dunia" in documents["berita/kerja-bakti/index.html"].text  # (an article's links are its text)


def test_whole_addresses_on_the_host_its_configuration_names_are_the_sites_pages(tmp_path):
    (tmp_path / "_config.yml").write_text('title: Catatan Warga\nurl: "https://rt05.sukamaju.desa.id"\n', encoding="utf-8")
    (tmp_path / "index.html").write_bytes((LINK_HOME / "cname" / "index.html").read_bytes())
    documents, report = read_by_id(tmp_path)
    assert not documents and report.skipped[LINK_LIST_PAGE] == 1


def test_whole_addresses_on_the_host_of_the_mirrors_folder_are_the_sites_pages():
    documents, report = read_by_id(LINK_HOME / "cermin")
    assert not documents and report.skipped == {LINK_LIST_PAGE: 1}


def test_whole_addresses_on_an_unknown_host_are_another_sites(tmp_path):
    (tmp_path / "index.html").write_bytes((LINK_HOME / "cname" / "index.html").read_bytes())
    documents, report = read_by_id(tmp_path)
    assert sorted(documents) == ["index.html"] and not report.skipped


def test_a_short_page_under_a_row_of_links_is_a_document_and_a_home_page_of_links_below_one_a_list_page():
    documents, report = read_by_id(LINK_HOME / "baris")
    assert sorted(documents) == ["kerja-bakti.html", "posyandu.html"]
    assert "Posyandu balita dibuka Sabtu pukul delapan pagi." in documents["posyandu.html"].text
    assert "Kerja bakti hari Minggu pagi." in documents["kerja-bakti.html"].text  # (its row: a table's, one link a cell)
    assert report.skipped == {LINK_LIST_PAGE: 1}  # (index.html: its list of three links, below the row)


def test_a_short_page_under_a_list_of_menu_links_is_a_document_and_a_home_page_of_links_beside_one_a_list_page():
    documents, report = read_by_id(LINK_HOME / "menu")
    assert sorted(documents) == ["pasar.html", "ronda.html", "sampah.html"]  # (a list in its header; before its heading; after its <header>'s title)
    assert "Ronda malam dimulai pukul sepuluh." in documents["ronda.html"].text
    assert "Pasar desa buka setiap Kamis." in documents["pasar.html"].text
    assert report.skipped == {LINK_LIST_PAGE: 1}  # (index.html: its list of three links after its heading, in a <div>)
