"""A file in a Hugo site's content folder that is in none of Hugo's content formats
(Markdown, HTML, AsciiDoc, Org, Pandoc, reStructuredText) is a page resource, published
beside its page (a bundle's ``.txt`` or PDF), never a page: it is counted as such, not read."""

from pathlib import Path

import pytest

from arsip.ingest.pipeline import HUGO_PAGE_RESOURCE
from arsip.ingest.sites.hugo.urls import is_content_file

from .conftest import read_by_id, zip_of

SITE = Path(__file__).parent / "data" / "hugo-page-resources"
PAGES = {"content/berita/panen-raya/index.md", "content/profil/sejarah.adoc"}


def test_a_bundles_text_file_is_a_page_resource_and_its_pdf_is_not_read():
    documents, report = read_by_id(SITE)
    assert set(documents) == PAGES
    assert report.skipped[HUGO_PAGE_RESOURCE] == 1  # rekap.txt
    assert report.skipped["binary"] == 1  # laporan-panen.pdf
    assert documents["content/profil/sejarah.adoc"].text.startswith("Desa Sukamaju berdiri")


def test_a_zip_of_the_site_reads_the_same_pages(tmp_path):
    documents, report = read_by_id(zip_of(SITE, tmp_path / "desa.zip", "desa/"))
    assert set(documents) == {f"desa.zip!/desa/{page}" for page in PAGES}
    assert report.skipped[HUGO_PAGE_RESOURCE] == 1


@pytest.mark.parametrize(
    "path, content",
    [
        ("content/berita/panen.md", True),
        ("content/berita/panen.id.MD", True),
        ("content/profil/sejarah.pdc", True),
        ("content/berita/panen.Rmd", True),  # (blogdown renders it into the page)
        ("content/berita/panen-raya/rekap.txt", False),
        ("content/berita/panen-raya/data.json", False),
        ("content/berita/panen-raya/README", False),
        ("content/berita/md", False),
    ],
)
def test_the_content_formats_are_hugos(path, content):
    assert is_content_file(path) is content
