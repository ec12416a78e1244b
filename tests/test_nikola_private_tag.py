"""The tag ``private`` marks a private Nikola post (built, deployed, listed nowhere, no tag
of it) only so written: ``Post._set_tags`` compares it exactly (``draft`` in any letter
case), so ``Private`` is a tag like any other, in Nikola 7 and 8
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
    assert not any(document.draft for document in documents.values())
