"""Pseudo-relevance feedback: words shared by the best hits find documents that say the
same thing in other words; they are marked, and totals count the user's own matches."""

import pytest

from arsip.index.build import index_paths
from arsip.index.feedback import feedback_documents
from arsip.index.search import SearchRequest, search


@pytest.fixture
def directory(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    about = "Nelayan menerima informasi cuaca: ramalan gelombang tinggi dan angin kencang sebelum melaut dengan perahu."
    for number in range(4):
        (corpus / f"cuaca-{number}.md").write_text(f"---\ntitle: Layanan {number}\n---\n{about}\n", encoding="utf-8")
    (corpus / "gelombang.md").write_text("---\ntitle: Peringatan dini\n---\nRamalan gelombang tinggi, angin kencang: jangan melaut dengan perahu kecil.\n", encoding="utf-8")
    for number in range(60):
        boat = " Naik perahu ke sekolah." if number < 4 else ""
        (corpus / f"lain-{number}.md").write_text(f"---\ntitle: Kegiatan {number}\n---\nPelatihan menulis dan membaca di sekolah desa nomor {number}.{boat}\n", encoding="utf-8")
    directory = tmp_path / "index"
    index_paths(directory, [str(corpus)])
    return directory


def test_feedback_finds_documents_without_the_query_words_and_marks_them(directory):
    result = search(directory, SearchRequest("nelayan cuaca", limit=10))
    ids = [hit.id for hit in result.hits]
    assert set(ids[:4]) == {f"cuaca-{n}.md" for n in range(4)}  # the user's words rank first
    assert "gelombang.md" in ids
    found = next(hit for hit in result.hits if hit.id == "gelombang.md")
    assert found.via == "expansion"
    assert all(hit.via is None for hit in result.hits if hit.id != "gelombang.md")
    assert result.total == 4  # the user's own query's matches
    stems = [stem for stem, _ in result.expansion]
    assert "gelombang" in stems and "nelayan" not in stems  # the query's own stems are not added
    assert "gelombang" in found.snippet.lower()


def test_no_expand_finds_only_the_query_words(directory):
    result = search(directory, SearchRequest("nelayan cuaca", limit=10, expand=False))
    assert [hit.id for hit in result.hits if hit.id == "gelombang.md"] == []
    assert result.expansion == [] and result.total == 4


def test_expansion_leaves_out_words_common_to_much_of_the_archive(directory):
    result = search(directory, SearchRequest("nelayan cuaca", limit=10))
    stems = [stem for stem, _ in result.expansion]
    assert "desa" not in stems  # in 60 of 65 documents
    assert "perahu" not in stems and "gelombang" in stems  # in 9 of 65 (more than a tenth), in 5 of 65


def test_feedback_comes_only_from_hits_with_most_of_the_query_words():
    ranked = [(1, 9.0), (2, 8.0), (3, 7.0), (4, 6.0)]
    counts = {1: 1, 2: 3, 3: 2, 4: 1}
    assert feedback_documents(ranked, counts, 3, str) == [(2, 8.0), (3, 7.0)]  # 2 of 3 words at least
    assert feedback_documents(ranked, counts, 2, str) == [(2, 8.0), (3, 7.0)]  # both of two words
    assert feedback_documents(ranked, counts, 1, str) == ranked


def test_explain_gives_score_parts_that_make_the_score_and_the_matched_terms(directory):
    result = search(directory, SearchRequest("nelayan cuaca", limit=10, explain=True))
    for hit in result.hits:
        parts = hit.explanation
        total = (sum(parts["bm25f"].values()) + parts["expansion"]) * parts["coverage_bonus"]
        assert total == pytest.approx(hit.score, rel=1e-3)
    first = result.hits[0].explanation
    assert first["coverage"] == 1.0 and {"text:cuaca", "text:nelay", "text_exact:nelayan"} <= set(first["matched"]) and "text" in first["bm25f"]
    found = next(hit for hit in result.hits if hit.via == "expansion").explanation
    assert found["bm25f"] == {} and found["matched"] == [] and found["expansion"] > 0 and "gelombang" in found["expansion_matched"]
    assert search(directory, SearchRequest("nelayan cuaca")).hits[0].explanation is None  # only when asked


def test_explain_on_the_command_line(directory):
    from click.testing import CliRunner

    from arsip.cli.main import arsip

    result = CliRunner().invoke(arsip, ["search", "nelayan cuaca", "--index", str(directory), "--explain"])
    assert result.exit_code == 0
    assert "× coverage bonus 4 (share 1); matched: " in result.stdout
    assert "expansion: " in result.stderr and "gelombang" in result.stderr
    plain = CliRunner().invoke(arsip, ["search", "nelayan cuaca", "--index", str(directory)])
    assert plain.exit_code == 0 and "[found through expansion]" in plain.stdout
    assert "expansion: " not in plain.stderr and "gelombang" not in plain.stderr  # the added words only with --explain


def test_the_count_line_says_how_many_shown_hits_came_through_expansion(directory):
    from click.testing import CliRunner

    from arsip.cli.main import arsip

    result = CliRunner().invoke(arsip, ["search", "nelayan cuaca", "--index", str(directory)])
    assert "of 4 documents with the query's words; 1 shown found through expansion" in result.stderr
