"""The tag ``private`` marks a private Nikola post (built, deployed, listed nowhere, no tag
of it) only so written: ``Post._set_tags`` compares it exactly, so ``Private`` is a tag like
any other, in Nikola 7 and 8. It finds ``draft`` in any letter case but removes only
``draft``, so a post tagged ``Draft`` stops its build: read as a draft, with a problem
(tests/data/sites/nikola-7-defaults)."""

import shutil
from pathlib import Path

import pytest

from .conftest import read_by_id

SITE = Path(__file__).parent / "data" / "sites" / "nikola-7-defaults"


def _labels(document) -> list[str]:
    return [tag.label for tag in document.tags]


@pytest.mark.parametrize("setting", ["", "WARN_ABOUT_TAG_METADATA = False"])  # Nikola 7, Nikola 8
def test_private_in_another_letter_case_is_a_tag(tmp_path, setting):
    site = tmp_path / "posyandu"
    shutil.copytree(SITE, site)
    conf = site / "conf.py"
    conf.write_text(conf.read_text(encoding="utf-8") + setting + "\n", encoding="utf-8")
    documents, _ = read_by_id(site)
    assert _labels(documents["posts/rapat-kader.txt"]) == ["Private", "kader"]
    assert _labels(documents["posts/catatan-kas.txt"]) == ["kas"]
    assert not any(document.draft for document in documents.values())  # (DEPLOY_DRAFTS: True by default)


def test_draft_in_another_letter_case_is_read_as_a_draft_with_a_problem():
    documents, _ = read_by_id(SITE)
    post = documents["posts/penimbangan.txt"]
    assert _labels(post) == ["balita"]
    assert [problem.reason for problem in post.problems if problem.field != "url"] == [
        "the tag 'Draft': Nikola finds the tag draft in any letter case but removes only 'draft', so it stops its build on this post; read as a draft"
    ]  # (the url problems: tests/test_nikola_version_defaults.py)
    assert all(problem.field == "url" for path, document in documents.items() if path != "posts/penimbangan.txt" for problem in document.problems)
