"""Facets: counts of documents by category, year, format or repair state, for both
``search --facets`` and ``stats`` (one definition, one way to label and order them)."""

from __future__ import annotations

from whoosh import sorting

#: Facet name → indexed field (categories overlap: a document counts in each of its own).
FIELDS = {"category": "categories", "year": "year", "format": "format", "repaired": "repaired"}


def facet_definitions(*names: str) -> dict[str, sorting.FieldFacet]:
    """Whoosh facets that count documents, for ``groupedby``."""
    return {name: sorting.FieldFacet(FIELDS[name], allow_overlap=name == "category", maptype=sorting.Count) for name in names}


def category_counts(groups: dict, labels: dict[str, str]) -> list[tuple[str, int]]:
    """Category counts, most frequent first, each key shown by its display label."""
    counts = sorted(((key, n) for key, n in groups.items() if key), key=lambda item: (-item[1], item[0]))
    return [(labels.get(key, key), count) for key, count in counts]
