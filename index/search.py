"""Searching an index: ranked hits with snippets, facets, and "did you mean" suggestions."""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path

from whoosh import sorting

from . import store
from .metadata import front_matter_strings
from .query import SEARCH_FIELDS, ParsedQuery, is_plain, make_filter, parse_query
from .snippets import make_snippet

#: How many documents, those matching the most of a plain-words query, are scored at a time.
RANKED_DEPTH = 300
#: Score bonus of a document with all the query's words (a share of it for some).
COVERAGE_WEIGHT = 3.0


@dataclass
class SearchRequest:
    """A query with its filters, order and page."""

    query: str
    category: str | None = None
    tag: str | None = None
    author: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    sort: str = "relevance"  # "relevance", "date" (oldest first) or "-date"
    limit: int = 10
    page: int = 1
    facets: bool = False
    #: Marks put around matched words in snippets (e.g. ANSI colour on a terminal).
    highlight: tuple[str, str] = ("", "")


@dataclass
class Hit:
    """One search result."""

    rank: int
    id: str
    score: float | None  # None when sorted by date (no relevance is computed)
    title: str
    date: str | None
    categories: list[str]
    source: str
    snippet: str


@dataclass
class SearchResult:
    """Hits of one page, the total, facet counts and a spelling suggestion."""

    total: int
    hits: list[Hit] = field(default_factory=list)
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    suggestion: str | None = None


class Archive:
    """An open index that answers searches; open it once to run many.

    Plain words are ranked by BM25F score times a bonus for how much of the query a
    document matches: each word counts by its rarity (inverse document frequency), and a
    document with all the words gets :data:`COVERAGE_WEIGHT` + 1 times its score. Only
    the :data:`RANKED_DEPTH` documents that match the most of the query are scored (more,
    block by block, for later pages), so common words cost little.
    """

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self._index = store.open_index(directory)
        self._searcher = self._index.searcher()

    def __enter__(self) -> "Archive":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def close(self) -> None:
        """Release the index files."""
        self._searcher.close()

    def search(self, request: SearchRequest) -> SearchResult:
        """Run ``request`` against the latest committed state of the index."""
        self._searcher = searcher = self._searcher.refresh()
        parsed = parse_query(searcher.schema, request.query)
        filter_query = make_filter(
            category=request.category, tag=request.tag, author=request.author, date_from=request.date_from, date_to=request.date_to
        )
        first = (max(request.page, 1) - 1) * request.limit
        end = first + request.limit
        if parsed.words and request.sort == "relevance":
            hits, total = _ranked_by_coverage(searcher, parsed, filter_query, end)
        else:
            by_date = request.sort != "relevance"
            order = {"sortedby": _date_order(newest_first=request.sort.startswith("-"))} if by_date else {}
            results = searcher.search(parsed.query, limit=end, filter=filter_query, **order)
            hits, total = [(hit, None if by_date else hit.score) for hit in results], len(results)
        analyzer = searcher.schema["text"].analyzer
        snippet_terms = _snippet_terms(parsed.query, searcher.reader(), analyzer)
        result = SearchResult(total=total)
        result.hits = [
            _hit(hit, score, rank, snippet_terms, analyzer, request.highlight) for rank, (hit, score) in enumerate(hits[first:end], start=first + 1)
        ]
        if request.facets:
            result.facets = _facets(searcher, parsed.query, filter_query, store.read_labels(self.directory))
        if total == 0 and is_plain(request.query):
            result.suggestion = _suggest(searcher, request.query)
        return result


def search(directory: Path, request: SearchRequest) -> SearchResult:
    """Open the index at ``directory``, run ``request`` and close it."""
    with Archive(directory) as archive:
        return archive.search(request)


def _ranked_by_coverage(searcher, parsed: ParsedQuery, filter_query, end: int) -> tuple[list, int]:
    """At least the first ``end`` hits of a plain-words query with their ranking scores,
    and how many documents match.

    Documents are taken in blocks of :data:`RANKED_DEPTH`, those matching the most of the
    query first; each block is scored and ordered by score times the coverage bonus. The
    blocks do not depend on the page asked for, so pages never overlap."""
    shares = _coverage(searcher, parsed.words)
    if filter_query is not None:
        allowed = set(searcher.docs_for_query(filter_query))
        shares = {doc: share for doc, share in shares.items() if doc in allowed}
    by_share = sorted(shares, key=lambda doc: (-shares[doc], doc))
    hits: list = []
    for start in range(0, len(by_share), RANKED_DEPTH):
        if len(hits) >= end:
            break
        block = by_share[start : start + RANKED_DEPTH]
        results = searcher.search(parsed.query, filter=set(block), limit=len(block))
        scored = [(hit, hit.score * (1 + COVERAGE_WEIGHT * shares[hit.docnum])) for hit in results]
        hits += sorted(scored, key=lambda pair: pair[1], reverse=True)
    return hits, len(shares)


def _snippet_terms(query, reader, analyzer) -> set[str]:
    """The body terms to mark: the query's words in any text field (phrase words too),
    analyzed as the body is, and the body terms its wildcards and fuzzy words expand to."""
    terms = {token.text for fieldname, text in query.iter_all_terms(phrases=True) if fieldname in SEARCH_FIELDS for token in analyzer(text)}
    expanded = query.existing_terms(reader, phrases=False, expand=True)
    return terms | {text.decode("utf-8") for fieldname, text in expanded if fieldname == "text"}


def _date_order(newest_first: bool) -> sorting.MultiFacet:
    """Dated documents by date (oldest or newest first), then undated ones."""
    undated = sorting.TranslateFacet(lambda year: not year, sorting.FieldFacet("year"))
    return sorting.MultiFacet([undated, sorting.FieldFacet("date", reverse=newest_first)])


def _coverage(searcher, words: list[set[tuple[str, str]]]) -> dict[int, float]:
    """Document → the share of the query's words it contains, each word weighted by its
    inverse document frequency (a rare word missing counts more than a common one)."""
    reader = searcher.reader()
    word_docs = []
    for terms in words:
        docs: set[int] = set()
        for fieldname, text in terms:
            if (fieldname, text) in reader:
                docs.update(reader.postings(fieldname, text).all_ids())  # live documents only
        word_docs.append(docs)
    doc_count = searcher.doc_count_all()
    weights = [math.log(1 + doc_count / (len(docs) + 1)) for docs in word_docs]
    total = sum(weights) or 1.0
    shares: dict[int, float] = {}
    for weight, docs in zip(weights, word_docs):
        for doc in docs:
            shares[doc] = shares.get(doc, 0.0) + weight / total
    return shares


def _hit(hit, score: float | None, rank: int, terms: set[str], analyzer, marks: tuple[str, str]) -> Hit:
    record = json.loads(hit["record"])
    return Hit(
        rank=rank,
        id=record["id"],
        score=round(score, 4) if score is not None else None,
        title=record["title"],
        date=record["date"],
        categories=[term["label"] for term in record["categories"]],
        source=record["source"],
        snippet=" ".join(make_snippet(record["text"], terms, analyzer, marks, front_matter_strings(record["fields"])).split()),
    )


def _facets(searcher, query, filter_query, labels: dict[str, str]) -> dict[str, list[tuple[str, int]]]:
    """Counts of all matching documents by category (display labels) and by year."""
    facets = {
        "category": sorting.FieldFacet("categories", allow_overlap=True, maptype=sorting.Count),
        "year": sorting.FieldFacet("year", maptype=sorting.Count),
    }
    results = searcher.search(query, filter=filter_query, groupedby=facets, limit=1)
    categories = sorted(((key, n) for key, n in results.groups("category").items() if key), key=lambda item: (-item[1], item[0]))
    years = sorted((year, n) for year, n in results.groups("year").items() if year)
    return {"category": [(labels.get(key, key), count) for key, count in categories], "year": years}


def _suggest(searcher, text: str) -> str | None:
    """A close spelling of the query from the index's own words, or None."""
    from .analysis import exact_analyzer

    words = [token.text for token in exact_analyzer()(text)]
    title_words = searcher.corrector("title_exact")
    text_words = searcher.corrector("text")
    corrected = []
    for word in words:
        suggestion = (title_words.suggest(word, limit=1) or text_words.suggest(word, limit=1) or [word])[0]
        corrected.append(suggestion)
    return " ".join(corrected) if corrected != words else None
