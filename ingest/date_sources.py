"""Which date is a document's date, and where it came from (``date_source``).

Sources in order: the reader's own (``feed`` for WordPress exports, ``html_meta`` for
HTML), front-matter keys (``front_matter:KEY``: the listed keys, then any key whose name
is or ends in ``date``, then ``lastmod``/``updated`` as a last resort), a Jekyll file name
(``file_name``), a folder date like ``/2012/10/`` (``path``), and the text (``text``: only
a dateline at the start or a labelled date, never a birth date). A value that is not a
date, or not a plausible one, is a problem and the next source is tried.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, Callable, Mapping

from . import dates
from .dates import DAY_FIRST, MONTH_FIRST, NumericDate, ParsedDate
from .document import Problem
from .paths import page_name
from .sites.publishing import FILE_NAME, NAME_DATE

#: Front-matter keys that name the date, in order of preference.
DATE_KEYS = ("date", "tanggal", "published", "pubdate", "publishdate", "date_published", "created", "tanggal_terbit", "revdate", "pubdatetime")
#: Keys of a modification date: used only when nothing else gives a date.
LAST_RESORT_KEYS = ("lastmod", "updated", "modified", "last_modified", "updated_at", "modified_at", "date_modified", "datemodified", "moddatetime", "date-modified", "last_modified_at")
#: Date values a generator fills in when it builds the site, not dates the page gives:
#: Quarto's ``today``, ``now`` and ``last-modified`` (the day it renders, the file's time),
#: Eleventy's ``Last Modified`` and ``Created`` (the file's times; ``git …`` its commits').
BUILD_DATES = frozenset(("today", "now", "last-modified", "last modified", "created", "git last modified", "git created"))
#: Keys whose numeric format their generator specifies: read in that order, never a guess
#: (Microsoft Docs metadata writes ``ms.date`` as MM/DD/YYYY).
SPECIFIED_ORDERS = {"ms.date": MONTH_FIRST}
#: A dateline is a date within this many characters of the start of the text.
DATELINE_CHARS = 300
#: Labelled dates are looked for this far into the text.
LABEL_SEARCH_CHARS = 5000

_OTHER_DATE_KEY = re.compile(r"(?:^|[._-])date$|^(?:published|created|posted)[._-]?(?:at|on)$", re.I)
_JEKYLL_NAME = re.compile(r"^(\d{4}-\d{2}-\d{2})-")
_FOLDER_DATE = re.compile(r"(?:^|/)((?:19|20)\d\d)/(0[1-9]|1[0-2])/(?:(0[1-9]|[12]\d|3[01])/)?")
_DATE_IN_TEXT = re.compile(
    rf"(?<![\w/.-])(?:\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?\.?\s+(?:{dates.MONTH_WORDS})\.?,?\s+\d{{4}}"
    rf"|(?:{dates.MONTH_WORDS})\.?\s+(?:\d{{1,2}},?\s+)?\d{{4}}"
    r"|\d{4}-\d{2}-\d{2}"
    r"|\d{1,2}([/.-])\d{1,2}\1\d{4})(?![\w/-])",
    re.I,
)
_LABEL = re.compile(
    r"(?:\btanggal\s*:|\btgl\.?\s*:|\bditerbitkan(?:\s+(?:pada|tanggal|tgl\.?))?\s*:?|"
    r"\bdipublikasikan(?:\s+(?:pada|tanggal|tgl\.?))?\s*:?|\bposted\s+on\b:?|\bpublished(?:\s+on)?\s*:)\s*",
    re.I,
)
_WEEKDAY_PREFIX = re.compile(r"(?:[A-Za-z']+,\s*)?")
_BIRTH = re.compile(r"\b(?:lahir|kelahiran|born|ttl)\b", re.I)
_BIRTH_WINDOW = 60
_RANGE_NEXT = re.compile(r"\s*(?:[-–—]|s\.?d\.?|sampai|hingga|to|until)\s*(?:\d|[A-Za-z]+\.?\s+\d{4})", re.I)
_RANGE_BEFORE = re.compile(r"(?:[-–—]|s\.?d\.?|sampai|hingga|to|until)\s*$", re.I)


@dataclass
class NumericValue:
    """A document's date read from a numeric front-matter value, for the collection verdict."""

    key: str
    parts: NumericDate
    #: The order it was read in: the site's default.
    order: str
    #: The order a folder or file-name date of the same document agrees with, if any.
    agrees_with: str | None = None

    @property
    def undecided(self) -> bool:
        """True when neither the value nor its document shows the order."""
        return self.parts.ambiguous and self.agrees_with is None


@dataclass
class DateChoice:
    """The document's date, where it came from, and what went wrong on the way."""

    parsed: ParsedDate | None = None
    source: str | None = None
    raw_rejected: str | None = None
    problems: list[Problem] = field(default_factory=list)
    numeric: NumericValue | None = None
    #: The document is not published yet (a scheduled post, a draft): a date ahead is its own.
    unpublished: bool = False


def front_matter_date_keys(fields: dict[str, Any]) -> tuple[str, ...]:
    """The front-matter keys that may hold the date, in order of preference. The few lists
    of keys a site uses come back in every file, so short ones are remembered."""
    keys = tuple(fields)
    if sum(map(len, keys)) <= _REMEMBERED_KEYS_CHARS:
        return _remembered_date_keys(keys)
    return _date_keys(keys)


def _date_keys(keys: tuple[str, ...]) -> tuple[str, ...]:
    lower = {key.lower(): key for key in keys}
    listed = [lower[key] for key in DATE_KEYS if key in lower]
    others = [key for key in keys if _other_date_key(key) and key not in listed]
    last = [lower[key] for key in LAST_RESORT_KEYS if key in lower]
    return (*listed, *others, *last)


def _other_date_key(key: str) -> bool:
    """True when ``key`` names a date (``date``, ``tgl_date``, ``posted_at``) but is not a
    last-resort key."""
    return key.lower() not in LAST_RESORT_KEYS and _OTHER_DATE_KEY.search(key) is not None


#: Lists of keys this long at most (in characters, all keys together) are remembered.
_REMEMBERED_KEYS_CHARS = 2_000
_remembered_date_keys = lru_cache(maxsize=256)(_date_keys)


def choose_date(
    reader_date: Any, reader_source: str | None, fields: dict[str, Any], doc_id: str, text: str, order: str = DAY_FIRST, keys: tuple[str, ...] = (),
    *, unpublished: bool = False, reads: Mapping[str, Callable[[Any], ParsedDate | None]] | None = None,
) -> DateChoice:
    """Pick the document's date from every source, in order (see the module docstring);
    ``keys`` (a Hugo site's ``[frontmatter] date``, lower case, ``:filename`` the date a
    file or bundle name starts with) come first, in their order, as Hugo reads them. The
    date of a document not published yet (``unpublished``) may be any time ahead. ``reads``
    gives, by a front-matter key's name, the date the page's generator reads
    in its value itself (a Jekyll document's ``date``, :mod:`~.sites.jekyll.document_dates`),
    or None where its reading is any page's."""
    choice = DateChoice(unpublished=unpublished)
    folder = _folder_date(doc_id)
    name = _JEKYLL_NAME.match(page_name(doc_id))
    candidates: list[tuple[str, Any]] = []
    if reader_date not in (None, ""):
        candidates.append((reader_source or "feed", reader_date))
    candidates += _configured(keys, fields, doc_id)
    candidates += [(f"front_matter:{key}", fields[key]) for key in front_matter_date_keys(fields) if fields[key] not in (None, "", [])]
    if name:
        candidates.append(("file_name", name.group(1)))
    if folder:
        candidates.append(("path", folder))
    tried: set[str] = set()
    for source, value in candidates:
        if source in tried:  # (a key ``keys`` named, tried first)
            continue
        tried.add(source)
        source, value = _created_of_mapping(source, value)
        if isinstance(value, (list, dict, bool)):
            continue
        if isinstance(value, str) and value.strip().lower() in BUILD_DATES:
            choice.problems.append(Problem("date", f"{_name(source)}: {value.strip()!r} is filled in when the site is built (the day it is built, or the file's time), not a date the page gives"))
            continue
        key = source.split(":", 1)[1] if source.startswith("front_matter:") else None
        specified = SPECIFIED_ORDERS.get(key.lower()) if key else None
        read = reads.get(key) if key and reads else None
        own = read(value) if read else None
        if _accept(choice, source, value, specified or order, own):
            if key and not specified:
                _note_numeric(choice, key, value, name.group(1) if name else folder, order, read_itself=own is not None)
            return choice
    found = _text_date(text)
    if found is not None and _accept(choice, "text", found[0], order) and not found[1]:
        choice.problems.append(Problem("date", f"dated by a date near the start of its text ({found[0]}), as nothing else dates it: it may be another date the text names"))
    return choice


def _created_of_mapping(source: str, value: Any) -> tuple[str, Any]:
    """The creation date of a front-matter date given as a mapping, as Material for MkDocs'
    blog writes it (``date: {created: 2024-03-05, updated: 2024-04-01}``), with its source
    (``front_matter:date.created``); any other source and value as they are."""
    if isinstance(value, dict) and value.get("created") not in (None, ""):
        return f"{source}.created", value["created"]
    return source, value


def _configured(keys: tuple[str, ...], fields: dict[str, Any], doc_id: str) -> list[tuple[str, Any]]:
    """The date sources ``keys`` name, in order: front-matter keys (in any case) that hold a
    value, ``:filename`` when the file or bundle name starts with a date (Hugo's
    ``2024-05-14-rilis.md``, ``2024-05-14.md``); other ``:`` sources (the file's
    modification time, Git) cannot be read and are passed over."""
    if not keys:  # (most sites: no keys named, no need to look at the fields)
        return []
    lower = {key.lower(): key for key in fields}
    found = []
    for key in keys:
        name = NAME_DATE.match(page_name(doc_id)) if key == FILE_NAME else None
        if name:
            found.append(("file_name", name.group(1)))
        elif key in lower and fields[lower[key]] not in (None, "", []):
            found.append((f"front_matter:{lower[key]}", fields[lower[key]]))
    return found


def date_in_text(text: str) -> str | None:
    """The document's date written in its text: a labelled date (``Tanggal:``,
    ``Diterbitkan``, ``Posted on``) or a dateline in the first characters; never a date
    next to a birth word or one end of a range; None when there is none."""
    found = _text_date(text)
    return found[0] if found else None


def _text_date(text: str) -> tuple[str, bool] | None:
    """:func:`date_in_text`'s date, and whether a label names it (else it is a dateline,
    the first date near the start: a guess, which may be a deadline or an event's day)."""
    for label in _LABEL.finditer(text, 0, LABEL_SEARCH_CHARS):
        after = _WEEKDAY_PREFIX.match(text, label.end()).end()
        match = _DATE_IN_TEXT.match(text, after)
        if match and _acceptable_in_text(text, match):
            return match.group(0), True
    for match in _DATE_IN_TEXT.finditer(text, 0, DATELINE_CHARS + 40):
        if match.start() >= DATELINE_CHARS:
            break
        if _acceptable_in_text(text, match):
            return match.group(0), False
    return None


def _acceptable_in_text(text: str, match: re.Match) -> bool:
    before = text[max(0, match.start() - _BIRTH_WINDOW) : match.start()]
    before = re.split(r"[.!?\n]\s", before)[-1]  # the same sentence only
    if _BIRTH.search(before) or _BIRTH.search(text[match.end() : match.end() + 20]):
        return False
    if _RANGE_NEXT.match(text, match.end()) or _RANGE_BEFORE.search(text, max(0, match.start() - 12), match.start()):
        return False
    return True


def _accept(choice: DateChoice, source: str, value: Any, order: str, own: ParsedDate | None = None) -> bool:
    """Take ``value`` (``own``: the date its generator reads in it) as the date when it is a
    plausible one; else note why not and return False."""
    try:
        parsed = dates.check_plausible(own or dates.parse_date(value, order=order), unpublished=choice.unpublished)
    except dates.ImplausibleDate as error:
        choice.problems.append(Problem("date", f"{_name(source)}: {error}"))
        choice.raw_rejected = choice.raw_rejected or " ".join(str(value).split())[: dates.MAX_DATE_CHARS]
        return False
    except dates.DateError as error:
        choice.problems.append(Problem("date", f"{_name(source)}: {error}"))
        return False
    choice.parsed, choice.source = parsed, source
    return True


def _name(source: str) -> str:
    return source.replace("front_matter:", "front matter ")


def _folder_date(doc_id: str) -> str | None:
    match = _FOLDER_DATE.search(doc_id.split("!/")[-1])
    if not match:
        return None
    return "-".join(part for part in match.groups() if part)


def _note_numeric(choice: DateChoice, key: str, value: Any, other: str | None, order: str, *, read_itself: bool = False) -> None:
    """Note a numeric value for its collection's verdict (:mod:`.collection_dates`). One its
    generator read itself (``read_itself``) is evidence only when it shows the order on its
    own (``25/03/2019``): an ambiguous one is settled already and waits for no verdict."""
    parts = dates.numeric_parts(value) if isinstance(value, str) else None
    if parts is None or (read_itself and parts.ambiguous):
        return
    agrees = None
    if other and parts.ambiguous and other[:4] == str(parts.year) and len(other) >= 7:
        month = int(other[5:7])
        agrees = DAY_FIRST if parts.second == month else MONTH_FIRST if parts.first == month else None
    choice.numeric = NumericValue(key, parts, order, agrees)
    if agrees and choice.parsed and agrees != order:
        choice.parsed = dates.parse_date(value, order=agrees)
