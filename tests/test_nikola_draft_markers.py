"""What marks a Nikola post a draft is Nikola's own (``Post._set_tags``): its ``status``
as written (``draft``; ``private`` keeps it listed nowhere but deployed) and, with
``USE_TAG_METADATA`` (True by default), the tag ``draft``; the ``draft: true`` and
``published: false`` other generators read are keys Nikola ignores, so it publishes those
posts (tests/data/sites/nikola-status, whose ``DEPLOY_DRAFTS = False`` leaves drafts off
the site)."""

import shutil
from pathlib import Path

from .conftest import read_by_id

SITE = Path(__file__).parent / "data" / "sites" / "nikola-status"
BASE = "https://warta.sukamaju.desa.id/berita/"


def test_only_nikolas_status_and_tag_make_a_draft():
    documents, report = read_by_id(SITE)
    assert {path: page.url for path, page in documents.items()} == {
        "posts/jadwal-ronda.md": BASE + "jadwal-ronda/",  # draft: true
        "posts/kerja-bakti.md": BASE + "kerja-bakti/",  # published: false
        "posts/kas-rt.md": BASE + "kas-rt/",  # status: private (deployed, listed nowhere)
        "posts/lomba-desa.md": BASE + "lomba-desa/",  # status: Draft, a status Nikola does not know
    }
    assert report.skipped["draft"] == 2  # status: draft, the tag draft


def test_without_tag_metadata_draft_is_a_tag_like_any_other(tmp_path):
    site = tmp_path / "warta"
    shutil.copytree(SITE, site)
    conf = site / "conf.py"
    conf.write_text(conf.read_text(encoding="utf-8") + "USE_TAG_METADATA = False\n", encoding="utf-8")
    post = read_by_id(site)[0]["posts/posyandu.md"]
    assert (post.draft, post.url) == (False, BASE + "posyandu/")
    assert [tag.label for tag in post.tags] == ["draft", "kesehatan"]
