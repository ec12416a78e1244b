"""A Zola page's taxonomies besides ``tags`` and ``categories`` (``[taxonomies] kategori =
[…]``, ``seri``, ``penulis``, as its configuration declares them) are read as Hugo's
front-matter keys of the same names: a key of categories or authors as that, any other as tags."""

from pathlib import Path

from arsip.ingest.pipeline import read_documents

SITE = Path(__file__).parent / "data" / "zola-taxonomies"


def _documents() -> dict:
    return {document.id: document for document in read_documents([str(SITE)])}


def test_the_page_s_taxonomies_give_its_categories_tags_and_authors():
    page = _documents()["content/blog/irigasi-sawah.md"]
    assert [term.label for term in page.categories] == ["Pertanian"]
    assert [term.label for term in page.tags] == ["irigasi", "sawah", "Musim Tanam 2023"]
    assert page.authors == ["Dewi Lestari"]
    assert page.url == "https://tani.contoh.id/blog/irigasi-sawah/"
    assert page.problems == []


def test_the_page_s_own_authors_come_with_an_authors_taxonomy():
    assert _documents()["content/blog/pupuk.md"].authors == ["Andi Pratama", "Dewi Lestari"]
