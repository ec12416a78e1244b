"""A host and its name with ``www.`` added or dropped are one site: GitHub Pages serves
``www.desa.id`` and ``desa.id`` as one, redirecting the one not configured to the other, as
most hosts do. A link to either is a link to the site's page on a home page of links, and
a mirrored page's links to either give its scheme and say whether ``wget -E`` added its
``.html``; another subdomain (``berita.desa.id``) is another site."""

import shutil

from arsip.ingest.screening import LINK_LIST_PAGE

from .conftest import DATA, read_by_id

WWW_HOST = DATA / "www-host"
HOME = WWW_HOST / "beranda"


def _home_with(tmp_path, domain: str, linked: str):
    """The home page of links (``https://www.karangrejo.desa.id/…``) linking to ``linked``
    instead, in a site whose ``CNAME`` names ``domain``: its documents and the run's report."""
    site = tmp_path / "beranda"
    shutil.copytree(HOME, site)
    (site / "CNAME").write_text(domain + "\n", encoding="utf-8")
    page = site / "index.html"
    page.write_text(page.read_text(encoding="utf-8").replace("//www.karangrejo.desa.id/", f"//{linked}/"), encoding="utf-8")
    return read_by_id(site)


def test_links_to_the_www_name_of_the_cnames_host_are_the_sites_pages():
    documents, report = read_by_id(HOME)  # CNAME karangrejo.desa.id
    assert not documents and report.skipped[LINK_LIST_PAGE] == 1


def test_links_to_the_bare_name_of_a_www_host_are_the_sites_pages(tmp_path):
    documents, report = _home_with(tmp_path, "www.karangrejo.desa.id", "karangrejo.desa.id")
    assert not documents and report.skipped[LINK_LIST_PAGE] == 1


def test_links_to_another_subdomain_are_another_sites(tmp_path):
    documents, report = _home_with(tmp_path, "karangrejo.desa.id", "berita.karangrejo.desa.id")
    assert sorted(documents) == ["index.html"] and LINK_LIST_PAGE not in report.skipped


def test_a_mirrored_pages_links_to_the_bare_host_give_its_scheme_and_its_address():
    documents, _ = read_by_id(WWW_HOST / "cermin")
    # its links name http://karangrejo.desa.id/berita/panen-raya: http, and wget -E's .html dropped
    assert documents["www.karangrejo.desa.id/berita/panen-raya.html"].url == "http://www.karangrejo.desa.id/berita/panen-raya"
    # its links name berita.karangrejo.desa.id only: another site's, which say nothing of it
    other = documents["www.karangrejo.desa.id/berita/musyawarah-desa.html"]
    assert other.url == "https://www.karangrejo.desa.id/berita/musyawarah-desa.html"
    assert "https assumed" in other.problems[0].reason and "the saved name's .html kept" in other.problems[0].reason
