"""The ``--json`` summaries of ingest, index, repair and stats: their keys, and the same
quantity under the same name in each (documented in the README)."""

import json
import shutil

import pytest
from click.testing import CliRunner

from arsip.cli.main import arsip

from .conftest import DATA

#: Four files: a post with mojibake (repaired), one with an impossible date (a problem),
#: a clean one, and a PNG image named .md (failed).
SITE = DATA / "cli-summaries"

INGEST_KEYS = [
    "out", "files_seen", "documents", "repaired", "with_problems", "problem_documents", "duplicates",
    "failed", "failures", "skipped", "generators",
]
INDEX_KEYS = [
    "index", "added", "updated", "removed", "unchanged_files", "with_problems", "problem_documents", "duplicates",
    "repaired", "failed", "failures", "skipped", "reread", "date_orders", "generators",
]
REPAIR_KEYS = [
    "scanned", "damaged", "legacy", "misdeclared", "would_change", "repaired", "unrepairable", "hard_linked",
    "in_archive", "changed", "failed", "skipped",
]
STATS_KEYS = ["index", "size_bytes", "documents", "roots", "by_year", "by_format", "top_categories", "repaired", "abbreviations"]


def run_json(*args) -> list[dict]:
    result = CliRunner().invoke(arsip, [str(arg) for arg in args])
    assert result.exit_code in (0, 1), result.output
    return [json.loads(line) for line in result.stdout.splitlines()]


@pytest.fixture(scope="module")
def summaries(tmp_path_factory) -> dict[str, dict]:
    """Each command's summary object for :data:`SITE` (stats and repair on their own copy)."""
    folder = tmp_path_factory.mktemp("json")
    site = shutil.copytree(SITE, folder / "situs")
    [ingested] = run_json("ingest", site, "--out", folder / "dokumen.jsonl", "--json")
    [indexed] = run_json("index", site, "--index", folder / "indeks", "--json")
    [stats] = run_json("stats", "--index", folder / "indeks", "--json")
    *files, repair = run_json("repair", site, "--json")
    return {"ingest": ingested, "index": indexed, "stats": stats, "repair": repair["summary"]}


def test_ingest_keys(summaries):
    assert list(summaries["ingest"]) == INGEST_KEYS


def test_index_keys_name_the_documents_with_problems_as_ingest_does(summaries):
    assert list(summaries["index"]) == INDEX_KEYS
    assert "problems" not in summaries["index"]  # a record's list of problems, never a count


def test_repair_keys(summaries):
    assert list(summaries["repair"]) == REPAIR_KEYS


def test_stats_keys(summaries):
    assert list(summaries["stats"]) == STATS_KEYS


def test_a_quantity_has_the_same_name_and_value_in_each(summaries):
    ingested, indexed, stats = summaries["ingest"], summaries["index"], summaries["stats"]
    for key in ("with_problems", "repaired", "failed", "problem_documents", "failures", "skipped"):
        assert indexed[key] == ingested[key], key
    assert (ingested["with_problems"], ingested["repaired"], ingested["failed"]) == (1, 1, 1)
    assert stats["repaired"] == ingested["repaired"] and stats["documents"] == ingested["documents"] == indexed["added"] == 3


def test_repair_counts_what_would_change_as_its_summary_line_does(summaries):
    repair = summaries["repair"]
    assert (repair["scanned"], repair["damaged"], repair["would_change"], repair["repaired"], repair["failed"]) == (3, 1, 1, 0, 1)
