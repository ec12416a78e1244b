"""A Gridsome site's Markdown pages are at the path the route of their collection's template
gives them (tests/data/app-addresses/gridsome): ``templates: { Post: '/berita/:year/:month/:title' }``
or the source's own ``route``, its parameters filled as Gridsome's ``makePath`` fills them —
the ``date``'s year and month, the ``title`` made a slug by @sindresorhus/slugify, ``:slug``
the front matter's ``slug`` — ending with ``/`` (``permalinks.trailingSlash``), below
``siteUrl``. A template arsip cannot read and a value it cannot slug leave the page without
url, and a ``url`` problem says why."""

import shutil
from pathlib import Path

import pytest

from .conftest import read_by_id, zip_of

SITE = Path(__file__).parent / "data" / "app-addresses" / "gridsome"
BASE = "https://kabar.kampung.desa.id/"
PLACES = {
    "content/posts/kerja-bakti.md": (BASE + "berita/2024/02/kerja-bakti-bersihkan-saluran/", []),
    "content/posts/posyandu.md": (BASE + "berita/2024/03/posyandu-and-imunisasi-balita/", []),
    "content/posts/perekaman-ektp.md": (BASE + "berita/2024/04/perekaman-e-ktp-keliling/", []),  # (slugify 0.8 decamelizes "eKTP")
    "content/halaman/tentang.md": (BASE + "profil-desa/", []),
}


def _places(path: Path) -> dict:
    documents, _ = read_by_id(path, workers=1)
    return {key.rpartition("situs/")[2]: (document.url, [problem.reason for problem in document.problems]) for key, document in documents.items()}


def _variant(tmp_path: Path, old: str, new: str) -> Path:
    folder = tmp_path / "situs"
    shutil.copytree(SITE, folder)
    config = folder / "gridsome.config.js"
    text = config.read_text(encoding="utf-8")
    assert old in text
    config.write_text(text.replace(old, new), encoding="utf-8")
    return folder


def test_pages_are_at_their_templates_route(tmp_path):
    assert _places(SITE) == PLACES
    zip_of(SITE, tmp_path / "situs.zip", "situs/")
    assert _places(tmp_path / "situs.zip") == PLACES


def test_without_trailing_slash(tmp_path):
    folder = _variant(tmp_path, "siteName: 'Kabar Kampung',", "siteName: 'Kabar Kampung',\n  permalinks: { trailingSlash: false },")
    assert _places(folder)["content/posts/kerja-bakti.md"] == (BASE + "berita/2024/02/kerja-bakti-bersihkan-saluran", [])


@pytest.mark.parametrize(
    "new, reason",
    [
        ("Post: node => `/berita/${node.id}`", "the route of its collection's template, which its configuration does not write out, publishes it, so its address is not known"),
        ("Post: [{ path: '/berita/:id', component: './src/templates/Post.vue' }]", "its template's route reads the node's id, which Gridsome makes itself"),
    ],
)
def test_a_route_arsip_cannot_fill_is_named(new, reason, tmp_path):
    places = _places(_variant(tmp_path, "Post: '/berita/:year/:month/:title'", new))
    unplaced = (None, ["a page of the Gridsome site's source folder content/posts/: " + reason])
    assert places == {**{page: unplaced for page in PLACES if page.startswith("content/posts/")}, "content/halaman/tentang.md": PLACES["content/halaman/tentang.md"]}
