"""Snippets: passages around the matched words, marked, from a bounded window."""

from arsip.index.analysis import indonesian_analyzer
from arsip.index.snippets import BETWEEN, PASSAGE_CHARS, SOURCE_CHARS, make_snippet

ANALYZER = indonesian_analyzer()
MARKS = ("[", "]")


def _terms(*words):
    return {token.text for word in words for token in ANALYZER(word)}


def test_matched_words_are_marked_in_their_written_form():
    text = "Para buruh mengikuti pelatihan jurnalistik di Tangerang."
    snippet = make_snippet(text, _terms("latih", "buruh"), ANALYZER, MARKS)
    assert snippet == "Para [buruh] mengikuti [pelatihan] jurnalistik di Tangerang."


def test_two_distant_passages_are_joined_and_each_is_short():
    filler = "kata " * 100
    text = f"Awal {filler} nelayan membaca cuaca {filler} cuaca buruk bagi nelayan {filler} akhir"
    snippet = make_snippet(text, _terms("nelayan", "cuaca"), ANALYZER, MARKS)
    passages = snippet.split(BETWEEN)
    assert len(passages) == 2
    assert all("[nelayan]" in passage and "[cuaca]" in passage for passage in passages)
    assert all(len(passage) <= PASSAGE_CHARS + 60 for passage in passages)
    assert "Awal" not in snippet and "akhir" not in snippet


def test_close_passages_merge_instead_of_repeating_text():
    text = "buruh " + "x " * 30 + "buruh " + "y " * 30 + "buruh"
    snippet = make_snippet(text, _terms("buruh"), ANALYZER, MARKS)
    assert BETWEEN not in snippet
    assert snippet.count("[buruh]") == 3


def test_a_match_deep_in_a_long_text_is_found():
    text = "awal " * (SOURCE_CHARS * 3) + "laporan keuangan Lapindo " + "akhir " * 100
    snippet = make_snippet(text, _terms("lapindo"), ANALYZER, MARKS)
    assert "[Lapindo]" in snippet
    assert len(snippet) < 2 * PASSAGE_CHARS


def test_without_a_match_the_opening_is_shown_cut_at_a_word():
    text = "Pembukaan dokumen " + "panjang " * 100
    snippet = make_snippet(text, _terms("nelayan"), ANALYZER, MARKS)
    assert snippet.startswith("Pembukaan dokumen")
    assert snippet.endswith(" …") and "[" not in snippet
    assert len(snippet) <= 2 * PASSAGE_CHARS + 2


def test_a_term_inside_another_word_does_not_hide_the_real_match():
    text = "para pihak " + "isi " * SOURCE_CHARS + "tentang hak asasi manusia " + "akhir " * 100
    snippet = make_snippet(text, _terms("hak", "asasi"), ANALYZER, MARKS)
    assert "[hak] [asasi]" in snippet
    assert "[pihak]" not in snippet and "pihak" not in snippet


def test_paragraphs_made_only_of_metadata_values_are_left_out():
    text = "424\n\n424 - Media Sosial untuk Buruh\n\nMedia Sosial untuk Buruh adalah proyek pelatihan buruh pabrik."
    echoed = ["Media Sosial untuk Buruh", "424", "2011-09-16"]
    snippet = make_snippet(text, _terms("buruh"), ANALYZER, MARKS, echoed=echoed)
    assert snippet == "Media Sosial untuk [Buruh] adalah proyek pelatihan [buruh] pabrik."  # a paragraph with more words stays
    assert make_snippet("424\n\n424 - Media Sosial untuk Buruh", _terms("nelayan"), ANALYZER, MARKS, ["Isi deskripsi"], echoed) == "Isi deskripsi"
    assert make_snippet("Buruh 4245", _terms("buruh"), ANALYZER, MARKS, echoed=["424"]) == "[Buruh] 4245"  # whole values only


def test_the_metadata_values_are_matched_only_against_paragraphs_made_of_their_words(monkeypatch):
    import re

    from arsip.index import snippets

    built = []
    monkeypatch.setattr(snippets, "re", type("Counting", (), {"escape": staticmethod(re.escape), "compile": staticmethod(lambda pattern: built.append(pattern) or re.compile(pattern))}))
    echoed = ["Media Sosial untuk Buruh", "424", "(AJI) Aliansi Jurnalis"]
    text = "Judul lain\n\nMedia Sosial untuk buruh pabrik di Tangerang.\n\n" + "kata " * 80
    assert snippets.without_echoes(text, echoed) == text and not built  # every short paragraph has a word of its own
    text = "424 — (AJI) Aliansi Jurnalis\n\nMedia Sosial dan buruh"
    assert snippets.without_echoes(text, echoed) == "Media Sosial dan buruh" and len(built) == 1


def test_without_a_body_match_the_metadata_with_the_most_matched_words_is_the_snippet():
    metadata = ["Pelatihan untuk nelayan", "Nelayan membaca ramalan cuaca", "Cuaca"]
    snippet = make_snippet("Isi tanpa kata itu.", _terms("nelayan", "cuaca"), ANALYZER, MARKS, metadata)
    assert snippet == "[Nelayan] membaca ramalan [cuaca]"


def test_a_metadata_match_whose_prefix_changed_the_stems_first_letter_is_found():
    metadata = ["Tanpa kata itu", "Radio memukul kentongan"]  # pukul → memukul
    assert make_snippet("Isi lain.", _terms("pukul"), ANALYZER, MARKS, metadata) == "Radio [memukul] kentongan"
