"""A Docsify site whose ``window.$docsify`` is set in a script of its own that ``index.html``
loads (``<script src="./js/docsify.config.js">``), with Docsify loaded from its package's
address (``//cdn.jsdelivr.net/npm/docsify@4``): read as the inline configuration, on disk and
in an archive alike (tests/data/docsify-config-script)."""

from pathlib import Path

from arsip.ingest.pipeline import read_documents
from arsip.ingest.results import IngestReport
from arsip.ingest.sites.docsify import docsify_site, site_script

from .conftest import zip_of

SITE = Path(__file__).parent / "data" / "docsify-config-script" / "panduan-gh-pages"
HOST = "https://panduan.desa.example.id/"


def _pages(root) -> tuple[dict, IngestReport]:
    report = IngestReport()
    pages = {page.id.split("!/panduan-gh-pages/")[-1]: (page.generator, page.title, page.url) for page in read_documents([str(root)], report=report)}
    return pages, report


def test_the_configuration_script_places_the_pages_on_disk_and_in_a_zip(tmp_path):
    on_disk, report = _pages(SITE)
    assert on_disk == {
        "beranda.md": ("docsify", "Panduan Aplikasi Desa", HOST),  # homepage: 'beranda.md', routerMode: 'history'
        "mulai/pasang.md": ("docsify", "Memasang aplikasi", HOST + "mulai/pasang"),
    }
    assert report.skipped["Docsify's sidebar (daftar-isi.md): the site's navigation, not a page"] == 1  # loadSidebar: 'daftar-isi.md'
    members = {path.relative_to(SITE).as_posix(): path.read_bytes() for path in SITE.rglob("*") if path.is_file()}
    zipped = zip_of(members, tmp_path / "panduan-gh-pages.zip", prefix="panduan-gh-pages/")
    assert _pages(zipped)[0] == on_disk


def test_only_the_sites_own_scripts_are_read():
    assert site_script(' src="./js/docsify.config.js?v=3"') == "js/docsify.config.js"
    for outside in (' src="//cdn.jsdelivr.net/npm/docsify@4"', ' src="https://contoh.id/config.js"', ' src="/config.js"', ' src="js/../../config.js"', ' defer'):
        assert site_script(outside) is None, outside
    page = '<script src="config.js"></script><script src="//unpkg.com/docsify"></script>'
    scripts = {"config.js": "window.$docsify = { routerMode: 'history' };"}
    assert docsify_site(page, scripts.get)[0].history
    assert not docsify_site(page)[0].history  # (nothing read: Docsify's defaults)
