"""Liquid's and Jekyll's date filters, as a Jekyll site renders them: Liquid's ``date``
(``{{ page.date | date: "%d %B %Y" }}``: Ruby's ``strftime``, :func:`ruby_strftime`) and
Jekyll's ``date_to_string``, ``date_to_long_string`` (with ``"ordinal"`` and ``"US"``),
``date_to_xmlschema`` and ``date_to_rfc822``. Names of months and days are English, as Ruby
writes them (a site shows others only through a plugin of its own).

Times are of two kinds, as in Jekyll: a document's date, which Jekyll makes a local time of
the build (``Utils.parse_date``: the site's ``timezone``, else UTC, as :mod:`.urls` takes
it), kept in a ``ZoneInfo`` zone (:func:`build_time`); and a time YAML gives (in other
front-matter keys, or a page's ``date``), which SafeYAML makes a time in UTC whatever its
offset. A filter's input is turned into a time as Liquid's ``Utils.to_date`` does: a date or
time as it is, a text of digits as seconds since 1970, a text such as ``2024-03-05 10:00``
parsed (without a zone, a local time of the build). What depends on the build (``"now"``,
``"today"``) or a text arsip does not parse as Ruby's ``Time.parse`` would raises
:class:`UnknownDate`.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any, Callable
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

#: The date filters of :func:`date_filtered`.
DATE_FILTERS = frozenset(("date", "date_to_string", "date_to_long_string", "date_to_xmlschema", "date_to_rfc822"))
_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December")
_DAYS = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
#: A ``strftime`` directive: its flags, width, colons (``%:z``) and conversion.
_DIRECTIVE = re.compile(r"%([-_0^#]*)(\d*)(:{0,2})([A-Za-z%+])")
#: The English months' abbreviations, which Ruby's date parser finds at the start of a word
#: (``Mar``, ``March``, and Indonesian ``Maret``, ``Juni``, ``Juli``, which start the same way).
_MONTH_ABBREVIATIONS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")
_MONTH = rf"(?:{'|'.join(_MONTH_ABBREVIATIONS)})[a-z]*\.?"
#: A date or time as a text, in the forms of Ruby's ``Time.parse`` arsip reads: the day as
#: ``2019-03-05``, ``2019-3-5``, ``2019/03/05`` or ``2019.03.05``, or day first before a year
#: of four digits, ``05/03/2019``, ``5-3-2019``, ``05.03.2019`` (``Date._parse``'s ``s3e``
#: takes a last number of more than two digits for the year and the first for the day:
#: ruby/date's ``test_date_parse.rb`` reads ``02/05/1999`` as 2 May 1999), or written with a
#: month's name, ``5 March 2019``, ``Mar 5, 2019`` (a weekday before it, ``Tue, 05 Mar
#: 2019``, as RFC 2822 writes it), then a time or not (``10:00``, ``10:00:30.5``, ``10:00
#: pm``), then a zone or not (``Z``, ``UTC``, ``GMT``, ``+07:00``, ``+0700``, ``+07``).
_DATE_TEXT = re.compile(
    r"^(?:(?:sun|mon|tue|wed|thu|fri|sat)[a-z]*\.?,?\s*)?"
    rf"(?:(?P<year>\d{{4}})(?P<separator>[-/.])(?P<month>\d{{1,2}})(?P=separator)(?P<day>\d{{1,2}})"
    rf"|(?P<day_before>\d{{1,2}})(?P<separator_after>[-/.])(?P<month_between>\d{{1,2}})(?P=separator_after)(?P<year_numbered>\d{{4}})"
    rf"|(?P<day_first>\d{{1,2}})(?:st|nd|rd|th)?\s*(?P<month_named>{_MONTH}),?\s*(?P<year_last>\d{{4}})"
    rf"|(?P<month_first>{_MONTH})\s*(?P<day_second>\d{{1,2}})(?:st|nd|rd|th)?,?\s*(?P<year_after>\d{{4}}))"
    r"(?:(?:t|\s+|,\s*)(?P<hour>\d{1,2}):(?P<minute>\d{2})(?::(?P<second>\d{2})(?:[.,]\d+)?)?(?:\s*(?P<half>[ap])\.?m\b\.?)?)?"
    r"\s*(?P<zone>z|utc|gmt|[+-]\d{2}(?::?\d{2})?)?$",
    re.I,
)
#: A date written as digits alone, as Ruby's ``Date._parse`` reads 8 to 14 of them
#: (``parse_ddd``): ``20190305`` is 5 March 2019, ``201903051930`` 19:30 on it (an integer in
#: front matter too, whose ``to_s`` Jekyll reads).
_DIGITS = re.compile(r"^(\d{4})(\d{2})(\d{2})(?:(\d{2})(?:(\d{2})(\d{2})?)?)?$")
#: A numeric day Ruby reads day first (the day, the month, a year of four digits), as :data:`_DATE_TEXT` does.
_NUMERIC_DAY = re.compile(r"^(\d{1,2})([-/.])(\d{1,2})\2\d{4}(?!\d)")
#: What makes a text one ``Time.parse`` finds a date or time in: a digit, or a month's name.
_TIME_INFORMATION = re.compile(rf"\d|\b(?:{'|'.join(_MONTH_ABBREVIATIONS)})", re.I)
#: Numeric conversions: their value, default width and padding.
_NUMBERS: dict[str, tuple[Callable[[dt.datetime], int], int, str]] = {
    "Y": (lambda d: d.year, 4, "0"),
    "C": (lambda d: d.year // 100, 2, "0"),
    "y": (lambda d: d.year % 100, 2, "0"),
    "m": (lambda d: d.month, 2, "0"),
    "d": (lambda d: d.day, 2, "0"),
    "e": (lambda d: d.day, 2, " "),
    "j": (lambda d: d.timetuple().tm_yday, 3, "0"),
    "H": (lambda d: d.hour, 2, "0"),
    "k": (lambda d: d.hour, 2, " "),
    "I": (lambda d: (d.hour - 1) % 12 + 1, 2, "0"),
    "l": (lambda d: (d.hour - 1) % 12 + 1, 2, " "),
    "M": (lambda d: d.minute, 2, "0"),
    "S": (lambda d: d.second, 2, "0"),
    "L": (lambda d: d.microsecond // 1000, 3, "0"),
    "u": (lambda d: d.isoweekday(), 1, "0"),
    "w": (lambda d: d.isoweekday() % 7, 1, "0"),
    "U": (lambda d: int(d.strftime("%U")), 2, "0"),
    "W": (lambda d: int(d.strftime("%W")), 2, "0"),
    "V": (lambda d: d.isocalendar()[1], 2, "0"),
    "G": (lambda d: d.isocalendar()[0], 0, "0"),
    "g": (lambda d: d.isocalendar()[0] % 100, 2, "0"),
    "s": (lambda d: int(d.timestamp()), 0, "0"),
}
#: Conversions to words.
_WORDS: dict[str, Callable[[dt.datetime], str]] = {
    "B": lambda d: _MONTHS[d.month - 1],
    "b": lambda d: _MONTHS[d.month - 1][:3],
    "h": lambda d: _MONTHS[d.month - 1][:3],
    "A": lambda d: _DAYS[d.weekday()],
    "a": lambda d: _DAYS[d.weekday()][:3],
    "p": lambda d: "AM" if d.hour < 12 else "PM",
    "P": lambda d: "am" if d.hour < 12 else "pm",
    "Z": lambda d: _zone_name(d),
    "n": lambda d: "\n",
    "t": lambda d: "\t",
    "%": lambda d: "%",
}
#: Conversions that stand for a format of their own.
_COMBINED = {
    "c": "%a %b %e %H:%M:%S %Y", "x": "%m/%d/%y", "D": "%m/%d/%y", "X": "%H:%M:%S", "T": "%H:%M:%S",
    "F": "%Y-%m-%d", "R": "%H:%M", "r": "%I:%M:%S %p", "v": "%e-%^b-%Y", "+": "%a %b %e %H:%M:%S %Z %Y",
}


class UnknownDate(Exception):
    """A filter's input whose time arsip does not know (the build's clock, a text it does not parse)."""


def date_filtered(value: Any, name: str, arguments: list[str], timezone: str | None) -> Any:
    """``value`` through the date filter ``name`` (:data:`DATE_FILTERS`) with its
    ``arguments``, in a site whose ``timezone`` is given (None: UTC). Nothing stays nothing;
    Liquid's ``date`` with an empty format, or on a value that is no time, leaves it as it is."""
    if value in (None, ""):
        return value
    if name == "date":
        if not arguments or not arguments[0]:
            return value
        moment = to_date(value, timezone)
        return value if moment is None else ruby_strftime(moment, arguments[0])
    moment = to_date(value, timezone)
    if moment is None:
        raise UnknownDate(str(value))  # (Jekyll stops: "Invalid Date")
    moment = _local(moment, timezone)  # (Jekyll's filters show the time in the build's zone: ``localtime``)
    if name == "date_to_xmlschema":
        return ruby_strftime(moment, "%Y-%m-%dT%H:%M:%S%:z")
    if name == "date_to_rfc822":
        return ruby_strftime(moment, "%a, %d %b %Y %H:%M:%S %z")
    month = "%B" if name == "date_to_long_string" else "%b"
    if arguments[:1] == ["ordinal"]:
        day = f"{moment.day}{_ordinal(moment.day)}"
        return ruby_strftime(moment, f"{month} {day}, %Y" if arguments[1:2] == ["US"] else f"{day} {month} %Y")
    return ruby_strftime(moment, f"%d {month} %Y")


def build_time(moment: dt.datetime, timezone: str | None) -> dt.datetime:
    """``moment`` as a local time of a build in the site's ``timezone`` (UTC without one):
    one without a zone is such a time already."""
    zone = _zone(timezone)
    return moment.replace(tzinfo=zone) if moment.tzinfo is None else moment.astimezone(zone)


def time_text(moment: dt.datetime) -> str:
    """``moment`` as Ruby's ``Time#to_s`` writes it: a local time of the build with its
    offset (``2024-03-05 10:00:00 +0700``), YAML's in UTC (``2024-03-05 03:00:00 UTC``)."""
    moment = _ruby_time(moment)
    return moment.strftime("%Y-%m-%d %H:%M:%S ") + (moment.strftime("%z") if isinstance(moment.tzinfo, ZoneInfo) else "UTC")


def to_date(value: Any, timezone: str | None) -> dt.datetime | None:
    """``value`` as a time, as Liquid's ``Utils.to_date`` makes one (see the module); None
    for a value that is no time (a list, a mapping)."""
    if isinstance(value, dt.datetime):
        return _ruby_time(value)
    if isinstance(value, dt.date):
        return dt.datetime(value.year, value.month, value.day, tzinfo=_zone(timezone))  # (Ruby's ``Date#to_time``: local midnight)
    if isinstance(value, bool) or not isinstance(value, (str, int)):
        return None
    text = str(value).strip().lower()
    if text.isdigit():
        return _local(dt.datetime.fromtimestamp(int(text), dt.timezone.utc), timezone)
    return _parsed(text, timezone)


def ruby_strftime(moment: dt.datetime, form: str) -> str:
    """``moment`` written in the ``strftime`` format ``form`` as Ruby writes it: English
    names, Ruby's flags (``-`` no padding, ``_`` spaces, ``0`` zeros, ``^`` upper case, ``#``
    the other case) and widths, ``%:z``; a conversion Ruby does not know stays as written."""

    def directive(match: re.Match) -> str:
        flags, width, colons, conversion = match.groups()
        if conversion in _COMBINED:
            return _padded(ruby_strftime(moment, _COMBINED[conversion]), flags, width, " ")
        if conversion == "z":
            return _offset(moment, len(colons))
        if colons:
            return match.group(0)
        if conversion == "N":  # (its width is the number of digits shown: ``%3N`` milliseconds)
            digits = f"{moment.microsecond * 1000:09d}"
            return digits[: int(width)] if width else digits
        if conversion in _NUMBERS:
            number, default_width, padding = _NUMBERS[conversion]
            value = number(moment)
            digits = str(abs(value))
            size = int(width) if width else default_width
            pad = "" if "-" in flags else " " if "_" in flags else "0" if "0" in flags else padding
            return ("-" if value < 0 else "") + (digits.rjust(size, pad) if pad else digits)
        if conversion in _WORDS:
            word = _WORDS[conversion](moment)
            if "^" in flags or ("#" in flags and conversion != "p"):
                word = word.upper()
            elif "#" in flags:
                word = word.lower()
            return _padded(word, flags, width, " ")
        return match.group(0)

    return _DIRECTIVE.sub(directive, form)


def _padded(text: str, flags: str, width: str, padding: str) -> str:
    if not width or "-" in flags:
        return text
    return text.rjust(int(width), "0" if "0" in flags else padding)


def _offset(moment: dt.datetime, colons: int) -> str:
    """``%z`` (``+0700``), ``%:z`` (``+07:00``), ``%::z`` (``+07:00:00``)."""
    seconds = int(moment.utcoffset().total_seconds())
    sign = "-" if seconds < 0 else "+"
    hours, rest = divmod(abs(seconds), 3600)
    minutes, seconds = divmod(rest, 60)
    if colons == 0:
        return f"{sign}{hours:02d}{minutes:02d}"
    return f"{sign}{hours:02d}:{minutes:02d}" + (f":{seconds:02d}" if colons == 2 else "")


def _zone_name(moment: dt.datetime) -> str:
    """``%Z``: the zone's abbreviation (``WIB``, ``UTC``); nothing for a bare offset, as Ruby
    names none for a time parsed with one."""
    if isinstance(moment.tzinfo, ZoneInfo) or moment.utcoffset() == dt.timedelta(0):
        return moment.tzname() if isinstance(moment.tzinfo, ZoneInfo) else "UTC"
    return ""


def _ordinal(day: int) -> str:
    """Jekyll's ``ordinal``: ``st``, ``nd``, ``rd`` or ``th``."""
    if 11 <= day <= 13:
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _ruby_time(moment: dt.datetime) -> dt.datetime:
    """A time as Ruby holds it: a local time of the build (a ``ZoneInfo`` zone) as it is,
    YAML's (without a zone, or with an offset) in UTC, as SafeYAML makes it."""
    if isinstance(moment.tzinfo, ZoneInfo):
        return moment
    return moment.replace(tzinfo=dt.timezone.utc) if moment.tzinfo is None else moment.astimezone(dt.timezone.utc)


def _zone(timezone: str | None) -> dt.tzinfo:
    try:
        return ZoneInfo(timezone or "UTC")
    except (ZoneInfoNotFoundError, ValueError):
        return dt.timezone.utc  # (an unknown TZ is UTC to the C library Ruby asks)


def _local(moment: dt.datetime, timezone: str | None) -> dt.datetime:
    """``moment`` in the build's zone: the site's ``timezone``, else UTC."""
    return moment.astimezone(_zone(timezone))


def _parsed(text: str, timezone: str | None) -> dt.datetime:
    """A time written as text (:func:`parsed_time`), one without a zone in the build's."""
    moment = parsed_time(text)
    if moment is None:
        raise UnknownDate(text)  # (``now``, ``today``: the build's clock; another text: Ruby's parser)
    return moment if moment.tzinfo is not None else moment.replace(tzinfo=_zone(timezone))


def parsed_time(text: str) -> dt.datetime | None:
    """The time ``text`` gives, as Ruby's ``Time.parse`` (Jekyll's ``Utils.parse_date``)
    reads it, in the forms of :data:`_DATE_TEXT` and :data:`_DIGITS`: with the offset of its
    zone, or without a zone (a local time of the build); None for a text in another form, or
    whose day or time is out of range."""
    digits = _DIGITS.match(text.strip())
    if digits:
        return _moment(*(int(part or 0) for part in digits.groups()), None)
    match = _DATE_TEXT.match(text.strip())
    if not match:
        return None
    parts = match.groupdict()
    month_name = parts["month_named"] or parts["month_first"]
    month = _MONTH_ABBREVIATIONS.index(month_name[:3].lower()) + 1 if month_name else int(parts["month"] or parts["month_between"])
    year = int(parts["year"] or parts["year_numbered"] or parts["year_last"] or parts["year_after"])
    day = int(parts["day"] or parts["day_before"] or parts["day_first"] or parts["day_second"])
    hour = int(parts["hour"] or 0)
    if parts["half"]:
        hour = hour % 12 + (12 if parts["half"].lower() == "p" else 0)
    try:
        zone = _written_zone(parts["zone"])
    except ValueError:
        return None
    return _moment(year, month, day, hour, int(parts["minute"] or 0), int(parts["second"] or 0), zone)


def _moment(year: int, month: int, day: int, hour: int, minute: int, second: int, zone: dt.tzinfo | None) -> dt.datetime | None:
    """The time of these parts; None when one is out of range."""
    try:
        return dt.datetime(year, month, day, hour, minute, second, tzinfo=zone)
    except ValueError:
        return None  # (a day, an hour or an offset out of range: Ruby rolls 30 February over, refuses 25:00; not read here)


def without_time_information(text: str) -> bool:
    """Whether Ruby's ``Time.parse`` finds no date or time in ``text`` (no digit, no month's
    name: ``kemarin``, ``segera``), and raises ``ArgumentError``: Jekyll stops the build on
    such a date (``Invalid date``)."""
    return bool(text.strip()) and _TIME_INFORMATION.search(text) is None


def refused_by_ruby(text: str) -> str | None:
    """What Ruby's ``Time.local`` refuses in the day ``Time.parse`` reads in ``text``
    (``ArgumentError``: Jekyll stops the build, ``Invalid date``), for the numeric forms
    ``Date._parse`` reads by position: ``03/25/2019`` (day first: month 25), digits
    (``parse_ddd``: ``2019`` month 20 and day 19, ``1551744000`` month 74); ``Time.local``
    takes months 1 to 12 and days 1 to 31. None for another text, or one in range."""
    text = text.strip()
    if text.isdigit() and len(text) in (4, 8, 10, 12, 14):
        month, day = (int(text[:2]), int(text[2:])) if len(text) == 4 else (int(text[4:6]), int(text[6:8]))
    else:
        numeric = _NUMERIC_DAY.match(text)
        if numeric is None:
            return None
        day, month = int(numeric.group(1)), int(numeric.group(3))
    if not 1 <= month <= 12:
        return f"month {month}"
    return f"day {day}" if not 1 <= day <= 31 else None


def _written_zone(zone: str | None) -> dt.tzinfo | None:
    """The zone written after a time: UTC for ``Z``, ``UTC`` and ``GMT``, a fixed offset for
    ``+07:00``, ``+0700`` or ``+07``; None when none is written. ``ValueError`` for an
    offset of a day or more."""
    if zone is None:
        return None
    if zone.upper() in ("Z", "UTC", "GMT"):
        return dt.timezone.utc
    digits = zone[1:].replace(":", "")
    offset = dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:] or 0))
    return dt.timezone(-offset if zone.startswith("-") else offset)
