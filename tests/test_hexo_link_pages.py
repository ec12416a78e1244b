"""A Hexo theme's page of friends' links (Butterfly's ``type: link``, which the theme fills from
``source/_data/link.yml``; Fluid's ``links``, Volantis' ``friends``) is a generated list page,
not a document of a title alone (see the hexo-butterfly site in tests/data)."""

from pathlib import Path

from arsip.ingest.pipeline import read_documents
from arsip.ingest.results import IngestOptions, IngestReport

SITE = Path(__file__).parent / "data" / "hexo-butterfly"


def test_the_themes_page_of_links_is_a_generated_list():
    report = IngestReport()
    pages = {page.id: page for page in read_documents([str(SITE)], report=report)}
    assert sorted(pages) == ["source/_posts/tutorial-hexo.md", "source/about/index.md"]
    assert pages["source/about/index.md"].url == "https://imo.contoh.id/about/index.html"
    assert report.skipped["generated list page"] == 1
    kept = {page.id: page for page in read_documents([str(SITE)], IngestOptions(include_all=True))}
    assert (kept["source/link/index.md"].title, kept["source/link/index.md"].text) == ("Tautan", "")
