"""A Google Takeout Blogger post's search description (``<blogger:metaDescription>``, set
under "Search description" in Blogger's post settings) is its ``description``, as an SEO
plugin's is a WordPress post's."""

from arsip.ingest.pipeline import ingest_bytes
from arsip.ingest.results import IngestOptions

from .conftest import DATA

FEED = DATA / "takeout-deskripsi" / "feed.atom"


def test_a_takeout_post_keeps_its_search_description_and_one_without_has_none():
    result = ingest_bytes(FEED.read_bytes(), FEED.name, str(FEED), IngestOptions())
    documents = {document.title: document for document in result.documents}
    assert documents["Resep gudeg Jogja"].fields["description"] == "Resep gudeg Jogja yang manis dan legit, dimasak semalaman dengan daun jati."
    assert "description" not in documents["Sambal bawang"].fields
    assert documents["Resep gudeg Jogja"].text == "Nangka muda dimasak dengan santan dan gula jawa selama delapan jam."
