"""``arsip index``, ``search``, ``show`` and ``stats`` through click's CliRunner."""

import csv
import io
import json

import pytest
from click.testing import CliRunner

from arsip.cli.main import arsip

from .conftest import SAMPLES, snapshot


@pytest.fixture
def index_dir(tmp_path):
    directory = tmp_path / "index"
    result = CliRunner().invoke(arsip, ["index", str(SAMPLES), "--index", str(directory)])
    assert result.exit_code == 0, result.output
    assert "5 added" in result.stderr
    return directory


def run(*args):
    return CliRunner().invoke(arsip, [str(arg) for arg in args])


def test_index_leaves_inputs_alone_and_reruns_cheaply(index_dir):
    before = snapshot(SAMPLES)
    result = run("index", SAMPLES, "--index", index_dir, "--json")
    assert json.loads(result.stdout)["unchanged_files"] == 5
    assert snapshot(SAMPLES) == before


def test_index_json_summary_names_each_failure(tmp_path):
    (tmp_path / "situs").mkdir()
    (tmp_path / "situs" / "rusak.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00")
    (tmp_path / "situs" / "berita.md").write_text("---\ntitle: Berita desa\n---\nPanen raya di desa.\n", encoding="utf-8")
    result = run("index", tmp_path / "situs", "--index", tmp_path / "indeks", "--json")
    assert result.exit_code == 1
    summary = json.loads(result.stdout)
    assert summary["added"] == 1 and summary["failed"] == 1
    assert summary["failures"] == [{"path": str(tmp_path / "situs" / "rusak.md"), "reason": "binary content (PNG image)"}]


def test_index_location_from_environment(tmp_path):
    result = CliRunner(env={"ARSIP_INDEX": str(tmp_path / "env-index")}).invoke(arsip, ["index", str(SAMPLES)])
    assert result.exit_code == 0
    assert (tmp_path / "env-index").is_dir()


def test_search_text_output(index_dir):
    result = run("search", "dilatih", "--index", index_dir)
    assert result.exit_code == 0
    assert "Media Alternatif Bagi Buruh" in result.stdout
    assert "post-news-timezone-tags-kramdown.txt" in result.stdout
    assert "\x1b[" not in result.stdout  # no colour when not a terminal


def test_search_json_lines(index_dir):
    result = run("search", "buruh", "--index", index_dir, "--json", "--category", "CMS")
    records = [json.loads(line) for line in result.stdout.splitlines()]
    assert records and all({"rank", "id", "score", "title", "date", "categories", "source", "snippet"} <= set(r) for r in records)
    assert all("CMS" in r["categories"] for r in records)
    assert [r["rank"] for r in records] == list(range(1, len(records) + 1))


def test_search_csv(index_dir):
    result = run("search", "buruh", "--index", index_dir, "--csv", "--from", "2015", "--to", "2015")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert rows and all(row["date"].startswith("2015") for row in rows)


def test_search_pages_and_facets(index_dir):
    first = run("search", "buruh", "--index", index_dir, "--json", "--limit", "1")
    second = run("search", "buruh", "--index", index_dir, "--json", "--limit", "1", "--page", "2")
    assert json.loads(first.stdout)["id"] != json.loads(second.stdout)["id"]
    assert json.loads(second.stdout)["rank"] == 2
    facets = run("search", "buruh", "--index", index_dir, "--facets")
    assert "by category:" in facets.stdout and "by year:" in facets.stdout


def test_nothing_found_exits_1_with_a_suggestion(index_dir):
    result = run("search", "solidaritaz", "--index", index_dir)
    assert result.exit_code == 1
    assert "Did you mean: solidaritas?" in result.stderr


@pytest.mark.parametrize("query", ['"tanpa penutup', "(buruh", "NOT", "*", "x" * 10000, "nosuchfield:buruh"])
def test_odd_queries_never_give_a_traceback(index_dir, query):
    result = run("search", query, "--index", index_dir)
    assert result.exit_code in (0, 1, 2)
    assert "Traceback" not in result.output and "internal error" not in result.output


def test_search_by_date_source(index_dir):
    hits = [json.loads(line)["id"] for line in run("search", "hapsari OR buruh", "--index", index_dir, "--date-source", "none", "--json").stdout.splitlines()]
    assert hits == ["scraped-page-no-front-matter.txt"]


def test_bad_date_is_a_usage_error(index_dir):
    result = run("search", "buruh", "--index", index_dir, "--from", "2015-13-45")
    assert result.exit_code == 2
    assert result.stderr.startswith("arsip: error: not a date")


@pytest.mark.parametrize("query", ["buruh year:abc", "tahun:15", "buruh AND year:2015-03"])
def test_a_year_that_is_no_year_is_a_usage_error(index_dir, query):
    """Among OR-ed words such a value would be dropped without a word; alone it finds nothing."""
    result = run("search", query, "--index", index_dir)
    assert result.exit_code == 2
    assert result.stderr.startswith("arsip: error: not a year: year:")


@pytest.mark.parametrize("query", ["buruh AND year:2015", "buruh AND year:201*", "buruh AND year:[2014 TO 2016]"])
def test_years_written_as_years_search(index_dir, query):
    assert run("search", query, "--index", index_dir).exit_code == 0


def test_missing_index_exits_4(tmp_path):
    result = run("search", "buruh", "--index", tmp_path / "none")
    assert result.exit_code == 4
    assert "arsip index PATH" in result.stderr


def test_locked_index_message(index_dir):
    from arsip.index.store import write_lock

    with write_lock(index_dir):
        result = run("index", SAMPLES, "--index", index_dir)
        assert result.exit_code == 3
        assert "being updated by another process" in result.stderr
        assert run("search", "buruh", "--index", index_dir).exit_code == 0  # readers keep working


def test_rebuild_flag(index_dir):
    result = run("index", SAMPLES / "post-mentoring-indonesian-dates.txt", "--index", index_dir, "--rebuild", "--json")
    assert json.loads(result.stdout)["added"] == 1
    assert json.loads(run("stats", "--index", index_dir, "--json").stdout)["documents"] == 1


def test_show_and_stats(index_dir):
    shown = run("show", "grant-record-mojibake-in-front-matter.txt", "--index", index_dir)
    assert "title: Media Sosial sebagai Sarana Advokasi Buruh" in shown.stdout
    assert "repaired: fields.lama" in shown.stdout
    assert "date_source: front_matter:date" in shown.stdout
    record = json.loads(run("show", "grant-record-mojibake-in-front-matter.txt", "--index", index_dir, "--json").stdout)
    assert record["fields"]["lama"] == "1 tahun (November 2011 – Oktober 2012)"
    assert run("show", "nope.md", "--index", index_dir).exit_code == 1
    stats = json.loads(run("stats", "--index", index_dir, "--json").stdout)
    assert stats["documents"] == 5 and stats["repaired"] == 2
    assert stats["by_format"] == {"markdown": 4, "text": 1}
    assert ["CMS", 3] in stats["top_categories"]


def test_search_expansion_can_be_switched_off_and_is_reported_in_json(index_dir):
    plain = run("search", "buruh", "--index", index_dir, "--json", "--no-expand")
    assert plain.exit_code == 0
    records = [json.loads(line) for line in plain.stdout.splitlines()]
    assert records and all(record["via"] is None for record in records)


def test_a_hit_shows_the_id_that_show_takes_and_show_takes_a_source_path_too(index_dir):
    hit = json.loads(run("search", "dilatih", "--index", index_dir, "--json").stdout.splitlines()[0])
    text = run("search", "dilatih", "--index", index_dir).stdout
    assert f"     {hit['id']}\n" in text and hit["source"] not in text
    by_id = run("show", hit["id"], "--index", index_dir)
    by_path = run("show", hit["source"], "--index", index_dir)
    assert by_id.exit_code == by_path.exit_code == 0 and by_id.stdout == by_path.stdout
    missing = run("show", str(SAMPLES / "tidak-ada.md"), "--index", index_dir)
    assert missing.exit_code == 1 and "id or source path" in missing.stderr


def test_json_with_facets_ends_with_the_total_and_facets(index_dir):
    lines = run("search", "buruh", "--index", index_dir, "--json", "--facets").stdout.splitlines()
    summary = json.loads(lines[-1])["summary"]
    assert summary["total"] == 3 and ["CMS", 2] in summary["facets"]["category"]
    assert all("summary" not in json.loads(line) for line in lines[:-1])


def test_json_and_csv_together_is_a_usage_error(index_dir):
    result = run("search", "buruh", "--index", index_dir, "--json", "--csv")
    assert result.exit_code == 2 and "--json and --csv" in result.stderr


def test_a_query_of_only_stopwords_says_so(index_dir):
    result = run("search", "yang dan di", "--index", index_dir)
    assert result.exit_code == 2
    assert "only stopwords (yang, dan, di)" in result.stderr and "Did you mean" not in result.stderr


@pytest.mark.parametrize(
    ("args", "env", "coloured"),
    [([], {}, False), (["--color", "always"], {}, True), (["--color", "always"], {"NO_COLOR": "1"}, True), (["--color", "never"], {}, False)],
)
def test_colour_is_chosen_by_color_and_no_color(index_dir, args, env, coloured):
    result = CliRunner(env=env).invoke(arsip, [*args, "search", "buruh", "--index", str(index_dir)])
    assert ("\x1b[" in result.stdout) is coloured


def test_no_color_turns_colour_off_even_on_a_terminal(monkeypatch):
    from arsip.cli.main import use_color

    monkeypatch.delenv("NO_COLOR", raising=False)
    assert use_color("auto") is None  # click decides: colour only on a terminal
    monkeypatch.setenv("NO_COLOR", "1")
    assert use_color("auto") is False and use_color("always") is True and use_color("never") is False


def test_help_lists_the_commands_without_importing_them():
    import subprocess
    import sys

    code = (
        "import sys; from click.testing import CliRunner; from arsip.cli.main import arsip; "
        "out = CliRunner().invoke(arsip, ['--help']).output; "
        "print('search' in out and 'Search the index' in out, sorted(m for m in sys.modules if m.endswith('_cmd') or m.startswith(('whoosh', 'bs4', 'dateparser'))))"
    )
    output = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout.strip()
    assert output == "True []"


def test_a_page_past_the_last_says_it_shows_none(index_dir):
    """The total alone ("2 documents") read as if the hits had been lost."""
    result = run("search", "buruh", "--index", index_dir, "--limit", "2", "--page", "50")
    assert result.exit_code == 0 and result.stdout == ""
    total = json.loads(run("search", "buruh", "--index", index_dir, "--json", "--facets").stdout.splitlines()[-1])["summary"]["total"]
    assert result.stderr == f"{total} documents; none on page 50\n"
