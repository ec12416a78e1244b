"""Every command is documented: in the README, and with examples in its --help; every site
generator in the README's overview and in the reference, docs/reading.md."""

import json
import re

import pytest
from click.testing import CliRunner

from arsip.cli.main import COMMANDS, arsip
from arsip.ingest.sites.generators import GENERATORS

from .conftest import ROOT, SAMPLES

README = (ROOT / "README.md").read_text(encoding="utf-8")
READING = (ROOT / "docs" / "reading.md").read_text(encoding="utf-8")


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_command_is_documented_in_readme(command):
    assert re.search(rf"^### `arsip {command}\b", README, re.M), f"README has no section for arsip {command}"


@pytest.mark.parametrize("command", sorted(COMMANDS))
def test_command_help_has_examples(command):
    result = CliRunner().invoke(arsip, [command, "--help"])
    assert result.exit_code == 0
    assert "Examples:" in result.output and f"arsip {command}" in result.output


@pytest.mark.parametrize("generator", GENERATORS)
def test_generator_is_documented(generator):
    overview = README[README.index("## What is read, and how") : README.index("## Output record")]
    assert f"`{generator}`" in overview, f"the README's overview does not name the generator {generator}"
    assert re.search(rf"^ *\| `{generator}` \|", READING, re.M), f"docs/reading.md has no row for the generator {generator}"


def test_readme_commands_match_ci():
    ci = (ROOT / ".ci" / "run").read_text(encoding="utf-8").strip().splitlines()[-1]
    assert f"```sh\n{ci}\n```" in README


def test_version():
    result = CliRunner().invoke(arsip, ["--version"])
    assert result.exit_code == 0 and "arsip, version" in result.output


def test_search_json_lines_have_the_readmes_columns(tmp_path):
    """The keys of ``arsip search --json`` are the columns the README lists, no more."""
    columns = re.search(r"^\| `--json` \| JSON Lines: `([a-z ]+)`", README, re.M).group(1).split()
    runner = CliRunner()
    assert runner.invoke(arsip, ["index", str(SAMPLES), "--index", str(tmp_path / "index")]).exit_code == 0
    result = runner.invoke(arsip, ["search", "buruh", "--index", str(tmp_path / "index"), "--json"])
    hits = [json.loads(line) for line in result.stdout.splitlines()]
    assert hits and all(list(hit) == columns for hit in hits)
