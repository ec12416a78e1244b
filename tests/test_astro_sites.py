"""An Astro site without Starlight (tests/data/sites/astro, modelled on AstroPaper and
Astro's blog template): only its source folder, ``public/`` and the folders its content
collections load are read; a Markdown page of ``src/pages/`` is published at its path under
``site``; AstroPaper's ``pubDatetime`` and ``modDatetime`` date its posts."""

import shutil
from pathlib import Path

from arsip.ingest.pipeline import OUTSIDE_ASTRO_CONTENT, read_documents
from arsip.ingest.results import IngestOptions, IngestReport
from arsip.ingest.sites.javascript.docs_sites import astro_site, collection_folders

from .conftest import zip_of

SITE = Path(__file__).parent / "data" / "sites" / "astro"
#: Each page of the site, with the url Astro publishes it at (a collection's entries are
#: published by the site's own routes: no url, and a url problem, see test_coded_addresses).
PAGES = {
    "konten/berita/panen-raya.md": None,
    "konten/berita/perbaikan-jalan.md": None,
    "src/content/halaman/sejarah.md": None,
    "src/pages/tentang.md": "https://kabar.sukamaju.id/tentang/",
    "src/pages/_arsip/catatan.md": None,
}


def _read(paths: list[str]) -> tuple[dict, IngestReport]:
    report = IngestReport()
    documents = {document.id: document for document in read_documents(paths, IngestOptions(workers=1), report)}
    return documents, report


def test_only_the_folders_an_astro_site_publishes_are_read():
    """The repository's README, changelog, ``docs/`` and ``.github/`` are no pages; the
    posts of a collection loaded from ``konten/berita`` (outside ``src/``) are, but a draft."""
    documents, report = _read([str(SITE)])
    assert {key: document.url for key, document in documents.items()} == PAGES
    assert report.skipped[OUTSIDE_ASTRO_CONTENT] == 5  # README.md, CHANGELOG.md, docs/pengembangan.md, .github/CONTRIBUTING.md, package.json
    assert report.skipped["draft"] == 1
    assert report.with_problems == 3  # the collections' entries


def test_astropaper_dates():
    """``pubDatetime`` is a post's date; ``modDatetime`` dates a post only when nothing else does."""
    documents, _ = _read([str(SITE)])
    panen, jalan = documents["konten/berita/panen-raya.md"], documents["konten/berita/perbaikan-jalan.md"]
    assert (panen.date, panen.date_source) == ("2024-03-12T04:58:53+00:00", "front_matter:pubDatetime")
    assert (jalan.date, jalan.date_source) == ("2024-07-02T09:30:00+07:00", "front_matter:modDatetime")


def test_an_astro_site_in_an_archive_is_read_the_same(tmp_path):
    archive = tmp_path / "kabar.zip"
    zip_of(SITE, archive, "kabar/")
    documents, report = _read([str(archive)])
    assert {key.removeprefix("kabar.zip!/kabar/"): document.url for key, document in documents.items()} == PAGES
    assert report.skipped[OUTSIDE_ASTRO_CONTENT] == 5


def test_a_collection_folder_not_written_out_leaves_every_file_read(tmp_path):
    """When a loader's folder is computed, which folders the site publishes is not known:
    nothing is left out (the README is read)."""
    site = tmp_path / "kabar"
    shutil.copytree(SITE, site)
    config = site / "src" / "content.config.ts"
    config.write_text(config.read_text(encoding="utf-8").replace("`./${BERITA_PATH}`", "process.env.BERITA"), encoding="utf-8")
    documents, report = _read([str(site)])
    assert "README.md" in documents and OUTSIDE_ASTRO_CONTENT not in report.skipped


def test_astro_page_routes():
    base, _, routes = astro_site("astro.config.mjs", "export default defineConfig({site: 'https://a.id', base: '/kabar', build: {format: 'file'}})")
    assert base == "https://a.id/kabar/"
    assert [routes.place(path, {}) for path in ("src/pages/index.md", "src/pages/agenda/index.md", "src/pages/agenda/rapat.mdx", "src/pages/peta.html")] == [
        "index.html", "agenda.html", "agenda/rapat.html", "peta.html",
    ]
    _, _, routes = astro_site("astro.config.ts", "export default defineConfig({srcDir: './situs', trailingSlash: 'never'})")
    assert (routes.place("situs/pages/agenda/index.md", {}), routes.place("src/pages/agenda.md", {}), routes.place("situs/pages/[slug].md", {})) == ("agenda", None, None)
    assert routes.outside("README.md") and not routes.outside("situs/content/berita/a.md") and not routes.outside("public/peta.html")


def test_astropaper_computed_site_is_named_on_its_pages():
    _, _, routes = astro_site("astro.config.ts", 'import { SITE } from "./src/config";\nexport default defineConfig({site: SITE.website})')
    assert routes.place("src/pages/tentang.md", {}) == "tentang/"
    assert routes.unread_reason("src/pages/tentang.md", {}) == "astro.config.ts computes site (SITE.website): where the site publishes its pages is not known"
    assert routes.unread_reason("src/data/blog/panen.md", {}) is None  # (a collection's entry: its route is the site's code)


def test_collection_folders():
    assert collection_folders('const blog = defineCollection({ type: "content" })') == ()
    assert collection_folders('export const P = "src/data/blog";\nglob({ pattern: "**/*.md", base: `./${P}` })') == ("src/data/blog",)
    assert collection_folders('glob({ pattern: "konten/**/*.md" })') is None  # (no base: the folder is in the pattern)
    assert collection_folders('glob({ pattern: "*.md", base: "../berita" })') is None
    assert collection_folders('glob({ pattern: "*.md", base: `./${LUAR}` })') is None
