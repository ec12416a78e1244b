"""A site folder inside a given folder is a root of its own: its files get its generator and
its site configuration, ids stay relative to the folder given, and an index re-reads a
nested site whose generator or configuration changed, and only it."""

import json
import shutil

import pytest
from click.testing import CliRunner

from arsip.cli.main import arsip
from arsip.index.build import index_paths
from arsip.index.inspect import get_records
from arsip.ingest.pipeline import JEKYLL_TEMPLATE, read_documents
from arsip.ingest.results import IngestOptions, IngestReport

from .test_archive_roots import EXPECTED_URLS, _write_site
from .test_sites import SITES

#: Fixture sites with a configuration marker at their top (each becomes a nested site root).
MARKED = ("jekyll", "hugo-toml", "hugo-yaml", "pelican", "docs")


@pytest.fixture
def exports(tmp_path):
    """One folder holding several exports: copies of the fixture sites, a Hugo and a Jekyll
    site with base URLs and languages (``kabar``, ``catatan``), and tldr pages with no
    configuration (read with the folder's own detection)."""
    folder = tmp_path / "ekspor"
    for site in (*MARKED, "tldr"):
        shutil.copytree(SITES / site, folder / site)
    for name, site in (("kabar", "hugo"), ("catatan", "jekyll")):
        (folder / name).mkdir(parents=True)
        _write_site(folder / name, site)
    return folder


def _alone(folder) -> dict:
    return {document.id: document for document in read_documents([str(folder)])}


def _record(document) -> dict:
    """Everything of the document's record but where it was read from."""
    return {key: value for key, value in document.to_record().items() if key not in ("id", "source")}


def test_each_nested_site_reads_as_when_given_alone(exports):
    report = IngestReport()
    together = {document.id: document for document in read_documents([str(exports)], IngestOptions(), report)}
    compared = 0
    for site in (*MARKED, "kabar", "catatan", "tldr"):
        for document_id, alone in _alone(exports / site).items():
            nested = together[f"{site}/{document_id}"]  # ids stay relative to the folder given
            assert _record(nested) == _record(alone), f"{site}/{document_id}"
            assert not any(problem.field == "text" for problem in nested.problems)
            compared += 1
    assert compared == len(together) == 14
    assert together["kabar/content/berita/posko.md"].url == EXPECTED_URLS["hugo"]["content/berita/posko.md"]
    assert together["catatan/_posts/2015-03-02-pelatihan.md"].url == EXPECTED_URLS["jekyll"]["_posts/2015-03-02-pelatihan.md"]
    assert together["tldr/pages/common/tar.md"].generator == "markdown"  # the folder's own, not judged from the sites in it
    assert report.generators[str(exports / "hugo-toml")] == "hugo"
    assert report.generators[str(exports / "pelican")] == "pelican"
    assert report.generators[str(exports)] == "markdown"


def test_the_generator_option_overrides_every_nested_site(exports):
    documents = list(read_documents([str(exports)], IngestOptions(generator="markdown")))
    assert {document.generator for document in documents} == {"markdown"}


def test_a_site_inside_a_site_is_its_own_but_not_in_the_site_s_own_folders(tmp_path):
    _write_site(tmp_path, "jekyll")  # https://blog.contoh.id/catatan
    (tmp_path / "kabar").mkdir()
    _write_site(tmp_path / "kabar", "hugo")  # the nearest site wins
    library = tmp_path / "assets" / "pustaka"  # a library's docs in the Jekyll site's assets: not a site
    library.mkdir(parents=True)
    (library / "_config.yml").write_text("url: https://pustaka.contoh.org\n", encoding="utf-8")
    (library / "panduan.md").write_text("---\ntitle: Panduan\npermalink: /panduan/\n---\nCara memasang pustaka.\n", encoding="utf-8")
    theme = tmp_path / "_includes" / "tema"
    theme.mkdir(parents=True)
    (theme / "hugo.toml").write_text('baseURL = "https://tema.contoh.org/"\n', encoding="utf-8")
    (theme / "catatan.md").write_text("---\ntitle: Catatan Tema\n---\nTema {{ site.title }} untuk blog.\n", encoding="utf-8")
    report = IngestReport()
    documents = {document.id: document for document in read_documents([str(tmp_path)], IngestOptions(), report)}
    assert documents["kabar/content/berita/posko.md"].generator == "hugo"
    assert documents["kabar/content/berita/posko.md"].url == "https://kabar.contoh.id/berita/posko-waena/"
    assert documents["assets/pustaka/panduan.md"].url == "https://blog.contoh.id/catatan/panduan/"
    assert "_includes/tema/catatan.md" not in documents  # an include of the Jekyll site (a Hugo site's would be outside its content)
    assert report.skipped[JEKYLL_TEMPLATE] == 1


def test_a_hugo_site_with_a_configuration_folder_is_a_site_of_its_own(exports):
    _write_site(exports / "warta", "hugo-dir")  # config/_default/hugo.toml beside content/
    report = IngestReport()
    documents = {document.id: document for document in read_documents([str(exports)], IngestOptions(), report)}
    page = documents["warta/content/kegiatan/kerja-bakti.md"]
    assert page.generator == "hugo" and report.generators[str(exports / "warta")] == "hugo"
    assert page.url == EXPECTED_URLS["hugo-dir"]["content/kegiatan/kerja-bakti.md"]


def test_an_index_rereads_only_the_nested_site_whose_configuration_changed(exports, tmp_path):
    directory = tmp_path / "index"
    assert index_paths(directory, [str(exports)]).added == 14
    assert index_paths(directory, [str(exports)]).unchanged == 14
    (exports / "kabar" / "hugo.toml").write_text('baseURL = "https://arsip.contoh.id/"\nlanguageCode = "en-US"\n', encoding="utf-8")
    report = index_paths(directory, [str(exports)])
    assert (report.updated, report.unchanged) == (1, 13)
    assert report.reread == {str(exports / "kabar"): "the site's base URL changed"}
    (record,) = get_records(directory, "kabar/content/berita/posko.md")
    assert record["url"] == "https://arsip.contoh.id/berita/posko-waena/"


def test_an_index_rereads_a_folder_that_became_or_stopped_being_a_site(exports, tmp_path):
    directory = tmp_path / "index"
    index_paths(directory, [str(exports)])
    (exports / "tldr" / "_config.yml").write_text("title: Halaman tldr\n", encoding="utf-8")
    report = index_paths(directory, [str(exports)])
    assert (report.updated, report.unchanged) == (1, 13)
    assert report.reread == {str(exports / "tldr"): "now a site of its own"}
    (record,) = get_records(directory, "tldr/pages/common/tar.md")
    assert record["generator"] == "jekyll" and "{{jalan" not in record["text"]
    (exports / "tldr" / "_config.yml").unlink()
    report = index_paths(directory, [str(exports)])
    assert (report.updated, report.unchanged) == (1, 13)
    assert report.reread == {str(exports / "tldr"): "no longer a site of its own"}
    (record,) = get_records(directory, "tldr/pages/common/tar.md")
    assert record["generator"] == "markdown" and "{{jalan/menuju/target.tar}}" in record["text"]
    assert index_paths(directory, [str(exports)]).unchanged == 14


def test_the_summary_names_each_site_root_and_its_generator(exports, tmp_path):
    result = CliRunner().invoke(arsip, ["index", "--index", str(tmp_path / "index"), "--json", str(exports)])
    assert result.exit_code == 0, result.output
    sites = {"jekyll": "jekyll", "hugo-toml": "hugo", "hugo-yaml": "hugo", "pelican": "pelican", "docs": "docs", "kabar": "hugo", "catatan": "jekyll"}
    expected = {str(exports): "markdown"} | {str(exports / site): generator for site, generator in sites.items()}
    assert json.loads(result.stdout)["generators"] == expected  # tldr has no marker: the folder's own
    ingested = CliRunner().invoke(arsip, ["ingest", str(exports)])
    assert f"hugo ({exports / 'hugo-toml'})" in ingested.stderr
    assert "and 3 more roots" in ingested.stderr  # eight roots: five named, the rest counted


def test_a_hugo_section_holding_a_posts_folder_is_no_jekyll_site(tmp_path):
    """The Kubernetes site keeps its blog's posts in ``content/<lang>/blog/_posts/``: the
    folder is a Hugo section (read with the site's configuration), not a Jekyll site."""
    (tmp_path / "hugo.toml").write_text(
        'baseURL = "https://dokumen.contoh.id"\ncontentDir = "content/en"\n[permalinks]\nblog = "/:section/:year/:month/:day/:slug/"\n'
        '[languages.en]\nweight = 1\n[languages.id]\nweight = 2\ncontentDir = "content/id"\n',
        encoding="utf-8",
    )
    posts = tmp_path / "content" / "id" / "blog" / "_posts"
    posts.mkdir(parents=True)
    (posts.parent / "_index.md").write_text("---\ntitle: Blog\n---\n", encoding="utf-8")
    (posts / "2025-03-24-tambalan-keamanan.md").write_text(
        "---\ntitle: Tambalan Keamanan\ndate: 2025-03-24T12:00:00-08:00\nslug: Tambalan-Keamanan\n---\n"
        "Pengelola merilis tambalan {{< glossary_tooltip text=\"kontroler ingress\" term_id=\"ingress\" >}} hari ini.\n",
        encoding="utf-8",
    )
    report = IngestReport()
    documents = {document.id: document for document in read_documents([str(tmp_path)], IngestOptions(), report)}
    post = documents["content/id/blog/_posts/2025-03-24-tambalan-keamanan.md"]
    assert post.generator == "hugo" and report.generators == {str(tmp_path): "hugo"}
    assert post.url == "https://dokumen.contoh.id/id/blog/2025/03/24/tambalan-keamanan/"
    assert post.text == "Pengelola merilis tambalan kontroler ingress hari ini."
