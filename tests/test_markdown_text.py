"""Markdown bodies to text: code verbatim, raw HTML per fragment, tables, footnotes, images,
and linear time on hostile bodies."""

import pytest

from arsip.ingest.markup.markdown import markdown_to_text

from .conftest import best_cpu_seconds


def test_code_is_kept_verbatim_at_any_depth_and_never_read_as_html():
    body = (
        "Gunakan elemen `<form>` dan `<h1>` untuk judul.\n\n"
        "1. Langkah pertama:\n\n"
        "   ```html\n   <style>body { color: red }</style>\n   <input name=\"alamat\">\n   ```\n\n"
        "> ```\n> <form action=\"/kirim\">\n> ```\n\n"
        "    <textarea>kode berindentasi</textarea>\n\n"
        "Paragraf penutup tentang properti `kolomNama` tetap ada.\n"
    )
    text = markdown_to_text(body)
    assert "Gunakan elemen <form> dan <h1> untuk judul." in text
    assert '<style>body { color: red }</style>\n<input name="alamat">' in text
    assert '<form action="/kirim">' in text
    assert "<textarea>kode berindentasi</textarea>" in text
    assert text.endswith("Paragraf penutup tentang properti kolomNama tetap ada.")


def test_raw_html_is_converted_one_fragment_at_a_time():
    body = (
        "<div class=\"catatan\">\n<p>Isi &amp; catatan</p>\n<script>alert(1)</script>\n<form>\n\n"
        "Paragraf sesudah formulir yang tidak ditutup tetap ada.\n\n"
        "Teks <span class=\"x\">bergaya</span> dan <script>var rahasia;</script>sisanya.<br>Baris baru.\n"
    )
    text = markdown_to_text(body)
    assert "Isi & catatan" in text
    assert "Paragraf sesudah formulir yang tidak ditutup tetap ada." in text
    assert "Teks bergaya dan sisanya.\nBaris baru." in text
    assert "alert" not in text and "rahasia" not in text and "<" not in text


def test_tables_become_rows_of_cells():
    body = "| Nama | Kota |\n|:---|---:|\n| Ani | Bandung |\n| Budi | Medan |\n"
    assert markdown_to_text(body) == "Nama Kota\nAni Bandung\nBudi Medan"


def test_footnote_text_is_kept_and_markers_removed():
    body = "Data dari survei[^1] dan wawancara[^catatan].\n\n[^1]: Survei Dewan Pers 2015.\n[^catatan]: Wawancara di Makassar.\n"
    text = markdown_to_text(body)
    assert text.startswith("Data dari survei dan wawancara.")
    assert "Survei Dewan Pers 2015." in text and "Wawancara di Makassar." in text
    assert "[^" not in text


def test_images_keep_alt_text_and_title_not_file_names():
    body = '![Peta desa Sukamaju](peta.png "Peta tahun 2014")\n\n![IMG_2031.JPG](IMG_2031.JPG)\n'
    assert markdown_to_text(body) == "Peta desa Sukamaju Peta tahun 2014"


def test_lists_definitions_and_rules():
    body = "- satu\n- dua\n  - anak\n\nIstilah\n: definisi istilah\n\n===\n\nAkhir.\n"
    assert markdown_to_text(body) == "satu\ndua\n\nanak\n\nIstilah\ndefinisi istilah\n\nAkhir."


@pytest.mark.parametrize("generator", ["markdown", "mdx", "hugo", "docs"])
def test_github_alert_markers_are_not_text_but_stay_in_code(generator):
    body = (
        "> [!NOTE]\n> Simpan berkas sebelum keluar.\n\n> [!warning]\n> Jangan hapus folder data.\n\n"
        "> Kutipan biasa [!NOTE] di tengah kalimat tetap ada.\n\n```md\n> [!TIP]\n> contoh dalam kode\n```\n"
    )
    text = markdown_to_text(body, syntax=generator)
    assert text.startswith("Simpan berkas sebelum keluar.\n\nJangan hapus folder data.")
    assert "Kutipan biasa [!NOTE] di tengah kalimat tetap ada." in text
    assert "> [!TIP]\n> contoh dalam kode" in text
    assert "[!warning]" not in text


def test_containers_keep_their_title_and_contents_not_their_fences():
    body = (
        ":::tip[Kiat cepat]\n\nGunakan **pintasan** keyboard.\n\n:::\n\n"
        ":::warning Data hilang\nSimpan cadangan.\n:::\n\n"
        "::: {.catatan #c1}\nCatatan Pandoc.\n:::\n\n"
        "::::info\nLuar\n:::note\nDalam\n:::\n::::\n\n"
        "```md\n:::note\ncontoh dalam kode\n:::\n```\n"
    )
    text = markdown_to_text(body, syntax="mdx")
    assert text.startswith("Kiat cepat\n\nGunakan pintasan keyboard.\n\nData hilang\n\nSimpan cadangan.\n\nCatatan Pandoc.")
    assert "Luar\n\nDalam" in text
    assert ":::note\ncontoh dalam kode\n:::" in text
    assert "{.catatan" not in text and ":::tip" not in text and ":::warning" not in text


def test_admonitions_keep_the_authors_title_and_contents():
    body = '!!! note "Judul catatan"\n    Isi **catatan** di sini.\n\n!!! warning\n    Awas listrik.\n\n??? tip\n    Terlipat.\n'
    assert markdown_to_text(body) == "Judul catatan\n\nIsi catatan di sini.\n\nAwas listrik.\n\nTerlipat."


def test_a_letter_bracketed_inside_a_word_joins_it_but_not_in_code_or_elsewhere():
    body = "- [t]ampilkan isi ([f]ile), E[x]trak otom[a]tis.\n\n- [x] tugas, catatan[1], huruf [b] saja, `E[x]trak` kode.\n"
    text = markdown_to_text(body)
    assert text == "tampilkan isi (file), Extrak otomatis.\n\n[x] tugas, catatan[1], huruf [b] saja, E[x]trak kode."


def test_kramdown_attribute_lists_are_removed_but_not_from_code():
    body = "![Foto](a.jpg){: .img-responsive }\n\nParagraf.\n{: .lead}\n\n`{: .kelas}`\n"
    assert markdown_to_text(body) == "Foto\n\nParagraf.\n\n{: .kelas}"


def _as_jekyll_and_mdx(body: str) -> None:
    markdown_to_text(body, {}, "jekyll")
    markdown_to_text(body, {}, "mdx")


def _seconds(body: str) -> float:
    return best_cpu_seconds(_as_jekyll_and_mdx, body)


@pytest.mark.parametrize(
    "unit", ["{{", "![", "~~x ", "**x ", "[^", "[", "{/*", "{% raw %}", "<a ", "`x", "[caption]", "{{< x ", "{", '{"', "<A x={", '<A x="', "<A b ", "export (\n\n ", "export x\n"]
)
def test_hostile_bodies_take_linear_time(unit):
    small = unit * (4000 // len(unit))
    # Four times the input in at most ~8 times the time (quadratic would be 16 times).
    assert _seconds(small * 4) < 8 * _seconds(small) + 0.05


def test_an_alt_text_that_only_names_the_image_address_is_not_text():
    """Writers and editors fill ``alt`` with the image's address (a Pelican blog's
    ``<p align="center"><img alt="https://i.imgur.com/…">``); that is no text, a real
    description is."""
    body = (
        '<p align="center">\n  <img src="https://i.imgur.com/3CxmyHm.png" alt="https://i.imgur.com/3CxmyHm.png">\n</p>\n\n'
        "Tampilan awal blog setelah tema dipasang.\n\n"
        "![//cdn.contoh.id/gambar/tema.png](//cdn.contoh.id/gambar/tema.png)\n\n"
        '<img src="/gambar/sawah.jpg" alt="Sawah di Subang saat panen">\n'
    )
    text = markdown_to_text(body)
    assert "imgur" not in text and "cdn.contoh.id" not in text
    assert text == "Tampilan awal blog setelah tema dipasang.\n\nSawah di Subang saat panen"


def test_a_br_at_the_end_of_a_line_is_one_line_break():
    body = "Baris satu<br>\nbaris dua<br/>  \nbaris tiga  \nbaris empat<br><br>\nparagraf baru\n"
    assert markdown_to_text(body) == "Baris satu\nbaris dua\nbaris tiga\nbaris empat\n\nparagraf baru"
