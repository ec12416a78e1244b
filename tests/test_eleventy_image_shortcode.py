"""eleventy-img's image shortcode (``{% image "sawah.jpg", "Petani memanen padi" %}``) shows its
alt text in the page's text, as a Markdown image does, in Liquid and in Nunjucks (see the
eleventy-v9 site in tests/data, whose Markdown is rendered with Nunjucks)."""

from pathlib import Path

from arsip.ingest.pipeline import read_documents
from arsip.ingest.sites.syntax import eleventy_markdown

SITE = Path(__file__).parent / "data" / "eleventy-v9"


def test_the_image_shortcode_shows_its_alt_text():
    pages = {page.id: page for page in read_documents([str(SITE)])}
    assert pages["content/blog/panen-raya.md"].text == (
        "Panen raya padi tahun ini berlangsung selama dua minggu. Kelompok tani melaporkan hasil rata-rata 6,2 ton per hektare.\n\n"
        "Petani memanen padi di sawah\n\n// hitung rata-rata panen\nconst rata = total / luas;"
    )
    assert pages["content/blog/panen-raya.md"].problems == []


def test_the_alt_text_is_the_second_parameter():
    body = "{%- image 'kebun.png', \"Kebun Bu Sri's di belakang balai\", [300, 600], \"100vw\" -%}\n{% image gambar %} {% youtube \"x\" %}"
    assert eleventy_markdown(body, {}).split() == ["Kebun", "Bu", "Sri's", "di", "belakang", "balai"]
