"""A Nuxt Content site's pages are where its catch-all page (``pages/[...slug].vue``) renders
them, at the ``path`` Nuxt Content gives each (tests/data/app-addresses/nuxt-content): its
path in ``content/`` less number prefixes, ``index`` at its folder, each part made a slug,
below ``site.url``; a partial (``_ringkasan.md``) is no page. Without such a page, or with a
collection prefixing its pages, a ``url`` problem says why the page has none (names in
other letters than ASCII: tests/test_latin_slugs.py)."""

import shutil
from pathlib import Path

import pytest

from arsip.ingest.sites.javascript.app_routes import NUXT_UNROUTED

from .conftest import read_by_id, zip_of

SITE = Path(__file__).parent / "data" / "app-addresses" / "nuxt-content"
BASE = "https://kabar.sukamaju.desa.id/"
PLACED = {
    "content/index.md": (BASE, []),
    "content/berita/1.panen-raya.md": (BASE + "berita/panen-raya", []),
    "content/berita/Rapat Warga & RT.md": (BASE + "berita/rapat-warga-and-rt", []),
    "content/berita/Kelas C++ untuk Pemuda.md": (BASE + "berita/kelas-c%2B%2B-untuk-pemuda", []),  # (slugify 1.6.5 to 1.6.9 keep "+")
    "content/berita/_ringkasan.md": (None, []),
    "content/berita/gotong-royong-désa.md": (BASE + "berita/gotong-royong-desa", []),
}


def _places(path: Path) -> dict:
    documents, _ = read_by_id(path, workers=1)
    return {key.rpartition("situs/")[2]: (document.url, [problem.reason for problem in document.problems]) for key, document in documents.items()}


def test_pages_are_where_the_catch_all_page_renders_them(tmp_path):
    assert _places(SITE) == PLACED
    zip_of(SITE, tmp_path / "situs.zip", "situs/")
    assert _places(tmp_path / "situs.zip") == PLACED


def _unrouted(places: dict) -> dict:
    return {page: (None, [] if page.endswith("/_ringkasan.md") else [NUXT_UNROUTED]) for page in places}


def test_without_a_catch_all_page_the_sites_pages_say_so(tmp_path):
    folder = tmp_path / "situs"
    shutil.copytree(SITE, folder)
    (folder / "pages" / "[...slug].vue").rename(folder / "pages" / "index.vue")
    assert _places(folder) == _unrouted(PLACED)


@pytest.mark.parametrize(
    "old, new",
    [
        ("source: 'berita/*.md' })", "source: { include: 'berita/*.md', prefix: '/kabar' } })"),
        ("halaman: defineCollection({ type: 'page'", "halaman: defineCollection({ type: 'data'"),
        ("source: 'berita/*.md' })", "source: '1.berita/*.md' })"),  # (a fixed folder names the address as written)
    ],
)
def test_a_collection_publishing_elsewhere_leaves_the_pages_unplaced(old, new, tmp_path):
    folder = tmp_path / "situs"
    shutil.copytree(SITE, folder)
    config = folder / "content.config.ts"
    config.write_text(config.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    assert _places(folder) == _unrouted(PLACED)


def test_document_driven_mode_renders_the_pages_itself(tmp_path):
    folder = tmp_path / "situs"
    shutil.copytree(SITE, folder)
    (folder / "pages" / "[...slug].vue").unlink()
    (folder / "content.config.ts").unlink()
    config = folder / "nuxt.config.ts"
    config.write_text(config.read_text(encoding="utf-8").replace("site: {", "content: { documentDriven: true },\n  site: {"), encoding="utf-8")
    assert _places(folder) == PLACED


def _document_driven(tmp_path, content: str):
    """The site as Nuxt Content 2 reads it (no content.config.ts, documentDriven mode) with
    the further ``content`` settings."""
    folder = tmp_path / "situs"
    shutil.copytree(SITE, folder)
    (folder / "content.config.ts").unlink()
    config = folder / "nuxt.config.ts"
    config.write_text(config.read_text(encoding="utf-8").replace("site: {", "content: { documentDriven: true, %s },\n  site: {" % content), encoding="utf-8")
    return folder


def test_respect_path_case_keeps_the_case_of_the_files_names(tmp_path):
    """Nuxt Content 2's ``respectPathCase`` makes its path-meta transformer slugify each part
    with ``lower: false``."""
    assert _places(_document_driven(tmp_path, "respectPathCase: true")) == {
        **PLACED,
        "content/berita/Rapat Warga & RT.md": (BASE + "berita/Rapat-Warga-and-RT", []),
        "content/berita/Kelas C++ untuk Pemuda.md": (BASE + "berita/Kelas-C%2B%2B-untuk-Pemuda", []),
    }
    assert _places(_document_driven(tmp_path / "tidak", "respectPathCase: false")) == PLACED


def test_nuxt_content_3_has_no_respect_path_case(tmp_path):
    folder = tmp_path / "situs"
    shutil.copytree(SITE, folder)
    config = folder / "nuxt.config.ts"
    config.write_text(config.read_text(encoding="utf-8").replace("site: {", "content: { respectPathCase: true },\n  site: {"), encoding="utf-8")
    assert _places(folder) == PLACED


@pytest.mark.parametrize(
    "content, reason",
    [
        ("respectPathCase: process.env.HURUF", "nuxt.config.ts computes content.respectPathCase (process.env.HURUF): where the site publishes its pages is not known"),
        (
            "build: { pathMeta: { slugifyOptions: { lower: false } } }",
            "nuxt.config.ts sets content.build.pathMeta, Nuxt Content 3's options of the slugify that makes its pages' paths, which arsip does not apply: "
            "where the site publishes its pages is not known",
        ),
    ],
)
def test_a_path_case_arsip_cannot_tell_leaves_the_pages_unplaced(content, reason, tmp_path):
    places = _places(_document_driven(tmp_path, content))
    assert places == {page: (None, [] if page.endswith("/_ringkasan.md") else [reason]) for page in PLACED}
