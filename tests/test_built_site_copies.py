"""The files Jekyll copies into its built site as they are (GitHub Pages' README.md, a
Markdown file without front matter, the repository's LICENSE) are sources, not pages of the
site: in a ``_site/`` folder, read alone, given as the input or archived, they are counted
and not read."""

import pytest

from arsip.ingest.pipeline import read_documents
from arsip.ingest.results import IngestOptions, IngestReport
from arsip.ingest.sources import COPIED_INTO_SITE

from .conftest import DATA, zip_of

REPOSITORY = DATA / "pages-repository"
POST = "2023/08/14/kerja-bakti.html"


def _read(path) -> tuple[list[str], IngestReport]:
    report = IngestReport()
    return sorted(document.id for document in read_documents([str(path)], IngestOptions(), report)), report


@pytest.mark.parametrize("given", ["repository", "built folder", "zip"])
def test_the_sources_copied_into_a_built_site_are_counted_not_read(tmp_path, given):
    if given == "repository":
        path, expected = REPOSITORY, ["README.md", "_site/" + POST]  # the repository's own README is read
    elif given == "built folder":
        path, expected = REPOSITORY / "_site", [POST]
    else:
        path, expected = zip_of(REPOSITORY / "_site", tmp_path / "situs.zip", "_site/"), ["situs.zip!/_site/" + POST]
    documents, report = _read(path)
    assert documents == expected
    assert report.skipped[COPIED_INTO_SITE] == 3  # _site/README.md, _site/LICENSE, _site/panduan/unggah-foto.md


def test_markdown_outside_a_built_site_is_read(tmp_path):
    (tmp_path / "panduan").mkdir()
    (tmp_path / "panduan" / "unggah-foto.md").write_text((REPOSITORY / "_site" / "panduan" / "unggah-foto.md").read_text(encoding="utf-8"), encoding="utf-8")
    documents, report = _read(tmp_path)
    assert documents == ["panduan/unggah-foto.md"] and COPIED_INTO_SITE not in report.skipped
