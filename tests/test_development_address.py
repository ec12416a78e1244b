"""A base URL that is a development address (``jekyll serve``'s ``http://localhost:4000``,
``127.0.0.1``, ``0.0.0.0``, a ``*.local``/``*.test``/``*.localhost`` host) places no
document: it would give citations nobody can open. Each document it would have placed
records it as a ``url`` problem naming the configuration and the address."""

import shutil
from pathlib import Path

import pytest

from arsip.index.build import index_paths
from arsip.index.inspect import get_records
from arsip.ingest.pipeline import read_documents
from arsip.ingest.results import IngestOptions
from arsip.ingest.sites.site import is_development_address, is_placeholder_address

JEKYLL = Path(__file__).parent / "data" / "jekyll-urls"


def _documents(root: Path) -> dict:
    return {document.id: document for document in read_documents([str(root)], IngestOptions(include_drafts=True))}


def _url_problems(document) -> list[str]:
    return [problem.reason for problem in document.problems if problem.field == "url"]


def _write(root: Path, files: dict[str, str]) -> Path:
    for name, text in files.items():
        (root / name).parent.mkdir(parents=True, exist_ok=True)
        (root / name).write_text(text, encoding="utf-8")
    return root


@pytest.mark.parametrize(
    "url, development",
    [
        ("http://localhost:4000", True), ("http://127.0.0.1:8000/", True), ("http://127.1.2.3", True), ("http://0.0.0.0:1313/", True),
        ("http://[::1]:4000", True), ("http://kabar-desa.local", True), ("https://situs.test/arsip", True), ("http://blog.localhost:4000", True),
        ("http://LOCALHOST:4000", True), ("https://kabar.sukamaju.id", False), ("https://localhost.co.id", False), ("https://lokal.id", False),
        ("https://127.0.0.1.nip.io", False),
    ],
)
def test_development_addresses(url, development):
    assert is_development_address(url) is development


@pytest.mark.parametrize(
    "url, placeholder",
    [
        ("https://example.org/", True), ("http://www.example.com", True), ("https://warta.example.net/arsip/", True),
        ("https://your-docusaurus-site.example.com", True), ("https://dokumentasi.example", True), ("https://situs.invalid", True),
        ("http://replace-this-with-your-hugo-site.com/", True), ("https://your-docusaurus-test-site.com", True),
        ("https://yourdomain.com", True), ("https://www.your-website.com/blog", True), ("https://USERNAME.github.io", True),
        ("https://examples.com", False), ("https://example.co.id", False), ("https://kabar.sukamaju.id", False),
        ("https://yourbrand.id", False), ("https://budi.github.io", False), ("https://contoh.id", False),
    ],
)
def test_placeholder_addresses(url, placeholder):
    assert is_placeholder_address(url) is placeholder


def test_a_placeholder_base_url_places_nothing_and_says_why(tmp_path):
    """``hugo new site`` writes ``baseURL = 'https://example.org/'``; a site exported without
    its address keeps it, and a citation there opens the example domain, not the page."""
    hugo = _write(tmp_path / "hugo", {
        "hugo.toml": "baseURL = 'https://example.org/'\nlanguageCode = 'id'\ntitle = 'Kabar Desa'\n",
        "content/berita/banjir.md": "---\ntitle: Banjir\n---\nAir sungai meluap.\n",
        "content/berita/panen.md": "---\ntitle: Panen\nurl: https://kabar.sukamaju.id/panen/\n---\nWarga memanen padi.\n",
    })
    documents = _documents(hugo)
    banjir = documents["content/berita/banjir.md"]
    assert banjir.url is None
    assert _url_problems(banjir) == [
        "hugo.toml places the site at https://example.org/, a placeholder (an example address the site was never moved from): no document is cited under it"
    ]
    panen = documents["content/berita/panen.md"]  # the page's own address stays
    assert (panen.url, _url_problems(panen)) == ("https://kabar.sukamaju.id/panen/", [])


def test_a_jekyll_site_served_locally_cites_nothing_and_says_why(tmp_path):
    site = tmp_path / "situs"
    shutil.copytree(JEKYLL, site)
    config = site / "_config.yml"
    config.write_text(config.read_text(encoding="utf-8").replace('url: "https://kabar.sukamaju.id"', 'url: "http://localhost:4000"'), encoding="utf-8")
    (site / "_posts" / "2023-04-01-musyawarah.md").write_text(
        "---\ntitle: Musyawarah Desa\ncanonical_url: https://kabar.sukamaju.id/musyawarah/\n---\nWarga bermusyawarah di balai desa.\n", encoding="utf-8"
    )
    documents = _documents(site)
    reason = "_config.yml places the site at http://localhost:4000/arsip, a development address (the author's own machine): no document is cited under it"
    for placed in ("tentang.md", "_posts/2015-03-02-pelatihan-jurnalisme-warga.md", "berita/_posts/2016-08-17-upacara-kemerdekaan.markdown"):
        assert documents[placed].url is None
        assert _url_problems(documents[placed]) == [reason], placed
    for unpublished in ("_drafts/rencana-festival.md", "catatan-internal.md", "_catatan/rapat-panitia.md"):
        assert _url_problems(documents[unpublished]) == [], unpublished
    musyawarah = documents["_posts/2023-04-01-musyawarah.md"]  # the author's own address stays
    assert (musyawarah.url, _url_problems(musyawarah)) == ("https://kabar.sukamaju.id/musyawarah/", [])


def test_hugo_and_mkdocs_development_base_urls_place_nothing(tmp_path):
    hugo = _write(tmp_path / "hugo", {
        "hugo.toml": 'baseURL = "http://localhost:1313/"\nlanguageCode = "id"\n',
        "content/berita/banjir.md": "---\ntitle: Banjir\n---\nAir sungai meluap.\n",
    })
    (document,) = _documents(hugo).values()
    assert document.url is None
    assert _url_problems(document) == ["hugo.toml places the site at http://localhost:1313/, a development address (the author's own machine): no document is cited under it"]
    mkdocs = _write(tmp_path / "mkdocs", {
        "mkdocs.yml": "site_name: Panduan Desa\nsite_url: http://kantor-desa.local:8000/\n",
        "docs/mulai.md": "# Mulai\n\nCara memakai aplikasi desa.\n",
    })
    (document,) = _documents(mkdocs).values()
    assert (document.url, len(_url_problems(document))) == (None, 1)
    assert "mkdocs.yml places the site at http://kantor-desa.local:8000/" in _url_problems(document)[0]


def test_pelicans_publish_configuration_gives_the_address_its_development_one_does_not(tmp_path):
    """``pelicanconf.py`` often has ``SITEURL = 'http://localhost:8000'`` for ``make devserver``;
    ``publishconf.py`` the published address, which wins."""
    post = {"content/kabar.md": "Title: Kabar Desa\nDate: 2023-01-02\nSlug: kabar-desa\n\nPanen raya dimulai.\n"}
    site = _write(tmp_path / "pelican", {"pelicanconf.py": "SITEURL = 'http://localhost:8000'\n", **post})
    (document,) = _documents(site).values()
    assert (document.url, _url_problems(document)) == (None, [
        "pelicanconf.py places the site at http://localhost:8000, a development address (the author's own machine): no document is cited under it"
    ])
    (site / "publishconf.py").write_text("from pelicanconf import *\nSITEURL = 'https://kabar.desa.id'\n", encoding="utf-8")
    (document,) = _documents(site).values()
    assert (document.url, _url_problems(document)) == ("https://kabar.desa.id/kabar-desa.html", [])


def test_an_index_rereads_a_site_whose_development_address_changes(tmp_path):
    """From ``localhost:1313`` to ``localhost:1314`` (the problem names it) and from there to
    a published address (the page is then cited)."""
    site = _write(tmp_path / "hugo", {
        "hugo.toml": 'baseURL = "http://localhost:1313/"\n',
        "content/berita/banjir.md": "---\ntitle: Banjir\n---\nAir sungai meluap.\n",
    })
    directory = tmp_path / "indeks"
    index_paths(directory, [str(site)])
    for base, url in (("http://localhost:1314/", None), ("https://kabar.desa.id/", "https://kabar.desa.id/berita/banjir/")):
        (site / "hugo.toml").write_text(f'baseURL = "{base}"\n', encoding="utf-8")
        report = index_paths(directory, [str(site)])
        assert report.reread[str(site)], base
        (record,) = get_records(directory, "content/berita/banjir.md")
        assert record["url"] == url
        assert [problem["reason"] for problem in record["problems"] if problem["field"] == "url"] == (
            [f"hugo.toml places the site at {base}, a development address (the author's own machine): no document is cited under it"] if url is None else []
        )
