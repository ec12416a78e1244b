"""Deep nesting and expansion: front matter or markup built to exhaust the stack, the C
parser, the clock or memory costs a problem on the document, never the document."""

from __future__ import annotations

import json
import subprocess
import sys
import tracemalloc

import pytest

from arsip.ingest.limits import MAX_EXPANDED_CHARS, MAX_NESTING
from arsip.ingest.pipeline import ingest_bytes

from .conftest import best_cpu_seconds

BODY = "Isi badan tentang upah buruh tetap ada."


def ingest(name: str, text: str):
    """The one document of ``text`` (the file must never fail as a whole)."""
    result = ingest_bytes(text.encode("utf-8"), name, name)
    assert result.failure is None, result.failure
    [document] = result.documents
    return document


def deep_cases(depth: int) -> dict[str, str]:
    return {
        "yaml flow": f"---\ntitle: Judul\ndaftar: {'[' * depth}{']' * depth}\n---\n{BODY}\n",
        "yaml block": f"---\ntitle: Judul\ndaftar:\n{'- ' * depth}x\n---\n{BODY}\n",
        "yaml mapping": f"---\ntitle: Judul\npeta: {'{a: ' * depth}1{'}' * depth}\n---\n{BODY}\n",
        "toml": f'+++\ntitle = "Judul"\ndaftar = {"[" * depth}{"]" * depth}\n+++\n{BODY}\n',
        "toml dotted key": f'+++\ntitle = "Judul"\n{".".join(["a"] * depth)} = 1\n+++\n{BODY}\n',
        "json": f'{{\n"title": "Judul", "daftar": {"[" * depth}{"]" * depth}\n}}\n{BODY}\n',
    }


@pytest.mark.parametrize("case", deep_cases(1_000))
def test_front_matter_nested_a_thousand_deep_keeps_the_body_and_records_a_problem(case):
    document = ingest("dalam.md", deep_cases(1_000)[case])
    assert BODY in document.text
    reasons = [problem.reason for problem in document.problems]
    assert any("over a limit" in reason and str(MAX_NESTING) in reason for reason in reasons), reasons


def test_nesting_within_the_limit_is_parsed():
    document = ingest("wajar.md", deep_cases(MAX_NESTING - 5)["yaml flow"])
    assert document.problems == []
    assert document.title == "Judul"


def test_yaml_a_hundred_thousand_deep_does_not_crash_the_process():
    """libyaml's C composer overflows the C stack (SIGSEGV) on this; run apart, with a guard."""
    script = (
        "import json, sys\n"
        "from arsip.ingest.pipeline import ingest_bytes\n"
        "from tests.test_nesting_and_expansion import deep_cases\n"
        "result = ingest_bytes(deep_cases(100_000)[sys.argv[1]].encode(), 'dalam.md', 'dalam.md')\n"
        "print(json.dumps([[p.reason for p in d.problems] for d in result.documents]))\n"
    )
    for case in ("yaml flow", "yaml block"):
        run = subprocess.run([sys.executable, "-c", script, case], capture_output=True, text=True, timeout=120)
        assert run.returncode == 0, (case, run.returncode, run.stderr[-500:])
        [reasons] = json.loads(run.stdout)
        assert any("nested deeper than" in reason for reason in reasons), reasons


def test_html_nested_a_thousand_divs_keeps_its_text():
    page = f"<html><head><title>Judul</title></head><body>{'<div>' * 1_000}<p>{BODY}</p>{'</div>' * 1_000}</body></html>"
    document = ingest("dalam.html", page)
    assert document.text == BODY


#: A long article around a deep part: losing only the deep part keeps over 90% of the words.
ARTICLE = "Rapat warga desa membahas pembangunan jembatan baru di atas sungai. " * 20


@pytest.mark.parametrize(
    "deep",
    [
        "> " * 1_000 + "Kutipan terdalam tentang pemilihan kepala desa yang berlangsung damai.\n",
        "".join("  " * level + f"- butir {level} tentang musyawarah\n" for level in range(11))
        + "  " * 11 + "- Kutipan terdalam tentang pemilihan kepala desa yang berlangsung damai.\n",
        "> - " * 12 + "Kutipan terdalam tentang pemilihan kepala desa yang berlangsung damai.\n",
    ],
    ids=["quote 1000 deep", "list 12 deep", "quoted lists 12 deep"],
)
def test_markdown_nested_deeper_than_the_parser_reads_keeps_its_words_and_says_so(deep):
    document = ingest("dalam.md", f"{ARTICLE}\n\n{deep}\nParagraf penutup tentang hasil rapat warga.\n")
    assert "Kutipan terdalam tentang pemilihan kepala desa yang berlangsung damai." in document.text
    assert document.text.startswith(ARTICLE.strip()) and document.text.endswith("Paragraf penutup tentang hasil rapat warga.")
    assert "> >" not in document.text
    assert [problem.reason for problem in document.problems] == [
        "1 part(s) nested more than 20 quotes or lists deep were read conservatively (markup stripped, every word kept)"
    ]


def test_markdown_nested_within_the_parser_limit_is_parsed_as_usual():
    document = ingest("wajar.md", "> " * 15 + f"**{BODY}**\n")
    assert document.text == BODY and document.problems == []


def test_html_text_keeps_order_and_paragraphs():
    page = "<body><div><p>satu <b>dua</b></p><table><tr><td>a</td><td>b</td></tr></table>tiga<br>empat</div></body>"
    assert ingest("urut.html", page).text == "satu dua\n\na b\n\ntiga\nempat"


def alias_bomb(anchor_chars: int, aliases: int) -> str:
    references = ", ".join(["*s"] * aliases)
    return f'---\ntitle: Judul\nisi: &s "{"x" * anchor_chars}"\nsalinan: [{references}]\n---\n{BODY}\n'


def test_alias_expansion_is_counted_in_characters_and_memory_stays_bounded():
    """100 KB repeated 300 times is 30 MB of text from a 100 KB file (a 1 MB anchor and
    3,000 aliases reached 3 GB): refused, and memory stays near the input's size."""
    text = alias_bomb(100_000, 300)
    tracemalloc.start()
    try:
        document = ingest("bom.md", text)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert any(f"more than {MAX_EXPANDED_CHARS:,} characters" in p.reason for p in document.problems), document.problems
    assert BODY in document.text
    assert peak < 20 * len(text), f"peak {peak:,} bytes for a {len(text):,}-byte file"


@pytest.mark.parametrize(
    "make",
    [
        lambda n: alias_bomb(20 * n, 100),
        lambda n: deep_cases(200 * n)["toml dotted key"],
    ],
    ids=["yaml aliases", "toml dotted key"],
)
def test_cost_grows_linearly_with_the_input(make):
    """Twice the input costs about twice the time (a generous bound: under four times)."""
    small, large = make(1_000), make(2_000)
    ratio = best_cpu_seconds(ingest, "besar.md", large, rounds=5) / best_cpu_seconds(ingest, "kecil.md", small, rounds=5)
    assert ratio < 4, f"twice the input took {ratio:.1f} times as long"


# --- long runs of spaces ------------------------------------------------------------------
# A damaged export can hold one line of tens of thousands of spaces (a table pasted from a
# spreadsheet, a text editor's padding): each case costs no more than the same file with
# words in its place, where a pattern that tried the run from each of its spaces took
# minutes (a Tumblr conversation's line break) or tens of seconds (broken front matter; a
# reST page's, see tests/test_rst.py).


def padded_cases(width: int, filler: str) -> dict[str, tuple[str, str]]:
    """Each reader's case: its file name and text, a line of ``width`` letters then ``width``
    times ``filler`` then a letter in it."""
    line = "x" * width + filler * width + "y"
    return {
        "html line break": ("siaran.html", f"<html><body><p>Penyiar: Selamat malam.<br>\n{line}<br>\nTamu: Terima kasih.</p><p>{BODY}</p></body></html>"),
        "markdown line": ("catatan.md", f"---\ntitle: Judul\n---\nBaris pertama\n{line}\nbaris berikut.\n\n{BODY}\n"),
        "broken front matter": ("rusak.md", f"---\ntitle: Judul\n{line}\n---\n{BODY}\n"),
        "html title": ("judul.html", f"<html><head><title>{line} | Desa Sukamaju</title></head><body><p>{BODY}</p></body></html>"),
    }


@pytest.mark.parametrize(
    "case, width", [("html line break", 1_500), ("markdown line", 30_000), ("broken front matter", 20_000), ("html title", 20_000)]
)
def test_a_long_run_of_spaces_costs_what_words_cost(case, width):
    spaces, words = padded_cases(width, " ")[case], padded_cases(width, "a")[case]
    assert BODY in ingest(*spaces).text
    ratio = best_cpu_seconds(ingest, *spaces) / best_cpu_seconds(ingest, *words)
    assert ratio < 4, f"the spaces took {ratio:.1f} times as long as words"
