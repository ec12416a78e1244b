"""The file ingest writes its documents to, found among its own inputs on the next run."""

import shutil
import subprocess
import sys

from click.testing import CliRunner

from arsip.cli.main import arsip
from arsip.ingest.formats import OWN_OUTPUT

from .conftest import DATA

SITE = DATA / "own-output"


def _ingest(path, *arguments):
    return CliRunner().invoke(arsip, ["ingest", str(path), *arguments])


def test_the_finished_out_file_is_counted_as_arsips_own_output(tmp_path, monkeypatch):
    site = shutil.copytree(SITE, tmp_path / "situs")
    (site / "lama.jsonl").write_text('{"id": "lain"}\n', encoding="utf-8")  # another run's output
    monkeypatch.chdir(site)
    first = _ingest(".", "--out", "dokumen.jsonl")
    written = (site / "dokumen.jsonl").read_bytes()
    second = _ingest(".", "--out", "dokumen.jsonl")
    assert first.exit_code == 0 and second.exit_code == 0, second.stderr
    assert OWN_OUTPUT not in first.stderr and f"1 {OWN_OUTPUT}" in second.stderr
    assert "1 unsupported format" in second.stderr  # lama.jsonl: not this run's output
    assert (site / "dokumen.jsonl").read_bytes() == written


def test_an_out_file_of_a_readable_format_is_not_read_as_a_page(tmp_path, monkeypatch):
    site = shutil.copytree(SITE, tmp_path / "situs")
    monkeypatch.chdir(site)
    for _ in range(2):
        result = _ingest(".", "--out", "hasil.txt")
        assert result.exit_code == 0, result.stderr
    assert len((site / "hasil.txt").read_text(encoding="utf-8").splitlines()) == 1
    assert "1 document," in result.stderr and f"1 {OWN_OUTPUT}" in result.stderr


def test_stdout_redirected_into_the_folder_read_is_not_read(tmp_path):
    site = shutil.copytree(SITE, tmp_path / "situs")
    with open(site / "hasil.txt", "wb") as out:
        result = subprocess.run([sys.executable, "-m", "arsip", "ingest", "."], cwd=site, stdout=out, stderr=subprocess.PIPE, text=True)
    assert result.returncode == 0, result.stderr  # the file being written is not an empty page
    assert "0 failed" in result.stderr and f"1 {OWN_OUTPUT}" in result.stderr
    assert len((site / "hasil.txt").read_text(encoding="utf-8").splitlines()) == 1


def test_an_out_file_given_as_the_input_is_refused(tmp_path):
    page = shutil.copytree(SITE, tmp_path / "situs") / "_posts" / "2024-03-05-rapat-warga.md"
    before = page.read_bytes()
    result = _ingest(page, "--out", str(page))
    assert result.exit_code == 2 and "writing would replace it; nothing was read" in result.stderr
    assert page.read_bytes() == before
