"""Why a hit ranked where it did: the parts of its score and the terms it matched."""

from __future__ import annotations

from whoosh.query import Or, Phrase, Query

from .feedback import Expansion


def explain(searcher, query: Query, docnum: int, share: float | None, coverage_weight: float, expansion: Expansion | None) -> dict:
    """The score parts of document ``docnum`` for the user's ``query``: BM25F per field
    (``proximity`` for the sloppy-phrase bonus),
    the expansion's part, the coverage share and the bonus it gives, and the matched terms
    (``field:term``). The ranking score is ``(sum of the parts) × bonus``."""
    by_field: dict[str, list[Query]] = {}
    for leaf in query.leaves():
        if isinstance(leaf, Phrase) and leaf.slop > 1:
            by_field.setdefault("proximity", []).append(leaf)
        elif getattr(leaf, "fieldname", None):
            by_field.setdefault(leaf.fieldname, []).append(leaf)
    fields = {fieldname: round(_score(searcher, Or(leaves), docnum), 4) for fieldname, leaves in by_field.items()}
    parts = {"bm25f": {name: score for name, score in fields.items() if score}}
    matched = _matched(searcher, query, docnum)
    if expansion is not None:
        expansion_query = expansion.query()
        parts["expansion"] = round(_score(searcher, expansion_query, docnum), 4)
        parts["expansion_matched"] = sorted(text for _, text in _matched_pairs(searcher, expansion_query, docnum))
    if share is not None:
        parts["coverage"] = round(share, 4)
        parts["coverage_bonus"] = round(1 + coverage_weight * share, 4)
    parts["matched"] = matched
    return parts


def _score(searcher, query: Query, docnum: int) -> float:
    return next((hit.score for hit in searcher.search(query, filter={docnum}, limit=1)), 0.0)


def _matched_pairs(searcher, query: Query, docnum: int) -> set:
    for hit in searcher.search(query, filter={docnum}, limit=1, terms=True):
        return {(fieldname, text.decode("utf-8") if isinstance(text, bytes) else text) for fieldname, text in hit.matched_terms()}
    return set()


def _matched(searcher, query: Query, docnum: int) -> list[str]:
    return sorted(f"{fieldname}:{text}" for fieldname, text in _matched_pairs(searcher, query, docnum))
