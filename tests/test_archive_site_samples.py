"""A site in a folder of an archive whose files tell its generator (``.nojekyll`` beside an
``index.html``, no configuration naming one) is judged from the look's sample of first
lines, which holds at most 1,200 files: its own Docsify app page decides whatever came
before it, and a site some of whose files came after the sample was full says so on each
of its documents (tests/data/sampled-sites)."""

from pathlib import Path

import pytest

from arsip.ingest.pipeline import read_documents
from arsip.ingest.results import IngestReport

from .conftest import archive_of, files_of

REPOSITORY = Path(__file__).parent / "data" / "sampled-sites" / "repo-main"
#: Minutes of 250 meetings, five files each: past the look's first 200 files, they fill its
#: sample of five files of each folder (1,000 in all) before the sites' files come.
MINUTES = {f"notulen/{meeting:03d}/rapat-{part}.txt": f"Notulen rapat {meeting} bagian {part}: warga membahas saluran air.\n" for meeting in range(250) for part in range(5)}
SAMPLED_OUT = (
    "the archive's folder 'repo-main/docs' is a site of its own (.nojekyll, index.html) whose files tell its generator,"
    " and the look into the archive had sampled the first lines of 1,200 files before some of this site's came:"
    " its generator (markdown) was judged from 0 of its files; unpacked, the folder is judged from its own files"
)


def _read(path) -> tuple[dict[str, tuple[str, list[str]]], dict[str, str]]:
    """Each document of ``path`` below ``repo-main/`` with its generator and problems, and the generator of each root."""
    report = IngestReport()
    documents = read_documents([str(path)], report=report)
    found = {document.id.rpartition("!/repo-main/")[2]: (document.generator, [problem.reason for problem in document.problems]) for document in documents}
    return found, {root[len(str(path)) :]: generator for root, generator in report.generators.items()}


def test_on_disk_each_site_is_judged_from_its_own_files(tmp_path):
    found, generators = _read(REPOSITORY)
    assert generators == {"": "markdown", "/docs": "html", "/panduan": "docsify"}
    assert all(problems == [] for _, problems in found.values())


@pytest.mark.parametrize("name", ["repo-main.zip", "repo-main.tar.gz"])
def test_a_site_whose_files_all_came_into_the_sample_is_judged_as_on_disk(tmp_path, name):
    found, generators = _read(archive_of(files_of(REPOSITORY), tmp_path / name, prefix="repo-main/"))
    assert generators == {"": "markdown", "!/repo-main/docs": "html", "!/repo-main/panduan": "docsify"}
    assert all(problems == [] for _, problems in found.values())


@pytest.mark.parametrize("name", ["repo-main.zip", "repo-main.tar.gz"])
def test_a_site_told_by_its_own_docsify_app_page_is_docsify_however_many_files_came_before(tmp_path, name):
    found, generators = _read(archive_of({**MINUTES, **files_of(REPOSITORY)}, tmp_path / name, prefix="repo-main/"))
    assert generators["!/repo-main/panduan"] == "docsify"
    assert found["panduan/README.md"] == ("docsify", []) and found["panduan/layanan/kartu-keluarga.md"] == ("docsify", [])


@pytest.mark.parametrize("name", ["repo-main.zip", "repo-main.tar.gz"])
def test_a_site_whose_files_came_after_the_sample_was_full_says_so(tmp_path, name):
    found, generators = _read(archive_of({**MINUTES, **files_of(REPOSITORY)}, tmp_path / name, prefix="repo-main/"))
    assert generators["!/repo-main/docs"] == "markdown"  # (on disk: html)
    assert {page: seen for page, seen in found.items() if page.startswith("docs/")} == {
        "docs/index.html": ("markdown", [SAMPLED_OUT]),
        "docs/unggah.html": ("markdown", [SAMPLED_OUT]),
        "docs/surat.html": ("markdown", [SAMPLED_OUT]),
    }
    assert found["notulen/249/rapat-4.txt"] == ("markdown", [])  # (the archive's own root is judged from its first files, as a folder given is)
