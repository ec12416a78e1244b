"""WordPress.com's and plugins' shortcodes read as the site shows them: SyntaxHighlighter's
code shortcodes, Jetpack's embeds, page builders' raw HTML blocks, escaped shortcodes."""

import base64
from urllib.parse import quote

from arsip.ingest.sites.syntax import syntax_of
from arsip.ingest.sites.wordpress_plugins import raw_html

WORDPRESS = syntax_of("wordpress")


def test_a_language_shortcode_keeps_its_code_verbatim():
    post = (
        "<p>Kode berikut menyapa pengunjung situs desa:</p>\n"
        '[php]<?php echo "Selamat datang di Desa Sukamaju"; ?>[/php]\n'
        "<p>Dan kerangka halamannya:</p>\n[html]<div class=\"kotak\"><p>Salam warga</p></div>[/html]\n"
        "[python]cetak = print # [vc_row] di dalam kode tetap[/python]"
    )
    assert WORDPRESS.html_text(post).split("\n\n") == [
        "Kode berikut menyapa pengunjung situs desa:",
        '<?php echo "Selamat datang di Desa Sukamaju"; ?>',
        "Dan kerangka halamannya:",
        '<div class="kotak"><p>Salam warga</p></div>',
        "cetak = print # [vc_row] di dalam kode tetap",
    ]


def test_a_page_builder_raw_html_block_shows_its_decoded_html_and_a_script_block_nothing():
    encoded = base64.b64encode(quote("<p>Jadwal posyandu: <strong>Selasa</strong> pekan kedua.</p>").encode()).decode()
    post = f"[vc_row][vc_column][vc_raw_html]{encoded}[/vc_raw_html][vc_raw_js]JTNDc2NyaXB0JTNF[/vc_raw_js][/vc_column][/vc_row]"
    assert WORDPRESS.html_text(post) == "Jadwal posyandu: Selasa pekan kedua."
    assert raw_html(f"<p>{encoded}</p>") == "<p>Jadwal posyandu: <strong>Selasa</strong> pekan kedua.</p>"  # the editor's <p> around it
    assert raw_html("bukan-base64!") == ""


def test_a_shortcode_in_double_brackets_is_shown_as_written():
    post = "<p>Tulis [[gallery]] untuk galeri dan [[caption]Keterangan[/caption]] untuk keterangan foto; [[catatan]] tetap.</p>"
    assert WORDPRESS.html_text(post) == "Tulis [gallery] untuk galeri dan [caption]Keterangan[/caption] untuk keterangan foto; [[catatan]] tetap."


def test_jetpack_embeds_and_retired_services_show_nothing():
    post = (
        "<p>Video kerja bakti warga.</p>\n[youtube=http://www.youtube.com/watch?v=KerjaBakti2010&w=480&h=385 ]\n"
        "[gist https://gist.github.com/budi/5f1a2b3c /]\n[archives]\n[slideshow]\n"
        "[blip.tv ?posts_id=4567890&dest=-1]\n[googlevideo=http://video.google.com/videoplay?docid=-85734]\n"
        "<p>Acara ditutup makan bersama [sic].</p>"
    )
    assert WORDPRESS.html_text(post) == "Video kerja bakti warga.\n\nAcara ditutup makan bersama [sic]."


def test_page_builders_labels_and_headings_are_text_and_their_editor_labels_are_not():
    post = (
        '[et_pb_section fb_built="1"][et_pb_fullwidth_header title="Desa Wisata Sukamaju" subhead="Sawah, sungai dan budaya" '
        'button_one_text="Pesan Paket" button_one_url="#paket" admin_label="Kepala Halaman"][/et_pb_fullwidth_header]'
        '[et_pb_text admin_label="Teks Pembuka"]<p>Selamat datang di laman resmi desa.</p>[/et_pb_text]'
        '[et_pb_button button_url="/kontak" button_text="Hubungi Kami" button_alignment="center"][/et_pb_button][/et_pb_section]'
        '[vc_row][vc_column][vc_cta h2="Ayo Berkunjung" h4="Buka setiap hari" add_button="bottom" btn_title="Lihat Jadwal"]'
        "Wisata alam dan kuliner desa.[/vc_cta][/vc_column][/vc_row]"
    )
    assert WORDPRESS.html_text(post).split("\n\n") == [
        "Desa Wisata Sukamaju Sawah, sungai dan budaya Pesan Paket",
        "Selamat datang di laman resmi desa.",
        "Hubungi Kami",
        "Ayo Berkunjung Buka setiap hari Lihat Jadwal",
        "Wisata alam dan kuliner desa.",
    ]


def test_a_jetpack_latex_formula_is_its_source_as_the_formula_image_s_alt_text():
    post = (
        "<p>Luas lingkaran adalah $latex \\pi r^2&amp;fg=000000&s=1$ dan keliling $latex=2 \\pi r$.</p>"
        "<p>Harga naik dari $5 ke $7.</p>[code]echo '$latex x$';[/code]"
    )
    assert WORDPRESS.html_text(post).split("\n\n") == [
        "Luas lingkaran adalah \\pi r^2 dan keliling 2 \\pi r.",
        "Harga naik dari $5 ke $7.",
        "echo '$latex x$';",
    ]
