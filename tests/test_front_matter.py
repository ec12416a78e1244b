"""Front matter: YAML, TOML and JSON; safe loading; recovery from broken YAML."""

from arsip.ingest import front_matter
from arsip.ingest.pipeline import ingest_bytes


def test_yaml_toml_and_json_front_matter():
    yaml_doc = front_matter.split("---\ntitle: A\ntags: [x, y]\n---\nbody\n")
    toml_doc = front_matter.split('+++\ntitle = "A"\ntags = ["x", "y"]\n+++\nbody\n')
    json_doc = front_matter.split('{\n"title": "A", "tags": ["x", "y"]\n}\nbody\n')
    for parsed in (yaml_doc, toml_doc, json_doc):
        assert parsed.data == {"title": "A", "tags": ["x", "y"]}
        assert parsed.body.strip() == "body"
        assert parsed.problems == []
    assert yaml_doc.body_line == 4


def test_broken_yaml_is_recovered_line_by_line_and_the_body_kept():
    text = "---\ntitle: Rapat: hasil akhir\n\tlokasi: Jakarta\nkategori: laporan\n---\nIsi dokumen.\n"
    parsed = front_matter.split(text)
    assert parsed.data["title"] == "Rapat: hasil akhir"
    assert parsed.data["kategori"] == "laporan"
    assert parsed.body.strip() == "Isi dokumen."
    assert "invalid YAML" in parsed.problems[0].reason


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


def test_front_matter_that_is_not_a_mapping_is_reported():
    parsed = front_matter.split("---\n- satu\n- dua\n---\nbody\n")
    assert parsed.data == {}
    assert "not a mapping" in parsed.problems[0].reason


def test_document_problems_name_the_field():
    result = ingest_bytes(b"---\ntitle: a: b\n---\nIsi.\n", "x.md", "x.md")
    assert result.documents[0].problems[0].field == "front_matter"
    assert result.documents[0].text == "Isi."
