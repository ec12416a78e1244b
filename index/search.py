"""Searching an index: ranked hits with snippets, facets, and "did you mean" suggestions."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path

from whoosh import highlight, sorting

from . import store
from .query import is_plain, make_filter, parse_query

#: Characters of a document's text analyzed for its snippet.
SNIPPET_SOURCE_CHARS = 20_000
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
    """Run ``request`` against the index at ``directory``."""
    ix = store.open_index(directory)
    query = parse_query(ix.schema, request.query)
    filter_query = make_filter(
        category=request.category, tag=request.tag, author=request.author, date_from=request.date_from, date_to=request.date_to
    )
    options = {"filter": filter_query, "terms": True}
    if request.sort != "relevance":
        options.update(sortedby="date", reverse=request.sort.startswith("-"))
    if request.facets:
        options["groupedby"] = {
            "category": sorting.FieldFacet("categories", allow_overlap=True, maptype=sorting.Count),
            "year": sorting.FieldFacet("year", maptype=sorting.Count),
        }
    with ix.searcher() as searcher:
        page = searcher.search_page(query, max(request.page, 1), pagelen=request.limit, **options)
        page.results.fragmenter = highlight.ContextFragmenter(maxchars=SNIPPET_CHARS // 2, surround=40)
        page.results.formatter = _MarkFormatter(*request.highlight)
        result = SearchResult(total=page.total)
        result.hits = [_hit(hit, request) for hit in page] if page.total else []
        if request.facets:
            result.facets = _facets(page.results, store.read_labels(directory))
        if page.total == 0 and is_plain(request.query):
            result.suggestion = _suggest(searcher, request.query)
    return result


def _hit(hit, request: SearchRequest) -> Hit:
    record = json.loads(hit["record"])
    text = record["text"][:SNIPPET_SOURCE_CHARS]
    snippet = hit.highlights("text", text=text, top=2) or _clip(text)
    return Hit(
        rank=hit.rank + 1,
        id=record["id"],
        score=round(hit.score, 4) if hit.score is not None else 0.0,
        title=record["title"],
        date=record["date"],
        categories=[term["label"] for term in record["categories"]],
        source=record["source"],
        snippet=" ".join(snippet.split()),
    )


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
