"""A Nextra site with Next.js' ``i18n`` written out in its ``next.config`` has its pages where
Nextra publishes each locale (tests/data/app-addresses/nextra2-i18n, nextra3-i18n,
nextra4-i18n): Nextra 2's pages named with their locale (``penimbangan.en.md``) below
``/en/``, the default locale's at the site's root; Nextra 3's ``pages/en/`` and Nextra 4's
``content/en/`` at their path. A page naming no locale, and an ``i18n`` arsip cannot read,
leave a ``url`` problem saying why."""

from pathlib import Path

import pytest

from .conftest import read_by_id, site_copy

SITES = Path(__file__).parent / "data" / "app-addresses"
UNLOCALIZED = (
    "a page of a Nextra site with Next.js' i18n that names none of its locales, neither at the end of its name (Nextra 2: about.en.mdx) "
    "nor as its first folder (Nextra 3 and 4: en/about.mdx): no locale's address is known to serve it"
)
PLACED = {
    "nextra2-i18n": {
        "pages/index.id.mdx": "https://posyandu.sukamaju.desa.id/",
        "pages/index.en.mdx": "https://posyandu.sukamaju.desa.id/en",
        "pages/panduan/penimbangan.id.md": "https://posyandu.sukamaju.desa.id/panduan/penimbangan",
        "pages/panduan/penimbangan.en.md": "https://posyandu.sukamaju.desa.id/en/panduan/penimbangan",
        "pages/catatan.mdx": None,
    },
    "nextra3-i18n": {
        "pages/id/index.mdx": "https://posyandu.sukamaju.desa.id/id/",
        "pages/en/index.mdx": "https://posyandu.sukamaju.desa.id/en/",
        "pages/id/panduan/penimbangan.md": "https://posyandu.sukamaju.desa.id/id/panduan/penimbangan/",
    },
    "nextra4-i18n": {
        "content/id/index.mdx": "https://dokumentasi.sideka.desa.id/id",
        "content/en/index.mdx": "https://dokumentasi.sideka.desa.id/en",
        "content/id/panduan/pasang-aplikasi.md": "https://dokumentasi.sideka.desa.id/id/panduan/pasang-aplikasi",
        "content/catatan-penulis.md": None,
    },
}


def _problems(document) -> list[str]:
    return [problem.reason for problem in document.problems]


@pytest.mark.parametrize("site", sorted(PLACED))
def test_each_locale_is_where_nextra_publishes_it(site):
    documents, _ = read_by_id(SITES / site, workers=1)
    assert {key: document.url for key, document in documents.items()} == PLACED[site]
    assert {key: _problems(document) for key, document in documents.items()} == {key: [UNLOCALIZED] if url is None else [] for key, url in PLACED[site].items()}


def test_locales_follow_the_base_path(tmp_path):
    settings = "\nmodule.exports = withNextra({ basePath: '/posyandu', trailingSlash: true, i18n: { locales: ['id', 'en'], defaultLocale: 'id' } })\n"
    documents, _ = read_by_id(site_copy(SITES / "nextra2-i18n", tmp_path / "situs", "next.config.js", settings), workers=1)
    assert documents["pages/index.en.mdx"].url == "https://posyandu.sukamaju.desa.id/posyandu/en/"
    assert documents["pages/panduan/penimbangan.id.md"].url == "https://posyandu.sukamaju.desa.id/posyandu/panduan/penimbangan/"


@pytest.mark.parametrize(
    "site, config, settings, page, reason",
    [
        (
            "nextra2-i18n", "next.config.js",
            "const { LOCALES } = require('./bahasa')\nconst withNextra = require('nextra')({ theme: 'nextra-theme-docs' })\nmodule.exports = withNextra({ i18n: { locales: LOCALES, defaultLocale: 'id' } })\n",
            "pages/index.en.mdx", "next.config.js computes i18n.locales (LOCALES): where the site publishes its pages is not known",
        ),
        (
            "nextra2-i18n", "next.config.js",
            "const withNextra = require('nextra')({ theme: 'nextra-theme-docs' })\nmodule.exports = withNextra({\n  i18n: { locales: ['id', 'en'], defaultLocale: 'id', domains: [{ domain: 'posyandu.example.com', defaultLocale: 'en' }] },\n})\n",
            "pages/index.en.mdx",
            "next.config.js sets i18n without its locales and a defaultLocale among them, or with domains: where Next.js publishes each locale's pages is not known",
        ),
        (
            "nextra4-i18n", "next.config.mjs",
            "import nextra from 'nextra'\n\nconst withNextra = nextra({ contentDirBasePath: '/docs' })\nexport default withNextra({ i18n: { locales: ['id', 'en'], defaultLocale: 'id' } })\n",
            "content/id/index.mdx",
            "next.config.mjs sets i18n and Nextra's contentDirBasePath: where Nextra publishes each locale's pages of content/ is not known",
        ),
    ],
)
def test_an_i18n_arsip_cannot_follow_is_named(site, config, settings, page, reason, tmp_path):
    copy = site_copy(SITES / site, tmp_path / "situs", config)
    (copy / config).write_text(settings, encoding="utf-8")
    documents, _ = read_by_id(copy, workers=1)
    assert (documents[page].url, _problems(documents[page])) == (None, [reason])
