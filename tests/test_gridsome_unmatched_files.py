"""A file of a Gridsome source's folder that the source's glob (its ``path``) does not match
is not read by Gridsome (globby reads only the files it matches): it is left out with the
reason counted in the summary, not read as a document without url (tests/data/
gridsome-unmatched: ``content/posts/*.md`` does not match ``content/posts/arsip/…``). Braces
of alternatives are matched as globby matches them (``*.{md,markdown}``); a glob written with
other syntax arsip does not match (``[a-z]*.md``) leaves its files read, with a ``url`` problem."""

from pathlib import Path

import pytest

from arsip.ingest.sites.javascript.app_routes import GRIDSOME_UNMATCHED, glob_matches

from .conftest import read_by_id, zip_of

SITE = Path(__file__).parent / "data" / "gridsome-unmatched"
PAGES = {
    "content/posts/panen-raya.md": "https://warta.sukamaju.desa.id/berita/panen-raya/",
    "content/halaman/tentang.markdown": "https://warta.sukamaju.desa.id/tentang/",
    "content/agenda/rapat-warga.md": None,
}


def test_a_file_no_source_glob_matches_is_skipped_with_the_reason(tmp_path):
    zip_of(SITE, tmp_path / "situs.zip", "situs/")
    for path in (SITE, tmp_path / "situs.zip"):
        documents, report = read_by_id(path, workers=1)
        assert {key.rpartition("situs/")[2]: document.url for key, document in documents.items()} == PAGES
        assert report.skipped[GRIDSOME_UNMATCHED] == 1


def test_a_file_of_a_glob_arsip_does_not_match_has_a_url_problem():
    documents, report = read_by_id(SITE, workers=1)
    agenda = next(document for key, document in documents.items() if key.endswith("content/agenda/rapat-warga.md"))
    assert [(problem.field, problem.reason) for problem in agenda.problems] == [
        ("url", "a page of the Gridsome site's source folder content/agenda/: its source's glob (the path option) is written with syntax arsip does not match, so whether Gridsome reads it, and where, is not known")
    ]
    assert report.with_problems == 1


@pytest.mark.parametrize(
    ("pattern", "path", "matched"),
    [
        ("*.{md,markdown}", "tentang.markdown", True),
        ("*.{md,markdown}", "tentang.mdx", False),
        ("*.{md,markdown}", "2024/tentang.md", False),
        ("{berita,warta}/**/*.md", "warta/2024/panen.md", True),
        ("{,draf/}*.md", "draf/panen.md", True),
        ("*.{md,{mdx,markdown}}", "tentang.md", None),
        ("{a}.md", "a.md", None),
        ("[a-z]*.md", "rapat.md", None),
    ],
)
def test_braces_of_alternatives_are_matched_as_globby_does(pattern, path, matched):
    assert glob_matches(pattern, path) is matched
