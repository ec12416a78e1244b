"""A VuePress site (tests/data/sites/vuepress: the repository, its site in docs/): its pages
read as VuePress shows them, at the addresses it publishes them at."""

import shutil

from arsip.ingest.pipeline import read_documents
from arsip.ingest.results import IngestOptions, IngestReport
from arsip.ingest.sites.javascript.docs_sites import vuepress_site
from arsip.ingest.sites.vuepress import vuepress_markdown

from .conftest import zip_of
from .test_sites import SITES

VUEPRESS = SITES / "vuepress"
BASE = "https://sidesa.desa.id/dokumen/"


def _documents(path, report=None):
    return {document.id: document for document in read_documents([str(path)], IngestOptions(), report if report is not None else IngestReport())}


def test_the_docs_folder_is_a_vuepress_site_and_its_pages_are_at_their_addresses():
    report = IngestReport()
    documents = _documents(VUEPRESS, report)
    assert {key: (document.generator, document.title, document.url) for key, document in documents.items()} == {
        "README.md": ("markdown", "sidesa", None),  # the repository's, outside the site
        "docs/README.md": ("vuepress", "SIDesa", BASE),
        "docs/en/README.md": ("vuepress", "Guide", BASE + "en/"),
        "docs/panduan/README.md": ("vuepress", "Panduan", BASE + "panduan/"),
        "docs/panduan/pemasangan.md": ("vuepress", "Pemasangan", BASE + "panduan/pemasangan.html"),
    }
    assert report.generators == {str(VUEPRESS): "markdown", str(VUEPRESS / "docs"): "vuepress"}
    assert not any(document.problems for document in documents.values())


def test_the_home_page_shows_its_hero_actions_features_and_footer():
    assert _documents(VUEPRESS)["docs/README.md"].text == (
        "SIDesa\n\nData desa yang rapi dan terbuka\n\nMulai →\n\nData penduduk\n\nCatat kelahiran, kematian, dan perpindahan warga.\n\n"
        "Surat keterangan\n\nCetak surat pengantar dalam hitungan menit.\n\nDokumentasi ini untuk versi 3 aplikasi.\n\n"
        "Lisensi MIT | Hak cipta © 2024 Desa Digital"
    )


def test_vue_in_markdown_shows_what_the_page_shows():
    documents = _documents(VUEPRESS)
    guide, setup = documents["docs/panduan/README.md"].text, documents["docs/panduan/pemasangan.md"].text
    assert guide == (
        "Panduan baru\n\nPanduan Panduan versi 3.2 menjelaskan cara memakai SIDesa.\n\nPengguna\n\nSetiap operator desa punya akun sendiri."
    )  # the badge's text; [[toc]] goes; the page's own values shown
    assert setup == (
        "Pemasangan\n\nSebelum mulai\n\nCadangkan basis data terlebih dahulu.\n\nJangan memasang di server produksi tanpa uji coba.\n\n"
        "Contoh konfigurasi\n\nSalin berkas berikut ke folder aplikasi:\n\nmodule.exports = { basisData: 'sidesa', zonaWaktu: 'Asia/Jakarta' }\n\n"
        "Tulis {{ nama }} atau {{ nama }} di templat surat.\n\nDi dalam kode, {{ $page.title }} tetap tertulis.\n\n<p>{{ warga.nama }}</p>"
    )


def test_a_computed_expression_and_an_import_that_cannot_be_read_are_named(tmp_path):
    site = tmp_path / "docs"
    shutil.copytree(VUEPRESS / "docs", site)
    (site / "catatan.md").write_text(
        "# Catatan\n\nHari ini {{ new Date().getFullYear() }}.\n\n<<< @/contoh/konfigurasi.js{1}\n\n@[code](./hilang.js)\n", encoding="utf-8"
    )
    page = _documents(site)["catatan.md"]
    assert page.text == "Catatan\n\nHari ini."
    assert [problem.reason for problem in page.problems] == [
        "the code import of ./hilang.js is not read: not a file inside the input root on disk",
        "1 Vue expression(s) computed when the page is shown are not read: {{ new Date().getFullYear() }}",
        "1 code import(s) are not read into this page: @/contoh/konfigurasi.js",
    ]
    archive = tmp_path / "situs.zip"
    zip_of(site, archive, "docs/")
    setup = _documents(archive)["situs.zip!/docs/panduan/pemasangan.md"]
    assert setup.generator == "vuepress" and setup.url == BASE + "panduan/pemasangan.html"
    assert [problem.reason for problem in setup.problems] == ["1 code import(s) are not read into this page: ../contoh/konfigurasi.js"]


def test_vuepress_2_configuration_and_a_computed_base():
    text = "import { defineUserConfig } from 'vuepress'\nexport default defineUserConfig({\n  lang: 'id-ID', base: '/warta/',\n  plugins: [sitemapPlugin({ hostname: 'https://desa.id' })],\n})\n"
    base, lang, routes = vuepress_site(".vuepress/config.ts", text)
    assert (base, lang, routes.place("berita/Panen Raya.md", {}), routes.place("berita/index.md", {})) == (
        "https://desa.id/warta/", "id-ID", "berita/Panen%20Raya.html", "berita/"
    )
    base, _, routes = vuepress_site(".vuepress/config.js", "module.exports = {base: process.env.BASE, plugins: [['sitemap', {hostname: 'https://desa.id'}]]}")
    assert base is None
    assert routes.unread_reason("panduan.md", {}) == ".vuepress/config.js computes base (process.env.BASE): where the site publishes its pages is not known"


def test_only_vue_markup_outside_code_goes():
    body = "Nilai `{{ x }}` dan {{ $frontmatter.desa }}.\n\n[[TOC]]\n\n::: v-pre\n{{ mentah }}\n:::\n"
    assert vuepress_markdown(body, {"desa": "Sukamaju"}) == "Nilai `{{ x }}` dan Sukamaju.\n\n\n\n\n{{ mentah }}\n\n"


def test_a_configuration_exported_as_a_function_of_the_context_is_read():
    """VuePress 1 calls an exported function with its context (``module.exports = ctx => ({…})``):
    the object it returns is the configuration (in a file without semicolons too)."""
    text = "const path = require('path')\n\nmodule.exports = ctx => ({\n  // hostname: 'https://lama.desa.id',\n  base: '/dok/',\n  locales: {'/': {lang: 'id-ID'}},\n  plugins: {sitemap: {hostname: 'https://desa.id'}, '@vuepress/pwa': !ctx.isProd},\n})\n"
    base, lang, routes = vuepress_site(".vuepress/config.js", text)
    assert (base, lang, routes.unread, routes.place("panduan/README.md", {})) == ("https://desa.id/dok/", "id-ID", None, "panduan/")


def test_a_home_page_without_its_own_hero_shows_the_site_s_title_and_description(tmp_path):
    site = tmp_path / "docs"
    shutil.copytree(VUEPRESS / "docs", site)
    (site / "README.md").write_text(
        "---\nhome: true\nactions:\n- text: Mulai\n  link: /panduan/\n---\n\nSelamat datang di {{ $site.title }}: {{ $site.description }}.\n", encoding="utf-8"
    )
    home = _documents(site)["README.md"]
    assert (home.title, home.problems) == ("SIDesa", [])
    assert home.text == "SIDesa\n\nDokumentasi Sistem Informasi Desa\n\nMulai\n\nSelamat datang di SIDesa: Dokumentasi Sistem Informasi Desa."
    (site / "README.md").write_text("---\nhome: true\nheroText: null\ntagline: null\n---\n\nBeranda.\n", encoding="utf-8")
    home = _documents(site)["README.md"]
    assert (home.title, home.text) == ("SIDesa", "Beranda.")  # (null: the theme shows no hero; the page's title is the site's)


def test_a_vitepress_site_s_markdown_reads_vue_as_vuepress_does(tmp_path):
    """VitePress writes Vue in Markdown as VuePress does: its pages are read with the same
    syntax (their records name ``markdown``), its home page (``layout: home``) shows its hero
    and features."""
    (tmp_path / ".vitepress").mkdir()
    (tmp_path / ".vitepress" / "config.mts").write_text("export default {sitemap: {hostname: 'https://warta.desa.id'}}\n", encoding="utf-8")
    (tmp_path / "index.md").write_text(
        "---\nlayout: home\nhero:\n  name: Warta Desa\n  text: Kabar dari balai desa\n  actions:\n  - text: Baca kabar\n    link: /kabar\n"
        "features:\n- title: Musyawarah\n  details: Hasil rapat warga.\n---\n",
        encoding="utf-8",
    )
    (tmp_path / "kabar.md").write_text(
        "---\nbulan: Mei\n---\n\n# Kabar <Badge type=\"tip\" text=\"terbaru\" />\n\n[[toc]]\n\nPanen raya bulan {{ $frontmatter.bulan }}.\n", encoding="utf-8"
    )
    documents = _documents(tmp_path)
    assert {key: (document.generator, document.title, document.url, document.text, document.problems) for key, document in documents.items()} == {
        "index.md": ("markdown", "Warta Desa", "https://warta.desa.id/", "Warta Desa\n\nKabar dari balai desa\n\nBaca kabar\n\nMusyawarah\n\nHasil rapat warga.", []),
        "kabar.md": ("markdown", "Kabar terbaru", "https://warta.desa.id/kabar.html", "Kabar terbaru\n\nPanen raya bulan Mei.", []),
    }
