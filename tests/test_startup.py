"""Cold start: help, `import arsip` and search load only what they use, never the ingest
pipeline (BeautifulSoup, ftfy, charset-normalizer) or the index writer, nor the modules
arsip itself needs only for other commands or options (bench/index.py measures the time)."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import click
import pytest

from arsip.cli.main import COMMANDS, arsip

HEAVY = ("bs4", "ftfy", "charset_normalizer", "dateparser", "docutils", "arsip.ingest.pipeline", "arsip.index.build")

SCRIPT = """
import runpy, sys
sys.argv = ["arsip", *sys.argv[1:]]
try:
    runpy.run_module("arsip", run_name="__main__", alter_sys=True)
except SystemExit as exit:
    print(f"exit:{exit.code}", file=sys.stderr)
print(" ".join(sorted(sys.modules)), file=sys.stderr)
"""


def modules_after(*args: str, script: str = SCRIPT, cwd: Path | None = None) -> set[str]:
    """The modules a fresh Python has loaded after ``python -m arsip ARGS`` (run in ``cwd``:
    outside the source checkout, ``arsip`` is the installed package, as for a user)."""
    run = subprocess.run([sys.executable, "-c", script, *args], capture_output=True, text=True, timeout=60, cwd=cwd)
    return set(run.stderr.split())


def loaded(modules: set[str], names=HEAVY) -> list[str]:
    return sorted(name for name in names if name in modules)


@pytest.mark.parametrize("args", [["--help"], ["search", "--help"], ["show", "--help"]], ids=" ".join)
def test_help_does_not_load_the_pipeline_or_the_writer(args):
    modules = modules_after(*args)
    assert "arsip.cli.main" in modules  # the command really ran
    assert loaded(modules) == []


#: Modules arsip imports only for the commands or options that use them: the site
#: generators' detection patterns (ingest), the date patterns (``--from``/``--to``), the
#: TOML reader (``--aliases``), searching several indexes (``--index`` twice), score
#: explanations (``--explain``), facets (``--facets``), CSV output (``--csv``), the per-user
#: default location (no ``--index``), YAML (front matter), pkgutil (only a source
#: checkout needs it to find the stage packages), and the ingest stage's document and run
#: classes (search reads records as dicts). The dependencies are pinned, so none of
#: them loads these by itself.
NOT_FOR_A_SEARCH = (
    "arsip.ingest.sites.generators", "arsip.ingest.dates", "tomllib", "arsip.index.federation", "platformdirs", "yaml", "pkgutil",
    "arsip.index.explain", "arsip.index.facets", "csv", "arsip.ingest.document", "arsip.ingest.results",
)


@pytest.fixture(scope="module")
def small_index(tmp_path_factory) -> Path:
    from arsip.index.build import index_paths

    site = tmp_path_factory.mktemp("site")
    for number, (title, body) in enumerate([
        ("Pelatihan jurnalistik untuk buruh", "Serikat buruh di Surabaya mengikuti pelatihan jurnalistik warga selama tiga hari."),
        ("Radio komunitas di Lombok", "Radio komunitas menyiarkan berita desa dan pelatihan jurnalistik untuk pemuda."),
        ("Laporan keuangan hibah", "Laporan penggunaan dana hibah untuk pelatihan buruh pabrik di Tangerang."),
    ]):
        (site / f"tulisan-{number}.md").write_text(f"---\ntitle: {title}\ndate: 2015-03-0{number + 1}\n---\n\n{body}\n", encoding="utf-8")
    directory = tmp_path_factory.mktemp("index") / "arsip"
    assert index_paths(directory, [str(site)]).added == 3
    return directory


@pytest.mark.parametrize(
    "extra, needed",
    [([], []), (["--json", "--facets"], ["arsip.index.facets"]), (["--sort", "-date"], []), (["--explain"], ["arsip.index.explain"]), (["--csv"], ["csv"])],
    ids=["plain", "--json --facets", "--sort -date", "--explain", "--csv"],
)
def test_search_loads_only_what_a_search_needs(small_index, tmp_path, extra, needed):
    modules = modules_after("search", "pelatihan jurnalistik buruh", "--index", str(small_index), *extra, cwd=tmp_path)
    assert "exit:0" in modules  # the search ran and found something
    assert loaded(modules, HEAVY + NOT_FOR_A_SEARCH) == needed  # only what the option itself uses


def test_a_date_filter_loads_the_date_patterns(small_index, tmp_path):
    """The counterpart of the test above: the date module is found when it is needed."""
    modules = modules_after("search", "pelatihan", "--from", "Maret 2015", "--index", str(small_index), cwd=tmp_path)
    assert "exit:0" in modules
    assert loaded(modules, NOT_FOR_A_SEARCH) == ["arsip.ingest.dates"]


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


#: What ingesting a folder of Markdown never needs: the readers of the other formats (the
#: XML ones with ElementTree and email.utils, the AsciiDoc, Org and reST converters, the
#: main-content finder of HTML pages) and, in a run too small for worker processes, the pool.
NOT_FOR_MARKDOWN = (
    "arsip.ingest.readers.blogger", "arsip.ingest.readers.feed", "arsip.ingest.readers.feed_entries", "arsip.ingest.readers.wxr",
    "arsip.ingest.readers.xml_items", "arsip.ingest.pool", "concurrent.futures", "email.utils", "multiprocessing", "xml.etree.ElementTree",
    "arsip.ingest.readers.asciidoc", "arsip.ingest.asciidoc.text", "arsip.ingest.readers.org", "arsip.ingest.org.text",
    "arsip.ingest.readers.rst", "arsip.ingest.rst.markup", "arsip.ingest.readers.notebook", "arsip.ingest.readers.html",
    "arsip.ingest.markup.main_content", "arsip.ingest.readers.text",
)


def test_ingesting_markdown_loads_neither_the_other_readers_nor_the_worker_pool(tmp_path):
    site = tmp_path / "situs"
    site.mkdir()
    (site / "catatan.md").write_text("---\ntitle: Catatan rapat\ndate: 2015-03-01\n---\n\nRapat <b>pengurus</b> desa.\n", encoding="utf-8")
    modules = modules_after("ingest", str(site), cwd=tmp_path)
    assert "exit:0" in modules and "arsip.ingest.readers.markdown" in modules  # the file was read
    assert loaded(modules, NOT_FOR_MARKDOWN) == []


def test_an_xml_reader_is_loaded_with_the_first_file_of_its_format(tmp_path):
    """The counterpart of the test above: a Blogger backup is recognised, and its reader (with
    the feed reader it builds on) is imported to read it."""
    backup = tmp_path / "blog-03-10-2021.xml"
    backup.write_bytes((Path(__file__).parent / "data" / "feeds" / backup.name).read_bytes())
    modules = modules_after("ingest", str(backup), cwd=tmp_path)
    assert "exit:0" in modules
    assert loaded(modules, NOT_FOR_MARKDOWN) == [
        "arsip.ingest.readers.blogger", "arsip.ingest.readers.feed", "arsip.ingest.readers.feed_entries", "arsip.ingest.readers.xml_items",
        "email.utils", "xml.etree.ElementTree",
    ]
