"""Documentation sites configured in JavaScript (tests/data/sites/docusaurus, starlight,
vitepress): their configuration read without running it, and each page at the URL its
generator publishes it at; a setting the configuration computes gives no url and a problem
saying why."""

import shutil
import time
from functools import lru_cache

import pytest

from arsip.index.build import index_paths
from arsip.index.inspect import get_records
from arsip.ingest.sites.javascript.config import Computed, read_js_config
from arsip.ingest.sites.javascript.docs_sites import astro_site, docusaurus_site, vitepress_site
from arsip.ingest.pipeline import read_documents
from arsip.ingest.results import IngestOptions, IngestReport

from .conftest import zip_of
from .test_sites import SITES

DOCUSAURUS = "https://sid.desa.id/dokumentasi/"
STARLIGHT = "https://bantuan.desa.id/layanan/"
VITEPRESS = "https://desa.id/warta/"
#: Each site: every document's id → its url (None: not a page of the site).
URLS = {
    "docusaurus": {
        "docs/sambutan.md": DOCUSAURUS + "panduan/",  # slug: /
        "docs/01-mulai/00-pengantar.md": DOCUSAURUS + "panduan/mulai/pengantar",  # number prefixes go
        "docs/01-mulai/02-akun.md": DOCUSAURUS + "panduan/mulai/daftar-akun",  # id: daftar-akun
        "docs/01-mulai/03-sandi.md": DOCUSAURUS + "panduan/mulai/ganti-kata-sandi",  # a relative slug
        "docs/02-pemasangan/README.md": DOCUSAURUS + "panduan/pemasangan/",  # a category's index
        "docs/_potongan.md": None,  # a partial
        "blog/2024-05-01-rilis-versi-dua.md": DOCUSAURUS + "blog/2024/05/01/rilis-versi-dua",
        "blog/2024-06-10-pelatihan-operator/index.mdx": DOCUSAURUS + "blog/2024/06/10/pelatihan-operator",
        "blog/catatan-rapat.md": DOCUSAURUS + "blog/notulen-rapat-koordinasi",  # slug; its date does not place it
        "src/pages/tentang.md": DOCUSAURUS + "tentang",
        "komunitas/forum.md": DOCUSAURUS + "komunitas/forum",  # a second docs plugin
        "i18n/en/docusaurus-plugin-content-docs/current/01-mulai/00-pengantar.md": DOCUSAURUS + "en/panduan/mulai/pengantar",
    },
    "starlight": {
        "src/content/docs/index.mdx": STARLIGHT,
        "src/content/docs/Panduan Awal/Mulai Cepat.md": STARLIGHT + "panduan-awal/mulai-cepat/",
        "src/content/docs/referensi/index.md": STARLIGHT + "referensi/",
        "src/content/docs/referensi/api.md": STARLIGHT + "referensi/antarmuka-program/",
        "src/content/docs/_catatan-penulis.md": None,
    },
    "vitepress": {  # the VitePress project is in docs/ (its .vitepress folder), a site folder of its own
        "docs/isi/index.md": VITEPRESS,
        "docs/isi/panduan/index.md": VITEPRESS + "panduan/",
        "docs/isi/panduan/memulai.md": VITEPRESS + "panduan/memulai.html",
        "docs/CATATAN.md": None,  # outside srcDir
        "README.md": None,
    },
}


@lru_cache(maxsize=None)
def _site(name: str) -> tuple[dict, IngestReport]:
    report = IngestReport()
    documents = {document.id: document for document in read_documents([str(SITES / name)], IngestOptions(workers=1), report)}
    return documents, report


@pytest.mark.parametrize("site", sorted(URLS))
def test_each_page_has_the_url_its_generator_publishes_it_at(site):
    documents, report = _site(site)
    assert {key: document.url for key, document in documents.items()} == URLS[site]
    assert report.with_problems == 0


def test_generators_stay_those_of_the_syntax_and_a_vitepress_folder_is_a_site_of_its_own():
    assert {document.generator for document in _site("docusaurus")[0].values()} == {"mdx"}
    starlight = _site("starlight")[0]  # Astro reads .md pages as Markdown, .mdx pages as MDX
    assert {key: document.generator for key, document in starlight.items()} == {key: "mdx" if key.endswith(".mdx") else "markdown" for key in starlight}
    assert _site("vitepress")[1].generators == {str(SITES / "vitepress"): "markdown", str(SITES / "vitepress" / "docs"): "markdown"}


def test_the_site_language_comes_from_the_configuration():
    assert docusaurus_site("docusaurus.config.ts", (SITES / "docusaurus" / "docusaurus.config.ts").read_text())[1] == "id"
    assert vitepress_site(".vitepress/config.mts", (SITES / "vitepress/docs/.vitepress/config.mts").read_text())[1] == "id-ID"


def _docusaurus(tmp_path, config: str, pages: dict[str, str]) -> dict:
    (tmp_path / "docusaurus.config.js").write_text(config, encoding="utf-8")
    for path, text in pages.items():
        (tmp_path / path).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / path).write_text(text, encoding="utf-8")
    return {document.id: document for document in read_documents([str(tmp_path)], IngestOptions(workers=1))}


PAGES = {
    "docs/mulai.md": "# Mulai\n\nLangkah pertama memakai aplikasi.\n",
    "blog/2023-01-05-kabar.md": "# Kabar\n\nKabar terbaru dari desa.\n",
    "README.md": "# Situs\n\nCara membangun situs.\n",
}


#: A Docusaurus page and a blog post whose braces and angle brackets are text in CommonMark.
BRACES = {
    "docs/rumus.md": "# Rumus\n\nIuran dihitung {jumlah warga} kali Rp 5.000 untuk warga dusun.\n",
    "docs/komponen.mdx": "# Komponen\n\nIuran dihitung {jumlah warga} kali Rp 5.000 untuk warga dusun.\n",
    "blog/2024-01-02-iuran.md": "---\nmdx:\n  format: md\n---\nIuran dihitung {jumlah warga} kali Rp 5.000 untuk warga dusun.\n",
}


@pytest.mark.parametrize(
    "markdown, generators",
    [
        ("", ("mdx", "mdx", "markdown")),  # Docusaurus' default (and Docusaurus 2): every file is MDX
        ("markdown: {format: 'mdx'},", ("mdx", "mdx", "markdown")),
        ("markdown: {format: 'detect', mermaid: true},", ("markdown", "mdx", "markdown")),
        ("markdown: {format: 'md'},", ("markdown", "markdown", "markdown")),
        ("markdown: {format: process.env.FORMAT},", ("mdx", "mdx", "markdown")),  # computed: Docusaurus' default
    ],
)
def test_docusaurus_reads_markdown_as_mdx_as_its_markdown_format_says(tmp_path, markdown, generators):
    config = "export default {url: 'https://a.id', %s presets: [['classic', {docs: {}, blog: {}}]]};\n" % markdown
    documents = _docusaurus(tmp_path, config, BRACES)
    assert tuple(documents[path].generator for path in BRACES) == generators
    for path, generator in zip(BRACES, generators):  # CommonMark keeps the braces; MDX reads an expression
        assert ("{jumlah warga}" in documents[path].text) == (generator == "markdown")


def test_a_page_front_matter_chooses_its_format_over_the_site(tmp_path):
    pages = {"docs/a.md": "---\nmdx: {format: mdx}\n---\nIuran {jumlah} warga dusun Sukamaju.\n", "docs/b.md": "---\nmdx: {format: detect}\n---\nIuran {jumlah} warga.\n"}
    documents = _docusaurus(tmp_path, "export default {url: 'https://a.id', markdown: {format: 'md'}, presets: ['classic']};\n", pages)
    assert (documents["docs/a.md"].generator, documents["docs/b.md"].generator) == ("mdx", "markdown")


def test_outside_docusaurus_a_front_matter_format_is_only_a_field(tmp_path):
    (tmp_path / "a.mdx").write_text("# Beranda\n\nSelamat datang.\n", encoding="utf-8")
    (tmp_path / "b.md").write_text("---\nmdx: {format: mdx}\n---\nIuran {jumlah} warga.\n", encoding="utf-8")
    documents = {document.id: document for document in read_documents([str(tmp_path)], IngestOptions(workers=1))}
    assert documents["b.md"].generator == "markdown" and "{jumlah}" in documents["b.md"].text


def test_an_index_reads_the_site_again_when_its_markdown_format_changes(tmp_path):
    config = "export default {url: 'https://a.id', %s presets: [['classic', {docs: {}}]]};\n"
    _docusaurus(tmp_path, config % "", {"docs/rumus.md": BRACES["docs/rumus.md"]})
    directory = tmp_path.parent / "indeks"
    index_paths(directory, [str(tmp_path)])
    (tmp_path / "docusaurus.config.js").write_text(config % "markdown: {format: 'detect'},", encoding="utf-8")
    report = index_paths(directory, [str(tmp_path)])
    assert report.reread == {str(tmp_path): "which Markdown files the site reads as MDX (Docusaurus' markdown.format; MDX 1 for Docusaurus 2) changed"}
    assert "{jumlah warga}" in get_records(directory, "docs/rumus.md")[0]["text"]


def test_a_computed_site_url_gives_no_url_and_a_problem_naming_it(tmp_path):
    config = "module.exports = {\n  url: process.env.SITE_URL,\n  baseUrl: '/',\n  presets: [['classic', {docs: {}, blog: {}}]],\n};\n"
    documents = _docusaurus(tmp_path, config, PAGES)
    reason = "docusaurus.config.js computes url (process.env.SITE_URL): where the site publishes its pages is not known"
    for page in ("docs/mulai.md", "blog/2023-01-05-kabar.md"):
        assert documents[page].url is None
        assert [(problem.field, problem.reason) for problem in documents[page].problems] == [("url", reason)]
    assert "README.md" not in documents  # not a page of the site


def test_a_computed_section_setting_costs_only_that_section(tmp_path):
    config = """const docsBase = require('./rute').docs;
export default {
  url: 'https://contoh.desa.id', baseUrl: '/',
  presets: [['@docusaurus/preset-classic', {docs: {routeBasePath: docsBase}, blog: {routeBasePath: 'kabar'}}]],
};
"""
    documents = _docusaurus(tmp_path, config, PAGES)
    assert documents["blog/2023-01-05-kabar.md"].url == "https://contoh.desa.id/kabar/2023/01/05/kabar"
    assert documents["docs/mulai.md"].url is None
    assert documents["docs/mulai.md"].problems[0].reason.startswith("docusaurus.config.js computes docs.routeBasePath (require('./rute').docs)")


def test_a_configuration_without_a_readable_export_is_named(tmp_path):
    documents = _docusaurus(tmp_path, "module.exports = require('./konfigurasi-bersama');\n", PAGES)
    assert documents["docs/mulai.md"].url is None
    assert "exports no object arsip can read" in documents["docs/mulai.md"].problems[0].reason


def test_the_configuration_is_never_run(tmp_path, monkeypatch):
    monkeypatch.setenv("SITE_URL", "https://dari-lingkungan.id")
    marker = tmp_path / "dijalankan"
    config = f"require('fs').writeFileSync({str(marker)!r}, 'x');\nmodule.exports = {{url: process.env.SITE_URL}};\n"
    documents = _docusaurus(tmp_path, config, PAGES)
    assert not marker.exists() and documents["docs/mulai.md"].url is None


VERSIONED = {
    "docs/mulai.md": "https://a.id/docs/next/mulai",  # the current docs, once there are versions
    "versioned_docs/version-2.0/mulai.md": "https://a.id/docs/mulai",  # the latest version
    "versioned_docs/version-1.0/01-pasang/index.md": "https://a.id/docs/1.0/pasang/",
    "i18n/en/docusaurus-plugin-content-docs/version-1.0/01-pasang/index.md": "https://a.id/en/docs/1.0/pasang/",
    "i18n/en/docusaurus-plugin-content-docs/current/mulai.md": "https://a.id/en/docs/next/mulai",
    "versioned_docs/version-0.9/lama.md": None,  # not a version versions.json names
}


@pytest.mark.parametrize("disable", [False, True])
def test_versioned_docs_are_published_as_docusaurus_versions_them(tmp_path, disable):
    (tmp_path / "versions.json").write_text('["2.0", "1.0"]\n', encoding="utf-8")
    config = "export default {url: 'https://a.id', i18n: {defaultLocale: 'id'}, presets: [['classic', {docs: {disableVersioning: %s}}]]}"
    pages = {path: f"# Halaman\n\nIsi halaman dokumentasi desa ({path}).\n" for path in VERSIONED}  # not copies of one another
    documents = _docusaurus(tmp_path, config % str(disable).lower(), pages)
    expected = {"docs/mulai.md": "https://a.id/docs/mulai", "i18n/en/docusaurus-plugin-content-docs/current/mulai.md": "https://a.id/en/docs/mulai"}
    assert {path: documents[path].url for path in VERSIONED} == ({path: expected.get(path) for path in VERSIONED} if disable else VERSIONED)
    archive = tmp_path.parent / f"situs-{disable}.zip"  # the same site in an archive: its versions.json is read there too
    zip_of(tmp_path, archive, "situs/")
    packed = {document.id.split("!/situs/")[1]: document.url for document in read_documents([str(archive)], IngestOptions(workers=1))}
    assert {path: packed[path] for path in VERSIONED} == {path: documents[path].url for path in VERSIONED}


def _routes(config: str):
    base, _, routes = docusaurus_site("docusaurus.config.js", config)
    return lambda path, fields=None: (base + routes.place(path, fields or {}).removeprefix("./")) if routes.place(path, fields or {}) else None


def test_docusaurus_rules():
    place = _routes("export default {url: 'https://a.id', baseUrl: '/', presets: [['classic', {}]]}")
    assert place("docs/2024-05-rilis.md") == "https://a.id/docs/2024-05-rilis"  # a date, not a number prefix
    assert place("docs/10 - Lanjutan/1. Ekspor.md") == "https://a.id/docs/Lanjutan/Ekspor"
    assert place("docs/01-mulai/01-mulai.md") == "https://a.id/docs/mulai/"  # named as its folder: its index
    assert place("docs/panduan/index.mdx") == "https://a.id/docs/panduan/"
    assert place("docs/index.md") == "https://a.id/docs/"
    assert place("docs/01-mulai/x.md", {"slug": "../lain"}) == "https://a.id/docs/lain"
    assert place("docs/01-mulai/x.md", {"parse_number_prefixes": False}) == "https://a.id/docs/01-mulai/x"
    assert place("docs/_bagian/x.md") is None and place("docs/gambar.png") is None
    assert place("blog/2024/05/01/rilis.md") == "https://a.id/blog/2024/05/01/rilis"  # date folders
    assert place("blog/tanpa-tanggal.md") == "https://a.id/blog/tanpa-tanggal"
    assert place("src/pages/index.md") == "https://a.id/" and place("src/pages/profil/index.md") == "https://a.id/profil/"
    assert place("lain/x.md") is None
    place = _routes("export default {url: 'https://a.id/', baseUrl: '/x/', trailingSlash: true, presets: [['classic', {docs: false}]]}")
    assert place("docs/mulai.md") is None and place("src/pages/tentang.md") == "https://a.id/x/tentang/"
    place = _routes("export default {url: 'https://a.id', presets: [['classic', {docs: {numberPrefixParser: false}}]]}")
    assert place("docs/01-mulai/02-akun.md") == "https://a.id/docs/01-mulai/02-akun"
    _, _, routes = docusaurus_site("docusaurus.config.js", "export default {url: 'https://a.id', presets: [['classic', {docs: {numberPrefixParser: (n) => n}}]]}")
    assert routes.place("docs/01-mulai.md", {}) is None and "computes docs.numberPrefixParser ((…) => …)" in routes.unread_reason("docs/01-mulai.md", {})
    place = _routes("export default {url: 'https://a.id', trailingSlash: false, presets: ['classic']}")
    assert place("docs/panduan/index.md") == "https://a.id/docs/panduan" and place("src/pages/index.md") == "https://a.id/"


def test_starlight_formats():
    base, _, routes = astro_site("astro.config.mjs", "import s from '@astrojs/starlight';\nexport default {site: 'https://a.id', build: {format: 'file'}}")
    assert (base, routes.place("src/content/docs/Cara Pakai/Langkah 1.md", {}), routes.place("src/content/docs/index.md", {})) == (
        "https://a.id/", "cara-pakai/langkah-1.html", "index.html",
    )
    _, _, routes = astro_site("astro.config.ts", "import s from '@astrojs/starlight'\nexport default defineConfig({trailingSlash: 'never'})")
    assert routes.place("src/content/docs/panduan/mulai.mdx", {}) == "panduan/mulai"


def test_vitepress_clean_urls_and_rewrites():
    base, _, routes = vitepress_site(".vitepress/config.js", "export default {cleanUrls: true, sitemap: {hostname: 'https://a.id'}}")
    assert (base, routes.place("panduan/mulai.md", {}), routes.place("index.md", {})) == ("https://a.id/", "panduan/mulai", "./")
    _, _, routes = vitepress_site(".vitepress/config.js", "export default {rewrites: {'paket/:nama/index.md': ':nama/index.md'}}")
    assert routes.place("panduan/mulai.md", {}) is None
    assert routes.unread_reason("panduan/mulai.md", {}).startswith(".vitepress/config.js computes rewrites")


def test_a_site_in_an_archive_reads_its_configuration(tmp_path):
    archive = tmp_path / "bantuan.zip"
    zip_of(SITES / "starlight", archive, "bantuan/")
    documents = {document.id: document for document in read_documents([str(archive)], IngestOptions(workers=1))}
    assert documents["bantuan.zip!/bantuan/src/content/docs/referensi/index.md"].url == STARLIGHT + "referensi/"


def _indexed_then_edited(tmp_path, name: str, config: str, old: str, new: str):
    """The site ``name`` indexed, its ``config`` edited (``old`` → ``new``), and indexed
    again: its copy, the index folder and the second run's report."""
    site = tmp_path / "situs"
    shutil.copytree(SITES / name, site)
    directory = tmp_path / "indeks"
    index_paths(directory, [str(site)])
    path = site / config
    path.write_text(path.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    return site, directory, index_paths(directory, [str(site)])


def test_an_index_reads_the_site_again_when_its_routes_change(tmp_path):
    site, directory, report = _indexed_then_edited(tmp_path, "docusaurus", "docusaurus.config.ts", "routeBasePath: 'panduan'", "routeBasePath: 'dok'")
    assert report.reread == {str(site): "where the site publishes its pages (its Docusaurus, Starlight, VitePress or VuePress configuration) changed"}
    assert [record["url"] for record in get_records(directory, "docs/01-mulai/00-pengantar.md")] == [DOCUSAURUS + "dok/mulai/pengantar"]


def test_typescript_and_module_forms_are_read():
    assert read_js_config("const c: Config = {a: 'x'} satisfies Config;\nexport default c;") == {"a": "x"}
    assert read_js_config("module.exports = async function () { return {url: `https://a.id`, b: !0} }") == {"url": "https://a.id", "b": Computed("!0")}
    assert read_js_config("const dasar = {base: '/x/'};\nexport default defineConfig({...dasar, cleanUrls: true})") == {"base": "/x/", "cleanUrls": True}
    spread = read_js_config("export default {...bersama, cleanUrls: true}")
    assert spread["cleanUrls"] is True and isinstance(spread["..."], Computed)  # any other key may come from the spread


@pytest.mark.parametrize(
    "text",
    [
        "export default " + "{a: " * 100_000,
        "const a0 = 'x';\n" + "".join(f"const a{i} = [a{i - 1}, a{i - 1}, a{i - 1}];\n" for i in range(1, 60)) + "export default {x: a59}",
        "export default {a: " + "(" * 50_000 + "1" + ")" * 50_000 + "}",
        "x = /" + "[" * 300_000,
        "/*" + "'" * 300_000,
        "export default {a: '" + "\\" * 300_000,
        "export default {a: " + "'\\'" * 100_000 + "}",
        "export default {a: " + "`\\`" * 100_000 + "}",
        "x = " + "(/[" * 100_000,
    ],
    ids=[
        "deep objects", "names used thrice in names", "deep parentheses", "an open regex class", "an open comment", "an open string",
        "escaped quotes", "escaped backticks", "open regex classes",
    ],
)
def test_hostile_configurations_cost_little(text):
    start = time.process_time()
    result = read_js_config(text)
    assert result is None or isinstance(result, dict)
    assert time.process_time() - start < 2


WEBSITE = "https://lumbung.desa.id/"


def test_a_website_folder_places_the_docs_beside_it():
    """Docusaurus' ``website/`` layout (``website/docusaurus.config.js`` with ``docs: {path:
    '../docs'}``, the docs path relative to the site's folder): the docs in ``../docs`` are
    the site's pages, read as its files (MDX), at their URLs."""
    documents, report = _site("docusaurus-website")
    assert {key: document.url for key, document in documents.items()} == {
        "docs/intro.md": WEBSITE + "docs/next/intro",  # the current docs, with versions.json
        "docs/panduan/pasang.mdx": WEBSITE + "docs/next/panduan/pasang",
        "docs/_bagian-bersama.md": None,  # a partial
        "website/versioned_docs/version-1.0/intro.md": WEBSITE + "docs/intro",  # the latest version
        "website/blog/2024-03-01-rilis-pertama.md": WEBSITE + "blog/2024/03/01/rilis-pertama",
        "website/src/pages/tentang.md": WEBSITE + "tentang",
        "README.md": None,
    }
    assert {documents[key].generator for key in ("docs/intro.md", "website/src/pages/tentang.md")} == {"mdx"}
    assert "import Tabs" not in documents["docs/intro.md"].text  # read as MDX, as the site reads it
    assert report.with_problems == 0


def test_the_docs_folder_alone_or_the_website_folder_alone_is_read_as_before():
    docs, _ = _site("docusaurus-website/docs")
    assert {document.url for document in docs.values()} == {None}
    website, _ = _site("docusaurus-website/website")
    assert website["blog/2024-03-01-rilis-pertama.md"].url == WEBSITE + "blog/2024/03/01/rilis-pertama"
    assert website["versioned_docs/version-1.0/intro.md"].url == WEBSITE + "docs/intro"


def test_an_index_reads_the_docs_beside_a_website_again_when_its_routes_change(tmp_path):
    repository, directory, report = _indexed_then_edited(
        tmp_path, "docusaurus-website", "website/docusaurus.config.js", "path: '../docs',", "path: '../docs', routeBasePath: 'panduan',"
    )
    assert list(report.reread) == [str(repository / "website")]
    assert [record["url"] for record in get_records(directory, "docs/intro.md")] == [WEBSITE + "panduan/next/intro"]


def test_the_markdown_format_is_read_in_a_site_folder_and_in_an_archive(tmp_path):
    site = tmp_path / "arsip-situs" / "dokumentasi"  # a Docusaurus site in a folder of the input
    site.mkdir(parents=True)
    config = "export default {url: 'https://a.id', markdown: {format: 'detect'}, presets: [['classic', {docs: {}}]]};\n"
    _docusaurus(site, config, {"docs/rumus.md": BRACES["docs/rumus.md"], "docs/komponen.mdx": BRACES["docs/komponen.mdx"]})
    documents = {document.id: document for document in read_documents([str(tmp_path / "arsip-situs")], IngestOptions(workers=1))}
    assert (documents["dokumentasi/docs/rumus.md"].generator, documents["dokumentasi/docs/komponen.mdx"].generator) == ("markdown", "mdx")
    archive = tmp_path / "situs.zip"
    zip_of(site, archive, "situs/")
    packed = {document.id: document for document in read_documents([str(archive)], IngestOptions(workers=1))}
    assert packed[f"{archive.name}!/situs/docs/rumus.md"].generator == "markdown"
    assert "{jumlah warga}" in packed[f"{archive.name}!/situs/docs/rumus.md"].text


def test_a_starlight_page_shows_its_hero_over_its_content(tmp_path):
    """Starlight shows a page's ``hero`` (a ``template: splash`` page's mostly) over its
    content: its ``title`` (without one, the page's title, as on any page), ``tagline`` and
    its actions' labels; an image is not text. Outside a Starlight site ``hero`` is a field."""
    assert _site("starlight")[0]["src/content/docs/index.mdx"].text == (
        "Urus surat tanpa antre\n\nAjukan surat pengantar dari rumah, ambil di balai desa.\n\nMulai sekarang\n\nBaca referensi\n\n"
        "Mulai di sini Ajukan surat pengantar tanpa datang ke kantor desa."
    )
    site = tmp_path / "situs"
    shutil.copytree(SITES / "starlight", site)
    page = "---\ntitle: Jadwal Pelayanan\nhero:\n  tagline: Balai desa buka Senin sampai Jumat.\n---\n\nPelayanan tutup pada hari libur nasional.\n"
    (site / "src/content/docs/jadwal.md").write_text(page, encoding="utf-8")
    (tmp_path / "jadwal.md").write_text(page, encoding="utf-8")
    documents = {document.id: document for document in read_documents([str(site), str(tmp_path / "jadwal.md")], IngestOptions(workers=1))}
    assert documents["src/content/docs/jadwal.md"].text == "Balai desa buka Senin sampai Jumat.\n\nPelayanan tutup pada hari libur nasional."
    assert documents["jadwal.md"].text == "Pelayanan tutup pada hari libur nasional."
