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


def test_ingest_to_a_file_and_exit_1_when_an_input_failed(tmp_path):
    (tmp_path / "rusak.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00")
    out = tmp_path / "out.jsonl"
    result = CliRunner().invoke(arsip, ["ingest", str(SAMPLES), str(tmp_path / "rusak.md"), "--out", str(out)])
    assert result.exit_code == 1
    assert f"arsip: {tmp_path / 'rusak.md'}: binary content (PNG image)" in result.stderr
    assert len(out.read_text(encoding="utf-8").splitlines()) == 5
    assert "1 failed" in result.stderr


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
