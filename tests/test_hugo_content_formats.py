"""Hugo renders each content file with the renderer its front matter's ``markup`` names,
else its extension's (gohugo.io, "Content formats"; ``markup/markup.go``), and every one
of them after its front matter and shortcodes: an ``.ad`` file is AsciiDoc, a reST page's
front matter is its metadata, and a Pandoc page (``.pandoc``, ``.pdc``, ``markup: pandoc``)
is Pandoc's Markdown, its spans, attributes and inline notes read as Pandoc shows them."""

from pathlib import Path

import pytest

from .conftest import read_by_id

SITE = Path(__file__).parent / "data" / "hugo-content-formats"


@pytest.fixture(scope="module")
def documents() -> dict:
    return read_by_id(SITE)[0]


def test_a_pandoc_page_shows_its_spans_notes_and_raw_html_without_attributes(documents):
    page = documents["content/berita/panen-raya.pandoc"]
    assert (page.format, page.generator, page.title) == ("markdown", "hugo", "Panen raya di Dusun Krajan")
    assert page.url == "https://sukamaju.desa.id/berita/panen-raya/"
    assert page.text == (
        "Warga Dusun Krajan memanen padi gabah kering giling seluas dua belas hektare.\n\n"
        "Sawah menjelang panen\n\n"
        "Harga gabah naik menjadi enam ribu rupiah per kilogram.\n\n"  # (Pandoc shows raw HTML; the site's Goldmark would omit it)
        "Dusun Hasil (ton)\nKrajan 84\n\n"
        "Hasil panen per dusun\n\n"
        "Angka ini mengikuti catatan dinas pertanian [@dinas2023].\n\n"  # (no bibliography: Pandoc shows the citation as written)
        "Data dari kelompok tani Sri Rejeki."
    )
    assert page.problems == []


def test_a_pandoc_file_without_front_matter_is_a_page(documents):
    page = documents["content/berita/ronda.pdc"]
    assert page.url == "https://sukamaju.desa.id/berita/ronda/"
    assert page.text == "Jadwal ronda malam bulan Mei sudah dibagikan ke setiap RT."


def test_markup_pandoc_reads_a_markdown_file_as_pandocs(documents):
    page = documents["content/berita/musyawarah.md"]
    assert page.text == "Musyawarah desa membahas perbaikan jalan usaha tani di Dusun Sumber.\n\nUndangan dibagikan melalui ketua RT."
    assert page.problems == []


def test_a_rest_page_reads_its_front_matter_and_shortcodes(documents):
    page = documents["content/profil/sejarah.rst"]
    assert (page.format, page.generator, page.title, page.date) == ("rst", "hugo", "Sejarah Desa Sukamaju", "2023-08-17")
    assert [tag.label for tag in page.tags] == ["sejarah", "profil"]
    assert page.url == "https://sukamaju.desa.id/profil/sejarah/"
    assert page.text == (
        "Asal mula\n\nDesa Sukamaju berdiri pada tahun 1912 sebagai pemekaran Desa Sumberjaya.\n\n"
        "Kepala desa saat ini adalah Bapak Suryadi."
    )


def test_markup_rst_reads_a_markdown_file_without_its_front_matter(documents):
    page = documents["content/profil/struktur.md"]
    assert (page.format, page.title) == ("rst", "Struktur pemerintahan desa")
    assert page.text == "Pemerintah desa terdiri atas kepala desa, sekretaris desa, dan tiga kepala urusan.\n\nKaur Keuangan\nKaur Perencanaan"


def test_an_ad_file_is_asciidoc(documents):
    page = documents["content/layanan/surat-domisili.ad"]
    assert (page.format, page.title) == ("asciidoc", "Surat keterangan domisili")
    assert page.text == "Syarat\n\nFotokopi KTP\nSurat pengantar RT\n\nSurat selesai dalam satu hari kerja."
