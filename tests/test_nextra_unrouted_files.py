"""A Nextra site's Markdown files that Next.js routes no page of (tests/data/nextra-unrouted)
are left out with the reason counted in the summary, not read as documents without url:
Next.js' own ``pages/_app``, ``_document`` and ``_error`` (its ``BLOCKED_PAGES``), the API
routes of ``pages/api/``, and an ``app/…/page.mdx`` in a private folder (``app/_draf/``)."""

from pathlib import Path

from arsip.ingest.sites.javascript.app_routes import NEXT_PRIVATE_FOLDER, NEXT_RESERVED_FILE

from .conftest import read_by_id, zip_of

SITE = Path(__file__).parent / "data" / "nextra-unrouted"
PAGES = {
    "pages/index.mdx": "https://posyandu-melati.desa.id/",
    "pages/panduan/imunisasi.md": "https://posyandu-melati.desa.id/panduan/imunisasi",
    "app/kegiatan/page.mdx": "https://posyandu-melati.desa.id/kegiatan",
}


def _pages(documents: dict) -> dict:
    return {key.rpartition("situs/")[2]: document.url for key, document in documents.items()}


def test_files_next_js_does_not_route_are_skipped_with_the_reason(tmp_path):
    zip_of(SITE, tmp_path / "situs.zip", "situs/")
    for path in (SITE, tmp_path / "situs.zip"):
        documents, report = read_by_id(path, workers=1)
        assert _pages(documents) == PAGES
        assert (report.skipped[NEXT_RESERVED_FILE], report.skipped[NEXT_PRIVATE_FOLDER]) == (4, 1)
