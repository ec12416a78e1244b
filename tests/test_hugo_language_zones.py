"""A Hugo language's own ``timeZone`` (``[languages.id] timeZone = "Asia/Makassar"``, a
localized setting: gohugo.io, "Configure languages") is the zone of that language's pages,
for their date and for the check of a page dated ahead; a language without one takes the
site's ``timeZone``. The clock is fixed at 09:00 in Makassar (08:00 in Jakarta)."""

import datetime as dt
from pathlib import Path

from arsip.ingest.pipeline import read_documents
from arsip.ingest.results import IngestOptions, IngestReport
from arsip.ingest.sites.publishing import Publishing, hugo_publishing

SITE = Path(__file__).parent / "data" / "site-zones" / "hugo-bahasa"
NOW = dt.datetime(2024, 6, 1, 1, 0, tzinfo=dt.timezone.utc)


def _read(**options) -> tuple[dict, dict]:
    report = IngestReport()
    documents = read_documents([str(SITE)], IngestOptions(now=NOW, **options), report)
    return {document.id.removeprefix("content/"): document for document in documents}, dict(report.skipped)


def test_a_page_s_date_is_in_its_language_s_zone():
    kept, _ = _read()
    assert kept["berita/pelabuhan.md"].date == "2024-03-05T10:00:00+08:00"
    assert kept["berita/pelabuhan.en.md"].date == "2024-03-05T10:00:00+07:00"  # (the site's zone)


def test_the_check_of_a_page_dated_ahead_reads_its_language_s_zone():
    kept, skipped = _read()
    assert "berita/festival.md" in kept  # 08:30 in Makassar has passed
    assert "berita/festival.en.md" not in kept  # 08:30 in Jakarta has not
    assert skipped.get("not yet published") == 1


def test_a_language_zone_is_read_whatever_the_case_of_its_key():
    publishing = hugo_publishing({"languages": {"ID": {"TimeZone": "Asia/Jayapura"}, "en": {"weight": 2}}})
    assert publishing.languages == (("id", Publishing(time_zone="Asia/Jayapura")),)
    assert publishing.for_language("id").time_zone == "Asia/Jayapura"
    assert publishing.for_language("en") == publishing


def test_an_index_records_language_settings_only_when_a_site_names_some():
    assert "languages" not in Publishing(time_zone="Asia/Jakarta").state()
    state = Publishing(languages=(("id", Publishing(time_zone="Asia/Makassar")),)).state()
    assert state["languages"] == [["id", Publishing(time_zone="Asia/Makassar").state()]]
