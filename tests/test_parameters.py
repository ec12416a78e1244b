"""Which parameters of a shortcode or component are text (ingest/parameters.py)."""

import pytest

from arsip.ingest.parameters import parameter_text


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
        ("gist", " relawan 5d3a2b9e", []),  # unquoted positional values are ids
    ],
)
def test_hugo_shortcode_parameters(shortcode, parameters, expected):
    assert parameter_text(parameters, shortcode=shortcode) == expected


def test_without_a_shortcode_only_parameters_named_like_text_count():
    assert parameter_text(' id="attachment_12" align="alignleft" caption="Pasar Terapung"') == ["Pasar Terapung"]
    assert parameter_text(' "Baru" class="kotak besar"') == []
