"""Which parameters of a shortcode or component are text (ingest/sites/parameters.py)."""

from pathlib import Path

import pytest

from arsip.ingest.pipeline import read_documents
from arsip.ingest.markup.markdown import markdown_to_text
from arsip.ingest.sites.parameters import parameter_text
from arsip.ingest.sites.syntax import hugo_shortcodes


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
        ("tabs", ' name="pasang_kubectl"', []),  # named like text, but an identifier: the tab set's element id
        ("tabs", ' items="Linux,macOS,Windows"', ["Linux", "macOS", "Windows"]),  # Hextra's tab labels
        ("tabs", ' items="Otomatis, Manual"', ["Otomatis", "Manual"]),
        ("tabpane", " text=true", []),  # Docsy's setting: named like text, but a boolean
        ("tab", ' name="Ubuntu, Debian atau Mint"', ["Ubuntu, Debian atau Mint"]),
        ("details", " open", []),  # lower case: a setting
        ("gambar", " align=center lebar=300px src=foto.jpg", []),
        ("peta", " Sentani 12 https://contoh.id/peta.png", ["Sentani"]),
        ("video", " autoplay=True loop=Yes", []),  # booleans
        ("hint", " Warning", []),  # a style
        ("tombol", " warna=Primary", []),
        # a parameter named like a setting: CSS classes and icons (Docsy's blocks), whatever their shape
        ("blocks/section", ' type="row text-center h1"', []),
        ("blocks/cover", ' title="Selamat Datang" height="auto td-below-navbar"', ["Selamat Datang"]),
        ("blocks/feature", ' icon="fab fa-github" title="Sumbangan diterima!"', ["Sumbangan diterima!"]),
        ("kotak", ' class="Kotak Besar"', []),
        ("imgproc", ' balai Fill "600x300"', []),  # Docsy's: an image, a method, its options
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


def test_a_comment_shortcode_shows_nothing_of_its_content():
    """Hugo's own ``comment`` (0.137.1) and the sites' before it: "Hugo will ignore the text within"."""
    body = (
        "{{< comment >}}\nPanduan menulis blog ada di wiki pengurus.\n{{< /comment >}}\n"
        "Selamat datang di blog desa.{{% comment %}} periksa ejaan {{% /comment %}}\n"
    )
    text = hugo_shortcodes(body)
    assert "Selamat datang di blog desa." in text
    assert "Panduan" not in text and "ejaan" not in text


def test_a_tab_of_code_keeps_its_name_and_its_code_verbatim():
    """The Kubernetes site's ``{{< tab name="…" codelang="bash" >}}``: the content is code
    Hugo highlights, so ``<<EOF >`` is no HTML tag; the tab set's ``name`` is an id."""
    body = (
        '{{< tabs name="pasang_kubectl" >}}\n'
        '{{< tab name="Fedora atau CentOS" codelang="bash" >}}cat <<EOF > /etc/yum.repos.d/paket.repo\n'
        "[paket]\nname=Paket Desa\nEOF\n{{< /tab >}}\n"
        '{{% tab name="Snap" %}}\nPasang lewat toko aplikasi.\n{{% /tab %}}\n{{< /tabs >}}\n'
    )
    text = markdown_to_text(body, {}, syntax="hugo")
    assert "Fedora atau CentOS\n\ncat <<EOF > /etc/yum.repos.d/paket.repo\n[paket]\nname=Paket Desa\nEOF\n\nSnap" in text
    assert "Snap" in text and "Pasang lewat toko aplikasi." in text
    assert "pasang_kubectl" not in text


def test_a_qr_code_shows_its_alt_text_not_what_it_encodes():
    """Hugo's own ``qr`` draws the text it is given as an image (gohugo.io, "QR shortcode")."""
    body = (
        'Pindai kode ini: {{< qr text="https://warta.contoh.id/daftar" alt="Kode QR pendaftaran relawan" />}}\n\n'
        '{{< qr level="low" scale=2 >}}\nBEGIN:VCARD\nFN:Siti Aminah\nEND:VCARD\n{{< /qr >}}\nSelesai.\n'
    )
    text = markdown_to_text(body, {}, syntax="hugo")
    assert "Kode QR pendaftaran relawan" in text and "Selesai." in text
    assert "warta.contoh.id" not in text and "VCARD" not in text and "Siti" not in text


def test_docsy_blocks_keep_their_text_not_their_classes():
    """Docsy's blocks name CSS classes and icons in ``type``, ``height`` and ``icon``, and its
    ``imgproc`` an image and how to scale it: none of it is text, and the page's words are
    all kept without a problem."""
    site = Path(__file__).parent / "data" / "hugo-docsy"
    [page] = read_documents([str(site)])
    assert page.text == (
        "Tentang SIDesa\n\nAplikasi administrasi desa yang dikelola bersama.\n\n"
        "SIDesa membantu perangkat desa mencatat penduduk, surat dan anggaran.\n\n"
        "Sumbangan diterima!\n\nKirim perbaikan lewat GitHub.\n\nBalai desa setelah dipugar."
    )
    assert page.problems == []
