"""Scoring a query on a chosen set of documents only (the candidates of a ranking).

``searcher.search(query, filter=documents)`` scores every document the query matches and
drops the others afterwards; on an index under 5,000 documents Whoosh even reads all the
postings of an OR of terms into an array first. When a ranking already knows which few
hundred documents it wants scored, that is most of a search's time. Here each segment's
matcher skips straight to the candidates (postings are read in blocks, and a block with
no candidate is passed over), so the cost follows the number of candidates, not the
number of matching documents. The scores are the ones ``searcher.search`` gives.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable

from whoosh.query import Or, Query

from .bounds import Deadline

#: Candidates scored between two checks of the time budget.
CHECK_EVERY = 256


def score_candidates(searcher, query: Query, documents: Iterable[int], deadline: Deadline) -> dict[int, float]:
    """Document number → score of each of ``documents`` that ``query`` matches."""
    wanted = sorted(set(documents))
    # needs_current: a tree of matchers that can skip, not an array of every match
    context = searcher.context(needs_current=True, top_query=query)
    return _scores(searcher, query, wanted, context, deadline)


def _scores(searcher, query: Query, wanted: list[int], context, deadline: Deadline) -> dict[int, float]:
    """An OR's score is the sum of its parts' (times its boost): each part is matched on
    its own, which skips much less than a tree of union matchers does."""
    if type(query) is Or and not query.scale and not query.minmatch:
        scores: dict[int, float] = {}
        for part in query.subqueries:
            for document, score in _scores(searcher, part, wanted, context, deadline).items():
                scores[document] = scores.get(document, 0.0) + score * query.boost
        return scores
    scores = {}
    for subsearcher, offset in searcher.leaf_searchers():
        start, end = bisect_left(wanted, offset), bisect_left(wanted, offset + subsearcher.doc_count_all())
        if start < end:
            deadline.check()
            scores.update(_leapfrog(query.matcher(subsearcher, context), wanted, start, end, offset, deadline))
    return scores


def _leapfrog(matcher, wanted: list[int], start: int, end: int, offset: int, deadline: Deadline) -> dict[int, float]:
    """Scores of ``wanted[start:end]`` (document numbers ``offset`` above the matcher's)
    that ``matcher`` matches: the matcher and the candidates skip ahead to each other in
    turn, so the cost follows whichever of the two is shorter."""
    scores = {}
    steps = 0
    while start < end and matcher.is_active():
        steps += 1
        if steps % CHECK_EVERY == 0:
            deadline.check()
        current = matcher.id() + offset
        start = bisect_left(wanted, current, start, end)
        if start == end:
            break
        if wanted[start] == current:
            scores[current] = matcher.score()
            matcher.next()
        else:
            matcher.skip_to(wanted[start] - offset)
    return scores
