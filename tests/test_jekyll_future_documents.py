"""A document of a Jekyll collection dated ahead — by its front matter, or by the date its
file name starts with — is not written by Jekyll (``Document#write?`` asks its
``Publisher``, which hides a document dated after the build unless ``future: true``), as a
post dated ahead is not: it is not published yet, kept as a draft with --include-drafts. A
page has no date to Jekyll and is written whatever its front matter says."""

import datetime as dt
from pathlib import Path

from arsip.ingest.sites.publishing import NOT_YET_PUBLISHED, jekyll_publishing, publication

from .conftest import read_by_id

SITE = Path(__file__).parent / "data" / "jekyll-future-documents"
NOW = dt.datetime(2024, 6, 1, tzinfo=dt.timezone.utc)


def test_collection_documents_dated_ahead_are_not_published_yet():
    documents, report = read_by_id(SITE)
    assert sorted(documents) == ["_agenda/senam-pagi.md", "jadwal.md"]
    assert report.skipped["not yet published"] == 2
    kept = read_by_id(SITE, include_drafts=True)[0]
    assert [kept[name].draft for name in ("_agenda/2099-01-05-musyawarah.md", "_agenda/festival-panen.md", "jadwal.md")] == [True, True, False]


def test_future_true_publishes_them_and_only_documents_are_judged_anywhere():
    ahead = {"date": dt.date(2099, 8, 17)}
    assert publication(ahead, "_agenda/festival-panen.md", "jekyll", jekyll_publishing({}), NOW, document=True).reason == NOT_YET_PUBLISHED
    assert publication(ahead, "_agenda/festival-panen.md", "jekyll", jekyll_publishing({"future": True}), NOW, document=True).reason is None
    assert publication(ahead, "jadwal.md", "jekyll", jekyll_publishing({}), NOW).reason is None
