"""Cold start: help, `import arsip` and search load only what they use, never the ingest
pipeline (BeautifulSoup, ftfy, charset-normalizer) or the index writer."""

from __future__ import annotations

import subprocess
import sys

import click
import pytest

from arsip.cli.main import COMMANDS, arsip

HEAVY = ("bs4", "ftfy", "charset_normalizer", "dateparser", "arsip.ingest.pipeline", "arsip.index.build")

SCRIPT = """
import runpy, sys
sys.argv = ["arsip", *sys.argv[1:]]
try:
    runpy.run_module("arsip", run_name="__main__", alter_sys=True)
except SystemExit:
    pass
print(" ".join(sorted(sys.modules)), file=sys.stderr)
"""


def modules_after(*args: str, script: str = SCRIPT) -> set[str]:
    """The modules a fresh Python has loaded after ``python -m arsip ARGS``."""
    run = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, timeout=60)
    return set(run.stderr.split())


def loaded(modules: set[str], names=HEAVY) -> list[str]:
    return sorted(name for name in names if name in modules)


@pytest.mark.parametrize("args", [["--help"], ["search", "--help"], ["show", "--help"]], ids=" ".join)
def test_help_does_not_load_the_pipeline_or_the_writer(args):
    modules = modules_after(*args)
    assert "arsip.cli.main" in modules  # the command really ran
    assert loaded(modules) == []


def test_top_level_help_does_not_load_whoosh():
    assert loaded(modules_after("--help"), ("whoosh",)) == []


def test_import_arsip_and_the_light_ingest_modules_is_cheap():
    script = "import sys, arsip, arsip.ingest, arsip.ingest.dates, arsip.ingest.terms\nprint(' '.join(sys.modules), file=sys.stderr)"
    modules = modules_after(script=script)
    assert "arsip.ingest.terms" in modules
    assert loaded(modules, (*HEAVY, "whoosh", "click", "importlib.metadata")) == []


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_listed_help_is_the_command_s_own(name):
    """`arsip --help` lists commands from a table, not their docstrings: keep them equal."""
    command = arsip.get_command(click.Context(arsip), name)
    assert COMMANDS[name][1] == command.get_short_help_str(limit=1_000)
