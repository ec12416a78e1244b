"""Searching several indexes at once: one page of hits merged from every archive, each
hit naming the index it came from; totals and facet counts added up.

Scores of different Whoosh indexes are not comparable (BM25F's idf, the average field
lengths and the coverage weights are each index's own statistics), so relevance hits are
merged by rank, not by score: every hit ranked r in its own archive comes before every
hit ranked r + 1 in any archive, and hits of the same rank follow the order the indexes
were given in (round-robin; since no document is in two archives, this is what
reciprocal rank fusion gives too). Date orders merge by date. To fill page p of n hits,
each archive is asked for its first p × n hits, which always hold the merged list's first
p × n; the page is cut from the merged list.
"""

from __future__ import annotations

from contextlib import ExitStack
from dataclasses import dataclass, replace
from pathlib import Path

from .bounds import Deadline, SearchTimeout
from .search import Archive, Hit, SearchRequest, SearchResult


@dataclass
class SourcedHit(Hit):
    """A hit of a search across indexes, with the index it came from (as it was given)."""

    index: str = ""


def search_many(directories: list[Path], request: SearchRequest) -> SearchResult:
    """Run ``request`` in every index of ``directories`` and merge the results.

    Every index is opened before any is searched, so a missing one stops the search with
    its error before any work is done. ``score`` and ``explanation`` stay each index's own;
    the time budget is shared by all the searches.
    """
    with ExitStack() as stack:
        archives = [(str(directory), stack.enter_context(Archive(directory))) for directory in directories]
        return search_archives(archives, request)


def search_archives(archives: list[tuple[str, Archive]], request: SearchRequest) -> SearchResult:
    """Run ``request`` in every open archive of ``archives`` (name, archive) and merge the
    results, each hit named by its archive's name (as :func:`search_many`)."""
    deadline = Deadline(request.time_budget)
    end = max(request.page, 1) * request.limit
    results = []
    for name, archive in archives:
        try:
            result = archive.search(replace(request, page=1, limit=end, time_budget=deadline.remaining()))
        except SearchTimeout:
            raise deadline.timeout() from None  # named by the whole search's budget
        results.append((name, result))
    merged = _merge([[SourcedHit(**vars(hit), index=name) for hit in result.hits] for name, result in results], request.sort)
    first = end - request.limit
    page = merged[first:end]
    for rank, hit in enumerate(page, start=first + 1):
        hit.rank = rank
    total = sum(result.total for _, result in results)
    return SearchResult(
        total=total,
        hits=page,
        facets=add_facets([result.facets for _, result in results]),
        suggestion=None if total else next((result.suggestion for _, result in results if result.suggestion), None),
        expansion=_union_expansion([result.expansion for _, result in results]),
        abbreviations=list(dict.fromkeys(pair for _, result in results for pair in result.abbreviations)),
    )


def _merge(lists: list[list[SourcedHit]], sort: str) -> list[SourcedHit]:
    """One list of hits: by rank in their own index (then index order) for relevance, by
    date for date orders (undated hits last, equal dates in index order)."""
    tagged = [(hit.rank, number, hit) for number, hits in enumerate(lists) for hit in hits]
    if sort == "relevance":
        return [hit for _, _, hit in sorted(tagged, key=lambda item: (item[0], item[1]))]
    dated = sorted((hit for _, _, hit in tagged if hit.date), key=lambda hit: hit.date, reverse=sort.startswith("-"))  # stable
    return dated + [hit for _, _, hit in tagged if not hit.date]


def add_facets(facets: list[dict[str, list[tuple[str, int]]]]) -> dict[str, list[tuple[str, int]]]:
    """Facet counts added up key by key: categories (by label) most frequent first, years
    in order."""
    sums: dict[str, dict[str, int]] = {}
    for counts in facets:
        for name, pairs in counts.items():
            added = sums.setdefault(name, {})
            for key, count in pairs:
                added[key] = added.get(key, 0) + count
    order = {"year": lambda item: item[0]}
    return {name: sorted(counts.items(), key=order.get(name, lambda item: (-item[1], item[0]))) for name, counts in sums.items()}


def _union_expansion(expansions: list[list[tuple[str, float]]]) -> list[tuple[str, float]]:
    """Every index's expansion stems, each with its largest weight, heaviest first."""
    weights: dict[str, float] = {}
    for terms in expansions:
        for stem, weight in terms:
            weights[stem] = max(weight, weights.get(stem, 0.0))
    return sorted(weights.items(), key=lambda item: (-item[1], item[0]))
