"""Ranking of plain words: coverage bonus, scored window, totals, pages, facets, refresh."""

import pytest

from arsip.index import search as search_module
from arsip.index.build import index_paths
from arsip.index.search import Archive, SearchRequest, search


def _write(corpus, name, title, body, category="umum"):
    (corpus / name).write_text(f"---\ntitle: {title}\ncategories: [{category}]\n---\n{body}\n", encoding="utf-8")


@pytest.fixture
def corpus_index(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    _write(corpus, "semua.md", "Catatan", "lain " * 200 + "nelayan cuaca desa")
    _write(corpus, "dua.md", "Kabar nelayan", "nelayan " * 30 + "cuaca", category="laporan")
    for number in range(5):
        _write(corpus, f"satu-{number}.md", f"Desa {number}", "desa " * (number + 1), category="laporan" if number % 2 else "umum")
    directory = tmp_path / "index"
    index_paths(directory, [str(corpus)])
    return corpus, directory


def _ids(directory, query, **options):
    return [hit.id for hit in search(directory, SearchRequest(query, **options)).hits]


def test_documents_with_all_words_outrank_higher_scoring_partial_matches(corpus_index):
    _, directory = corpus_index
    hits = search(directory, SearchRequest("nelayan cuaca desa", limit=20)).hits
    assert [hit.id for hit in hits][:2] == ["semua.md", "dua.md"]  # two rare words beat one common one
    assert len(hits) == 7
    scores = [hit.score for hit in hits]
    assert scores == sorted(scores, reverse=True)  # the reported score is the ranking score


def test_all_words_rank_first_but_partial_matches_still_appear(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "satu-kata.md").write_text("---\ntitle: Nelayan nelayan nelayan\n---\n" + "nelayan " * 40, encoding="utf-8")
    (corpus / "dua-kata.md").write_text("---\ntitle: Catatan panjang\n---\n" + "lain " * 200 + "nelayan cuaca", encoding="utf-8")
    (corpus / "tidak.md").write_text("---\ntitle: Tidak relevan\n---\nsawah\n", encoding="utf-8")
    directory = tmp_path / "index"
    index_paths(directory, [str(corpus)])
    assert _ids(directory, "cuaca nelayan") == ["dua-kata.md", "satu-kata.md"]
    assert _ids(directory, "nelayan xyzzyqq") == ["satu-kata.md", "dua-kata.md"]  # one unknown word empties nothing


def test_only_the_best_covered_documents_are_scored_but_all_are_counted_and_paged(corpus_index, monkeypatch):
    _, directory = corpus_index
    monkeypatch.setattr(search_module, "RANKED_DEPTH", 2)
    result = search(directory, SearchRequest("nelayan cuaca desa", limit=2))
    assert result.total == 7
    assert [hit.id for hit in result.hits] == ["semua.md", "dua.md"]
    pages = [hit.id for page in (1, 2, 3, 4) for hit in search(directory, SearchRequest("nelayan cuaca desa", limit=2, page=page)).hits]
    assert len(pages) == 7 and len(set(pages)) == 7
    assert [hit.rank for hit in search(directory, SearchRequest("nelayan cuaca desa", limit=2, page=2)).hits] == [3, 4]


def test_totals_and_facets_respect_filters_and_count_every_match(corpus_index, monkeypatch):
    _, directory = corpus_index
    monkeypatch.setattr(search_module, "RANKED_DEPTH", 1)
    result = search(directory, SearchRequest("desa nelayan", category="laporan", facets=True, limit=1))
    assert result.total == 3  # dua.md, satu-1.md, satu-3.md
    assert dict(result.facets["category"]) == {"laporan": 3}
    unfiltered = search(directory, SearchRequest("desa", facets=True, limit=1))
    assert unfiltered.total == 6
    assert sum(count for _, count in unfiltered.facets["category"]) == 6


def test_an_open_archive_sees_later_commits(corpus_index):
    corpus, directory = corpus_index
    with Archive(directory) as archive:
        assert archive.search(SearchRequest("perahu")).total == 0
        _write(corpus, "baru.md", "Perahu baru", "perahu nelayan")
        index_paths(directory, [str(corpus)])
        assert [hit.id for hit in archive.search(SearchRequest("perahu")).hits] == ["baru.md"]


def test_the_proximity_bonus_prefers_the_query_words_close_together_only_when_asked(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    filler = "sawah kebun ladang hutan sungai gunung"
    (corpus / "a-jauh.md").write_text(f"---\ntitle: Satu\n---\nnelayan {filler} cuaca\n", encoding="utf-8")
    (corpus / "b-dekat.md").write_text(f"---\ntitle: Dua\n---\ncuaca nelayan {filler}\n", encoding="utf-8")
    directory = tmp_path / "index"
    index_paths(directory, [str(corpus)])
    plain = search(directory, SearchRequest("cuaca nelayan", expand=False))
    assert plain.hits[0].score == plain.hits[1].score  # same words, same lengths: a tie
    near = search(directory, SearchRequest("cuaca nelayan", expand=False, proximity=True, explain=True))
    assert [hit.id for hit in near.hits] == ["b-dekat.md", "a-jauh.md"]
    assert near.hits[0].explanation["bm25f"]["proximity"] > 0 and "proximity" not in near.hits[1].explanation["bm25f"]
