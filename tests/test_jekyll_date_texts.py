"""A Jekyll document's front-matter ``date`` given as a text is read as Jekyll reads it, with
Ruby's ``Time.parse`` (``Utils.parse_date``): ``2019-3-5``, ``2019/03/06 09:30``, ``7 March
2019``, ``Mar 8 2019 19:30 +0700``, RFC 2822's ``Sat, 09 Mar 2019 07:00:00 +0700``, a month
Ruby finds by its English abbreviation (``Maret``), ``8:00 pm``; the document's url and its
``{{ page.date }}`` follow it, as they do a date of digits (``date: 20190311``, a YAML
integer), or a numeric date before a year of four digits, day first as Ruby reads it
(``04/03/2019 19:30``, ``2-3-2019``, ``03.03.2019``). A text in which Ruby finds no date or time (``kemarin``) stops
Jekyll's build: a ``date`` problem says so. A form arsip does not read (``12 Mei 2019``)
leaves the url unknown, with a problem, as before."""

from pathlib import Path

import pytest

from arsip.ingest.sites.jekyll.dates import parsed_time, refused_by_ruby, without_time_information

from .conftest import read_by_id, site_copy

SITE = Path(__file__).parent / "data" / "jekyll-date-texts"
BASE = "https://warta.sukamaju.id"


def _documents() -> dict:
    return read_by_id(SITE)[0]


@pytest.mark.parametrize(
    ("name", "url", "shown"),
    [
        ("bantuan-bibit", "/2019/03/05/bantuan-bibit/", "5 March 2019 00:00"),
        ("posyandu-balita", "/2019/03/06/posyandu-balita/", "6 March 2019 09:30"),
        ("lomba-kebersihan", "/2019/03/07/lomba-kebersihan/", "7 March 2019 00:00"),
        ("rapat-karang-taruna", "/2019/03/08/rapat-karang-taruna/", "8 March 2019 19:30"),
        ("kerja-bakti", "/2019/03/09/kerja-bakti/", "9 March 2019 07:00"),
        ("pengajian", "/2019/03/10/pengajian/", "10 March 2019 20:00"),
    ],
)
def test_a_date_text_time_parse_reads_places_and_dates_the_post(name, url, shown):
    post = _documents()[f"_posts/2019-03-01-{name}.md"]
    assert post.url == BASE + url
    assert post.text.startswith(f"Diterbitkan {shown}. ")
    assert post.problems == []


@pytest.mark.parametrize(
    ("name", "url", "shown", "date", "raw"),
    [
        ("gotong-royong", "/2019/03/11/gotong-royong/", "11 March 2019 00:00", "2019-03-11", "20190311"),
        ("ronda-malam", "/2019/03/12/ronda-malam/", "12 March 2019 21:30", "2019-03-12T21:30:00+07:00", "201903122130"),
    ],
)
def test_a_date_of_digits_is_read_as_time_parse_reads_it(name, url, shown, date, raw):
    """``date: 20190311`` (a YAML integer, whose ``to_s`` Jekyll reads) and ``"201903122130"``
    are dates to Ruby's ``Date._parse`` (``parse_ddd``): the post's url, its ``page.date``
    and its date follow them, without a problem."""
    post = _documents()[f"_posts/2019-03-01-{name}.md"]
    assert post.url == BASE + url
    assert post.text.startswith(f"Diterbitkan {shown}. ")
    assert (post.date, post.date_raw, post.date_source) == (date, raw, "front_matter:date")
    assert post.problems == []


@pytest.mark.parametrize("lang", ["", "lang: en\n"])
def test_a_numeric_date_is_day_first_as_time_parse_reads_it_whatever_the_language(tmp_path, lang):
    """``04/03/2019 19:30``, ``2-3-2019``, ``03.03.2019``: Ruby's ``Date._parse`` takes the
    first number for the day before a year of four digits, so an English site's post is
    placed and dated by it too, never by a guess of the site's order."""
    documents = read_by_id(site_copy(SITE, tmp_path / "situs", "_config.yml", lang))[0]
    for name, day, shown, date in [
        ("rapat-rt", "04", "4 March 2019 19:30", "2019-03-04T19:30:00+07:00"),
        ("senam-pagi", "02", "2 March 2019 00:00", "2019-03-02"),
        ("vaksinasi", "03", "3 March 2019 00:00", "2019-03-03"),
    ]:
        post = documents[f"_posts/2019-03-01-{name}.md"]
        assert post.url == f"{BASE}/2019/03/{day}/{name}/"
        assert post.text.startswith(f"Diterbitkan {shown}. ")
        assert (post.date, post.date_source) == (date, "front_matter:date")
        assert post.problems == []


def test_a_posts_numeric_date_that_shows_the_order_is_still_evidence_for_the_sites_pages(tmp_path, write):
    """A post's ``25/03/2019``, which Jekyll reads itself, shows the site writes the day
    first: a page's ambiguous ``05/03/2019`` (a page's date Jekyll does not read) is read so
    in an English site too, without a problem."""
    write("_config.yml", f"url: {BASE}\nlang: en\n")
    write("_posts/2019-03-25-panen.md", "---\ntitle: Panen\ndate: 25/03/2019\n---\nPanen raya di desa.\n")
    write("profil.md", "---\ntitle: Profil\ndate: 05/03/2019\n---\nProfil desa Sukamaju.\n")
    documents = read_by_id(tmp_path)[0]
    assert documents["_posts/2019-03-25-panen.md"].date == "2019-03-25"
    assert (documents["profil.md"].date, documents["profil.md"].problems) == ("2019-03-05", [])


def test_a_date_without_date_or_time_is_named_as_stopping_jekylls_build():
    documents = _documents()
    post = documents["_posts/2019-03-01-panen-raya.md"]
    assert post.url is None
    assert [problem.reason for problem in post.problems if problem.field == "date"][-1] == (
        "front matter date 'kemarin' has no date or time Jekyll reads (Ruby's Time.parse): Jekyll stops the build on this document (Invalid date)"
    )
    assert "its build stops on it" in next(problem.reason for problem in post.problems if problem.field == "url")
    page = documents["tentang.md"]  # (a page: Jekyll does not read its date)
    assert not any("Jekyll stops" in problem.reason for problem in page.problems)


@pytest.mark.parametrize(("date", "refused"), [("03/25/2019", "month 25"), ("1551744000", "month 74"), ("2019", "month 20")])
def test_a_day_time_parse_reads_out_of_range_is_named_as_stopping_jekylls_build(tmp_path, write, date, refused):
    """``03/25/2019`` is month 25 to Ruby (day first), an integer of seconds since 1970 or a
    year alone months 74 and 20 (``parse_ddd``): ``Time.local`` refuses them, and Jekyll
    stops its build on the post."""
    write("_config.yml", f"url: {BASE}\n")
    write("_posts/2019-03-25-panen.md", f"---\ntitle: Panen\ndate: {date}\n---\nPanen raya di desa.\n")
    post = read_by_id(tmp_path)[0]["_posts/2019-03-25-panen.md"]
    assert post.url is None
    assert f"front matter date {date!r} is to Ruby's Time.parse a day of {refused}, which it refuses: Jekyll stops the build on this document (Invalid date)" in [
        problem.reason for problem in post.problems if problem.field == "date"
    ]
    assert "its build stops on it" in next(problem.reason for problem in post.problems if problem.field == "url")


def test_a_form_arsip_does_not_read_leaves_the_url_unknown_with_a_problem():
    post = _documents()["_posts/2019-03-01-musyawarah.md"]
    assert post.url is None
    assert [problem.field for problem in post.problems] == ["text", "url"]


def test_the_parser_keeps_the_zone_written_and_refuses_what_is_out_of_range():
    assert parsed_time("2024-01-10T06:30:00Z").utcoffset().total_seconds() == 0
    assert parsed_time("March 5th, 2024 10:00 GMT").isoformat() == "2024-03-05T10:00:00+00:00"
    assert parsed_time("2024-03-05 10:00 -03").isoformat() == "2024-03-05T10:00:00-03:00"
    assert parsed_time("2024-03-05 10:00").tzinfo is None  # (a local time of the build)
    assert parsed_time("20190305").isoformat() == "2019-03-05T00:00:00"
    assert parsed_time("20190305193045").isoformat() == "2019-03-05T19:30:45"
    assert parsed_time("20191305") is None and parsed_time("2019") is None
    assert parsed_time("05/03/2019").isoformat() == parsed_time("5-3-2019").isoformat() == "2019-03-05T00:00:00"
    assert parsed_time("2019.03.05 10:00 +0700").isoformat() == "2019-03-05T10:00:00+07:00"
    assert parsed_time("03/25/2019") is None and parsed_time("05/03/19") is None  # (month 25; 19 March 2005 to Ruby: not read here)
    assert parsed_time("2021-02-30") is None
    assert parsed_time("2024-01-10 06:30:00 +25:00") is None
    assert refused_by_ruby("32/03/2019") == "day 32" and refused_by_ruby("20191305") == "month 13"
    assert refused_by_ruby("05/03/2019") is None and refused_by_ruby("20190305") is None and refused_by_ruby("12 Mei 2019") is None
    assert without_time_information("segera") and without_time_information("now") and without_time_information("Desember")
    assert not without_time_information("Maret") and not without_time_information("5 Mei")  # ("Mar…": a month to Ruby; a digit)
