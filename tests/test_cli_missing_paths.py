"""A path argument that does not exist is a usage error in every command that reads paths:
exit 2, one line naming it, nothing read or written, even beside paths that do exist."""

import shutil

import pytest
from click.testing import CliRunner

from arsip.cli.main import arsip

from .conftest import SAMPLES, snapshot


def run(*args):
    return CliRunner().invoke(arsip, [str(arg) for arg in args])


def refused(result, missing, outcome: str) -> bool:
    """Exit 2 with the one line ``arsip: error: MISSING: no such file or directory; OUTCOME``."""
    line = f"arsip: error: {missing}: no such file or directory; {outcome}\n"
    return result.exit_code == 2 and result.stderr == line and result.stdout == ""


@pytest.fixture
def site(tmp_path):
    """A copy of the samples (two of them with encoding damage) that a run could change."""
    return shutil.copytree(SAMPLES, tmp_path / "situs")


@pytest.mark.parametrize("alone", [True, False], ids=["alone", "beside-an-existing-folder"])
def test_ingest_writes_no_out_file(tmp_path, site, alone):
    missing = tmp_path / "arsip-lama"
    out = tmp_path / "dokumen.jsonl"
    result = run("ingest", *([] if alone else [site]), missing, "--out", out)
    assert refused(result, missing, "nothing was read")
    assert not out.exists()


def test_ingest_to_stdout_writes_no_document(tmp_path, site):
    missing = tmp_path / "arsip-lama"
    assert refused(run("ingest", site, missing), missing, "nothing was read")


def test_ingest_keeps_an_earlier_out_file(tmp_path, site):
    out = tmp_path / "dokumen.jsonl"
    out.write_text('{"id": "lama.md"}\n', encoding="utf-8")
    missing = tmp_path / "arsip-lama"
    assert refused(run("ingest", site, missing, "--out", out), missing, "nothing was read")
    assert out.read_text(encoding="utf-8") == '{"id": "lama.md"}\n'


def test_index_is_not_created_or_changed(tmp_path, site):
    index = tmp_path / "indeks"
    missing = tmp_path / "arsip-lama"
    assert refused(run("index", site, missing, "--index", index), missing, "nothing was changed")
    assert not index.exists()


@pytest.mark.parametrize("mode", [[], ["--check"], ["--json"], ["--write"]], ids=["report", "check", "json", "write"])
def test_repair_reads_and_writes_nothing(tmp_path, site, mode):
    before = snapshot(site)
    missing = tmp_path / "arsip-lama"
    assert refused(run("repair", *mode, site, missing), missing, "nothing was changed")
    assert snapshot(site) == before


def test_a_broken_link_is_an_input_that_fails(tmp_path, site):
    """A symbolic link to nothing exists: it is read, fails, and the others are read (exit 1)."""
    link = tmp_path / "tautan.md"
    link.symlink_to(tmp_path / "hilang.md")
    result = run("ingest", site, link)
    assert result.exit_code == 1
    assert len(result.stdout.splitlines()) == 5
