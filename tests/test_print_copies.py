"""The print copy of an article (WP-Print's …/print/, an Indonesian CMS's /cetak/, Joomla's
?tmpl=component&print=1 saved by a crawler) whose canonical link names the article is not a
second document: left out and counted when the article is read — in the same run, or indexed
before —, and the document, with a problem naming the article, when it is not; a print
edition's own page (/cetak/… naming itself) is a page."""

import re
import shutil
from pathlib import Path

import pytest

from arsip.index.build import index_paths
from arsip.ingest.feed_copies import AMP_COPY_OF_PAGE, PRINT_COPY_KEPT, PRINT_COPY_OF_PAGE, PRINT_COPY_REPEATED

from .conftest import indexed_ids, indexed_without_a_file_then_with_it, read_by_id

SITE = Path(__file__).parent / "data" / "print-copies" / "situs"
HOST = "https://kabar.sukamaju.desa.id"
JOOMLA_PRINT = "index.php?option=com_content&view=article&id=12&tmpl=component&print=1.html"


def test_print_copies_of_articles_read_are_left_out_and_counted():
    documents, report = read_by_id(SITE)
    assert sorted(documents) == [
        "berita/cetak/musyawarah-desa.html",  # its article is not among the files
        "berita/panen-padi/index.html",
        "berita/posyandu-melati/index.html",
        "cetak/2024/05/halaman-1.html",  # the print edition's own page
    ]
    assert report.skipped == {PRINT_COPY_OF_PAGE: 2}
    assert {entry["id"]: entry["duplicate_of"].rsplit("situs/", 1)[1] for entry in report.duplicates} == {
        "berita/panen-padi/print/index.html": "berita/panen-padi/index.html",
        JOOMLA_PRINT: "berita/posyandu-melati/index.html",
    }
    assert not documents["cetak/2024/05/halaman-1.html"].problems


def test_a_print_copy_whose_article_is_not_read_is_the_document_with_a_problem():
    documents, _ = read_by_id(SITE)
    copy = documents["berita/cetak/musyawarah-desa.html"]
    assert copy.url == f"{HOST}/berita/musyawarah-desa/" and "jalan usaha tani sepanjang delapan ratus meter" in copy.text
    assert [problem.reason for problem in copy.problems] == [
        f"{PRINT_COPY_KEPT}{HOST}/berita/musyawarah-desa/ (the page its canonical link names), read in its place: that page is not among the files read"
        '; its title is the print copy\'s without "(versi cetak)"'
    ]


def test_of_an_amp_and_a_print_copy_of_a_missing_article_the_amp_copy_is_kept(tmp_path):
    site = tmp_path / "situs"
    shutil.copytree(SITE / "berita" / "panen-padi", site / "panen-padi")
    (site / "panen-padi" / "index.html").unlink()
    amp = (SITE / "berita" / "panen-padi" / "index.html").read_text(encoding="utf-8").replace('<html lang="id-ID">', '<html amp lang="id-ID">')
    (site / "panen-padi" / "amp").mkdir()
    (site / "panen-padi" / "amp" / "index.html").write_text(amp, encoding="utf-8")
    documents, report = read_by_id(site)
    assert sorted(documents) == ["panen-padi/amp/index.html"]
    assert report.skipped == {PRINT_COPY_REPEATED: 1}


def test_keep_duplicates_keeps_the_print_copies_too():
    documents, _ = read_by_id(SITE, keep_duplicates=True)
    assert len(documents) == 6


def test_an_index_of_the_print_copy_and_then_of_the_site_ends_with_the_article(tmp_path):
    directory = tmp_path / "indeks"
    first = index_paths(directory, [str(SITE / "berita" / "panen-padi" / "print")])
    assert first.added == 1 and indexed_ids(directory) == ["index.html"]
    second = index_paths(directory, [str(SITE / "berita")])
    assert second.removed == 1 and second.ingest.skipped == {PRINT_COPY_OF_PAGE: 1}
    assert "index.html" not in indexed_ids(directory) and "panen-padi/index.html" in indexed_ids(directory)


def test_the_print_copy_comes_back_when_its_article_goes(tmp_path):
    site, directory = tmp_path / "situs", tmp_path / "indeks"
    shutil.copytree(SITE, site)
    index_paths(directory, [str(site)])
    assert "berita/panen-padi/print/index.html" not in indexed_ids(directory)
    (site / "berita" / "panen-padi" / "index.html").unlink()
    index_paths(directory, [str(site)])
    assert "berita/panen-padi/print/index.html" in indexed_ids(directory) and "berita/panen-padi/index.html" not in indexed_ids(directory)


MIRROR = Path(__file__).parent / "data" / "print-copies" / "wget-k"


def test_copies_whose_canonical_link_wget_made_relative_are_found_by_the_file_it_names():
    documents, report = read_by_id(MIRROR)  # wget -k: href="../index.html" for the article's address
    assert sorted(documents) == ["www.kabar-sukamaju.id/berita/panen-padi/index.html"]
    assert report.skipped == {PRINT_COPY_OF_PAGE: 1, AMP_COPY_OF_PAGE: 1}


def test_without_the_article_its_amp_copy_is_kept_and_its_print_copy_counted(tmp_path):
    shutil.copytree(MIRROR, tmp_path / "cermin")
    (tmp_path / "cermin" / "www.kabar-sukamaju.id" / "berita" / "panen-padi" / "index.html").unlink()
    documents, report = read_by_id(tmp_path / "cermin")
    assert sorted(documents) == ["www.kabar-sukamaju.id/berita/panen-padi/amp/index.html"]
    assert report.skipped == {PRINT_COPY_REPEATED: 1}
    assert any(problem.reason.startswith("an AMP copy of ../index.html (the page") for problem in documents["www.kabar-sukamaju.id/berita/panen-padi/amp/index.html"].problems)


def test_an_index_removes_the_copies_of_a_wget_k_mirror_when_their_article_comes(tmp_path):
    mirror, directory = tmp_path / "cermin", tmp_path / "indeks"
    without, _ = indexed_without_a_file_then_with_it(MIRROR, mirror, directory, "www.kabar-sukamaju.id/berita/panen-padi/index.html")
    assert without == ["www.kabar-sukamaju.id/berita/panen-padi/amp/index.html"]
    assert indexed_ids(directory) == ["www.kabar-sukamaju.id/berita/panen-padi/index.html"]


@pytest.mark.parametrize(
    "title, mark",
    [
        ("Musyawarah Desa Jalan Usaha Tani (versi cetak)", "(versi cetak)"),
        ("Musyawarah Desa Jalan Usaha Tani - Versi Cetak", "- Versi Cetak"),
        ("Musyawarah Desa Jalan Usaha Tani | Print", "| Print"),
        ("Musyawarah Desa Jalan Usaha Tani – Cetak", "– Cetak"),
        ("Musyawarah Desa Jalan Usaha Tani [Printer Friendly Version]", "[Printer Friendly Version]"),
    ],
)
def test_a_print_copy_kept_in_its_article_place_is_titled_without_its_print_mark(tmp_path, title, mark):
    copy = (SITE / "berita" / "cetak" / "musyawarah-desa.html").read_text(encoding="utf-8")
    (tmp_path / "cetak").mkdir()
    (tmp_path / "cetak" / "musyawarah-desa.html").write_text(re.sub("<title>.*</title>", f"<title>{title}</title>", copy), encoding="utf-8")
    documents, _ = read_by_id(tmp_path)
    document = documents["cetak/musyawarah-desa.html"]
    assert document.title == "Musyawarah Desa Jalan Usaha Tani"
    assert document.problems[0].reason.endswith(f'read in its place: that page is not among the files read; its title is the print copy\'s without "{mark}"')


def test_a_print_copy_titled_as_its_article_gets_no_word_about_its_title(tmp_path):
    copy = (SITE / "berita" / "cetak" / "musyawarah-desa.html").read_text(encoding="utf-8")
    (tmp_path / "cetak").mkdir()
    (tmp_path / "cetak" / "musyawarah-desa.html").write_text(re.sub("<title>.*</title>", "<title>Musyawarah Desa Jalan Usaha Tani</title>", copy), encoding="utf-8")
    documents, _ = read_by_id(tmp_path)
    assert documents["cetak/musyawarah-desa.html"].problems[0].reason.endswith("that page is not among the files read")


def test_a_page_that_is_no_print_copy_keeps_a_title_ending_like_a_mark(tmp_path):
    page = (SITE / "berita" / "posyandu-melati" / "index.html").read_text(encoding="utf-8")
    (tmp_path / "layanan").mkdir()
    (tmp_path / "layanan" / "index.html").write_text(re.sub("<title>.*</title>", "<title>Layanan Cetak - Print</title>", page).replace("<h1>", "<h2>").replace("</h1>", "</h2>"), encoding="utf-8")
    documents, _ = read_by_id(tmp_path)
    assert documents["layanan/index.html"].title == "Layanan Cetak - Print"


def test_a_print_folder_given_as_the_input_is_a_print_copy_place():
    documents, _ = read_by_id(SITE / "berita" / "panen-padi" / "print")
    assert documents["index.html"].problems[0].reason.startswith(f"{PRINT_COPY_KEPT}{HOST}/berita/panen-padi/ (the page its canonical link names)")


ROOT_RELATIVE = Path(__file__).parent / "data" / "print-copies" / "root-relative"
ARTICLE = "www.kabar-sukamaju.id/berita/panen-padi/index.html"


def test_copies_whose_canonical_link_names_the_page_from_the_site_root_are_found_in_the_host_folder():
    documents, report = read_by_id(ROOT_RELATIVE)  # href="/berita/panen-padi/" in the article and both copies
    assert sorted(documents) == [ARTICLE]
    assert report.skipped == {PRINT_COPY_OF_PAGE: 1, AMP_COPY_OF_PAGE: 1}


def test_an_index_of_a_mirror_with_root_relative_canonical_links_ends_with_the_article_in_either_order(tmp_path):
    mirror, directory = tmp_path / "cermin", tmp_path / "indeks"
    without, report = indexed_without_a_file_then_with_it(ROOT_RELATIVE, mirror, directory, ARTICLE)
    assert without == ["www.kabar-sukamaju.id/berita/panen-padi/amp/index.html"]
    assert report.removed == 1
    assert indexed_ids(directory) == [ARTICLE]
    (mirror / ARTICLE).unlink()
    index_paths(directory, [str(mirror)])
    assert indexed_ids(directory) == ["www.kabar-sukamaju.id/berita/panen-padi/amp/index.html"]
