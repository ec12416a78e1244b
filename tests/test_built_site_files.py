"""The files a built site holds beside its pages are counted as what they are: its sitemap
(``sitemap.xml``) and its search index (Hugo's ``index.json``, MkDocs'
``search/search_index.json``) are not documents, and not site code either."""

from pathlib import Path

from arsip.ingest.formats import SITE_CONFIGURATION
from arsip.ingest.pipeline import read_documents
from arsip.ingest.readers.json_formats import SEARCH_INDEX
from arsip.ingest.readers.xml_formats import SITEMAP
from arsip.ingest.results import IngestOptions, IngestReport

from .conftest import zip_of

THEMES = Path(__file__).parent / "data" / "built-themes"


def _skipped(path) -> dict:
    report = IngestReport()
    documents = list(read_documents([str(path)], IngestOptions(), report))
    return {"documents": len(documents), **report.skipped}


def test_a_hugo_sites_sitemap_and_search_index_are_counted_as_such():
    skipped = _skipped(THEMES / "papermod")
    assert (skipped[SITEMAP], skipped[SEARCH_INDEX], skipped.get(SITE_CONFIGURATION, 0)) == (1, 1, 0)


def test_an_mkdocs_search_index_and_a_sitemap_index_are_counted_as_such_also_zipped(tmp_path):
    archive = tmp_path / "situs.zip"
    zip_of(THEMES / "material", archive, "site/")
    for where in (THEMES / "material", archive):
        skipped = _skipped(where)
        assert (skipped[SITEMAP], skipped[SEARCH_INDEX]) == (1, 1)
        assert skipped[SITE_CONFIGURATION] == 1  # mkdocs-data.json: data, not a search index
        assert skipped["unsupported format"] == 1  # daftar.xml: neither a sitemap nor a feed
