"""A Hugo content adapter (``content/…/_content.gotmpl``, Hugo 0.126 and later) is a
template that adds pages to its section when the site is built, from data or a remote
source arsip does not see: it is no page resource and no page, and the summary says the
pages it adds are not read."""

from pathlib import Path

from arsip.ingest.pipeline import HUGO_CONTENT_ADAPTER, HUGO_PAGE_RESOURCE

from .conftest import read_by_id, zip_of

SITE = Path(__file__).parent / "data" / "hugo-content-adapter"
PAGES = {"content/berita/panen.md"}  # (the section's _index.md lists the pages the adapter adds: a list page)


def test_a_content_adapter_is_counted_as_such_not_as_a_page_resource():
    documents, report = read_by_id(SITE)
    assert set(documents) == PAGES
    assert report.skipped[HUGO_CONTENT_ADAPTER] == 1
    assert HUGO_PAGE_RESOURCE not in report.skipped


def test_an_archived_site_counts_its_content_adapter_the_same(tmp_path):
    documents, report = read_by_id(zip_of(SITE, tmp_path / "desa.zip", "desa/"))
    assert set(documents) == {f"desa.zip!/desa/{page}" for page in PAGES}
    assert report.skipped[HUGO_CONTENT_ADAPTER] == 1
