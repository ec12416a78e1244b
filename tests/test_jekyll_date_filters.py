"""Liquid's ``date`` filter and Jekyll's ``date_to_string``, ``date_to_long_string``,
``date_to_xmlschema`` and ``date_to_rfc822`` are applied to a date arsip knows, as a Jekyll
site renders them: Ruby's ``strftime`` with English names, a post's ``page.date`` from its
front matter or its file name, as a local time of the build in the site's ``timezone``
(``Utils.parse_date``), the Jekyll filters in that zone too. A date Jekyll takes from the
build (``site.time``, ``"now"``, an undated collection document's ``page.date``) is
removed and named, as before. A filter's argument given as a variable is its value, as
Liquid evaluates it: ``date: site.date_format`` formats with the site's ``date_format``."""

import datetime as dt
from pathlib import Path
from zoneinfo import ZoneInfo

from arsip.ingest.sites.jekyll.dates import date_filtered, ruby_strftime
from arsip.ingest.sites.jekyll.outputs import output_text

from .conftest import read_by_id

SITE = Path(__file__).parent / "data" / "jekyll-date-filters"


def _documents() -> dict:
    return read_by_id(SITE)[0]


def test_a_posts_file_name_date_shows_through_each_date_filter():
    post = _documents()["_posts/2024-03-05-panen-raya.md"]
    assert post.text.startswith("Diterbitkan 5 March 2024 (05 Mar 2024; 5th March 2024; Mar 5th, 2024).\n\n")
    assert post.problems == []


def test_a_front_matter_time_is_shown_in_the_sites_timezone():
    post = _documents()["_posts/2024-01-10-musyawarah-desa.md"]
    assert post.text.startswith(
        "Musyawarah dibuka Wednesday, 10 January 2024 pukul 06:30 WIB (2024-01-10 06:30:00 +0700; 2024-01-10T06:30:00+07:00).\n\n"
    )
    assert post.problems == []


def test_other_dates_and_texts_are_filtered_and_the_builds_clock_is_named():
    page = _documents()["tentang.md"]
    assert page.text == "Halaman diperbarui 01/12/2023. Hari jadi desa jatuh pada 17 August 2024.\n\nSitus ini dikelola karang taruna sejak dan dibangun."
    assert [problem.reason for problem in page.problems if problem.field != "date"] == ['2 Liquid output(s) removed, what they show not known: {{ site.time }} (1), {{ "now" }} (1)']
    agenda = _documents()["_agenda/senam-pagi.md"]
    assert [problem.reason for problem in agenda.problems] == ["1 Liquid output(s) removed, what they show not known: {{ page.date }} (1)"]


def test_a_filters_argument_given_as_a_variable_is_its_value():
    post = _documents()["_posts/2024-06-20-lomba-desa.md"]
    assert post.text.startswith("Diterbitkan 20 June 2024. Berkas lomba diterima sampai 01 July 2024, penilai dari Kabar Desa Sukamaju.\n\n")
    assert post.problems == []
    assert output_text("page.date | date: site.format_tanggal", {"date": "2024-06-20"}, {}) == "2024-06-20"  # (a setting not given: nothing, the date as it is)
    assert output_text("page.date | date: site.date_format", {"date": "2024-06-20"}, None) is None  # (no configuration read)


def test_ruby_strftime_writes_english_names_and_rubys_flags():
    moment = dt.datetime(2024, 8, 7, 14, 5, 9, 250000, tzinfo=ZoneInfo("Asia/Jakarta"))
    assert ruby_strftime(moment, "%A %-d %B %Y, %I:%M %p (%P) %e|%^b|%j|%:z %Z|%3N|%y %C|%Q") == (
        "Wednesday 7 August 2024, 02:05 PM (pm)  7|AUG|220|+07:00 WIB|250|24 20|%Q"
    )
    assert ruby_strftime(moment, "%F %T %z|%D|%10A|%-m/%-d") == "2024-08-07 14:05:09 +0700|08/07/24| Wednesday|8/7"


def test_yaml_times_are_utc_and_nothing_stays_nothing():
    assert output_text("page.rapat | date: '%H:%M %Z'", {"rapat": dt.datetime(2024, 1, 2, 10, 0, tzinfo=dt.timezone(dt.timedelta(hours=7)))}, {}) == "03:00 UTC"
    assert output_text("page.rapat", {"rapat": dt.datetime(2024, 1, 2, 10, 0)}, {}) == "2024-01-02 10:00:00 UTC"
    assert output_text("page.tanggal | date: '%Y'", {}, {}) == ""
    assert date_filtered("", "date_to_string", [], None) == ""
    assert date_filtered("2024-02-11", "date", [""], None) == "2024-02-11"  # (an empty format: as it is)
    assert output_text("page.tanggal | date_to_string", {"tanggal": "14 Februari 2024"}, {}) == "14 Feb 2024"  # (Ruby's parser reads "Feb…" as February)
    assert output_text("page.tanggal | date_to_string", {"tanggal": "14 Agustus 2024"}, {}) is None  # (a month Ruby's parser does not read: not known)
