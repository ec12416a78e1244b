"""Date values: parsing to ISO 8601, plausibility, moments and range bounds.

The one home of dates. A date is written at the precision the source gives: ``2015``,
``2015-03``, ``2015-03-02``, or ``2015-03-02T12:34:00+07:00`` for a datetime with a UTC
offset. A light parser reads ISO forms, numeric dates (``07/04/2014``, ``07-04-2014``,
``07.04.2014``, in a given day/month order) and written dates (``Senin, 20 Januari 2014``,
``Maret 2015``, ``March 5, 2015``) without any heavy import; only what it cannot read goes
to dateparser (Indonesian and English, absolute dates only), and only when ingesting —
query-side dates (:func:`query_bounds`) never import it.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

#: A value longer than this is not a date (and is never handed to a parser).
MAX_DATE_CHARS = 100
#: How much of a value is quoted in a message.
QUOTE_CHARS = 60
#: Dates before this year are not dates of a document.
EARLIEST_YEAR = 1900
DAY_FIRST, MONTH_FIRST = "day-first", "month-first"


class DateError(ValueError):
    """A value that cannot be read as a real date."""


class ImplausibleDate(DateError):
    """A real date that cannot be a document's date (before 1900, or too far ahead)."""


@dataclass(frozen=True)
class ParsedDate:
    """A normalized date, with the end of a range when the source gives one."""

    start: str
    end: str | None
    raw: str


@dataclass(frozen=True)
class NumericDate:
    """The parts of a numeric date like ``07/04/2014`` before its order is known."""

    first: int
    second: int
    year: int

    @property
    def ambiguous(self) -> bool:
        """True when both orders give a real, different date."""
        return self.first <= 12 and self.second <= 12 and self.first != self.second

    def evidence(self) -> str | None:
        """The order this value proves on its own, or None."""
        if self.first > 12 >= self.second:
            return DAY_FIRST
        if self.second > 12 >= self.first:
            return MONTH_FIRST
        return None


_ISO = re.compile(
    r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2})"
    r"(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?\s*(Z|[+-]\d{2}:?\d{2}|(?:UTC|GMT)(?:\s*[+-]\d{2}:?\d{2})?|WITA|WIB|WIT)?)?)?)?$"
)
#: The UTC offsets of the zones written by name after a time: ``Z``, ``UTC`` and ``GMT`` (also
#: before an offset: ``2024-03-05 10:00:00 UTC+07:00``), and Indonesia's WIB, WITA and WIT
#: (``2024-03-05 10:00 WIB``).
_ZONE_OFFSETS = {"Z": "+00:00", "UTC": "+00:00", "GMT": "+00:00", "WIB": "+07:00", "WITA": "+08:00", "WIT": "+09:00"}
_NUMERIC = re.compile(r"^(\d{1,2})([/.-])(\d{1,2})\2(\d{4})$")
_YEAR_FIRST_NUMERIC = re.compile(r"^(\d{4})([/.])(\d{1,2})\2(\d{1,2})$")
#: A year and dash-separated numbers (``2012-02-27-20``, ``2012-10-030``): what the light
#: parser cannot read of this shape, dateparser never reads either (checked on thousands
#: of such values), so it is refused without loading dateparser.
_DASHED_NUMBERS = re.compile(r"^\d{4}(?:-\d+)+$")
_RANGE_SPLIT = re.compile(r"\s+(?:[-–—]|s\.?d\.?|sampai(?: dengan)?|hingga|to|until)\s+|\s*[–—]\s*", re.I)

#: Month words of Indonesian and English sources, with the misspellings and
#: abbreviations seen in Indonesian sites (``Febuari``, ``Ags``, ``Nop``).
_MONTHS = {
    1: "januari january jan",
    2: "februari pebruari febuari pebuari february feb peb",
    3: "maret march mar",
    4: "april apr",
    5: "mei may",
    6: "juni june jun",
    7: "juli july jul",
    8: "agustus august agu agt ags agst agus aug",
    9: "september sept sep",
    10: "oktober october okt oct",
    11: "november nopember nov nop",
    12: "desember december des dec",
}
MONTH_NUMBERS = {word: number for number, words in _MONTHS.items() for word in words.split()}
MONTH_WORDS = "|".join(sorted(MONTH_NUMBERS, key=len, reverse=True))
_WEEKDAY = (
    r"(?:senin|selasa|rabu|kamis|jumat|jum'at|sabtu|minggu|ahad|"
    r"monday|tuesday|wednesday|thursday|friday|saturday|sunday|mon|tue|wed|thu|fri|sat|sun)"
)
_WRITTEN = re.compile(
    rf"^(?:{_WEEKDAY}\.?,?\s+)?"
    rf"(?:(?P<day>\d{{1,2}})\.?\s+(?P<month>{MONTH_WORDS})\.?,?\s+(?P<year>\d{{4}})"
    rf"|(?P<month2>{MONTH_WORDS})\.?\s+(?:(?P<day2>\d{{1,2}})(?:st|nd|rd|th)?,?\s+)?(?P<year2>\d{{4}}))$",
    re.I,
)
#: A day written out or in numbers, then its time and the time's zone: ``5 Maret 2024 - 10:00
#: WIB``, ``Senin, 5 Maret 2024 10.00 WITA``, ``05/03/2024 pukul 10:00``, ``March 5, 2024, 10:00 UTC``.
_DAY_AND_TIME = re.compile(
    rf"^(?:{_WEEKDAY}\.?,?\s+)?(?P<day>.+?\d{{4}})(?:\s*,|\s+[-–—|]|\s+(?:pukul|pkl\.?|jam|at))?\s+(?P<hour>\d{{1,2}})[:.](?P<minute>\d{{2}})(?:[:.](?P<second>\d{{2}}))?"
    r"(?:\s*(?P<zone>Z|[+-]\d{2}:?\d{2}|(?:UTC|GMT)(?:\s*[+-]\d{2}:?\d{2})?|WITA|WIB|WIT))?$",
    re.I,
)


def parse_date(value, *, order: str = DAY_FIRST, light: bool = False) -> ParsedDate:
    """Normalize a date value (YAML date/datetime, or text) to ISO 8601.

    ``order`` reads ambiguous numeric dates (``07/04/2014``); ``light`` refuses what the
    light parser cannot read instead of asking dateparser. Raises :class:`DateError`
    when the value is not a real date; nothing is guessed.
    """
    if isinstance(value, dt.datetime):
        return ParsedDate(format_datetime(value), None, value.isoformat())
    if isinstance(value, dt.date):
        return ParsedDate(value.isoformat(), None, value.isoformat())
    text = str(value)
    if len(text) > MAX_DATE_CHARS * 4:
        raise DateError(f"a value of {len(text):,} characters is not a date: {quote(text)}")
    raw = " ".join(text.split())
    if not raw:
        raise DateError("empty date")
    if len(raw) > MAX_DATE_CHARS:
        raise DateError(f"a value of {len(raw):,} characters is not a date: {quote(raw)}")
    single = _parse_single(raw, order)
    if single:
        return ParsedDate(single, None, raw)
    parts = [part for part in _RANGE_SPLIT.split(raw) if part.strip()]
    if len(parts) == 2:
        return _parse_range(parts[0], parts[1], raw, order, light)
    if light:
        _invalid(raw)
    return ParsedDate(_parse_with_dateparser(raw), None, raw)


def default_order(lang: str | None) -> str:
    """The day/month order of a language: month first for US English (``en``, ``en-US``),
    day first for everything else, Indonesian included (also when no language is given)."""
    code = (lang or "").strip().lower().replace("_", "-")
    return MONTH_FIRST if code in ("en", "en-us") else DAY_FIRST


def numeric_parts(value) -> NumericDate | None:
    """The parts of a day/month/year numeric date (any of ``/ - .``), or None."""
    match = _NUMERIC.match(" ".join(str(value).split())) if isinstance(value, (str, int)) else None
    if not match:
        return None
    return NumericDate(int(match.group(1)), int(match.group(3)), int(match.group(4)))


def check_plausible(parsed: ParsedDate, today: dt.date | None = None, *, unpublished: bool = False) -> ParsedDate:
    """``parsed`` itself, or :class:`ImplausibleDate` when it is before 1900 or more than a
    year after ``today`` (a typo year like 2118 is not a date to sort by). A document not
    published yet (a scheduled post, a draft) may be dated any time ahead: that date is
    when it is to be published."""
    today = today or dt.date.today()
    latest = today.replace(year=today.year + 1) if not (today.month == 2 and today.day == 29) else today + dt.timedelta(days=365)
    latest = dt.date.max if unpublished else latest
    for value in (parsed.start, parsed.end):
        if value is None:
            continue
        first, _ = moments(value)
        if first.year < EARLIEST_YEAR:
            raise ImplausibleDate(f"{quote(parsed.raw)} is before {EARLIEST_YEAR}; not used as the date")
        if first.date() > latest:
            raise ImplausibleDate(f"{quote(parsed.raw)} is more than a year after today; not used as the date")
    return parsed


def format_datetime(value: dt.datetime) -> str:
    """ISO 8601 to the second, with the UTC offset when the value has one."""
    return value.replace(microsecond=0).isoformat()


def moments(iso: str) -> tuple[dt.datetime, dt.datetime]:
    """The first and last moment an ISO date of any precision covers, as wall-clock time
    where the source wrote it (a UTC offset is not applied: ``2015-03-02T01:00+07:00``
    stays on 2 March, the day its source gives)."""
    match = _ISO.match(iso)
    if not match:
        raise DateError(f"not an ISO date: {quote(iso)}")
    year, month, day, hour, minute, second, _ = match.groups()
    year_ = int(year)
    if month is None:
        return dt.datetime(year_, 1, 1), dt.datetime(year_, 12, 31, 23, 59, 59)
    month_ = int(month)
    if day is None:
        last = calendar.monthrange(year_, month_)[1]
        return dt.datetime(year_, month_, 1), dt.datetime(year_, month_, last, 23, 59, 59)
    if hour is None:
        return dt.datetime(year_, month_, int(day)), dt.datetime(year_, month_, int(day), 23, 59, 59)
    moment = dt.datetime(year_, month_, int(day), int(hour), int(minute), int(second or 0))
    return moment, moment


def query_bounds(text: str) -> tuple[dt.datetime, dt.datetime]:
    """The first and last moment of a date typed in a query (``2015``, ``2015-03``,
    ``2015-03-02``, ``Maret 2015``, ``2 Maret 2015``); light parser only, day first."""
    parsed = parse_date(text, light=True)
    return moments(parsed.start)[0], moments(parsed.end or parsed.start)[1]


def quote(value: str) -> str:
    """``value`` quoted for a message, clipped to :data:`QUOTE_CHARS` characters."""
    if len(value) <= QUOTE_CHARS:
        return repr(value)
    return repr(value[:QUOTE_CHARS]) + f"… ({len(value):,} characters)"


def _parse_single(raw: str, order: str) -> str | None:
    return _parse_iso(raw) or _parse_numeric(raw, order) or _parse_written(raw) or _parse_day_and_time(raw, order)


def _parse_iso(raw: str) -> str | None:
    match = _ISO.match(raw)
    if not match:
        match = _YEAR_FIRST_NUMERIC.match(raw)
        return _checked_day(raw, int(match.group(1)), int(match.group(3)), int(match.group(4))) if match else None
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
    return _zoned(stamp.isoformat(), offset, raw)


def _zoned(stamp: str, zone: str | None, raw: str) -> str:
    """The ISO time ``stamp`` with the offset of the ``zone`` written after it, if any."""
    if not zone:
        return stamp
    offset = _offset(zone.upper())
    if int(offset[1:3]) > 23 or int(offset[4:]) > 59:
        _invalid(raw)  # an offset of a day or more (+25:00) is no place's time
    return stamp + offset


def _offset(written: str) -> str:
    """The ``+HH:MM`` offset of a zone written after a time (``Z``, ``+0700``, ``UTC+07:00``, ``WIB``)."""
    if written in _ZONE_OFFSETS:
        return _ZONE_OFFSETS[written]
    written = written[3:].strip() if written[:3] in ("UTC", "GMT") else written
    return written[:3] + ":" + written[-2:]


def _parse_day_and_time(raw: str, order: str) -> str | None:
    """A day written out or in numbers followed by a time (see :data:`_DAY_AND_TIME`), as
    an ISO time with the offset of its zone (``WIB`` ``+07:00``); None for another value."""
    match = _DAY_AND_TIME.match(raw)
    if not match:
        return None
    day = _parse_numeric(match.group("day"), order) or _parse_written(match.group("day"))
    hour, minute, second = int(match.group("hour")), int(match.group("minute")), int(match.group("second") or 0)
    if day is None or len(day) != len("2024-03-05") or hour > 23 or minute > 59 or second > 59:
        return None
    return _zoned(f"{day}T{hour:02d}:{minute:02d}:{second:02d}", match.group("zone"), raw)


def _parse_numeric(raw: str, order: str) -> str | None:
    parts = numeric_parts(raw)
    if parts is None:
        return None
    day, month = (parts.first, parts.second) if order == DAY_FIRST else (parts.second, parts.first)
    if parts.evidence() == DAY_FIRST:
        day, month = parts.first, parts.second
    elif parts.evidence() == MONTH_FIRST:
        day, month = parts.second, parts.first
    return _checked_day(raw, parts.year, month, day)


def _parse_written(raw: str) -> str | None:
    match = _WRITTEN.match(raw)
    if not match:
        return None
    year = int(match.group("year") or match.group("year2"))
    month = MONTH_NUMBERS[(match.group("month") or match.group("month2")).lower()]
    day = match.group("day") or match.group("day2")
    if day is None:
        return f"{year:04d}-{month:02d}"
    return _checked_day(raw, year, month, int(day))


def _checked_day(raw: str, year: int, month: int, day: int) -> str:
    try:
        return dt.date(year, month, day).isoformat()
    except ValueError:
        _invalid(raw)


def _invalid(raw: str):
    raise DateError(f"not a valid date: {quote(raw)}")


def _parse_range(first: str, second: str, raw: str, order: str, light: bool) -> ParsedDate:
    end = _parse_part(second, order, light)
    try:
        start = _parse_part(first, order, light)
    except DateError:
        # "05 – 06 Maret 2015": the first part borrows month and year from the second.
        start = _parse_part(f"{first} {_month_year(second)}", order, light)
    if start > end:
        raise DateError(f"range ends before it starts: {quote(raw)}")
    return ParsedDate(start, end, raw)


def _parse_part(raw: str, order: str, light: bool) -> str:
    single = _parse_single(raw, order)
    if single:
        return single
    if light:
        _invalid(raw)
    return _parse_with_dateparser(raw)


def _month_year(text: str) -> str:
    return " ".join(text.split()[-2:])


@lru_cache(maxsize=4096)
def _parse_with_dateparser(raw: str) -> str:
    if _DASHED_NUMBERS.match(raw):
        _invalid(raw)
    parser = _date_parser()
    data = parser.get_date_data(raw)
    if data.date_obj is None:
        _invalid(raw)
    date = data.date_obj
    if data.period == "year":
        return f"{date.year:04d}"
    if data.period == "month":
        return f"{date.year:04d}-{date.month:02d}"
    if date.hour or date.minute or date.second:
        return format_datetime(date)
    return date.date().isoformat()


@lru_cache(maxsize=1)
def _date_parser():
    from dateparser.date import DateDataParser  # heavy import, only for unusual written dates

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
