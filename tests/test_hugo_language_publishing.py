"""A Hugo language's own ``buildFuture``, ``buildExpired`` and ``[frontmatter]`` date keys
(in its ``[languages]`` table: localized settings, gohugo.io "Configure languages") decide
whether Hugo publishes that language's pages, and its ``[frontmatter] date`` keys their
date; a language without them takes the site's. The clock is fixed at 1 June 2024."""

import datetime as dt
from pathlib import Path

from arsip.ingest.pipeline import read_documents
from arsip.ingest.results import IngestOptions, IngestReport
from arsip.ingest.sites.publishing import EXPIRED, NOT_YET_PUBLISHED, hugo_publishing

SITE = Path(__file__).parent / "data" / "hugo-language-publishing"
NOW = dt.datetime(2024, 6, 1, 1, 0, tzinfo=dt.timezone.utc)


def _read() -> tuple[dict, dict]:
    report = IngestReport()
    documents = read_documents([str(SITE)], IngestOptions(now=NOW), report)
    return {document.id.removeprefix("content/berita/"): document for document in documents}, dict(report.skipped)


def test_each_language_publishes_by_its_own_settings():
    kept, skipped = _read()
    assert set(kept) == {"festival.md", "lelang.en.md", "kapal-baru.md", "kapal-baru.en.md"}
    assert skipped[NOT_YET_PUBLISHED] == 2  # festival.en.md, and jadwal-kapal.en.md by its "tayang"
    assert skipped[EXPIRED] == 1  # lelang.md


def test_a_page_s_date_is_read_from_its_language_s_front_matter_keys():
    kept, _ = _read()
    assert kept["kapal-baru.en.md"].date == "2024-02-20"  # (tanggal first)
    assert kept["kapal-baru.en.md"].url == "https://kabar.contoh.id/en/2024/new-ferry/"
    assert kept["kapal-baru.md"].date == "2023-12-28"
    assert kept["kapal-baru.md"].url == "https://kabar.contoh.id/2023/kapal-baru/"


def test_a_language_s_front_matter_keys_merge_over_the_site_s():
    publishing = hugo_publishing(
        {"frontmatter": {"expiryDate": ["berakhir"]}, "languages": {"EN": {"FrontMatter": {"PublishDate": ["tayang"]}, "buildexpired": False}, "id": {"weight": 1}}}
    )
    english = publishing.for_language("en")
    assert (english.publish_keys, english.expiry_keys) == (("tayang",), ("berakhir",))
    assert publishing.for_language("id") == publishing
    assert [name for name, _ in publishing.languages] == ["en"]
