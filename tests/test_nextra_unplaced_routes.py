"""A Nextra site's Markdown page that Next.js publishes at no address arsip can give
(tests/data/nextra-unplaced) is read without url and with a ``url`` problem saying why: a
page of a dynamic route (``pages/berita/[slug].mdx``, ``app/agenda/[tanggal]/page.mdx``),
whose addresses the site's code decides, and a page of a parallel route's slot
(``app/kegiatan/@galeri/page.mdx``), shown inside its parent's layout."""

from pathlib import Path

from arsip.ingest.sites.javascript.app_routes import NEXT_DYNAMIC_ROUTE, NEXT_SLOT

from .conftest import read_by_id, zip_of

SITE = Path(__file__).parent / "data" / "nextra-unplaced"
PAGES = {
    "pages/index.mdx": ("https://posyandu-melati.desa.id/", []),
    "app/kegiatan/page.mdx": ("https://posyandu-melati.desa.id/kegiatan", []),
    "pages/berita/[slug].mdx": (None, [("url", NEXT_DYNAMIC_ROUTE)]),
    "app/agenda/[tanggal]/page.mdx": (None, [("url", NEXT_DYNAMIC_ROUTE)]),
    "app/kegiatan/@galeri/page.mdx": (None, [("url", NEXT_SLOT)]),
}


def test_pages_without_an_address_have_a_url_problem(tmp_path):
    zip_of(SITE, tmp_path / "situs.zip", "situs/")
    for path in (SITE, tmp_path / "situs.zip"):
        documents, report = read_by_id(path, workers=1)
        found = {key.rpartition("situs/")[2]: (document.url, [(problem.field, problem.reason) for problem in document.problems]) for key, document in documents.items()}
        assert found == PAGES
        assert report.with_problems == 3
