"""Built HTML sites: a Sphinx build is read as its pages, without the copies of their
sources and the pages Sphinx generates; a site's 404 page is not a document."""

import shutil
from pathlib import Path

import pytest

from arsip.ingest.formats import BUILT_SITE_SKIPPED, CRAWLER_LOG
from arsip.ingest.pipeline import ingest_bytes
from arsip.ingest.readers.html import HTTRACK_INDEX, NOT_FOUND_PAGE
from arsip.ingest.sources import SAVED_PAGE_FILES
from arsip.ingest.sites.sphinx.build import BESIDE_SOURCES, COPIED_SOURCE, GENERATED

from .conftest import read_by_id, zip_of

BUILD = Path(__file__).parent / "data" / "sphinx-build"


@pytest.mark.parametrize("where", ["folder", "inside-a-repository", "archive"])
def test_a_sphinx_build_is_read_as_its_pages_without_the_copies_of_their_sources(tmp_path, where):
    prefix = ""
    if where == "folder":
        root = BUILD
    elif where == "inside-a-repository":  # a gh-pages build kept in docs/ beside the project's README
        shutil.copytree(BUILD, tmp_path / "docs")
        (tmp_path / "README.md").write_text("# Desa Digital\n\nAplikasi pencatatan data desa.\n", encoding="utf-8")
        root, prefix = tmp_path, "docs/"
    else:
        root = tmp_path / "dokumentasi.zip"
        zip_of(BUILD, root, "html/")
        prefix = "dokumentasi.zip!/html/"
    documents, report = read_by_id(root)
    pages = {prefix + "index.html", prefix + "panduan/unggah.html"}
    assert pages <= set(documents) and not any("_sources" in name or "index.html" in name and name not in pages for name in documents)
    assert {documents[page].generator for page in pages} == {"html"}
    page = documents[prefix + "panduan/unggah.html"]
    assert page.title == "Mengunggah Data Penduduk"
    assert page.text == "Mengunggah Data Penduduk\n\nSiapkan berkas penduduk.csv dari kantor kecamatan, lalu jalankan:\n\narsip-desa unggah penduduk.csv"
    assert report.skipped[COPIED_SOURCE] == 2  # _sources/index.rst.txt, _sources/panduan/unggah.rst.txt
    assert report.skipped[GENERATED] == 4  # genindex.html, search.html, py-modindex.html, _static/catatan-tema.txt


def test_without_build_information_the_copies_are_read():
    """A folder without ``.buildinfo`` may be anyone's: nothing in it is left out."""
    documents, _ = read_by_id(BUILD / "_sources")
    assert sorted(documents) == ["index.rst.txt", "panduan/unggah.rst.txt"]


@pytest.mark.parametrize("name", ["404.html", "en/404.html"])
def test_a_sites_not_found_page_is_not_a_document(name):
    page = (
        "<html><head><title>Halaman tidak ditemukan - Kabar Desa</title></head><body><main><h1>404</h1>"
        "<p>Maaf, halaman yang Anda cari tidak ada. Kembali ke beranda.</p></main></body></html>"
    )
    result = ingest_bytes(page.encode("utf-8"), name, name)
    assert result.documents == [] and result.left_out == {NOT_FOUND_PAGE: 1}


def test_an_icon_fonts_glyph_is_not_text():
    """Material for MkDocs 2–4 wrote its "Edit this page" icon as a private use character;
    a Font Awesome glyph typed into a sentence shows an icon, not a letter."""
    page = (
        "<html><head><title>Konfigurasi Peladen Web - Basis Pengetahuan</title></head><body>"
        "<div class='md-sidebar'><nav class='md-nav'><a href='../'>Beranda</a></nav></div><div class='md-content'>"
        "<article class='md-content__inner md-typeset'><a href='https://contoh.id/edit/web.md' title='Edit this page' "
        "class='md-icon md-content__icon'>&#xE3C9;</a><h1>Konfigurasi Peladen Web</h1>"
        "<p>Pasang Nginx lalu buka <span class='fa'>&#xf015;</span> beranda panel desa.</p>"
        "<p>Gunakan huruf Jawa \ua9a0\ua9b8 bila perlu.</p></article></div></body></html>"
    )
    (document,) = ingest_bytes(page.encode("utf-8"), "web/index.html", "web/index.html").documents
    assert document.text == "Konfigurasi Peladen Web\n\nPasang Nginx lalu buka beranda panel desa.\n\nGunakan huruf Jawa \ua9a0\ua9b8 bila perlu."


def test_a_jupyter_books_top_bar_contents_and_page_links_are_not_text():
    """Jupyter Book 0.8 (sphinx-book-theme) puts its download and edit buttons, the page's
    table of contents and the links to the previous and next pages inside ``<main>``."""
    chapters = "".join(f"<li class='toctree-l1'><a href='bab{n}.html'>Bab {n}: pengelolaan data spasial desa</a></li>" for n in range(30))
    page = (
        "<html><head><title>Basisdata Spasial &#8212; Panduan SIG Desa</title></head><body><div class='container-xl'><div class='row'>"
        f"<div class='col-12 col-md-3 bd-sidebar site-navigation show' id='site-navigation'><nav class='bd-links'><ul>{chapters}</ul></nav></div>"
        "<main class='col py-md-3 pl-md-4 bd-content overflow-auto' role='main'>"
        "<div class='row topbar fixed-top container-xl'><div class='col pl-2 topbar-main'>"
        "<button class='btn btn-secondary topbarbtn' title='Download source file'>.md</button>"
        "<button class='btn btn-secondary topbarbtn' title='Print to PDF'>.pdf</button>"
        "<a class='edit-button' href='https://contoh.id/edit/spasial.md'><button class='btn btn-secondary topbarbtn'>suggest edit</button></a></div>"
        "<div class='d-none d-md-block col-md-2 bd-toc show'><div class='tocsection onthispage pt-5 pb-3'>Contents</div>"
        "<nav id='bd-toc-nav'><ul><li><a href='#kueri'>Kueri Spasial</a></li></ul></nav></div></div>"
        "<div id='main-content' class='row'><div class='col-12 col-md-9'><div class='section' id='basisdata-spasial'>"
        "<h1>Basisdata Spasial<a class='headerlink' href='#basisdata-spasial'>¶</a></h1>"
        "<p>Basisdata spasial menyimpan batas dusun dan letak fasilitas desa.</p>"
        "<div class='section' id='kueri'><h2><a class='toc-backref' href='#id1'>Kueri Spasial</a></h2>"
        "<p>Kueri memilih fasilitas di dalam batas dusun.</p></div></div></div></div>"
        "<div class='prev-next-bottom'><a class='left-prev' href='pengantar.html'>Pengantar Basisdata Relasional</a>"
        "<a class='right-next' href='geoserver.html'>Publikasi Data dengan Geoserver</a></div>"
        "<footer class='footer mt-5 mt-md-0'><p>By Tim SIG Desa<br/>&copy; Copyright 2020.</p></footer></main></div></div></body></html>"
    )
    (document,) = ingest_bytes(page.encode("utf-8"), "sesi2/spasial.html", "sesi2/spasial.html").documents
    assert document.title == "Basisdata Spasial"
    assert document.text == (
        "Basisdata Spasial\n\nBasisdata spasial menyimpan batas dusun dan letak fasilitas desa.\n\n"
        "Kueri Spasial\n\nKueri memilih fasilitas di dalam batas dusun."
    )


def test_gitbooks_empty_search_results_are_not_text():
    """Every page of a GitBook 3 build holds, beside its content, the block its search
    fills in ("No results matching"); the book's summary, header and page arrows are
    outside the content."""
    page = (
        "<!DOCTYPE HTML><html lang='id'><head><meta charset='UTF-8'><title>Instalasi Nginx · Buku Panduan Server Desa</title>"
        "<meta name='generator' content='GitBook 3.2.3'><link rel='prev' href='pengantar.html' /></head><body><div class='book'>"
        "<div class='book-summary'><div id='book-search-input' role='search'><input type='text' placeholder='Ketik untuk mencari' /></div>"
        "<nav role='navigation'><ul class='summary'><li class='chapter' data-level='1.1'><a href='../'>Pengantar</a></li>"
        "<li class='chapter active' data-level='1.2'><a href='nginx.html'>Instalasi Nginx</a></li>"
        "<li><a href='https://www.gitbook.com' class='gitbook-link'>Published with GitBook</a></li></ul></nav></div>"
        "<div class='book-body'><div class='body-inner'><div class='book-header' role='navigation'><h1>"
        "<i class='fa fa-circle-o-notch fa-spin'></i><a href='..'>Instalasi Nginx</a></h1></div>"
        "<div class='page-wrapper' tabindex='-1' role='main'><div class='page-inner'><div id='book-search-results'>"
        "<div class='search-noresults'><section class='normal markdown-section'><h1 id='instalasi-nginx'>Instalasi Nginx</h1>"
        "<p>Pasang peladen web di komputer balai desa.</p><pre><code class='lang-bash'>sudo apt install nginx\n</code></pre>"
        "</section></div><div class='search-results'><div class='has-results'><h1 class='search-results-title'>"
        "<span class='search-results-count'></span> results matching \"<span class='search-query'></span>\"</h1>"
        "<ul class='search-results-list'></ul></div><div class='no-results'><h1 class='search-results-title'>"
        "No results matching \"<span class='search-query'></span>\"</h1></div></div></div></div></div></div>"
        "<a href='pengantar.html' class='navigation navigation-prev' aria-label='Previous page: Pengantar'>"
        "<i class='fa fa-angle-left'></i></a></div></div></body></html>"
    )
    (document,) = ingest_bytes(page.encode("utf-8"), "bab1/nginx.html", "bab1/nginx.html").documents
    assert document.title == "Instalasi Nginx"
    assert document.text == "Instalasi Nginx\n\nPasang peladen web di komputer balai desa.\n\nsudo apt install nginx"


def test_a_built_site_folder_beside_the_sources_is_counted_and_read_when_given(tmp_path):
    (tmp_path / "_config.yml").write_text("title: Kabar Desa\n", encoding="utf-8")
    (tmp_path / "_posts").mkdir()
    (tmp_path / "_posts" / "2020-08-01-rapat.md").write_text("---\ntitle: Rapat Warga\n---\nRapat warga membahas jalan desa.\n", encoding="utf-8")
    (tmp_path / "_site" / "2020" / "08" / "01").mkdir(parents=True)
    (tmp_path / "_site" / "2020" / "08" / "01" / "rapat.html").write_text(
        "<html><body><article><h1>Rapat Warga</h1><p>Rapat warga membahas jalan desa.</p></article></body></html>", encoding="utf-8"
    )
    documents, report = read_by_id(tmp_path)
    assert sorted(documents) == ["_posts/2020-08-01-rapat.md"]
    assert report.skipped[BUILT_SITE_SKIPPED] == 1
    documents, _ = read_by_id(tmp_path / "_site")
    assert sorted(documents) == ["2020/08/01/rapat.html"]


def test_a_built_site_folder_alone_is_read(tmp_path):
    """A GitHub Pages repository that keeps only its ``_site/`` (and its README, CNAME and
    ``.nojekyll``) has no other pages: the built ones are read."""
    (tmp_path / "README.md").write_text("# Kabar Desa\n\nSitus berita Desa Sukamaju.\n", encoding="utf-8")
    (tmp_path / "CNAME").write_text("kabar.sukamaju.desa.id\n", encoding="utf-8")
    (tmp_path / ".nojekyll").write_text("", encoding="utf-8")
    (tmp_path / "_site" / "2020" / "08" / "01").mkdir(parents=True)
    (tmp_path / "_site" / "2020" / "08" / "01" / "rapat.html").write_text(
        "<html><body><article><h1>Rapat Warga</h1><p>Rapat warga membahas jalan desa.</p></article></body></html>", encoding="utf-8"
    )
    documents, report = read_by_id(tmp_path)
    assert sorted(documents) == ["README.md", "_site/2020/08/01/rapat.html"]
    assert BUILT_SITE_SKIPPED not in report.skipped


def test_a_page_saved_by_a_browser_is_at_the_address_it_was_saved_from():
    saved = (
        "<!DOCTYPE html>\n<!-- saved from url=(0047)https://kabardesa.contoh.id/2019/03/rapat-warga/ -->\n"
        "<html lang='id'><head><meta http-equiv='Content-Type' content='text/html; charset=UTF-8'><title>Rapat Warga – Kabar Desa</title>"
        "<script src='./Rapat Warga – Kabar Desa_files/jquery.js'></script></head><body><article><h1>Rapat Warga</h1>"
        "<p>Warga membahas perbaikan jalan desa.</p></article></body></html>"
    )
    (document,) = ingest_bytes(saved.encode("utf-8"), "Rapat Warga – Kabar Desa.html", "Rapat Warga – Kabar Desa.html").documents
    assert document.url == "https://kabardesa.contoh.id/2019/03/rapat-warga/"
    canonical = saved.replace("</title>", "</title><link rel='canonical' href='https://kabardesa.contoh.id/rapat-warga/'>")
    (document,) = ingest_bytes(canonical.encode("utf-8"), "rapat.html", "rapat.html").documents
    assert document.url == "https://kabardesa.contoh.id/rapat-warga/"
    by_hand = saved.replace("(0047)https://kabardesa.contoh.id/2019/03/rapat-warga/", "(0014)about:internet")
    (document,) = ingest_bytes(by_hand.encode("utf-8"), "rapat.html", "rapat.html").documents
    assert document.url is None


def test_a_jupyter_books_logo_heading_names_the_book_not_the_page():
    """sphinx-book-theme writes the book's name as an ``<h1>`` inside the link to its home
    page, before the page's own ``<h1>``, on every page."""
    page = (
        "<!DOCTYPE html><html><head><meta charset='utf-8' /><title>Tugas 1 &#8212; Tugas Penambangan Data</title></head><body>"
        "<div class='bd-sidebar noprint' id='site-navigation'><div class='navbar-brand-box'><a class='navbar-brand text-wrap' href='../index.html'>"
        "<img src='../_static/logo.png' class='logo' alt='logo'><h1 class='site-logo' id='site-title'>Tugas Penambangan Data</h1></a></div>"
        "<nav class='bd-links'><ul><li><a href='#'>Tugas 1</a></li><li><a href='tugas2.html'>Tugas 2</a></li></ul></nav></div>"
        "<div class='col py-0 content-container'><main id='main-content' role='main'><section id='tugas-1'>"
        "<h1>Tugas 1<a class='headerlink' href='#tugas-1'>#</a></h1><p>Data penjualan koperasi desa dibaca dengan pandas.</p>"
        "</section></main></div></body></html>"
    )
    (document,) = ingest_bytes(page.encode("utf-8"), "tugas/tugas1.html", "tugas/tugas1.html").documents
    assert document.title == "Tugas 1"
    assert document.text == "Tugas 1\n\nData penjualan koperasi desa dibaca dengan pandas."


def test_a_sphinx_build_beside_its_projects_sources_is_not_read_again(tmp_path):
    """sphinx-quickstart's layout keeps the sources in ``source/`` and builds into
    ``build/html``: the built pages repeat the project's own."""
    (tmp_path / "docs" / "source").mkdir(parents=True)
    (tmp_path / "docs" / "source" / "conf.py").write_text("project = 'Panduan Desa Digital'\nhtml_theme = 'sphinx_rtd_theme'\n", encoding="utf-8")
    (tmp_path / "docs" / "source" / "index.rst").write_text(
        "Panduan Desa Digital\n====================\n\nPanduan ini menjelaskan cara perangkat desa mencatat data penduduk.\n", encoding="utf-8"
    )
    shutil.copytree(BUILD, tmp_path / "docs" / "build" / "html")
    documents, report = read_by_id(tmp_path)
    assert sorted(documents) == ["docs/source/index.rst"]
    # every file of the build, but searchindex.js: JavaScript is site code wherever it is
    assert report.skipped[BESIDE_SOURCES] == sum(1 for path in BUILD.rglob("*") if path.is_file() and path.suffix != ".js")
    documents, _ = read_by_id(tmp_path / "docs" / "build" / "html")  # given itself, the build is read
    assert sorted(documents) == ["index.html", "panduan/unggah.html"]


def test_an_httrack_mirror_is_read_as_its_pages_at_the_addresses_they_were_mirrored_from():
    """HTTrack's mirror: its index of the mirror, its log and its cache are no pages; each
    page is at the address HTTrack's note names (``http://`` when the note has no scheme)."""
    documents, report = read_by_id(Path(__file__).parent / "data" / "httrack")
    assert {id: document.url for id, document in documents.items()} == {
        "desa-sukamaju/www.sukamaju.desa.id/berita/panen-raya.html": "https://www.sukamaju.desa.id/berita/panen-raya.html",
        "desa-sukamaju/www.sukamaju.desa.id/index.html": "http://www.sukamaju.desa.id/index.html",
    }
    assert report.skipped == {HTTRACK_INDEX: 1, CRAWLER_LOG: 1} and report.failures == []
    assert "HTTrack" not in documents["desa-sukamaju/www.sukamaju.desa.id/berita/panen-raya.html"].text


def test_the_files_a_browser_saved_with_a_page_are_part_of_it(tmp_path):
    """"Webpage, complete" keeps a page's frames in ``Page_files/``: a like button is no page."""
    page = tmp_path / "Rapat Warga – Kabar Desa.html"
    page.write_text(
        "<!DOCTYPE html>\n<!-- saved from url=(0047)https://kabardesa.contoh.id/2019/03/rapat-warga/ -->\n<html><head><title>Rapat Warga</title></head>"
        "<body><article><h1>Rapat Warga</h1><p>Warga membahas perbaikan jalan desa.</p></article></body></html>",
        encoding="utf-8",
    )
    files = tmp_path / "Rapat Warga – Kabar Desa_files"
    files.mkdir()
    (files / "saved_resource.html").write_text(
        "<html><head><title>Facebook</title></head><body><p>Anda dan 1.234 orang lainnya menyukai ini.</p></body></html>", encoding="utf-8"
    )
    (tmp_path / "arsip_files").mkdir()  # a folder of that name beside no page of its name is read
    (tmp_path / "arsip_files" / "laporan.html").write_text("<html><body><main><h1>Laporan</h1><p>Laporan tahunan desa.</p></main></body></html>", encoding="utf-8")
    documents, report = read_by_id(tmp_path)
    assert sorted(documents) == ["Rapat Warga – Kabar Desa.html", "arsip_files/laporan.html"]
    assert report.skipped == {SAVED_PAGE_FILES: 1}
