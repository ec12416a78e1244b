"""Orders of documents that do not depend on how the index happens to be segmented.

A document's number is its place in the index's segments, and that place changes between
two builds of the same input (Whoosh's writer processes take batches of documents as
they come free, so which documents land in which segment, and the segments' order,
vary), when an update adds a segment, and when a merge rewrites them. Scores do not
depend on it: Whoosh's BM25F takes the document count, term frequencies and average
field lengths from the whole index, never from one segment. What did depend on it was
every choice among equals: documents with the same score, coverage or expansion weight
were ordered, and cut at a depth, by number. Here such ties are broken by the
document's uid (its root and id), which is the same in every build.
"""

from __future__ import annotations

from collections.abc import Callable


class StableKeys:
    """Document number → its uid (read from the stored fields once, when first asked):
    the order among documents that are otherwise equal."""

    def __init__(self, searcher) -> None:
        self._searcher = searcher
        self._uids: dict[int, str] = {}

    def __call__(self, doc: int) -> str:
        try:
            return self._uids[doc]
        except KeyError:
            uid = self._uids[doc] = self._searcher.stored_fields(doc)["uid"]
            return uid


def run_bounds(values: list, position: int) -> tuple[int, int]:
    """Where the run of values equal to ``values[position]`` starts and ends (exclusive)
    in ``values``, a list whose equal values are next to each other."""
    start, end = position, position + 1
    while start > 0 and values[start - 1] == values[position]:
        start -= 1
    while end < len(values) and values[end] == values[position]:
        end += 1
    return start, end


def order_run(ranked: list[tuple[int, float]], position: int, key: Callable[[int], str]) -> None:
    """Order by ``key``, in place, the run of equal values in ``ranked`` (document, value)
    that holds ``position``."""
    start, end = run_bounds([value for _, value in ranked], position)
    if end - start > 1:
        ranked[start:end] = sorted(ranked[start:end], key=lambda pair: key(pair[0]))


def settle(ranked: list[tuple[int, float]], count: int, key: Callable[[int], str]) -> list[tuple[int, float]]:
    """``ranked`` (document, value), highest value first, with its first ``count`` places
    in their final order: equal values by ``key`` (the whole run of equals that reaches
    place ``count`` is ordered, so a longer ``count`` never reorders a shorter one's
    places). Only documents in a run of equals need their key."""
    if count <= 0 or not ranked:
        return ranked
    values = [value for _, value in ranked]
    stop = run_bounds(values, min(count, len(ranked)) - 1)[1]
    head, start = [], 0
    while start < stop:
        end = run_bounds(values, start)[1]
        run = ranked[start:end]
        head += sorted(run, key=lambda pair: key(pair[0])) if len(run) > 1 else run
        start = end
    return head + ranked[stop:]
