"""GitHub Pages' ``CNAME`` at a site's root (one line, ``desa.example.id``) names the host the
site is served at: where no configuration gives the site's address, the site is at
``https://HOST/``. A built HTML folder's pages are then at their place below it (a folder's
``index.html`` at the folder) and a canonical link relative to the page resolves against
it; a source repository's configured ``url``/``baseURL`` wins over its ``CNAME``, as
jekyll-github-metadata sets ``site.url`` from the ``CNAME`` only when none is set."""

from .conftest import DATA, read_by_id, zip_of

PAGES_DOMAIN = DATA / "pages-domain"


def _urls(path) -> dict:
    documents, _ = read_by_id(path)
    assert not any(document.problems for document in documents.values())
    return {document.id: document.url for document in documents.values()}


def test_a_built_folders_pages_are_at_their_place_below_the_host_its_cname_names():
    assert _urls(PAGES_DOMAIN / "situs") == {
        "berita/panen/index.html": "https://desa.example.id/berita/panen/",
        "berita/rapat.html": "https://desa.example.id/berita/rapat-warga/",  # (its canonical link, /berita/rapat-warga/)
        "profil.htm": "https://desa.example.id/profil.htm",
    }


def test_an_archived_built_folder_is_read_the_same(tmp_path):
    archive = zip_of(PAGES_DOMAIN / "situs", tmp_path / "situs.zip", prefix="situs/")
    assert _urls(archive) == {
        "situs.zip!/situs/berita/panen/index.html": "https://desa.example.id/berita/panen/",
        "situs.zip!/situs/berita/rapat.html": "https://desa.example.id/berita/rapat-warga/",
        "situs.zip!/situs/profil.htm": "https://desa.example.id/profil.htm",
    }


def test_a_repository_that_keeps_only_its_built_site_places_its_pages_below_the_site_folder(tmp_path):
    """The ``CNAME`` beside a ``_site/`` read for want of sources beside it names that site."""
    (tmp_path / "CNAME").write_text("desa.example.id\n", encoding="utf-8")
    page = tmp_path / "_site" / "berita" / "panen" / "index.html"
    page.parent.mkdir(parents=True)
    page.write_bytes((PAGES_DOMAIN / "situs" / "berita" / "panen" / "index.html").read_bytes())
    assert _urls(tmp_path) == {"_site/berita/panen/index.html": "https://desa.example.id/berita/panen/"}


def test_a_jekyll_site_without_url_is_at_its_cnames_host():
    assert _urls(PAGES_DOMAIN / "jekyll-tanpa-url") == {"_posts/2023-08-14-kerja-bakti.md": "https://kabar.sukamaju.desa.id/2023/08/14/kerja-bakti.html"}


def test_a_configured_address_wins_over_the_cname():
    assert _urls(PAGES_DOMAIN / "jekyll") == {"_posts/2023-08-14-kerja-bakti.md": "https://kabar.sukamaju.desa.id/2023/08/14/kerja-bakti.html"}
    assert _urls(PAGES_DOMAIN / "hugo") == {"content/berita/panen.md": "https://kabar.sukamaju.desa.id/berita/panen/"}


def test_a_cname_naming_no_domain_places_nothing(tmp_path):
    (tmp_path / "CNAME").write_text("ganti dengan domain situs\n", encoding="utf-8")
    page = tmp_path / "profil.htm"
    page.write_bytes((PAGES_DOMAIN / "situs" / "profil.htm").read_bytes())
    assert _urls(tmp_path) == {"profil.htm": None}
