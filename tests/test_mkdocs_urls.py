"""MkDocs pages get the URL MkDocs publishes them at: every expected URL in
``data/mkdocs_urls_expected.toml`` was read from a real ``mkdocs build`` (MkDocs 1.6.1) of
the fixture site ``data/mkdocs-urls`` under each variant of its ``mkdocs.yml``."""

import tomllib
import zipfile
from pathlib import Path

import pytest

from arsip.ingest.pipeline import MKDOCS_README_REPLACED, read_documents
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
