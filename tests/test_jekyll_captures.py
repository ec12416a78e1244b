"""Liquid's ``{% capture x %}…{% endcapture %}`` shows nothing where it captures; ``{{ x }}``
shows the captured text where it is output, its own outputs rendered (the text last
captured before it; an output before any capture shows nothing). Through ``markdownify`` the
text is Markdown blocks of its own; a filter that changes its words is not applied, and a
problem names it. Jekyll's Markdown and HTML pages alike (and Eleventy's Liquid)."""

from pathlib import Path

from arsip.ingest.sites.syntax import liquid_problems

from .conftest import read_by_id

SITE = Path(__file__).parent / "data" / "jekyll-captures"


def _documents() -> dict:
    return read_by_id(SITE)[0]


def test_a_captured_text_shows_where_it_is_output_not_where_it_is_captured():
    post = _documents()["_posts/2022-07-10-kerja-bakti.md"]
    assert post.text == (
        "Warga RW 07 bergotong royong membersihkan saluran air sepanjang Jalan Kenanga.\n\n"
        "Kegiatan dimulai pukul tujuh pagi dan selesai menjelang zuhur.\n\n"
        "Catatan: bawa cangkul dan karung sendiri, kerja bakti membersihkan saluran air.\n\n"
        "Panitia: Terima kasih kepada seluruh warga."
    )
    assert post.problems == []  # (a text captured and never output shows nowhere, as in Jekyll)


def test_an_html_page_shows_its_captured_text_where_it_is_output():
    page = _documents()["pengumuman.html"]
    assert page.text == "Jadwal pelayanan\n\nBalai warga menerima kunjungan.\n\nPosyandu buka setiap Selasa kedua."
    assert page.problems == []


def test_an_output_before_the_capture_shows_nothing_and_a_changing_filter_is_named():
    post = _documents()["_posts/2022-08-17-lomba.md"]
    assert post.text == (
        "Lomba balap karung diikuti tiga puluh anak.\n\n"
        "Pengumuman: Hadiah utama sepeda.\n\n"
        "Contoh tag: {% capture x %}teks{% endcapture %}"
    )
    assert [problem.reason for problem in post.problems] == [
        "1 Liquid output(s) shown without their filters applied: {{ hadiah | truncatewords }} (1)"
    ]


def test_filters_that_keep_the_words_are_not_named():
    body = "{% capture salam %}Salam hangat dari panitia{% endcapture %}\n<p>{{ salam | strip | escape }}</p>\n{{ salam | markdownify }}\n"
    assert liquid_problems(body) == []


def test_markdownify_renders_a_captured_texts_markdown_in_an_html_page():
    page = _documents()["posyandu.html"]
    assert page.text == (
        "Layanan bulan ini\n\nPenting: posyandu buka setiap Selasa kedua, pukul 08.00.\n\n"
        "penimbangan balita\n\nimunisasi dasar\n\nBawa buku KIA."
    )
    assert page.problems == []
