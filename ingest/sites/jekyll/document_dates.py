"""A Jekyll document's front-matter ``date`` (or its defaults') as the document's date, read
as Jekyll reads it (``Document#merge_date!``: ``Utils.parse_date``, Ruby's ``Time.parse``,
of the value's ``to_s``) where arsip's reading of dates in general would differ:

- 8 to 14 digits (``date: 20190305``, which YAML gives as an integer, or ``"20190305"``)
  are the date and time they give (``2019-03-05``; ``date_raw`` keeps ``20190305``);
- a numeric date before a year of four digits (``05/03/2019``, ``5-3-2019``,
  ``05.03.2019``, a time after it or not) is day first, as Ruby reads it whatever the
  site's language, never a guess of the site's order (:mod:`~.collection_dates`).

Any other value is read as any page's; so is a page's ``date``, which Jekyll does not read
(a page has no date of its own).
"""

from __future__ import annotations

import re
from typing import Any, Callable

from ...dates import ParsedDate, format_datetime, numeric_parts
from .config import JekyllSite
from .dates import parsed_time
from .urls import is_document

#: A numeric date Ruby reads day first: one or two digits, then the month's, then a year of four.
_DAY_FIRST = re.compile(r"^\d{1,2}([-/.])\d{1,2}\1\d{4}(?!\d)")


def date_reads(path: str, front_matter: bool, site: JekyllSite | None) -> dict[str, Callable[[Any], ParsedDate | None]]:
    """How Jekyll reads the front matter of the file at ``path`` (below the site's root)
    itself (``reads`` of :func:`~.date_sources.choose_date`): ``date`` by
    :func:`document_date` for a post, a draft or a collection's document; nothing for
    another file."""
    return {"date": document_date} if site is not None and is_document(path, front_matter, site) else {}


def document_date(value: Any) -> ParsedDate | None:
    """The date Jekyll reads in a document's ``date`` ``value`` where arsip's general
    reading would differ (see the module), at the precision written (a day alone, or with its
    time); None for any other value, or one Ruby does not read so."""
    text = " ".join(str(value).split()) if isinstance(value, (int, str)) and not isinstance(value, bool) else ""
    if not text.isdigit() and not _DAY_FIRST.match(text):
        return None
    moment = parsed_time(text)
    if moment is None:
        return None
    alone = len(text) == 8 if text.isdigit() else numeric_parts(text) is not None
    return ParsedDate(moment.date().isoformat() if alone else format_datetime(moment), None, text)
