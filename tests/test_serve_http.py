"""``arsip serve`` over HTTP: the JSON API, the same results as ``arsip search --json``,
400s, escaping, read-only answers, updates seen while serving, and the command itself."""

from __future__ import annotations

import http.client
import json
import re
import shutil
import socket
import subprocess
import sys
from urllib.parse import quote, urlencode, urlsplit

import pytest
from click.testing import CliRunner

from arsip.cli.main import arsip
from arsip.index.build import index_paths
from arsip.index.store import META_FILE
from arsip.web.app import WebApp, link_address
from arsip.web.server import WebServer, is_loopback

from .conftest import SAMPLES, snapshot
from .serve_support import HOSTILE_ID, HOSTILE_TITLE, RADIO_POSTS, build_archive, running_server


@pytest.fixture(scope="module")
def archive(tmp_path_factory):
    return build_archive(tmp_path_factory.mktemp("serve"))


@pytest.fixture(scope="module")
def server(archive):
    with running_server(archive) as running:
        yield running


def fetch(server, target: str, method: str = "GET") -> tuple[int, dict[str, str], str]:
    """Status, headers and body text of one request."""
    address = urlsplit(server.url)
    connection = http.client.HTTPConnection(address.hostname, address.port, timeout=30)
    try:
        connection.request(method, target)
        response = connection.getresponse()
        return response.status, dict(response.getheaders()), response.read().decode("utf-8")
    finally:
        connection.close()


def api(server, **params) -> dict:
    status, headers, body = fetch(server, "/api/search?" + urlencode(params))
    assert status == 200, body
    assert headers["Content-Type"] == "application/json; charset=utf-8"
    return json.loads(body)


CLI_OPTIONS = {"from": "--from", "to": "--to", "category": "--category", "tag": "--tag", "author": "--author",
               "sort": "--sort", "limit": "--limit", "page": "--page"}


@pytest.mark.parametrize("params", [
    {"q": "radio komunitas"},
    {"q": "buruh", "category": "CMS"},
    {"q": "radio", "from": "Maret 2013", "to": "2014", "sort": "-date"},
    {"q": "radio desa", "page": "2"},
    {"q": "siaran", "tag": "warga", "sort": "date", "limit": "5", "page": "3"},
    {"q": '"radio komunitas" OR media'},
    {"q": "jurnalistk~"},
    {"q": "radio panen", "expand": "0"},
])
def test_api_hits_total_and_facets_are_those_of_arsip_search_json(server, archive, params):
    options = [item for name, value in params.items() if name not in ("q", "expand") for item in (CLI_OPTIONS[name], value)]
    options += ["--no-expand"] if params.get("expand") == "0" else []
    cli = CliRunner().invoke(arsip, ["search", params["q"], "--index", str(archive), "--json", "--facets", *options])
    assert cli.exit_code == 0, cli.output
    *expected, summary = [json.loads(line) for line in cli.stdout.splitlines()]
    assert expected
    answer = api(server, **params)
    assert answer["hits"] == expected
    assert answer["total"] == summary["summary"]["total"]
    assert [[facet["label"], facet["count"]] for facet in answer["facets"]["category"]] == summary["summary"]["facets"]["category"]
    assert [[facet["year"], facet["count"]] for facet in answer["facets"]["year"]] == summary["summary"]["facets"]["year"]


def test_api_search_gives_total_facets_and_paging(server):
    everything = api(server, q="radio")
    assert everything["total"] == RADIO_POSTS + 1  # the hostile document mentions radio too
    assert len(everything["hits"]) == 10 and everything["page"] == 1 and everything["limit"] == 10
    categories = {facet["key"]: facet["count"] for facet in everything["facets"]["category"]}
    assert categories["radio-komunitas"] == 16 and categories["pelatihan-jurnalistik"] == 8
    assert {facet["year"] for facet in everything["facets"]["year"]} == {"2012", "2013", "2014", "2015", "2016"}
    filtered = api(server, q="radio", category="Pelatihan Jurnalistik")
    assert filtered["total"] == 8
    third = api(server, q="radio", page=3)
    assert [hit["rank"] for hit in third["hits"]] == list(range(21, RADIO_POSTS + 2))


def test_a_filter_alone_lists_its_documents(server):
    result = api(server, category="radio-komunitas", sort="date")
    assert result["total"] == 16
    dates = [hit["date"] for hit in result["hits"]]
    assert dates == sorted(dates)


def test_the_page_says_nothing_matched_and_offers_a_spelling(server):
    status, _, page = fetch(server, "/?q=komunitsa")
    assert status == 200 and "Tidak ada dokumen yang cocok." in page
    assert 'Mungkin maksud Anda: <a href="/?q=komunitas">komunitas</a>' in page
    _, _, page = fetch(server, "/?q=komunitsa&lang=en")
    assert 'Did you mean: <a href="/?q=komunitas&amp;lang=en">komunitas</a>' in page and "No documents match." in page


def test_the_first_page_lists_the_archive_by_category_and_year(server):
    status, _, page = fetch(server, "/")
    assert status == 200 and f"Cari di {5 + RADIO_POSTS + 1} dokumen arsip" in page
    assert '<a href="/?category=radio-komunitas">Radio Komunitas</a> <span class="count">16</span>' in page
    assert '<a href="/?from=2014&amp;to=2014">2014</a>' in page


def test_the_page_links_facets_and_pages_with_the_whole_state(server):
    _, _, page = fetch(server, "/?q=radio&sort=-date&lang=en")
    assert '<a href="/?q=radio&amp;category=pelatihan-jurnalistik&amp;sort=-date&amp;lang=en">Pelatihan Jurnalistik</a>' in page
    assert '<a href="/?q=radio&amp;from=2014&amp;to=2014&amp;sort=-date&amp;lang=en">2014</a>' in page
    assert 'href="/?q=radio&amp;sort=-date&amp;page=2&amp;lang=en"' in page
    assert "1–10 of 25 documents" in page
    _, _, page = fetch(server, "/?q=radio&category=pelatihan-jurnalistik&from=2014&to=2014")
    assert '<li class="active"><a href="/?q=radio&amp;from=2014&amp;to=2014" aria-current="true">Pelatihan Jurnalistik</a>' in page
    assert '<li class="active"><a href="/?q=radio&amp;category=pelatihan-jurnalistik" aria-current="true">2014</a>' in page


def test_one_document_is_counted_in_the_singular(server):
    """Only the hostile fixture's script is a "naskah": "1 document", never "1 documents"."""
    assert '<p class="total" id="total">1–1 of 1 document</p>' in fetch(server, "/?q=naskah&lang=en")[2]
    assert '<p class="total" id="total">1–1 dari 1 dokumen</p>' in fetch(server, "/?q=naskah")[2]
    assert '<p class="total" id="total">1 document · This page is empty.' in fetch(server, "/?q=naskah&page=2&lang=en")[2]


def test_an_index_of_one_document_is_introduced_in_the_singular(tmp_path, write):
    write("site/a.md", "---\ntitle: Pertama\n---\nLumbung padi desa.\n")
    directory = tmp_path / "index"
    index_paths(directory, [str(tmp_path / "site")], procs=1)
    with running_server(directory) as server:
        assert '<p class="intro">Search 1 archived document. ' in fetch(server, "/?lang=en")[2]
        assert '<p class="intro">Cari di 1 dokumen arsip. ' in fetch(server, "/")[2]


def test_hits_found_only_through_expansion_are_marked(server):
    expanded = api(server, q="buruh")
    via = [hit["via"] for hit in expanded["hits"]].count("expansion")
    assert via and len(expanded["hits"]) == expanded["total"] + via
    _, _, page = fetch(server, "/?q=buruh")
    assert page.count('<span class="via"') == via
    _, _, page = fetch(server, "/?q=buruh&expand=0")
    assert '<span class="via"' not in page and 'id="expand" name="expand" value="0" checked' in page
    assert len(api(server, q="buruh", expand="0")["hits"]) == expanded["total"]


def test_api_doc_and_stats(server):
    status, _, body = fetch(server, "/api/doc/" + quote(HOSTILE_ID))
    assert status == 200
    document = json.loads(body)
    assert document["id"] == HOSTILE_ID and document["records"][0]["title"] == HOSTILE_TITLE
    status, _, body = fetch(server, "/api/doc/_posts/2012-01-10-radio-0.md")
    assert status == 200 and json.loads(body)["records"][0]["categories"][0]["key"] == "pelatihan-jurnalistik"
    status, _, body = fetch(server, "/api/doc/no/such/document.md")
    assert status == 404 and json.loads(body) == {"error": "not found"}
    status, _, body = fetch(server, "/api/stats")
    assert status == 200 and json.loads(body)["documents"] == 5 + RADIO_POSTS + 1


@pytest.mark.parametrize("target", [
    "/api/doc/../../../../etc/passwd",
    "/api/doc/%2e%2e/%2e%2e/%2e%2e/etc/passwd",
    "/doc/%2Fetc%2Fpasswd",
    "/static/../app.py",
    "/static/%2e%2e/app.py",
    "/static/",
    "/templates/base.html",
    "/doc/%ff%fe",
    "/doc/",
])
def test_paths_never_reach_files(server, target):
    status, _, body = fetch(server, target)
    assert status == 404
    assert "root:" not in body and "import" not in body


@pytest.mark.parametrize("query, message", [
    ("q=radio&page=0", "page"),
    ("q=radio&page=dua", "page"),
    ("q=radio&limit=5000", "limit"),
    ("q=radio&sort=acak", "sort"),
    ("q=radio&expand=no", "expand"),
    ("q=radio&lang=fr", "lang"),
    ("q=radio&from=kemarin", "not a date"),
    ("q=radio&from=2016&to=2012", "after"),
    ("q=radio&q=buruh", "given 2 times"),
    ("q=%ff", "UTF-8"),
    ("q=" + "a" * 2500, "longer than"),
    ("", "give a query"),
])
def test_bad_parameters_give_400_not_a_traceback(server, query, message):
    status, _, body = fetch(server, "/api/search?" + query)
    assert status == 400
    assert message in json.loads(body)["error"]
    status, headers, page = fetch(server, "/?" + query + "&lang=en" if query else "/api/search")
    assert status == 400
    if query:
        assert headers["Content-Type"].startswith("text/html") and "Traceback" not in page
        assert "400" in page or 'id="error"' in page


def test_odd_queries_are_answered_or_refused(archive):
    app = WebApp(archive)
    try:
        for text in ["*", "~", "title:", '"', "((", "AND", "NOT", "radio^", "é", "\x00", "\u202e", "[a TO", "year:abc"]:
            assert app.handle("GET", "/?" + urlencode({"q": text})).status in (200, 400), text
            assert app.handle("GET", "/api/search?" + urlencode({"q": text})).status in (200, 400), text
    finally:
        app.close()


def test_document_values_are_escaped(server):
    for target in ("/?q=naskah+siaran", "/doc/" + quote(HOSTILE_ID), "/?category=" + quote('"><img src=x onerror=alert(2)>')):
        status, _, page = fetch(server, target)
        assert status == 200, target
        assert "<script>" not in page and "<img" not in page and "<b " not in page and "\x07" not in page
    _, _, page = fetch(server, "/doc/" + quote(HOSTILE_ID))
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;b onmouseover=alert(3)&gt;tebal&lt;/b&gt;" in page


def test_only_web_addresses_become_links():
    assert link_address("https://ciptamedia.org/hibah/424") == "https://ciptamedia.org/hibah/424"
    assert link_address(" HTTP://example.org/a ") == "HTTP://example.org/a"
    for address in ("javascript:alert(1)", " JavaScript:alert(1)", "data:text/html,<script>", "//evil.example/x", "/etc/passwd", None, 42, ["http://x"]):
        assert link_address(address) is None, address


def test_every_answer_has_the_security_headers(server):
    for target in ("/", "/?q=radio", "/api/search?q=radio", "/api/stats", "/static/arsip.css", "/nothing", "/?page=x"):
        _, headers, _ = fetch(server, target)
        assert "default-src 'none'" in headers["Content-Security-Policy"], target
        assert "script-src" not in headers["Content-Security-Policy"]  # no scripts at all
        assert headers["X-Content-Type-Options"] == "nosniff"


def test_read_only(server, archive):
    before = snapshot(archive)
    for method in ("POST", "PUT", "DELETE", "PATCH"):
        status, headers, _ = fetch(server, "/api/search?q=radio", method)
        assert status == 405 and headers["Allow"] == "GET, HEAD"
    status, headers, body = fetch(server, "/?q=radio", "HEAD")
    assert status == 200 and int(headers["Content-Length"]) > 0 and body == ""
    assert snapshot(archive) == before


def test_a_commit_while_serving_is_seen_on_the_next_request(tmp_path, write):
    write("site/a.md", "---\ntitle: Pertama\n---\nLumbung padi desa.\n")
    directory = tmp_path / "index"
    index_paths(directory, [str(tmp_path / "site")], procs=1)
    with running_server(directory) as server:
        assert api(server, q="gamelan")["total"] == 0
        write("site/b.md", "---\ntitle: Kedua\n---\nLatihan gamelan di balai desa.\n")
        index_paths(directory, [str(tmp_path / "site")], procs=1)
        assert [hit["title"] for hit in api(server, q="gamelan")["hits"]] == ["Kedua"]
        assert json.loads(fetch(server, "/api/stats")[2])["documents"] == 2


def test_a_search_past_its_time_limit_gives_503(archive):
    app = WebApp(archive, time_limit=1e-9)
    try:
        for target in ("/api/search?q=radio", "/?q=radio"):
            response = app.handle("GET", target)
            assert response.status == 503 and b"time" in response.body, target
    finally:
        app.close()


def test_an_index_removed_while_serving_gives_503(tmp_path, capfd):
    directory = tmp_path / "index"
    index_paths(directory, [str(SAMPLES)], procs=1)
    app = WebApp(directory)
    try:
        assert app.handle("GET", "/api/search?q=buruh").status == 200
        shutil.rmtree(directory)
        for target in ("/api/search?q=buruh", "/?q=buruh", "/api/stats", "/api/doc/x", "/"):
            response = app.handle("GET", target)
            assert response.status == 503 and b"no index at" in response.body, target
    finally:
        app.close()
    assert "internal error" not in capfd.readouterr().err


def run_serve(*args: str):
    return CliRunner().invoke(arsip, ["serve", *args])


def test_serve_refuses_a_missing_or_incompatible_index(tmp_path):
    result = run_serve("--index", str(tmp_path / "none"))
    assert result.exit_code == 4
    assert result.stderr.count("\n") == 1 and "no index at" in result.stderr
    directory = tmp_path / "old"
    index_paths(directory, [str(SAMPLES)], procs=1)
    (directory / META_FILE).write_text('{"schema_version": 0, "stemmer": "snowball"}')
    result = run_serve("--index", str(directory))
    assert result.exit_code == 4 and "incompatible" in result.stderr and "Traceback" not in result.stderr


def test_serve_opens_the_browser_and_warns_when_the_archive_is_visible_on_the_network(archive, monkeypatch):
    def stop_at_once(self, *args):
        raise KeyboardInterrupt

    monkeypatch.setattr(WebServer, "serve_forever", stop_at_once)
    local = run_serve("--index", str(archive), "--port", "0")
    assert local.exit_code == 0 and "warning" not in local.stderr
    assert "serving" in local.stderr and "http://127.0.0.1:" in local.stderr
    opened = []
    monkeypatch.setattr("webbrowser.open", opened.append)
    with_browser = run_serve("--index", str(archive), "--port", "0", "--open")
    assert with_browser.exit_code == 0 and len(opened) == 1 and opened[0] in with_browser.stderr
    network = run_serve("--index", str(archive), "--host", "0.0.0.0", "--port", "0")
    assert network.exit_code == 0
    assert "warning: listening on 0.0.0.0: the archive is visible to other computers on the network" in network.stderr


def test_serve_reports_a_port_in_use(archive):
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        result = run_serve("--index", str(archive), "--port", str(taken.getsockname()[1]))
    assert result.exit_code == 1 and "cannot listen on 127.0.0.1:" in result.stderr


def test_loopback_hosts():
    assert all(map(is_loopback, ["127.0.0.1", "127.0.0.2", "::1", "localhost"]))
    assert not any(map(is_loopback, ["0.0.0.0", "::", "192.168.1.5", "example.org"]))


def test_search_does_not_import_the_web_code(archive):
    code = (
        "import sys\nfrom arsip.cli.main import main\n"
        f"sys.argv = ['arsip', 'search', 'radio', '--index', {str(archive)!r}]\n"
        "try:\n    main()\nexcept SystemExit:\n    pass\n"
        "print(sorted(name for name in sys.modules if name.startswith(('jinja2', 'markupsafe', 'arsip.web', 'http.server'))))"
    )
    completed = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert completed.stdout.strip().splitlines()[-1] == "[]"


@pytest.mark.parametrize(("lang", "lead"), [("id", "Pencarian ini tidak dapat dijalankan:"), ("en", "This search cannot be run:")])
def test_a_bad_search_on_the_page_is_introduced_in_the_pages_language(server, lang, lead):
    """The reason comes from the query language's checks, in English; the page says in its
    own language what it is before it."""
    status, _, page = fetch(server, f"/?q=radio&from=kemarin&lang={lang}")
    assert status == 400
    assert re.search(rf'id="error"[^>]*>{re.escape(lead)} not a date: ', page)
