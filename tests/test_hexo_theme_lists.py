"""A page whose layout or type names a list of the site's posts in a word of its name (Hexo
Tranquilpeak's ``all-archives``, ``all-categories``, ``all-tags``: the theme fills them with
the site's posts) is a generated list page, as a ``tags`` or ``archives`` one is (see the
hexo-tranquilpeak site in tests/data, a whole repository: theme, scaffolds, public/)."""

from pathlib import Path

from arsip.ingest.pipeline import read_documents
from arsip.ingest.results import IngestOptions, IngestReport

SITE = Path(__file__).parent / "data" / "hexo-tranquilpeak"
LISTS = ["source/all-archives/index.md", "source/all-categories/index.md", "source/all-tags/index.md"]


def test_the_themes_list_pages_are_generated_lists():
    report = IngestReport()
    pages = {page.id: page for page in read_documents([str(SITE)], report=report)}
    assert sorted(pages) == ["source/_posts/perbandingan-kompresi.md", "source/tentang/index.md"]
    assert pages["source/_posts/perbandingan-kompresi.md"].url == "https://catatan.contoh.id/2012/12/17/perbandingan-kompresi/"
    assert report.skipped["generated list page"] == 3
    assert set(LISTS) <= {page.id for page in read_documents([str(SITE)], IngestOptions(include_all=True))}
