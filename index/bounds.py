"""Bounds on what one search may cost: wildcard and fuzzy words expand to a limited number
of index terms, fuzzy words have a limited edit distance, and every search has a time
budget after which it stops with :class:`SearchTimeout`.

Without them, a few hostile words (``*a* *b* … *k*``, 40 × ``word~5``) made one search
take close to a minute on a small archive.
"""

from __future__ import annotations

import fnmatch
import heapq
import re
import time
from itertools import islice

from whoosh.collectors import FilterCollector
from whoosh.query import Every, FuzzyTerm, MultiTerm, NullQuery, Or, Query, Term, Wildcard

#: A wildcard, prefix or fuzzy word matches at most this many index terms (its most
#: frequent ones) in each field.
MAX_EXPANSION_TERMS = 32
#: Matching index terms (in alphabetical order) among which the most frequent are chosen.
MAX_SCANNED_TERMS = 2_000
#: Fuzzy words (``word~``) match within at most this edit distance, and share at least
#: their first letter with the words they match.
MAX_FUZZY_DISTANCE = 2
MIN_FUZZY_PREFIX = 1
#: Seconds one search may take by default.
DEFAULT_TIME_BUDGET = 10.0


class SearchTimeout(Exception):
    """A search ran past its time budget."""


class Deadline:
    """The time a search must end by; :meth:`check` raises :class:`SearchTimeout` after it."""

    def __init__(self, seconds: float | None) -> None:
        self.seconds = seconds
        self._end = time.monotonic() + seconds if seconds else None

    def search(self, searcher, query: Query, filter=None, **options):
        """``searcher.search(query, filter=filter, **options)``, stopped with
        :class:`SearchTimeout` when the budget runs out, even within one Whoosh search."""
        self.check()
        collector = _BudgetedCollector(searcher.collector(**options), filter, self)
        searcher.search_with_collector(query, collector)
        return collector.results()

    def check(self) -> None:
        """Raise :class:`SearchTimeout` when the budget is spent."""
        if self._end is not None and time.monotonic() > self._end:
            raise self.timeout()

    def remaining(self) -> float | None:
        """Seconds left (None: no limit); :class:`SearchTimeout` when none are."""
        self.check()
        return None if self._end is None else max(self._end - time.monotonic(), 1e-6)

    def timeout(self) -> SearchTimeout:
        """The error of a search that ran past this budget."""
        return SearchTimeout(f"the search took longer than its time budget of {self.seconds:g} s; narrow the query (fewer wildcards or fuzzy words) or raise --time-limit")


class _BudgetedCollector(FilterCollector):
    """Whoosh's filter collector that also checks the deadline every 256 matches (its own
    time-limit collector is bypassed by a filter, which collects past it)."""

    def __init__(self, child, allow, deadline: Deadline) -> None:
        super().__init__(child, allow=allow)
        self.deadline = deadline

    def collect_matches(self) -> None:
        child, allow = self.child, self._allow
        for count, sub_docnum in enumerate(child.matches()):
            if count % 256 == 0:
                self.deadline.check()
            if allow is None or self.offset + sub_docnum in allow:
                child.collect(sub_docnum)
            else:
                self.filtered_count += 1


def bound_expansions(query: Query, reader, deadline: Deadline) -> Query:
    """``query`` with every wildcard, prefix, range or fuzzy word replaced by an OR of at
    most :data:`MAX_EXPANSION_TERMS` of the index terms it matches (the most frequent),
    fuzzy distances capped at :data:`MAX_FUZZY_DISTANCE` with a prefix of at least
    :data:`MIN_FUZZY_PREFIX` letters. A lone ``*`` matches every document without
    reading every term. Each field's term list is read at most once, whatever the number
    of wildcards."""
    lexicons: dict[str, list[bytes]] = {}

    def wildcard_texts(node: Wildcard):
        if node.fieldname not in lexicons:
            lexicons[node.fieldname] = list(reader.lexicon(node.fieldname))
        pattern = re.compile(fnmatch.translate(node.text).encode("utf-8"), re.S)
        return (text for text in lexicons[node.fieldname] if pattern.match(text))

    def bounded(node: Query) -> Query:
        if isinstance(node, Every) and node.fieldname:
            return Every(boost=node.boost)
        if isinstance(node, FuzzyTerm):
            node = FuzzyTerm(node.fieldname, node.text, boost=node.boost, maxdist=min(node.maxdist, MAX_FUZZY_DISTANCE),
                             prefixlength=max(node.prefixlength, MIN_FUZZY_PREFIX))
        if not isinstance(node, MultiTerm) or not node.field():
            return node
        deadline.check()
        fieldname = node.field()
        texts = islice(wildcard_texts(node) if isinstance(node, Wildcard) else node._btexts(reader), MAX_SCANNED_TERMS)
        frequent = heapq.nlargest(MAX_EXPANSION_TERMS, texts, key=lambda text: reader.doc_frequency(fieldname, text))
        deadline.check()
        field = reader.schema[fieldname]
        texts = sorted(text if isinstance(text, str) else field.from_bytes(text) for text in frequent)  # fuzzy terms come as str
        terms = [Term(fieldname, text, boost=node.boost) for text in texts]
        return Or(terms) if terms else NullQuery

    return query.accept(bounded)
