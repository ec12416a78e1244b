"""A print view a crawler saved under its query (Joomla's 7-judul?tmpl=component&print=1.html,
?print=1) is read as the print copy of the page at its address without that query: left out
when that page is read — in the run, or indexed before —, else the document at the page's
address with a problem naming it, so that its text, which may be the only copy of it, is kept."""

import shutil
from pathlib import Path

import pytest

from arsip.index.build import index_paths
from arsip.ingest.feed_copies import PRINT_COPY_KEPT, PRINT_COPY_OF_PAGE, place_address
from arsip.ingest.formats import QUERY_COPY, skip_reason

from .conftest import indexed_ids, indexed_without_a_file_then_with_it, read_by_id

MIRROR = Path(__file__).parent / "data" / "print-copies" / "query-names"
BERITA = "www.desa-makmur.id/index.php/berita"
NON_SEF = "desa-lestari.id/index.php?option=com_content&view=article&id=11&catid=8&Itemid=101"
#: A Joomla 1.5 site without search engine friendly addresses, its print links written as
#: Joomla 1.0's (``task=view``), and Joomla 1.0's print popups (``index2.php?…&pop=1&page=0``).
OLD_JOOMLA = Path(__file__).parent / "data" / "print-copies" / "joomla-lama" / "www.desa-sejahtera.id"
ARTICLE = "index.php?option=com_content&view=article&id=12&Itemid=3.html"


def test_print_views_whose_page_is_read_are_left_out_and_the_others_kept():
    documents, report = read_by_id(MIRROR)
    assert sorted(documents) == [
        f"{NON_SEF}.html",  # its print view adds &tmpl=component&print=1&layout=default&page=
        f"{BERITA}/7-panen-raya.html",
        f"{BERITA}/9-kerja-bakti?tmpl=component&print=1.html",  # its article is not in the mirror
    ]
    assert report.skipped == {PRINT_COPY_OF_PAGE: 2}
    assert {entry["id"]: entry["duplicate_of"].rsplit("query-names/", 1)[1] for entry in report.duplicates} == {
        f"{BERITA}/7-panen-raya?tmpl=component&print=1.html": f"{BERITA}/7-panen-raya.html",
        f"{NON_SEF}&tmpl=component&print=1&layout=default&page=.html": f"{NON_SEF}.html",
    }


def test_a_print_view_without_its_page_is_the_document_at_the_page_address():
    documents, _ = read_by_id(MIRROR)
    copy = documents[f"{BERITA}/9-kerja-bakti?tmpl=component&print=1.html"]
    assert copy.url == f"https://{BERITA}/9-kerja-bakti"
    assert "membersihkan saluran irigasi sepanjang dua kilometer" in copy.text
    assert copy.problems[0].reason == (
        f"{PRINT_COPY_KEPT}9-kerja-bakti (the page its own address names without the print view's query), read in its place: that page is not among the files read"
    )


def test_other_query_copies_are_still_skipped_by_name():
    assert skip_reason("cermin/index.html?tmpl=component&template=protostar&link=5d1e0c.html") == QUERY_COPY  # Joomla's e-mail form
    assert skip_reason("cermin/index.php?option=com_mailto&tmpl=component&template=protostar&link=5d1e0c.html") == QUERY_COPY  # the same, non-SEF
    assert skip_reason("cermin/2020/02/banjir/index.html?replytocom=12.html") == QUERY_COPY
    assert skip_reason("cermin/berita/7-panen?tmpl=component&print=1.html") is None
    assert skip_reason("cermin/index.html@p=14&print=1.html") is None


def _indexed_without_the_article_then_with_it(tmp_path: Path, source: Path, view_id: str, prepare=None) -> tuple[Path, Path]:
    """Index a copy of the mirror ``source`` (changed by ``prepare``, if given) without its
    article 7-panen-raya.html, then with it back: the print view ``view_id`` is indexed in
    the article's place, and goes when the article comes. The mirror and the index's folder."""
    mirror, directory = tmp_path / "cermin", tmp_path / "indeks"
    without, report = indexed_without_a_file_then_with_it(source, mirror, directory, f"{BERITA}/7-panen-raya.html", prepare)
    assert view_id in without
    assert report.removed == 1
    assert view_id not in indexed_ids(directory) and f"{BERITA}/7-panen-raya.html" in indexed_ids(directory)
    return mirror, directory


def test_an_index_of_the_print_view_and_then_of_its_page_ends_with_the_page(tmp_path):
    _indexed_without_the_article_then_with_it(tmp_path, MIRROR, f"{BERITA}/7-panen-raya?tmpl=component&print=1.html")


def test_an_index_of_the_page_and_its_print_view_keeps_the_view_when_the_page_goes(tmp_path):
    mirror, directory = tmp_path / "cermin", tmp_path / "indeks"
    shutil.copytree(MIRROR, mirror)
    index_paths(directory, [str(mirror)])
    assert f"{BERITA}/7-panen-raya?tmpl=component&print=1.html" not in indexed_ids(directory)
    (mirror / BERITA / "7-panen-raya.html").unlink()
    index_paths(directory, [str(mirror)])
    assert f"{BERITA}/7-panen-raya?tmpl=component&print=1.html" in indexed_ids(directory)


def _named(mirror: Path, name: str, tag: str) -> None:
    """Give the page ``name`` of ``mirror`` the head element ``tag``."""
    path = mirror / BERITA / name
    path.write_text(path.read_text(encoding="utf-8").replace("</title>", f"</title>\n\t{tag}", 1), encoding="utf-8")


ARTICLE_ADDRESS = f"https://{BERITA}/7-panen-raya"


@pytest.mark.parametrize(
    "name, tag",
    [
        ("7-panen-raya.html", f'<link href="{ARTICLE_ADDRESS}" rel="canonical">'),  # the article names its address, its print view none
        ("7-panen-raya?tmpl=component&print=1.html", f'<base href="{ARTICLE_ADDRESS}">'),  # the print view names it, its article none
    ],
)
def test_a_print_view_finds_its_page_by_its_file_whatever_address_either_names(tmp_path, name, tag):
    shutil.copytree(MIRROR, tmp_path / "cermin")
    _named(tmp_path / "cermin", name, tag)
    documents, report = read_by_id(tmp_path / "cermin")
    assert f"{BERITA}/7-panen-raya?tmpl=component&print=1.html" not in documents and report.skipped == {PRINT_COPY_OF_PAGE: 2}


def test_an_index_finds_the_page_of_a_print_view_by_its_file_in_either_order(tmp_path):
    canonical = f'<link href="{ARTICLE_ADDRESS}" rel="canonical">'
    mirror, directory = _indexed_without_the_article_then_with_it(
        tmp_path, MIRROR, f"{BERITA}/7-panen-raya?tmpl=component&print=1.html", lambda mirror: _named(mirror, "7-panen-raya.html", canonical)
    )
    view = mirror / BERITA / "7-panen-raya?tmpl=component&print=1.html"
    view.write_text(view.read_text(encoding="utf-8").replace("sembilan hektare", "sembilan hektar"), encoding="utf-8")
    index_paths(directory, [str(mirror)])  # the print view read again, its page unchanged in the index
    assert f"{BERITA}/7-panen-raya?tmpl=component&print=1.html" not in indexed_ids(directory)
    assert f"{BERITA}/7-panen-raya.html" in indexed_ids(directory)


HTTRACK = Path(__file__).parent / "data" / "print-copies" / "httrack"  # HTTrack names a page with a query 7-panen-raya4b1e.html


def test_a_print_view_httrack_saved_is_known_by_the_address_its_note_names():
    documents, report = read_by_id(HTTRACK)
    assert sorted(documents) == [f"{BERITA}/7-panen-raya.html", f"{BERITA}/9-kerja-bakti7c2d.html"]
    assert report.skipped == {PRINT_COPY_OF_PAGE: 1}
    copy = documents[f"{BERITA}/9-kerja-bakti7c2d.html"]
    assert copy.url == f"http://{BERITA}/9-kerja-bakti"
    assert copy.problems[0].reason.startswith(f"{PRINT_COPY_KEPT}http://{BERITA}/9-kerja-bakti (the page its own address names without the print view's query), read in its place")


def test_an_index_of_an_httrack_print_view_ends_with_its_page(tmp_path):
    _indexed_without_the_article_then_with_it(tmp_path, HTTRACK, f"{BERITA}/7-panen-raya4b1e.html")


def test_joomla_print_views_find_their_article_by_its_id_whatever_their_query_says():
    documents, report = read_by_id(OLD_JOOMLA)
    assert sorted(documents) == [ARTICLE, "index2.php?option=com_content&task=view&id=15&pop=1&page=0&Itemid=3.html"]  # article 15 is not in the mirror
    assert report.skipped == {PRINT_COPY_OF_PAGE: 2}
    assert {entry["id"]: entry["duplicate_of"].rsplit("/", 1)[1] for entry in report.duplicates} == {
        "index.php?option=com_content&task=view&id=12&Itemid=3&tmpl=component&print=1&page=.html": ARTICLE,
        "index2.php?option=com_content&task=view&id=12&pop=1&page=0&Itemid=3.html": ARTICLE,
    }
    popup = documents["index2.php?option=com_content&task=view&id=15&pop=1&page=0&Itemid=3.html"]
    assert popup.url == "https://www.desa-sejahtera.id/index.php?option=com_content&task=view&id=15&Itemid=3"  # (Joomla 1.0 shows the article at index.php)
    assert popup.problems[0].reason == (
        f"{PRINT_COPY_KEPT}index.php%3Foption=com_content&task=view&id=15&Itemid=3.html (the page its own address names without the print view's query),"
        " read in its place: that page is not among the files read"
    )


def test_a_joomla_article_is_known_by_its_component_and_id():
    place = place_address(f"/cermin/{ARTICLE}")
    assert place == place_address("/cermin/index.php?option=com_content&task=view&id=12:musyawarah-dusun&catid=3&Itemid=7.html")
    assert place != place_address("/cermin/index.php?option=com_weblinks&task=view&id=12&Itemid=3.html")  # another component's item 12
    assert place != place_address("/cermin/index.php?option=com_content&task=blogcategory&id=12&Itemid=3.html")  # category 12's list
    assert place != place_address("/cermin/index.php?option=com_content&view=article&id=125&Itemid=3.html")


def test_an_index_finds_the_article_of_a_joomla_print_popup_by_its_id(tmp_path):
    mirror, directory = tmp_path / "www.desa-sejahtera.id", tmp_path / "indeks"
    without, report = indexed_without_a_file_then_with_it(OLD_JOOMLA, mirror, directory, ARTICLE)
    assert len([file_id for file_id in without if "id=12&" in file_id]) == 1  # one of its two print views, in its place
    assert report.removed == 1
    assert indexed_ids(directory) == [ARTICLE, "index2.php?option=com_content&task=view&id=15&pop=1&page=0&Itemid=3.html"]


def test_a_joomla_print_popup_finds_its_article_indexed_before(tmp_path):
    mirror, views, directory = tmp_path / "www.desa-sejahtera.id", tmp_path / "tampilan", tmp_path / "indeks"
    shutil.copytree(OLD_JOOMLA, mirror)
    views.mkdir()
    for view in [path for path in mirror.iterdir() if path.name != ARTICLE]:
        view.rename(views / view.name)
    assert index_paths(directory, [str(mirror)]).added == 1
    for view in views.iterdir():
        view.rename(mirror / view.name)
    report = index_paths(directory, [str(mirror)])
    assert report.added == 1 and report.ingest.skipped == {PRINT_COPY_OF_PAGE: 2}  # (article 15's popup is added)


#: A Joomla 3 site without search engine friendly addresses whose pages name their own
#: address (``<base href>``), and the print view of its article 11 saved with its alias and
#: its parameters in another order.
JOOMLA_ADDRESSES = Path(__file__).parent / "data" / "print-copies" / "joomla-alamat"
ARTICLE_11 = "desa-lestari.id/index.php?option=com_content&view=article&id=11&catid=8&Itemid=101.html"
VIEW_11 = "desa-lestari.id/index.php?option=com_content&view=article&id=11:panen-raya&catid=8&tmpl=component&print=1&layout=default&page=&Itemid=101.html"


def test_a_print_view_indexed_after_its_article_finds_it_by_its_id(tmp_path):
    mirror, directory = tmp_path / "cermin", tmp_path / "indeks"
    shutil.copytree(JOOMLA_ADDRESSES, mirror)
    view = (mirror / VIEW_11).read_bytes()
    (mirror / VIEW_11).unlink()
    assert index_paths(directory, [str(mirror)]).added == 1
    (mirror / VIEW_11).write_bytes(view)
    report = index_paths(directory, [str(mirror)])
    assert (report.added, report.ingest.skipped) == (0, {PRINT_COPY_OF_PAGE: 1})
    assert indexed_ids(directory) == [ARTICLE_11]


def test_an_article_indexed_after_its_print_view_replaces_it(tmp_path):
    mirror, directory = tmp_path / "cermin", tmp_path / "indeks"
    without, report = indexed_without_a_file_then_with_it(JOOMLA_ADDRESSES, mirror, directory, ARTICLE_11)
    assert without == [VIEW_11] and report.removed == 1
    assert indexed_ids(directory) == [ARTICLE_11]
