"""Hugo pages get the URL Hugo publishes them at, from the site's configuration and front
matter: every expected URL in ``data/hugo_urls_expected.toml`` was read from a real
``hugo`` build (Hugo 0.111.3) of the fixture site ``data/hugo-urls``, with its own
``hugo.toml`` and with each configuration there."""

import shutil
import tomllib
from pathlib import Path

import pytest

from arsip.ingest.sites.hugo.urls import hugo_path, hugo_paths, unplaced_reason
from arsip.ingest.pipeline import read_documents
from arsip.ingest.sites.site import parse_config
from arsip.ingest.results import IngestOptions, IngestReport

from .conftest import tar_of, zip_of

DATA = Path(__file__).parent / "data"
SITE = DATA / "hugo-urls"
EXPECTED = tomllib.loads((DATA / "hugo_urls_expected.toml").read_text(encoding="utf-8"))


def _documents(site: Path) -> dict:
    return {document.id: document for document in read_documents([str(site)], IngestOptions(include_drafts=True, include_all=True))}


def _urls(site: Path) -> dict[str, str | None]:
    return {doc_id: document.url for doc_id, document in _documents(site).items()}


def _expected(urls: dict[str, str]) -> dict[str, str | None]:
    return {doc_id: EXPECTED["base"] + path if path else None for doc_id, path in urls.items()}


def _copy(tmp_path: Path, extra: str) -> Path:
    """The fixture site with ``extra`` added to its ``hugo.toml`` as the build added it: its
    top-level keys before the file's, its tables after."""
    site = tmp_path / "situs"
    shutil.copytree(SITE, site)
    config = site / "hugo.toml"
    top, _, tables = extra.partition("\n[") if not extra.startswith("[") else ("", "", extra[1:])
    config.write_text(top + "\n" + config.read_text(encoding="utf-8") + ("\n[" + tables if tables else ""), encoding="utf-8")
    return site


def _write(site: Path, files: dict[str, str]) -> Path:
    """``site`` with ``files`` (path below it → text) written in it."""
    for name, text in files.items():
        (site / name).parent.mkdir(parents=True, exist_ok=True)
        (site / name).write_text(text, encoding="utf-8")
    return site


def test_every_page_of_the_site_has_the_url_hugo_publishes_it_at():
    """Sections, bundles, ``slug``, ``url`` (absolute and relative, with an extension),
    translations, titles with accents (escaped as Hugo's ``.Permalink``), ``_build`` render
    never/false/link, a headless bundle and a cascade of ``_build`` and of ``slug``."""
    assert _urls(SITE) == _expected(EXPECTED["site"])


@pytest.mark.parametrize("config", EXPECTED["config"], ids=[config["name"] for config in EXPECTED["config"]])
def test_each_configuration_places_the_pages_as_hugo_does(tmp_path, config):
    """``[permalinks]`` with every token and Go date formats, ``:sections`` slices, the root
    key ``/``, ``uglyURLs`` (global, per section, with permalinks), ``removePathAccents`` and
    ``disablePathToLower``, ``defaultContentLanguageInSubdir``, a ``[cascade]`` in the configuration."""
    assert _urls(_copy(tmp_path, config["extra"])) == _expected(config["urls"])


def test_a_page_hugo_places_at_the_home_page_has_no_url_and_a_problem(tmp_path):
    """``/:title/`` of a page without a title is ``/``: the home page is written there."""
    config = next(config for config in EXPECTED["config"] if config["name"] == "tanggal-judul")
    documents = _documents(_copy(tmp_path, config["extra"]))
    page = documents["content/kegiatan/tanpa-judul.md"]
    assert page.url is None
    assert [problem.reason for problem in page.problems if problem.field == "url"] == [
        "Hugo's permalink places this page at the site's home page, which takes its place"
    ]


def test_a_url_hugo_would_give_but_arsip_cannot_know_is_a_problem_not_a_guess(tmp_path):
    """A date from the file's modification time, a date Hugo reads that arsip does not, a
    token Hugo does not know (its build stops): no url, and a problem saying why."""
    site = _copy(tmp_path, '[frontmatter]\n  date = [":fileModTime", ":default"]\n[permalinks]\n  berita = "/:year/:slug/"\n  kegiatan = "/:tahun/:slug/"\n')
    (site / "content" / "catatan" / "pemilu.md").write_text("---\ntitle: Pemilu\ndate: 14 Februari 2024\n---\nWarga memilih.\n", encoding="utf-8")
    documents = _documents(site)
    reasons = {doc_id: [problem.reason for problem in document.problems if problem.field == "url"] for doc_id, document in documents.items()}
    assert documents["content/berita/Banjir Bandang.md"].url is None
    assert reasons["content/berita/Banjir Bandang.md"] == [
        "the permalink needs the page's date, which Hugo takes from :filemodtime (the configuration's [frontmatter] date)"
    ]
    assert reasons["content/kegiatan/tanpa-judul.md"] == ["the permalink '/:tahun/:slug/' has :tahun, a token Hugo does not know (its build stops there)"]
    assert documents["content/kegiatan/kerja-bakti.md"].url == EXPECTED["base"] + "/agenda/kerja-bakti/"  # its url wins
    assert documents["content/catatan/pemilu.md"].url == EXPECTED["base"] + "/catatan/pemilu/"  # no pattern needs its date
    assert reasons["content/catatan/draf-internal.md"] == []  # Hugo renders none: nothing to know


def test_an_unread_date_is_named(tmp_path):
    site = _copy(tmp_path, '[permalinks]\n  catatan = "/:year/:slug/"\n')
    (site / "content" / "catatan" / "pemilu.md").write_text("---\ntitle: Pemilu\ndate: 14 Februari 2024\n---\nWarga memilih.\n", encoding="utf-8")
    page = _documents(site)["content/catatan/pemilu.md"]
    assert page.url is None
    assert [problem.reason for problem in page.problems] == ["the permalink needs the page's date, and its date '14 Februari 2024' is not one arsip reads as Hugo does"]


def test_newer_hugo_permalinks_by_kind_place_pages_and_sections():
    """Newer Hugo's ``[permalinks.page]`` and ``[permalinks.section]`` (gohugo.io,
    "Configure permalinks"; Hugo 0.111 stops on them, so they were not built)."""
    hugo = hugo_paths({"permalinks": {"page": {"berita": "/kabar/:slug/"}, "section": {"berita": "/kabar/"}}, "defaultcontentlanguage": "id"})
    assert hugo_path("content/berita/rapat.md", {"title": "Rapat Warga"}, hugo) == "/kabar/rapat-warga/"
    assert hugo_path("content/berita/_index.md", {"title": "Berita"}, hugo) == "/kabar/"
    assert hugo_path("content/kegiatan/_index.md", {"title": "Kegiatan"}, hugo) == "/kegiatan/"


def test_newer_hugo_build_options_and_content_base_name():
    """Newer Hugo's ``build`` (gohugo.io, "Build options"; Hugo 0.111 reads only ``_build``) and ``:contentbasename``."""
    hugo = hugo_paths({"permalinks": {"berita": "/:contentbasename/"}})
    assert hugo_path("content/berita/rapat.md", {"build": {"render": "never"}}, hugo) is None
    assert hugo_path("content/berita/panen-raya/index.md", {"slug": "x"}, hugo) == "/panen-raya/"


def test_the_date_may_come_from_the_file_name():
    """``[frontmatter] date = [":filename", ":default"]``: the date a file name starts with."""
    hugo = hugo_paths({"frontmatter": {"date": [":filename", ":default"]}, "permalinks": {"berita": "/:year/:month/:filename/"}})
    assert hugo_path("content/berita/2019-05-01-hari-buruh.md", {}, hugo) == "/2019/05/2019-05-01-hari-buruh/"


def test_newer_hugo_section_slugs_are_named_not_guessed():
    hugo = hugo_paths({"permalinks": {"berita": "/:sectionslugs/:slug/"}})
    assert unplaced_reason("content/berita/rapat.md", {"title": "Rapat"}, hugo) == (
        "the permalink '/:sectionslugs/:slug/' has :sectionslugs, newer Hugo's section slugs, which arsip does not fill"
    )


def test_which_folders_are_sections_must_be_known_for_sections_below_the_top():
    hugo = hugo_paths({"permalinks": {"berita": "/:sections/:slug/"}})
    assert unplaced_reason("content/berita/daerah/rapat.md", {"title": "Rapat"}, hugo) == (
        "the permalink needs the page's sections, and which folders are sections (have an _index file) was not read"
    )
    known = hugo.with_index_files({"content/berita/daerah/_index.md": {}})
    assert hugo_path("content/berita/daerah/rapat.md", {"title": "Rapat"}, known) == "/berita/daerah/rapat/"
    assert hugo_path("content/berita/lain/rapat.md", {"title": "Rapat"}, known) == "/berita/rapat/"


def test_a_configuration_folder_permalinks_file_places_pages(tmp_path):
    site = tmp_path / "situs"
    (site / "config" / "_default").mkdir(parents=True)
    (site / "config" / "_default" / "hugo.toml").write_text('baseURL = "https://warta.contoh.id/"\n', encoding="utf-8")
    (site / "config" / "_default" / "permalinks.toml").write_text('berita = "/:year/:slug/"\n', encoding="utf-8")
    (site / "content" / "berita").mkdir(parents=True)
    (site / "content" / "berita" / "rapat.md").write_text("---\ntitle: Rapat Warga\ndate: 2021-03-04\n---\nRapat warga.\n", encoding="utf-8")
    assert _urls(site) == {"content/berita/rapat.md": "https://warta.contoh.id/2021/rapat-warga/"}


def test_a_site_in_an_archive_has_the_urls_it_has_on_disk(tmp_path):
    """The ``_index`` files (sections, cascades) are read inside the archive as on disk."""
    config = next(config for config in EXPECTED["config"] if config["name"] == "seksi-slug")
    site = _copy(tmp_path, config["extra"])
    zip_of(site, tmp_path / "situs.zip", "situs/")
    packed = {doc_id.removeprefix("situs.zip!/situs/"): url for doc_id, url in _urls(tmp_path / "situs.zip").items()}
    assert packed == _urls(site) == _expected(config["urls"])


def test_pages_of_a_draft_section_are_drafts_as_hugo_leaves_them_out():
    """Hugo 0.111.3 renders nothing below an ``_index.md`` with ``draft: true``: its pages
    are drafts, left out unless ``--include-drafts`` (then kept, marked, without a url)."""
    report = IngestReport()
    kept = {document.id for document in read_documents([str(SITE)], IngestOptions(), report)}
    assert "content/rencana/festival-panen.md" not in kept and "content/catatan/draf-pidato.md" not in kept
    assert report.skipped["draft"] >= 2
    documents = _documents(SITE)
    assert documents["content/rencana/festival-panen.md"].draft is True
    assert documents["content/berita/Banjir Bandang.md"].draft is False


def test_a_cascade_gives_pages_their_draft_and_dates(tmp_path):
    """``cascade`` of ``draft`` and ``expiryDate`` decides as the pages' own front matter
    would (checked with Hugo 0.111.3: nothing below such a section is rendered)."""
    site = tmp_path / "situs"
    (site / "content" / "usulan").mkdir(parents=True)
    (site / "content" / "lama").mkdir(parents=True)
    (site / "hugo.toml").write_text('baseURL = "https://warta.contoh.id/"\n', encoding="utf-8")
    (site / "content" / "usulan" / "_index.md").write_text("---\ntitle: Usulan\ncascade:\n  draft: true\n---\nUsulan warga.\n", encoding="utf-8")
    (site / "content" / "usulan" / "jalan.md").write_text("---\ntitle: Jalan Baru\n---\nUsulan jalan baru.\n", encoding="utf-8")
    (site / "content" / "lama" / "_index.md").write_text("---\ntitle: Lama\ncascade:\n  expiryDate: 2001-01-01\n---\nTulisan lama.\n", encoding="utf-8")
    (site / "content" / "lama" / "pengumuman.md").write_text("---\ntitle: Pengumuman\n---\nPengumuman lama.\n", encoding="utf-8")
    (site / "content" / "kabar.md").write_text("---\ntitle: Kabar\n---\nKabar hari ini.\n", encoding="utf-8")
    report = IngestReport()
    kept = [document.id for document in read_documents([str(site)], IngestOptions(include_all=True), report)]
    assert kept == ["content/kabar.md"]
    assert report.skipped["draft"] == 2 and report.skipped["expired"] == 2


def test_a_date_from_the_file_name_gives_the_slug_too():
    """Checked with Hugo 0.111.3: with ``date = [":filename", ":default"]`` the rest of a
    dated file or bundle name is the slug, unless the page sets one."""
    hugo = hugo_paths({"frontmatter": {"date": [":filename", ":default"]}})
    assert hugo_path("content/berita/2019-05-01-hari-buruh.md", {"title": "Hari Buruh"}, hugo) == "/berita/hari-buruh/"
    assert hugo_path("content/berita/2020-02-02-bundel/index.md", {}, hugo) == "/berita/bundel/"
    assert hugo_path("content/berita/2021-03-03-keong.md", {"slug": "siput"}, hugo) == "/berita/siput/"
    assert hugo_path("content/berita/2022-04-04.md", {}, hugo) == "/berita/2022-04-04/"
    assert hugo_path("content/berita/tanpa-tanggal.md", {}, hugo) == "/berita/tanpa-tanggal/"
    front_matter_first = hugo_paths({"frontmatter": {"date": [":default", ":filename"]}})
    assert hugo_path("content/berita/2019-05-01-hari-buruh.md", {"date": "2019-05-02"}, front_matter_first) == "/berita/2019-05-01-hari-buruh/"


def test_a_language_may_have_its_own_ugly_urls():
    """Checked with Hugo 0.111.3: ``uglyURLs = true`` in ``[languages.en]`` makes only the
    English pages ``.html`` files."""
    text = (SITE / "hugo.toml").read_text(encoding="utf-8").replace("[languages.en]\n", "[languages.en]\n  uglyURLs = true\n")
    hugo = parse_config("hugo.toml", text).hugo_paths
    assert hugo_path("content/berita/upacara-kemerdekaan.en.md", {"title": "Independence Day Ceremony"}, hugo) == "/en/berita/upacara-kemerdekaan.html"
    assert hugo_path("content/berita/upacara-kemerdekaan.md", {"title": "Upacara"}, hugo) == "/berita/upacara-kemerdekaan/"


#: A leaf bundle (``glosarium/index.md``) beside a section: Hugo 0.111.3 renders
#: ``/berita/``, ``/berita/rapat-warga/`` and ``/glosarium/``, and no page of the
#: bundle's other content files, which are its resources.
_LEAF_SITE = {
    "hugo.toml": 'baseURL = "https://dokumen.contoh.id/"\ndefaultContentLanguage = "id"\n',
    "content/berita/_index.md": "---\ntitle: Berita\n---\nKabar terbaru dari desa.\n",
    "content/glosarium/kubelet.md": "---\ntitle: Kubelet\ntags:\n- fundamental\n---\nAgen yang berjalan pada setiap simpul klaster.\n",
    "content/glosarium/istilah/pod.md": "---\ntitle: Pod\n---\nKelompok kontainer terkecil yang dapat dijalankan.\n",
    "content/glosarium/index.md": "---\ntitle: Glosarium\nlayout: glossary\n---\n",
    "content/berita/rapat-warga.md": "---\ntitle: Rapat Warga\n---\nRapat warga membahas jalan desa.\n",
}
_LEAF_URLS = {
    "content/berita/_index.md": "https://dokumen.contoh.id/berita/",
    "content/berita/rapat-warga.md": "https://dokumen.contoh.id/berita/rapat-warga/",
    "content/glosarium/index.md": "https://dokumen.contoh.id/glosarium/",
    "content/glosarium/kubelet.md": None,
    "content/glosarium/istilah/pod.md": None,
}


def test_content_files_in_a_leaf_bundle_are_its_resources_with_no_page(tmp_path):
    site = tmp_path / "situs"
    _write(site, _LEAF_SITE)
    documents = _documents(site)
    assert {doc_id: document.url for doc_id, document in documents.items()} == _LEAF_URLS
    resource = documents["content/glosarium/kubelet.md"]
    assert resource.text == "Agen yang berjalan pada setiap simpul klaster." and not resource.problems  # still a document of the site


def test_a_tar_stream_is_looked_at_past_its_first_index_file(tmp_path):
    """A member read twice (an ``_index.md``: its front matter, then the sample) does not
    end the look at a ``.tar.gz``: the leaf bundle after it is seen as on disk."""
    packed = tmp_path / "situs.tar.gz"
    tar_of(_LEAF_SITE, packed, "situs/")  # the _index.md before the bundle
    assert {doc_id.removeprefix("situs.tar.gz!/situs/"): url for doc_id, url in _urls(packed).items()} == _LEAF_URLS


def test_only_the_content_folders_hold_pages_of_a_hugo_site(tmp_path):
    """A site folder copied after ``hugo`` ran holds its built pages and feeds in
    ``public/`` (or, for GitHub Pages, at its top) and its templates in ``layouts/``: Hugo
    makes pages only of its content folders, so the built copies are not read again."""
    site = tmp_path / "situs"
    files = {
        "hugo.toml": 'baseURL = "https://warta.contoh.id/"\n',
        "content/berita/rapat-warga.md": "---\ntitle: Rapat Warga\n---\nRapat warga membahas jalan desa.\n",
        "public/berita/rapat-warga/index.html": "<html><head><title>Rapat Warga</title><link rel=canonical href=https://warta.contoh.id/berita/rapat-warga/></head>"
        "<body><main><h1>Rapat Warga</h1><p>Rapat warga membahas jalan desa.</p></main></body></html>",
        "public/index.xml": '<?xml version="1.0"?><rss version="2.0"><channel><title>Warta</title><item><title>Rapat Warga</title>'
        "<link>https://warta.contoh.id/berita/rapat-warga/</link><description>Rapat warga membahas jalan desa.</description></item></channel></rss>",
        "berita/rapat-warga/index.html": "<html><head><title>Rapat Warga</title></head><body><main><p>Rapat warga membahas jalan desa.</p></main></body></html>",
        "layouts/_default/single.html": "<article><h1>{{ .Title }}</h1>{{ .Content }}<p>Baca juga tulisan lainnya</p></article>\n",
    }
    _write(site, files)
    report = IngestReport()
    documents = list(read_documents([str(site)], IngestOptions(), report))
    assert [document.id for document in documents] == ["content/berita/rapat-warga.md"]
    assert report.skipped["outside the Hugo content folders: not a page of the site"] == 4
    packed = tmp_path / "situs.zip"
    zip_of(files, packed, "situs/")
    assert [document.id for document in read_documents([str(packed)])] == ["situs.zip!/situs/content/berita/rapat-warga.md"]


def test_a_hugo_site_without_files_in_its_content_folder_keeps_its_other_pages(tmp_path):
    (tmp_path / "hugo.toml").write_text('baseURL = "https://warta.contoh.id/"\n', encoding="utf-8")
    (tmp_path / "tulisan").mkdir()
    (tmp_path / "tulisan" / "panen.md").write_text("+++\ntitle = \"Panen Raya\"\n+++\nPanen raya di desa.\n", encoding="utf-8")
    assert [document.id for document in read_documents([str(tmp_path)])] == ["tulisan/panen.md"]


#: ``hugo`` builds in the production environment: ``config/production/`` merges over the
#: main configuration (Hugo 0.111.3 publishes the page at ``/berita/2021/rapat/`` of the
#: production address, with the production parameter).
_ENVIRONMENTS = {
    "config/production/hugo.toml": 'baseURL = "https://warta.contoh.id/"\n[params]\nversi = "produksi"\n',
    "config/production/permalinks.toml": 'berita = "/berita/:year/:slug/"\n',
    "config/development/hugo.toml": 'baseURL = "http://localhost:1313/"\n',
    "content/berita/rapat.md": "---\ntitle: Rapat\ndate: 2021-03-04\n---\nVersi {{< param versi >}}.\n",
}
_DEFAULT = 'baseURL = "https://uji.contoh.id/"\n[params]\nversi = "dasar"\npenulis = "Tim Warta"\n[permalinks]\nberita = "/kabar/:slug/"\n'


@pytest.mark.parametrize("main", ["config/_default/hugo.toml", "hugo.toml"])
def test_a_hugo_build_reads_the_production_configuration_over_the_default(tmp_path, main):
    site = tmp_path / "situs"
    _write(site, {main: _DEFAULT, **_ENVIRONMENTS})
    zip_of(site, tmp_path / "situs.zip", "situs/")
    for documents in (_documents(site), _documents(tmp_path / "situs.zip")):
        [page] = documents.values()
        assert (page.url, page.text) == ("https://warta.contoh.id/berita/2021/rapat/", "Versi produksi.")


def test_a_term_page_is_placed_by_its_taxonomy_s_permalink(tmp_path):
    """An ``_index`` file below a taxonomy's folder is a term page, which a pattern keyed by
    the taxonomy's name places (``:slug``: its slug, else its title); with ``[taxonomies]``
    set, ``categories`` is no taxonomy but a section. As Hugo 0.111.3 built it."""
    site = tmp_path / "situs"
    files = {
        "hugo.toml": 'baseURL = "https://warta.contoh.id/"\n[taxonomies]\ntag = "tags"\nwilayah = "wilayah"\n'
        '[permalinks]\ntags = "/label/:slug/"\ncategories = "/kategori/:title/"\nwilayah = "/daerah/:title/"\n',
        "content/tags/banjir/_index.md": "---\ntitle: Banjir Bandang Besar\n---\nSemua kabar tentang banjir.\n",
        "content/tags/gempa/_index.md": "---\ntitle: Gempa Bumi\nslug: lindu\n---\nKabar gempa.\n",
        "content/categories/bencana-alam/_index.md": "---\ntitle: Bencana Alam Desa\n---\nKabar bencana.\n",
        "content/wilayah/sentani/_index.md": "---\ntitle: Distrik Sentani\n---\nKabar dari Sentani.\n",
        "content/berita/posko.md": "---\ntitle: Posko\ndate: 2021-03-04\ntags: [banjir, gempa]\nwilayah: [sentani]\n---\nPosko dibuka.\n",
    }
    _write(site, files)
    assert _urls(site) == {
        "content/berita/posko.md": "https://warta.contoh.id/berita/posko/",
        "content/categories/bencana-alam/_index.md": "https://warta.contoh.id/categories/bencana-alam/",
        "content/tags/banjir/_index.md": "https://warta.contoh.id/label/banjir-bandang-besar/",
        "content/tags/gempa/_index.md": "https://warta.contoh.id/label/lindu/",
        "content/wilayah/sentani/_index.md": "https://warta.contoh.id/daerah/distrik-sentani/",
    }


def test_the_date_is_the_one_the_frontmatter_configuration_names(tmp_path):
    """``[frontmatter] date`` (the Kubernetes site's: the front matter's date, the file
    name's, publishDate, lastmod) orders the date's sources as Hugo's ``.Date`` reads them
    (Hugo 0.111.3: 2024-05-14 and 2024-02-02), not only the url's."""
    site = tmp_path / "situs"
    files = {
        "hugo.toml": 'baseURL = "https://dokumen.contoh.id"\n[frontmatter]\ndate = ["date", ":filename", "publishDate", "lastmod"]\n'
        '[permalinks]\nblog = "/:section/:year/:month/:day/:slug/"\n',
        "content/blog/_posts/2024-05-14-rilis-baru.md": "---\ntitle: Rilis Baru\nlastmod: 2024-06-01\n---\nRilis baru diumumkan hari ini.\n",
        "content/blog/_posts/catatan.md": "---\ntitle: Catatan\npublishDate: 2024-02-02\nlastmod: 2024-06-01\n---\nCatatan rapat.\n",
    }
    _write(site, files)
    dated = {doc_id: (document.date, document.date_source, document.url) for doc_id, document in _documents(site).items()}
    assert dated == {
        "content/blog/_posts/2024-05-14-rilis-baru.md": ("2024-05-14", "file_name", "https://dokumen.contoh.id/blog/2024/05/14/rilis-baru/"),
        "content/blog/_posts/catatan.md": ("2024-02-02", "front_matter:publishDate", "https://dokumen.contoh.id/blog/2024/02/02/catatan/"),
    }


def test_the_configuration_s_content_dir_holds_the_default_language_s_pages(tmp_path):
    """The Kubernetes site's ``contentDir = "content/en"`` beside ``[languages.id]``'s
    ``content/id``: Hugo 0.111.3 publishes ``content/en/docs/overview.md`` at
    ``/docs/overview/``; a site's own ``contentDir = "tulisan"`` holds its pages, and a
    built ``public/`` beside it does not."""
    site = _write(tmp_path / "k8s", {
        "hugo.toml": 'baseURL = "https://dokumen.contoh.id"\ncontentDir = "content/en"\ndefaultContentLanguage = "en"\n'
        '[languages.en]\nweight = 1\n[languages.id]\nweight = 2\ncontentDir = "content/id"\n',
        "content/en/docs/overview.md": "---\ntitle: Overview\n---\nKubernetes overview.\n",
        "content/id/docs/ikhtisar.md": "---\ntitle: Ikhtisar\n---\nIkhtisar Kubernetes.\n",
    })
    assert _urls(site) == {
        "content/en/docs/overview.md": "https://dokumen.contoh.id/docs/overview/",
        "content/id/docs/ikhtisar.md": "https://dokumen.contoh.id/id/docs/ikhtisar/",
    }
    site = _write(tmp_path / "warta", {
        "hugo.toml": 'baseURL = "https://warta.contoh.id/"\ncontentDir = "tulisan"\n',
        "tulisan/berita/rapat-warga.md": "---\ntitle: Rapat Warga\n---\nRapat warga membahas jalan desa.\n",
        "public/berita/rapat-warga/index.html": "<html><head><title>Rapat Warga</title></head><body><main><p>Rapat warga.</p></main></body></html>",
    })
    assert _urls(site) == {"tulisan/berita/rapat-warga.md": "https://warta.contoh.id/berita/rapat-warga/"}


def test_a_disabled_language_s_pages_have_no_url(tmp_path):
    """``disableLanguages = ["no"]`` (the Kubernetes site's): Hugo 0.111.3 builds only ``/about/``."""
    site = _write(tmp_path / "situs", {
        "hugo.toml": 'baseURL = "https://dokumen.contoh.id"\ncontentDir = "content/en"\ndisableLanguages = ["no"]\n'
        '[languages.en]\nweight = 1\n[languages.no]\nweight = 2\ncontentDir = "content/no"\n',
        "content/no/om.md": "---\ntitle: Om\n---\nOm oss.\n",
        "content/en/about.md": "---\ntitle: About\n---\nAbout us.\n",
    })
    assert _urls(site) == {"content/en/about.md": "https://dokumen.contoh.id/about/", "content/no/om.md": None}
