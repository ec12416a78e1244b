""""Baca juga" inserts: a line that is only a label ("Baca juga:", "Lihat juga", "Artikel
terkait", "Berita terkait") and links to other articles, or the label and a list of such
links, is not the article's text — in HTML pages, HTML content files (Jekyll, Hugo,
Eleventy), feeds, Ghost, Tumblr and Substack exports as in Blogger and WordPress posts."""

import pytest

from arsip.ingest.pipeline import ingest_bytes, read_documents
from arsip.ingest.results import IngestOptions, IngestReport
from arsip.ingest.sites.syntax import read_also_removed

from .conftest import DATA, best_cpu_seconds

READ_ALSO = DATA / "read-also"


@pytest.mark.parametrize(
    "markup, kept",
    [
        ('<p><strong>Baca juga:</strong> <a href="/x">Harga beras naik menjelang Lebaran</a></p>', "<p></p>"),
        # Kompas and Tribun: the link inside the bold label
        ('<p><strong>Baca juga: <a href="/x">Judul lain</a></strong></p>', "<p></p>"),
        ('<p>Baca Juga&nbsp;:&nbsp;<a href="/x">Ekspor naik</a> | <a href="/y">Solar langka</a></p>', "<p></p>"),
        ('<p><em>Lihat juga:</em> <a href="/x">Video banjir</a>, <a href="/y">Foto banjir</a></p>', "<p></p>"),
        ("<P><B>Baca juga :</B><BR><A HREF='/x'>Judul lama</A><BR><A HREF='/y'>Judul lain</A></P>", "<P></P>"),
        # a box without a class: the label, then a list whose every item is a link
        ('<div><strong>Baca Juga</strong><ul><li><a href="/y">Gempa</a></li><li><a href="/z">Jalan tol</a></li></ul></div>', "<div></div>"),
        ('<div><p><strong>Artikel terkait</strong></p>\n<ul>\n <li><a href="/a">A</a></li>\n</ul>\n</div>', "<div><p></p>\n</div>"),
        # the blocks around stay whole: the heading is closed, the paragraph after it is no heading
        ('<h3>Berita Terkait</h3><ol><li><a href="/a">Satu</a></li></ol><p>Isi berita.</p>', "<h3></h3><p>Isi berita.</p>"),
    ],
)
def test_a_label_followed_only_by_links_goes(markup, kept):
    assert read_also_removed(markup, page=True) == kept
    assert read_also_removed(markup) == kept  # the same rule for Blogger and WordPress posts


@pytest.mark.parametrize(
    "markup",
    [
        # "baca juga" within a sentence
        '<p>Laporan ini perlu dibaca juga oleh <a href="/x">pemerintah pusat</a></p>',
        '<p>Untuk rinciannya, baca juga <a href="/x">laporan kami</a> tahun lalu.</p>',
        # a label followed by ordinary text, or by a link and text
        "<p><strong>Lihat juga</strong> catatan produksi tahun lalu.</p>",
        '<p><b>Baca juga</b></p><p>Harga naik lagi, kata <a href="/x">pedagang</a>.</p>',
        '<p>Baca juga: <a href="/x">Judul</a> dan komentar warga di bawah.</p>',
        '<div><b>Berita terkait</b><ul><li><a href="/a">Satu</a> (dua hari lalu)</li></ul></div>',
        # a read-more link of the same article
        '<p><b>Baca selengkapnya</b> <a href="/x">di sini</a></p>',
    ],
)
def test_a_label_in_a_sentence_or_before_text_stays(markup):
    assert read_also_removed(markup, page=True) == markup


def test_a_new_line_in_an_html_page_is_a_space_and_in_a_post_a_line():
    markup = '<p>Informasi lebih lanjut\nbaca juga <a href="/x">laporan dinas</a></p>'
    assert read_also_removed(markup, page=True) == markup
    assert read_also_removed(markup) == "<p>Informasi lebih lanjut\n</p>"
    assert read_also_removed('<p>\n  Baca juga: <a href="/x">Judul</a>\n</p>', page=True) == "<p>\n</p>"


ARTICLE = """<!DOCTYPE html><html lang="id"><head><meta charset="utf-8"><title>Banjir melanda desa | Kabar Desa</title></head>
<body><header><nav><a href="/">Beranda</a> <a href="/politik">Politik</a></nav></header>
<article>
<h1>Banjir melanda desa Sukamaju</h1>
<p>Banjir setinggi satu meter merendam ratusan rumah warga pada Senin pagi.</p>
<p><strong>Baca juga:</strong> <a href="/x">Harga beras naik menjelang Lebaran</a></p>
<p>Warga mengungsi ke balai desa sambil menunggu air surut.</p>
<div><strong>Baca Juga</strong><ul>
<li><a href="/y">Gempa bumi guncang Cianjur dan sekitarnya pada Senin siang</a></li>
<li><a href="/z">Jalan tol baru Semarang Demak dibuka untuk umum menjelang mudik Lebaran</a></li>
<li><a href="/w">Pemerintah kabupaten menyiapkan posko kesehatan di setiap kecamatan terdampak</a></li>
</ul></div>
<p>Bantuan makanan tiba sore hari.</p>
</article>
<footer>Hak cipta 2023 Kabar Desa</footer></body></html>
"""


def test_an_html_pages_inserts_go_and_its_text_after_them_stays_without_a_problem():
    (document,) = ingest_bytes(ARTICLE.encode("utf-8"), "berita.html", "berita.html").documents
    assert document.text == (
        "Banjir melanda desa Sukamaju\n\n"
        "Banjir setinggi satu meter merendam ratusan rumah warga pada Senin pagi.\n\n"
        "Warga mengungsi ke balai desa sambil menunggu air surut.\n\n"
        "Bantuan makanan tiba sore hari."
    )
    # the inserts' words (a third of the page's) were dropped on purpose: no loss to report
    assert document.problems == []


@pytest.mark.parametrize(
    "piece, unit",
    [
        ("<p>Baca juga", " "),  # spaces after a label, no link
        ("<p>Lihat juga:", "&nbsp;"),
        ("<p>Baca juga</p>", "<p> </p>\n"),
        ("<p>Baca juga</p><ul>", "<li><a>x</a></li>"),
        ("<p>Baca juga ", "<a>x</a>, "),
        ("", "<p>Baca juga: <b>"),
    ],
)
@pytest.mark.parametrize("page", [True, False])
def test_hostile_text_after_a_label_takes_linear_time(piece, unit, page):
    small = piece + unit * (8000 // len(unit)) + "teks</p>"
    large = piece + unit * (32000 // len(unit)) + "teks</p>"
    base, grown = (best_cpu_seconds(lambda: read_also_removed(text, page=page)) for text in (small, large))
    assert grown < 8 * base + 0.05  # four times the input in at most ~8 times the time (quadratic: 16)


def _documents(name: str, generator: str = "markdown", path: str | None = None) -> list:
    """The documents of the fixture ``name`` read as the file ``path`` of a ``generator`` site."""
    return ingest_bytes((READ_ALSO / name).read_bytes(), path or name, path or name, generator=generator).documents


@pytest.mark.parametrize(
    "generator, path",
    [
        ("jekyll", "_posts/2019-03-04-harga-cabai-melonjak.html"),
        ("hugo", "content/berita/harga-cabai-melonjak.html"),
        ("eleventy", "berita/harga-cabai-melonjak.html"),
    ],
)
def test_a_content_files_inserts_go_its_new_lines_being_lines(generator, path):
    # a WordPress post as jekyll-import writes it: its paragraphs are lines of text, and an
    # insert is a line of its own, without a tag around it
    (document,) = _documents("2019-03-04-harga-cabai-melonjak.html", generator, path)
    assert document.text == (
        "Harga cabai rawit di Pasar Pagi Tegal naik dua kali lipat dalam sepekan terakhir.\n\n"
        "Pedagang menyebut pasokan dari Brebes berkurang karena banyak petani gagal panen.\n\n"
        "Sebagian pembeli beralih ke cabai kering yang harganya lebih stabil.\n\n"
        "Informasi lebih lanjut bisa dibaca juga di laporan dinas perdagangan, kata seorang pedagang.\n\n"
        "Lihat juga catatan harga tahun lalu: cabai rawit sempat menembus seratus ribu rupiah per kilogram.\n\n"
        "Dinas Perdagangan berjanji menggelar operasi pasar pekan depan."
    )
    assert document.problems == []  # the inserts' words were dropped on purpose


def test_a_content_file_that_is_a_whole_page_reads_a_new_line_as_a_space():
    (document,) = _documents("tentang-pasar.html", "jekyll")
    assert "Harga Cabai Melonjak" not in document.text
    # "baca juga" and a link on a line of their own, inside a sentence, stay
    assert "pengunjung dapat\nbaca juga catatan sejarah kota\nyang disusun" in document.text
    assert document.problems == []


@pytest.mark.parametrize(
    "name, dropped, kept",
    [
        (
            "portal-rss.xml",  # a news portal's feed: rendered HTML, where a new line is a space
            ["Baca juga", "Harga Beras Naik", "Berita Terkait", "Karapan Sapi", "Pasar Apung"],
            ["pembaca dapat\nbaca juga laporan dinas kelautan\nyang terbit", "perlu dibaca juga oleh pemerintah", "cuaca kembali cerah"],
        ),
        (
            "kabar-desa.ghost.2024-03-01-02-00-00.json",
            ["Baca juga", "Musyawarah Desa Menyepakati", "Artikel terkait", "Jembatan Gantung", "Lampu Jalan"],
            ["perlu dibaca juga oleh warga dusun lain", "bergotong royong", "sebelum musim hujan"],
        ),
        (
            "radio-warga-tumblr.xml",
            ["Baca juga", "Siaran Perdana", "Lihat juga", "Jadwal siaran lengkap", "Obrolan di studio"],
            ["boleh dibaca juga lewat papan pengumuman", "masjid desa", "ibadah puasa"],
        ),
    ],
)
def test_an_exports_or_feeds_inserts_go(name, dropped, kept):
    (document,) = _documents(name)
    assert document.generator == "html"
    assert not [words for words in dropped if words in document.text]
    assert all(words in document.text for words in kept)
    assert document.problems == []


def test_a_substack_posts_inserts_go():
    report = IngestReport()
    (document,) = read_documents([str(READ_ALSO / "substack")], IngestOptions(workers=1), report)
    assert document.text == (
        "Panen raya padi di Sukamaju dimulai pekan ini, lebih awal dua minggu dari tahun lalu.\n\n"
        "Harga gabah kering panen di tingkat petani masih bertahan.\n\n"
        "Catatan ini layak dibaca juga oleh penyuluh pertanian.\n\n"
        "Sampai jumpa di kabar minggu depan."
    )
    assert document.problems == []


# --- Markdown --------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body, text",
    [
        ("Panen raya dimulai.\n\n**Baca juga:** [Harga beras naik](/beras/)\n\nWarga bergotong royong.\n", "Panen raya dimulai.\n\nWarga bergotong royong."),
        ("Panen raya dimulai.\n\nBaca Juga : [Ekspor naik](/a) | [Solar langka](/b)\n\nWarga bergotong royong.\n", "Panen raya dimulai.\n\nWarga bergotong royong."),
        ("Panen raya dimulai.\n\n*Lihat juga* [Video banjir](/v \"Video\"), [Foto banjir](/f)\n", "Panen raya dimulai."),
        # the label alone on its line over links, a list of them or not
        ("Panen raya dimulai.\n\nBaca juga:\n[Pertemuan warga](/p)\n\nWarga bergotong royong.\n", "Panen raya dimulai.\n\nWarga bergotong royong."),
        ("Isi.\n\n### Artikel terkait\n\n- [Gempa](/g)\n- [Jalan tol](/j)\n", "Isi."),
        ("Isi.\n\n**Berita terkait**\n\n1. [Gempa](/g)\n2. [Jalan tol](/j)\n\nPenutup.\n", "Isi.\n\nPenutup."),
        # what stays: "baca juga" in a sentence, a label before other words, code
        ("Laporan ini perlu dibaca juga oleh warga (baca juga: [pedoman](/p)).\n", "Laporan ini perlu dibaca juga oleh warga (baca juga: pedoman)."),
        ("Baca juga laporan [tahunan](/t) kami.\n", "Baca juga laporan tahunan kami."),
        ("```\nBaca juga: [x](/x)\n```\n", "Baca juga: [x](/x)"),
    ],
)
def test_a_markdown_insert_goes_and_what_is_not_one_stays(tmp_path, body, text):
    (tmp_path / "berita.md").write_text("---\ntitle: Berita\n---\n" + body, encoding="utf-8")
    [page] = read_documents([str(tmp_path)])
    assert page.text == text
    assert page.problems == []


def test_a_markdown_insert_after_a_long_run_of_spaces_takes_linear_time():
    from arsip.ingest.markup.read_also import markdown_read_also_removed

    def seconds(count: int) -> float:
        return best_cpu_seconds(markdown_read_also_removed, ("Baca juga" + " " * count + "x\n") * 3)

    assert seconds(40_000) < 8 * seconds(10_000) + 0.05
