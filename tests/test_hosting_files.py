"""What tells a static host how to serve a site (GitHub Pages' ``CNAME``, Netlify's
``_headers`` and ``_redirects``) is counted as site configuration, not as a file of an
unsupported format (see the hexo-tranquilpeak site in tests/data, whose source/ has a CNAME)."""

from pathlib import Path

from arsip.ingest.formats import SITE_CONFIGURATION, skip_reason
from arsip.ingest.pipeline import read_documents
from arsip.ingest.results import IngestReport

SITE = Path(__file__).parent / "data" / "hexo-tranquilpeak"


def test_a_cname_is_site_configuration():
    report = IngestReport()
    list(read_documents([str(SITE / "source")], report=report))
    assert report.skipped == {SITE_CONFIGURATION: 1, "binary": 1, "generated list page": 3}


def test_hosting_files_are_site_configuration():
    for name in ("situs/CNAME", "situs/_headers", "situs/public/_redirects"):
        assert skip_reason(name) == SITE_CONFIGURATION
    assert skip_reason("situs/cname.md") is None


def test_a_search_engines_verification_file_is_site_configuration(tmp_path):
    """Google Search Console's file, at the root of a GitHub Pages site and copied into its
    ``_site/``, is one line proving the owner, not a page."""
    (tmp_path / "google1a2b3c4d5e6f7a8b.html").write_text("google-site-verification: google1a2b3c4d5e6f7a8b.html", encoding="utf-8")
    (tmp_path / "googleplay.html").write_text("<html><body><h1>Aplikasi Desa</h1><p>Unduh aplikasi layanan desa di Google Play.</p></body></html>", encoding="utf-8")
    report = IngestReport()
    documents = list(read_documents([str(tmp_path)], report=report))
    assert [document.id for document in documents] == ["googleplay.html"]
    assert report.skipped == {SITE_CONFIGURATION: 1}
    for name in ("situs/yandex_0a1b2c3d4e5f6a7b.html", "situs/pinterest-1a2b3.html", "situs/BingSiteAuth.xml"):
        assert skip_reason(name) == SITE_CONFIGURATION
