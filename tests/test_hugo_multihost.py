"""A multihost Hugo site — its languages set their own ``baseURL`` — publishes each
language's pages at their path below that address, with no language folder (Hugo's
``GetURLLanguageBasePath``), a front matter ``url`` too; a language whose address is a
development one has its pages without url, and a problem says why."""

from pathlib import Path

from .conftest import read_by_id, zip_of

SITE = Path(__file__).parent / "data" / "hugo-multihost"
URLS = {
    "content/id/berita/panen-raya.md": "https://desa-maju.id/berita/panen-raya/",
    "content/id/profil.md": "https://desa-maju.id/tentang-desa/",  # (url: "tentang-desa")
    "content/en/berita/panen-raya.md": "https://en.desa-maju.id/berita/panen-raya/",
    "content/jv/berita/panen-raya.md": None,
}
JAVANESE = (
    "the configuration's languages.jv.baseURL places the site at http://localhost:1315/, "
    "a development address (the author's own machine): no document is cited under it"
)


def _urls(documents: dict) -> dict:
    return {doc_id: document.url for doc_id, document in documents.items()}


def test_each_language_is_at_its_own_address():
    documents, _ = read_by_id(SITE)
    assert _urls(documents) == URLS
    assert [problem.reason for problem in documents["content/jv/berita/panen-raya.md"].problems] == [JAVANESE]
    assert documents["content/en/berita/panen-raya.md"].problems == []


def test_an_archive_of_the_site_places_its_pages_the_same(tmp_path):
    documents, _ = read_by_id(zip_of(SITE, tmp_path / "desa.zip", "desa/"))
    assert _urls(documents) == {f"desa.zip!/desa/{page}": url for page, url in URLS.items()}

