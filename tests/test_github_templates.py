"""GitHub's templates for contributors in a software project's repository (the forms of
``.github/ISSUE_TEMPLATE/``, ``pull_request_template.md``) are counted as skipped, not read as
documents; the project's own pages beside them (README, CONTRIBUTING, a SECURITY.md in
``.github/``, its GitHub Pages site in ``docs/``) are (see the software-project in tests/data)."""

from pathlib import Path

from arsip.ingest.formats import GITHUB_TEMPLATE, skip_reason
from arsip.ingest.pipeline import read_documents
from arsip.ingest.results import IngestReport

from .conftest import zip_of

PROJECT = Path(__file__).parent / "data" / "software-project"
PAGES = [".github/SECURITY.md", "CHANGELOG.md", "CONTRIBUTING.md", "README.md", "docs/index.md"]


def test_issue_and_pull_request_templates_are_skipped(tmp_path):
    report = IngestReport()
    assert sorted(page.id for page in read_documents([str(PROJECT)], report=report)) == PAGES
    assert report.skipped[GITHUB_TEMPLATE] == 4
    archive = zip_of(PROJECT, tmp_path / "proyek.zip", "pemotong-kata/")
    report = IngestReport()
    assert sorted(page.id.split("!/pemotong-kata/")[1] for page in read_documents([str(archive)], report=report)) == PAGES
    assert report.skipped[GITHUB_TEMPLATE] == 4


def test_which_files_are_githubs_templates():
    assert skip_reason("proyek/.github/ISSUE_TEMPLATE/laporan_bug.md") == GITHUB_TEMPLATE
    assert skip_reason("proyek/docs/PULL_REQUEST_TEMPLATE.md") == GITHUB_TEMPLATE
    assert skip_reason("proyek\\.github\\DISCUSSION_TEMPLATE\\tanya.yml") == GITHUB_TEMPLATE
    assert skip_reason("proyek/.github/pull_request_template/rilis.md") == GITHUB_TEMPLATE
    assert skip_reason("proyek/docs/template_surat.md") is None
    assert skip_reason("proyek/.github/CONTRIBUTING.md") is None
