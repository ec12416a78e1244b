"""eleventy-img's image shortcode (``{% image "sawah.jpg", "Petani memanen padi" %}``) shows its
alt text in the page's text, as a Markdown image does, in Liquid and in Nunjucks (see the
eleventy-v9 site in tests/data, whose Markdown is rendered with Nunjucks), given as Nunjucks'
keyword argument too (``{% image src="sawah.jpg", alt="…" %}``), as is a site's shortcode whose
function takes its alt so (``({ src, alt }) => …``)."""

from pathlib import Path

from arsip.ingest.pipeline import read_documents
from arsip.ingest.sites.eleventy_shortcodes import Shows
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


def test_the_alt_text_is_a_keyword_argument_too():
    body = '{% image src="kebun.jpg", alt="Kebun warga di Dusun Krajan", sizes="100vw" %}\n{% image "logo.png", "" %} {% image src="hiasan.png", alt="" %}'
    assert eleventy_markdown(body, {}).split() == "Kebun warga di Dusun Krajan".split()
    site = (("foto", Shows(keyword="alt")),)
    body = '{% foto src="balai.jpg", alt=judul %} {% foto "pasar.jpg", "Pasar" %}'
    assert eleventy_markdown(body, {"judul": "Balai desa baru"}, site).split() == "Balai desa baru".split()  # (given no keywords, foto's alt is none)
