"""A Jekyll output of a variable nothing sets goes through its filters as nil, as Liquid
renders it: ``{{ ketua | default: "Kepala desa" }}`` shows ``Kepala desa`` (Liquid's
``StandardFilters#default`` gives its argument for nil, false and an empty text), where it
was removed and named as not known."""

from pathlib import Path

from .conftest import read_by_id

SITE = Path(__file__).parent / "data" / "jekyll-default"


def test_default_shows_its_argument_for_a_variable_nothing_sets():
    post = read_by_id(SITE)[0]["_posts/2024-03-05-rapat-desa.md"]
    assert post.text == (
        "Rapat dipimpin oleh Kepala desa di balai desa.\n\n"
        "Sampul /gambar/logo-desa.png dipasang di papan pengumuman.\n\n"
        "Notulen: belum ditunjuk."
    )
    assert post.problems == []
