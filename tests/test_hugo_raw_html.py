"""Hugo's Goldmark shows no raw HTML in Markdown unless the site sets
``markup.goldmark.renderer.unsafe = true`` (Hugo's default since 0.60 is false): a raw HTML
block's text is left out, and a problem names the blocks; HTML inside a ``{{< x >}}``
shortcode's content (given to its template as written) and an HTML content file are shown."""

from pathlib import Path

import pytest

from arsip.ingest.pipeline import read_documents
from arsip.ingest.sites.hugo.raw_html import goldmark_raw_html, raw_html_omitted

DATA = Path(__file__).parent / "data"


def _documents(site: str) -> dict:
    return {document.id: document for document in read_documents([str(DATA / site)])}


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
