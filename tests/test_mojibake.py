"""Encoding repair: damage the way real pipelines do, and get the original back exactly."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from arsip.ingest import mojibake
from arsip.ingest.mojibake import may_be_damaged, repair_text
from arsip.ingest.pipeline import ingest_bytes

from .conftest import DATA

CLEAN_LINES = (DATA / "clean_indonesian.txt").read_text(encoding="utf-8").splitlines()


def as_cp1252(text: str) -> str:
    """UTF-8 bytes read as Windows-1252 (bytes it leaves undefined pass through as Latin-1)."""
    return "".join(
        bytes([byte]).decode("cp1252", errors="ignore") or chr(byte) for byte in text.encode("utf-8")
    )


def as_latin1(text: str) -> str:
    return text.encode("utf-8").decode("latin-1")


DAMAGE = {
    "cp1252": as_cp1252,
    "latin-1": as_latin1,
    "cp1252 twice": lambda text: as_cp1252(as_cp1252(text)),
    "latin-1 twice": lambda text: as_latin1(as_latin1(text)),
}


@pytest.mark.parametrize("damage", DAMAGE)
@pytest.mark.parametrize("line", CLEAN_LINES)
def test_damaged_text_is_restored_exactly(damage, line):
    damaged = DAMAGE[damage](line)
    assert damaged != line
    result = repair_text(damaged)
    assert result.text == line
    assert result.repairs and all(repair.steps for repair in result.repairs)


@pytest.mark.parametrize("line", CLEAN_LINES)
def test_clean_text_is_never_changed(line):
    result = repair_text(line)
    assert (result.text, result.repairs, result.unrepairable) == (line, [], [])


def test_whole_damaged_document_round_trips_through_ingest():
    original = "---\ntitle: Laporan “akhir” – 2015\n---\n\n" + "\n\n".join(CLEAN_LINES) + "\n"
    for damage in DAMAGE.values():
        result = ingest_bytes(damage(original).encode("utf-8"), "doc.md", "doc.md")
        document = result.documents[0]
        assert document.title == "Laporan “akhir” – 2015"
        assert document.text == "\n\n".join(CLEAN_LINES)
        assert document.repairs


def test_repairs_say_where_and_what():
    result = repair_text("baris satu\nPertanyaanâ€“pertanyaan dan cafÃ©", field="text")
    assert result.text == "baris satu\nPertanyaan–pertanyaan dan café"
    assert [(r.line, r.column, r.before, r.after) for r in result.repairs] == [(2, 11, "â€“", "–"), (2, 32, "Ã©", "é")]
    assert result.repairs[0].steps == [["encode", "sloppy-windows-1252"], ["decode", "utf-8"]]
    assert result.repairs[0].explanation == "encode sloppy-windows-1252, decode utf-8"


def test_non_breaking_space_damage_is_restored_after_indentation():
    result = repair_text("  Â Melakukan pengelolaan media")
    assert result.text == "  \u00a0Melakukan pengelolaan media"
    assert result.repairs[0].column == 3


def test_html_entities_only_when_asked():
    assert repair_text("A &amp; B &#8211; C").text == "A &amp; B &#8211; C"
    assert repair_text("A &amp; B &#8211; C", entities=True).text == "A & B – C"


def test_entities_in_a_plain_text_file_are_repairs():
    result = ingest_bytes("Judul\n\nHak &amp; kewajiban buruh &#8211; 2015\n".encode(), "a.txt", "a.txt")
    document = result.documents[0]
    assert "Hak & kewajiban buruh – 2015" in document.text
    assert {repair.before for repair in document.repairs} == {"&amp;", "&#8211;"}


def test_quotes_line_breaks_and_width_are_left_alone():
    text = "“kutip” ‘tunggal’ ﬁ ＡＢＣ e\u0301"
    assert (repair_text(text).text, repair_text(text).repairs) == (text, [])


def test_cheap_precheck_skips_plain_ascii():
    assert not may_be_damaged("teks biasa tanpa kerusakan")
    assert may_be_damaged("rusak â€“ di sini")


def damage_signs_in_full(text: str, entities: bool) -> bool:
    """The pre-check's patterns searched for in the whole text, nothing cut."""
    return bool(mojibake._SUSPECT.search(text) or mojibake._OTHER_MIXUPS.search(text) or (entities and mojibake._ENTITY.search(text)))


@pytest.mark.parametrize(
    "text",
    [
        "g√¢teaux di Paris",  # MacRoman mix-up: both images side by side
        "akar √ ¢ sen",  # the same two characters with a space between: no mix-up
        "akar √x¢ sen",  # ... with a letter between
        "akar √\n¢ sen",
        "“kutip” — 2015 … ‘lagi’",
        "rusak â€“ di sini",
        "C1 \x85 kontrol",
        "pisah \ud83d sendiri",
        "Âge &amp; CHÂTEAU",
        "tanpa tanda é ñ ü",
    ],
)
@pytest.mark.parametrize("entities", [False, True])
def test_precheck_finds_what_a_search_of_the_whole_text_finds(text, entities):
    assert may_be_damaged(text, entities=entities) == damage_signs_in_full(text, entities)


@given(st.text(alphabet=st.sampled_from("ab \n&#;\u00e2\u20ac\u201c\u221a\u00a2\u00c3\u00a9\u2014\u0085\u00f5"), max_size=40), st.booleans())
def test_precheck_agrees_with_the_whole_text_search_on_any_mix(text, entities):
    assert may_be_damaged(text, entities=entities) == damage_signs_in_full(text, entities)


def test_repeated_damage_is_explained_once_per_distinct_word(monkeypatch):
    """An export repeats its damage ("Ã©" thousands of times): each damaged piece of a line
    is repaired by ftfy, but each distinct damaged word is explained once, not once per
    occurrence, and every occurrence still gets its own repair at its own place."""
    calls = []
    explain = mojibake.ftfy.fix_and_explain
    monkeypatch.setattr(mojibake.ftfy, "fix_and_explain", lambda text, config: calls.append(text) or explain(text, config))
    mojibake._fixed_chunk.cache_clear()
    line = "kafÃ© dan resumÃ© lagi " * 2_000
    result = repair_text(line)
    assert result.text == "kafé dan resumé lagi " * 2_000
    assert len(result.repairs) == 4_000
    assert [(repair.before, repair.after, repair.column) for repair in result.repairs[:3]] == [("Ã©", "é", 4), ("Ã©", "é", 16), ("Ã©", "é", 27)]
    pieces = len(list(mojibake._segments(line)))
    assert len(calls) == pieces + 2  # each piece of the line, then "kafÃ©" and "resumÃ©" once
