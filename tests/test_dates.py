"""Dates to ISO 8601 (cases in tests/data/dates.tsv), and what is refused rather than guessed."""

import datetime as dt

import pytest

from arsip.ingest.dates import DateError, first_date_in_text, parse_date

from .conftest import DATA

CASES = [
    line.split("\t")
    for line in (DATA / "dates.tsv").read_text(encoding="utf-8").splitlines()
    if line and not line.startswith("#")
]


@pytest.mark.parametrize("raw, start, end", CASES)
def test_written_dates(raw, start, end):
    parsed = parse_date(raw)
    assert (parsed.start, parsed.end or "") == (start, end)
    assert parsed.raw == raw


def test_yaml_values():
    assert parse_date(dt.date(2015, 12, 1)).start == "2015-12-01"
    offset = dt.timezone(dt.timedelta(hours=7))
    assert parse_date(dt.datetime(2015, 3, 2, 12, 34, tzinfo=offset)).start == "2015-03-02T12:34:00+07:00"


@pytest.mark.parametrize("raw", ["0000-00-00", "2015-13-45", "31/02/2015", "kemarin", "bukan tanggal", "", "2012-10-030"])
def test_impossible_or_vague_dates_are_refused(raw):
    with pytest.raises(DateError):
        parse_date(raw)


def test_first_date_in_text():
    found = first_date_in_text("Rapat diadakan pada tanggal 13 November 2012 di Jakarta, lalu 2 Mei 2013.")
    assert found.start == "2012-11-13"
    assert first_date_in_text("Tidak ada tanggal di sini, hanya angka 2012.") is None
