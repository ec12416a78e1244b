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
#: A date or time as a text (what Liquid would hand ``Time.parse``), as arsip reads it.
_DATE_TEXT = re.compile(
    r"^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ](\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|UTC|[+-]\d{2}:?\d{2})?$", re.I
)
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
    """A time written as text (see :data:`_DATE_TEXT`), one without a zone in the build's."""
    match = _DATE_TEXT.match(text)
    if not match:
        raise UnknownDate(text)  # (``now``, ``today``: the build's clock; another text: Ruby's parser)
    year, month, day, hour, minute, second, offset = match.groups()
    if offset is None:
        zone = _zone(timezone)
    elif offset.upper() in ("Z", "UTC"):
        zone = dt.timezone.utc
    else:
        digits = offset.lstrip("+-").replace(":", "")
        zone = dt.timezone((-1 if offset.startswith("-") else 1) * dt.timedelta(hours=int(digits[:2]), minutes=int(digits[2:])))
    try:
        return dt.datetime(int(year), int(month), int(day), int(hour or 0), int(minute or 0), int(second or 0), tzinfo=zone)
    except ValueError:
        raise UnknownDate(text) from None
