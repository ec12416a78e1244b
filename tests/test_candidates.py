"""Scoring a query on chosen documents only gives the scores a filtered Whoosh search gives,
across segments and deleted documents, and stops at the time budget."""

import pytest
from whoosh import index
from whoosh.fields import ID, TEXT, Schema
from whoosh.query import And, Or, Phrase, Term

from arsip.index.bounds import Deadline, SearchTimeout
from arsip.index.candidates import score_candidates

SENTENCES = [
    "nelayan menerima informasi cuaca sebelum melaut",
    "ramalan cuaca dan gelombang tinggi untuk nelayan desa",
    "pelatihan jurnalistik warga di desa pesisir",
    "informasi harga ikan untuk nelayan",
    "gelombang tinggi, angin kencang, cuaca buruk",
    "radio komunitas menyiarkan informasi desa",
]


@pytest.fixture
def searcher(tmp_path):
    ix = index.create_in(str(tmp_path), Schema(id=ID(stored=True, unique=True), title=TEXT, text=TEXT))
    for part in range(3):  # three segments
        writer = ix.writer()
        for number, sentence in enumerate(SENTENCES):
            writer.add_document(id=f"{part}-{number}", title=sentence.split()[0], text=f"{sentence} bagian {part}")
        writer.commit(merge=False)
    writer = ix.writer()
    writer.delete_by_term("id", "1-1")
    writer.commit(merge=False)
    with ix.searcher() as searcher:
        assert len(searcher.leaf_searchers()) == 3
        yield searcher


QUERIES = [
    Or([Term("text", "nelayan"), Term("text", "cuaca", boost=2.0), Term("title", "informasi", boost=0.5)]),
    Or([Or([Term("text", "gelombang"), Term("text", "desa")], boost=0.7), Term("text", "ikan")]),
    And([Term("text", "nelayan"), Term("text", "informasi")]),
    Phrase("text", ["gelombang", "tinggi"]),
]


@pytest.mark.parametrize("query", QUERIES, ids=str)
def test_scores_are_those_of_a_filtered_search(searcher, query):
    candidates = {0, 1, 3, 4, 6, 7, 9, 13, 16, 17}  # 7 is deleted
    expected = {hit.docnum: hit.score for hit in searcher.search(query, filter=candidates, limit=None)}
    scores = score_candidates(searcher, query, candidates, Deadline(None))
    assert expected and 7 not in scores
    assert scores.keys() == expected.keys()
    for docnum, score in expected.items():
        assert scores[docnum] == pytest.approx(score)


def test_documents_outside_the_candidates_are_not_scored(searcher):
    query = Term("text", "nelayan")
    assert set(score_candidates(searcher, query, [2, 5], Deadline(None))) == set()
    assert set(score_candidates(searcher, query, [], Deadline(None))) == set()


def test_a_spent_time_budget_stops_the_scoring(searcher):
    deadline = Deadline(1e-9)
    with pytest.raises(SearchTimeout):
        score_candidates(searcher, QUERIES[0], range(18), deadline)
