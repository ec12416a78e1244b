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
