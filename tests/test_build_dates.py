"""A front-matter date its generator fills in when it builds the site (Quarto's ``today``,
``now``, ``last-modified``; Eleventy's ``Last Modified``, ``Created`` and their ``git`` forms)
is no date of the page's: the problem says so, and the next source dates the page
(Quarto's ``date-modified`` among the keys of a modification date)."""

from pathlib import Path

from arsip.ingest.pipeline import read_documents

SITES = Path(__file__).parent / "data" / "build-dates"


def _documents(name: str) -> dict:
    return {document.id: document for document in read_documents([str(SITES / name)])}


def _date_problems(document) -> list[str]:
    return [problem.reason for problem in document.problems if problem.field == "date"]


def test_quarto_s_last_modified_gives_way_to_date_modified():
    page = _documents("quarto")["posts/kunjungan.qmd"]
    assert (page.date, page.date_source) == ("2024-02-01", "front_matter:date-modified")
    assert _date_problems(page) == [
        "front matter date: 'last-modified' is filled in when the site is built (the day it is built, or the file's time), not a date the page gives"
    ]


def test_a_page_dated_today_is_undated():
    page = _documents("quarto")["posts/tentang.qmd"]
    assert page.date is None and page.date_raw is None
    assert _date_problems(page) == ["front matter date: 'today' is filled in when the site is built (the day it is built, or the file's time), not a date the page gives"]


def test_eleventy_s_git_last_modified_is_no_date_of_the_page():
    page = _documents("eleventy")["blog/rapat-warga.md"]
    assert page.date is None
    assert _date_problems(page) == [
        "front matter date: 'git Last Modified' is filled in when the site is built (the day it is built, or the file's time), not a date the page gives"
    ]
