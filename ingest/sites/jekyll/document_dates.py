"""A Jekyll document's front-matter ``date`` (or its defaults') as the document's date, read
as Jekyll reads it (``Document#merge_date!``: ``Utils.parse_date``, Ruby's ``Time.parse``,
of the value's ``to_s``) where arsip's reading of dates in general would differ: 8 to 14
digits (``date: 20190305``, which YAML gives as an integer, or ``"20190305"``) are the date
and time they give (``2019-03-05``; ``date_raw`` keeps ``20190305``). Any other value is read as
any page's; so is a page's ``date``, which Jekyll does not read (a page has no date of its
own).
"""

from __future__ import annotations

from typing import Any, Callable

from ...dates import ParsedDate, format_datetime
from .config import JekyllSite
from .dates import parsed_time
from .urls import is_document


def date_reads(path: str, front_matter: bool, site: JekyllSite | None) -> dict[str, Callable[[Any], ParsedDate | None]]:
    """How Jekyll reads the front matter of the file at ``path`` (below the site's root)
    itself (``reads`` of :func:`~.date_sources.choose_date`): ``date`` by
    :func:`document_date` for a post, a draft or a collection's document; nothing for
    another file."""
    return {"date": document_date} if site is not None and is_document(path, front_matter, site) else {}


def document_date(value: Any) -> ParsedDate | None:
    """The date Jekyll reads in a document's ``date`` ``value`` where arsip's general
    reading would differ (see the module): digits Ruby's ``Time.parse`` reads as a date, at
    the precision they give; None for any other value."""
    digits = str(value).strip() if isinstance(value, (int, str)) and not isinstance(value, bool) else ""
    if not digits.isdigit():
        return None
    moment = parsed_time(digits)
    if moment is None:
        return None
    return ParsedDate(moment.date().isoformat() if len(digits) == 8 else format_datetime(moment), None, digits)
