"""``{{ page.title }}`` on a Jekyll page whose front matter and defaults give no title
shows what Jekyll itself gives there: nothing on a page (``Page`` has no title of its own),
the titleized file name on a post or collection document (``Document#populate_title``),
without a problem. A Markdown page opening with a heading is titled by it where GitHub
Pages' ``jekyll-titles-from-headings`` builds the site, not in Jekyll alone: which build the
site had is not known, so the output is named in a problem there."""

from pathlib import Path

from arsip.ingest.sites.jekyll.config import JekyllSite
from arsip.ingest.sites.jekyll.page import page_variables

from .conftest import read_by_id

SITE = Path(__file__).parent / "data" / "jekyll-page-titles"


def _documents() -> dict:
    return read_by_id(SITE)[0]


def test_an_untitled_page_shows_nothing_for_its_title_without_a_problem():
    documents = _documents()
    kontak, jadwal = documents["kontak.html"], documents["jadwal.md"]
    assert kontak.text == "Kantor Desa Sukamaju buka Senin sampai Jumat pukul 08.00–15.00 WIB."
    assert jadwal.text == "Jadwal pelayanan administrasi kependudukan di kantor desa setiap hari kerja."
    assert kontak.problems == [] and jadwal.problems == []


def test_a_post_shows_its_titleized_file_name_and_a_default_title_shows():
    documents = _documents()
    assert documents["_posts/2024-02-01-kerja-bakti-bulanan.md"].text.startswith("Kerja Bakti Bulanan diikuti warga")
    assert documents["pengumuman/ronda.md"].text.startswith("Pengumuman Desa: jadwal ronda")
    assert documents["_posts/2024-02-01-kerja-bakti-bulanan.md"].problems == []


def test_a_markdown_page_opening_with_a_heading_names_its_title_output():
    profil = _documents()["profil.md"]
    assert profil.text == "Profil Desa Sukamaju\n\nHalaman memuat sejarah singkat dan letak geografis desa."
    assert [problem.reason for problem in profil.problems] == ["1 Liquid output(s) removed, what they show not known: {{ page.title }} (1)"]


def _title(path: str, data: dict, body: str):
    return page_variables(path, data, body, JekyllSite()).get("title", "not known")


def test_only_an_opening_heading_of_a_markdown_page_may_title_it():
    assert _title("profil.md", {}, "Profil Desa\n=====\n\n{{ page.title }}") == "not known"
    assert _title("profil.md", {}, "Pembuka.\n\n# Profil\n{{ page.title }}") is None
    assert _title("profil.html", {}, "# Profil\n{{ page.title }}") is None
    assert _title("profil.md", {"title": "Profil"}, "# Lain\n{{ page.title }}") == "Profil"
