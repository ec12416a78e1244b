"""The Indonesian analyzer: reduplication, compounds, e-mail and URLs, stopwords, stems."""

import pickle

from arsip.index.analysis import indonesian_analyzer, unstemmed_analyzer, word_forms


def _terms(text, analyzer=None):
    return [(token.text, token.pos) for token in (analyzer or indonesian_analyzer())(text, positions=True)]


def test_reduplication_indexes_the_base():
    assert [t for t, _ in _terms("buruh-buruh kupu-kupu Pertanyaan–pertanyaan berlari-lari")] == ["buruh", "kupu", "tanya", "lari"]


def test_compounds_give_parts_and_joined_form_with_phrase_positions():
    assert word_forms("anti-korupsi") == [("anti", 0), ("antikorupsi", 0), ("korupsi", 1)]
    assert _terms("pendidikan anti-korupsi desa") == [("didik", 0), ("anti", 1), ("antikorupsi", 1), ("korupsi", 2), ("desa", 3)]


def test_email_and_urls_do_not_explode():
    terms = [t for t, _ in _terms("tulis ke Idaman.Andarmosoko@gmail.com atau https://www.facebook.com/solidaritasnews?ref=1")]
    assert terms == ["tulis", "idaman.andarmosoko@gmail.com", "facebook.com"]


def test_stopwords_removed_with_gaps_and_accents_folded():
    assert _terms("hak yang dan kafé", unstemmed_analyzer()) == [("hak", 0), ("kafe", 3)]


def test_derived_forms_share_a_stem():
    stems = {t for t, _ in _terms("pelatihan dilatih melatih")}
    assert stems == {"latih"}


def test_analyzer_pickles_for_the_whoosh_schema():
    analyzer = pickle.loads(pickle.dumps(indonesian_analyzer()))
    assert [t.text for t in analyzer("memberdayakan")] == ["daya"]
