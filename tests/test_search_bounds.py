"""Hostile queries are bounded: wildcard and fuzzy words expand to few terms, and a search
that runs past its time budget stops with one line and exit code 5."""

import pytest
from click.testing import CliRunner
from whoosh.query import Every, FuzzyTerm, Term

from arsip.cli.main import arsip
from arsip.index.bounds import MAX_EXPANSION_TERMS, Deadline, SearchTimeout, bound_expansions
from arsip.index.build import index_paths
from arsip.index.query import parse_query
from arsip.index import search as search_module
from arsip.index.search import Archive, SearchRequest
from arsip.index.store import open_index

WORDS = [f"kata{chr(97 + a)}{chr(97 + b)}{chr(97 + c)}" for a in range(6) for b in range(6) for c in range(6)]  # 216 words


@pytest.fixture(scope="module")
def directory(tmp_path_factory):
    corpus = tmp_path_factory.mktemp("corpus")
    for number in range(12):
        body = " ".join(WORDS[number * 18 : (number + 1) * 18])
        (corpus / f"{number:02d}.md").write_text(f"---\ntitle: Dokumen {number}\n---\n{body} kataaaa\n", encoding="utf-8")
    directory = tmp_path_factory.mktemp("index")
    index_paths(directory, [str(corpus)])
    return directory


def _leaves(query):
    return [leaf for leaf in query.leaves()]


def test_a_wildcard_expands_to_at_most_the_cap_of_the_most_frequent_terms(directory):
    ix = open_index(directory)
    with ix.searcher() as searcher:
        bounded = bound_expansions(parse_query(ix.schema, "kata*").query, searcher.reader(), Deadline(None))
    text_terms = [leaf.text for leaf in _leaves(bounded) if isinstance(leaf, Term) and leaf.fieldname == "text"]
    assert len(text_terms) == MAX_EXPANSION_TERMS < len(WORDS)
    assert "kataaaa" in text_terms  # in every document: among the most frequent


def test_fuzzy_words_keep_a_distance_of_two_and_a_first_letter(directory):
    ix = open_index(directory)
    with ix.searcher() as searcher:
        query = parse_query(ix.schema, "katafzz~5").query
        capped = query.accept(lambda node: node)  # a copy, to see the parser's own values
        assert max(leaf.maxdist for leaf in capped.leaves() if isinstance(leaf, FuzzyTerm)) == 5
        bounded = bound_expansions(query, searcher.reader(), Deadline(None))
    found = {leaf.text for leaf in _leaves(bounded) if isinstance(leaf, Term) and leaf.fieldname == "text"}
    assert found and all(text.startswith("k") for text in found)
    assert "kataaaa" not in found and "kataeaa" not in found  # three edits away
    assert "katafaa" in found and "katafee" in found  # two edits away


def test_a_lone_star_matches_every_document_without_reading_terms(directory):
    ix = open_index(directory)
    with ix.searcher() as searcher:
        bounded = bound_expansions(parse_query(ix.schema, "*").query, searcher.reader(), Deadline(None))
    assert all(isinstance(leaf, Every) and not leaf.fieldname for leaf in bounded.leaves())
    with Archive(directory) as archive:
        assert archive.search(SearchRequest("*")).total == 12


def test_a_search_past_its_time_budget_stops_with_one_line_and_exit_5(directory, monkeypatch):
    with Archive(directory) as archive, pytest.raises(SearchTimeout, match="time budget"):
        archive.search(SearchRequest("*a* *b* *c*", time_budget=1e-9))
    monkeypatch.setattr(search_module, "Deadline", lambda seconds: Deadline(1e-9))  # as if the index were slow
    result = CliRunner().invoke(arsip, ["search", "*a* *b*", "--index", str(directory), "--time-limit", "0.5"])
    assert result.exit_code == 5
    assert result.stderr.count("\n") == 1 and "time budget of 1e-09 s" in result.stderr
    monkeypatch.undo()
    with Archive(directory) as archive:
        assert archive.search(SearchRequest("*a* *b* kata?? kat~2", time_budget=10)).total == 12
