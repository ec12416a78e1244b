"""Output that attacks its reader: terminal escapes and bidirectional overrides in titles,
text, categories, authors and file names are printed as visible escapes by every command;
JSON stays exact data; CSV cells that a spreadsheet would run as formulas are neutralized."""

from __future__ import annotations

import csv
import io
import json

import pytest
from click.testing import CliRunner

from arsip.cli.display import safe, safe_marked, spreadsheet_safe
from arsip.cli.main import arsip

#: Window title (OSC 0), bell, clear screen (CSI), a hidden link (OSC 8), carriage return,
#: right-to-left override, and a C1 control (CSI as one character).
ATTACKS = ("\x1b", "\x07", "\r", "\u202e", "\u2066", "\x9b")
HOSTILE_NAME = "jahat\x1b]0;judul-jendela\x07\u202etxt.md"
HOSTILE = (
    "---\n"
    'title: "Upah \\e]0;DIBAJAK\\a buruh \\e[2J \\u202egnalret"\n'
    'categories: ["Berita \\e]8;;http://jahat.test\\e\\\\tautan\\e]8;;\\e\\\\"]\n'
    'author: "Andi\\rBudi\\a"\n'
    "---\n"
    "Isi tentang upah buruh \x1b[2J bersih \x07 bel \r kembali \u202e balik \u2066 isolasi \x9b31m c1.\n\n"
    "Paragraf kedua tentang upah.\n"
)


def run(*args):
    return CliRunner().invoke(arsip, [str(arg) for arg in args])


def assert_harmless(output: str) -> None:
    found = sorted({repr(character) for character in ATTACKS if character in output})
    assert not found, f"raw {', '.join(found)} in: {output!r}"
    assert "\\x1b" in output  # shown, not hidden


@pytest.fixture
def hostile_index(tmp_path):
    site = tmp_path / "situs"
    site.mkdir()
    (site / HOSTILE_NAME).write_text(HOSTILE, encoding="utf-8")
    (site / "biasa.md").write_text("---\ntitle: Biasa\ncategories: [Berita]\n---\nUpah buruh naik.\n", encoding="utf-8")
    directory = tmp_path / "indeks"
    result = run("index", site, "--index", directory)
    assert result.exit_code == 0, result.output
    return directory


def test_search_prints_escapes_visibly(hostile_index):
    result = run("search", "upah", "--index", hostile_index, "--facets")
    assert result.exit_code == 0
    assert_harmless(result.stdout)
    assert "Upah \\x1b]0;DIBAJAK\\x07 buruh \\x1b[2J \\u202egnalret" in result.stdout
    assert "jahat\\x1b]0;judul-jendela\\x07\\u202etxt.md" in result.stdout
    assert "1  Berita \\x1b]8;;http://jahat.test\\x1b\\tautan" in result.stdout  # a facet label (a list item is one category)


def test_search_json_stays_exact_data(hostile_index):
    result = run("search", "gnalret", "--index", hostile_index, "--json")
    [hit] = [json.loads(line) for line in result.stdout.splitlines()]
    assert hit["title"] == "Upah \x1b]0;DIBAJAK\x07 buruh \x1b[2J \u202egnalret"
    assert hit["id"] == HOSTILE_NAME


def test_show_prints_escapes_visibly_and_keeps_paragraphs(hostile_index):
    result = run("show", HOSTILE_NAME, "--index", hostile_index)
    assert result.exit_code == 0, result.output
    assert_harmless(result.stdout)
    assert "author: Andi Budi\\x07\n" in result.stdout  # the label cleaner made the carriage return a space
    assert "bersih \\x07 bel" in result.stdout
    assert "\n\nParagraf kedua tentang upah." in result.stdout  # newlines in text are kept


def test_stats_prints_escapes_visibly(hostile_index):
    result = run("stats", "--index", hostile_index)
    assert result.exit_code == 0
    assert_harmless(result.stdout)


def test_repair_and_failure_lines_print_file_names_visibly(tmp_path):
    site = tmp_path / "situs"
    site.mkdir()
    (site / HOSTILE_NAME).write_text("Harga kafÃ© naik.\n", encoding="utf-8")  # mojibake to report
    (site / ("kosong\x1b[2J\u202e.md")).write_bytes(b"")  # an empty file fails with its name
    report = run("repair", site)
    assert_harmless(report.stdout)
    assert "jahat\\x1b]0;judul-jendela\\x07\\u202etxt.md:1:" in report.stdout
    ingest = run("ingest", site)
    assert_harmless(ingest.stderr)
    assert "kosong\\x1b[2J\\u202e.md: empty file" in ingest.stderr


def test_csv_cells_that_look_like_formulas_are_neutralized(tmp_path):
    site = tmp_path / "situs"
    site.mkdir()
    titles = ['=HYPERLINK("http://jahat.test","klik") upah', "+62 upah", "-1 upah", "@SUM(A1) upah", "Upah biasa"]
    for number, title in enumerate(titles):
        (site / f"d{number}.md").write_text(f"---\ntitle: '{title}'\n---\nTentang upah buruh.\n", encoding="utf-8")
    run("index", site, "--index", tmp_path / "indeks")
    result = run("search", "upah", "--index", tmp_path / "indeks", "--csv", "--limit", "10")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert sorted(row["title"] for row in rows) == sorted(["'" + title for title in titles[:4]] + ["Upah biasa"])
    assert all(row["rank"].isdigit() for row in rows)


def test_safe_escapes_controls_and_overrides_but_keeps_text():
    assert safe("a\x1b[31mb\tc\nd\u202ee\u200ff") == "a\\x1b[31mb\\x09c\\x0ad\\u202ee\u200ff"
    assert safe("a\tb\nc\rd", lines=True) == "a\tb\nc\\x0dd"
    assert safe("Kafé – “buruh” عربي") == "Kafé – “buruh” عربي"
    marks = ("\x1b[1;33m", "\x1b[0m")
    assert safe_marked(f"x\x07 {marks[0]}upah{marks[1]} \x1b]0;t", marks) == f"x\\x07 {marks[0]}upah{marks[1]} \\x1b]0;t"
    assert [spreadsheet_safe(v) for v in ("=1", "\t=1", "Upah", 3, "")] == ["'=1", "'\t=1", "Upah", 3, ""]
