"""Nuxt Content and Gridsome make a page's address of a name or title with Latin letters
beyond ASCII as their slugify packages do (tests/data/app-addresses/nuxt-latin,
gridsome-latin): Nuxt Content's simov slugify by its table (``Berita-Terkini_ü.md`` at
``berita/berita-terkini_u``, ``Łódź`` "lodz"), Gridsome's @sindresorhus/slugify 0.8 by its
replacements and lodash.deburr (``Düsseldorf`` "duesseldorf", ``Tōkyō`` "tokyo", ``Æsir``
"aesir"); a Latin letter simov's table does not list (``Ĉ``) is dropped, as its ``remove``
pattern drops it. A name in another script leaves the page without url and a ``url``
problem saying why."""

import unicodedata
from pathlib import Path

import pytest

from arsip.ingest.sites.javascript.app_routes import _gridsome_slug

from .conftest import read_by_id

SITES = Path(__file__).parent / "data" / "app-addresses"
NUXT_BASE = "https://kabar.sukamaju.desa.id/"
GRIDSOME_BASE = "https://kabar.kampung.desa.id/"


def _nuxt_unplaced(path: str) -> str:
    return f"Nuxt Content makes the address of {path} by transliterating characters of its name beyond the Latin letters arsip writes as its slugify does, which arsip does not do"


def _gridsome_unplaced(title: str) -> str:
    return (
        f"a page of the Gridsome site's source folder content/posts/: Gridsome makes its template's route parameter :title of {title!r} by "
        "transliterating characters beyond the Latin letters arsip writes as its slugify does, which arsip does not do"
    )


PLACES = {
    "nuxt-latin": {
        "content/berita/Berita-Terkini_ü.md": (NUXT_BASE + "berita/berita-terkini_u", []),
        "content/kabar/Kunjungan ke Łódź & Malmö.md": (NUXT_BASE + "kabar/kunjungan-ke-lodz-and-malmo", []),
        "content/kabar/Ĉefa Kunjungan.md": (NUXT_BASE + "kabar/efa-kunjungan", []),  # (no slugify 1.6.x Nuxt Content installs lists Ĉ: dropped)
        "content/kabar/ꦥꦔꦸꦩꦸꦩꦤ꧀.md": (None, [_nuxt_unplaced("kabar/ꦥꦔꦸꦩꦸꦩꦤ꧀.md")]),
    },
    "gridsome-latin": {
        "content/posts/festival.md": (GRIDSOME_BASE + "berita/festival-kuliner-tokyo-and-duesseldorf/", []),
        "content/posts/kerja-sama.md": (GRIDSOME_BASE + "berita/kerja-sama-oresund-dan-lodz/", []),
        "content/posts/aksara.md": (None, [_gridsome_unplaced("Pelatihan Aksara ꦗꦮ")]),
        "content/posts/aesir.md": (GRIDSOME_BASE + "berita/pentas-wayang-aesir/", []),
    },
}


def _places(path: Path) -> dict:
    documents, _ = read_by_id(path, workers=1)
    return {unicodedata.normalize("NFC", key): (document.url, [problem.reason for problem in document.problems]) for key, document in documents.items()}


@pytest.mark.parametrize("site", sorted(PLACES))
def test_latin_letters_are_written_as_the_sites_slugify_writes_them(site):
    assert _places(SITES / site) == PLACES[site]


def test_a_decomposed_name_is_composed_first(tmp_path):
    folder = tmp_path / "situs"
    (folder / "content").mkdir(parents=True)
    (folder / "nuxt.config.ts").write_text((SITES / "nuxt-latin" / "nuxt.config.ts").read_text(encoding="utf-8"), encoding="utf-8")
    (folder / "content" / unicodedata.normalize("NFD", "Gotong Royong Désa.md")).write_text("# Gotong Royong\n\nWarga membersihkan saluran.\n", encoding="utf-8")
    assert [document.url for document in read_by_id(folder, workers=1)[0].values()] == [NUXT_BASE + "gotong-royong-desa"]


@pytest.mark.parametrize(
    "title, slug",
    [  # (each as @sindresorhus/slugify 0.8.0 with lodash.deburr 4.1.0, what Gridsome 0.7 installs, makes it)
        ("Festival Kuliner Tōkyō & Düsseldorf", "festival-kuliner-tokyo-and-duesseldorf"),
        (unicodedata.normalize("NFD", "Düsseldorf"), "dusseldorf"),  # (its replacements are of composed letters; deburr drops the marks)
        ("ÇAMLICA Tepesi", "c-amlica-tepesi"),  # (its replacements write Ç, Ğ, İ, Ş in lower case, then it decamelizes)
        ("Perekaman eKTP Keliling", "perekaman-e-ktp-keliling"),
        ("KTPElektronik Desa", "ktp-elektronik-desa"),
        ("Sensus2024Desa", "sensus2024-desa"),
        ("Pentas Wayang Æsir", "pentas-wayang-aesir"),
    ],
)
def test_gridsome_titles_are_made_slugs_as_its_slugify_makes_them(title, slug):
    assert _gridsome_slug(title, "title") == slug
