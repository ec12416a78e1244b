"""The tag ``retired``, the name of ``private`` before Nikola 7, marks a private post in a
site whose ``conf.py`` is from Nikola 7 or older (``Post.__init__`` there: it is built and
deployed, listed nowhere, and is no tag of the post); Nikola 8 dropped it, so in a site
whose ``conf.py`` sets Nikola 8's ``USE_TAG_METADATA`` or ``WARN_ABOUT_TAG_METADATA`` it is
a tag like any other (tests/data/sites/nikola-retired)."""

import shutil
from pathlib import Path

import pytest

from .conftest import read_by_id

SITE = Path(__file__).parent / "data" / "sites" / "nikola-retired"
POST = "posts/lomba-voli.txt"


def _labels(document) -> list[str]:
    return [tag.label for tag in document.tags]


def test_retired_marks_a_private_post_of_a_nikola_7_site():
    documents, report = read_by_id(SITE)
    post = documents[POST]
    assert _labels(post) == ["olahraga"]
    assert (post.draft, [problem for problem in post.problems if problem.field != "url"]) == (False, [])  # (url: tests/test_nikola_version_defaults.py)
    assert post.url == "https://karangtaruna.sukamaju.desa.id/posts/lomba-voli.html"  # Nikola 7: PRETTY_URLS is False unless set
    assert _labels(documents["posts/kerja-bakti.txt"]) == ["lingkungan"]


@pytest.mark.parametrize("setting", ["USE_TAG_METADATA = True", "WARN_ABOUT_TAG_METADATA = False"])
def test_retired_is_a_tag_like_any_other_in_a_nikola_8_site(tmp_path, setting):
    site = tmp_path / "karangtaruna"
    shutil.copytree(SITE, site)
    conf = site / "conf.py"
    conf.write_text(conf.read_text(encoding="utf-8") + setting + "\n", encoding="utf-8")
    post = read_by_id(site)[0][POST]
    assert _labels(post) == ["retired", "olahraga"]
    assert post.draft is False
