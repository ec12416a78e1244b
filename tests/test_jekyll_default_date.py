"""A ``date`` among the values of a Jekyll site's front-matter ``defaults`` dates the pages,
posts and collection documents of its scope that give no date themselves, as Jekyll merges
the defaults under the front matter (``Document#merge_defaults``): the page's own ``date``
wins, and a post's file name dates it only when neither gives one (``Document#modify_date``),
so a default date wins over the file name's, as in the post's address. A YAML time without a
zone is UTC, as in the front matter."""

from pathlib import Path

from .conftest import read_by_id

SITE = Path(__file__).parent / "data" / "jekyll-default-date"


def _dated() -> dict[str, tuple]:
    documents = read_by_id(SITE)[0]
    return {name: (document.date, document.date_source) for name, document in documents.items()}


def test_a_page_without_a_date_takes_its_scopes_default_date_and_its_own_date_wins():
    dated = _dated()
    assert dated["arsip-lama/sejarah-desa.md"] == ("2015-08-17", "front_matter:date")
    assert dated["arsip-lama/peta-wilayah.md"] == ("2019-03-02", "front_matter:date")


def test_a_default_date_wins_over_a_posts_file_name_as_in_its_address():
    documents = read_by_id(SITE)[0]
    imported = documents["_posts/impor/2020-05-06-bantuan-benih.md"]
    assert (imported.date, imported.date_source) == ("2016-01-04T09:30:00+00:00", "front_matter:date")
    assert imported.url == "https://kabar.sukamaju.id/2016/01/04/bantuan-benih.html"
    outside = documents["_posts/2023-07-08-lomba-agustusan.md"]  # (outside the scope: its file name's)
    assert (outside.date, outside.date_source) == ("2023-07-08", "file_name")


def test_a_collection_document_takes_its_collections_default_date():
    assert _dated()["_laporan/keuangan-desa.md"] == ("2022-12-31", "front_matter:date")
