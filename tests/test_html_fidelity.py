"""No text lost silently from HTML: a page's or post's text is checked against the words of
the element it was read from (its article, or what trafilatura took), less what arsip drops
on purpose (scripts, styles, share rows, related posts, comment forms, bylines)."""

from pathlib import Path

import pytest

from arsip.ingest.document import Problem
from arsip.ingest.fidelity import checked_html, html_markup_free
from arsip.ingest.markup.html import node_text, parse_html
from arsip.ingest.pipeline import ingest_bytes
from arsip.ingest.readers.feed_entries import html_body

DATA = Path(__file__).parent / "data"
ARTICLE = (
    "<h2>Kerja Bakti Irigasi</h2>"
    "<p>Warga Desa Sukamaju bergotong royong membersihkan saluran irigasi sebelum musim tanam tiba. "
    "Lumpur dan sampah plastik menyumbat pintu air sejak banjir bulan lalu.</p>{inside}"
    "<p>Menurut ketua kelompok tani, air kini mengalir lancar sampai ke sawah di ujung dusun. "
    "Petani berharap hasil panen tahun ini lebih baik dari tahun lalu.</p>"
)
#: A Jetpack slideshow block (WordPress): trafilatura removes it (a class with "slide"), and its captions with it.
SLIDESHOW = (
    "<div class='wp-block-jetpack-slideshow aligncenter' data-effect='slide'><div class='wp-block-jetpack-slideshow_container swiper-container'>"
    "<ul class='wp-block-jetpack-slideshow_swiper-wrapper swiper-wrapper'>"
    "<li class='wp-block-jetpack-slideshow_slide swiper-slide'><figure><img alt='Relawan mengangkat lumpur' src='1.jpg'>"
    "<figcaption class='wp-block-jetpack-slideshow_caption gallery-caption'>Relawan pemuda mengangkat lumpur dari saluran utama dekat balai desa.</figcaption></figure></li>"
    "<li class='wp-block-jetpack-slideshow_slide swiper-slide'><figure><img alt='Pintu air' src='2.jpg'>"
    "<figcaption class='wp-block-jetpack-slideshow_caption gallery-caption'>Pintu air yang tersumbat sampah plastik sebelum dibersihkan warga.</figcaption></figure></li>"
    "</ul></div></div>"
)
FURNITURE = (
    "<div class='share-buttons'>Bagikan: Twitter Facebook WhatsApp Salin Tautan</div>"
    "<div class='baca-juga'><strong>Baca Juga:</strong> <a href='/panen'>Petani Bawang Merah Keluhkan Harga Pupuk</a></div>"
    "<p class='postmetadata'>Diposting oleh Admin Desa pada Senin, 12 Mei 2015 dalam <a>Berita</a>, <a>Lingkungan</a></p>"
    "<div class='tags-links'>Tag: <a>irigasi</a> <a>gotong royong</a> <a>pertanian</a></div>"
    "<div class='author-box'><p>Budi Santoso adalah relawan pewarta warga yang tinggal di Dusun Krajan.</p></div>"
    "<div class='related-posts'><h3>Tulisan Terkait</h3><ul><li><a>Panen Raya Jagung Dusun Wetan</a></li></ul></div>"
    "<div id='respond'><h3>Tinggalkan Balasan</h3><form><label>Nama</label><textarea></textarea><button>Kirim Komentar</button></form></div>"
)


def _div_theme_page(post: str) -> str:
    """A page of an old div-based WordPress theme: no <article> or <main>, the post between a menu and a sidebar."""
    return (
        "<html><head><title>Kerja Bakti Irigasi | Kabar Sukamaju</title></head><body>"
        "<div id='menu'><a href='/'>Beranda</a> <a href='/profil'>Profil</a> <a href='/kontak'>Kontak</a></div>"
        f"<div id='konten'><div class='post'>{post}</div></div>"
        "<div class='sidebar'><h3>Arsip</h3><ul><li>Mei 2015</li><li>April 2015</li></ul></div>"
        "<div id='kaki'>Hak cipta 2015 Pemerintah Desa Sukamaju</div></body></html>"
    )


def _document(html: str):
    (document,) = ingest_bytes(html.encode(), "kerja-bakti.html", "kerja-bakti.html").documents
    return document


def test_a_block_trafilatura_reads_as_furniture_is_a_problem_and_its_words_are_kept():
    document = _document(_div_theme_page(ARTICLE.format(inside=SLIDESHOW)))
    assert document.problems == [Problem("text", "the conversion kept 67% of the body's words; the text was converted conservatively instead")]
    text = " ".join(document.text.split())
    assert "Relawan pemuda mengangkat lumpur dari saluran utama dekat balai desa." in text
    assert "Pintu air yang tersumbat sampah plastik sebelum dibersihkan warga." in text
    assert "Lumpur dan sampah plastik menyumbat pintu air" in text and "Petani berharap hasil panen" in text
    assert "Kerja Bakti Irigasi\n\nWarga Desa" in document.text  # paragraphs kept apart
    assert "Beranda" not in text and "Arsip" not in text and "Hak cipta" not in text


@pytest.mark.parametrize(
    "block",
    [
        "<div class='gambar-berita'><img src='a.jpg' alt='Warga membersihkan saluran'><p>Relawan pemuda mengangkat lumpur dari saluran utama.</p></div>",
        "<div class='isi-kabar'><p>Kepala desa menyampaikan terima kasih kepada seluruh relawan yang hadir sejak pagi.</p></div>",
        "<div class='lembar-fakta'><p>Panjang saluran yang dibersihkan mencapai tiga kilometer dengan lebar dua meter.</p></div>",
    ],
    ids=["gambar", "kabar", "lembar"],
)
def test_a_class_with_bar_inside_an_indonesian_word_is_not_a_bar(block):
    # (trafilatura removes an element with "bar" anywhere in a class: its name for a menu bar)
    document = _document(_div_theme_page("<div class='top-bar'>Masuk | Daftar Akun</div>" + ARTICLE.format(inside=block)))
    assert document.problems == []
    assert " ".join(parse_html(block).get_text(" ").split()) in " ".join(document.text.split())
    assert "Daftar Akun" not in document.text


@pytest.mark.parametrize("inside", ["", FURNITURE], ids=["plain", "with-furniture"])
def test_a_div_theme_post_read_through_trafilatura_has_no_problem(inside):
    document = _document(_div_theme_page(ARTICLE.format(inside="") + inside))
    assert document.problems == []
    assert "Petani berharap hasil panen" in document.text
    assert not any(word in document.text for word in ("Bagikan", "Petani Bawang", "Diposting", "pertanian", "Budi Santoso", "Terkait", "Balasan"))


def test_an_article_with_share_rows_related_posts_and_comment_forms_has_no_problem():
    document = _document(
        "<html><body><nav>Beranda Berita</nav><article>" + ARTICLE.format(inside="") + FURNITURE
        + "<script>window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}</script>"
        "<style>.kotak-info { background-color: white; border-radius: 4px; }</style></article>"
        "<aside>Tulisan Terbaru</aside><footer>Hak cipta</footer></body></html>"
    )
    assert document.problems == []
    assert document.text.startswith("Kerja Bakti Irigasi") and "Bagikan" not in document.text


def test_the_check_counts_the_words_the_article_shows_not_its_scripts_and_styles():
    article = parse_html(
        "<article><p>Warga <span class='ikon'></span>membersihkan saluran irigasi.</p><script>var pesanRahasia = 'jangan';</script>"
        "<style>.judul { font-weight: bold; }</style><img src='peta.png' alt='Peta saluran irigasi desa'></article>"
    )
    problems: list[Problem] = []
    converted = node_text(article)
    assert checked_html(article, converted, problems) == converted and problems == []
    # a conversion that lost the words after the first paragraph: the conservative text, every word kept
    assert checked_html(article, "Warga membersihkan saluran irigasi.", problems) == "Warga membersihkan saluran irigasi.\n\nPeta saluran irigasi desa"
    assert problems == [Problem("text", "the conversion kept 50% of the body's words; the text was converted conservatively instead")]


def test_html_markup_free_keeps_every_word_and_paragraphs_at_blocks():
    markup = "<div><h2>Rapat</h2><p>Warga <b>datang</b> ke balai.<br>Kepala desa membuka.</p><table><tr><td>Hadir</td><td>40</td></tr></table></div>"
    assert html_markup_free(markup) == "Rapat\n\nWarga datang ke balai.\n\nKepala desa membuka.\n\nHadir\n\n40"


def test_a_posts_styles_and_scripts_are_not_words_its_conversion_lost():
    # (a Gutenberg or Elementor post's inline <style>, an ad's <script>: the check counted their words)
    problems: list[Problem] = []
    markup = (
        "<style>.wp-block-kolom{display:flex;margin-bottom:1.5em;padding:0 1em;background-color:white;border-radius:4px}"
        ".wp-block-kolom .judul{font-weight:bold;text-transform:uppercase;letter-spacing:normal}</style>"
        "<p>Warga desa membersihkan saluran irigasi bersama-sama.</p>"
        "<script>(adsbygoogle = window.adsbygoogle || []).push({});</script>"
    )
    assert (html_body(markup, "wordpress", problems), problems) == ("Warga desa membersihkan saluran irigasi bersama-sama.", [])


def test_a_markdown_posts_style_and_script_blocks_are_not_words_its_conversion_lost():
    body = (
        "---\ntitle: Kerja bakti\n---\n<style>\n.kotak-info { background-color: white; border-radius: 4px; font-weight: bold; }\n"
        ".kotak-info .judul { margin-bottom: 1em; padding-left: 2em; letter-spacing: normal; }\n</style>\n\n"
        "Warga desa membersihkan saluran irigasi bersama-sama sebelum musim tanam.\n\n"
        "<script>\nwindow.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}\n</script>\n\n"
        '<aside class="footnote brackets" role="doc-footnote"><p>Catatan: kegiatan diulang setiap bulan.</p></aside>\n'
    )
    (document,) = ingest_bytes(body.encode(), "kerja-bakti.md", "kerja-bakti.md").documents
    assert document.problems == []
    assert document.text == "Warga desa membersihkan saluran irigasi bersama-sama sebelum musim tanam.\n\nCatatan: kegiatan diulang setiap bulan."


HTML_FIXTURES = sorted(path for path in DATA.rglob("*") if path.suffix in (".html", ".htm", ".xhtml"))


@pytest.mark.parametrize("path", HTML_FIXTURES, ids=lambda path: str(path.relative_to(DATA)))
def test_no_html_fixture_loses_words(path):
    result = ingest_bytes(path.read_bytes(), str(path), path.name)
    assert [problem for document in result.documents for problem in document.problems if "of the body's words" in problem.reason] == []
