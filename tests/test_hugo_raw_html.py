"""Hugo's Goldmark shows no raw HTML in Markdown unless the site sets
``markup.goldmark.renderer.unsafe = true`` (Hugo's default since 0.60 is false): a raw HTML
block's text is left out, and a problem names the blocks; HTML inside a ``{{< x >}}``
shortcode's content (given to its template as written) and an HTML content file are shown."""

from pathlib import Path

import pytest

from arsip.ingest.sites.hugo.raw_html import goldmark_raw_html, raw_html_omitted

from .conftest import read_by_id

DATA = Path(__file__).parent / "data"


def _documents(site: str) -> dict:
    return read_by_id(DATA / site)[0]


def test_a_site_without_unsafe_leaves_out_raw_html_blocks_and_names_them():
    post = _documents("hugo-raw-html")["content/berita/posyandu.md"]
    assert post.text == (
        "Posyandu Melati kembali dibuka di balai warga.\n\n"
        "Warga diminta membawa buku KIA masing-masing.\n\n"
        "Pendaftaran di meja depan balai.\n\n"
        "Kader hadir sejak pukul tujuh."
    )
    assert [problem.reason for problem in post.problems] == [
        "2 raw HTML block(s) of 8 word(s) left out, as Hugo's Goldmark omits raw HTML unless markup.goldmark.renderer.unsafe is true: <div> (1), <table> (1)"
    ]


def test_an_html_content_file_keeps_its_html():
    page = _documents("hugo-raw-html")["content/tentang.html"]
    assert page.text == "Kabar Desa Sukamaju ditulis oleh relawan desa."
    assert page.problems == []


def test_a_site_setting_unsafe_in_its_configuration_folder_shows_raw_html():
    post = _documents("hugo-raw-html-unsafe")["content/berita/posyandu.md"]
    assert "Jadwal penimbangan: Selasa pukul delapan pagi." in post.text
    assert "Bidan Sari" in post.text
    assert post.problems == []


@pytest.mark.parametrize(
    "config, omitted",
    [
        ({}, True),
        ({"markup": {"goldmark": {"renderer": {"unsafe": False}}}}, True),
        ({"markup": {"Goldmark": {"Renderer": {"Unsafe": True}}}}, False),  # (Hugo's keys ignore case)
        ({"markup": {"defaultMarkdownHandler": "blackfriday"}}, False),
        ({"blackfriday": {"hrefTargetBlank": True}}, False),  # (a configuration of Hugo before 0.60)
    ],
)
def test_the_configuration_says_whether_raw_html_is_omitted(config, omitted):
    assert raw_html_omitted(config) is omitted


def test_a_block_without_text_is_left_out_unnamed():
    body, problems = goldmark_raw_html("Rapat dimulai.\n\n<!-- foto menyusul -->\n<br>\n\nSelesai.\n")
    assert body == "Rapat dimulai.\n\n\n\n\nSelesai.\n"
    assert problems == []


def test_inline_tags_are_left_out_and_the_text_between_them_stays():
    post = _documents("hugo-raw-html")["content/berita/kerja-bakti.md"]
    assert post.text == (
        "Kerja bakti membersihkan saluran irigasi dimulai pukul tujuh.\n"
        "Warga berkumpul di pos ronda.\n\n"
        "Untuk mencetak daftar hadir tekan Ctrl+P, lalu tulis <b>nama</b> di kolom isian.\n\n"
        "Baris pertamabaris kedua.\n\n"
        "Denah balai warga dipasang di papan."
    )
    assert [problem.reason for problem in post.problems] == [
        "1 inline raw HTML tag(s) of 4 word(s) left out, as Hugo's Goldmark omits raw HTML unless markup.goldmark.renderer.unsafe is true: inline <img> (1)"
    ]


def test_blocks_and_inline_tags_are_named_in_one_problem():
    body, problems = goldmark_raw_html('<div>\nJadwal posyandu.\n</div>\n\nLihat <img alt="Peta posyandu" src="peta.png"> di sini.\n')
    assert body == "\n\n\n\nLihat \ufdd0 di sini.\n"
    assert [problem.reason for problem in problems] == [
        "1 raw HTML block(s) of 2 word(s) and 1 inline raw HTML tag(s) of 2 word(s) left out, as Hugo's Goldmark omits raw HTML "
        "unless markup.goldmark.renderer.unsafe is true: <div> (1), inline <img> (1)"
    ]


def test_a_shortcodes_parameters_are_not_read_as_html():
    body, problems = goldmark_raw_html('{{< figure src="balai.jpg" caption="<b>Balai warga</b>" >}} Rapat <i>warga</i>.\n')
    assert body == '{{< figure src="balai.jpg" caption="<b>Balai warga</b>" >}} Rapat \ufdd0warga\ufdd0.\n'
    assert problems == []
