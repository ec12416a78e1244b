"""An HTML page that names its address relative to itself (``<link rel="canonical"
href="/berita/kerja-bakti/">``) outside a crawler's mirror: its address is resolved against
its site's address when the site's configuration gives one (a Jekyll site's ``url``), from
the page's place in the site; else it is kept as written, with a problem saying it is no
address one can open. A whole address the page names besides (``og:url``) comes first."""

from arsip.ingest.pipeline import read_documents
from arsip.ingest.results import IngestOptions, IngestReport

from .conftest import DATA

RELATIVE = DATA / "relative-canonical"


def _read(path) -> dict:
    return {document.id: document for document in read_documents([str(path)], IngestOptions(), IngestReport())}


def test_a_relative_address_without_a_site_address_is_kept_with_a_problem():
    page = _read(RELATIVE / "ekspor")["berita/kerja-bakti/index.html"]
    assert page.url == "/berita/kerja-bakti/"
    assert [(problem.field, problem.reason) for problem in page.problems] == [
        (
            "url",
            "the page names its address relative to itself (/berita/kerja-bakti/) and no address of its site is known"
            " (a configuration's base URL): it is kept as written, not an address one can open",
        )
    ]


def test_a_whole_address_the_page_names_besides_comes_first():
    page = _read(RELATIVE / "ekspor")["berita/posyandu/index.html"]
    assert page.url == "https://karangrejo.desa.id/berita/posyandu/" and not page.problems


def test_a_relative_address_is_resolved_against_the_configured_site_address():
    pages = _read(RELATIVE / "situs")
    assert pages["berita/jalan.html"].url == "https://karangrejo.desa.id/berita/jalan-dusun/"
    assert pages["arsip/kerja-bakti.html"].url == "https://karangrejo.desa.id/arsip/kerja-bakti.html"  # (from arsip/)
    assert not any(page.problems for page in pages.values())
