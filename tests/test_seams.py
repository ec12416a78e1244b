"""Inline markup removed within a line leaves no space before punctuation nor after an
opening bracket (``desa {{< icon "x" >}}.`` is ``desa.``), in every generator's syntax that
removes some; spaces the author wrote stay and words never join."""

import time

import pytest

from arsip.ingest.markup.html import html_to_text
from arsip.ingest.markup.markdown import markdown_to_text
from arsip.ingest.sites.mkdocs.config import MkDocsSettings
from arsip.ingest.pipeline import ingest_bytes
from arsip.ingest.results import IngestOptions
from arsip.ingest.markup.seams import APART, REMOVED, closed_seams
from arsip.ingest.sites.syntax import site_syntax, syntax_of


@pytest.mark.parametrize(
    "text, expected",
    [
        (f"desa {REMOVED}.", "desa."),
        (f"desa {REMOVED} {REMOVED}, kantor", "desa, kantor"),  # a run of removals is one seam
        (f"Minggu ({REMOVED} libur)", "Minggu (libur)"),
        (f"desa {REMOVED} :", "desa  :"),  # the author's space before the colon stays
        (f"Minggu ( {REMOVED} libur)", "Minggu (  libur)"),  # and the one after the bracket
        (f"desa {REMOVED} kantor", "desa  kantor"),  # words stay apart as written (tidied later)
        (f"desa{REMOVED}kantor", "desakantor"),
        (f"desa{APART}kantor", "desa kantor"),
        (f"desa{APART}Baru{APART}.", "desa Baru."),
        (f"**Catatan {REMOVED}**: isi", "**Catatan**: isi"),  # emphasis marks close as punctuation does
        (f"kata {REMOVED}**tebal** lain", "kata **tebal** lain"),  # and open as a bracket does
        (f"nama_{REMOVED} kolom", "nama_ kolom"),  # an underscore inside a word opens nothing
        (f"  {REMOVED} teks", "   teks"),  # a line's indentation is Markdown's: it stays
        (f"baris\n{REMOVED}\nberikut", "baris\n\nberikut"),
        (f"desa {REMOVED}\nberikut", "desa \nberikut"),
        ("harga : Rp 5.000 , dan ( catatan )", "harga : Rp 5.000 , dan ( catatan )"),  # nothing removed: as written
    ],
)
def test_the_seam_rule(text, expected):
    assert closed_seams(text) == expected


@pytest.mark.parametrize(
    "generator, body, expected",
    [
        ("hugo", 'Kunjungi kantor desa {{< icon "home" >}}. Buka setiap hari {{< icon "clock" >}}, kecuali Minggu ({{< icon "x" >}} libur).',
         "Kunjungi kantor desa. Buka setiap hari, kecuali Minggu (libur)."),
        ("hugo", 'Pilih sistem {{< tab "Linux" >}}. Harga : Rp 5.000 {{< icon "uang" >}} per bulan.',
         "Pilih sistem Linux. Harga : Rp 5.000 per bulan."),
        ("jekyll", "Laporan tersedia di situs {{ site.title }}. Unduh berkasnya {% include ikon-unduh.html %}, lalu baca.",
         "Laporan tersedia di situs. Unduh berkasnya, lalu baca."),
        ("mdx", 'Kunjungi kantor desa <Ikon nama="rumah" />. Buka setiap hari {props.jam}, kecuali Minggu {/* libur */}.',
         "Kunjungi kantor desa rumah. Buka setiap hari, kecuali Minggu."),
        ("mdx", "Kantor desa<Ikon />buka ({props.jam} pagi).", "Kantor desa buka (pagi)."),
        ("wordpress", 'Foto kegiatan [gallery ids="1,2"]. Daftar lewat [button title="Formulir daring"], atau [contact-form-7 id="5"].',
         "Foto kegiatan. Daftar lewat Formulir daring, atau."),
        ("markdown", "Kantor desa [^1]. Telepon <i class=\"fa fa-phone\"></i>, atau surel <img src=\"surel.png\">.\n\n[^1]: Jalan Merdeka.",
         "Kantor desa. Telepon, atau surel.\n\nJalan Merdeka."),
        ("markdown", 'Peta desa <svg viewBox="0 0 1 1"><path d="M0"/></svg>: lihat di bawah.', "Peta desa: lihat di bawah."),
        ("markdown", "Logo desa ![](logo.png). Peta ![peta.png](peta.png), lalu ![Balai desa](balai.jpg).", "Logo desa. Peta, lalu Balai desa."),
        ("mdx", "<div>Halo warga {props.nama}. Selamat datang {/* sapaan */}!</div>", "Halo warga. Selamat datang!"),
        ("mkdocs", "Kunjungi kantor desa :material-home:. Buka setiap hari :octicons-clock-16:, kecuali Minggu.",
         "Kunjungi kantor desa. Buka setiap hari, kecuali Minggu."),
        ("docs", "Tonton videonya [!VIDEO https://contoh.id/video]. Selesai.", "Tonton videonya. Selesai."),
        ("hugo", 'Baca **Catatan {{< icon "info" >}}**: rapat *{{< icon "jam" >}} pukul 08.00* di balai.', "Baca Catatan: rapat pukul 08.00 di balai."),
        ("jekyll", "Baca *panduan {% include ikon.html %}* dulu, lalu **{{ site.kosong }}isi** formulir.", "Baca panduan dulu, lalu isi formulir."),
    ],
)
def test_each_generator_removes_inline_markup_without_a_space_before_punctuation(generator, body, expected):
    assert markdown_to_text(body + "\n", {}, generator) == expected


def test_words_beside_removed_markup_stay_apart_and_written_spaces_stay():
    assert markdown_to_text('Kantor desa {{< icon "rumah" >}} buka : pukul 08.00 .\n', {}, "hugo") == "Kantor desa buka : pukul 08.00 ."
    assert markdown_to_text("Kantor <b> desa </b>. Ada <span>teks</span> di sini.\n") == "Kantor desa . Ada teks di sini."


def test_configured_mkdocs_emoji_leave_no_space_before_punctuation():
    syntax = site_syntax("mkdocs", MkDocsSettings(emoji="emoji1_db"))
    assert markdown_to_text("Selamat datang :smile:! Kantor desa :+1:.\n", {}, syntax) == "Selamat datang! Kantor desa."


def test_html_pages_and_wordpress_posts():
    page = '<p>Hubungi kami <i class="fa fa-phone"></i>, atau datang ke kantor <img src="peta.png">.</p><p>Ada <b>teks</b> di sini.</p>'
    assert html_to_text(page) == "Hubungi kami, atau datang ke kantor.\n\nAda teks di sini."
    post = '<p>Tonton video kegiatan [youtube https://youtu.be/abc]. Lalu isi formulir [contact-form-7 id="5"]!</p>'
    assert syntax_of("wordpress").html_text(post) == "Tonton video kegiatan. Lalu isi formulir!"
    # a script, an ad or an embedded frame dropped in a sentence (WordPress, Blogger, feeds, pages alike)
    post = '<p>Lokasi balai desa <iframe src="https://maps.example.id/embed"></iframe>. Jadwal <script>tulisJadwal()</script>, lalu <noscript>Aktifkan JavaScript</noscript>!</p>'
    assert syntax_of("wordpress").html_text(post) == html_to_text(post) == "Lokasi balai desa. Jadwal, lalu!"


@pytest.mark.parametrize(
    "name, body, expected",
    [
        ("catatan.org", "Rapat dimulai pukul 08.00 [fn:1]. Hadir semua @@html:<br>@@, termasuk *kepala desa* [fn:2].\n\n[fn:1] Di balai desa.\n",
         "Rapat dimulai pukul 08.00. Hadir semua, termasuk kepala desa.\n\nDi balai desa."),
        ("catatan.adoc", "Hubungi kami icon:phone[]. Rapat desa footnote:rapat[], lalu image:ikon.png[]. Dengan *tebal* kata.\n",
         "Hubungi kami. Rapat desa, lalu. Dengan tebal kata."),
    ],
)
def test_org_and_asciidoc_inline_markup(name, body, expected):
    (document,) = ingest_bytes(body.encode(), name, name, IngestOptions()).documents
    assert document.text == expected


@pytest.mark.parametrize(
    "text",
    [" " * 300_000 + "x" + REMOVED, ("kata " + REMOVED + " " * 1000) * 300, ("*" + REMOVED) * 100_000, "*" * 300_000 + REMOVED + "*" * 300_000],
)
def test_closing_seams_is_linear_in_the_text(text):
    start = time.process_time()
    closed_seams(text)
    assert time.process_time() - start < 1  # a quadratic scan of the spaces takes minutes
