"""A Hugo page's front matter ``markup`` names the renderer Hugo renders it with, in place
of the one its file's extension gives (gohugo.io, "Content formats"): a ``.md`` page with
``markup: html`` is read as HTML, one with ``markup: asciidoc`` as AsciiDoc, an ``.html``
one with ``markup: markdown`` as Markdown (Pandoc's pages: test_hugo_content_formats); a
name Hugo has no renderer of is named in a problem."""

from pathlib import Path

import pytest

from arsip.ingest.sites.hugo.markup import page_format

from .conftest import read_by_id

SITE = Path(__file__).parent / "data" / "hugo-page-markup"


@pytest.fixture(scope="module")
def documents() -> dict:
    return read_by_id(SITE)[0]


def test_markup_html_reads_a_markdown_file_as_html(documents):
    page = documents["content/profil.md"]
    assert page.format == "html"
    assert page.text == (
        "Desa Sukamaju terletak di lereng Gunung Sumbing, dihuni sekitar dua ribu jiwa.\n\n"
        "Sebagian besar warga bertani tembakau dan kopi."
    )
    assert page.problems == []  # (no raw HTML left out, as Goldmark would have)


def test_markup_asciidoc_reads_a_markdown_file_as_asciidoc(documents):
    page = documents["content/sejarah.md"]
    assert page.format == "asciidoc"
    assert page.text == "Awal mula\n\nDesa Sukamaju berdiri pada tahun 1912 sebagai pemekaran Desa Sumberjaya.\n\nDusun Krajan\nDusun Sumber"


def test_markup_markdown_reads_an_html_file_as_markdown(documents):
    page = documents["content/berita/rapat.html"]
    assert page.format == "markdown"
    assert "**" not in page.text and "- Ronda" not in page.text
    assert page.text.startswith("Rapat warga membahas jadwal ronda dan perbaikan saluran irigasi.")


def test_an_unknown_markup_is_named(documents):
    assert [problem.reason for problem in documents["content/berita/pengumuman.md"].problems] == [
        "markup: markdwn names no renderer Hugo has today (its build stops on it); read as markdown, by its file's extension"
    ]
    assert documents["content/berita/pengumuman.md"].text == "Balai desa tutup pada hari Jumat."


@pytest.mark.parametrize(
    "text, expected",
    [
        ("---\ntitle: Rapat\n---\nmarkup: kata di badan tulisan, bukan kunci.\n", "markdown"),  # (a body line is not front matter)
        ('{\n  "title": "Rapat",\n  "markup": "goldmark"\n}\nTeks.\n', "markdown"),
        ("+++\nmarkup = 'ORG'\n+++\n* Judul\n", "org"),
        ("---\nmarkup: rst\n---\nJudul\n=====\n", "rst"),
    ],
)
def test_the_markup_names_are_hugos_in_any_case(text, expected):
    assert page_format(text, "markdown") == (expected, None)
