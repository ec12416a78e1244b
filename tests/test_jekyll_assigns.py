"""A variable a Jekyll page sets with ``{% assign %}`` or ``{% capture %}`` has, in an output
after it and in a filter's argument, the value Liquid gives it there, the page read in
order: a literal, a ``page.`` or ``site.`` value, a variable set before, through the filters
arsip applies (``{{ judul | upcase }}``, ``{{ page.date | date: format }}``). What arsip
cannot evaluate (a filter it does not apply, what Jekyll makes itself, a loop's variable, a
variable set in two branches of a condition) is removed and named, as before."""

from pathlib import Path

from arsip.ingest.sites.syntax import liquid_problems

from .conftest import read_by_id

SITE = Path(__file__).parent / "data" / "jekyll-assigns"


def _documents() -> dict:
    return read_by_id(SITE)[0]


def test_assigned_and_captured_values_show_through_filters_and_as_arguments():
    post = _documents()["_posts/2024-03-05-musyawarah-desa.md"]
    assert post.text == (
        "Kepala desa membuka MUSYAWARAH DESA pada 5 March 2024 di balai kabar desa sukamaju.\n\n"
        "Agenda pertama membahas Anggaran.\n\n"
        "Agenda kedua membahas Jalan desa.\n\n"  # (assigned again: the value it has there)
        "Notulen dicatat oleh Siti Aminah, sekretaris desa."
    )
    assert post.problems == []


def test_an_html_page_shows_its_assigned_and_captured_values():
    page = _documents()["pengumuman.html"]
    assert page.text == "PENGUMUMAN POSYANDU\n\nPosyandu buka setiap Selasa kedua, mulai pukul 08.00."
    assert page.problems == []


def test_a_highlight_block_shows_the_value_a_variable_has_where_the_block_stands():
    post = _documents()["_posts/2024-05-02-pembaruan-aplikasi.md"]
    assert post.text == (
        "Aplikasi layanan desa diperbarui ke versi 2.4.1. Perintah pemasangan:\n\n"
        "pip install layanan-desa==2.4.1\n\n"
        "Versi berikutnya, 2.5.0, dipasang dengan perintah yang sama:\n\n"
        "pip install layanan-desa==2.5.0"
    )
    assert post.problems == []


def test_the_tags_of_a_highlight_block_are_read_as_liquid_renders_its_body():
    """Jekyll's highlight block highlights what Liquid renders of its body: its ``assign``
    and ``if`` show nothing, with the line break ``{%-`` trims, and what they set is set
    there and after the block."""
    post = _documents()["_posts/2024-06-03-cadangan-data.md"]
    assert post.text == (
        "Perintah mencadangkan data penduduk:\n\n"
        "# Cadangan data desa\n\n"
        "pg_dump sid > penduduk.sql\n"
        "cp penduduk.sql /srv/cadangan\n\n"
        "Berkas penduduk.sql disimpan di /srv/cadangan."
    )
    assert post.problems == []


def test_what_arsip_cannot_evaluate_is_removed_and_named():
    post = _documents()["_posts/2024-04-10-kerja-bakti.md"]
    assert post.text == "Kerja bakti dimulai.\n\nRingkasan:.\n\nSudah kegiatan tahun ini."
    assert [problem.reason for problem in post.problems] == [
        "4 Liquid output(s) removed, what they show not known: {{ waktu }} (1), {{ ringkas }} (1), {{ pos.nama }} (1), {{ jumlah }} (1)"
    ]


def test_a_variable_before_its_assignment_is_nil_and_an_unknown_output_in_a_captured_text_is_named_once():
    body = (
        "Ketua: {{ ketua | append: '.' }}\n{% assign ketua = 'Budi' %}\n"
        "{% for post in site.posts %}{% capture baris %}{{ post.title }}{% endcapture %}{% endfor %}\n"
        "{{ baris | upcase }}\n{% assign sekali = 'Rapat' %}{% if page.rapat %}{% assign sekali = 'Rapat RT' %}{% endif %}{{ sekali }}\n"
    )
    assert [problem.reason for problem in liquid_problems(body)] == [
        "2 Liquid output(s) removed, what they show not known: {{ post.title }} (1), {{ sekali }} (1)"
    ]
