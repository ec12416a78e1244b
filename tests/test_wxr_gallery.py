"""A WordPress ``[gallery]`` shows the images attached to the post, or those its ``ids``
name, each with its caption (the attachment's excerpt, an item of its own in the export)."""

from arsip.ingest.pipeline import ingest_bytes
from arsip.ingest.results import IngestOptions

from .conftest import DATA

EXPORT = DATA / "wxr" / "galeri.xml"


def _documents():
    result = ingest_bytes(EXPORT.read_bytes(), EXPORT.name, str(EXPORT), IngestOptions())
    assert dict(result.left_out) == {"not a document: WordPress attachment": 3}
    return {document.fields["post_id"]: document for document in result.documents}


def test_a_gallery_shows_the_captions_of_the_posts_images_in_their_order_where_it_stands():
    document = _documents()["30"]
    assert document.text == (
        "Suasana festival panen di lapangan desa.\n\nLomba bakiak antar-RT\n\nPenari jaipong membuka acara\n\n"
        "Festival ditutup dengan doa bersama. Untuk menampilkan galeri, tulis [gallery] di pos."
    )
    assert document.problems == []


def test_a_gallery_of_named_images_shows_their_captions_and_nothing_for_one_deleted():
    document = _documents()["33"]
    assert document.text == "Foto pilihan redaksi pekan ini.\n\nLomba bakiak antar-RT"
    assert document.problems == []


def test_the_galleries_of_an_export_of_posts_only_are_named_in_a_problem():
    posts_only = "<item>".join(part for part in EXPORT.read_text(encoding="utf-8").split("<item>") if "<wp:post_type>attachment" not in part)
    result = ingest_bytes(posts_only.encode("utf-8"), EXPORT.name, str(EXPORT), IngestOptions())
    galleries = {document.fields["post_id"]: [problem.reason for problem in document.problems] for document in result.documents}
    reason = "1 gallery(ies) whose captions are not read: the export holds no attachments (an export of posts only)"
    assert galleries == {"30": [reason], "33": [reason]}
