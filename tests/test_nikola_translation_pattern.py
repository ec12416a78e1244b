"""A Nikola 7 ``conf.py`` of more than one language that sets no ``TRANSLATIONS_PATTERN``
names translations as Nikola 6 did, ``{path}.{ext}.{lang}`` (``air-terjun.txt.en``), as
Nikola 7 reads it; Nikola 8's default is ``{path}.{lang}.{ext}``
(tests/data/sites/nikola-7-translations)."""

import shutil
from pathlib import Path

from arsip.ingest.sites.nikola import OUTSIDE_NIKOLA_SOURCES

from .conftest import read_by_id

SITE = Path(__file__).parent / "data" / "sites" / "nikola-7-translations"
BASE = "https://wisata.sukamaju.desa.id/"


def test_a_nikola_7_site_of_two_languages_names_translations_as_nikola_6():
    documents, _ = read_by_id(SITE)
    translation = documents["posts/air-terjun.txt.en"]
    assert (translation.url, translation.fields["lang"], translation.title) == (BASE + "en/posts/air-terjun/", "en", "Curug Sewu waterfall reopens")
    assert documents["posts/air-terjun.txt"].url == BASE + "posts/air-terjun/"


def test_a_nikola_8_site_does_not(tmp_path):
    site = tmp_path / "wisata"
    shutil.copytree(SITE, site)
    conf = site / "conf.py"
    conf.write_text(conf.read_text(encoding="utf-8") + "WARN_ABOUT_TAG_METADATA = False\n", encoding="utf-8")
    documents, report = read_by_id(site)
    assert list(documents) == ["posts/air-terjun.txt"] and report.skipped[OUTSIDE_NIKOLA_SOURCES] == 1
