"""A WordPress export's posts are in the site's language (the channel's ``<language>``),
a post of a multilingual site in the language Polylang gives it (its ``language`` term);
neither language nor translation group is a category."""

from arsip.ingest.pipeline import ingest_bytes
from arsip.ingest.results import IngestOptions

from .conftest import DATA

EXPORT = DATA / "wxr" / "bahasa.xml"


def test_each_post_has_its_polylang_language_else_the_site_s():
    result = ingest_bytes(EXPORT.read_bytes(), EXPORT.name, str(EXPORT), IngestOptions())
    documents = {document.fields["post_id"]: document for document in result.documents}
    assert {post_id: document.fields["lang"] for post_id, document in documents.items()} == {"71": "id", "72": "en", "73": "id-ID"}
    assert [category.label for category in documents["72"].categories] == ["Information"]
