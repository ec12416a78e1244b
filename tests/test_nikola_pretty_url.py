"""A Nikola post's own ``pretty_url`` is read as the site's Nikola reads it
(``Post.has_pretty_url``): in Nikola 8, ``false``, ``no`` or ``0`` in any case publish it
at ``slug.html`` and ``true``, ``yes`` or ``1`` at ``slug/``, the slug ``index`` too, whatever
``PRETTY_URLS`` says; in Nikola 7 only ``False`` so written turns ``PRETTY_URLS`` off
(tests/data/sites/nikola-pretty-url)."""

import shutil
from pathlib import Path

from .conftest import read_by_id

SITE = Path(__file__).parent / "data" / "sites" / "nikola-pretty-url"
BASE = "https://melati.sukamaju.desa.id/posts/"


def _urls(site: Path) -> dict:
    documents, _ = read_by_id(site)
    return {path: document.url for path, document in documents.items()}


def test_a_nikola_8_post_s_pretty_url_decides():
    assert _urls(SITE) == {
        "posts/lomba-futsal.md": BASE + "lomba-futsal/",
        "posts/jadwal-latihan.md": BASE + "jadwal-latihan.html",  # false
        "posts/kerja-bakti.md": BASE + "kerja-bakti.html",  # no
        "posts/beranda.md": BASE + "index/",  # yes: the slug index too
    }


def test_a_nikola_7_post_s_pretty_url_turns_it_off_only_as_False(tmp_path):
    site = tmp_path / "melati"
    shutil.copytree(SITE, site)
    conf = site / "conf.py"
    settings = conf.read_text(encoding="utf-8").replace("USE_TAG_METADATA = False\nWARN_ABOUT_TAG_METADATA = False\n", "PRETTY_URLS = True\n")
    conf.write_text(settings, encoding="utf-8")
    assert _urls(site) == {
        "posts/lomba-futsal.md": BASE + "lomba-futsal/",
        "posts/jadwal-latihan.md": BASE + "jadwal-latihan/",
        "posts/kerja-bakti.md": BASE + "kerja-bakti/",
        "posts/beranda.md": BASE,  # the slug index at its folder, as ever in Nikola 7
    }
