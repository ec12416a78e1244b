"""From what a researcher types to Whoosh queries: the query language, filters, date bounds."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from whoosh import qparser
from whoosh.query import And, DateRange, Or, Phrase, Prefix, Query, Term

from arsip.ingest.terms import term_key

from .analysis import STOPWORDS, exact_analyzer
from .schema import FIELD_ALIASES

#: Fields that plain words are looked up in, and their weights.
SEARCH_FIELDS = {"title": 0.5, "title_exact": 0.5, "text": 1.0}
#: Weight of the bonus for body words that match as written, not only by their stem.
EXACT_WORD_BOOST = 1.0
#: The proximity bonus: the query's words within this many positions of their order in the
#: body (a sloppy phrase), weighted like one more field.
PROXIMITY_SLOP = 3
PROXIMITY_BOOST = 1.0
MAX_QUERY_CHARS = 2000

_OPERATORS = re.compile(r"[\"():*?~^\[\]{}+]|(?<!\S)-|\b(?:AND|OR|NOT|ANDNOT|ANDMAYBE)\b")
#: A value of the ``year`` field: four digits.
_YEAR = re.compile(r"\d{4}")
_EARLIEST, _LATEST = dt.datetime(1, 1, 1), dt.datetime(9999, 12, 31, 23, 59, 59)


class QueryError(ValueError):
    """A query or filter that cannot be understood; the message says why."""


def make_parser(schema) -> qparser.QueryParser:
    """The query parser: Whoosh syntax, plain words OR-ed, field aliases, fuzzy ``term~``."""
    parser = qparser.MultifieldParser(list(SEARCH_FIELDS), schema, fieldboosts=SEARCH_FIELDS, group=qparser.OrGroup)
    parser.add_plugin(qparser.FuzzyTermPlugin())
    parser.add_plugin(qparser.FieldAliasPlugin(FIELD_ALIASES))
    return parser


def is_plain(text: str) -> bool:
    """True when ``text`` is plain words, without operators, phrases or fields."""
    return _OPERATORS.search(text) is None


@dataclass
class ParsedQuery:
    """A parsed query: what to run and, for plain words, each word's index terms."""

    query: Query
    #: For plain words: the ``(field, term)`` pairs each word matches through; empty otherwise.
    words: list[set[tuple[str, str]]] = field(default_factory=list)


def parse_query(schema, text: str) -> ParsedQuery:
    """Parse ``text`` with the query language. Plain words are OR-ed, with a bonus for
    body words found as written; their terms are kept for ranking by word coverage."""
    text = text.strip()
    if not text:
        raise QueryError("the query is empty")
    if len(text) > MAX_QUERY_CHARS:
        raise QueryError(f"the query is {len(text):,} characters long; the limit is {MAX_QUERY_CHARS:,}")
    parser = make_parser(schema)
    try:
        query = parser.parse(text)
    except Exception as error:  # Whoosh's parser raises assorted types on odd input
        raise QueryError(f"cannot parse the query: {error}") from None
    if not is_plain(text):
        _check_years(query)
        return ParsedQuery(query)
    # Words found as written (not only by their stem) add to the score.
    exact = [Term("text_exact", token.text) for token in schema["text_exact"].analyzer(text)]
    if exact:
        query = Or([query, Or(exact, boost=EXACT_WORD_BOOST)])
    # The terms of each word, in every field (stopwords have none).
    words = [terms for terms in (set(parser.parse(word).iter_all_terms()) for word in text.split()) if terms]
    if not words:
        raise QueryError(_no_words(text))
    return ParsedQuery(query, words)


def _check_years(query: Query) -> None:
    """Refuse a ``year:`` value that is no year (``year:abc``, ``tahun:15``): it could match
    no document, and among OR-ed words it would be dropped without a word."""
    for leaf in query.leaves():
        if type(leaf) is Term and leaf.fieldname == "year" and not _YEAR.fullmatch(str(leaf.text)):
            raise QueryError(f"not a year: year:{leaf.text} (use year:2015, year:201* or year:[2014 TO 2016])")


def _no_words(text: str) -> str:
    """Why a plain query has nothing to search for."""
    stopwords = [token.text for token in exact_analyzer()(text) if token.text in STOPWORDS]
    if stopwords:
        return f"the query has only stopwords ({', '.join(dict.fromkeys(stopwords))}), which are not indexed; add a word that says what you are looking for"
    return "the query has no words to search for"


def with_proximity(parsed: ParsedQuery) -> Query:
    """The query with a bonus for documents whose body has the query's words close together
    (a sloppy phrase of the words' stems, :data:`PROXIMITY_SLOP`); unchanged for one word."""
    stems = [min(text for fieldname, text in terms if fieldname == "text") for terms in parsed.words if any(f == "text" for f, _ in terms)]
    if len(stems) < 2:
        return parsed.query
    return Or([parsed.query, Phrase("text", stems, slop=PROXIMITY_SLOP, boost=PROXIMITY_BOOST)])


def date_bounds(text: str, *, end: bool) -> dt.datetime:
    """The first (or, with ``end``, last) moment of a date like ``2015``, ``2015-03``,
    ``2015-03-02`` or ``Maret 2015`` (read by :func:`arsip.ingest.dates.query_bounds`)."""
    from arsip.ingest.dates import DateError, query_bounds  # its patterns cost start-up time: only --from/--to need them

    try:
        first, last = query_bounds(text)
    except DateError:
        raise QueryError(f"not a date: {text!r} (use 2015, 2015-03, 2015-03-02 or 'Maret 2015')") from None
    return last if end else first


def make_filter(*, category=None, tag=None, author=None, date_from=None, date_to=None, date_source=None) -> Query | None:
    """The filter of the ``--category --tag --author --from --to --date-source`` options, or None."""
    parts: list[Query] = []
    if date_source:
        parts.append(date_source_filter(date_source))
    if category:
        parts.append(Term("categories", term_key(category)))
    if tag:
        parts.append(Term("tags", term_key(tag)))
    if author:
        words = [token.text for token in exact_analyzer()(author)]
        if not words:
            raise QueryError(f"--author {author!r} has no words to look for")
        parts.append(And([Term("author", word) for word in words]))
    if date_from or date_to:
        start = date_bounds(date_from, end=False) if date_from else _EARLIEST
        stop = date_bounds(date_to, end=True) if date_to else _LATEST
        if start > stop:
            raise QueryError("--from is after --to")
        parts.append(DateRange("date", start, stop))  # both ends given: Whoosh 2.7.4 mishandles open ranges
    if not parts:
        return None
    return parts[0] if len(parts) == 1 else And(parts)


def date_source_filter(value: str) -> Query:
    """``--date-source``: an exact source (``front_matter:date``), or a kind (``front_matter``,
    ``text``, ``none`` for undated documents)."""
    value = value.strip().lower()
    if value == "none":
        return Term("date_source", "none")
    if ":" in value:
        return Term("date_source", value)
    return Or([Term("date_source", value), Prefix("date_source", value + ":")])
