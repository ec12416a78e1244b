"""A Docsify site (tests/data/sites/docsify): its pages read as Docsify shows them, at the
routes it shows them at, its app page and navigation files left out."""

import shutil

from arsip.index.build import index_paths
from arsip.index.inspect import get_records
from arsip.ingest.pipeline import read_documents
from arsip.ingest.results import IngestOptions, IngestReport
from arsip.ingest.sites.docsify import APP_SKIPPED, docsify_markdown, docsify_site, runs_docsify

from .conftest import zip_of
from .test_sites import SITES

DOCSIFY = SITES / "docsify"
#: A Docsify site without a sidebar: its app page alone tells its generator.
SAMPLED_DOCSIFY = SITES.parent / "sampled-sites" / "repo-main" / "panduan"
HOST = "https://dokumen.sidesa.id/"


def _documents(path, report=None):
    return {document.id: document for document in read_documents([str(path)], IngestOptions(), report if report is not None else IngestReport())}


def test_the_pages_are_at_their_routes_and_the_navigation_is_no_page():
    report = IngestReport()
    documents = _documents(DOCSIFY, report)
    assert {key: (document.generator, document.title, document.url) for key, document in documents.items()} == {
        "README.md": ("docsify", "SIDesa", HOST + "#/"),  # the home page, its heading without :id=
        "panduan/README.md": ("docsify", "Panduan", HOST + "#/panduan/"),
        "panduan/pemasangan.md": ("docsify", "Pemasangan", HOST + "#/panduan/pemasangan"),
        "_media/catatan-server.md": ("docsify", "catatan", HOST + "#/_media/catatan-server"),  # (an embedded file is a page too)
    }
    assert report.skipped[APP_SKIPPED] == 1
    assert report.skipped["Docsify's sidebar (_sidebar.md): the site's navigation, not a page"] == 1
    assert report.skipped["Docsify's navbar (_navbar.md): the site's navigation, not a page"] == 1
    assert report.skipped["Docsify's cover page (sampul.md): shown over the home page, not a page"] == 1  # (coverpage: 'sampul.md')
    assert report.generators == {str(DOCSIFY): "docsify"}
    assert not any(document.problems for document in documents.values())


def test_tips_options_and_ignore_tags_are_not_text():
    documents = _documents(DOCSIFY)
    home, guide = documents["README.md"].text, documents["panduan/README.md"].text
    assert home == (
        "SIDesa\n\nSistem Informasi Desa membantu perangkat desa mencatat data penduduk.\n\nDokumentasi ini untuk versi 3 aplikasi.\n\n"
        "Logo SIDesa\n\nMulai dari panduan pemasangan atau unduh rilis."
    )
    assert "Daftar isi\n" in guide and "docsify-ignore" not in guide


def test_embedded_files_are_read_in_place_and_code_stays_as_written():
    text = _documents(DOCSIFY)["panduan/pemasangan.md"].text
    assert text.startswith("Pemasangan\n\nCadangkan basis data sebelum memperbarui aplikasi.\n\nKebutuhan server\n\n")
    assert "MySQL.\n\nGunakan zona waktu Asia/Jakarta pada server.\n\nKonfigurasi" in text  # the Markdown file, its front matter gone
    assert "basis data:\n\nconst basisData = { host: 'localhost', nama: 'sidesa' };\n\nTulis" in text  # the fragment, as code
    assert "Video pemasangan" not in text and "judul" not in text and "Catatan" not in text
    assert "Tulis ?> kiat atau [x](a.md ':include') untuk" in text and "?> Kiat di dalam kode tetap tertulis." in text


def test_an_embed_that_cannot_be_read_is_named(tmp_path):
    site = tmp_path / "situs"
    shutil.copytree(DOCSIFY, site)
    (site / "README.md").write_text("# Beranda\n\n[Catatan](hilang.md ':include')\n\nTeks beranda.\n", encoding="utf-8")
    home = _documents(site)["README.md"]
    assert home.text == "Beranda\n\nTeks beranda."
    assert [problem.reason for problem in home.problems] == ["[…](hilang.md ':include') is not read: not a file inside the input root on disk"]
    archive = tmp_path / "situs.zip"
    zip_of(site, archive, "situs/")
    guide = _documents(archive)["situs.zip!/situs/panduan/pemasangan.md"]
    assert guide.generator == "docsify" and "Gunakan zona waktu" not in guide.text
    assert guide.url == HOST + "#/panduan/pemasangan"  # (the archive's CNAME)
    assert [problem.reason for problem in guide.problems] == [
        "2 file(s) embedded with ':include' are not read into this page: ../_media/catatan-server.md, ../_media/konfigurasi.js"
    ]


def test_a_docs_folder_with_a_sidebar_is_a_site_of_its_own(tmp_path):
    shutil.copytree(DOCSIFY, tmp_path / "docs")
    (tmp_path / "README.md").write_text("# SIDesa\n\nKode sumber aplikasi.\n", encoding="utf-8")
    report = IngestReport()
    documents = _documents(tmp_path, report)
    assert report.generators == {str(tmp_path): "markdown", str(tmp_path / "docs"): "docsify"}
    assert documents["docs/panduan/README.md"].url == HOST + "#/panduan/"
    assert documents["README.md"].generator == "markdown"


def test_an_app_page_alone_names_the_site_and_its_router_mode_places_pages(tmp_path):
    (tmp_path / "index.html").write_text(
        "<html><body><div id=app></div><script>window.$docsify = {routerMode: 'history', homepage: 'beranda.md'}</script>"
        '<script src="//cdn.jsdelivr.net/npm/docsify/lib/docsify.min.js"></script></body></html>',
        encoding="utf-8",
    )
    (tmp_path / "CNAME").write_text("Warta.Desa.id\n", encoding="utf-8")
    (tmp_path / "beranda.md").write_text("# Beranda\n\nSelamat datang.\n", encoding="utf-8")
    (tmp_path / "berita").mkdir()
    (tmp_path / "berita" / "panen raya.md").write_text("# Panen raya\n\nPanen padi melimpah.\n", encoding="utf-8")
    documents = _documents(tmp_path)
    assert {key: (document.generator, document.url) for key, document in documents.items()} == {
        "beranda.md": ("docsify", "https://warta.desa.id/"),
        "berita/panen raya.md": ("docsify", "https://warta.desa.id/berita/panen%20raya"),
    }


def test_a_base_path_or_a_computed_setting_leaves_the_pages_without_url(tmp_path):
    shutil.copytree(DOCSIFY, tmp_path / "situs")
    app = tmp_path / "situs" / "index.html"
    base = "https://raw.githubusercontent.com/desa/panduan/main/"
    app.write_text(app.read_text(encoding="utf-8").replace("subMaxLevel: 2,", f"basePath: '{base}',"), encoding="utf-8")
    home = _documents(tmp_path / "situs")["README.md"]
    assert home.url is None
    assert [problem.reason for problem in home.problems] == [f"the site's index.html loads its pages from basePath '{base}': where Docsify shows its pages is not known"]
    site = docsify_site("<script>window.$docsify = {basePath: '/dokumen/'}</script>")[0]  # (the host's root: the site's folder at its CNAME's address)
    assert (site.base, site.place("dokumen/panduan/mulai.md"), site.place("README.md")) == ("dokumen", "#/panduan/mulai", None)
    site = docsify_site("<script>window.$docsify = {basePath: 'dokumen/', routerMode: 'history'}</script>")[0]
    assert site.place("dokumen/README.md") is None and site.unread == "the site's index.html loads its pages from basePath 'dokumen/': where Docsify shows its pages is not known"
    site, lang = docsify_site("<script>window.$docsify = {routerMode: mode}</script>")
    assert site.unread == "the site's index.html computes routerMode: where Docsify shows its pages is not known" and lang is None


def test_only_docsify_s_markup_goes():
    body = "?> Kiat\nlanjutan ?> tetap\n\n!>Peringatan\n\n# Judul :tada: :id=judul\n?> Di bawah judul\n\n![a](b.png \"Foto desa :size=10%\") [c](d.md ':disabled')\n"
    assert docsify_markdown(body) == "Kiat\nlanjutan ?> tetap\n\nPeringatan\n\n# Judul :tada:\nDi bawah judul\n\n![a](b.png \"Foto desa\") [c](d.md)\n"


def test_an_index_reads_the_site_again_when_its_app_page_moves_its_pages(tmp_path):
    site = tmp_path / "situs"
    shutil.copytree(DOCSIFY, site)
    directory = tmp_path / "indeks"
    index_paths(directory, [str(site)])
    app = site / "index.html"
    app.write_text(app.read_text(encoding="utf-8").replace("subMaxLevel: 2,", "routerMode: 'history',"), encoding="utf-8")
    report = index_paths(directory, [str(site)])
    assert report.reread == {str(site): "the Docsify site's pages and routes (its index.html: homepage, routerMode, basePath, navigation files) changed"}
    assert [record["url"] for record in get_records(directory, "panduan/pemasangan.md")] == [HOST + "panduan/pemasangan"]


def test_a_folder_whose_app_page_comes_after_two_hundred_files_is_docsify(tmp_path):
    """Its own ``index.html`` tells the generator however many files come before it in the
    sample of the folder's files (sorted: ``a-…`` before ``index.html``), as in an archive."""
    site = tmp_path / "panduan"
    shutil.copytree(SAMPLED_DOCSIFY, site)
    for number in range(210):
        (site / f"a-{number:03d}.md").write_text(f"# Layanan {number}\n\nWarga mengurus surat di kantor desa.\n", encoding="utf-8")
    report = IngestReport()
    documents = _documents(site, report)
    assert report.generators == {str(site): "docsify"}
    assert documents["layanan/kartu-keluarga.md"].generator == "docsify"


#: A mirror's pages about Docsify: its configuration and script quoted as text (a code
#: block, a comment, a JSON-LD block), none of them run.
QUOTING_MIRROR = {
    "index.html": (
        "<html lang='id'><head><title>Blog Desa</title>"
        '<script type="application/ld+json">{"@type": "BlogPosting", "articleBody": "Tulis window.$docsify = {} di index.html"}</script>'
        "<!-- <script src=\"//cdn.jsdelivr.net/npm/docsify@4\"></script> --></head>"
        "<body><h1>Blog Desa</h1><p>Kabar dari desa.</p></body></html>"
    ),
    "blog/mencoba-docsify/index.html": (
        "<html lang='id'><head><title>Mencoba Docsify</title></head><body><article><h1>Mencoba Docsify</h1>"
        "<p>Situs dokumentasi desa cukup dengan satu halaman:</p>"
        "<pre><code>&lt;script&gt;window.$docsify = { loadSidebar: true }&lt;/script&gt;\n"
        '&lt;script src="//cdn.jsdelivr.net/npm/docsify@4"&gt;&lt;/script&gt;</code></pre></article></body></html>'
    ),
}


def test_a_page_quoting_docsify_s_script_does_not_make_a_mirror_docsify(tmp_path):
    """Only a script the browser runs counts: a mirror given directly, or zipped, is HTML."""
    for path, text in QUOTING_MIRROR.items():
        (tmp_path / "situs" / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "situs" / path).write_text(text, encoding="utf-8")
    zip_of(tmp_path / "situs", tmp_path / "situs.zip", "situs/")
    for root in (tmp_path / "situs", tmp_path / "situs.zip"):
        report = IngestReport()
        documents = _documents(root, report)
        assert {key.split("!/")[-1]: document.generator for key, document in documents.items()} == {
            f"{'situs/' if root.suffix else ''}{path}": "html" for path in QUOTING_MIRROR
        }
        assert report.generators == {str(root): "html"} and APP_SKIPPED not in report.skipped
    assert runs_docsify('<script type="module">window.$docsify = {}</script>')  # (a module runs)
