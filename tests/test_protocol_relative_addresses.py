"""A page whose canonical link names its host without a scheme (``<link rel="canonical"
href="//karangrejo.desa.id/berita/x/">``, a protocol-relative link) names a whole address:
its scheme is the one the page's links to that host give, else the one of the site's
configured address, else https (as a browser opens it from a page served over https), with
a problem saying https is assumed. It is not an address relative to the page, nor one
inferred from a mirror's folder."""

from arsip.ingest.pipeline import read_documents
from arsip.ingest.results import IngestOptions, IngestReport

from .conftest import DATA

PROTOCOL_RELATIVE = DATA / "protocol-relative"


def _read(path) -> dict:
    return {document.id: document for document in read_documents([str(path)], IngestOptions(), IngestReport())}


def test_without_a_scheme_anywhere_https_is_assumed_with_a_problem():
    page = _read(PROTOCOL_RELATIVE / "ekspor")["berita/gotong-royong/index.html"]
    assert page.url == "https://karangrejo.desa.id/berita/gotong-royong/"
    assert [(problem.field, problem.reason) for problem in page.problems] == [
        (
            "url",
            "the page names its address without a scheme (//karangrejo.desa.id/berita/gotong-royong/) and no address of its site"
            " gives one: https assumed, as a browser opens it from a page served over https",
        )
    ]


def test_the_scheme_of_the_pages_links_to_its_host_is_taken():
    page = _read(PROTOCOL_RELATIVE / "ekspor")["berita/pasar-desa/index.html"]
    assert page.url == "http://karangrejo.desa.id/berita/pasar-desa/" and not page.problems


def test_the_scheme_of_the_configured_site_address_is_taken():
    page = _read(PROTOCOL_RELATIVE / "situs")["berita/jalan-dusun.html"]
    assert page.url == "http://karangrejo.desa.id/berita/jalan-dusun/" and not page.problems


def test_in_a_mirror_the_address_is_the_pages_not_one_inferred_from_its_folder():
    page = _read(PROTOCOL_RELATIVE / "cermin")["www.karangrejo.desa.id/berita/posyandu/index.html"]
    assert page.url == "https://www.karangrejo.desa.id/berita/posyandu/" and not page.problems
