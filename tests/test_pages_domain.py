"""GitHub Pages' ``CNAME`` at a site's root (one line, ``desa.example.id``) names the host the
site is served at: where no configuration gives the site's address, the site is at
``https://HOST/``. A built HTML folder's pages are then at their place below it (a folder's
``index.html`` at the folder) and a canonical link relative to the page resolves against
it; a source repository's configured ``url``/``baseURL`` wins over its ``CNAME``, as
jekyll-github-metadata sets ``site.url`` from the ``CNAME`` only when none is set, but a
placeholder the configuration was left with (Hexo's ``http://example.com``) or a development
address the site was previewed at (``http://localhost:4000``) does not. A
generator copies the ``CNAME`` of the folder it serves as it is (MkDocs' ``docs/``, Hugo's
``static/``, Hexo's ``source/``, Docusaurus' ``staticDirectories``, the file Pelican's
``EXTRA_PATH_METADATA`` sends there, the file or folder Eleventy's ``addPassthroughCopy``
sends there) to the root of the site it builds: that one names the host too."""

import shutil

import pytest

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


#: Sites whose generator copies the ``CNAME`` of its folder of files served as they are to
#: the built site's root, each with where its pages are then.
STATIC_FOLDER_SITES = {
    "mkdocs": {  # docs/CNAME, no site_url
        "docs/index.md": "https://panduan.sukamaju.desa.id/",
        "docs/panduan/mulai.md": "https://panduan.sukamaju.desa.id/panduan/mulai/",
    },
    "hugo-static": {"content/berita/panen.md": "https://kabar.sukamaju.desa.id/berita/panen/"},  # static/CNAME, no baseURL
    "eleventy": {"src/berita/panen-raya.md": "https://warta.sukamaju.desa.id/berita/panen-raya/"},  # public/CNAME, addPassthroughCopy({"./public/": "/"})
    "hugo-static-dir": {"content/berita/posyandu.md": "https://warta.sukamaju.desa.id/berita/posyandu/"},  # aset/CNAME, the first staticDir
    "hugo-mounts": {"content/berita/surat.md": "https://layanan.sukamaju.desa.id/berita/surat/"},  # assets/situs/CNAME a mount makes static, not static/CNAME
    "hugo-config-mounts": {"content/berita/kerja-bakti.md": "https://berita.sukamaju.desa.id/berita/kerja-bakti/"},  # a mount of config/_default/module.toml
    "hexo": {"source/_posts/posyandu-balita.md": "https://warta.sukamaju.desa.id/2023/10/05/posyandu-balita/"},  # source/CNAME, no url
    "pelican": {"content/gotong-royong.md": "https://kabar.sukamaju.desa.id/gotong-royong-memperbaiki-jembatan/"},  # extra/CNAME → CNAME
    "vitepress": {"layanan/surat-domisili.md": "https://layanan.sukamaju.desa.id/layanan/surat-domisili"},  # public/CNAME
    # staticDirectories: ['aset'], written out though a plugin's options are computed
    "docusaurus-aset": {"docs/layanan/surat-pindah.md": "https://layanan.sukamaju.desa.id/layanan/surat-pindah"},
}


@pytest.mark.parametrize("name", sorted(STATIC_FOLDER_SITES))
def test_the_cname_a_generator_copies_from_its_static_folder_places_the_site(name):
    assert _urls(PAGES_DOMAIN / name) == STATIC_FOLDER_SITES[name]


@pytest.mark.parametrize("name", sorted(STATIC_FOLDER_SITES))
def test_an_archived_site_is_placed_by_its_static_folders_cname_the_same(name, tmp_path):
    archive = zip_of(PAGES_DOMAIN / name, tmp_path / f"{name}.zip", prefix=f"{name}/")
    assert _urls(archive) == {f"{name}.zip!/{name}/{path}": url for path, url in STATIC_FOLDER_SITES[name].items()}


def test_a_configured_address_wins_over_the_static_folders_cname(tmp_path):
    site = tmp_path / "mkdocs"
    shutil.copytree(PAGES_DOMAIN / "mkdocs", site)
    config = site / "mkdocs.yml"
    config.write_text("site_url: https://layanan.sukamaju.desa.id/panduan/\n" + config.read_text(encoding="utf-8"), encoding="utf-8")
    assert _urls(site)["docs/panduan/mulai.md"] == "https://layanan.sukamaju.desa.id/panduan/panduan/mulai/"


def _configured_copy(tmp_path, name: str, config: str, setting: str):
    """A copy of the site ``name`` whose configuration file ``config`` starts with ``setting``."""
    site = tmp_path / name
    shutil.copytree(PAGES_DOMAIN / name, site)
    path = site / config
    path.write_text(setting + path.read_text(encoding="utf-8"), encoding="utf-8")
    return site


#: Addresses a configuration gives that are not where the site is published: a placeholder
#: it was left with (Hexo's and Hugo's defaults), a development address where it was
#: previewed, and Hugo's ``baseURL = "/"`` (no host at all).
UNPUBLISHED_ADDRESSES = [
    ("hexo", "_config.yml", "url: http://example.com\n"),
    ("hugo-static", "hugo.toml", "baseURL = 'https://example.org/'\n"),
    ("hexo", "_config.yml", "url: http://localhost:4000\n"),
    ("hugo-static", "hugo.toml", "baseURL = 'http://127.0.0.1:1313/'\n"),
    ("hugo-static", "hugo.toml", "baseURL = '/'\n"),
    ("mkdocs", "mkdocs.yml", "site_url: http://0.0.0.0:8080/\n"),
]


@pytest.mark.parametrize(("name", "config", "setting"), UNPUBLISHED_ADDRESSES)
def test_an_address_the_site_is_not_published_at_does_not_win_over_the_cname(tmp_path, name, config, setting):
    site = _configured_copy(tmp_path, name, config, setting)
    assert _urls(site) == STATIC_FOLDER_SITES[name]
    archive = zip_of(site, tmp_path / f"{name}.zip", prefix=f"{name}/")
    assert _urls(archive) == {f"{name}.zip!/{name}/{path}": url for path, url in STATIC_FOLDER_SITES[name].items()}


def test_a_jekyll_sites_development_url_does_not_win_over_its_cname(tmp_path):
    site = _configured_copy(tmp_path, "jekyll-tanpa-url", "_config.yml", "url: http://localhost:4000\n")
    assert _urls(site) == {"_posts/2023-08-14-kerja-bakti.md": "https://kabar.sukamaju.desa.id/2023/08/14/kerja-bakti.html"}


def test_without_a_cname_a_development_address_says_why_the_pages_have_no_url(tmp_path):
    site = _configured_copy(tmp_path, "hexo", "_config.yml", "url: http://localhost:4000\n")
    (site / "source" / "CNAME").unlink()
    documents, _ = read_by_id(site)
    [post] = documents.values()
    assert post.url is None
    assert [problem.reason for problem in post.problems] == [
        "_config.yml places the site at http://localhost:4000, a development address (the author's own machine): no document is cited under it"
    ]


def test_a_cname_in_a_folder_the_generator_does_not_copy_places_nothing(tmp_path):
    """Pelican copies ``content/extra/CNAME`` only where ``EXTRA_PATH_METADATA`` sends it."""
    site = tmp_path / "pelican"
    shutil.copytree(PAGES_DOMAIN / "pelican", site)
    config = site / "pelicanconf.py"
    config.write_text(config.read_text(encoding="utf-8").replace('"path": "CNAME"', '"path": "static/CNAME"'), encoding="utf-8")
    assert _urls(site) == {"content/gotong-royong.md": None}


@pytest.mark.parametrize(
    ("copy", "place", "url"),
    [
        ('"src/CNAME"', "src/CNAME", "https://warta.sukamaju.desa.id/berita/panen-raya/"),  # (the input folder is stripped: _site/CNAME)
        ('{ "domain/CNAME": "CNAME" }', "domain/CNAME", "https://warta.sukamaju.desa.id/berita/panen-raya/"),
        ('"public"', "public/CNAME", None),  # (_site/public/CNAME)
        ('{ "./public/": "/berkas/" }', "public/CNAME", None),
    ],
)
def test_eleventy_copies_a_cname_to_its_root_only_where_its_passthrough_copy_sends_it(tmp_path, copy, place, url):
    site = tmp_path / "eleventy"
    shutil.copytree(PAGES_DOMAIN / "eleventy", site)
    (site / place).parent.mkdir(parents=True, exist_ok=True)
    (site / "public" / "CNAME").rename(site / place)
    config = site / "eleventy.config.js"
    config.write_text(config.read_text(encoding="utf-8").replace('{ "./public/": "/" }', copy), encoding="utf-8")
    documents, _ = read_by_id(site)
    assert documents["src/berita/panen-raya.md"].url == url
