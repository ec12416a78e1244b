"""Tumblr's export read from the zip Tumblr sends gives what the folder it unpacks to gives:
the same documents, the HTML copies beside ``posts/posts.xml`` and the blog's private
messages (``conversations/``) left out for the same reasons."""

import pytest

from arsip.ingest.pipeline import read_documents
from arsip.ingest.readers.tumblr_html import COPY, INDEX, MESSAGES
from arsip.ingest.results import IngestOptions, IngestReport

from .conftest import DATA, zip_of


def _read(root) -> tuple[dict, dict]:
    """The documents read from ``root`` by their path in the export, and the skip counts."""
    report = IngestReport()
    documents = list(read_documents([str(root)], IngestOptions(workers=1), report))
    seen = {document.id.split("!/")[-1]: (document.title, document.text, document.date, document.draft, document.fields, document.problems) for document in documents}
    return seen, dict(report.skipped)


@pytest.mark.parametrize("top", ["", "blog-sukamaju/"])
@pytest.mark.parametrize(
    "export, skipped",
    [("tumblr-ekspor", {"draft": 1, INDEX: 1, MESSAGES: 1}), ("tumblr-ekspor-xml", {COPY: 2})],
)
def test_the_zip_gives_what_the_unpacked_folder_gives(tmp_path, export, skipped, top):
    folder = DATA / export
    unpacked, unpacked_skipped = _read(folder)
    zipped, zipped_skipped = _read(zip_of(folder, tmp_path / "ekspor.zip", top))
    assert unpacked_skipped == skipped
    assert zipped_skipped == skipped
    assert zipped == {top + path: document for path, document in unpacked.items()}
