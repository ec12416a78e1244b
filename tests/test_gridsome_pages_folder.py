"""A Markdown file of a Gridsome site's ``src/pages/`` that no source reads is no page of the
site — Gridsome makes pages of the ``.vue`` files there only (its vue-pages plugin globs
``**/*.vue``) —, so it is left out with the reason counted, not read as a document without
url (tests/data/gridsome-pages: ``src/pages/CATATAN.md``); a file a source's glob matches
there (``src/pages/berita/*.md``) is that source's page, and one of the source's folder its
glob does not match (``src/pages/berita/draf/``) is left out as any such file. A Markdown or
text file of ``static/``, which Gridsome copies into the built site as it is, is left out
the same way; an HTML file there is a page as written."""

from pathlib import Path

from arsip.ingest.sites.javascript.app_routes import GRIDSOME_PAGES_FILE, GRIDSOME_STATIC_FILE, GRIDSOME_UNMATCHED

from .conftest import read_by_id, zip_of

SITE = Path(__file__).parent / "data" / "gridsome-pages"


def test_a_markdown_file_of_src_pages_no_source_reads_is_skipped(tmp_path):
    zip_of(SITE, tmp_path / "situs.zip", "situs/")
    for path in (SITE, tmp_path / "situs.zip"):
        documents, report = read_by_id(path, workers=1)
        assert {key.rpartition("situs/")[2]: document.url for key, document in documents.items()} == {
            "src/pages/berita/rapat-warga.md": "https://warta.sukamaju.desa.id/berita/rapat-warga/"
        }
        assert (report.skipped[GRIDSOME_PAGES_FILE], report.skipped[GRIDSOME_UNMATCHED]) == (1, 1)


def _copy(tmp_path: Path, files: dict[str, str] = {}) -> Path:
    """The site copied into ``tmp_path``, with ``files`` (path → text) added."""
    folder = tmp_path / "situs"
    folder.mkdir()
    for path in SITE.rglob("*"):
        if path.is_file():
            (folder / path.relative_to(SITE)).parent.mkdir(parents=True, exist_ok=True)
            (folder / path.relative_to(SITE)).write_bytes(path.read_bytes())
    for name, text in files.items():
        (folder / name).parent.mkdir(parents=True, exist_ok=True)
        (folder / name).write_text(text, encoding="utf-8")
    return folder


STATIC = {
    "static/panduan/cara-daftar.md": "---\ntitle: Cara Mendaftar Posyandu\n---\n\nBawa buku KIA dan kartu keluarga saat mendaftar.\n",
    "static/jadwal-ronda.txt": "Jadwal ronda malam warga Sukamaju untuk bulan Maret.\n",
    "static/peta/index.html": "<html><head><title>Peta Desa Sukamaju</title></head><body><h1>Peta Desa Sukamaju</h1>"
    "<p>Peta wilayah dusun dan batas desa, dengan letak balai desa dan posyandu terdekat dari rumah warga.</p></body></html>\n",
}


def test_a_markdown_or_text_file_of_static_is_skipped(tmp_path):
    folder = _copy(tmp_path, STATIC)
    zip_of(folder, tmp_path / "situs.zip", "situs/")
    for path in (folder, tmp_path / "situs.zip"):
        documents, report = read_by_id(path, workers=1)
        assert sorted(key.rpartition("situs/")[2] for key in documents) == ["src/pages/berita/rapat-warga.md", "static/peta/index.html"]
        assert report.skipped[GRIDSOME_STATIC_FILE] == 2


def test_a_source_computed_leaves_the_file_read(tmp_path):
    folder = _copy(tmp_path)
    config = folder / "gridsome.config.js"
    config.write_text(config.read_text(encoding="utf-8").replace("path: 'src/pages/berita/*.md'", "path: process.env.SUMBER"), encoding="utf-8")
    documents, report = read_by_id(folder, workers=1)
    assert "src/pages/CATATAN.md" in documents and GRIDSOME_PAGES_FILE not in report.skipped
