"""An archive in a site's static files folder (Hugo's ``static/``, Docusaurus' ``static/``,
Jekyll's ``assets/``, VuePress' ``.vuepress/public/``) is a download the site offers, copied
into the built site as it is: it is counted, not opened. Elsewhere an archive is a root of its own."""

import shutil
from pathlib import Path

import pytest

from arsip.ingest.pipeline import read_documents
from arsip.ingest.results import IngestOptions, IngestReport
from arsip.ingest.sites.generators import OFFERED_DOWNLOAD

from .conftest import tar_of, zip_of

DATA = Path(__file__).parent / "data" / "static-downloads"
#: The download's files: a template pack of Markdown pages.
PACK = DATA / "paket"
PACK_PAGES = {"templat/berita-contoh.md", "templat/surat-domisili.md"}
#: Each site, its static folder's download and the site's own page.
SITES = [
    ("hugo", "static/unduhan/templat-surat.zip", "content/berita/templat-surat.md"),
    ("docusaurus", "static/files/templat.tar.gz", "docs/data-penduduk.md"),
    ("jekyll", "assets/unduhan/templat.zip", "_posts/2021-05-06-arsip-foto.md"),
    ("vuepress", "docs/.vuepress/public/templat.zip", "docs/README.md"),
]


def _pack(archive: Path) -> None:
    """The template pack written as ``archive`` (a .zip or a .tar.gz)."""
    archive.parent.mkdir(parents=True, exist_ok=True)
    if archive.name.endswith(".zip"):
        zip_of(PACK, archive)
    else:
        tar_of({page: (PACK / page).read_bytes() for page in sorted(PACK_PAGES)}, archive)


def _read(path: Path) -> tuple[dict, IngestReport]:
    report = IngestReport()
    documents = {document.id: document for document in read_documents([str(path)], IngestOptions(), report)}
    return documents, report


@pytest.mark.parametrize(("site", "download", "page"), SITES)
def test_an_archive_in_the_static_files_is_not_opened(tmp_path, site, download, page):
    root = shutil.copytree(DATA / site, tmp_path / site)
    _pack(root / download)
    documents, report = _read(root)
    assert set(documents) == {page}
    assert report.skipped[OFFERED_DOWNLOAD] == 1


def test_a_site_folder_inside_the_input_is_judged_by_its_own_generator(tmp_path):
    shutil.copytree(DATA / "hugo", tmp_path / "situs")
    _pack(tmp_path / "situs" / "static" / "templat.zip")
    _pack(tmp_path / "cadangan.zip")  # beside the site: an export of its own
    documents, report = _read(tmp_path)
    assert set(documents) == {"situs/content/berita/templat-surat.md"} | {f"cadangan.zip!/{page}" for page in PACK_PAGES}
    assert report.skipped[OFFERED_DOWNLOAD] == 1


def test_an_archive_outside_the_static_files_is_read(tmp_path):
    root = shutil.copytree(DATA / "hugo", tmp_path / "hugo")
    _pack(root / "cadangan" / "ekspor.zip")
    documents, report = _read(root)
    assert {f"cadangan/ekspor.zip!/{page}" for page in PACK_PAGES} < set(documents)
    assert report.skipped[OFFERED_DOWNLOAD] == 0


def test_a_static_folder_of_no_known_site_is_read(tmp_path):
    (tmp_path / "catatan.md").write_text("# Catatan\n\nCatatan rapat warga.\n", encoding="utf-8")
    _pack(tmp_path / "static" / "templat.zip")
    documents, report = _read(tmp_path)
    assert set(documents) == {"catatan.md"} | {f"static/templat.zip!/{page}" for page in PACK_PAGES}
    assert report.skipped[OFFERED_DOWNLOAD] == 0
