"""``arsip search --index A --index B``: several archives searched at once, hits merged
by rank (or date), each naming its index; totals and facets added up."""

import csv
import io
import json

import pytest
from click.testing import CliRunner

from arsip.cli.main import arsip
from arsip.index.bounds import SearchTimeout
from arsip.index.build import index_paths
from arsip.index.federation import search_many
from arsip.index.search import SearchRequest


def _archive(folder, name: str, category: str, count: int, year: int):
    """An index of ``count`` posts about community radio, one per month of ``year``."""
    site = folder / f"{name}-site"
    site.mkdir()
    for number in range(count):
        body = f"Radio komunitas {name} melatih warga desa menulis berita nomor {number}. " + "Siaran warga. " * number
        (site / f"{name}-{number}.md").write_text(
            f"---\ntitle: Kabar {name} {number}\ndate: {year}-{number + 1:02d}-15\ncategories: [{category}, Radio]\n---\n{body}\n", encoding="utf-8"
        )
    (site / f"{name}-lain.md").write_text("---\ntitle: Lain\n---\nPanen padi di sawah.\n", encoding="utf-8")
    directory = folder / name
    index_paths(directory, [str(site)])
    return directory


@pytest.fixture(scope="module")
def archives(tmp_path_factory):
    folder = tmp_path_factory.mktemp("federation")
    return _archive(folder, "jakarta", "Pelatihan", 5, 2014), _archive(folder, "papua", "Liputan", 3, 2016)


def run(*args):
    return CliRunner().invoke(arsip, [str(arg) for arg in args])


def _hits(result):
    return [json.loads(line) for line in result.stdout.splitlines() if '"summary"' not in line]


def test_hits_of_both_indexes_name_their_index(archives):
    a, b = archives
    result = run("search", "radio komunitas", "--index", a, "--index", b, "--json", "--limit", "20")
    assert result.exit_code == 0, result.output
    hits = _hits(result)
    assert {hit["id"].split("-")[0]: hit["index"] for hit in hits} == {"jakarta": str(a), "papua": str(b)}
    assert [hit["rank"] for hit in hits] == list(range(1, 9))
    # merged by rank: each index's best hit first, in the order the indexes were given
    assert [hit["index"] for hit in hits[:6]] == [str(a), str(b)] * 3
    text = run("search", "radio komunitas", "--index", a, "--index", b)
    assert f"[index {b}]" in text.stdout and f"[index {a}]" in text.stdout


def test_one_index_gives_no_index_field(archives):
    hits = _hits(run("search", "radio", "--index", archives[0], "--json"))
    assert hits and all("index" not in hit for hit in hits)


def test_totals_and_facets_add_up(archives):
    a, b = archives
    result = run("search", "radio", "--index", a, "--index", b, "--json", "--facets", "--limit", "2")
    summary = json.loads(result.stdout.splitlines()[-1])["summary"]
    assert summary["total"] == 8
    categories = dict(map(tuple, summary["facets"]["category"]))
    assert categories == {"Radio": 8, "Pelatihan": 5, "Liputan": 3}
    assert summary["facets"]["year"] == [["2014", 5], ["2016", 3]]
    assert "8 documents" in run("search", "radio", "--index", a, "--index", b).stderr


@pytest.mark.parametrize("sort", ["relevance", "date", "-date"])
def test_pages_of_the_merged_list_have_no_overlap_or_gap(archives, sort):
    a, b = archives
    whole = [(hit["index"], hit["id"]) for hit in _hits(run("search", "radio", "--index", a, "--index", b, "--json", "--limit", "100", "--sort", sort))]
    assert len(whole) == 8
    paged = []
    for page in (1, 2, 3):
        hits = _hits(run("search", "radio", "--index", a, "--index", b, "--json", "--limit", "3", "--page", page, "--sort", sort))
        assert [hit["rank"] for hit in hits] == list(range(3 * page - 2, 3 * page - 2 + len(hits)))
        paged += [(hit["index"], hit["id"]) for hit in hits]
    assert paged == whole


def test_date_sorts_merge_by_date(archives):
    a, b = archives
    newest = _hits(run("search", "radio", "--index", a, "--index", b, "--json", "--limit", "100", "--sort", "-date"))
    dates = [hit["date"] for hit in newest]
    assert dates == sorted(dates, reverse=True)
    assert [hit["id"].split("-")[0] for hit in newest] == ["papua"] * 3 + ["jakarta"] * 5


def test_csv_has_an_index_column(archives):
    a, b = archives
    rows = list(csv.DictReader(io.StringIO(run("search", "radio", "--index", a, "--index", b, "--csv").stdout)))
    assert {row["index"] for row in rows} == {str(a), str(b)}


def test_a_missing_second_index_is_a_one_line_error(archives, tmp_path):
    missing = tmp_path / "nowhere"
    result = run("search", "radio", "--index", archives[0], "--index", missing)
    assert result.exit_code == 4
    assert result.stderr.strip() == f"arsip: error: no index at {missing}; build one with: arsip index PATH"
    assert result.stdout == ""


def test_the_same_index_twice_is_a_usage_error(archives):
    result = run("search", "radio", "--index", archives[0], "--index", f"{archives[0]}/")
    assert result.exit_code == 2
    assert "names an index given before" in result.stderr


def test_a_search_past_its_time_budget_stops_with_the_whole_budget_named(archives):
    with pytest.raises(SearchTimeout, match="time budget of 0.0001 s"):
        search_many(list(archives), SearchRequest("radio", time_budget=0.0001))


def test_without_index_the_environment_names_the_one_index(archives):
    result = CliRunner(env={"ARSIP_INDEX": str(archives[1])}).invoke(arsip, ["search", "radio", "--json"])
    hits = _hits(result)
    assert len(hits) == 3 and all(hit["id"].startswith("papua") and "index" not in hit for hit in hits)
