"""An Eleventy site's own shortcodes: a tag arsip removes is named in a problem, with its
count, unless it shows no text — its configuration (or a module of the site it loads)
defines it with a function returning only markup (a literal, or literals joined with ``+``),
it is Nunjucks' or Liquid's own, it renders a paired one's content with a Markdown library
(``md.render(content)``, ``inline ? md.renderInline(content) : md.render(content.trim())``: the content is read as Markdown, in a ``.njk`` template too), or an embed such as ``youtube``; a paired one whose
function puts its content in a ``<style>`` (or an attribute, or nowhere) shows nothing of it. One whose function builds
an image (``<img alt="${alt}">``, eleventy-img's ``Image.generateHTML``) shows the argument
given as its alt text, without a problem. A paired shortcode keeps its content either way.
See the eleventy-shortcodes site in tests/data."""

import pytest

from arsip.ingest.pipeline import read_documents
from arsip.ingest.sites.eleventy_shortcodes import BUNDLE, NO_TEXT, UNKNOWN, Shows, configured_shortcodes
from arsip.ingest.sites.syntax import eleventy_markdown

from .conftest import DATA, zip_of

SITE = DATA / "eleventy-shortcodes"
CONFIGURED = "shortcode(s) of the site's configuration removed (a paired one's content kept), what their code shows not known"
UNDEFINED = "tag(s) removed that no configuration arsip read defines (a plugin's shortcode, or the site's code not read), what they show not known"


def _pages(path) -> dict:
    return {page.id.rpartition("!/situs-main/")[2]: page for page in read_documents([str(path)])}


def test_shortcodes_that_show_only_markup_are_removed_without_a_problem():
    page = _pages(SITE)["src/berita/kerja-bakti.md"]
    assert page.text == (
        "Warga RT 03 bergotong royong membersihkan saluran air menjelang musim hujan.\n\n"
        "Sampah plastik jangan dibuang ke selokan.\n\n"
        "Iuran kas RT Rp5.000 per bulan.\n\n"  # ({% markdown %}: md.render(content.trim()), or renderInline)
        "Warga mengangkat lumpur dari saluran\n\n"  # (gambar: eleventy-img's markup, its alt text)
        "Kegiatan berikutnya diumumkan di balai desa."
    )
    assert page.problems == []


def test_shortcodes_whose_code_may_show_text_are_named_and_a_paired_one_keeps_its_content():
    page = _pages(SITE)["src/berita/posyandu.md"]
    assert page.text == "Posyandu Melati buka setiap Selasa pertama di balai RW.\n\nBuku KIA dan kartu BPJS.\n\nKader menimbang balita\n\nDiperbarui."
    assert [problem.reason for problem in page.problems] == [
        f"2 {CONFIGURED}: catatan (1), tahun (1)",  # (tahun: defined in _config/shortcodes.js, which the configuration loads)
        f"1 {UNDEFINED}: sorotan (1)",
    ]


def test_a_nunjucks_template_names_a_tag_nothing_defines():
    page = _pages(SITE)["src/tentang.njk"]
    assert page.text == (
        "Tentang Desa Sukamaju\n\nDesa Sukamaju terletak di kaki Gunung Salak.\n\nKantor desa buka Senin sampai Jumat.\n\n"
        "Layanan\n\nSurat pengantar diurus di kantor desa, lihat jadwal."  # ({% markdown %}: its content read as Markdown)
    )
    assert [problem.reason for problem in page.problems] == [f"1 {UNDEFINED}: peta (1)"]


def test_a_zipped_site_reads_the_modules_its_configuration_loads_too(tmp_path):
    pages = _pages(zip_of(SITE, tmp_path / "situs.zip", "situs-main/"))
    assert [problem.reason for problem in pages["src/berita/posyandu.md"].problems][0] == f"2 {CONFIGURED}: catatan (1), tahun (1)"
    assert pages["src/berita/kerja-bakti.md"].problems == []


def test_without_a_configuration_every_tag_of_the_site_is_named_but_embeds(tmp_path):
    (tmp_path / "package.json").write_text('{"devDependencies": {"@11ty/eleventy": "^2.0.1"}}', encoding="utf-8")
    (tmp_path / "acara.md").write_text(
        "---\ntitle: Acara\n---\n{% assign hari = \"Minggu\" %}Lomba {{ hari }}.\n\n{% youtube \"x1\" %}{% vimeo \"2\" %}\n\n"
        "{% kotak %}Daftar di RT.{% endkotak %} {% kotak %}Gratis.{% endkotak %}\n\n```\n{% contoh %}\n```\n",
        encoding="utf-8",
    )
    [page] = read_documents([str(tmp_path)])
    assert "Lomba Minggu." in page.text and "Daftar di RT. Gratis." in page.text
    assert [problem.reason for problem in page.problems] == [f"2 {UNDEFINED}: kotak (2)"]


@pytest.mark.parametrize(
    ("definition", "shows"),
    [
        ('c.addShortcode("x", (id) => `<iframe src="/v/${id}"></iframe>`);', NO_TEXT),
        ('c.addNunjucksAsyncShortcode("x", async function (id) { if (!id) return; return \'<div id="peta"></div>\'; });', NO_TEXT),
        ('c.addPairedShortcode("x", (content, kind) => { return `<aside class="${kind}">${ content }</aside>`; });', NO_TEXT),
        ('c.addShortcode("x", () => `<div id="a"></div><script>tampil("${nama}")</script>`);', NO_TEXT),
        ('c.addShortcode("x", (id) => \'<iframe src="\' + id + \'"></iframe>\');', NO_TEXT),  # (literals joined, the parameter in a tag)
        ('c.addPairedShortcode("x", function (content) { return "<details>" + content + "</details>"; });', NO_TEXT),
        # A paired one whose content goes into a <style>, an attribute, or nowhere shows nothing of it.
        ('c.addPairedShortcode("x", (kode) => `<style>${kode}</style>`);', Shows(content=False)),
        ('c.addPairedShortcode("x", (content, judul) => `<details data-isi="${content}" title="${judul}"></details>`);', Shows(content=False)),
        ('c.addPairedShortcode("x", () => "<hr>");', Shows(content=False)),
        ('c.addPairedShortcode("x", function (content) { if (!content) return ""; return `<p class="catatan">${content}</p>`; });', NO_TEXT),
        ('c.addShortcode("x", (judul) => `<h2>${judul}</h2>`);', UNKNOWN),  # (a parameter shown as text)
        ('c.addShortcode("x", (judul) => "<h2>" + judul + "</h2>");', UNKNOWN),
        ('c.addShortcode("x", () => "<p>Hak cipta</p>");', UNKNOWN),
        ('c.addShortcode("x", () => \'<img src="/logo.png" alt="Logo desa">\');', UNKNOWN),  # (alt text the code writes)
        # A paired one rendering its content with a Markdown library: the content, as Markdown.
        ('c.addPairedShortcode("x", (content) => `<div>${md.render(content)}</div>`);', Shows(markdown=True)),
        ('c.addPairedShortcode("x", function (content) { return markdownLibrary.renderInline(content); });', Shows(markdown=True)),
        ('c.addPairedShortcode("x", (c) => require("markdown-it")({ html: true }).render(c || ""));', Shows(markdown=True)),
        ('c.addPairedShortcode("x", (content) => marked.parse(content));', Shows(markdown=True)),
        # Inline or not as an argument says (both branches of a conditional read), its whitespace trimmed.
        ('c.addPairedShortcode("x", (content, inline = null) => { return inline ? md.renderInline(content) : md.render(content); });', Shows(markdown=True)),
        ('c.addPairedShortcode("x", (content) => md.render(content.trim()));', Shows(markdown=True)),
        ('c.addPairedShortcode("x", (isi, sebaris) => sebaris ? marked.parseInline(isi.trim()) : `<div>${marked.parse(isi.trimStart())}</div>`);', Shows(markdown=True)),
        ('c.addPairedShortcode("x", (content) => `<aside>${content.trim()}</aside>`);', NO_TEXT),
        ('c.addPairedShortcode("x", (content, mentah) => mentah ? content : md.render(content));', UNKNOWN),  # (as written or as Markdown)
        ('c.addShortcode("x", (nama, besar) => besar ? `<i class="${nama} besar"></i>` : `<i class="${nama}"></i>`);', NO_TEXT),
        ('c.addShortcode("x", (judul) => judul ? `<h2>${judul}</h2>` : "<hr>");', UNKNOWN),
        ('c.addPairedShortcode("x", (content) => content?.trim() ?? "");', UNKNOWN),  # (?. and ?? are no conditional)
        ('c.addPairedShortcode("x", (content, teks) => md.render(teks));', UNKNOWN),  # (an argument rendered: its text shows)
        ('c.addPairedShortcode("x", (content) => JSON.parse(content));', UNKNOWN),
        ('c.addShortcode("x", gambar);', UNKNOWN),  # (a function imported, not written in the file)
        ('c.addShortcode("x", peta);\n}; function peta(id) { return `<iframe src="/peta/${id}"></iframe>`; }', NO_TEXT),
        ('c.addShortcode("x", judul);\n}; const judul = async (teks) => `<h2>${teks}</h2>`;', UNKNOWN),
        ('c.addLiquidTag("x", function (liquid) { return { render: () => "" }; });', UNKNOWN),
        # An image: its alt text is the argument given as its alt.
        ('c.addShortcode("x", (src, alt) => `<img src="${src}" alt="${alt}">`);', Shows(alt=1)),
        ('c.addShortcode("x", (src, teks) => \'<picture><img src="\' + src + \'" alt="\' + teks + \'"></picture>\');', Shows(alt=1)),
        ('c.addPairedShortcode("x", (content, src, alt) => `<figure><img src="${src}" alt="${alt}"><figcaption>${content}</figcaption></figure>`);', Shows(alt=1)),
        ('c.addShortcode("x", async function (src, alt, widths = [300, 600], sizes = "") {\n'
         '  let metadata = await Image(src, { widths });\n  return Image.generateHTML(metadata, { alt, sizes, loading: "lazy" });\n});', Shows(alt=1)),
        ('c.addShortcode("x", async (keterangan, src) => {\n  const meta = await eleventyImage(src);\n'
         '  return eleventyImage.generateHTML(meta, { alt: keterangan });\n});', Shows(alt=0)),
        ('c.addShortcode("x", async function (src, alt, widths = [300, 600]) {\n  return Image(src, {\n    widths,\n'
         '    returnType: "html",\n    htmlOptions: { imgAttributes: { alt, loading: "lazy" } },\n  });\n});', Shows(alt=1)),  # (eleventy-img 6)
        # Its alt a keyword argument its function destructures (Nunjucks' {% x src="a.jpg", alt="…" %}), or empty.
        ('c.addShortcode("x", ({ src, alt }) => `<img src="${src}" alt="${alt}">`);', Shows(keyword="alt")),
        ('c.addShortcode("x", async ({ src, alt: teks = "", widths }) => Image.generateHTML(await Image(src, { widths }), { alt: teks }));', Shows(keyword="alt")),
        ('c.addShortcode("x", async (src) => Image.generateHTML(await Image(src), { alt: "", sizes: "100vw" }));', NO_TEXT),  # (a decorative image)
        ('c.addShortcode("x", ({ judul }) => `<h2>${judul}</h2>`);', UNKNOWN),
        ('c.addShortcode("x", async (src, alt) => Image.generateHTML(await Image(src), { alt }) + `<p>${alt}</p>`);', UNKNOWN),  # (a caption besides)
        ('c.addShortcode("x", async (src) => Image.generateHTML(await Image(src), { alt: judulGambar(src) }));', UNKNOWN),
    ],
)
def test_what_a_shortcode_shows_is_read_from_its_function(definition, shows):
    assert configured_shortcodes("module.exports = function (c) {\n  " + definition + "\n};") == {"x": shows}


def test_a_name_defined_twice_shows_what_both_definitions_show():
    config = 'c.addShortcode("x", () => "<hr>"); c.addLiquidShortcode("x", (t) => `${t}`); c.addShortcode("y", () => "<br>");'
    config += ' c.addLiquidShortcode("z", gambar); c.addNunjucksAsyncShortcode("z", gambar); async function gambar(src, alt) { return Image.generateHTML(await Image(src), { alt }); }'
    assert configured_shortcodes(config) == {"x": UNKNOWN, "y": NO_TEXT, "z": Shows(alt=1)}


def test_a_namespace_prefixes_the_names_of_the_tags_defined_in_it():
    config = (
        'module.exports = (c) => {\n  c.namespace("desa_", () => {\n    c.addShortcode("peta", (id) => `<iframe src="/peta/${id}"></iframe>`);\n'
        '    c.addBundle("svg");\n  });\n  c.addShortcode("judul", (teks) => `<h2>${teks}</h2>`);\n};'
    )
    assert configured_shortcodes(config) == {"desa_peta": NO_TEXT, "desa_svg": BUNDLE, "judul": UNKNOWN}


def test_an_image_shortcode_shows_the_argument_its_code_takes_as_alt_text():
    shortcodes = (("foto", Shows(alt=0)), ("image", UNKNOWN))  # (the site's own image: what it shows not known)
    body = '{% foto judul_foto, "sawah.jpg" %} {% foto "Balai desa baru", "balai.jpg" -%}\n{% image "a.jpg", "Tidak tampil" %}'
    assert eleventy_markdown(body, {"judul_foto": "Sawah di Dusun Krajan"}, shortcodes).split() == "Sawah di Dusun Krajan Balai desa baru".split()
