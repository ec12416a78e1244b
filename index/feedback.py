"""Pseudo-relevance feedback (RM3): words that the best first-pass hits share, added to a
query so that documents which say the same thing in other words are found too.

The feedback documents are the best-ranked hits that have most of the query's words (a
hit with only one word of a long query is often off topic, and feeding it back would
drift the query there). From their text, each stem gets the weight it has in them
(term frequency over length), weighted by how well each document ranked; the query's own
stems, numbers and stems in more than :data:`MAX_DOCUMENT_SHARE` of the archive (too
common to say anything) are left out, and the heaviest :data:`EXPANSION_TERMS` are kept.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from whoosh.query import Or, Query, Term

from .metadata import front_matter_strings
from .ties import settle

#: Best-ranked hits that feed the expansion.
FEEDBACK_DOCUMENTS = 8
#: Expansion stems added to the query.
EXPANSION_TERMS = 20
#: An expansion stem occurs in at most this share of the archive's documents: a stem in
#: more than a tenth of them names no topic (on the shared corpus those were stemming
#: remnants like ``empu``, ``ingkat``, ``embang``) and costs the most to score, since
#: every document it occurs in is read.
MAX_DOCUMENT_SHARE = 0.1
#: Weight of the expansion against the user's own query (RM3's interpolation, 0–1).
INTERPOLATION = 0.5
#: Characters of each feedback document's text that are read (its opening says most).
FEEDBACK_CHARS = 6_000
#: Documents found only through expansion that are scored with the query's own matches.
EXPANSION_ONLY_DEPTH = 100


@dataclass
class Expansion:
    """Expansion stems with their weights (summing to 1), and how much they count."""

    terms: list[tuple[str, float]]
    #: The user's query has this many words; the expansion weighs as much as
    #: ``INTERPOLATION / (1 - INTERPOLATION)`` of them together.
    query_words: int

    def query(self) -> Query:
        """The expansion as a weighted OR of body terms."""
        scale = self.query_words * INTERPOLATION / (1 - INTERPOLATION)
        return Or([Term("text", stem, boost=weight * scale) for stem, weight in self.terms])

    def documents(self, reader, exclude: set[int], allowed: set[int] | None, key: Callable[[int], str], limit: int = EXPANSION_ONLY_DEPTH) -> list[int]:
        """Up to ``limit`` documents outside ``exclude`` with the most expansion weight
        (equal weights in the order of ``key``, see :mod:`.ties`)."""
        weights: Counter = Counter()
        for stem, weight in self.terms:
            for doc in reader.postings("text", stem).all_ids():
                if doc not in exclude and (allowed is None or doc in allowed):
                    weights[doc] += weight
        chosen = weights.most_common(limit)
        if len(chosen) == limit:  # the documents as heavy as the last one, whichever numbers they have
            lowest = chosen[-1][1]
            chosen = [pair for pair in chosen if pair[1] > lowest] + sorted((pair for pair in weights.items() if pair[1] == lowest), key=lambda pair: key(pair[0]))
        return [doc for doc, _ in chosen[:limit]]


def feedback_documents(ranked: list[tuple[int, float]], word_counts: dict[int, int], query_words: int, key: Callable[[int], str]) -> list[tuple[int, float]]:
    """The first :data:`FEEDBACK_DOCUMENTS` of ``ranked`` (document, score; equal scores
    in the order of ``key``) that have most of the query's words (more than half; all of
    one or two)."""
    needed = query_words // 2 + 1
    chosen = [(doc, score) for doc, score in ranked if word_counts.get(doc, 0) >= needed]
    return settle(chosen, FEEDBACK_DOCUMENTS, key)[:FEEDBACK_DOCUMENTS]


def expand(searcher, analyzer, feedback: list[tuple[int, float]], query_stems: set[str], query_words: int) -> Expansion | None:
    """The RM3 expansion of a query from its ``feedback`` documents, or None when they
    give no stem worth adding."""
    total_score = sum(score for _, score in feedback)
    if not feedback or total_score <= 0:
        return None
    reader = searcher.reader()
    document_count = max(searcher.doc_count_all(), 1)
    weights: Counter = Counter()
    for doc, score in feedback:
        counts = Counter(token.text for token in analyzer(_feedback_text(searcher.stored_fields(doc))))
        length = sum(counts.values()) or 1
        for stem, count in counts.items():
            weights[stem] += (count / length) * (score / total_score)
    chosen: list[tuple[str, float]] = []
    for stem, weight in weights.most_common():
        if stem in query_stems or stem.isdigit() or len(stem) < 3:
            continue
        frequency = reader.doc_frequency("text", stem)
        if 2 <= frequency <= MAX_DOCUMENT_SHARE * document_count:
            chosen.append((stem, weight))
            if len(chosen) == EXPANSION_TERMS:
                break
    if not chosen:
        return None
    total = sum(weight for _, weight in chosen)
    return Expansion([(stem, weight / total) for stem, weight in chosen], query_words)


def _feedback_text(stored: dict) -> str:
    """The body's opening and the searchable metadata of a stored document."""
    record = json.loads(stored["record"])
    labels = [term["label"] for term in record["categories"] + record["tags"]]
    return "\n".join([record["text"][:FEEDBACK_CHARS], *front_matter_strings(record["fields"]), *labels])
