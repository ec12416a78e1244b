"""Which folder of a crawled input is named after a host: a real country code or generic
top-level domain, with a name registered below its suffix (PANDI's second levels of .id:
desa.id, go.id, ac.id ...), and a file-like name (catatan.md) only when the page links to it."""

from pathlib import Path

import pytest

from arsip.ingest.pipeline import read_documents
from arsip.ingest.readers.mirror_address import is_host_folder
from arsip.ingest.results import IngestReport

FOLDERS = Path(__file__).parent / "data" / "host-folders"
#: Each page of the fixture and the address it is given (None: its folder is no host's).
ADDRESSES = {
    "go.id/kemendesa.go.id/berita/dana-desa.html": "https://kemendesa.go.id/berita/dana-desa.html",  # go.id groups the sites below it
    "desa.id/sukamaju.desa.id/profil/index.html": "https://sukamaju.desa.id/profil/",
    "ui.ac.id/pengumuman/index.html": "https://ui.ac.id/pengumuman/",
    "foto.in/galeri/index.html": "https://foto.in/galeri/",  # the page links to https://foto.in/galeri/
    "catatan.md/index.html": None,  # notes kept in a folder named like a Markdown file
    "vendor/chart.js/docs/index.html": None,  # a library's folder: .js is no country's code
    "rilis/2024.12/index.html": None,  # a release's folder
}


@pytest.mark.parametrize(
    "name",
    ["www.desa-sukamaju.id", "sukamaju.desa.id", "kemendesa.go.id", "ui.ac.id", "smkn1.sch.id", "pesantren.ponpes.id", "kabardesa.id",
     "KabarDesa.ID", "www.desa-sukamaju.id+8080", "contoh.com", "blog.example.co.uk", "www.catatan.md"],
)
def test_hosts(name):
    assert is_host_folder(name)


@pytest.mark.parametrize(
    "name",
    ["desa.id", "go.id", "ac.id", "co.id", "ponpes.id", "my.id", "2024.12", "v1.2", "data.js", "chart.js", "notes.md", "foto.in",
     "build.sh", "main.py", "jquery.min", "situs desa", "-situs.id", "id"],
)
def test_not_hosts(name):
    assert not is_host_folder(name)


def test_a_file_like_name_is_a_host_when_the_page_links_to_it():
    assert is_host_folder("foto.in", '<a href="https://foto.in/galeri/">Galeri</a>')
    assert is_host_folder("catatan.md", "<link href='//catatan.md/feed.xml'>")
    assert not is_host_folder("catatan.md", '<a href="https://catatan.md.example.org/">x</a><a href="catatan.md">x</a>')


def test_pages_are_given_the_address_of_their_host_folder_only():
    documents = list(read_documents([str(FOLDERS)], report=IngestReport()))
    urls = {Path(document.source).relative_to(FOLDERS).as_posix(): document.url for document in documents}
    assert urls == ADDRESSES
    for document in documents:
        assert any(problem.field == "url" for problem in document.problems) == (document.url is not None)  # an inferred address says so
