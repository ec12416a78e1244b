"""Jekyll's check of a post dated ahead reads its date as the record's date reads it: a YAML
timestamp without an offset (``date: 2024-06-01 05:00:00``, unquoted) is UTC whatever the
site's ``timezone`` (SafeYAML's ``Parse::Date.value``), a quoted text is in the site's zone
(``Utils.parse_date``). The clock is fixed at 09:00 in Jakarta (02:00 UTC)."""

import datetime as dt
from pathlib import Path

from arsip.ingest.pipeline import read_documents
from arsip.ingest.results import IngestOptions, IngestReport

SITE = Path(__file__).parent / "data" / "site-zones" / "jekyll-terjadwal"
NOW = dt.datetime(2024, 6, 1, 2, 0, tzinfo=dt.timezone.utc)


def _read(**options) -> tuple[dict, dict]:
    report = IngestReport()
    documents = read_documents([str(SITE)], IngestOptions(now=NOW, **options), report)
    return {document.id.rsplit("/", 1)[-1]: document for document in documents}, dict(report.skipped)


def test_a_yaml_timestamp_at_five_utc_is_still_ahead_at_nine_in_jakarta():
    kept, skipped = _read()
    assert sorted(kept) == ["2024-06-01-senam-pagi.md"]
    assert skipped.get("not yet published") == 1


def test_the_post_kept_as_a_draft_has_the_utc_date_the_check_read():
    kept, _ = _read(include_drafts=True)
    assert kept["2024-06-01-lomba-desa.md"].draft
    assert kept["2024-06-01-lomba-desa.md"].date == "2024-06-01T05:00:00+00:00"


def test_a_quoted_time_is_in_the_site_s_zone_and_published():
    kept, _ = _read()
    assert kept["2024-06-01-senam-pagi.md"].date == "2024-06-01T08:00:00+07:00"
    assert not kept["2024-06-01-senam-pagi.md"].draft
