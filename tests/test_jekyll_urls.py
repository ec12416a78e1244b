"""Jekyll posts, pages and collection documents get the URL Jekyll publishes them at, from
the site's ``_config.yml``: every expected URL in ``data/jekyll_urls_expected.toml`` was
read from a real ``jekyll build`` (Jekyll 4.3.1) of the fixture site ``data/jekyll-urls``."""

import shutil
import tomllib
from pathlib import Path

import pytest

from arsip.index.build import index_paths
from arsip.index.inspect import get_records
from arsip.ingest.sites.generators import NestedSites, is_site_folder
from arsip.ingest.sites.jekyll.urls import slugify
from arsip.ingest.pipeline import read_documents
from arsip.ingest.results import IngestOptions

from .conftest import zip_of

DATA = Path(__file__).parent / "data"
SITE = DATA / "jekyll-urls"
EXPECTED = tomllib.loads((DATA / "jekyll_urls_expected.toml").read_text(encoding="utf-8"))


def _urls(site: Path) -> dict[str, str | None]:
    return {document.id: document.url for document in read_documents([str(site)], IngestOptions(include_drafts=True))}


def _copy(tmp_path: Path, extra_config: str = "", drop: str = "") -> Path:
    site = tmp_path / "situs"
    shutil.copytree(SITE, site)
    config = site / "_config.yml"
    text = config.read_text(encoding="utf-8")
    config.write_text((text.replace(drop, "") if drop else text) + extra_config, encoding="utf-8")
    return site


def test_every_file_of_the_site_has_the_url_jekyll_publishes_it_at():
    """Posts (categories from folders and front matter, the date in the site's time zone,
    ``slug``), pages, collections with and without ``output``, front-matter defaults,
    ``exclude``, drafts and ``published: false``: as the real build."""
    expected = {doc_id: EXPECTED["base"] + path if path else None for doc_id, path in EXPECTED["site"].items()}
    assert _urls(SITE) == expected


@pytest.mark.parametrize("style", EXPECTED["style"], ids=[style["permalink"] for style in EXPECTED["style"]])
def test_each_permalink_style_places_posts_pages_and_collections_as_jekyll_does(tmp_path, style):
    site = _copy(tmp_path, f'permalink: "{style["permalink"]}"\n')
    urls = _urls(site)
    assert {doc_id: urls[doc_id] for doc_id in style["urls"]} == {doc_id: EXPECTED["base"] + path for doc_id, path in style["urls"].items()}


def test_without_a_time_zone_a_date_is_placed_as_a_build_in_utc_places_it(tmp_path):
    """Checked with ``TZ=UTC jekyll build``: a YAML time without a zone is UTC to Jekyll,
    one with a zone is turned into the build's zone."""
    urls = _urls(_copy(tmp_path, drop="timezone: Asia/Jakarta\n"))
    assert urls["_posts/2015-03-02-pelatihan-jurnalisme-warga.md"] == EXPECTED["base"] + "/pelatihan/media%20komunitas/2015/03/02/pelatihan-jurnalisme-warga.html"
    assert urls["_posts/2017-01-05-Rapat Warga Pesisir.md"] == EXPECTED["base"] + "/2017/01/05/Rapat-Warga-Pesisir.html"


def test_without_a_url_in_the_configuration_no_document_has_a_url(tmp_path):
    """Jekyll's ``absolute_url`` needs ``url``: with only ``baseurl`` nothing is cited."""
    urls = _urls(_copy(tmp_path, drop='url: "https://kabar.sukamaju.id"\n'))
    assert set(urls.values()) == {None}


def test_the_base_url_is_the_url_and_the_baseurl_joined(tmp_path):
    urls = _urls(_copy(tmp_path, drop='baseurl: "/arsip"\n'))
    assert urls["tentang.md"] == "https://kabar.sukamaju.id/tentang.html"
    assert urls["index.md"] == "https://kabar.sukamaju.id/"


def test_jekyll_slugs():
    assert slugify("Rapat Warga: Tanggul & Bakau!") == "rapat-warga-tanggul-bakau"
    assert slugify("Panen Raya 2018!", "pretty", cased=True) == "Panen-Raya-2018!"
    assert slugify("Ketahanan Pangan (Desa) — Catatan", "pretty") == "ketahanan-pangan-(desa)-catatan"
    assert slugify("Kabar Désa") == "kabar-désa"


def test_a_category_folder_of_a_jekyll_site_is_not_a_site_of_its_own(tmp_path):
    """``berita/_posts/`` in a Jekyll site holds posts of the category ``berita``, not a
    site: its posts get the site's configuration (and URLs)."""
    site = _copy(tmp_path)
    assert not is_site_folder(str(site / "berita"), str(tmp_path))
    assert is_site_folder(str(site), str(tmp_path))
    sites = NestedSites()
    assert sites.enter(str(tmp_path), ["situs"], []) is None
    assert sites.enter(str(site), ["_posts", "berita"], ["_config.yml"]) == str(site)
    assert sites.enter(str(site / "berita"), ["_posts"], []) == str(site)
    other = tmp_path / "blog"
    assert sites.enter(str(other), ["_posts"], []) == str(other)  # outside a Jekyll site, _posts marks one


def test_a_changed_permalink_rereads_the_site_and_moves_its_pages(tmp_path):
    site = _copy(tmp_path)
    directory = tmp_path / "indeks"
    index_paths(directory, [str(site)])
    config = site / "_config.yml"
    config.write_text(config.read_text(encoding="utf-8") + "permalink: pretty\n", encoding="utf-8")
    report = index_paths(directory, [str(site)])
    assert "Jekyll's permalink" in report.reread[str(site)]
    (record,) = get_records(directory, "tentang.md")
    assert record["url"] == EXPECTED["base"] + "/tentang/"


@pytest.mark.parametrize("packed", ["zip", "folder"])
def test_a_site_in_an_archive_or_a_folder_of_the_input_has_the_same_urls(tmp_path, packed):
    """Its configuration is read in its own root (``situs.zip!/jekyll-urls/``, ``ekspor/blog/``)."""
    if packed == "zip":
        zip_of(SITE, tmp_path / "situs.zip", "jekyll-urls/")
        root, prefix = tmp_path / "situs.zip", "situs.zip!/jekyll-urls/"
    else:
        shutil.copytree(SITE, tmp_path / "ekspor" / "blog")
        root, prefix = tmp_path / "ekspor", "blog/"
    urls = {doc_id.removeprefix(prefix): url for doc_id, url in _urls(root).items()}
    assert urls == _urls(SITE)


def test_the_address_is_normalized_as_jekylls_absolute_url_normalizes_it(tmp_path):
    """Checked with Addressable (which Jekyll's ``absolute_url`` uses): host in lower case,
    the default port dropped, a space in ``baseurl`` escaped; a ``url`` ending in ``/`` is
    not doubled."""
    site = _copy(tmp_path, drop='url: "https://kabar.sukamaju.id"\nbaseurl: "/arsip"\n')
    config = site / "_config.yml"
    config.write_text(config.read_text(encoding="utf-8") + 'url: "https://Kabar.Sukamaju.ID:443/"\nbaseurl: "/arsip desa"\n', encoding="utf-8")
    assert _urls(site)["tentang.md"] == "https://kabar.sukamaju.id/arsip%20desa/tentang.html"


def test_a_configuration_that_does_not_parse_is_named_on_every_document(tmp_path):
    """A ``_config.yml`` cut off inside a list: Jekyll's build stops; arsip reads the pages
    without the site's address and permalinks, and each says why it has no url."""
    documents = read_documents([str(_copy(tmp_path, "navigasi: [beranda, kabar\n"))], IngestOptions(include_drafts=True))
    reasons = {document.id: [(p.field, p.reason) for p in document.problems] for document in documents}
    unread = ("generator", "the site's configuration _config.yml cannot be read (expected ',' or ']', but got '<stream end>', line 38): none of its settings are used")
    assert len(reasons) == 26 and all(unread in problems for problems in reasons.values())


def _documents(site: Path) -> dict:
    return {document.id: document for document in read_documents([str(site)], IngestOptions(include_drafts=True))}


def test_a_url_jekyll_would_give_but_arsip_cannot_know_is_a_problem_not_a_guess(tmp_path):
    """A permalink needing a date the document does not give (Jekyll takes the build's
    clock), a date Jekyll reads but arsip does not, one out of range (its zone a day off
    UTC), a placeholder Jekyll does not know (its
    build stops): no url, and a problem saying why. A file Jekyll does not publish (a
    draft, an excluded file) has no url and no problem."""
    site = _copy(tmp_path)
    (site / "_posts" / "2024-02-14-pemilu.md").write_text("---\ntitle: Pemilu\ndate: 14 Agustus 2024\n---\nWarga memilih di TPS.\n", encoding="utf-8")
    (site / "_posts" / "2024-03-01-rapat.md").write_text("---\ntitle: Rapat\npermalink: /:tahun/:title/\n---\nRapat desa.\n", encoding="utf-8")
    upacara = "---\ntitle: Upacara\ndate: 2024-08-17 07:00:00 +25:00\n---\nUpacara bendera di lapangan desa.\n"
    (site / "_posts" / "2024-08-17-upacara.md").write_text(upacara, encoding="utf-8")
    documents = _documents(site)
    reasons = {doc_id: [problem.reason for problem in document.problems if problem.field == "url"] for doc_id, document in documents.items()}
    assert documents["_kegiatan/lomba-tujuh-belasan.md"].url is None
    assert reasons["_kegiatan/lomba-tujuh-belasan.md"] == [
        "the permalink '/kegiatan/:year/:title/' needs a date, which this document does not give (Jekyll takes the time of the build)"
    ]
    assert "the date 14 Agustus 2024 is not one arsip reads" in reasons["_posts/2024-02-14-pemilu.md"][0]
    assert reasons["_posts/2024-03-01-rapat.md"] == ["the permalink '/:tahun/:title/' has :tahun, a placeholder Jekyll does not know (its build stops there)"]
    assert "the date 2024-08-17 07:00:00 +25:00 is not one arsip reads" in reasons["_posts/2024-08-17-upacara.md"][0]  # no zone is a day off UTC
    for quiet in ("_drafts/rencana-festival.md", "catatan-internal.md", "_catatan/rapat-panitia.md", "BACA.md", "tentang.md"):
        assert reasons[quiet] == [], quiet


def test_a_configuration_that_does_not_parse_in_an_archive_is_named_on_every_document(tmp_path):
    """As on disk: a Jekyll site in a ``.zip`` whose ``_config.yml`` is cut off inside a list."""
    site = _copy(tmp_path, "navigasi: [beranda, kabar\n")
    archive = tmp_path / "situs.zip"
    zip_of(site, archive, "situs/")
    documents = list(read_documents([str(archive)], IngestOptions(include_drafts=True)))
    unread = ("generator", "the site's configuration _config.yml cannot be read (expected ',' or ']', but got '<stream end>', line 38): none of its settings are used")
    assert len(documents) == 26 and all(unread in [(p.field, p.reason) for p in document.problems] for document in documents)
