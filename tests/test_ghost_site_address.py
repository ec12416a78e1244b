"""Ghost (4 and later) stores ``__GHOST_URL__`` in place of the site's own address in the
addresses it keeps (a feature image, a canonical url): it becomes the site's ``url`` setting
when the export has one, else a path on the site; never a url of its own."""

from arsip.ingest.pipeline import ingest_bytes
from arsip.ingest.results import IngestOptions

from .conftest import DATA


def _document(name: str):
    path = DATA / "ghost" / name
    [document] = ingest_bytes(path.read_bytes(), name, str(path), IngestOptions()).documents
    return document


def test_the_placeholder_is_a_path_when_the_export_does_not_say_where_the_site_is():
    document = _document("alamat.ghost.2024-06-01-01-00-00.json")
    assert document.fields["feature_image"] == "/content/images/2024/06/layang.jpg"
    assert document.fields["canonical_url"] == "/2024/festival-layang/"
    assert document.url is None


def test_the_placeholder_is_the_site_s_address_from_its_url_setting():
    document = _document("alamat-situs.ghost.2024-06-01-01-00-00.json")
    assert document.fields["feature_image"] == "https://kabarpantai.contoh.id/content/images/2024/06/layang.jpg"
    assert document.url == "https://kabarpantai.contoh.id/2024/festival-layang/"
