"""Searching an index: ranked hits with snippets, facets, and "did you mean" suggestions."""

from __future__ import annotations

import json
import math
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from whoosh import sorting
from whoosh.query import Or

from . import store
from .abbreviations import query_expansions
from .bounds import DEFAULT_TIME_BUDGET, Deadline, SearchTimeout, bound_expansions
from .candidates import score_candidates
from .feedback import Expansion, expand, feedback_documents
from .metadata import field_values, front_matter_strings
from .query import SEARCH_FIELDS, ParsedQuery, is_plain, make_filter, make_parser, parse_query, with_proximity
from .snippets import make_snippet
from .ties import StableKeys, order_run, run_bounds, settle

#: How many documents, those matching the most of a plain-words query, are scored at a time.
RANKED_DEPTH = 300
#: Score bonus of a document with all the query's words (a share of it for some).
COVERAGE_WEIGHT = 3.0
#: Weight of the words an abbreviation expansion adds (the other side of a pair) against
#: the user's own words.
ABBREVIATION_WEIGHT = 0.5
#: Full names added per acronym of the query (the ones most documents state).
ABBREVIATION_CHOICES = 3


@dataclass
class SearchRequest:
    """A query with its filters, order and page."""

    query: str
    category: str | None = None
    tag: str | None = None
    author: str | None = None
    date_from: str | None = None
    date_to: str | None = None
    date_source: str | None = None
    sort: str = "relevance"  # "relevance", "date" (oldest first) or "-date"
    limit: int = 10
    page: int = 1
    facets: bool = False
    #: Add words of the best first hits to the query (pseudo-relevance feedback).
    expand: bool = True
    #: Give each hit the parts of its score and its matched terms (``Hit.explanation``).
    explain: bool = False
    #: Add a bonus for the query's words close together (a sloppy phrase, see
    #: :data:`PROXIMITY_SLOP`); off by default (measured: see the README).
    proximity: bool = False
    #: Seconds the search may take before it stops with :class:`~.bounds.SearchTimeout`
    #: (None: no limit).
    time_budget: float | None = DEFAULT_TIME_BUDGET
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
    #: ``"expansion"`` when the document has none of the query's own words, only words
    #: that feedback expansion added; None otherwise.
    via: str | None = None
    #: With ``SearchRequest.explain``: the score parts and matched terms (see :mod:`.explain`).
    explanation: dict | None = None


@dataclass
class SearchResult:
    """Hits of one page, the total, facet counts and a spelling suggestion."""

    total: int
    hits: list[Hit] = field(default_factory=list)
    facets: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    suggestion: str | None = None
    #: Stems added by feedback expansion, with their weights (empty when none were).
    expansion: list[tuple[str, float]] = field(default_factory=list)
    #: Abbreviation expansions: ``(words of the query, the phrase added)``.
    abbreviations: list[tuple[str, str]] = field(default_factory=list)


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
        self._searcher = store.open_searcher(directory)

    def __enter__(self) -> "Archive":
        return self

    def __exit__(self, *exc_info) -> None:
        self.close()

    def close(self) -> None:
        """Release the index files."""
        self._searcher.close()

    def _latest(self):
        """This archive's searcher while nothing was committed since it was opened, else a
        new one of the latest committed state. (Whoosh's ``refresh`` reuses the old readers,
        which fails when another commit comes while it runs, and cannot follow a rebuild to
        the new index.)"""
        if self._searcher.up_to_date():
            return self._searcher
        latest = store.open_searcher(self.directory)
        self._searcher.close()
        return latest

    def search(self, request: SearchRequest) -> SearchResult:
        """Run ``request`` against the latest committed state of the index.

        A writer that commits while it runs can remove files the searcher has yet to open
        (segments merged away, a rebuild's previous index): then it runs again on the
        state committed since, up to :data:`~.store.OPEN_ATTEMPTS` times."""
        for attempt in range(1, store.OPEN_ATTEMPTS + 1):
            self._searcher = searcher = self._latest()
            try:
                return self._search(searcher, request)
            except SearchTimeout:
                raise
            except Exception:
                if attempt == store.OPEN_ATTEMPTS or searcher.up_to_date():
                    raise  # not a commit's doing

    def _search(self, searcher, request: SearchRequest) -> SearchResult:
        deadline = Deadline(request.time_budget)
        parsed = parse_query(searcher.schema, request.query)
        parsed.query = bound_expansions(parsed.query, searcher.reader(), deadline)
        filter_query = make_filter(
            category=request.category, tag=request.tag, author=request.author, date_from=request.date_from, date_to=request.date_to,
            date_source=request.date_source,
        )
        first = (max(request.page, 1) - 1) * request.limit
        end = first + request.limit
        analyzer = searcher.schema["text"].analyzer
        expansion = None
        ranked = bool(parsed.words) and request.sort == "relevance"
        if ranked and request.proximity:
            parsed.query = with_proximity(parsed)
        own_query = parsed.query  # facets count the matches of the user's own words
        abbreviations = _abbreviations(self.directory, request.query) if ranked and request.expand else []
        if ranked:
            ranking = _Ranking(searcher, parsed, filter_query, deadline)
            if abbreviations:
                ranking.add_alternatives(_abbreviation_query(searcher.schema, abbreviations))
            hits, expansion = ranking.hits(end, analyzer if request.expand else None), ranking.expansion
            total = len(ranking.shares)
        else:
            by_date = request.sort != "relevance"
            order = {"sortedby": _date_order(newest_first=request.sort.startswith("-"))} if by_date else {}
            hits, total = _listed(searcher, parsed.query, filter_query, order, end, deadline)
            hits = [(docnum, None if by_date else score) for docnum, score in hits]
        snippet_terms = _snippet_terms(parsed.query, searcher.reader(), analyzer)
        result = SearchResult(total=total)
        for rank, (docnum, score) in enumerate(hits[first:end], start=first + 1):
            deadline.check()
            via = "expansion" if ranked and docnum not in ranking.shares else None
            terms = snippet_terms | {stem for stem, _ in expansion.terms} if via and expansion else snippet_terms
            result.hits.append(_hit(searcher.stored_fields(docnum), score, rank, terms, analyzer, request.highlight, via))
            if request.explain and score is not None:
                share = ranking.shares.get(docnum, 0.0) if ranked else None
                from .explain import explain  # only --explain needs it

                result.hits[-1].explanation = explain(searcher, parsed.query, docnum, share, COVERAGE_WEIGHT, expansion)
        if expansion:
            result.expansion = [(stem, round(weight, 4)) for stem, weight in expansion.terms]
        result.abbreviations = abbreviations
        if request.facets:
            result.facets = _facets(searcher, own_query, filter_query, store.read_labels(self.directory), deadline)
        if total == 0 and is_plain(request.query):
            result.suggestion = _suggest(searcher, request.query)
        return result


def search(directory: Path, request: SearchRequest) -> SearchResult:
    """Open the index at ``directory``, run ``request`` and close it."""
    with Archive(directory) as archive:
        return archive.search(request)


class _Ranking:
    """Ranking of a plain-words query: documents in blocks of :data:`RANKED_DEPTH`, those
    matching the most of the query first; each block scored and ordered by score times
    the coverage bonus. The blocks do not depend on the page asked for, so pages never
    overlap. With feedback expansion, the first block is scored once to choose the feedback
    documents, then every block is scored with the expanded query, and the documents found
    only through expansion join the first block."""

    def __init__(self, searcher, parsed: ParsedQuery, filter_query, deadline: Deadline) -> None:
        self.searcher = searcher
        self.parsed = parsed
        self.deadline = deadline
        self.shares, self.word_counts = _coverage(searcher, parsed.words)
        deadline.check()
        self.allowed = None
        if filter_query is not None:
            self.allowed = set(searcher.docs_for_query(filter_query))
            self.shares = {doc: share for doc, share in self.shares.items() if doc in self.allowed}
        self.expansion: Expansion | None = None
        #: Documents found only through :meth:`add_alternatives`; they join the first block.
        self.alternatives: list[int] = []
        #: The order among otherwise equal documents (see :mod:`.ties`).
        self.key = StableKeys(searcher)
        #: Document → score of the query's first pass (0.0: scored, not matched).
        self._scored: dict[int, float] = {}

    def add_alternatives(self, query) -> None:
        """Score ``query`` (other words for the user's) with the user's query, and add the
        documents only it finds; the coverage bonus stays on the user's own words."""
        self.parsed.query = Or([self.parsed.query, query])
        found = [doc for doc in self.searcher.docs_for_query(query) if doc not in self.shares and (self.allowed is None or doc in self.allowed)]
        self.alternatives = sorted(found, key=self.key)[:RANKED_DEPTH] if len(found) > RANKED_DEPTH else found

    def hits(self, end: int, analyzer=None) -> list[tuple[int, float]]:
        """At least the first ``end`` hits (document number, ranking score); expanded
        with feedback when an ``analyzer`` (the body's) is given."""
        blocks = self._blocks()
        block = next(blocks, []) + self.alternatives
        query = self.parsed.query
        raw = self._first_pass(block)
        first = self._ranked(raw)
        if analyzer is not None and first:
            self.expansion = self._expansion(first, analyzer)
        if self.expansion:
            first = self._with_expansion(raw, block)
            query = Or([query, self.expansion.query()])
        hits = settle(first, end, self.key)
        for block in blocks:
            if len(hits) >= end:
                break
            hits += settle(self._ranked(score_candidates(self.searcher, query, block, self.deadline)), end - len(hits), self.key)
        return hits

    def _blocks(self) -> Iterator[list[int]]:
        """The documents that match the query's words, in blocks of :data:`RANKED_DEPTH`,
        those matching the most of the query first. Where a block ends among documents
        that match as much, the ones the query scores highest come first, then by uid: a
        block's documents never depend on their numbers in the index (see :mod:`.ties`)."""
        shares = self.shares
        by_share = sorted(shares, key=shares.__getitem__, reverse=True)
        values = [shares[doc] for doc in by_share]
        ordered = 0  # by_share[:ordered] is in its final order
        for start in range(0, len(by_share), RANKED_DEPTH):
            cut = start + RANKED_DEPTH
            if ordered < cut < len(by_share) and values[cut] == values[cut - 1]:
                first, ordered = run_bounds(values, cut)
                by_share[first:ordered] = self._by_first_pass(by_share[first:ordered], range(cut - first, ordered - first, RANKED_DEPTH))
            yield by_share[start:cut]

    def _by_first_pass(self, documents: list[int], cuts: range) -> list[int]:
        """``documents`` by the score of the query, highest first; equal scores across
        each of ``cuts`` (places in the list where a block ends) by uid."""
        scores = self._first_pass(documents)
        ranked = sorted(((doc, scores.get(doc, 0.0)) for doc in documents), key=lambda pair: -pair[1])
        for cut in cuts:
            if ranked[cut][1] == ranked[cut - 1][1]:
                order_run(ranked, cut, self.key)
        return [doc for doc, _ in ranked]

    def _first_pass(self, documents: list[int]) -> dict[int, float]:
        """Document → score of the query (before any feedback expansion) of ``documents``
        that it matches; each document is scored once per search."""
        missing = [doc for doc in documents if doc not in self._scored]
        if missing:
            self._scored.update(dict.fromkeys(missing, 0.0) | score_candidates(self.searcher, self.parsed.query, missing, self.deadline))
        return {doc: self._scored[doc] for doc in documents if self._scored[doc]}

    def _with_expansion(self, raw: dict[int, float], block: list[int]) -> list[tuple[int, float]]:
        """The first block's hits rescored with the expansion's part added (the user's
        query is not scored again), and the documents found only through expansion."""
        extra = self.expansion.documents(self.searcher.reader(), set(self.shares), self.allowed, self.key)
        parts = score_candidates(self.searcher, self.expansion.query(), block + extra, self.deadline)
        return self._ranked({doc: raw.get(doc, 0.0) + parts.get(doc, 0.0) for doc in {**raw, **parts}})

    def _ranked(self, scores: dict[int, float]) -> list[tuple[int, float]]:
        """Documents with their scores times the coverage bonus, best first (equals in
        any order: :func:`~.ties.settle` orders the ones that are shown)."""
        ranked = [(doc, score * (1 + COVERAGE_WEIGHT * self.shares.get(doc, 0.0))) for doc, score in scores.items()]
        return sorted(ranked, key=lambda pair: -pair[1])

    def _expansion(self, first: list[tuple[int, float]], analyzer) -> Expansion | None:
        words = len(self.parsed.words)
        feedback = feedback_documents(first, self.word_counts, words, self.key)
        stems = {text for terms in self.parsed.words for fieldname, text in terms if fieldname == "text"}
        return expand(self.searcher, analyzer, feedback, stems, words)


def _listed(searcher, query, filter_query, order: dict, end: int, deadline: Deadline) -> tuple[list[tuple[int, object]], int]:
    """The first ``end`` documents (document number, score or sort key) of a search that
    is not a ranking of plain words, and the number of matches. Whoosh orders equal
    scores or dates by document number and keeps the lowest numbers of a tie cut by the
    limit: when the documents at ``end`` tie, every match is listed, so the tie is
    settled by uid (see :mod:`.ties`) over all its documents."""
    results = deadline.search(searcher, query, limit=end + 1, filter=filter_query, **order)
    listed = [(docnum, value) for value, docnum in results.top_n]
    if len(listed) > end and listed[end][1] == listed[end - 1][1]:
        results = deadline.search(searcher, query, limit=None, filter=filter_query, **order)
        listed = [(docnum, value) for value, docnum in results.top_n]
    return settle(listed, end, StableKeys(searcher))[:end], len(results)


def _abbreviations(directory: Path, query: str) -> list[tuple[str, str]]:
    """The abbreviation expansions of ``query`` from the pairs recorded in the index: for
    an acronym, the :data:`ABBREVIATION_CHOICES` full names most documents state."""
    pairs = store.read_abbreviations(directory)  # mined pairs come most stated first
    expansions = query_expansions(query, [(pair["short"], pair["full"]) for pair in pairs])
    kept, per_word = [], {}
    for present, added in expansions:
        per_word[present] = per_word.get(present, 0) + 1
        if per_word[present] <= ABBREVIATION_CHOICES:
            kept.append((present, added))
    return kept


def _abbreviation_query(schema, abbreviations: list[tuple[str, str]]):
    """Each added side of ``abbreviations`` as a phrase in the searched fields, weighted
    by :data:`ABBREVIATION_WEIGHT`."""
    parser = make_parser(schema)
    phrases = [parser.parse('"' + added.replace('"', " ") + '"') for _, added in abbreviations]
    return Or(phrases, boost=ABBREVIATION_WEIGHT)


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


def _coverage(searcher, words: list[set[tuple[str, str]]]) -> tuple[dict[int, float], dict[int, int]]:
    """Document → the share of the query's words it contains, each word weighted by its
    inverse document frequency (a rare word missing counts more than a common one); and
    document → how many of the words it contains."""
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
    counts: dict[int, int] = {}
    for weight, docs in zip(weights, word_docs):
        for doc in docs:
            shares[doc] = shares.get(doc, 0.0) + weight / total
            counts[doc] = counts.get(doc, 0) + 1
    return shares, counts


def _hit(stored: dict, score: float | None, rank: int, terms: set[str], analyzer, marks: tuple[str, str], via: str | None = None) -> Hit:
    record = json.loads(stored["record"])
    return Hit(
        rank=rank,
        id=record["id"],
        score=round(score, 4) if score is not None else None,
        title=record["title"],
        date=record["date"],
        categories=[term["label"] for term in record["categories"]],
        source=record["source"],
        snippet=" ".join(make_snippet(record["text"], terms, analyzer, marks, *_snippet_metadata(record)).split()),
        via=via,
    )


def _snippet_metadata(record: dict) -> tuple[list[str], list[str]]:
    """The metadata a snippet may come from when the body has no match (front-matter
    strings, not the title again: it is shown above the snippet), and the values whose
    echoes in the body are left out of snippets (the title and every front-matter value)."""
    title, fields = record["title"], record["fields"]
    return [text for text in front_matter_strings(fields) if text != title], [title, *field_values(fields)]


def _facets(searcher, query, filter_query, labels: dict[str, str], deadline: Deadline) -> dict[str, list[tuple[str, int]]]:
    """Counts of all matching documents by category (display labels) and by year."""
    from .facets import category_counts, facet_definitions  # only --facets needs them

    results = deadline.search(searcher, query, filter=filter_query, groupedby=facet_definitions("category", "year"), limit=1)
    years = sorted((year, n) for year, n in results.groups("year").items() if year)
    return {"category": category_counts(results.groups("category"), labels), "year": years}


def _suggest(searcher, text: str) -> str | None:
    """A close spelling of the query from the index's own words, or None. A word the index
    holds stays as typed (a search its filters emptied is not told to change its words; the
    corrector would offer a more frequent neighbour, ``buku`` for ``buruh``)."""
    from .analysis import exact_analyzer

    words = [token.text for token in exact_analyzer()(text)]
    title_words = searcher.corrector("title_exact")
    text_words = searcher.corrector("text")
    corrected = []
    for word in words:
        if _is_indexed(searcher, word):
            corrected.append(word)
            continue
        suggestion = (title_words.suggest(word, limit=1) or text_words.suggest(word, limit=1) or [word])[0]
        corrected.append(suggestion)
    return " ".join(corrected) if corrected != words else None


def _is_indexed(searcher, word: str) -> bool:
    """Whether ``word`` is in the index: in a title as written, or by its stem in a body."""
    reader = searcher.reader()
    if ("title_exact", word) in reader:
        return True
    return any(("text", token.text) in reader for token in searcher.schema["text"].analyzer(word))
