"""MkDocs pages get the URL MkDocs publishes them at: every expected URL in
``data/mkdocs_urls_expected.toml`` was read from a real ``mkdocs build`` (MkDocs 1.6.1) of
the fixture site ``data/mkdocs-urls`` under each variant of its ``mkdocs.yml``."""

import tomllib
from pathlib import Path

import pytest

from arsip.ingest.pipeline import MKDOCS_PAGE_REPLACED, MKDOCS_README_REPLACED, read_documents
from arsip.ingest.results import IngestOptions, IngestReport

from .conftest import site_copy, zip_of

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
    zip_of(site, tmp_path / "situs.zip", "situs/")
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
    zip_of(site, tmp_path / "situs.zip", "situs/")
    packed = {document.id.removeprefix("situs.zip!/situs/") for document in read_documents([str(tmp_path / "situs.zip")])}
    assert packed == kept
    (site / "mkdocs.yml").write_text("site_name: Desa\nsite_url: https://desa.id/\nuse_directory_urls: false\n", encoding="utf-8")
    assert len(list(read_documents([str(site)]))) == len(pages)


I18N = {
    "suffix": (
        "  - i18n:\n      docs_structure: suffix\n      languages:\n        - locale: id\n          default: true\n          name: Bahasa Indonesia\n        - locale: en\n          name: English\n",
        {"panduan.md": "panduan/", "panduan.en.md": "en/panduan/", "layanan/index.id.md": "layanan/", "layanan/index.en.md": "en/layanan/", "versi.1.2.md": "versi.1.2/"},
    ),
    "folder": (
        "  - i18n:\n      docs_structure: folder\n      languages:\n        - locale: en\n          name: English\n        - locale: id\n          default: true\n          name: Bahasa Indonesia\n",
        {"id/panduan.md": "panduan/", "en/panduan.md": "en/panduan/", "id/index.md": "", "en/index.md": "en/"},
    ),
    "0.x mapping": (
        "  - i18n:\n      default_language: id\n      languages:\n        id: Bahasa Indonesia\n        en: English\n",
        {"panduan.md": "panduan/", "panduan.en.md": "en/panduan/"},
    ),
}


@pytest.mark.parametrize("structure", I18N)
def test_mkdocs_static_i18n_publishes_each_language_in_its_folder(tmp_path, structure):
    """mkdocs-static-i18n builds the default language at the site's root and every other one
    below ``<locale>/``: a page's language is the suffix of its name or its folder."""
    plugin, expected = I18N[structure]
    (tmp_path / "mkdocs.yml").write_text(f"site_name: Panduan Desa\nsite_url: https://desa.id/\nplugins:\n  - search\n{plugin}", encoding="utf-8")
    for page in expected:
        (tmp_path / "docs" / page).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / "docs" / page).write_text("# Halaman\n\nIsi halaman.\n", encoding="utf-8")
    urls = {document.id.removeprefix("docs/"): document.url for document in read_documents([str(tmp_path)])}
    assert urls == {page: "https://desa.id/" + path for page, path in expected.items()}
