"""An author given as a CSL name, as Quarto and Pandoc write it (``name: {given: Budi,
family: Santoso}``, ``literal``), is the name it shows, where it was lost."""

from pathlib import Path

from arsip.ingest.pipeline import read_documents

SITE = Path(__file__).parent / "data" / "quarto-authors"


def _authors() -> dict[str, list[str]]:
    return {document.id: document.authors for document in read_documents([str(SITE)])}


def test_a_name_given_in_parts_or_literally_is_the_author():
    assert _authors()["posts/curah-hujan.qmd"] == ["Budi Santoso", "Tim Data Iklim Desa", "Sari Wulandari"]


def test_the_parts_of_a_name_are_shown_in_their_order():
    assert _authors()["posts/belanda.qmd"] == ["Hendrik van Gent Jr."]
