"""A Hugo theme's example site (``exampleSite/``, the theme's demo) is no page of the site
holding it: not of a theme repository that is a site of its own, nor of a site with the
theme in ``themes/``; a theme given alone is read with its example site, all it holds."""

from pathlib import Path

from arsip.ingest.pipeline import HUGO_EXAMPLE_SITE

from .conftest import read_by_id, zip_of

REPOSITORY = Path(__file__).parent / "data" / "hugo-theme-repo"
PAGES = {"content/id/catatan/rapat-rt.md", "content/en/catatan/rapat-rt.md"}
EXAMPLES = {"exampleSite/content/id/blog/tulisan-contoh.md", "themes/tema-lama/exampleSite/content/post/bab-satu.md"}


def test_the_example_sites_give_no_documents():
    documents, report = read_by_id(REPOSITORY)
    assert set(documents) == PAGES
    assert report.skipped[HUGO_EXAMPLE_SITE] == len(EXAMPLES)
    assert documents["content/id/catatan/rapat-rt.md"].url == "https://catatan.contoh.id/catatan/rapat-rt/"
    assert documents["content/en/catatan/rapat-rt.md"].url == "https://catatan.contoh.id/en/catatan/rapat-rt/"
    assert set(report.generators) == {str(REPOSITORY)}  # the example site is no site of its own


def test_a_zip_of_the_repository_reads_the_same_pages(tmp_path):
    documents, report = read_by_id(zip_of(REPOSITORY, tmp_path / "catatan.zip", "catatan/"))
    assert set(documents) == {f"catatan.zip!/catatan/{page}" for page in PAGES}
    assert report.skipped[HUGO_EXAMPLE_SITE] == len(EXAMPLES)


def test_a_theme_given_alone_is_read_with_its_example_site():
    documents, report = read_by_id(REPOSITORY / "themes" / "tema-lama")
    assert set(documents) == {"exampleSite/content/post/bab-satu.md"}
    assert report.skipped[HUGO_EXAMPLE_SITE] == 0
