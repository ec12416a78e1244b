"""A Nikola site as ``nikola deploy`` publishes it: a draft is deployed (at its address,
listed nowhere) unless ``conf.py`` sets ``DEPLOY_DRAFTS = False``; an output folder given
per language in ``POSTS``/``PAGES`` places each translation in its own; a setting
``conf.py`` computes is named in a problem, and a file is not left out by a ``POSTS`` arsip
cannot read (tests/data/sites/nikola-draf)."""

import shutil
from pathlib import Path

from .conftest import read_by_id

SITE = Path(__file__).parent / "data" / "sites" / "nikola-draf"
BASE = "https://warta.contoh.id/"


def _documents(path: Path, **options) -> dict:
    return read_by_id(path, **options)[0]


def _site_with(tmp_path: Path, settings: str) -> Path:
    """The site with ``settings`` appended to its ``conf.py``."""
    site = tmp_path / "warta"
    shutil.copytree(SITE, site)
    conf = site / "conf.py"
    conf.write_text(conf.read_text(encoding="utf-8") + settings, encoding="utf-8")
    return site


def test_a_draft_is_deployed_by_default_listed_nowhere():
    draft = _documents(SITE)["posts/rencana-dermaga.md"]
    assert (draft.draft, draft.url) == (False, BASE + "berita/rencana-dermaga/")
    assert [tag.label for tag in draft.tags] == ["dermaga"]  # (the draft tag is no tag)


def test_deploy_drafts_false_leaves_drafts_out(tmp_path):
    site = _site_with(tmp_path, "DEPLOY_DRAFTS = False\n")
    assert "posts/rencana-dermaga.md" not in _documents(site)
    assert _documents(site, include_drafts=True)["posts/rencana-dermaga.md"].draft


def test_a_computed_deploy_drafts_is_named_on_each_draft(tmp_path):
    site = _site_with(tmp_path, "import os\nDEPLOY_DRAFTS = os.environ.get('DRAF') == '1'\n")
    documents = _documents(site)
    assert any("DEPLOY_DRAFTS" in problem.reason for problem in documents["posts/rencana-dermaga.md"].problems)
    assert documents["posts/lelang-ikan.md"].url == BASE + "berita/lelang-ikan/" and not documents["posts/lelang-ikan.md"].problems


def test_output_folders_given_per_language():
    documents = _documents(SITE)
    assert documents["posts/lelang-ikan.md"].url == BASE + "berita/lelang-ikan/"
    assert documents["posts/lelang-ikan.en.md"].url == BASE + "en/news/lelang-ikan/"  # its slug from the post it translates
    assert documents["pages/profil.md"].url == BASE + "about/profil/"  # no folder for id: the first one given, as Nikola's TranslatableSetting


def test_computed_posts_leave_no_file_out_and_say_so(tmp_path):
    site = _site_with(tmp_path, "POSTS = tuple((f'{folder}/*.md', folder, 'post.tmpl') for folder in ('posts', 'arsip'))\n")
    post = _documents(site)["posts/lelang-ikan.md"]
    assert post.url is None and any("conf.py computes POSTS" in problem.reason for problem in post.problems)
