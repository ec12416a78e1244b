"""Front matter: YAML, TOML and JSON; safe loading; recovery from broken YAML."""

import json
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from arsip.ingest import front_matter
from arsip.ingest.limits import MAX_EXPANDED_CHARS, MAX_NODES
from arsip.ingest.normalize import json_safe
from arsip.ingest.pipeline import ingest_bytes

BROKEN = Path(__file__).parent / "data" / "broken_front_matter"
EXPECTED = json.loads((BROKEN / "expected.json").read_text(encoding="utf-8"))


def test_yaml_toml_and_json_front_matter():
    yaml_doc = front_matter.split("---\ntitle: A\ntags: [x, y]\n---\nbody\n")
    toml_doc = front_matter.split('+++\ntitle = "A"\ntags = ["x", "y"]\n+++\nbody\n')
    json_doc = front_matter.split('{\n"title": "A", "tags": ["x", "y"]\n}\nbody\n')
    for parsed in (yaml_doc, toml_doc, json_doc):
        assert parsed.data == {"title": "A", "tags": ["x", "y"]}
        assert parsed.body.strip() == "body"
        assert parsed.problems == []
    assert yaml_doc.body_line == 4


def test_broken_yaml_is_recovered_and_the_body_kept():
    text = "---\ntitle: Rapat: hasil akhir\n\tlokasi: Jakarta\nkategori: laporan\n---\nIsi dokumen.\n"
    parsed = front_matter.split(text)
    assert parsed.data["title"] == "Rapat: hasil akhir"
    assert parsed.data["kategori"] == "laporan"
    assert parsed.body.strip() == "Isi dokumen."
    assert "invalid YAML" in parsed.problems[0].reason


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_broken_yaml_keeps_every_key_list_item_and_nested_value(name):
    """Realistic Jekyll front matter with a few broken lines (an unquoted ``: ``, tabs, an
    unclosed quote, ``@`` and ``[`` starting a value): every key and list item comes back
    with its structure, and the problem names the keys that needed repair."""
    parsed = front_matter.split((BROKEN / name).read_text(encoding="utf-8"))
    expected = EXPECTED[name]
    assert json_safe(parsed.data) == expected["data"]
    [problem] = parsed.problems
    assert problem.reason.startswith("invalid YAML")
    assert f"recovered {len(expected['data'])} key(s) block by block (repaired: {', '.join(expected['repaired'])})" in problem.reason
    assert "plain text" not in problem.reason
    assert parsed.body.strip()


@pytest.mark.parametrize("value", ["!!float abc", "!!bool mungkin", "!!timestamp bukan-tanggal"])
def test_a_value_its_tag_does_not_fit_is_invalid_yaml_recovered_as_text(value):
    parsed = front_matter.split(f"---\njudul: Halo\nnilai: {value}\n---\nIsi.\n")
    assert parsed.data == {"judul": "Halo", "nilai": value}
    assert parsed.body.strip() == "Isi."
    [problem] = parsed.problems
    assert problem.reason.startswith(f"invalid YAML ({value.split()[1]!r} is not a value of its tag")


def test_a_block_that_cannot_be_repaired_is_kept_as_text_and_named():
    text = "---\ntitle: Rapat warga\ndeskripsi: Kegiatan ini\n  melibatkan: warga\ntags:\n- rapat\n- warga\n---\nIsi.\n"
    parsed = front_matter.split(text)
    assert parsed.data == {"title": "Rapat warga", "deskripsi": "Kegiatan ini melibatkan: warga", "tags": ["rapat", "warga"]}
    assert "kept as plain text: deskripsi" in parsed.problems[0].reason


def test_recovered_blocks_share_the_size_limits():
    """Each block alone is within the limits (11,110 values); together they are far past
    200,000: the blocks after the budget ran out are kept as text, not expanded."""
    levels = ["&a [" + ",".join(["1"] * 10) + "]"]
    for name, previous in zip("bcd", "abc"):
        levels.append(f"&{name} [" + ",".join([f"*{previous}"] * 10) + "]")
    blocks = [f"k{number}: [{', '.join(levels)}]" for number in range(60)]
    parsed = front_matter.split("---\ntitle: Bom: kecil\n" + "\n".join(blocks) + "\n---\nIsi.\n")
    as_text = [key for key, value in parsed.data.items() if isinstance(value, str)]
    assert 0 < len(as_text) < 60
    assert len(blocks) - len(as_text) <= MAX_NODES // 11_110 + 1
    assert "kept as plain text: " in parsed.problems[0].reason


def test_duplicate_keys_are_reported():
    parsed = front_matter.split("---\ntitle: satu\ntitle: dua\n---\nbody\n")
    assert parsed.data["title"] == "dua"
    assert "duplicate key 'title'" in parsed.problems[0].reason


def test_unterminated_front_matter_keeps_everything_as_body():
    text = "---\ntitle: tanpa penutup\n\nIsi yang panjang.\n"
    parsed = front_matter.split(text)
    assert parsed.body == text
    assert "never closed" in parsed.problems[0].reason


def test_python_tags_are_never_executed(tmp_path):
    marker = tmp_path / "executed"
    text = f"---\ntitle: !!python/object/apply:os.system ['touch {marker}']\n---\nbody\n"
    parsed = front_matter.split(text)
    assert not marker.exists()
    assert parsed.problems and "invalid YAML" in parsed.problems[0].reason


def test_alias_bomb_is_refused_without_blowing_up():
    lines = ['a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]']
    for level, name in enumerate("bcdefghi"):
        previous = "abcdefghi"[level]
        lines.append(f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]")
    parsed = front_matter.split("---\n" + "\n".join(lines) + "\n---\nbody\n")
    assert "alias expansion" in parsed.problems[0].reason
    assert parsed.body.strip() == "body"


#: The densest YAML there is, without anchors: a value for (almost) every character.
DENSE_YAML = {
    "single pairs": "[" + ",".join(["?:"] * 1000) + "]",
    "block pairs": "- ?\n" * 1000,
    "flow mappings": "[" + ",".join(["{?}"] * 1000) + "]",
    "keys alone": "{" + ",".join(map(str, range(1000))) + "}",
    "empty items": "-\n" * 1000,
    "nested": "- - - a\n" * 1000,
}


@pytest.mark.parametrize("raw", DENSE_YAML.values(), ids=DENSE_YAML.keys())
def test_yaml_without_anchors_holds_at_most_a_value_per_character(raw):
    """What lets short YAML without anchors or aliases skip the count of its values."""
    data, _ = front_matter._load("yaml", raw)
    budget = front_matter._Budget()
    front_matter._check_size(data, budget)
    assert MAX_NODES - budget.nodes <= len(raw) + 1
    assert MAX_EXPANDED_CHARS - budget.chars <= len(raw)
    assert front_matter._within_limits_by_size(raw)


def test_long_yaml_without_anchors_is_still_counted():
    """Past the size where the text alone bounds them, values are counted even with
    nothing repeated: 200,001 one-letter items are refused."""
    raw = "[" + ",".join(["a"] * (MAX_NODES + 1)) + "]"
    with pytest.raises(front_matter._TooLarge, match=f"more than {MAX_NODES:,} values$"):  # no aliases to blame
        front_matter._load("yaml", raw)


@pytest.mark.parametrize("raw", ["a: [1, 2, 3]", "a: &x [1, 2]\nb: *x"])
def test_small_blocks_are_counted_against_a_shared_budget(raw):
    """Recovery shares one budget among many small blocks: each is counted, anchors or not."""
    with pytest.raises(front_matter._TooLarge, match="values"):
        front_matter._load("yaml", raw, front_matter._Budget(nodes=3))


@pytest.mark.parametrize("raw", ['a: "Q&A"\nb: "**tebal**"', "a: &x [1, 2]\nb: *x"])
def test_yaml_with_an_anchor_and_an_alias_is_counted(raw):
    assert not front_matter._within_limits_by_size(raw)


def test_front_matter_that_is_not_a_mapping_is_reported():
    parsed = front_matter.split("---\n- satu\n- dua\n---\nbody\n")
    assert parsed.data == {}
    assert "not a mapping" in parsed.problems[0].reason


def test_document_problems_name_the_field():
    result = ingest_bytes(b"---\ntitle: a: b\n---\nIsi.\n", "x.md", "x.md")
    assert result.documents[0].problems[0].field == "front_matter"
    assert result.documents[0].text == "Isi."


def test_front_matter_without_its_opening_line_is_read_with_a_problem():
    text = (
        "title: Marsinah FM - Mentoring 8 Mei 2015\ndate: 2015-05-08\ncategories:\n- laporan\n- mentoring\n---\n\n"
        "**Laporan Mentor tahap I**\n\nPertemuan dilakukan di sekretariat.\n"
    )
    parsed = front_matter.split(text)
    assert parsed.kind == "yaml"
    assert parsed.data["title"] == "Marsinah FM - Mentoring 8 Mei 2015"
    assert parsed.data["categories"] == ["laporan", "mentoring"]
    assert parsed.body.startswith("**Laporan Mentor tahap I**")
    assert parsed.body_line == 7
    assert "no opening '---'" in parsed.problems[0].reason and "line 6" in parsed.problems[0].reason


def test_front_matter_without_its_opening_line_after_blank_lines_is_read_with_a_problem():
    text = "\n\ntitle: Marsinah FM - Mentoring 5 Juli 2015\ndate: 2015-07-05\n---\n\nPertemuan dilakukan di sekretariat.\n"
    parsed = front_matter.split(text)
    assert (parsed.kind, parsed.data["title"], parsed.body) == ("yaml", "Marsinah FM - Mentoring 5 Juli 2015", "Pertemuan dilakukan di sekretariat.\n")
    assert parsed.body_line == 6
    assert "the 2 keys above the '---' on line 5" in parsed.problems[0].reason


@pytest.mark.parametrize(
    "text",
    [
        "Catatan: rapat ditunda\n---\n\nIsi.\n",  # a setext heading, one key
        "Catatan: rapat ditunda\nTempat: balai desa\n---\nIsi.\n",  # no title or date
        "title: Judul\n\ndate: 2015-05-08\n---\nIsi.\n",  # a blank line: paragraphs, then a rule
        "Rapat: pukul 10\n* title: x\n---\n",  # not a mapping
    ],
)
def test_text_that_only_looks_like_unopened_front_matter_stays_body(text):
    parsed = front_matter.split(text)
    assert (parsed.kind, parsed.data, parsed.body, parsed.problems) == (None, {}, text, [])


def test_key_lines_ended_by_a_blank_line_are_a_metadata_header_not_unopened_front_matter():
    parsed = front_matter.split("title: Judul\ndate: 2015-05-08\n\nIsi tanpa garis.\n")
    assert (parsed.kind, parsed.data, parsed.body, parsed.problems) == ("header", {"title": "Judul", "date": "2015-05-08"}, "Isi tanpa garis.\n", [])


def boundary_split(text: str, boundary) -> tuple[str, str] | str:
    """python-frontmatter's own split: the pattern tried at every character."""
    try:
        _, raw, body = boundary.split(text, 2)
    except ValueError:
        return "no two boundaries"
    return raw, body


def split_at(text: str, boundary, mark: str) -> tuple[str, str] | str:
    try:
        return front_matter.split_at_boundaries(text, boundary, mark)
    except ValueError:
        return "no two boundaries"


@pytest.mark.parametrize("kind", ["yaml", "toml"])
@pytest.mark.parametrize(
    "text",
    [
        "---\ntitle: A\n---\nIsi.\n",
        "--- \t\n\n\ntitle: A\n\n---\n\n\nIsi.\n---\nlagi\n",  # blank lines taken into the boundaries
        "---\n---\n",
        "---\n----x\n--- y\n -----\n-----\u2028\n\u0085---\nIsi",  # lines that only start like one
        "---\ntitle: A\r\n---\r\nIsi",
        "+++\ntitle = 'A'\n+++\n+++x\n",
        "---\ntidak ditutup\n",
        "judul\n---\ntitle: A\n---\nIsi",
    ],
)
def test_split_at_boundaries_is_python_frontmatters_split(kind, text):
    boundary, mark = front_matter._BOUNDARIES[kind]
    assert split_at(text, boundary, mark) == boundary_split(text, boundary)


@given(st.text(alphabet=st.sampled_from("-+\n \t\r\x85\u2028\x1ca:"), max_size=30), st.sampled_from(["yaml", "toml"]))
def test_split_at_boundaries_agrees_on_any_lines(text, kind):
    boundary, mark = front_matter._BOUNDARIES[kind]
    assert split_at(text, boundary, mark) == boundary_split(text, boundary)
