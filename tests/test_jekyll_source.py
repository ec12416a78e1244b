"""A Jekyll site whose ``_config.yml`` sets ``source: src`` is read from that folder, as
Jekyll reads it (the configuration beside it, every other path below it): its posts,
pages, drafts, includes and categories are those of ``src/`` (``src/berita/_posts/`` is
the category ``berita``, not ``src``), and the ``CNAME`` that places it is ``src/CNAME``,
which Jekyll copies into the site it builds, before one beside the configuration, which it
does not. A file outside ``src/`` (the repository's ``README.md``, its ``docs/``) is none
of the site's: Jekyll does not read it, and it is skipped, counted. A ``_config.yml`` inside
``src/`` is not read either: Jekyll reads the configuration of the folder it is run in. A
``source`` that is not text (``source: 7``) stops Jekyll's build: a ``generator`` problem."""

from pathlib import Path

from arsip.ingest.pipeline import OUTSIDE_JEKYLL_SOURCE
from arsip.ingest.sites.jekyll.config import jekyll_site
from arsip.ingest.sites.site import SiteInfo, pages_domain_files

from .conftest import read_by_id

SITE = Path(__file__).parent / "data" / "jekyll-source"


def test_the_sources_files_are_placed_below_the_address_of_its_cname():
    documents, report = read_by_id(SITE)
    assert {name: document.url for name, document in documents.items()} == {
        "src/_posts/2024-03-05-panen-raya.md": "https://kabar.sukamaju.id/2024/03/05/panen-raya.html",
        "src/berita/_posts/2024-04-01-rapat-warga.md": "https://kabar.sukamaju.id/berita/2024/04/01/rapat-warga.html",
        "src/tentang.md": "https://kabar.sukamaju.id/tentang.html",
    }
    assert [category.label for category in documents["src/berita/_posts/2024-04-01-rapat-warga.md"].categories] == ["berita"]
    assert documents["src/_posts/2024-03-05-panen-raya.md"].categories == []
    assert report.skipped["draft"] == 1


def test_files_outside_the_source_folder_are_skipped_as_none_of_the_sites():
    documents, report = read_by_id(SITE)
    assert "README.md" not in documents and "docs/panduan-penulis.md" not in documents
    assert report.skipped[OUTSIDE_JEKYLL_SOURCE] == 2


def test_a_configuration_inside_the_source_folder_sets_nothing():
    """``src/_config.yml`` gives another ``url``, ``permalink`` and ``timezone``: the pages
    are where the configuration beside ``src/`` places them (above), and it is no page."""
    documents, report = read_by_id(SITE)
    assert documents["src/tentang.md"].url == "https://kabar.sukamaju.id/tentang.html"
    assert documents["src/_posts/2024-03-05-panen-raya.md"].url == "https://kabar.sukamaju.id/2024/03/05/panen-raya.html"
    assert "src/_config.yml" not in documents and report.skipped["site code or configuration"] == 4  # (both _config.yml, both CNAME)


def test_a_source_that_is_not_text_is_a_problem_of_each_document(tmp_path):
    (tmp_path / "_config.yml").write_text("title: Warta\nurl: https://warta.sukamaju.id\nsource: 7\n", encoding="utf-8")
    (tmp_path / "profil.md").write_text("---\ntitle: Profil\n---\nProfil Desa Sukamaju.\n", encoding="utf-8")
    profil = read_by_id(tmp_path)[0]["profil.md"]
    assert profil.url == "https://warta.sukamaju.id/profil.html"
    assert [(problem.field, problem.reason) for problem in profil.problems] == [(
        "generator",
        "_config.yml sets source: 7, not text (Jekyll's build stops on it), which arsip does not follow: "
        "the site is read from the configuration's folder, which may not hold what Jekyll read",
    )]
    assert "not text" in jekyll_site({"source": ["src"]}).source_unread and jekyll_site({"source": None}).source_unread is None


def test_the_sources_includes_are_read_into_its_pages():
    tentang = read_by_id(SITE)[0]["src/tentang.md"]
    assert tentang.text == "Kabar Desa Sukamaju dikelola oleh karang taruna desa.\n\nCatatan: Kantor desa buka Senin sampai Jumat."
    assert tentang.problems == []


def test_the_sources_cname_comes_before_the_roots_and_source_is_read_below_the_configuration():
    assert pages_domain_files(SiteInfo(jekyll=jekyll_site({"source": "src"})))[:2] == ("src/CNAME", "CNAME")
    assert pages_domain_files(SiteInfo(jekyll=jekyll_site({})))[0] == "CNAME"
    assert [jekyll_site({"source": value}).source for value in ("./src/", "situs/src", ".", "/home/runner/situs", "../situs", 7)] == ["src", "situs/src", "", "", "", ""]


def test_a_source_arsip_cannot_follow_is_a_problem_of_each_document():
    documents, _ = read_by_id(Path(__file__).parent / "data" / "jekyll-source-unread")
    assert {name: document.url for name, document in documents.items()} == {
        "_posts/2024-05-12-kerja-bakti.md": "https://warta.sukamaju.id/2024/05/12/kerja-bakti.html",
        "profil.md": "https://warta.sukamaju.id/profil.html",
    }
    for document in documents.values():
        assert [(problem.field, problem.reason.split(",")[:2]) for problem in document.problems] == [
            ("generator", ["_config.yml sets source: /srv/jekyll", " an absolute path of the machine that built the site"])
        ]


def test_only_a_source_outside_the_configurations_folder_is_not_followed():
    unread = {value: jekyll_site({"source": value}).source_unread for value in ("src", ".", "/srv/jekyll", "C:\\situs", "~/situs", "../situs", "src/../..")}
    assert [value for value, reason in unread.items() if reason is None] == ["src", "."]
    assert all("a folder above the configuration's" in unread[value] for value in ("../situs", "src/../.."))
    assert all("an absolute path" in unread[value] for value in ("/srv/jekyll", "C:\\situs", "~/situs"))
