"""``arsip serve --index A --index B``: the page and the API search both indexes together, as
``arsip search --index A --index B`` does; hits and documents name their index."""

from __future__ import annotations

import json
from urllib.parse import urlencode

import pytest
from click.testing import CliRunner

from arsip.cli.main import arsip
from arsip.index.build import index_paths

from .serve_support import running_server
from .test_serve_http import fetch

SECOND = 'papua <b>"&'  # an index folder whose name must be escaped on the page


def _site(folder, name: str, category: str, year: int, count: int):
    """An index of ``count`` posts about community radio in ``year``, and a ``tentang.md``
    (the same id in every index, a different title in each)."""
    site = folder / f"{name}-site"
    (site / "_posts").mkdir(parents=True)
    for number in range(count):
        (site / "_posts" / f"{year}-{number % 12 + 1:02d}-0{number % 9 + 1}-kabar-{number}.md").write_text(
            f"---\ntitle: Kabar radio {category.lower()} {number}\ndate: {year}-{number % 12 + 1:02d}-0{number % 9 + 1}\n"
            f"categories: [{category}, Radio Komunitas]\ntags: [warga]\n---\n"
            f"Radio komunitas warga {name} nomor {number} menyiarkan musyawarah desa. " + "Pelatihan penyiar. " * (number % 4) + "\n",
            encoding="utf-8",
        )
    (site / "tentang.md").write_text(f"---\ntitle: Tentang arsip {name}\n---\nArsip radio komunitas {name}.\n", encoding="utf-8")
    directory = folder / name
    index_paths(directory, [str(site)], procs=1)
    return directory


@pytest.fixture(scope="module")
def archives(tmp_path_factory):
    folder = tmp_path_factory.mktemp("serve-federation")
    return _site(folder, "jawa", "Pelatihan", 2014, 7), _site(folder, SECOND, "Liputan", 2016, 5)


@pytest.fixture(scope="module")
def server(archives):
    with running_server(*archives) as running:
        yield running


def get_json(server, target: str) -> tuple[int, dict]:
    status, _, body = fetch(server, target)
    return status, json.loads(body)


@pytest.mark.parametrize("params", [
    {"q": "radio komunitas"},
    {"q": "radio", "limit": "4", "page": "2"},
    {"q": "musyawarah", "sort": "-date", "limit": "5"},
    {"q": "radio", "category": "liputan", "sort": "date"},
    {"q": "penyiar", "from": "2015", "expand": "0"},
])
def test_api_search_over_both_is_arsip_search_over_both(server, archives, params):
    options = [item for name, value in params.items() if name not in ("q", "expand") for item in (f"--{name}", value)]
    options += ["--no-expand"] if params.get("expand") == "0" else []
    indexes = [item for directory in archives for item in ("--index", str(directory))]
    cli = CliRunner().invoke(arsip, ["search", params["q"], *indexes, "--json", "--facets", *options])
    assert cli.exit_code == 0, cli.output
    *expected, summary = [json.loads(line) for line in cli.stdout.splitlines()]
    assert expected and all("index" in hit for hit in expected)
    status, answer = get_json(server, "/api/search?" + urlencode(params))
    assert status == 200
    assert answer["hits"] == expected
    assert answer["total"] == summary["summary"]["total"]
    assert [[facet["label"], facet["count"]] for facet in answer["facets"]["category"]] == summary["summary"]["facets"]["category"]
    assert [[facet["year"], facet["count"]] for facet in answer["facets"]["year"]] == summary["summary"]["facets"]["year"]


def test_hits_of_both_indexes_name_them(server, archives):
    _, answer = get_json(server, "/api/search?q=radio&limit=100")
    assert answer["total"] == 14
    assert {hit["index"] for hit in answer["hits"]} == {str(archives[0]), str(archives[1])}
    keys = {facet["key"]: facet["count"] for facet in answer["facets"]["category"]}
    assert keys == {"radio-komunitas": 12, "pelatihan": 7, "liputan": 5}


def test_a_link_from_a_hit_of_the_second_index_opens_its_document(server, archives):
    status, _, page = fetch(server, "/?q=tentang+arsip")
    assert status == 200
    assert '<a href="/doc/tentang.md?index=1">Tentang arsip jawa</a>' in page
    assert '<a href="/doc/tentang.md?index=2">Tentang arsip papua &lt;b&gt;&#34;&amp;</a>' in page
    status, _, document = fetch(server, "/doc/tentang.md?index=2&lang=en")
    assert status == 200 and "<h1 class=\"doc-title\">Tentang arsip papua &lt;b&gt;&#34;&amp;</h1>" in document
    assert "Tentang arsip jawa" not in document and "<b>" not in document
    assert 'href="/doc/tentang.md?index=2"' in document  # the language switch keeps the index
    status, _, first = fetch(server, "/doc/tentang.md")
    assert status == 200 and "Tentang arsip jawa" in first
    status, record = get_json(server, "/api/doc/tentang.md?index=2")
    assert status == 200 and record["index"] == str(archives[1]) and record["records"][0]["title"] == 'Tentang arsip papua <b>"&'
    _, record = get_json(server, "/api/doc/tentang.md?index=1")
    assert record["index"] == str(archives[0]) and record["records"][0]["title"] == "Tentang arsip jawa"
    status, error = get_json(server, "/api/doc/tentang.md?index=3")
    assert status == 400 and "index" in error["error"]
    status, _ = get_json(server, "/api/doc/_posts/2016-01-01-kabar-0.md?index=1")  # in the second index only
    assert status == 404


def test_the_page_names_every_index_escaped(server, archives):
    escaped = str(archives[1]).replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;").replace('"', "&#34;")
    _, _, first = fetch(server, "/")
    assert "Cari di 14 dokumen arsip" in first and "Dicari bersama: 2 indeks" in first
    assert f'<code class="index">{escaped}</code>' in first and 'papua <b>' not in first
    assert '<a href="/?category=radio-komunitas">Radio Komunitas</a> <span class="count">12</span>' in first
    _, _, page = fetch(server, "/?q=radio&limit=100&lang=en")
    assert page.count(f"<span class=\"index\">Index: <code>{escaped}</code></span>") == 6
    assert page.count(f"<span class=\"index\">Index: <code>{archives[0]}</code></span>") == 8
    _, _, document = fetch(server, "/doc/tentang.md?index=2")
    assert f'<dt>Indeks</dt><dd><code class="index">{escaped}</code></dd>' in document


def test_stats_list_each_index(server, archives):
    status, stats = get_json(server, "/api/stats")
    assert status == 200 and stats["documents"] == 14
    assert [(each["index"], each["documents"]) for each in stats["indexes"]] == [(str(archives[0]), 8), (str(archives[1]), 6)]


def test_one_index_keeps_its_urls_and_refuses_another_number(archives):
    with running_server(archives[0]) as single:
        _, _, page = fetch(single, "/?q=arsip")
        assert '<a href="/doc/tentang.md">' in page and "?index=" not in page and 'class="index"' not in page
        status, record = get_json(single, "/api/doc/tentang.md")
        assert status == 200 and "index" not in record
        assert fetch(single, "/doc/tentang.md?index=2")[0] == 400
        status, stats = get_json(single, "/api/stats")
        assert "indexes" not in stats and stats["index"] == str(archives[0])


def test_serve_refuses_a_missing_second_index_or_one_given_twice(archives, tmp_path):
    missing = CliRunner().invoke(arsip, ["serve", "--index", str(archives[0]), "--index", str(tmp_path / "none"), "--port", "0"])
    assert missing.exit_code == 4 and missing.stderr.count("\n") == 1 and "no index at" in missing.stderr
    twice = CliRunner().invoke(arsip, ["serve", "--index", str(archives[0]), "--index", str(archives[0]) + "/", "--port", "0"])
    assert twice.exit_code == 2 and "names an index given before" in twice.stderr

