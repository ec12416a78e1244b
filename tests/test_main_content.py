"""HTML pages: the article without share rows, related posts and comments; meta tags are not
text; PHP, CDATA and inner doctypes never leak into text."""

from arsip.ingest.pipeline import ingest_bytes
from arsip.ingest.html_text import html_to_text


def _page(html: str):
    result = ingest_bytes(html.encode("utf-8"), "halaman.html", "halaman.html")
    (document,) = result.documents
    return document


def test_furniture_inside_the_article_is_dropped():
    document = _page(
        "<html><head><meta name='description' content='Ringkasan yang diulang.'></head><body><nav>Beranda Berita</nav>"
        "<article><h1>Judul</h1><p>Isi artikel tentang nelayan Paotere.</p>"
        "<div class='share-buttons'>Twitter Facebook WhatsApp Salin Tautan</div>"
        "<section class='related-posts'><h3>Baca Juga</h3><a>Berita lain</a></section>"
        "<div id='comments'><p>Komentar pembaca</p><form><textarea></textarea></form></div></article>"
        "<aside>Tulisan Terbaru</aside><footer>Hak cipta</footer></body></html>"
    )
    assert document.text == "Judul\n\nIsi artikel tentang nelayan Paotere."
    assert document.fields["description"] == "Ringkasan yang diulang."


def test_the_description_is_the_text_only_of_a_page_without_body_text():
    document = _page("<html><head><meta name='description' content='Galeri foto festival layang-layang.'></head><body><img src='a.jpg'></body></html>")
    assert document.text == "Galeri foto festival layang-layang."


def test_php_cdata_and_inner_doctype_are_not_text():
    markup = (
        "<div><?php if ($jumlah > 1) { echo 'banyak'; } ?><p>Teks asli.</p>"
        "<![CDATA[ var rahasia = 1; ]]><!DOCTYPE html><!-- catatan --><p>Akhir.</p></div>"
    )
    assert html_to_text(markup) == "Teks asli.\n\nAkhir."


def test_extracted_tables_are_rows_of_cells_and_plain_pages_keep_everything():
    themed = (
        "<html><body><div id='menu'><a>Beranda</a> <a>Kontak</a></div><div class='post'><p>"
        + "Hasil tangkapan nelayan Paotere naik tajam bulan ini menurut catatan koperasi. " * 4
        + "</p><table><tr><th>Jenis</th><th>Berat</th></tr><tr><td>Cakalang</td><td>120</td></tr></table></div>"
        "<div class='sidebar'>Arsip Kategori</div></body></html>"
    )
    text = _page(themed).text
    assert "Jenis Berat" in text and "Cakalang 120" in text
    assert "|" not in text and "Beranda" not in text and "Arsip" not in text
    plain = "<html><body><div><p>Satu.</p><table><tr><td>a</td></tr></table>ekor<br>akhir</div></body></html>"
    assert _page(plain).text == "Satu.\n\na\n\nekor\nakhir"
