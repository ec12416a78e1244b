"""A Hugo site whose ``module.mounts`` mount folders on its content reads its pages from
those folders only, as Hugo does (``modules/config.go``: a mount targeting ``content`` takes
the place of ``contentDir``): a page there is at its place below the folder it is mounted
at, in the mount's language (``lang``; else the default one), and a file left in
``content/`` is no page of the site, nor is one outside the mounted folders (a README). The
``_index`` files and leaf bundles of the mounted folders are read in an archive as on disk."""

from pathlib import Path

import pytest

from arsip.ingest.pipeline import OUTSIDE_HUGO_CONTENT

from .conftest import archive_of, files_of, read_by_id

SITE = Path(__file__).parent / "data" / "hugo-content-mounts"
URLS = {
    "konten/berita/panen-raya.md": "https://desa-maju.id/berita/panen-raya/",
    "english/berita/panen-raya.md": "https://desa-maju.id/en/berita/panen-raya/",
    # (mounted at content/arsip: a page of the section arsip, placed by its permalinks)
    "kliping-lama/2019/banjir-bandang.md": "https://desa-maju.id/arsip/2019/banjir-krajan/",
    # (its section's _index.md cascades _build render never: Hugo renders no page of it)
    "konten/agenda/kerja-bakti.md": None,
    "english/gallery/index.md": "https://desa-maju.id/en/gallery/",
    "english/gallery/captions.md": None,  # (a resource of the leaf bundle gallery/)
}


def test_the_mounted_folders_hold_the_pages_and_content_is_not_read():
    documents, report = read_by_id(SITE)
    assert {doc_id: document.url for doc_id, document in documents.items()} == URLS
    assert report.skipped[OUTSIDE_HUGO_CONTENT] == 2  # content/lama/halaman-lama.md, README.md
    assert documents["konten/berita/panen-raya.md"].problems == []


@pytest.mark.parametrize("name", ["desa.zip", "desa.tar.gz"])
def test_an_archive_of_the_site_without_a_content_folder_places_the_same_pages(tmp_path, name):
    members = {name: data for name, data in files_of(SITE).items() if not name.startswith("content/")}
    documents, report = read_by_id(archive_of(members, tmp_path / name, "desa/"))
    assert {doc_id: document.url for doc_id, document in documents.items()} == {f"{name}!/desa/{page}": url for page, url in URLS.items()}
    assert report.skipped[OUTSIDE_HUGO_CONTENT] == 1  # README.md
