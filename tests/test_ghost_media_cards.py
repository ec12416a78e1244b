"""Ghost's audio and video cards: the title of an audio card and the caption of a video
card are text; the players' controls (elapsed time and length, "1×" speed, play buttons)
and the audio thumbnail's alt text "audio-thumbnail", which Ghost writes on every card, are not."""

from arsip.ingest.pipeline import ingest_bytes
from arsip.ingest.results import IngestOptions

from .conftest import DATA

EXPORT = DATA / "ghost" / "kartu-media.ghost.2024-05-10-01-00-00.json"


def test_media_cards_keep_their_title_and_caption_not_their_players():
    result = ingest_bytes(EXPORT.read_bytes(), EXPORT.name, str(EXPORT), IngestOptions())
    [document] = result.documents
    assert document.text == (
        "Siaran pagi: harga gabah\n\nHarga gabah kering panen naik menjadi Rp6.800 per kilogram.\n\n"
        "Warga memanen padi di sawah timur.\n\nPanen berlangsung tiga hari."
    )
    assert document.problems == []
