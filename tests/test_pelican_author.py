"""A Pelican article or page whose metadata names no author has the site's ``AUTHOR``, as
Pelican gives it (``Content.__init__``); one with ``Author:`` or ``Authors:`` keeps its own."""

from pathlib import Path

from arsip.ingest.pipeline import read_documents

SITE = Path(__file__).parent / "data" / "pelican-author"


def _authors(root: Path) -> dict[str, list[str]]:
    return {document.id: document.authors for document in read_documents([str(root)])}


def test_a_file_without_an_author_has_the_site_s_author():
    authors = _authors(SITE)
    assert authors["content/ronda.md"] == ["Redaksi Warta Kampung"]
    assert authors["content/pages/tentang.rst"] == ["Redaksi Warta Kampung"]


def test_a_file_s_own_authors_win():
    assert _authors(SITE)["content/pasar-malam.md"] == ["Budi Santoso", "Sari Wulandari"]


def test_a_site_without_author_gives_none(tmp_path):
    site = tmp_path / "situs"
    (site / "content").mkdir(parents=True)
    (site / "pelicanconf.py").write_text("SITENAME = 'Warta'\nSITEURL = 'https://warta.contoh.id'\nPATH = 'content'\n", encoding="utf-8")
    (site / "content" / "ronda.md").write_text((SITE / "content" / "ronda.md").read_text(encoding="utf-8"), encoding="utf-8")
    assert _authors(site)["content/ronda.md"] == []

