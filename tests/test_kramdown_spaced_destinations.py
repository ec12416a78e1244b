"""A Jekyll page's inline link or image whose address holds spaces (``[Thin
Kusna](http://wiki.ciptamedia.org/wiki/Thin Kusna)``, an upload named ``foto (1).jpg``) is a
link to kramdown, whose ``parse_link`` takes the address up to the parenthesis that closes it,
nested ones counted: the page shows the link's text, where CommonMark, which ends an address
at a space, kept the brackets, parentheses and address as text (tests/data/jekyll-spaced-links)."""

from pathlib import Path

from arsip.ingest.markup.markdown import markdown_to_text
from arsip.ingest.pipeline import read_documents
from arsip.ingest.results import IngestOptions

SITE = Path(__file__).parent / "data" / "jekyll-spaced-links"


def _text() -> str:
    (document,) = read_documents([str(SITE)], IngestOptions())
    return document.text


def test_a_link_whose_address_holds_spaces_shows_its_text():
    paragraph = _text().split("\n\n")[0]
    assert paragraph == (
        "Siaran pekan ini dipandu oleh Thin Kusna bersama\nNining Elitos, dengan lagu pilihan pendengar."
    )


def test_an_image_whose_address_holds_spaces_and_parentheses_is_an_image():
    """Its alt text only names its file, so it gives no text, as any such image."""
    assert "200px" not in _text() and "/uploads/" not in _text()


def test_links_commonmark_reads_already_stay_as_they_were():
    assert "Jadwal siaran ada di laman jadwal dan\narsip rekaman." in _text()


def test_brackets_that_open_no_link_and_code_stay_as_written():
    text = _text()
    assert "Tanda kurung tanpa tautan tetap: harga](naik dua kali) dan [bukan tautan](a b)." in text
    assert "Contoh penulisan tautan: [teks](alamat dengan spasi)." in text
    assert text.endswith("[kode](alamat dengan spasi)")


def test_only_jekyll_reads_such_an_address_as_kramdown_does():
    body = "Dipandu [Thin Kusna](http://wiki.ciptamedia.org/wiki/Thin Kusna)."
    assert markdown_to_text(body, {}, "jekyll") == "Dipandu Thin Kusna."
    assert markdown_to_text(body, {}, "markdown") == body  # CommonMark elsewhere
