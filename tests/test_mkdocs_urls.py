"""MkDocs pages get the URL MkDocs publishes them at: every expected URL in
``data/mkdocs_urls_expected.toml`` was read from a real ``mkdocs build`` (MkDocs 1.6.1) of
the fixture site ``data/mkdocs-urls`` under each variant of its ``mkdocs.yml``."""

import tomllib
import zipfile
from pathlib import Path

import pytest

from arsip.ingest.pipeline import MKDOCS_PAGE_REPLACED, MKDOCS_README_REPLACED, read_documents
from arsip.ingest.results import IngestOptions, IngestReport

from .conftest import site_copy

DATA = Path(__file__).parent / "data"
SITE = DATA / "mkdocs-urls"
EXPECTED = tomllib.loads((DATA / "mkdocs_urls_expected.toml").read_text(encoding="utf-8"))


def _site(tmp_path: Path, settings: str = "") -> Path:
    return site_copy(SITE, tmp_path / "situs", "mkdocs.yml", settings)


@pytest.mark.parametrize("variant", EXPECTED["variant"], ids=[variant["name"] for variant in EXPECTED["variant"]])
def test_every_page_has_the_url_mkdocs_publishes_it_at(tmp_path, variant):
    """``docs_dir``, ``index.md`` and ``README.md`` at their folder's address (a README
    beside an index left out), spaces and accents escaped, ``.markdown``/``.mkdn`` pages, a
    ``.MD`` file copied as it is, ``_`` names kept, ``use_directory_urls``, ``exclude_docs``
    (taking ``templates/`` back), ``draft_docs``: as built."""
    urls = {document.id: document.url for document in read_documents([str(_site(tmp_path, variant["settings"]))])}
    assert urls == {doc_id: EXPECTED["base"] + path for doc_id, path in variant["urls"].items()}


def test_a_readme_beside_an_index_page_is_skipped_and_counted_on_disk_and_in_an_archive(tmp_path):
    site = _site(tmp_path)
    report = IngestReport()
    assert len(list(read_documents([str(site)], IngestOptions(), report))) == len(EXPECTED["variant"][0]["urls"])
    with zipfile.ZipFile(tmp_path / "situs.zip", "w") as archive:
        for path in sorted(site.rglob("*")):
            if path.is_file():
                archive.write(path, "situs/" + path.relative_to(site).as_posix())
    packed = {document.id.removeprefix("situs.zip!/situs/"): document.url for document in read_documents([str(tmp_path / "situs.zip")])}
    assert packed == {doc_id: EXPECTED["base"] + path for doc_id, path in EXPECTED["variant"][0]["urls"].items()}
    assert report.skipped[MKDOCS_README_REPLACED] == 1


def test_a_page_beside_a_folder_of_its_name_with_an_index_page_is_left_out_as_mkdocs_does(tmp_path):
    """``panduan.md`` and ``panduan/index.md`` are both published at ``panduan/``: MkDocs
    (``get_files``) keeps the one it finds last, the folder's, and leaves the page out; without
    directory URLs they have addresses of their own."""
    pages = {
        "panduan.md": "# Panduan lama\n", "panduan/index.md": "# Panduan\n",
        "kabar.md": "# Kabar lama\n", "kabar/README.md": "# Kabar\n",
        "arsip.md": "# Arsip\n", "arsip/2019.md": "# Arsip 2019\n",  # no index in arsip/: both kept
    }
    site = tmp_path / "situs"
    for name, text in pages.items():
        (site / "docs" / name).parent.mkdir(parents=True, exist_ok=True)
        (site / "docs" / name).write_text(text, encoding="utf-8")
    (site / "mkdocs.yml").write_text("site_name: Desa\nsite_url: https://desa.id/\n", encoding="utf-8")
    report = IngestReport()
    kept = {document.id for document in read_documents([str(site)], IngestOptions(), report)}
    assert kept == {"docs/panduan/index.md", "docs/kabar/README.md", "docs/arsip.md", "docs/arsip/2019.md"}
    assert report.skipped[MKDOCS_PAGE_REPLACED] == 2
    with zipfile.ZipFile(tmp_path / "situs.zip", "w") as archive:
        for path in sorted(site.rglob("*")):
            archive.write(path, "situs/" + path.relative_to(site).as_posix())
    packed = {document.id.removeprefix("situs.zip!/situs/") for document in read_documents([str(tmp_path / "situs.zip")])}
    assert packed == kept
    (site / "mkdocs.yml").write_text("site_name: Desa\nsite_url: https://desa.id/\nuse_directory_urls: false\n", encoding="utf-8")
    assert len(list(read_documents([str(site)]))) == len(pages)
