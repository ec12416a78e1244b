"""Abbreviations mined from the archive: which pairs count, how they are stored and
listed, and how they expand a query in either direction; the ``[synonyms]`` table."""

from pathlib import Path

import pytest
from click.testing import CliRunner

from arsip.cli.main import arsip
from arsip.index.abbreviations import mine, query_expansions, spells
from arsip.index.build import index_paths
from arsip.index.search import SearchRequest, search
from arsip.ingest.results import IngestOptions
from arsip.ingest.terms import load_aliases, load_synonyms

CASES = Path(__file__).parent / "data" / "abbreviations.tsv"


def _cases():
    for line in CASES.read_text(encoding="utf-8").splitlines():
        if line and not line.startswith("#"):
            text, _, expected = line.partition("\t")
            yield text, {tuple(pair.split("=", 1)) for pair in expected.split(" | ") if pair}


@pytest.mark.parametrize("text, expected", list(_cases()))
def test_mining_cases(text, expected):
    assert mine(text) == expected


def test_spelling_skips_function_words_and_takes_word_starts():
    assert spells("YLBHI", "Yayasan Lembaga Bantuan Hukum Indonesia".split())
    assert spells("KKI", "Kementerian Komunikasi dan Informatika".split())
    assert spells("PUSHAM", "Pusat Studi Hak Asasi Manusia".split())
    assert not spells("AJI", "Aliansi Jurnalis".split())  # a letter left over
    assert not spells("AJ", "Aliansi Jurnalis Independen".split())  # a word left over


def test_query_expansions_go_both_ways():
    pairs = [("AJI", "aliansi jurnalis independen")]
    assert query_expansions("sikap AJI", pairs) == [("AJI", "aliansi jurnalis independen")]
    assert query_expansions("Aliansi Jurnalis Independen Jakarta", pairs) == [("aliansi jurnalis independen", "AJI")]
    assert query_expansions("aliansi independen jurnalis", pairs) == []  # not consecutive


@pytest.fixture
def directory(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    pages = {
        "definisi.md": "Pernyataan Aliansi Jurnalis Independen (AJI) tentang kebebasan pers.",
        "definisi-2.md": "Anggota Aliansi Jurnalis Independen (AJI) meliput pemilu.",
        "nama.md": "Aliansi Jurnalis Independen menggelar pelatihan liputan banjir.",
        "singkatan.md": "AJI mengecam kekerasan terhadap wartawan di Surabaya.",
        "radio.md": "JRKI (Jaringan Radio Komunitas Indonesia) menggelar kongres di Yogyakarta.",
        "burung.md": "Pengamatan burung di hutan kota bersama warga.",
    }
    for name, text in pages.items():
        (corpus / name).write_text(f"---\ntitle: {name[:-3]}\n---\n{text}\n", encoding="utf-8")
    for number in range(10):
        (corpus / f"lain-{number}.md").write_text(f"---\ntitle: Kegiatan {number}\n---\nPelatihan menulis di sekolah desa nomor {number}.\n", encoding="utf-8")
    directory = tmp_path / "index"
    index_paths(directory, [str(corpus)], options=IngestOptions(synonyms=[("burung", "unggas liar")]))
    return directory


def test_acronym_finds_the_full_name_and_marks_it(directory):
    result = search(directory, SearchRequest("AJI", limit=20))
    ids = [hit.id for hit in result.hits]
    assert "nama.md" in ids and "radio.md" not in ids
    assert set(ids[:3]) == {"definisi.md", "definisi-2.md", "singkatan.md"}  # the user's own word ranks first
    assert next(hit for hit in result.hits if hit.id == "nama.md").via == "expansion"
    assert result.total == 3  # the user's own query's matches
    assert result.abbreviations == [("AJI", "aliansi jurnalis independen")]


def test_full_name_finds_the_acronym(directory):
    result = search(directory, SearchRequest("aliansi jurnalis independen", limit=20))
    assert "singkatan.md" in [hit.id for hit in result.hits]
    assert next(hit for hit in result.hits if hit.id == "singkatan.md").via == "expansion"


def test_no_expand_turns_abbreviations_off(directory):
    result = search(directory, SearchRequest("AJI", limit=20, expand=False))
    assert "nama.md" not in [hit.id for hit in result.hits] and result.abbreviations == []


def test_synonyms_table_expands_queries(directory):
    assert "burung.md" in [hit.id for hit in search(directory, SearchRequest("unggas liar", limit=20)).hits]


def test_stats_lists_the_pairs(directory):
    result = CliRunner().invoke(arsip, ["stats", "--index", str(directory)])
    assert result.exit_code == 0
    assert "2  AJI = aliansi jurnalis independen" in result.stdout
    assert "1  JRKI = jaringan radio komunitas indonesia" in result.stdout
    import json

    figures = json.loads(CliRunner().invoke(arsip, ["stats", "--index", str(directory), "--json"]).stdout)
    assert figures["abbreviations"][0] == ["AJI", "aliansi jurnalis independen", 2]
    assert all(count for _, _, count in figures["abbreviations"])  # synonyms are not listed as stated


def test_search_explain_lists_the_abbreviations(directory):
    result = CliRunner().invoke(arsip, ["search", "AJI", "--index", str(directory), "--explain"])
    assert result.exit_code == 0
    assert "abbreviations: AJI → aliansi jurnalis independen" in result.stderr


def test_synonyms_table_is_read_and_kept_out_of_the_aliases(tmp_path):
    path = tmp_path / "aliases.toml"
    path.write_text('[categories]\nberita = ["news"]\n\n[synonyms]\naji = ["aliansi jurnalis independen", "AJI Indonesia"]\n', encoding="utf-8")
    assert load_synonyms(path) == [("aji", "aliansi jurnalis independen"), ("aji", "AJI Indonesia")]
    assert load_aliases(path) == {"news": "berita"}
    only = tmp_path / "only.toml"
    only.write_text('[synonyms]\nlsm = "lembaga swadaya masyarakat"\n', encoding="utf-8")
    assert load_aliases(only) == {} and load_synonyms(only) == [("lsm", "lembaga swadaya masyarakat")]


def test_synonyms_from_the_aliases_option_reach_the_index(tmp_path, directory):
    corpus = tmp_path / "corpus"
    aliases = tmp_path / "aliases.toml"
    aliases.write_text('[synonyms]\npers = ["media massa"]\n', encoding="utf-8")
    (corpus / "media.md").write_text("---\ntitle: media\n---\nPeran media massa dalam pemilu.\n", encoding="utf-8")
    result = CliRunner().invoke(arsip, ["index", str(corpus), "--index", str(directory), "--aliases", str(aliases)])
    assert result.exit_code == 0, result.output
    assert "media.md" in [hit.id for hit in search(directory, SearchRequest("pers", limit=20)).hits]


def test_searching_several_indexes_keeps_the_abbreviations(directory):
    from arsip.index.federation import search_many

    result = search_many([directory, directory], SearchRequest("AJI", limit=20))
    assert result.abbreviations == [("AJI", "aliansi jurnalis independen")]


def _recorded(directory):
    from arsip.index import store

    return store.read_abbreviations(directory)


def test_updates_keep_the_pairs_of_a_fresh_build(tmp_path, directory):
    """Pairs are counted per document as it is written: after changes and removals the
    recorded pairs are those a fresh build of the same files records."""
    corpus = tmp_path / "corpus"
    (corpus / "definisi-2.md").write_text("---\ntitle: definisi-2\n---\nAnggota AJI meliput pemilu.\n", encoding="utf-8")
    (corpus / "radio.md").unlink()
    (corpus / "lsm.md").write_text(
        "---\ntitle: lsm\n---\nYayasan Lembaga Bantuan Hukum Indonesia atau disingkat YLBHI membuka posko.\n", encoding="utf-8"
    )
    options = IngestOptions(synonyms=[("burung", "unggas liar")])
    report = index_paths(directory, [str(corpus)], options=options)
    assert (report.added, report.updated, report.removed) == (1, 1, 1)
    fresh = tmp_path / "fresh"
    index_paths(fresh, [str(corpus)], options=options)
    assert _recorded(directory) == _recorded(fresh)
    assert [(pair["short"], pair["documents"]) for pair in _recorded(directory)] == [("AJI", 1), ("YLBHI", 1), ("burung", 0)]


def test_a_run_without_changes_leaves_the_pairs_alone(tmp_path, directory):
    from arsip.index import store

    path = directory / store.abbreviations_file(store.IndexMeta.read(directory).name)
    before = path.stat()
    index_paths(directory, [str(tmp_path / "corpus")], options=IngestOptions(synonyms=[("burung", "unggas liar")]))
    after = path.stat()
    assert (after.st_ino, after.st_mtime_ns) == (before.st_ino, before.st_mtime_ns)
    index_paths(directory, [str(tmp_path / "corpus")], options=IngestOptions())  # the alias file's synonyms changed
    assert [pair["short"] for pair in _recorded(directory)] == ["AJI", "JRKI"]
