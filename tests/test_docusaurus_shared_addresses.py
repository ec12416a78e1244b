"""Two files of a Docusaurus site routed to one address (a doc's ``slug`` that is another
doc's route, a blog post's ``slug`` that is a dated post's) are one route with two pages,
which ``docusaurus build`` warns of ("Duplicate routes found"): each keeps its url and gets
a ``url`` problem naming the other file, whatever the order the files are read in; pages
at addresses of their own get none."""

import shutil
from pathlib import Path

from .conftest import read_by_id

SITE = Path(__file__).parent / "data" / "docusaurus-shared-addresses"
SHARED = "published at the same address as {}: the site builds one page there (Docusaurus warns of duplicate routes), which of them is not known"


def _documents(root: Path = SITE) -> dict:
    return read_by_id(root)[0]


def test_each_page_at_a_shared_address_names_the_others():
    documents = _documents()
    assert documents["docs/pendaftaran-warga.md"].url == documents["docs/panduan/kelahiran.md"].url == "https://panduan.sukamaju.desa.id/docs/pendaftaran"
    assert [problem.reason for problem in documents["docs/pendaftaran-warga.md"].problems] == [SHARED.format("docs/panduan/kelahiran.md")]
    assert [problem.reason for problem in documents["docs/panduan/kelahiran.md"].problems] == [SHARED.format("docs/pendaftaran-warga.md")]
    assert [problem.field for problem in documents["blog/rilis-cetak.md"].problems] == ["url"]
    assert [problem.reason for problem in documents["blog/2024-05-01-rilis.md"].problems] == [SHARED.format("blog/rilis-cetak.md")]


def test_pages_at_their_own_addresses_get_no_problem():
    documents = _documents()
    assert documents["docs/surat-pengantar.md"].problems == []
    assert documents["src/pages/tentang.md"].problems == []


def test_a_page_moved_to_its_own_address_loses_the_problem(tmp_path):
    site = tmp_path / "situs"
    shutil.copytree(SITE, site)
    kelahiran = site / "docs" / "panduan" / "kelahiran.md"
    kelahiran.write_text(kelahiran.read_text(encoding="utf-8").replace("slug: /pendaftaran", "slug: /kelahiran"), encoding="utf-8")
    documents = _documents(site)
    assert documents["docs/pendaftaran-warga.md"].problems == documents["docs/panduan/kelahiran.md"].problems == []
