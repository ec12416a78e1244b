"""Dates to ISO 8601: YAML values, ISO strings, Indonesian and English dates, and ranges.

A date is written at the precision the source gives: ``2015``, ``2015-03``, ``2015-03-02``,
or ``2015-03-02T12:34:00+07:00`` for a datetime with a UTC offset. ISO forms take a fast
path; everything else goes through dateparser (Indonesian and English, day first), after
the month spellings dateparser does not know (``Febuari``, ``Ags``) are mapped to ones it does.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache


class DateError(ValueError):
    """A value that cannot be read as a real date."""


@dataclass(frozen=True)
class ParsedDate:
    """A normalized date, with the end of a range when the source gives one."""

    start: str
    end: str | None
    raw: str


_ISO = re.compile(
    r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2})"
    r"(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2})?)?)?)?$"
)
_RANGE_SPLIT = re.compile(r"\s+(?:[-–—]|s\.?d\.?|sampai(?: dengan)?|hingga|to|until)\s+|\s*[–—]\s*", re.I)

#: Spellings seen in Indonesian sources that dateparser's Indonesian data lacks.
_MONTH_SPELLINGS = {
    "febuari": "Februari",
    "pebuari": "Februari",
    "ags": "Agustus",
    "agst": "Agustus",
    "agus": "Agustus",
    "nop": "November",
    "nopember": "November",
    "okt": "Oktober",
    "oktober": "Oktober",
    "sept": "September",
    "sep": "September",
    "des": "Desember",
}
_WORD = re.compile(r"[A-Za-z]+\.?")

# Words that name a month, for finding the first date in running text.
_MONTH_NAMES = (
    "januari|jan|februari|pebruari|febuari|feb|maret|mar|april|apr|mei|juni|jun|juli|jul|"
    "agustus|agu|agt|ags|september|sept|sep|oktober|okt|november|nopember|nov|nop|desember|des|"
    "january|february|march|may|june|july|august|october|december|dec"
)
#: How far into a text the date fallback looks (a date further in is rarely the document's).
TEXT_DATE_SEARCH_CHARS = 5000
_YEAR = re.compile(r"(?<!\d)(?:1[89]|2\d)\d\d(?!\d)")
_DATE_IN_TEXT = re.compile(
    rf"\b(?:\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?\s+(?:{_MONTH_NAMES})\.?\s+\d{{4}}"
    rf"|(?:{_MONTH_NAMES})\.?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2}"
    r"|\d{1,2}/\d{1,2}/\d{4})\b",
    re.I,
)


def parse_date(value) -> ParsedDate:
    """Normalize a date value (YAML date/datetime, or text) to ISO 8601.

    Raises :class:`DateError` when the value is not a real date; nothing is guessed.
    """
    if isinstance(value, dt.datetime):
        return ParsedDate(_format_datetime(value), None, value.isoformat())
    if isinstance(value, dt.date):
        return ParsedDate(value.isoformat(), None, value.isoformat())
    raw = " ".join(str(value).split())
    if not raw:
        raise DateError("empty date")
    iso = _parse_iso(raw)
    if iso:
        return ParsedDate(iso, None, raw)
    parts = [part for part in _RANGE_SPLIT.split(raw) if part.strip()]
    if len(parts) == 2:
        return _parse_range(parts[0], parts[1], raw)
    return ParsedDate(_parse_text(raw), None, raw)


def first_date_in_text(text: str) -> ParsedDate | None:
    """The first date written in the opening of running text, or None."""
    # Every date form has a four-digit year: find years first (fast), then look around each.
    for year in _YEAR.finditer(text, 0, TEXT_DATE_SEARCH_CHARS):
        match = _DATE_IN_TEXT.search(text, max(0, year.start() - 24), year.end() + 6)
        if match is None or not match.start() <= year.start() < match.end():
            continue
        try:
            return parse_date(match.group(0))
        except DateError:
            continue
    return None


def _format_datetime(value: dt.datetime) -> str:
    """ISO 8601 to the second, with the UTC offset when the value has one."""
    return value.replace(microsecond=0).isoformat()


def _parse_iso(raw: str) -> str | None:
    match = _ISO.match(raw)
    if not match:
        return None
    year, month, day, hour, minute, second, offset = match.groups()
    try:
        if month is None:
            return f"{int(year):04d}" if int(year) > 0 else _invalid(raw)
        if day is None:
            return dt.date(int(year), int(month), 1).isoformat()[:7]
        date = dt.date(int(year), int(month), int(day))
        if hour is None:
            return date.isoformat()
        stamp = dt.datetime(date.year, date.month, date.day, int(hour), int(minute), int(second or 0))
    except ValueError:
        _invalid(raw)
    if offset:
        offset = "+00:00" if offset == "Z" else offset[:3] + ":" + offset[-2:]
        return stamp.isoformat() + offset
    return stamp.isoformat()


def _invalid(raw: str):
    raise DateError(f"not a valid date: {raw!r}")


def _parse_range(first: str, second: str, raw: str) -> ParsedDate:
    end = _parse_iso(second) or _parse_text(second)
    start = _parse_iso(first)
    if start is None:
        try:
            start = _parse_text(first)
        except DateError:
            # "05 – 06 Maret 2015": the first part borrows month and year from the second.
            start = _parse_text(f"{first} {_month_year(second)}")
    if start > end:
        raise DateError(f"range ends before it starts: {raw!r}")
    return ParsedDate(start, end, raw)


def _month_year(text: str) -> str:
    return " ".join(text.split()[-2:])


def _respell(raw: str) -> str:
    return _WORD.sub(lambda m: _MONTH_SPELLINGS.get(m.group(0).rstrip(".").lower(), m.group(0)), raw)


@lru_cache(maxsize=4096)
def _parse_text(raw: str) -> str:
    parser = _date_parser()
    data = parser.get_date_data(_respell(raw))
    if data.date_obj is None:
        _invalid(raw)
    date = data.date_obj
    if data.period == "year":
        return f"{date.year:04d}"
    if data.period == "month":
        return f"{date.year:04d}-{date.month:02d}"
    if date.hour or date.minute or date.second:
        return _format_datetime(date)
    return date.date().isoformat()


@lru_cache(maxsize=1)
def _date_parser():
    from dateparser.date import DateDataParser  # heavy import, only when a text date appears

    return DateDataParser(
        languages=["id", "en"],
        settings={
            "DATE_ORDER": "DMY",
            "PREFER_DAY_OF_MONTH": "first",
            "REQUIRE_PARTS": ["year"],
            "PARSERS": ["absolute-time"],
            "RETURN_AS_TIMEZONE_AWARE": False,
        },
    )
