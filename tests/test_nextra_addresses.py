"""A Nextra site's pages are where Next.js and Nextra route them (tests/data/app-addresses/
nextra3, nextra4): ``pages/`` at their path (Nextra 2 and 3), Nextra 4's ``content/`` below
its ``contentDirBasePath``, ``app/…/page.mdx`` at its folder less route groups, all below
the Next.js ``basePath``, with ``trailingSlash``; the site's host from ``public/CNAME``. A
setting the configuration computes leaves the pages without url, and a ``url`` problem says
why (Next.js' ``i18n``: tests/test_nextra_i18n.py)."""

from pathlib import Path

import pytest

from .conftest import read_by_id, site_copy, zip_of

SITES = Path(__file__).parent / "data" / "app-addresses"
NEXTRA4 = {
    "content/index.mdx": "https://dokumentasi.sideka.desa.id/sideka/docs",
    "content/panduan/pasang-aplikasi.md": "https://dokumentasi.sideka.desa.id/sideka/docs/panduan/pasang-aplikasi",
    "app/(situs)/tentang/page.mdx": "https://dokumentasi.sideka.desa.id/sideka/tentang",
}
NEXTRA3 = {
    "pages/index.mdx": "https://posyandu.sukamaju.desa.id/",
    "pages/panduan/penimbangan.md": "https://posyandu.sukamaju.desa.id/panduan/penimbangan/",
}


def _urls(documents: dict) -> dict:
    return {key.rpartition("situs/")[2]: document.url for key, document in documents.items()}


@pytest.mark.parametrize("site, expected", [("nextra4", NEXTRA4), ("nextra3", NEXTRA3)])
def test_pages_are_where_nextra_routes_them(site, expected, tmp_path):
    documents, report = read_by_id(SITES / site, workers=1)
    assert _urls(documents) == expected and report.with_problems == 0
    archive = tmp_path / "situs.zip"
    zip_of(SITES / site, archive, "situs/")
    assert _urls(read_by_id(archive, workers=1)[0]) == expected


@pytest.mark.parametrize(
    "settings, reason",
    [
        (
            "\nmodule.exports = withNextra({ basePath: process.env.BASE_PATH })\n",
            "next.config.js computes basePath (process.env.BASE_PATH): where the site publishes its pages is not known",
        ),
    ],
)
def test_settings_arsip_cannot_follow_are_named(settings, reason, tmp_path):
    documents, _ = read_by_id(site_copy(SITES / "nextra3", tmp_path / "situs", "next.config.js", settings), workers=1)
    page = documents["pages/panduan/penimbangan.md"]
    assert (page.url, [problem.reason for problem in page.problems]) == (None, [reason])
