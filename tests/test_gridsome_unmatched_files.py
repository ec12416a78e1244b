"""A file of a Gridsome source's folder that the source's glob (its ``path``) does not match
is not read by Gridsome (globby reads only the files it matches): it is left out with the
reason counted in the summary, not read as a document without url (tests/data/
gridsome-unmatched: ``content/posts/*.md`` does not match ``content/posts/arsip/…``). A glob
written with syntax arsip does not match (``*.{md,markdown}``) leaves its files read."""

from pathlib import Path

from arsip.ingest.sites.javascript.app_routes import GRIDSOME_UNMATCHED

from .conftest import read_by_id, zip_of

SITE = Path(__file__).parent / "data" / "gridsome-unmatched"
PAGES = {
    "content/posts/panen-raya.md": "https://warta.sukamaju.desa.id/berita/panen-raya/",
    "content/halaman/tentang.markdown": None,
}


def test_a_file_no_source_glob_matches_is_skipped_with_the_reason(tmp_path):
    zip_of(SITE, tmp_path / "situs.zip", "situs/")
    for path in (SITE, tmp_path / "situs.zip"):
        documents, report = read_by_id(path, workers=1)
        assert {key.rpartition("situs/")[2]: document.url for key, document in documents.items()} == PAGES
        assert report.skipped[GRIDSOME_UNMATCHED] == 1
