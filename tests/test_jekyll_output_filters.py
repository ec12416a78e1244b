"""A Jekyll page's Liquid outputs as Liquid renders them: a front-matter value by its dotted
name, a list's ``size``, ``first`` and ``last``, a list shown as its items one after another,
the filters arsip applies (``size``, ``join``, ``default``, ``upcase``, ``markdownify`` …);
a filter it does not apply (``truncate``, ``replace``) is named with the value shown whole, and
what Jekyll makes itself that arsip does not know (``page.url``, ``site.posts``) or a mapping
is removed and named: no output is lost without a problem."""

from pathlib import Path

from arsip.ingest.sites.jekyll.outputs import output_text, unapplied_filters

from .conftest import read_by_id

SITE = Path(__file__).parent / "data" / "jekyll-outputs"


def _documents() -> dict:
    return read_by_id(SITE)[0]


def test_front_matter_values_show_through_the_filters_arsip_applies():
    post = _documents()["_posts/2023-03-12-rapat-warga.md"]
    assert post.text == (
        "Rapat KABAR RT 03 SUKAMAJU ditulis oleh Siti Rahmawati. Warga sepakat menambah jadwal ronda.\n\n"
        "Tulisan ini punya 3 tag (3): rapat, keamanan, dan kebersihan. Kata kunci: rapat, keamanan, kebersihan; Tanpa subjudul.\n\n"
        "Judul pendek: Rapat warga bulan Maret. Lokasi pada 12 March 2023."
    )
    assert [problem.reason for problem in post.problems] == [
        "1 Liquid output(s) removed, what they show not known: {{ page.lokasi }} (1)",
        "1 Liquid output(s) shown without their filters applied: {{ page.title | truncate }} (1)",
    ]


def test_an_html_page_counts_its_list_and_names_what_jekyll_makes_itself():
    page = _documents()["arsip.html"]
    assert page.text == "Arsip tulisan\n\nAda tulisan dalam 2 kategori: berita dan pengumuman.\n\nAlamat halaman ini:. Kembali ke awal."
    assert [problem.reason for problem in page.problems] == [
        "2 Liquid output(s) removed, what they show not known: {{ site.posts.size }} (1), {{ page.url }} (1)"
    ]


def test_a_list_shows_its_items_one_after_another_as_liquid_joins_them():
    page = {"tags": ["rapat", "rt"], "kosong": [], "judul": "rapat RT"}
    assert output_text("page.tags", page, None) == "rapatrt"
    assert output_text("page.tags.first", page, None) == "rapat"
    assert output_text("page.tags | last | upcase", page, None) == "RT"
    assert output_text("page.kosong | default: 'tanpa tag'", page, None) == "tanpa tag"
    assert output_text("page.judul | append: ' warga' | prepend: \"Hasil \"", page, None) == "Hasil rapat RT warga"
    assert output_text("page.judul | number_of_words", page, None) == "2"


def test_a_value_arsip_does_not_know_is_none():
    site = {"title": "Kabar RT 03", "menu": None}
    assert output_text("site.title.size", {}, site) == "11"
    assert output_text("site.menu", {}, site) is None  # (a list setting)
    assert output_text("site.data.tim", {}, site) is None
    assert output_text("page.judul | append: penulis", {"judul": "Rapat"}, site) is None  # (an argument that is a variable arsip does not know: one a loop or an assign sets)
    assert output_text("post.title", {}, site) is None
    assert output_text("page.subjudul", {}, site) == ""  # (a name the front matter does not give: nothing, as in Jekyll)
    assert unapplied_filters("page.title | escape | truncate: 12 | replace: 'a', 'b'") == ["truncate", "replace"]
