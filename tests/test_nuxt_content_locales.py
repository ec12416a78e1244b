"""Nuxt Content 2 with ``content.locales`` (tests/data/app-addresses/nuxt-locales:
``locales: ['id', 'en'], defaultLocale: 'id'``) takes a page's locale folder off its path,
as its path-meta transformer does: the default locale's ``content/id/berita/panen-raya.md``
is at ``/berita/panen-raya``, a page outside the locale folders is the default locale's at
its path; a query shows the default locale's pages only, so another locale's page has no
url and a ``url`` problem says why."""

from pathlib import Path

import pytest

from .conftest import read_by_id, site_copy

SITE = Path(__file__).parent / "data" / "app-addresses" / "nuxt-locales"
BASE = "https://kabar.sukamaju.desa.id/"


def _other_locale() -> list[str]:
    return [
        "a page of Nuxt Content's locale en (content.locales): Nuxt Content shows the default locale's pages unless the site's own code asks for another, "
        "so its address is not known"
    ]


def _places(path: Path) -> dict:
    documents, _ = read_by_id(path, workers=1)
    return {key: (document.url, [problem.reason for problem in document.problems]) for key, document in documents.items()}


def test_a_locale_folder_is_taken_off_the_path():
    assert _places(SITE) == {
        "content/id/index.md": (BASE, []),
        "content/id/berita/panen-raya.md": (BASE + "berita/panen-raya", []),
        "content/tentang.md": (BASE + "tentang", []),
        "content/en/index.md": (None, _other_locale()),
        "content/en/berita/panen-raya.md": (None, _other_locale()),
    }


@pytest.mark.parametrize(
    "old, new, expected",
    [
        ("    defaultLocale: 'id',\n", "", BASE + "berita/panen-raya"),  # (the first locale is the default)
        ("locales: ['id', 'en'],\n    defaultLocale: 'id',\n", "locales: ['en', 'id'],\n", None),
    ],
)
def test_the_default_locale_is_the_first_without_one(old, new, expected, tmp_path):
    folder = site_copy(SITE, tmp_path / "situs", "nuxt.config.ts")
    config = folder / "nuxt.config.ts"
    text = config.read_text(encoding="utf-8")
    assert old in text
    config.write_text(text.replace(old, new), encoding="utf-8")
    assert _places(folder)["content/id/berita/panen-raya.md"][0] == expected


def test_locales_the_configuration_computes_leave_the_pages_unplaced(tmp_path):
    folder = site_copy(SITE, tmp_path / "situs", "nuxt.config.ts")
    config = folder / "nuxt.config.ts"
    config.write_text("import { LOCALES } from './bahasa'\n" + config.read_text(encoding="utf-8").replace("locales: ['id', 'en']", "locales: LOCALES"), encoding="utf-8")
    reason = "nuxt.config.ts computes content.locales (LOCALES): where the site publishes its pages is not known"
    assert _places(folder)["content/id/berita/panen-raya.md"] == (None, [reason])
