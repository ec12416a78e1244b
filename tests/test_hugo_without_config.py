"""A Hugo site's repository without its configuration file (``content/`` beside ``themes/``,
``archetypes/`` or ``layouts/``) is read as Hugo builds a site with its defaults: the pages
of ``content/``, not the theme's README, its example site, nor a committed ``public/`` build."""

import shutil
from pathlib import Path

from arsip.ingest.pipeline import HUGO_EXAMPLE_SITE, OUTSIDE_HUGO_CONTENT

from .conftest import read_by_id, zip_of

REPOSITORY = Path(__file__).parent / "data" / "hugo-without-config"
PAGES = {"content/berita/rapat-warga.md", "content/tentang.md"}
#: The theme's README and template, the built copy of the page in public/.
OUTSIDE = 3


def test_the_pages_are_those_of_content():
    documents, report = read_by_id(REPOSITORY)
    assert set(documents) == PAGES
    assert {document.generator for document in documents.values()} == {"hugo"}
    assert report.skipped[HUGO_EXAMPLE_SITE] == 1
    assert report.skipped[OUTSIDE_HUGO_CONTENT] == OUTSIDE + 1  # (and the archetype)


def test_content_beside_themes_alone_is_a_hugo_site(tmp_path):
    root = shutil.copytree(REPOSITORY, tmp_path / "situs")
    shutil.rmtree(root / "archetypes")
    documents, report = read_by_id(root)
    assert set(documents) == PAGES
    assert report.skipped[OUTSIDE_HUGO_CONTENT] == OUTSIDE


def test_a_site_folder_inside_the_input(tmp_path):
    shutil.copytree(REPOSITORY, tmp_path / "situs")
    (tmp_path / "catatan.md").write_text("# Catatan\n\nCatatan rapat pengurus.\n", encoding="utf-8")
    documents, report = read_by_id(tmp_path)
    assert set(documents) == {"catatan.md"} | {f"situs/{page}" for page in PAGES}
    assert documents["situs/content/tentang.md"].generator == "hugo"


def test_a_zip_of_the_repository_reads_the_same_pages(tmp_path):
    documents, report = read_by_id(zip_of(REPOSITORY, tmp_path / "situs.zip", "situs/"))
    assert set(documents) == {f"situs.zip!/situs/{page}" for page in PAGES}
    assert report.skipped[HUGO_EXAMPLE_SITE] == 1


def test_a_nuxt_site_with_content_and_layouts_is_not_hugo(tmp_path):
    (tmp_path / "content").mkdir()
    (tmp_path / "layouts").mkdir()
    (tmp_path / "content" / "tentang.md").write_text("# Tentang\n\nSitus warga desa.\n", encoding="utf-8")
    (tmp_path / "layouts" / "default.vue").write_text("<template><Nuxt /></template>\n", encoding="utf-8")
    (tmp_path / "nuxt.config.js").write_text("export default { modules: ['@nuxt/content'] }\n", encoding="utf-8")
    documents, _ = read_by_id(tmp_path)
    assert documents["content/tentang.md"].generator != "hugo"
