"""``arsip ingest``: JSON Lines out, failures on stderr, exit codes, inputs untouched."""

import json

from click.testing import CliRunner

from arsip.cli.main import arsip
from arsip.ingest.document import RECORD_VERSION

from .conftest import SAMPLES, snapshot

RECORD_KEYS = {
    "record_version", "id", "source", "format", "generator", "sha256", "title", "date", "date_end", "date_raw",
    "date_source", "categories", "tags", "author", "authors", "url", "draft", "fields", "text", "encoding", "repairs", "problems",
}


def test_ingest_samples_to_stdout():
    before = snapshot(SAMPLES)
    result = CliRunner().invoke(arsip, ["ingest", str(SAMPLES)])
    assert result.exit_code == 0, result.output
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert len(records) == 5
    assert all(set(record) == RECORD_KEYS and record["record_version"] == RECORD_VERSION for record in records)
    assert "5 files, 5 documents, 2 repaired" in result.stderr
    assert snapshot(SAMPLES) == before


def test_record_is_the_document_as_plain_data_with_its_own_lists():
    from dataclasses import asdict, fields

    from arsip.ingest.document import Document, Problem, Repair, Term

    document = Document(
        "a.md", "a.md", "markdown", "0" * 64, title="Judul", categories=[Term("Media", "media")], authors=["Sari"],
        fields={"judul": "Judul", "daftar": [1, 2]}, repairs=[Repair("text", "Ã©", "é", [["encode", "latin-1"], ["decode", "utf-8"]])],
        problems=[Problem("date", "bukan tanggal")],
    )
    record = document.to_record()
    assert record == {"record_version": RECORD_VERSION, **asdict(document)}
    assert list(record) == ["record_version", *(field.name for field in fields(Document))]
    assert record["fields"] is document.fields  # not copied
    record["repairs"][0]["steps"][0].append("x")
    record["authors"].append("Budi")
    assert document.repairs[0].steps[0] == ["encode", "latin-1"] and document.authors == ["Sari"]


def test_ingest_to_a_file_and_exit_1_when_an_input_failed(tmp_path):
    (tmp_path / "rusak.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(arsip, ["ingest", str(SAMPLES), str(tmp_path / "rusak.md"), "--out", str(out)])
    assert result.exit_code == 1
    assert f"arsip: {tmp_path / 'rusak.md'}: binary content (PNG image)" in result.stderr
    assert len(out.read_text(encoding="utf-8").splitlines()) == 5
    assert "1 failed" in result.stderr


def test_json_summary_on_stdout_names_failures_and_problems(tmp_path):
    (tmp_path / "rusak.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00")
    (tmp_path / "rapat.md").write_text("---\ntitle: Rapat warga\ndate: 31/31/2020\n---\nIsi rapat warga.\n", encoding="utf-8")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(arsip, ["ingest", str(SAMPLES), str(tmp_path), "--out", str(out), "--json"])
    assert result.exit_code == 1
    summary = json.loads(result.stdout)
    assert summary["out"] == str(out)
    assert summary["documents"] == 6 and summary["failed"] == 1
    assert summary["failures"] == [{"path": str(tmp_path / "rusak.md"), "reason": "binary content (PNG image)"}]
    written = [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]
    with_problems = [record["source"] for record in written if record["problems"]]
    assert str(tmp_path / "rapat.md") in with_problems
    assert [entry["source"] for entry in summary["problem_documents"]] == with_problems
    assert "6 documents" not in result.stderr  # the summary is the JSON, not also a line


def test_json_without_out_is_a_usage_error():
    result = CliRunner().invoke(arsip, ["ingest", str(SAMPLES), "--json"])
    assert result.exit_code == 2
    assert "--json needs --out" in result.stderr and result.stdout == ""


def test_usage_errors_exit_2():
    assert CliRunner().invoke(arsip, ["ingest"]).exit_code == 2
    assert CliRunner().invoke(arsip, ["ingest", "x", "--max-size", "-1"]).exit_code == 2


def test_bad_alias_file_is_a_clear_usage_error(tmp_path):
    aliases = tmp_path / "aliases.toml"
    aliases.write_text("[categories\n", encoding="utf-8")
    result = CliRunner().invoke(arsip, ["ingest", str(SAMPLES), "--aliases", str(aliases)])
    assert result.exit_code == 2
    assert result.stderr.startswith("arsip: error: aliases:")
    assert "Traceback" not in result.output
