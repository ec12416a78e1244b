"""An Eleventy site's own shortcodes: a tag arsip removes is named in a problem, with its
count, unless it shows no text — its configuration (or a module of the site it loads)
defines it with a function returning only markup, it is Nunjucks' or Liquid's own, or an
embed such as ``youtube``. A paired shortcode keeps its content either way. See the
eleventy-shortcodes site in tests/data."""

import pytest

from arsip.ingest.pipeline import read_documents
from arsip.ingest.sites.eleventy_shortcodes import configured_shortcodes

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
        "Sampah plastik jangan dibuang ke selokan.\n\nKegiatan berikutnya diumumkan di balai desa."
    )
    assert page.problems == []


def test_shortcodes_whose_code_may_show_text_are_named_and_a_paired_one_keeps_its_content():
    page = _pages(SITE)["src/berita/posyandu.md"]
    assert page.text == "Posyandu Melati buka setiap Selasa pertama di balai RW.\n\nBuku KIA dan kartu BPJS.\n\nDiperbarui."
    assert [problem.reason for problem in page.problems] == [
        f"3 {CONFIGURED}: catatan (1), foto (1), tahun (1)",  # (tahun: defined in _config/shortcodes.js, which the configuration loads)
        f"1 {UNDEFINED}: sorotan (1)",
    ]


def test_a_nunjucks_template_names_a_tag_nothing_defines():
    page = _pages(SITE)["src/tentang.njk"]
    assert page.text == "Tentang Desa Sukamaju\n\nDesa Sukamaju terletak di kaki Gunung Salak.\n\nKantor desa buka Senin sampai Jumat."
    assert [problem.reason for problem in page.problems] == [f"1 {UNDEFINED}: peta (1)"]


def test_a_zipped_site_reads_the_modules_its_configuration_loads_too(tmp_path):
    pages = _pages(zip_of(SITE, tmp_path / "situs.zip", "situs-main/"))
    assert [problem.reason for problem in pages["src/berita/posyandu.md"].problems][0] == f"3 {CONFIGURED}: catatan (1), foto (1), tahun (1)"
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
    ("definition", "silent"),
    [
        ('c.addShortcode("x", (id) => `<iframe src="/v/${id}"></iframe>`);', True),
        ('c.addNunjucksAsyncShortcode("x", async function (id) { if (!id) return; return \'<div id="peta"></div>\'; });', True),
        ('c.addPairedShortcode("x", (content, kind) => { return `<aside class="${kind}">${ content }</aside>`; });', True),
        ('c.addShortcode("x", () => `<div id="a"></div><script>tampil("${nama}")</script>`);', True),
        ('c.addShortcode("x", (judul) => `<h2>${judul}</h2>`);', False),  # (a parameter shown as text)
        ('c.addShortcode("x", (src, alt) => `<img src="${src}" alt="${alt}">`);', False),  # (alt text is text)
        ('c.addShortcode("x", () => "<p>Hak cipta</p>");', False),
        ('c.addPairedShortcode("x", (content) => `<div>${md.render(content)}</div>`);', False),
        ('c.addShortcode("x", (id) => \'<iframe src="\' + id + \'"></iframe>\');', False),  # (not one literal)
        ('c.addShortcode("x", gambar);', False),  # (a function imported, not written in the file)
        ('c.addShortcode("x", peta);\n}; function peta(id) { return `<iframe src="/peta/${id}"></iframe>`; }', True),
        ('c.addShortcode("x", judul);\n}; const judul = async (teks) => `<h2>${teks}</h2>`;', False),
        ('c.addLiquidTag("x", function (liquid) { return { render: () => "" }; });', False),
    ],
)
def test_a_shortcode_shows_no_text_only_when_its_function_returns_markup_alone(definition, silent):
    assert configured_shortcodes("module.exports = function (c) {\n  " + definition + "\n};") == {"x": silent}


def test_a_name_defined_twice_shows_no_text_only_when_neither_definition_does():
    config = 'c.addShortcode("x", () => "<hr>"); c.addLiquidShortcode("x", (t) => `${t}`); c.addShortcode("y", () => "<br>");'
    assert configured_shortcodes(config) == {"x": False, "y": True}
