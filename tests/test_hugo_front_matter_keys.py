"""A Hugo page's front matter as Hugo reads it: its keys ignore case (``Tags``,
``Categories``, ``Author`` of older archetypes), and the taxonomies the site's configuration
declares beyond tags and categories (``[taxonomies] topik = "topik"``) give tags."""

from pathlib import Path

from arsip.ingest.pipeline import read_documents

SITE = Path(__file__).parent / "data" / "hugo-keys"


def _documents() -> dict:
    return {document.id: document for document in read_documents([str(SITE)])}


def _labels(terms) -> list[str]:
    return [term.label for term in terms]


def test_keys_in_capitals_are_the_page_s_title_tags_categories_and_author():
    page = _documents()["content/post/banjir-jakarta.md"]
    assert page.title == "Banjir di Jakarta"
    assert _labels(page.categories) == ["Berita"]
    assert _labels(page.tags) == ["banjir", "Jakarta"]
    assert page.authors == ["Budi Santoso"]
    assert page.problems == []


def test_a_key_in_lower_case_wins_over_its_capitalized_spelling():
    assert _labels(_documents()["content/post/jalan-desa.md"].tags) == ["jalan"]


def test_the_site_s_own_taxonomies_give_tags_a_text_being_one_term():
    page = _documents()["content/artikel/belajar-react.md"]
    assert _labels(page.tags) == ["ReactJS", "JavaScript", "Dasar React, Bagian 1"]
    assert _labels(page.categories) == ["Tutorial"]
    assert page.authors == ["Saefulloh Maslul"]
    assert page.url == "https://www.hobikoding.contoh.id/belajar-react/"


def test_the_record_keeps_the_keys_as_written():
    fields = _documents()["content/post/banjir-jakarta.md"].fields
    assert fields["Tags"] == ["banjir", "Jakarta"] and "tags" not in fields


def test_a_text_of_a_taxonomy_read_through_an_alias_is_one_term_as_the_declared_ones():
    page = _documents()["content/artikel/dasar-web.md"]
    assert _labels(page.categories) == ["Pemrograman, Web"]  # (kategori: a taxonomy of the site)
    assert _labels(page.tags) == ["html", "pemula", "HTML, CSS"]  # (label: no taxonomy of the site, split at commas)
