"""Eleventy sites: detection by configuration or package.json, the input folder, Liquid
rendered with the page's data, and pages placed as Eleventy places them (see also the
eleventy site in tests/data/sites)."""

import json
from pathlib import Path

import pytest

from arsip.ingest.sites.eleventy import DEFAULT_TEMPLATE_FORMATS, EleventySite, eleventy_settings, page_href
from arsip.ingest.sites.generators import detect_generator
from arsip.ingest.pipeline import JEKYLL_TEMPLATE, read_documents
from arsip.ingest.results import IngestOptions, IngestReport

SITE = Path(__file__).parent / "data" / "sites" / "eleventy"


def test_pages_are_placed_as_eleventy_places_them():
    assert page_href("index.md", {}) == "/"
    assert page_href("blog/index.md", {}) == "/blog/"
    assert page_href("blog/2023-01-02-judul.md", {}) == "/blog/2023-01-02-judul/"  # the date stays in the path
    assert page_href("blog/judul/judul.md", {}) == "/blog/judul/"  # a file named as its folder
    assert page_href("blog/judul.md", {"permalink": "/kabar/judul/"}) == "/kabar/judul/"
    assert page_href("blog/judul.md", {"permalink": "kabar/judul.html"}) == "/kabar/judul.html"
    assert page_href("blog/judul.md", {"permalink": {"build": "/kabar/index.html"}}) == "/kabar/"
    assert page_href("blog/judul.md", {"permalink": False}) is False
    assert page_href("blog/judul.md", {"permalink": "/{{ page.fileSlug }}/"}) is None


def test_the_configuration_is_read_for_its_literal_values_only():
    module = 'module.exports = function (c) { return { dir: { input: "./konten/", data: "data" }, markdownTemplateEngine: "njk" }; };'
    assert eleventy_settings(".eleventy.js", module) == EleventySite(input="konten", data="data", engine="njk")
    modern = 'export default async function (c) { c.addPassthroughCopy("img"); }\nexport const config = { dir: { input: "isi" }, markdownTemplateEngine: false };'
    assert eleventy_settings("eleventy.config.mjs", modern) == EleventySite(input="isi", engine=None, passthrough=(("img", "img"),))
    computed = eleventy_settings(".eleventy.js", "module.exports = (c) => ({ dir: { input: process.env.MASUKAN } });")
    assert computed.input is None
    assert eleventy_settings("package.json", json.dumps({"devDependencies": {"@11ty/eleventy": "^3.0.0"}})) == EleventySite()
    assert eleventy_settings("package.json", json.dumps({"dependencies": {"astro": "^4.0.0"}})) is None


def test_a_site_is_eleventys_by_its_configuration_or_its_package_json(tmp_path):
    assert detect_generator(str(SITE)) == "eleventy"
    (tmp_path / "package.json").write_text(json.dumps({"devDependencies": {"@11ty/eleventy": "^2.0.1"}}), encoding="utf-8")
    (tmp_path / "catatan.md").write_text("---\ntitle: Catatan\n---\nCatatan {{ title }} tentang sungai.\n", encoding="utf-8")
    assert detect_generator(str(tmp_path)) == "eleventy"
    [page] = read_documents([str(tmp_path)])
    assert (page.generator, page.text, page.url) == ("eleventy", "Catatan Catatan tentang sungai.", None)  # no address known: no url


def test_an_eleventy_site_reads_its_templates_only_and_leaves_unwritten_pages_out():
    report = IngestReport()
    pages = {page.id: page for page in read_documents([str(SITE)], report=report)}
    assert "src/_includes/layouts/base.njk" not in pages
    assert "src/halaman/rahasia.md" not in pages
    assert report.skipped["not published: permalink: false (Eleventy writes no page for it)"] == 1
    assert report.skipped["outside the Eleventy input folder, or in its includes, layouts or data folder: not a page of the site"] >= 1
    kept = {page.id: page for page in read_documents([str(SITE)], IngestOptions(include_drafts=True))}
    assert kept["src/halaman/rahasia.md"].draft and kept["src/halaman/rahasia.md"].url is None


def test_a_permalink_template_gives_no_url_and_says_why():
    page = {page.id: page for page in read_documents([str(SITE)])}["src/halaman/arsip-lama.md"]
    assert page.url is None
    assert [problem.field for problem in page.problems] == ["url"]
    assert "template" in page.problems[0].reason


def test_permalinks_of_data_files_cascade_to_their_pages(tmp_path):
    (tmp_path / ".eleventy.js").write_text('module.exports = (c) => ({ dir: { input: "src" } });\n', encoding="utf-8")
    (tmp_path / "src" / "_data").mkdir(parents=True)
    (tmp_path / "src" / "_data" / "site.json").write_text('{"url": "https://kampung.contoh.id"}', encoding="utf-8")
    for folder, data in (("berita", '{"permalink": "/kabar/index.html"}'), ("draf", '{"permalink": false}'), ("catatan", None)):
        (tmp_path / "src" / folder).mkdir()
        (tmp_path / "src" / folder / f"{folder}.md").write_text(f"---\ntitle: Halaman {folder}\n---\nTulisan warga di halaman {folder}.\n", encoding="utf-8")
        if data:
            (tmp_path / "src" / folder / f"{folder}.json").write_text(data, encoding="utf-8")
    (tmp_path / "src" / "catatan" / "catatan.11tydata.js").write_text("module.exports = { eleventyComputed: { permalink: (d) => `/c/${d.page.fileSlug}/` } };\n", encoding="utf-8")
    report = IngestReport()
    pages = {page.id: page for page in read_documents([str(tmp_path)], report=report)}
    assert pages["src/berita/berita.md"].url == "https://kampung.contoh.id/kabar/"
    assert "src/draf/draf.md" not in pages and report.skipped["not published: permalink: false (Eleventy writes no page for it)"] == 1
    note = pages["src/catatan/catatan.md"]
    assert note.url is None and "src/catatan/catatan.11tydata.js" in note.problems[0].reason


#: A listing page as Eleventy sites write them: Nunjucks around HTML indented four spaces.
LISTING = """---
title: Semua Tulisan
---

<div id="daftar">
    {% for post in collections.posts %}
    <article class="ringkas">
        <h2><a href="{{ post.url }}">{{ post.data.title }}</a></h2>
    </article>
    {% endfor %}
</div>

Kabar desa ditulis bergiliran
    oleh warga setiap pekan.
"""


@pytest.mark.parametrize(
    ("version", "configuration", "indented_code"),
    [
        ("^3.0.0", None, False),
        ("^2.0.1", 'module.exports = (c) => { c.amendLibrary("md", (md) => md.enable("code")); };', True),
        ("^1.0.2", None, True),
        ("^3.1.2", 'const md = require("markdown-it"); module.exports = (c) => { c.setLibrary("md", md({ html: true })); };', True),
        ("^3.1.2", 'module.exports = (c) => { c.setLibrary("md", require("markdown-it")({ html: true }).disable("code")); };', False),
    ],
)
def test_indented_code_blocks_are_off_from_eleventy_2_unless_the_site_turns_them_on(tmp_path, version, configuration, indented_code):
    (tmp_path / "package.json").write_text(json.dumps({"devDependencies": {"@11ty/eleventy": version}}), encoding="utf-8")
    if configuration is not None:
        (tmp_path / ".eleventy.js").write_text(configuration, encoding="utf-8")
    (tmp_path / "tulisan.md").write_text(LISTING, encoding="utf-8")
    [page] = read_documents([str(tmp_path)], IngestOptions(include_all=True))  # (a list of the posts: kept to read it)
    assert page.generator == "eleventy"
    if indented_code:  # markdown-it's indented code: the HTML shown as written
        assert '<article class="ringkas">' in page.text
    else:  # Eleventy 2.0 and later: HTML, and a paragraph's indented line is its text
        assert page.text == "Kabar desa ditulis bergiliran\noleh warga setiap pekan."


def test_a_nunjucks_page_is_html_once_its_nunjucks_is_rendered(tmp_path):
    (tmp_path / "package.json").write_text(json.dumps({"devDependencies": {"@11ty/eleventy": "^3.0.0"}}), encoding="utf-8")
    (tmp_path / "_data").mkdir()
    (tmp_path / "_data" / "metadata.json").write_text('{"title": "Kabar Kampung"}', encoding="utf-8")
    (tmp_path / "index.njk").write_text(
        "---\ntitle: Beranda\nlayout: base.njk\n---\n{# daftar tulisan terbaru #}\n"
        "<h1>Selamat datang di {{ metadata.title }}</h1>\n<p>Ada {{ collections.post.length }} tulisan, harga *promo* untuk warga.</p>\n"
        "<ul>\n{% for post in collections.post | reverse %}\n    <li><a href=\"{{ post.url }}\">{{ post.data.title }}</a></li>\n{% endfor %}\n</ul>\n",
        encoding="utf-8",
    )
    [page] = read_documents([str(tmp_path)], IngestOptions(include_all=True))  # (a list of the posts: kept to read it)
    assert (page.generator, page.title) == ("eleventy", "Beranda")
    assert page.text == "Selamat datang di Kabar Kampung\n\nAda tulisan, harga *promo* untuk warga."  # (HTML: no Markdown emphasis)
    assert [problem.reason for problem in page.problems] == [
        "2 template output(s) removed, what they show not known: {{ collections.post.length }} (1), {{ post.data.title }} (1)"  # (not post.url: an address)
    ]


def test_a_nunjucks_block_set_shows_its_text_where_it_is_output(tmp_path):
    """Nunjucks' ``{% set x %}…{% endset %}`` shows nothing where it captures; ``{{ x }}``
    shows the captured text, its own outputs rendered; one never output shows nowhere."""
    (tmp_path / "package.json").write_text(json.dumps({"devDependencies": {"@11ty/eleventy": "^3.0.0"}}), encoding="utf-8")
    (tmp_path / "tentang.njk").write_text(
        "---\ntitle: Tentang\nkota: Pekalongan\n---\n"
        "{% set alamat %}<p>Balai warga, Jalan Melati 5, {{ kota }}.</p>{% endset %}\n"
        "{%- set catatan -%}<p>Draf lama, tidak dipakai.</p>{%- endset -%}\n"
        "<h1>Tentang kami</h1>\n<p>Redaksi menerima tamu setiap Sabtu.</p>\n<h2>Alamat</h2>\n{{ alamat | safe }}\n",
        encoding="utf-8",
    )
    [page] = read_documents([str(tmp_path)])
    assert page.text == "Tentang kami\n\nRedaksi menerima tamu setiap Sabtu.\n\nAlamat\n\nBalai warga, Jalan Melati 5, Pekalongan."
    assert page.problems == []


def test_files_eleventy_ignores_are_not_pages(tmp_path):
    files = {
        "package.json": json.dumps({"devDependencies": {"@11ty/eleventy": "^3.0.0"}}),
        "eleventy.config.js": 'module.exports = (c) => { c.ignores.add("arsip/lama/**"); };\n',
        ".eleventyignore": "README.md\ncatatan-redaksi\n# dan draf tulisan\n!penting.md\n",
        ".gitignore": "node_modules/\n*.log\nrahasia.md\n",
        "README.md": "# Situs Kabar Desa\nCara membangun situs ini dengan Eleventy.\n",
        "catatan-redaksi/rapat.md": "---\ntitle: Rapat Redaksi\n---\nRapat redaksi setiap Senin.\n",
        "arsip/lama/2019-01-02-banjir.md": "---\ntitle: Banjir\n---\nBanjir di hilir.\n",
        "rahasia.md": "---\ntitle: Rahasia\n---\nKata sandi wifi balai.\n",
        "berita/README.md": "---\ntitle: Tentang Rubrik Berita\n---\nRubrik berita desa.\n",
        "berita/panen.md": "---\ntitle: Panen Raya\n---\nPanen raya di sawah timur.\n",
    }
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = IngestReport()
    ids = sorted(page.id for page in read_documents([str(tmp_path)], report=report))
    assert ids == ["berita/README.md", "berita/panen.md"]  # (an ignore line is a path from its file's folder, unlike git's)
    assert report.skipped["ignored by Eleventy (.eleventyignore, .gitignore or its configuration's ignores): not a page of the site"] == 4
    (tmp_path / "eleventy.config.js").write_text("module.exports = (c) => { c.setUseGitIgnore(false); };\n", encoding="utf-8")
    assert "rahasia.md" in {page.id for page in read_documents([str(tmp_path)])}


def test_tag_pages_feeds_and_sitemaps_are_generated_lists_not_pages(tmp_path):
    files = {
        "package.json": json.dumps({"devDependencies": {"@11ty/eleventy": "^3.0.0"}}),
        "tags.njk": "---\npagination:\n  data: collections\n  size: 1\n  alias: tag\npermalink: /tags/{{ tag | slugify }}/\n---\n"
        "<h1>Tulisan bertanda {{ tag }}</h1>\n<p>Semua tulisan warga dengan tanda ini.</p>\n",
        "sitemap.xml.njk": "---\npermalink: /sitemap.xml\neleventyExcludeFromCollections: true\n---\n<urlset>{% for page in collections.all %}<url><loc>{{ page.url }}</loc></url>{% endfor %}</urlset>\n",
        "feed.njk": "---\npermalink: /feed/kabar.xml\n---\n<feed><title>Kabar Desa Sukamaju</title></feed>\n",
        "panen.md": "---\ntitle: Panen Raya\n---\nPanen raya di sawah timur.\n",
    }
    for name, text in files.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
    report = IngestReport()
    assert [page.id for page in read_documents([str(tmp_path)], report=report)] == ["panen.md"]
    assert report.skipped["generated list page"] == 3
    assert len(list(read_documents([str(tmp_path)], IngestOptions(include_all=True)))) == 4


#: A small Eleventy site of Nunjucks and Liquid templates, with and without front matter.
TEMPLATES = {
    "package.json": json.dumps({"devDependencies": {"@11ty/eleventy": "^3.0.0"}}),
    "_data/site.json": '{"url": "https://kampung.contoh.id", "nama": "Kabar Kampung Pesisir"}',
    "_includes/base.liquid": "<!doctype html><html><body><nav>Beranda Tentang Kontak</nav>{{ content }}</body></html>\n",
    "tentang.njk": "{# halaman tanpa front matter #}\n<h1>Tentang {{ site.nama }}</h1>\n<p>Kami menulis kabar dari kampung nelayan di pesisir utara.</p>\n",
    "kontak.liquid": "---\ntitle: Kontak Redaksi\nlayout: base.liquid\n---\n<h1>{{ title }}</h1>\n"
    "<p>Hubungi redaksi {{ site.nama }} lewat balai desa setiap Kamis.</p>\n{% comment %}nomor telepon menyusul{% endcomment %}\n",
    "sejarah/index.liquid": "<h2>Sejarah kampung</h2>\n{% if site.nama %}<p>Kampung ini berdiri sejak zaman Belanda.</p>{% endif %}\n",
    "label.liquid": "---\npagination:\n  data: collections\n  size: 1\n  alias: label\npermalink: /label/{{ label | slugify }}/\n---\n<h1>Tulisan berlabel {{ label }}</h1>\n",
}


def test_nunjucks_and_liquid_templates_are_pages_with_or_without_front_matter(tmp_path, write):
    for name, text in TEMPLATES.items():
        write(name, text)
    report = IngestReport()
    pages = {page.id: page for page in read_documents([str(tmp_path)], report=report)}
    assert sorted(pages) == ["kontak.liquid", "sejarah/index.liquid", "tentang.njk"]  # (not the layout, not the tag pages)
    about, contact, history = pages["tentang.njk"], pages["kontak.liquid"], pages["sejarah/index.liquid"]
    assert (about.title, about.url) == ("Tentang Kabar Kampung Pesisir", "https://kampung.contoh.id/tentang/")  # its permalink: its path
    assert about.text == "Tentang Kabar Kampung Pesisir\n\nKami menulis kabar dari kampung nelayan di pesisir utara."
    assert (contact.title, contact.url, contact.problems) == ("Kontak Redaksi", "https://kampung.contoh.id/kontak/", [])
    assert contact.text == "Kontak Redaksi\n\nHubungi redaksi Kabar Kampung Pesisir lewat balai desa setiap Kamis."  # no layout, no comment
    assert (history.url, history.text) == ("https://kampung.contoh.id/sejarah/", "Sejarah kampung\n\nKampung ini berdiri sejak zaman Belanda.")
    assert report.skipped["generated list page"] == 1


def test_template_formats_of_the_configuration_say_which_templates_are_pages(tmp_path, write):
    for name, text in TEMPLATES.items():
        write(name, text)
    write("eleventy.config.js", 'export default function (c) { c.setTemplateFormats(["md", "html"]); c.addTemplateFormats("njk"); }\n')
    report = IngestReport()
    assert [page.id for page in read_documents([str(tmp_path)], report=report)] == ["tentang.njk"]
    assert report.skipped["not one of the Eleventy site's template formats (templateFormats): not a page of the site"] == 3
    assert eleventy_settings(".eleventy.js", 'module.exports = (c) => ({ templateFormats: ["md", "liquid"] });').template_formats == ("md", "liquid")
    assert eleventy_settings(".eleventy.js", "module.exports = (c) => ({ templateFormats: formats });").template_formats == DEFAULT_TEMPLATE_FORMATS


def test_a_liquid_file_outside_an_eleventy_site_is_site_code(tmp_path, write):
    write("_config.yml", "title: Kabar Desa\n")
    write("_includes/kartu.liquid", "---\n---\n<div>{{ include.judul }}</div>\n")
    write("tentang.md", "---\ntitle: Tentang\n---\nKabar dari desa.\n")
    report = IngestReport()
    assert [page.id for page in read_documents([str(tmp_path)], report=report)] == ["tentang.md"]
    assert report.skipped["site code or configuration"] == 1  # (_config.yml)
    assert report.skipped[JEKYLL_TEMPLATE] == 1  # (the include of the Jekyll site)


@pytest.mark.parametrize(
    ("configuration", "text"),
    [
        (None, "Galeri Kabar Kampung Pesisir\n\nFoto kegiatan warga kampung setiap bulan. {# foto lama #}"),  # Liquid, Eleventy's default
        ('module.exports = () => ({ htmlTemplateEngine: "njk" });', "Galeri Kabar Kampung Pesisir\n\nFoto kegiatan warga kampung setiap bulan."),
        ("module.exports = () => ({ htmlTemplateEngine: false });", "Galeri {{ site.nama }}\n\nFoto kegiatan warga {% if site.nama %}kampung{% endif %} setiap bulan. {# foto lama #}"),
    ],
)
def test_an_html_template_is_rendered_with_the_sites_html_template_engine(tmp_path, write, configuration, text):
    write("package.json", TEMPLATES["package.json"])
    write("_data/site.json", TEMPLATES["_data/site.json"])
    write("galeri.html", "<h1>Galeri {{ site.nama }}</h1>\n<p>Foto kegiatan warga {% if site.nama %}kampung{% endif %} setiap bulan. {# foto lama #}</p>\n")
    if configuration is not None:
        write(".eleventy.js", configuration)
    [page] = read_documents([str(tmp_path)])
    assert (page.format, page.url, page.text) == ("html", "https://kampung.contoh.id/galeri/", text)
