"""The AMP copy of a page (WordPress' AMP plugin at ``…/amp/``, Hugo's ``amp`` output, an
``<html ⚡>`` page beside the post) is not a second document at the post's address: it is
left out and counted when its page is read — in the same run, or indexed before —, and is
the document, with a problem naming its page, when the page is not (a copy of the ``amp/``
folder alone, an export that lacks the page); an AMP page that names itself (an AMP-only
site's) is a page."""

import shutil
from pathlib import Path

from arsip.index.build import index_paths
from arsip.ingest.feed_copies import AMP_COPY_KEPT, AMP_COPY_OF_PAGE, AMP_COPY_REPEATED

from .conftest import indexed_ids, read_by_id

AMP = Path(__file__).parent / "data" / "amp-copies"
POST = AMP / "situs" / "2021" / "07" / "panen-jagung"
POST_URL = "https://sukamaju.desa.id/2021/07/panen-jagung/"


def test_the_amp_copies_of_a_post_are_left_out_and_counted():
    documents, report = read_by_id(AMP / "situs")
    assert sorted(documents) == ["2021/07/panen-jagung/index.html"]  # not amp/index.html nor panen-jagung.amp.html
    assert documents["2021/07/panen-jagung/index.html"].url == POST_URL
    assert report.skipped[AMP_COPY_OF_PAGE] == 2 and report.documents == 1


def test_the_amp_folder_alone_is_the_post_with_a_problem_naming_its_page():
    documents, report = read_by_id(POST / "amp")
    (copy,) = documents.values()
    assert copy.title == "Panen Jagung Kelompok Tani Maju" and copy.url == POST_URL
    assert "memanen jagung hibrida" in copy.text
    assert [problem.reason for problem in copy.problems] == [
        f"{AMP_COPY_KEPT}{POST_URL} (the page its canonical link names), read in its place: that page is not among the files read"
    ]
    assert not report.skipped


def test_of_two_amp_copies_of_a_missing_page_the_one_with_more_text_is_kept(tmp_path):
    site = tmp_path / "situs"
    shutil.copytree(AMP / "situs", site)
    (site / "2021" / "07" / "panen-jagung" / "index.html").unlink()
    documents, report = read_by_id(site)
    assert sorted(documents) == ["2021/07/panen-jagung/amp/index.html"]  # its text goes on past panen-jagung.amp.html's
    assert report.skipped == {AMP_COPY_REPEATED: 1}


def test_a_page_without_an_address_of_its_own_is_found_by_its_place():
    documents, report = read_by_id(AMP / "tanpa-kanonik")
    assert sorted(documents) == ["berita/rapat-warga/index.html"]
    assert report.skipped == {AMP_COPY_OF_PAGE: 1}


def test_keep_duplicates_keeps_the_amp_copies_too():
    documents, _ = read_by_id(AMP / "situs", keep_duplicates=True)
    assert len(documents) == 3


def test_an_index_of_the_amp_folder_and_then_of_the_site_ends_with_the_page(tmp_path):
    site, directory = tmp_path / "situs", tmp_path / "indeks"
    shutil.copytree(AMP / "situs", site)
    shutil.rmtree(site / "2021" / "07" / "panen-jagung" / "amp")  # (the copy indexed first is no exact copy of one read then)
    first = index_paths(directory, [str(POST / "amp")])
    assert first.added == 1 and indexed_ids(directory) == ["index.html"]
    second = index_paths(directory, [str(site)])
    assert (second.added, second.removed) == (1, 1) and second.ingest.skipped == {AMP_COPY_OF_PAGE: 1}
    assert indexed_ids(directory) == ["2021/07/panen-jagung/index.html"]


def test_an_index_of_the_site_and_then_of_the_amp_folder_ends_with_the_page(tmp_path):
    directory = tmp_path / "indeks"
    index_paths(directory, [str(AMP / "situs")])
    again = index_paths(directory, [str(POST / "amp")])
    assert again.added == 0 and again.ingest.skipped == {AMP_COPY_OF_PAGE: 1}
    assert indexed_ids(directory) == ["2021/07/panen-jagung/index.html"]


def test_the_amp_copy_comes_back_when_its_page_goes(tmp_path):
    site, directory = tmp_path / "situs", tmp_path / "indeks"
    shutil.copytree(AMP / "situs", site)
    index_paths(directory, [str(site)])
    assert indexed_ids(directory) == ["2021/07/panen-jagung/index.html"]
    (site / "2021" / "07" / "panen-jagung" / "index.html").unlink()
    index_paths(directory, [str(site)])
    assert indexed_ids(directory) == ["2021/07/panen-jagung/amp/index.html"]


def test_a_page_of_a_site_built_in_amp_only_is_read():
    documents, report = read_by_id(AMP / "amp-saja")
    (page,) = documents.values()
    assert page.title == "Jadwal Posyandu Bulan Agustus"
    assert page.url == "https://posyandu.sukamaju.desa.id/berita/posyandu/"
    assert not page.problems and not report.skipped


VIEWS = AMP / "tampilan-amp" / "sukamaju.desa.id"


def test_an_amp_view_a_crawler_saved_under_its_query_is_the_copy_of_its_page():
    """``index.html?amp=1.html`` (WordPress' AMP plugin's view, saved by wget) is left out for
    its page, and one whose page was not saved, naming no address, is kept at the page's."""
    documents, report = read_by_id(VIEWS)
    assert sorted(documents) == ["berita/kerja-bakti/index.html?amp.html", "berita/posyandu-balita/index.html"]
    assert report.skipped == {AMP_COPY_OF_PAGE: 1}
    alone = documents["berita/kerja-bakti/index.html?amp.html"]
    assert alone.title == "Kerja Bakti Membersihkan Saluran Irigasi" and alone.url == "https://sukamaju.desa.id/berita/kerja-bakti/"
    assert alone.problems[0].reason == (
        f"{AMP_COPY_KEPT}index.html (the page its own address names without the AMP view's query), read in its place: that page is not among the files read"
    )


def test_an_amp_view_saved_under_its_query_without_its_page_is_read_in_its_place(tmp_path):
    site = tmp_path / "sukamaju.desa.id"
    shutil.copytree(VIEWS, site)
    (site / "berita" / "posyandu-balita" / "index.html").unlink()
    documents, report = read_by_id(site)
    copy = documents["berita/posyandu-balita/index.html?amp=1.html"]
    assert copy.url == "https://sukamaju.desa.id/berita/posyandu-balita/" and "empat puluh balita" in copy.text
    assert [problem.reason for problem in copy.problems] == [
        f"{AMP_COPY_KEPT}https://sukamaju.desa.id/berita/posyandu-balita/ (the page its canonical link names), read in its place: that page is not among the files read"
    ]
    assert not report.skipped
