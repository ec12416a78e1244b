"""A site deeper in an archive than sites are looked for (``ekspor/arsip/2019/situs/blog``
holding ``_config.yml``) is read with the site around it, but its files do not tell that
site's generator: a plain Markdown export holding an old Jekyll site four folders down is
read as Markdown, as the unpacked folder is (tests/data/deep-sites)."""

from pathlib import Path

import pytest

from arsip.ingest.pipeline import read_documents
from arsip.ingest.results import IngestReport

from .conftest import archive_of, files_of

EXPORT = Path(__file__).parent / "data" / "deep-sites" / "ekspor"
DEEP = (
    "the archive's folder 'ekspor/arsip/2019/situs/blog' is a site of its own (_config.yml, _posts), deeper than sites in an archive are looked for"
    " (3 folders below its top): its files are read with the site around it, without that configuration; unpacked, the folder is read as a site of its own"
)


def _read(path):
    report = IngestReport()
    documents = {document.id.rpartition("!/ekspor/")[2]: document for document in read_documents([str(path)], report=report)}
    return documents, report.generators


def test_unpacked_the_export_is_markdown_and_its_deep_site_jekyll():
    documents, generators = _read(EXPORT)
    assert generators == {str(EXPORT): "markdown", str(EXPORT / "arsip/2019/situs/blog"): "jekyll"}
    assert "kolom {{ nama }} dan alamat di kolom {{ alamat }}" in documents["catatan/formulir.md"].text


@pytest.mark.parametrize("name", ["ekspor.zip", "ekspor.tar.gz"])
def test_a_deep_jekyll_site_does_not_make_the_archive_jekyll(tmp_path, name):
    archive = archive_of(files_of(EXPORT), tmp_path / name, prefix="ekspor/")
    documents, generators = _read(archive)
    assert generators == {str(archive): "markdown"}
    formulir = documents["catatan/formulir.md"]
    assert (formulir.generator, formulir.problems) == ("markdown", [])
    assert "kolom {{ nama }} dan alamat di kolom {{ alamat }}" in formulir.text  # (Liquid would output nothing for them)
    for post in ("arsip/2019/situs/blog/_posts/2019-08-17-lomba.md", "arsip/2019/situs/blog/_posts/2019-09-01-kerja-bakti.md"):
        assert documents[post].generator == "markdown"
        assert [problem.reason for problem in documents[post].problems] == [DEEP]
