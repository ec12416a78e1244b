"""Gatsby, Gridsome, Nuxt Content, Nextra (2/3 and 4), Contentlayer and Velite sites handed over as their
repositories (tests/data/sites/gatsby, gridsome, nuxt-content, nextra, nextra4, contentlayer, velite): only the folders the site's code makes its
pages from are read; the repository's README, notes and ``.github/`` are no pages."""

import shutil
from pathlib import Path

import pytest

from arsip.ingest.pipeline import (
    OUTSIDE_CONTENTLAYER_CONTENT, OUTSIDE_GATSBY_CONTENT, OUTSIDE_GRIDSOME_CONTENT, OUTSIDE_NEXTRA_CONTENT, OUTSIDE_NUXT_CONTENT, OUTSIDE_VELITE_CONTENT, read_documents,
)
from arsip.ingest.results import IngestOptions, IngestReport
from arsip.ingest.sites.javascript.app_sites import app_site

from .conftest import zip_of

SITES = Path(__file__).parent / "data" / "sites"
#: Each site's pages, and the reason its other files are counted under (with their count).
CASES = {
    "gatsby": (["arsip-resep/sambal-lado-mudo.md", "content/blog/resep-rendang/index.md"], OUTSIDE_GATSBY_CONTENT, 3),
    "nuxt-content": (["content/blog/1.memulai-nuxt.md", "content/blog/2.komponen-mdc.md", "content/index.md"], OUTSIDE_NUXT_CONTENT, 2),
    "nextra": (["pages/index.mdx", "pages/panduan/konfigurasi.md"], OUTSIDE_NEXTRA_CONTENT, 2),
    "contentlayer": (["data/blog/belajar-nextjs.mdx"], OUTSIDE_CONTENTLAYER_CONTENT, 2),
    # Nextra 4: no theme.config, its next.config.mjs calls nextra(); content/ and app/ hold its pages.
    "nextra4": (["app/tentang/page.mdx", "content/index.mdx", "content/panduan/pasang.md"], OUTSIDE_NEXTRA_CONTENT, 3),
    "velite": (["konten/berita/jalan-desa.md", "konten/berita/panen-raya.md"], OUTSIDE_VELITE_CONTENT, 3),
    "gridsome": (["content/posts/kerja-bakti.md"], OUTSIDE_GRIDSOME_CONTENT, 1),
}


def _read(path: Path) -> tuple[dict, IngestReport]:
    report = IngestReport()
    documents = {document.id: document for document in read_documents([str(path)], IngestOptions(workers=1), report)}
    return documents, report


@pytest.mark.parametrize("site", sorted(CASES))
def test_only_the_folders_the_site_reads_hold_its_pages(site):
    pages, reason, outside = CASES[site]
    documents, report = _read(SITES / site)
    assert sorted(documents) == pages
    assert report.skipped[reason] == outside
    assert report.with_problems == (len(pages) if site == "gatsby" else 0)  # (Gatsby's gatsby-node.js places its pages: see test_coded_addresses)


@pytest.mark.parametrize("site", sorted(CASES))
def test_the_site_zipped_is_read_the_same(site, tmp_path):
    pages, reason, outside = CASES[site]
    archive = tmp_path / "situs.zip"
    zip_of(SITES / site, archive, "situs/")
    documents, report = _read(archive)
    assert sorted(key.removeprefix("situs.zip!/situs/") for key in documents) == pages
    assert report.skipped[reason] == outside


@pytest.mark.parametrize(
    "site, file, old, new",
    [
        ("gatsby", "gatsby-config.js", "path: `./arsip-resep`", "path: path.join(__dirname, 'arsip-resep')"),
        ("nuxt-content", "content.config.ts", "source: 'blog/*.md',", "source: {include: '**/*.md', cwd: resolve('../catatan')},"),
        ("nuxt-content", "nuxt.config.ts", "devtools: { enabled: true },", "content: { sources: { catatan: { driver: 'fs', base: './catatan' } } },"),
        ("gridsome", "gridsome.config.js", "path: 'content/posts/*.md',", "path: process.env.POSTS,"),
        ("contentlayer", "contentlayer.config.ts", "contentDirPath: 'data',", "contentDirPath: process.env.KONTEN,"),
        ("velite", "velite.config.ts", "root: 'konten',", "root: process.env.KONTEN,"),
    ],
)
def test_folders_the_configuration_does_not_show_leave_every_file_read(site, file, old, new, tmp_path):
    folder = tmp_path / site
    shutil.copytree(SITES / site, folder)
    config = folder / file
    config.write_text(config.read_text(encoding="utf-8").replace(old, new), encoding="utf-8")
    documents, report = _read(folder)
    assert "README.md" in documents and CASES[site][1] not in report.skipped


def test_a_nuxt_site_without_nuxt_content_is_not_judged():
    assert app_site("next.config.mjs", "export default { reactStrictMode: true }") is None  # (a Next.js site without Nextra)
    assert app_site("velite.config.ts", "export default defineConfig({ collections: { berita } })").published == ("content", "public")
    assert app_site("nuxt.config.ts", "export default defineNuxtConfig({modules: ['@nuxt/image']})") is None
    assert app_site("gatsby-config.js", "module.exports = {plugins: [...bersama]}").published is None
    assert app_site("gatsby-config.ts", "export default {siteMetadata: {title: 'Dapur'}}").published == ("src/pages", "static")
    gridsome = "module.exports = {plugins: [{use: '@gridsome/vue-remark', options: {baseDir: './konten/{berita,opini}'}}]}"
    assert app_site("gridsome.config.js", gridsome).published == ("konten", "src/pages", "static")
