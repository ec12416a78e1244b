"""Which parameters of a shortcode or component are text (ingest/parameters.py)."""

import pytest

from arsip.ingest.parameters import parameter_text
from arsip.ingest.site_syntax import hugo_shortcodes


@pytest.mark.parametrize(
    "shortcode, parameters, expected",
    [
        ("badge", ' "Baru"', ["Baru"]),
        ("label", ' "Penting"', ["Penting"]),
        ("sorot", ' "BNPB"', ["BNPB"]),
        ("catatan", ' "anak-anak"', ["anak-anak"]),
        ("catatan", ' "Jembatan-gantung"', ["Jembatan-gantung"]),
        ("gambar", ' "banjir.jpg" "Relawan mengevakuasi warga"', ["Relawan mengevakuasi warga"]),
        ("tombol", ' "daftar-relawan" "Daftar"', ["Daftar"]),
        ("ikon", ' "fa_home"', []),
        ("warna", ' "#ff8800"', []),
        ("jumlah", ' "1200"', []),
        ("unduh", ' "https://contoh.id/posko.pdf"', []),
        ("lokasi", ' "peta/waena"', []),
        ("kode", ' "w7Ft2ymGmfc"', []),
        ("alert", ' "warning"', []),
        ("notice", ' "Info" "Bantuan logistik"', ["Bantuan logistik"]),
        ("badge", ' "info"', ["info"]),  # a style only as an admonition's first value
        ("notice", ' "tip" "Catatan"', ["Catatan"]),
        ("instagram", ' "Ptposko"', []),
        ("ref", ' "tentang"', []),
        ("galeri", ' folder="panen"', []),  # a named setting: one word is not text
        ("kutipan", ' sumber="Badan Nasional"', ["Badan Nasional"]),
        ("peta", " lokasi=sentani keterangan=Lokasi-jembatan", ["Lokasi-jembatan"]),
        ("gist", " relawan 5d3a2b9e", []),  # Hugo's own: ids, Capitalised or not
        ("youtube", " id=Wsk", []),
        ("instagram", " BWNjjyYFxVx hidecaption", []),
        # an unquoted value, or a named one, is text when it is a name (Capitalised or in capitals)
        ("person", ' "Budi Santoso" Jakarta', ["Budi Santoso", "Jakarta"]),
        ("tokoh", " nama=Siti kota=Bandung", ["Siti", "Bandung"]),
        ("tokoh", ' kota="Bandung" instansi=BNPB wilayah=Nusa-Tenggara', ["Bandung", "BNPB", "Nusa-Tenggara"]),
        ("tab", ' tabName="Windows"', ["Windows"]),
        ("details", " open", []),  # lower case: a setting
        ("gambar", " align=center lebar=300px src=foto.jpg", []),
        ("peta", " Sentani 12 https://contoh.id/peta.png", ["Sentani"]),
        ("video", " autoplay=True loop=Yes", []),  # booleans
        ("hint", " Warning", []),  # a style
        ("tombol", " warna=Primary", []),
    ],
)
def test_hugo_shortcode_parameters(shortcode, parameters, expected):
    assert parameter_text(parameters, shortcode=shortcode) == expected


def test_without_a_shortcode_only_parameters_named_like_text_count():
    assert parameter_text(' id="attachment_12" align="alignleft" caption="Pasar Terapung"') == ["Pasar Terapung"]
    assert parameter_text(' "Baru" class="kotak besar"') == []


def test_a_hugo_page_keeps_the_names_written_unquoted_in_its_shortcodes():
    body = (
        "Narasumber diskusi: {{< person \"Budi Santoso\" Jakarta >}} dan {{< tokoh nama=Siti kota=Bandung >}}.\n\n"
        "{{< details open >}}Catatan rapat{{< /details >}}\n"
    )
    text = hugo_shortcodes(body)
    assert "Narasumber diskusi: Budi Santoso Jakarta dan Siti Bandung" in text
    assert "open" not in text and "Catatan rapat" in text
