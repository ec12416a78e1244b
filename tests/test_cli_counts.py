"""Counts printed for a person are singular for one: "1 file, 1 document", never "1 files"."""

import os

import pytest
from click.testing import CliRunner

from arsip.cli.display import counted
from arsip.cli.main import arsip

from .conftest import DATA

#: One clean post ("Catatan kerja bakti") and one with an encoding repair.
CLEAN = DATA / "cli-summaries" / "catatan.md"
DAMAGED = DATA / "cli-summaries" / "berita-banjir.md"


def run(*args, env=None):
    return CliRunner(env=env).invoke(arsip, [str(arg) for arg in args])


@pytest.mark.parametrize(
    ("number", "text"),
    [(0, "0 files"), (1, "1 file"), (2, "2 files"), (1_000, "1,000 files"), (1_001, "1,001 files")],
)
def test_counted(number, text):
    assert counted(number, "file") == text


def test_ingest_summary_of_one_file():
    result = run("ingest", CLEAN)
    assert result.stderr == "1 file, 1 document, 0 repaired, 0 with problems, 0 failed\n"


def test_the_progress_line_counts_one_file():
    result = run("ingest", CLEAN, env={"ARSIP_PROGRESS": "1"})
    assert "\ringest: 1 file (" in result.stderr


def test_index_summary_of_one_unchanged_file(tmp_path):
    assert run("index", CLEAN, "--index", tmp_path / "indeks").exit_code == 0
    result = run("index", CLEAN, "--index", tmp_path / "indeks")
    assert ": 0 added, 0 updated, 0 removed, 1 file unchanged, 0 with problems, 0 failed\n" in result.stderr


def test_search_total_of_one(tmp_path):
    run("index", CLEAN, DAMAGED, "--index", tmp_path / "indeks")
    result = run("search", "selokan", "--index", tmp_path / "indeks")
    assert result.stderr == "1–1 of 1 document\n"


def test_repair_summary_of_one_file(tmp_path):
    result = run("repair", DAMAGED)
    assert result.stderr == "1 file scanned, 1 damaged, 0 in a legacy encoding, 1 would change, 0 failed\n"
    assert os.path.basename(DAMAGED) in result.stdout
