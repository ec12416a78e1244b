"""Searching an index: ranked hits with snippets, facets, and "did you mean" suggestions."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from whoosh import highlight, sorting

from . import store
from .query import is_plain, make_filter, parse_query

#: Characters of a document's text analyzed for its snippet (around the first match).
SNIPPET_SOURCE_CHARS = 2_000
SNIPPET_CHARS = 240


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
    score: float
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


class _MarkFormatter(highlight.Formatter):
    """Puts ``before``/``after`` around matched words and joins fragments with an ellipsis."""

    between = " … "

    def __init__(self, before: str, after: str) -> None:
        self.before, self.after = before, after

    def format_token(self, text, token, replace=False):
        return f"{self.before}{highlight.get_text(text, token, replace)}{self.after}"


def search(directory: Path, request: SearchRequest) -> SearchResult:
    """Run ``request`` against the index at ``directory``.

    For plain words, documents matching all of them come first (in relevance order),
    then documents matching only some: two searches, each able to stop early.
    """
    ix = store.open_index(directory)
    any_words, all_words = parse_query(ix.schema, request.query)
    filter_query = make_filter(
        category=request.category, tag=request.tag, author=request.author, date_from=request.date_from, date_to=request.date_to
    )
    first = (max(request.page, 1) - 1) * request.limit
    end = first + request.limit
    options = {"filter": filter_query, "terms": True}
    if request.sort != "relevance":
        options.update(sortedby="date", reverse=request.sort.startswith("-"))
        all_words = None  # a date order has no tiers
    with ix.searcher() as searcher:
        ranked = []
        if all_words is not None:
            ranked = list(_prepared(searcher.search(all_words, limit=end, **options), request))
        results = _prepared(searcher.search(any_words, limit=end + len(ranked), groupedby=_facet_spec(request), **options), request)
        if len(ranked) < end:
            seen = {hit.docnum for hit in ranked}
            ranked += [hit for hit in results if hit.docnum not in seen]
        result = SearchResult(total=len(results))
        result.hits = [_hit(hit, rank) for rank, hit in enumerate(ranked[first:end], start=first + 1)]
        if request.facets:
            result.facets = _facets(results, store.read_labels(directory))
        if result.total == 0 and is_plain(request.query):
            result.suggestion = _suggest(searcher, request.query)
    return result


def _prepared(results, request: SearchRequest):
    """Results set up to make snippets."""
    results.fragmenter = highlight.ContextFragmenter(maxchars=SNIPPET_CHARS // 2, surround=40)
    results.formatter = _MarkFormatter(*request.highlight)
    return results


def _facet_spec(request: SearchRequest) -> dict | None:
    if not request.facets:
        return None
    return {
        "category": sorting.FieldFacet("categories", allow_overlap=True, maptype=sorting.Count),
        "year": sorting.FieldFacet("year", maptype=sorting.Count),
    }


def _hit(hit, rank: int) -> Hit:
    record = json.loads(hit["record"])
    window = _snippet_window(record["text"], hit)
    snippet = hit.highlights("text", text=window, top=2) or _clip(record["text"])
    return Hit(
        rank=rank,
        id=record["id"],
        score=round(hit.score, 4) if hit.score is not None else 0.0,
        title=record["title"],
        date=record["date"],
        categories=[term["label"] for term in record["categories"]],
        source=record["source"],
        snippet=" ".join(snippet.split()),
    )


def _snippet_window(text: str, hit) -> str:
    """The stretch of ``text`` around the first matched term: only it is analyzed for the
    snippet, so long documents cost no more than short ones. (Stems are nearly always
    substrings of the words they match, which is what the look-up relies on.)"""
    if len(text) <= SNIPPET_SOURCE_CHARS:
        return text
    lowered = text.lower()
    terms = [term.decode("utf-8") if isinstance(term, bytes) else str(term) for field, term in hit.matched_terms() if field == "text"]
    found = [index for index in (lowered.find(term) for term in terms) if index >= 0]
    start = max(0, min(found, default=0) - SNIPPET_CHARS)
    window = text[start : start + SNIPPET_SOURCE_CHARS]
    return window if start == 0 else window.split(" ", 1)[-1]


def _clip(text: str, limit: int = SNIPPET_CHARS) -> str:
    """At most ``limit`` characters, cut at a space, with an ellipsis when cut."""
    if len(text) <= limit:
        return text
    return text[:limit].rsplit(" ", 1)[0] + " …"


def _facets(results, labels: dict[str, str]) -> dict[str, list[tuple[str, int]]]:
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
