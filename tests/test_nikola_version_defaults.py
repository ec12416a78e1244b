"""The defaults of the Nikola a ``conf.py`` is from (Nikola 7 or older when it sets none of
Nikola 8's ``USE_TAG_METADATA`` and ``WARN_ABOUT_TAG_METADATA``) for the settings it leaves
out: ``PRETTY_URLS`` False in Nikola 7 (``slug.html``), True in Nikola 8 (``slug/``);
``STRIP_INDEXES`` False in Nikola 7, True in Nikola 8 and wherever ``PRETTY_URLS`` is on;
``PAGES`` ``stories/*.txt`` in Nikola 7, ``pages/*.txt`` in Nikola 8
(tests/data/sites/nikola-7-defaults, whose ``conf.py`` has ``# PRETTY_URLS = False`` as
Nikola 7's ``nikola init`` wrote it)."""

import shutil
from pathlib import Path

from arsip.ingest.sites.nikola import OUTSIDE_NIKOLA_SOURCES

from .conftest import read_by_id

SITE = Path(__file__).parent / "data" / "sites" / "nikola-7-defaults"
BASE = "https://posyandu-mawar.sukamaju.desa.id/"


def _site_with(tmp_path: Path, setting: str) -> Path:
    site = tmp_path / "posyandu"
    shutil.copytree(SITE, site)
    conf = site / "conf.py"
    conf.write_text(conf.read_text(encoding="utf-8") + setting + "\n", encoding="utf-8")
    return site


#: The posts about tags (tests/test_nikola_private_tag.py).
TAG_POSTS = ("posts/rapat-kader.txt", "posts/catatan-kas.txt", "posts/penimbangan.txt")


def _urls(documents: dict) -> dict:
    """The address of each document but :data:`TAG_POSTS`."""
    return {path: document.url for path, document in documents.items() if path not in TAG_POSTS}


def test_a_nikola_7_site_publishes_slug_html_and_its_stories():
    documents, _ = read_by_id(SITE)
    assert _urls(documents) == {
        "posts/imunisasi-campak.txt": BASE + "posts/imunisasi-campak.html",
        "stories/tentang.txt": BASE + "stories/tentang.html",
        "stories/beranda.txt": BASE + "stories/index.html",  # STRIP_INDEXES off
    }


def test_pretty_urls_set_in_a_nikola_7_site_strips_indexes_too(tmp_path):
    documents, _ = read_by_id(_site_with(tmp_path, "PRETTY_URLS = True"))
    assert _urls(documents) == {
        "posts/imunisasi-campak.txt": BASE + "posts/imunisasi-campak/",
        "stories/tentang.txt": BASE + "stories/tentang/",
        "stories/beranda.txt": BASE + "stories/",
    }


def test_strip_indexes_set_off_stays_off(tmp_path):
    documents, _ = read_by_id(_site_with(tmp_path, "PRETTY_URLS = True\nSTRIP_INDEXES = False"))
    assert documents["stories/beranda.txt"].url == BASE + "stories/index.html"


def test_a_nikola_8_site_publishes_slug_folders_and_pages_not_stories(tmp_path):
    documents, report = read_by_id(_site_with(tmp_path, "WARN_ABOUT_TAG_METADATA = False"))
    assert _urls(documents) == {"posts/imunisasi-campak.txt": BASE + "posts/imunisasi-campak/"}
    assert report.skipped[OUTSIDE_NIKOLA_SOURCES] == 2  # stories/*.txt: Nikola 8's PAGES is pages/*.txt


def test_an_address_that_depends_on_the_judged_nikola_says_so(tmp_path):
    """A conf.py setting none of Nikola 8's settings is read as Nikola 7's (a site upgraded to
    Nikola 8 may set none either): a page Nikola 8 would publish elsewhere, or not at all, gets
    a url problem naming both; one both publish at the same address gets none."""
    documents, _ = read_by_id(SITE)
    assert documents["posts/imunisasi-campak.txt"].problems[-1].reason == (
        "conf.py sets neither USE_TAG_METADATA nor WARN_ABOUT_TAG_METADATA, which Nikola 8 writes, so it is read as Nikola 7's, "
        "which publishes the page at posts/imunisasi-campak.html; Nikola 8 would publish it at posts/imunisasi-campak/"
    )
    assert documents["stories/tentang.txt"].problems[-1].reason.endswith("at stories/tentang.html; Nikola 8 would not publish it")  # PAGES: pages/*.txt
    pretty = read_by_id(_site_with(tmp_path / "pretty", "PRETTY_URLS = True"))[0]
    assert [problem.field for problem in pretty["posts/imunisasi-campak.txt"].problems] == []
    assert [problem.field for problem in pretty["stories/tentang.txt"].problems] == ["url"]
    nikola_8 = read_by_id(_site_with(tmp_path / "delapan", "WARN_ABOUT_TAG_METADATA = False"))[0]
    assert all(problem.field != "url" for document in nikola_8.values() for problem in document.problems)
