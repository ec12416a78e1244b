"""A front-matter time written without a UTC offset is in the zone its generator reads it
in: the site's configured zone (Hugo's ``timeZone``, Jekyll's ``timezone``, Pelican's
``TIMEZONE``, as Hexo's ``timezone`` in test_hexo.py), its offset added to the record's
date; a Jekyll YAML timestamp is UTC (ingest/normalize.py ``site_zone``)."""

from pathlib import Path

from arsip.ingest.pipeline import read_documents

SITES = Path(__file__).parent / "data" / "site-zones"


def _dates(site: str) -> dict[str, str | None]:
    return {document.id.rsplit("/", 1)[-1]: document.date for document in read_documents([str(SITES / site)])}


def test_a_jekyll_text_time_is_in_the_site_s_timezone():
    assert _dates("jekyll")["2024-03-05-rapat-desa.md"] == "2024-03-05T19:30:00+07:00"


def test_a_jekyll_yaml_timestamp_without_a_zone_is_utc():
    assert _dates("jekyll")["2024-03-06-kerja-bakti.md"] == "2024-03-06T07:00:00+00:00"


def test_a_time_with_its_own_offset_or_a_day_alone_stays_as_written():
    dates = _dates("jekyll")
    assert dates["2024-03-07-posyandu.md"] == "2024-03-07T08:00:00+08:00"
    assert dates["2024-03-08-pengumuman.md"] == "2024-03-08"  # (its file name's day)
    assert _dates("hugo")["banjir.md"] == "2024-03-07T09:00:00+07:00"


def test_a_hugo_time_yaml_or_toml_is_in_the_site_s_time_zone():
    dates = _dates("hugo")
    assert dates["pelabuhan.md"] == "2024-03-05T10:00:00+08:00"
    assert dates["pasar.md"] == "2024-03-06T06:30:00+08:00"


def test_a_pelican_time_is_in_the_site_s_timezone():
    assert _dates("pelican")["festival.md"] == "2024-03-05T16:00:00+09:00"


def test_without_a_configured_zone_a_text_time_keeps_no_offset():
    assert _dates("jekyll-tanpa-zona")["2024-03-05-ronda.md"] == "2024-03-05T21:00:00"
