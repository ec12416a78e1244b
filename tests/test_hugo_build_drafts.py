"""Hugo renders drafts when the site, or a page's language (``[languages.en] buildDrafts =
true``, a localized setting), sets ``buildDrafts``: such a page is published, at its
address, not a draft; a language without it leaves its drafts out."""

from pathlib import Path

from arsip.ingest.pipeline import read_documents
from arsip.ingest.results import IngestReport
from arsip.ingest.sites.hugo.urls import hugo_path, hugo_paths

SITE = Path(__file__).parent / "data" / "hugo-build-drafts"


def test_a_language_building_drafts_publishes_its_drafts():
    report = IngestReport()
    documents = {document.id.removeprefix("content/berita/"): document for document in read_documents([str(SITE)], report=report)}
    assert set(documents) == {"rancangan-dermaga.en.md", "pasar-ikan.md"}
    assert report.skipped["draft"] == 1  # rancangan-dermaga.md
    draft = documents["rancangan-dermaga.en.md"]
    assert draft.draft is False
    assert draft.url == "https://kabar.contoh.id/en/berita/rancangan-dermaga/"


def test_a_site_building_drafts_places_a_draft():
    fields = {"title": "Rancangan", "draft": True}
    assert hugo_path("content/berita/rancangan.md", fields, hugo_paths({"builddrafts": True})) == "/berita/rancangan/"
    assert hugo_path("content/berita/rancangan.md", fields, hugo_paths({})) is None
