"""Categories and tags: shapes accepted, keys, and synonyms merged from an alias file."""

from arsip.ingest.pipeline import ingest_bytes
from arsip.ingest.terms import display_labels, load_aliases, normalize_terms, term_key


def test_list_string_and_separated_string():
    assert [t.key for t in normalize_terms(["Berita", " CMS "])] == ["berita", "cms"]
    assert [t.key for t in normalize_terms("berita")] == ["berita"]
    assert [t.label for t in normalize_terms("Media  Alternatif; buruh,  CMS")] == ["Media Alternatif", "buruh", "CMS"]


def test_keys_unify_case_space_dash_and_underscore():
    assert term_key("Media  Alternatif") == term_key("media-alternatif") == term_key("MEDIA_ALTERNATIF") == "media-alternatif"
    assert [t.label for t in normalize_terms(["Berita", "berita", "BERITA"])] == ["Berita"]


def test_labels_are_nfc():
    assert normalize_terms("Cafe\u0301")[0].label == "Café"


def test_alias_file_merges_synonyms(tmp_path):
    path = tmp_path / "aliases.toml"
    path.write_text('[categories]\nlaporan = ["report", "laporan-kegiatan"]\n', encoding="utf-8")
    aliases = load_aliases(path)
    assert [t.key for t in normalize_terms(["Report", "Laporan Kegiatan", "laporan"], aliases)] == ["laporan"]
    result = ingest_bytes(b"---\ncategories: [Report]\n---\nx\n", "a.md", "a.md")
    assert result.documents[0].categories[0].key == "report"


def test_display_label_is_the_most_frequent_spelling():
    pairs = [("cms", "CMS"), ("cms", "cms"), ("cms", "CMS")]
    assert display_labels(pairs) == {"cms": "CMS"}
