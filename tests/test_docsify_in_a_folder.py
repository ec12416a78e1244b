"""A Docsify site in a folder of the input, beside a Drupal mirror (tests/data/docsify-config-script
and tests/data/drupal copied into ``ekspor/``): its folder, whose own ``index.html`` runs Docsify
beside Markdown pages, is a site root of its own, read as when given directly, and the input
root around it is judged from its other files, on disk and in a zip or tar.gz alike; in an
archive, such a folder deeper than sites are looked for is named in its documents' problems."""

import shutil
from pathlib import Path

import pytest

from arsip.ingest.pipeline import read_documents
from arsip.ingest.results import IngestReport

from .conftest import archive_of

DATA = Path(__file__).parent / "data"
SITE = "ekspor/docsify-config-script/panduan-gh-pages"
HOST = "https://panduan.desa.example.id/"
APP_SKIPPED = "Docsify's app page (index.html): it loads the site's Markdown pages and shows them, it is not a page"
SIDEBAR_SKIPPED = "Docsify's sidebar (daftar-isi.md): the site's navigation, not a page"
#: The site's pages as when the folder is given directly (tests/test_docsify_config_script.py).
PAGES = {
    f"{SITE}/beranda.md": ("docsify", HOST),
    f"{SITE}/mulai/pasang.md": ("docsify", HOST + "mulai/pasang"),
    "ekspor/drupal/dinkes.contoh.go.id/node/12.html": ("html", "https://dinkes.contoh.go.id/node/12"),
    "ekspor/drupal/puskesmas-sukamaju.contoh.go.id/node/7.html": ("html", "http://puskesmas-sukamaju.contoh.go.id/node/7"),
    "ekspor/drupal/puskesmas-sukamaju.contoh.go.id/node/8.html": ("html", "http://puskesmas-sukamaju.contoh.go.id/node/8"),
}


def _export(root: Path) -> Path:
    """The repro's layout: the Docsify site and the Drupal mirror side by side in ``root/ekspor``."""
    for fixture in ("docsify-config-script", "drupal"):
        shutil.copytree(DATA / fixture, root / "ekspor" / fixture)
    return root


def _read(path) -> tuple[dict, IngestReport]:
    report = IngestReport()
    documents = read_documents([str(path)], report=report)
    return {document.id.split("!/")[-1]: (document.generator, document.url) for document in documents}, report


def test_a_docsify_folder_two_folders_down_is_a_site_of_its_own(tmp_path):
    root = _export(tmp_path / "masukan")
    pages, report = _read(root)
    assert pages == PAGES
    assert report.skipped[APP_SKIPPED] == 1 and report.skipped[SIDEBAR_SKIPPED] == 1
    assert report.generators == {str(root): "html", str(root / SITE): "docsify"}


@pytest.mark.parametrize("name", ["ekspor.zip", "ekspor.tar.gz"])
def test_the_same_in_an_archive_of_the_export(tmp_path, name):
    export = _export(tmp_path / "masukan") / "ekspor"
    members = {path.relative_to(export).as_posix(): path.read_bytes() for path in export.rglob("*") if path.is_file()}
    archive = archive_of(members, tmp_path / name, prefix="ekspor/")
    pages, report = _read(archive)
    assert pages == PAGES
    assert report.skipped[APP_SKIPPED] == 1 and report.skipped[SIDEBAR_SKIPPED] == 1
    assert report.generators == {str(archive): "html", f"{archive}!/{SITE}": "docsify"}


@pytest.mark.parametrize("name", ["cadangan.zip", "cadangan.tar.gz"])
def test_a_docsify_folder_deeper_than_an_archive_is_looked_into_is_named(tmp_path, name):
    export = _export(tmp_path / "masukan") / "ekspor"
    members = {path.relative_to(export).as_posix(): path.read_bytes() for path in export.rglob("*") if path.is_file()}
    archive = archive_of(members, tmp_path / name, prefix="cadangan/ekspor/")
    documents = list(read_documents([str(archive)]))
    site = f"cadangan/{SITE}"
    note = (
        f"the archive's folder {site!r} is a site of its own (index.html running Docsify), deeper than sites in an archive are looked for"
        " (3 folders below its top): its files are read with the site around it, without that configuration; unpacked, the folder is read as a site of its own"
    )
    problems = {document.id.split("!/")[-1]: [problem.reason for problem in document.problems] for document in documents}
    assert {page for page, reasons in problems.items() if note in reasons} == {f"{site}/{page}" for page in ("beranda.md", "daftar-isi.md", "index.html", "mulai/pasang.md")}
    assert {document.generator for document in documents} == {"html"}  # (the deep site's app page does not tell the archive's generator)


def test_a_mirrors_page_about_docsify_is_no_site_without_markdown_beside_it(tmp_path):
    page = tmp_path / "situs" / "blog" / "docsify" / "index.html"
    page.parent.mkdir(parents=True)
    page.write_text(
        "<html lang='id'><head><title>Mencoba Docsify</title></head><body><article><h1>Mencoba Docsify</h1>"
        "<p>Cukup satu baris untuk mengatur situs dokumentasi desa:</p><pre><code>window.$docsify = { loadSidebar: true }</code></pre>"
        "</article></body></html>",
        encoding="utf-8",
    )
    (tmp_path / "situs" / "index.html").write_text("<html lang='id'><body><h1>Blog Desa</h1><p>Kabar dari desa.</p></body></html>", encoding="utf-8")
    _, report = _read(tmp_path / "situs")
    assert set(report.generators) == {str(tmp_path / "situs")}  # (no site root of its own in blog/docsify/)


#: A Docsify site whose pages all lie in a folder below its app page (``basePath: 'docs/'``,
#: its sidebar there too, as Docsify loads it from there).
BASE_PATH_SITE = {
    "index.html": (
        '<!DOCTYPE html><html lang="id"><head><meta charset="UTF-8"><title>Panduan Layanan Desa</title></head><body><div id="app"></div>'
        "<script>window.$docsify = { name: 'Panduan Layanan Desa', basePath: 'docs/', loadSidebar: true }</script>"
        '<script src="//cdn.jsdelivr.net/npm/docsify@4"></script></body></html>'
    ),
    "docs/README.md": "# Panduan Layanan Desa\n\nWarga dapat mengurus surat di kantor desa.\n",
    "docs/_sidebar.md": "- [Beranda](/)\n- [Kartu keluarga](layanan/kartu-keluarga.md)\n",
    "docs/layanan/kartu-keluarga.md": "# Kartu keluarga\n\nBawa surat pengantar dari ketua RT.\n",
    "docs/layanan/_sidebar.md": "- [Kartu keluarga](layanan/kartu-keluarga.md)\n",
    "CNAME": "layanan.desa.example.id\n",
    "catatan/rapat.md": "# Rapat\n\nCatatan rapat penyusunan panduan.\n",
}
LAYANAN = "https://layanan.desa.example.id/"
OUTSIDE_BASE_PATH = "the site's index.html loads its pages from basePath 'docs/': this file outside it is shown at no route"


@pytest.mark.parametrize("name", ["", "ekspor.zip", "ekspor.tar.gz"])
def test_a_docsify_folder_whose_pages_all_lie_below_it_is_a_site_of_its_own(tmp_path, name):
    """No Markdown beside its app page: its pages below it, their folders' sidebars (Docsify's
    nested sidebars) no site of their own, on disk and in an archive; a page is at its route
    below basePath (hash.js getBasePath), a file outside it at none."""
    export = _export(tmp_path / "masukan") / "ekspor"
    shutil.rmtree(export / "docsify-config-script")
    for path, text in BASE_PATH_SITE.items():
        (export / "panduan" / path).parent.mkdir(parents=True, exist_ok=True)
        (export / "panduan" / path).write_text(text, encoding="utf-8")
    root = export.parent if not name else archive_of({path.relative_to(export).as_posix(): path.read_bytes() for path in export.rglob("*") if path.is_file()}, tmp_path / name, prefix="ekspor/")
    report = IngestReport()
    documents = {document.id.split("!/")[-1]: document for document in read_documents([str(root)], report=report)}
    assert {path: (document.generator, document.url) for path, document in documents.items() if "/panduan/" in path} == {
        "ekspor/panduan/docs/README.md": ("docsify", LAYANAN + "#/"),
        "ekspor/panduan/docs/layanan/kartu-keluarga.md": ("docsify", LAYANAN + "#/layanan/kartu-keluarga"),
        "ekspor/panduan/catatan/rapat.md": ("docsify", None),
    }
    assert [problem.reason for problem in documents["ekspor/panduan/catatan/rapat.md"].problems] == [OUTSIDE_BASE_PATH]
    assert not documents["ekspor/panduan/docs/README.md"].problems
    assert report.skipped[APP_SKIPPED] == 1 and report.skipped["Docsify's sidebar (_sidebar.md): the site's navigation, not a page"] == 2
    site = f"{root}!/ekspor/panduan" if name else str(root / "ekspor" / "panduan")
    assert report.generators == {str(root): "html", site: "docsify"}
    if not name:  # (given directly, its docs/ folder holding a sidebar is its own too)
        report = IngestReport()
        assert len(list(read_documents([site], report=report))) == 3 and report.generators == {site: "docsify"}
