"""The ``defaults`` of a Jekyll site's ``_config.yml`` give a page, post or collection
document the title, author, categories, tags and ``published`` it does not give itself, as
Jekyll merges them (``FrontmatterDefaults``): a scope's path is a prefix of the file's path,
its type the file's collection (``posts``, the old ``post``, a collection's name, ``pages``),
a longer path wins, and a key of the page's own wins over every default; the page's Liquid
(``{{ page.author }}``) sees them too. A file without front matter (a static file to
Jekyll) gets none."""

from pathlib import Path

from arsip.ingest.sites.jekyll.config import jekyll_site
from arsip.ingest.sites.jekyll.urls import front_matter_defaults

from .conftest import read_by_id

SITE = Path(__file__).parent / "data" / "jekyll-defaults"


def _documents() -> dict:
    return read_by_id(SITE, include_drafts=True)[0]


def _terms(terms: list) -> list[str]:
    return [term.label for term in terms]


def test_a_page_without_a_title_takes_its_scopes_default_title_and_author():
    documents = _documents()
    lomba = documents["pengumuman/lomba.md"]
    assert (lomba.title, lomba.authors, _terms(lomba.tags)) == ("Pengumuman Desa", ["Sekretariat Desa"], ["pengumuman"])
    posyandu = documents["pengumuman/posyandu.md"]  # (its own title and author win)
    assert (posyandu.title, posyandu.authors) == ("Jadwal Posyandu", ["Bidan Desa"])
    tentang = documents["tentang.md"]  # (outside the scope: the site-wide author only)
    assert (tentang.title, tentang.authors, tentang.tags) == ("Tentang kami", ["Tim Redaksi"], [])


def test_a_post_and_a_collection_document_take_the_defaults_of_their_type():
    documents = _documents()
    post = documents["_posts/2023-01-02-kerja-bakti.md"]
    assert (post.title, post.authors, _terms(post.categories), _terms(post.tags)) == ("Kerja Bakti", ["Tim Redaksi"], ["berita"], ["desa"])
    agenda = documents["_agenda/senam.md"]
    assert (agenda.authors, _terms(agenda.categories)) == (["Panitia Agenda"], ["kegiatan"])


def test_a_default_published_false_makes_a_draft_and_a_static_file_takes_no_defaults():
    documents = _documents()
    assert documents["pengumuman/arsip/lomba-2022.md"].draft is True
    assert documents["pengumuman/lomba.md"].draft is False
    catatan = documents["pengumuman/catatan.md"]
    assert (catatan.title, catatan.authors) == ("catatan", [])


def test_defaults_are_read_only_for_files_jekyll_gives_them():
    site = jekyll_site({"defaults": [{"scope": {"path": ""}, "values": {"author": "Tim"}}], "exclude": ["rahasia"]})
    assert front_matter_defaults("berita/a.md", True, site) == {"author": "Tim"}
    assert front_matter_defaults("berita/a.md", False, site) == {}
    assert front_matter_defaults("_layouts/post.html", True, site) == {}
    assert front_matter_defaults("rahasia/a.md", True, site) == {}
    assert front_matter_defaults("berita/a.md", True, None) == {}


def test_a_pages_liquid_shows_the_defaults_under_its_own_front_matter():
    documents = _documents()
    assert documents["pengumuman/ronda.html"].text == "Pengumuman Desa\n\nJadwal ronda malam disusun oleh Sekretariat Desa untuk bulan ini."
    assert documents["pengumuman/ronda.html"].problems == []
    assert documents["_posts/2023-01-02-kerja-bakti.md"].text.endswith("pada hari Minggu pagi. Dilaporkan oleh Tim Redaksi.")
