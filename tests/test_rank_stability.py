"""The same documents give the same scores and ranking however the index is segmented."""

import pytest

from arsip.index import search as search_module
from arsip.index import store
from arsip.index.build import index_fields
from arsip.index.schema import DEFAULT_STEMMER, UNIT_SEPARATOR
from arsip.index.search import SearchRequest, search
from arsip.index.term_writer import TermWriter
from arsip.ingest.pipeline import read_documents
from arsip.ingest.results import IngestOptions

MONTHS = ["Januari", "Februari", "Maret", "April", "Juni", "Juli", "Agustus", "Oktober"]


def _post(corpus, name, title, date, body):
    (corpus / name).write_text(f"---\ntitle: {title}\ndate: {date}\ncategories: [Laporan Keuangan]\n---\n{body}\n", encoding="utf-8")


@pytest.fixture(scope="module")
def documents(tmp_path_factory):
    """Finance reports of one template (equal scores for most queries, several on one
    date) and reports of different lengths (different scores)."""
    corpus = tmp_path_factory.mktemp("situs")
    for number, month in enumerate(MONTHS):
        body = f"Laporan keuangan proyek: pembayaran **listrik** bulan {month} sebesar Rp 350.000 dan biaya transfer Rp 6.500."
        _post(corpus, f"listrik-{number}.md", f"Pembayaran listrik {month} 2016", "2016-08-10" if number % 2 else f"2016-0{number % 9 + 1}-15", body)
    for number in range(6):
        body = "Rapat pengurus membahas laporan keuangan tahunan. " + "Anggaran pelatihan jurnalis warga di Wamena. " * (number + 1)
        _post(corpus, f"rapat-{number}.md", f"Rapat pengurus ke-{number + 1}", "2016-08-10", body)
    documents = list(read_documents([str(corpus)], IngestOptions(keep_duplicates=True)))
    assert len(documents) == 14
    return str(corpus), documents


def _build(directory, root, documents, batches):
    """An index of ``documents`` written in ``batches`` commits, none merged: one segment each."""
    store.claim_location(directory, DEFAULT_STEMMER)
    ix = store.create_index(directory)
    size = -(-len(documents) // batches)
    for start in range(0, len(documents), size):
        writer = TermWriter(ix, compound=False)
        for document in documents[start : start + size]:
            writer.add_document(**index_fields(document, root, root + UNIT_SEPARATOR + document.id))
        writer.commit(merge=False)
    store.switch_to(directory, ix, DEFAULT_STEMMER)
    with ix.searcher() as searcher:
        assert len(searcher.leaf_searchers()) == batches
    return directory


@pytest.fixture(scope="module")
def indexes(documents, tmp_path_factory):
    """The same documents in one segment, and in four segments written in reverse order
    (so every document has another number)."""
    root, found = documents
    one = _build(tmp_path_factory.mktemp("satu"), root, found, 1)
    four = _build(tmp_path_factory.mktemp("empat"), root, found[::-1], 4)
    return one, four


def _ranking(directory, query, **options):
    return [(hit.id, hit.score) for hit in search(directory, SearchRequest(query, limit=20, **options)).hits]


@pytest.mark.parametrize("query", ["laporan keuangan", "listrik", "keuangan pelatihan", "pembayaran transfer wamena"])
@pytest.mark.parametrize("depth", [3, 300])
def test_plain_words_rank_and_score_alike_in_one_segment_and_in_several(indexes, query, depth, monkeypatch):
    monkeypatch.setattr(search_module, "RANKED_DEPTH", depth)  # blocks that cut through documents of equal coverage
    one, four = indexes
    ranking = _ranking(one, query)
    assert len(ranking) >= 8
    assert ranking == _ranking(four, query)
    assert _ranking(one, query, expand=False) == _ranking(four, query, expand=False)


def test_equal_scores_are_ordered_by_document_not_by_place_in_the_index(indexes):
    one, four = indexes
    ranking = _ranking(one, "listrik")
    tied = [hit_id for hit_id, score in ranking if score == ranking[0][1]]
    assert len(tied) >= 2  # the template's reports score alike
    assert tied == sorted(tied)
    assert ranking == _ranking(four, "listrik")


def test_pages_of_a_ranking_cut_through_equal_scores_alike(indexes, monkeypatch):
    monkeypatch.setattr(search_module, "RANKED_DEPTH", 2)
    one, four = indexes
    for directory in indexes:
        pages = [(hit.id, hit.score) for page in (1, 2, 3, 4, 5) for hit in search(directory, SearchRequest("listrik", limit=3, page=page)).hits]
        assert pages == _ranking(one, "listrik")  # pages join into the whole ranking
    assert _ranking(one, "listrik") == _ranking(four, "listrik")


@pytest.mark.parametrize("sort", ["date", "-date"])
def test_documents_of_one_date_keep_their_order_in_any_segments(indexes, sort):
    one, four = indexes
    for limit in (2, 5, 20):
        listed = [hit.id for hit in search(one, SearchRequest("keuangan", sort=sort, limit=limit)).hits]
        assert listed == [hit.id for hit in search(four, SearchRequest("keuangan", sort=sort, limit=limit)).hits]
    assert len(listed) == 14


def test_queries_with_operators_rank_alike_in_any_segments(indexes):
    one, four = indexes
    for query in ['"laporan keuangan"', "listrik OR transfer", "title:pembayaran"]:
        for limit in (1, 3, 20):
            assert _ranking(one, query)[:limit] == [(hit.id, hit.score) for hit in search(four, SearchRequest(query, limit=limit)).hits]
