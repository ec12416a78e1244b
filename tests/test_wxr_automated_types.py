"""The post types plugins fill automatically are not documents of a WordPress export, not
even with --include-drafts: Jetpack's sitemaps (stored as drafts, their XML base64-encoded),
the mail a site sent, the items feed importers copied from other sites."""

from arsip.ingest.pipeline import ingest_bytes
from arsip.ingest.results import IngestOptions

from .conftest import DATA

EXPORT = DATA / "wxr" / "otomatis.xml"


def test_automated_post_types_are_counted_and_never_documents():
    result = ingest_bytes(EXPORT.read_bytes(), EXPORT.name, str(EXPORT), IngestOptions(include_drafts=True))
    assert [document.title for document in result.documents] == ["Musyawarah desa"]
    assert dict(result.left_out) == {
        "not a document: WordPress jp_sitemap_master": 1,
        "not a document: WordPress jp_sitemap": 1,
        "not a document: WordPress postman_sent_mail": 1,
        "not a document: WordPress wprss_feed_item": 1,
    }
