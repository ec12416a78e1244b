"""A built site's post read from its ``<article>``: a long post under a short menu is read as
the article it is (its lists of links kept, the table of contents, tags and links to other
posts left out), its byline is metadata, not text, and a figure's caption that its image
repeats as alt text (Hugo's ``figure`` shortcode) is read once."""

from pathlib import Path

from arsip.ingest.pipeline import ingest_bytes

DATA = Path(__file__).parent / "data"
LONG_POST = DATA / "built-themes" / "papermod" / "posts" / "bendungan" / "index.html"


def _document(path: Path):
    (document,) = ingest_bytes(path.read_bytes(), str(path), path.name).documents
    return document


def test_a_long_post_under_a_short_menu_is_read_from_its_article():
    document = _document(LONG_POST)
    assert document.problems == []
    assert document.text.startswith("Pembangunan\n\nWarga mengangkut batu ke hulu Kali Bening\n\nBendungan kecil di hulu Kali Bening")
    assert document.text.endswith("sampai panen kedua.\n\nReferensi\n\nPerdes 3/2023\n\nLaporan BPBD")
    for furniture in ("Daftar Isi", "Beranda", "10 April 2024", "Irigasi", "Sebelumnya", "Panen Raya"):
        assert furniture not in document.text


def test_a_figures_caption_repeated_as_its_images_alt_text_is_read_once():
    assert _document(LONG_POST).text.count("Warga mengangkut batu ke hulu Kali Bening") == 1


def test_an_image_whose_alt_text_differs_from_the_caption_keeps_both(tmp_path):
    page = LONG_POST.read_text(encoding="utf-8").replace('alt="Warga mengangkut batu ke hulu Kali Bening"', 'alt="Batu kali di atas gerobak"')
    (tmp_path / "index.html").write_text(page, encoding="utf-8")
    text = _document(tmp_path / "index.html").text
    assert text.startswith("Pembangunan\n\nBatu kali di atas gerobak\n\nWarga mengangkut batu ke hulu Kali Bening\n\n")


def test_a_wordpress_posts_byline_in_its_article_is_not_text():
    """Twenty Ten's ``entry-meta`` ("Diposkan pada … oleh …") right under the post's title."""
    document = _document(DATA / "sites" / "wordpress-html" / "2014" / "08" / "sekolah-pantai.html")
    assert "Diposkan pada" not in document.text and "Setiap sore, puluhan anak nelayan" in document.text


def test_a_wordpress_post_in_its_main_column_is_dated_by_its_byline():
    """Twenty Ten writes no date in meta tags nor a ``<time>``: its ``entry-meta`` ("Ditulis
    pada 5 Maret 2012 oleh …") dates the post to the day, where its address gives the month."""
    document = _document(DATA / "main-content" / "twenty-ten-main.html")
    assert (document.date, document.date_source) == ("2012-03-05", "text")
    assert document.text.endswith("pengerasan jalan menuju sawah.")
