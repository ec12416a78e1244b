"""Dates to ISO 8601 (cases in tests/data/dates.tsv), what is refused rather than guessed,
and which date in a text is a document's date (tests/data/text_dates.tsv)."""

import datetime as dt
import subprocess
import sys
import time

import pytest

from arsip.ingest.dates import (
    DAY_FIRST,
    MONTH_FIRST,
    DateError,
    ImplausibleDate,
    check_plausible,
    default_order,
    moments,
    parse_date,
    query_bounds,
)
from arsip.ingest.date_sources import date_in_text, front_matter_date_keys
from arsip.ingest.pipeline import read_documents

from .conftest import DATA


def _rows(name):
    return [
        line.split("\t")
        for line in (DATA / name).read_text(encoding="utf-8").splitlines()
        if line and not line.startswith("#")
    ]


@pytest.mark.parametrize("raw, start, end", _rows("dates.tsv"))
def test_written_dates(raw, start, end):
    parsed = parse_date(raw)
    assert (parsed.start, parsed.end or "") == (start, end)
    assert parsed.raw == raw


@pytest.mark.parametrize("text, expected", _rows("text_dates.tsv"))
def test_document_date_in_text(text, expected):
    assert (date_in_text(text.replace("\\n", "\n")) or "") == expected


def test_yaml_values():
    assert parse_date(dt.date(2015, 12, 1)).start == "2015-12-01"
    offset = dt.timezone(dt.timedelta(hours=7))
    assert parse_date(dt.datetime(2015, 3, 2, 12, 34, tzinfo=offset)).start == "2015-03-02T12:34:00+07:00"


@pytest.mark.parametrize(
    "raw", ["0000-00-00", "2015-13-45", "31/02/2015", "kemarin", "bukan tanggal", "", "2012-10-030", "31-02-2015", "2015-03-02 10:00 +25:00", "2015-03-02T10:00+07:75"]
)
def test_impossible_or_vague_dates_are_refused(raw):
    with pytest.raises(DateError):
        parse_date(raw)


DASHED_NUMBERS = ["2012-02-27-20", "2012-10-030", "2012-030", "2015-3-7-1", "2016-12-31-2359"]


@pytest.mark.parametrize("raw", DASHED_NUMBERS)
def test_dashed_numbers_the_light_parser_cannot_read_are_refused_without_dateparser(raw, monkeypatch):
    from arsip.ingest import dates

    monkeypatch.setattr(dates, "_date_parser", lambda: pytest.fail("dateparser was loaded"))
    with pytest.raises(DateError, match="not a valid date"):
        parse_date(raw)


def test_dateparser_itself_reads_none_of_the_dashed_numbers():
    from arsip.ingest.dates import _date_parser

    assert [raw for raw in DASHED_NUMBERS if _date_parser().get_date_data(raw).date_obj is not None] == []


def test_numeric_order_is_a_parameter_for_ambiguous_values_only():
    assert parse_date("05/07/2021").start == "2021-07-05"
    assert parse_date("05/07/2021", order=MONTH_FIRST).start == "2021-05-07"
    assert parse_date("27/08/2021", order=MONTH_FIRST).start == "2021-08-27"
    assert default_order("en-US") == MONTH_FIRST and default_order("id") == default_order(None) == DAY_FIRST


def test_implausible_dates():
    today = dt.date(2026, 1, 15)
    for raw in ("2118-03-01", "3017", "1899-12-31"):
        with pytest.raises(ImplausibleDate):
            check_plausible(parse_date(raw), today)
    assert check_plausible(parse_date("2026-12-31"), today).start == "2026-12-31"


def test_moments_cover_the_precision_and_keep_the_written_day():
    assert moments("2015") == (dt.datetime(2015, 1, 1), dt.datetime(2015, 12, 31, 23, 59, 59))
    assert moments("2016-02")[1] == dt.datetime(2016, 2, 29, 23, 59, 59)
    assert moments("2015-03-02T01:00:00+07:00")[0] == dt.datetime(2015, 3, 2, 1, 0)


def test_query_dates_without_dateparser():
    assert query_bounds("Maret 2015") == (dt.datetime(2015, 3, 1), dt.datetime(2015, 3, 31, 23, 59, 59))
    assert query_bounds("2 Maret 2015")[0] == dt.datetime(2015, 3, 2)
    with pytest.raises(DateError):
        query_bounds("kemarin sore")
    code = "import sys; from arsip.index.query import date_bounds; date_bounds('Maret 2015', end=True); print('dateparser' in sys.modules)"
    assert subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip() == "False"


def test_huge_values_are_refused_at_once_and_clipped_in_the_message():
    started = time.process_time()
    with pytest.raises(DateError) as caught:
        parse_date("1" * 1_000_000)
    assert time.process_time() - started < 1
    assert len(str(caught.value)) < 200


def test_a_megabyte_of_digits_as_front_matter_date_is_one_short_problem():
    from arsip.ingest.pipeline import ingest_bytes

    started = time.process_time()
    result = ingest_bytes(("---\ntitle: A\ndate: " + "7" * 1_000_000 + "\n---\nIsi.\n").encode(), "a.md", "a.md")
    assert time.process_time() - started < 2
    (document,) = result.documents
    assert document.date is None
    assert [len(problem.reason) < 200 for problem in document.problems if problem.field == "date"] == [True]


@pytest.mark.parametrize("extra", [{}, {f"catatan_{number}": "x" * 50 for number in range(60)}], ids=["remembered", "too long to remember"])
def test_date_keys_come_in_order_of_preference_however_long_the_key_list(extra):
    """Listed keys first (in their order, any case), then other keys that name a date,
    then last-resort keys; a key list too long to remember gives the same order."""
    fields = {"lastmod": 1, "Tgl_Date": 2, "judul": 3, **extra, "TANGGAL": 4, "posted_at": 5, "Date": 6, "updated": 7}
    assert front_matter_date_keys(fields) == ("Date", "TANGGAL", "Tgl_Date", "posted_at", "lastmod", "updated")
    assert front_matter_date_keys(dict(reversed(fields.items()))) == ("Date", "TANGGAL", "posted_at", "Tgl_Date", "lastmod", "updated")


def test_the_modification_dates_of_quarto_and_jekyll_are_last_resort_keys():
    """Quarto's ``date-modified`` and Jekyll's ``last_modified_at`` (jekyll-seo-tag, Minimal
    Mistakes, Chirpy) date a page only when no other key does."""
    from arsip.ingest.pipeline import ingest_bytes

    fields = {"last_modified_at": 1, "date-modified": 2, "judul": 3}
    assert front_matter_date_keys(fields) == ("date-modified", "last_modified_at")
    assert front_matter_date_keys({**fields, "tanggal": 4}) == ("tanggal", "date-modified", "last_modified_at")
    (document,) = ingest_bytes(b"---\ntitle: Tentang Kami\nlast_modified_at: 2016-03-09T16:20:02+07:00\n---\nProfil redaksi.\n", "tentang.md", "tentang.md").documents
    assert (document.date, document.date_source) == ("2016-03-09T16:20:02+07:00", "front_matter:last_modified_at")


@pytest.mark.parametrize(
    "raw, start",
    [
        ("2024-03-05 10:00 WIB", "2024-03-05T10:00:00+07:00"),
        ("2024-03-05T10:00 WITA", "2024-03-05T10:00:00+08:00"),
        ("2024-03-05 10:00:00 WIT", "2024-03-05T10:00:00+09:00"),
        ("2024-03-05 10:00:00 UTC+07:00", "2024-03-05T10:00:00+07:00"),
        ("2024-03-05 10:00:00 UTC", "2024-03-05T10:00:00+00:00"),
        ("2013-03-01 20:55:22 GMT-0300", "2013-03-01T20:55:22-03:00"),
    ],
)
def test_a_zone_written_by_name_after_the_time_gives_its_offset(raw, start):
    """Indonesia's zones (WIB, WITA, WIT) and ``UTC``/``GMT`` with or without an offset."""
    assert parse_date(raw, light=True).start == start


@pytest.mark.parametrize(
    "raw, start",
    [
        ("5 Maret 2024 - 10:00 WIB", "2024-03-05T10:00:00+07:00"),
        ("Senin, 5 Maret 2024 10.00 WITA", "2024-03-05T10:00:00+08:00"),
        ("Kamis, 7 Maret 2024 | 19:30 WIT", "2024-03-07T19:30:00+09:00"),
        ("5 Maret 2024 pukul 07.30 wib", "2024-03-05T07:30:00+07:00"),
        ("Selasa, 05/03/2024 10:00 WIB", "2024-03-05T10:00:00+07:00"),
        ("March 5, 2024, 10:00 UTC", "2024-03-05T10:00:00+00:00"),
        ("05 Mar 2024 10:00:00 +0700", "2024-03-05T10:00:00+07:00"),
        ("Senin, 05 Maret 2024 - 10:00", "2024-03-05T10:00:00"),
    ],
)
def test_a_written_day_and_its_time_keep_the_time_s_zone(raw, start):
    """A day written out or in numbers, then its time (after ``-``, ``|``, ``,`` or ``pukul``)
    and its zone, as Indonesian news sites write them: read without dateparser, the zone kept."""
    assert parse_date(raw, light=True).start == start


@pytest.mark.parametrize("raw", ["5 Maret 2024 25:00 WIB", "5 Maret 2024 10:00 +2500", "Maret 2024 10:00 WIB"])
def test_a_day_and_time_that_is_no_moment_is_refused(raw):
    with pytest.raises(DateError):
        parse_date(raw, light=True)


@pytest.mark.parametrize(
    "body, date, guessed",
    [
        ("Pendaftaran ditutup pada 12 Maret 2021. Rapat warga diadakan di balai desa.", "2021-03-12", "12 Maret 2021"),
        ("Sukamaju, 5 Januari 2022 — Warga menanam bibit mangrove.", "2022-01-05", "5 Januari 2022"),
        ("Tanggal: 7 Februari 2020\n\nWarga menanam bibit mangrove di pesisir.", "2020-02-07", None),
        ("Diterbitkan pada 3 April 2019. Warga menanam bibit mangrove.", "2019-04-03", None),
    ],
)
def test_a_date_guessed_from_the_text_is_a_problem(tmp_path, body, date, guessed):
    """A page dated by the first date near the start of its text (a dateline, or a deadline
    or an event's day: the text does not say which) says so in a date problem; a date a
    label names (``Tanggal:``, ``Diterbitkan pada``) is the page's own."""
    (tmp_path / "pengumuman.md").write_text(f"---\ntitle: Pengumuman\n---\n{body}\n", encoding="utf-8")
    (document,) = read_documents([str(tmp_path)])
    assert (document.date, document.date_source) == (date, "text")
    reasons = [problem.reason for problem in document.problems if problem.field == "date"]
    expected = f"dated by a date near the start of its text ({guessed}), as nothing else dates it: it may be another date the text names"
    assert reasons == ([expected] if guessed else [])
