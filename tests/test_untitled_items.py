"""A post of an export or feed that has neither a title nor text is named by the last part
of its address, else by its id in the file: never by the export's file name, which is
every item's."""

from arsip.ingest.pipeline import ingest_bytes
from arsip.ingest.results import IngestOptions

from .conftest import DATA

FOLDER = DATA / "tanpa-teks"


def _titles(name: str) -> dict[str, str]:
    path = FOLDER / name
    result = ingest_bytes(path.read_bytes(), name, str(path), IngestOptions(include_drafts=True))
    return {document.id.rpartition("#")[2]: document.title for document in result.documents}


def test_an_untitled_post_without_text_is_named_by_its_address_else_its_id():
    titles = _titles("blog-02-14-2024.xml")
    assert titles["post-4444444444444444444"] == "blog post"  # Blogger's address of an untitled post
    assert titles["post-5555555555555555555"] == "post 5555555555555555555"  # a draft has no address
    assert titles["post-3333333333333333333"] == "Lomba kebersihan antar-RT"


def test_an_untitled_photo_post_is_named_by_its_slug_and_a_captioned_one_by_its_caption():
    assert _titles("posts.xml") == {"700100001": "sawah", "700100002": "Embung desa penuh setelah hujan semalam."}
