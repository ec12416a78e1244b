"""Tumblr's export read from the zip Tumblr sends (or a ``.tar.gz`` of it) gives what the
folder it unpacks to gives: the same documents, the HTML copies beside ``posts/posts.xml``
and the blog's private messages (``conversations/``) left out for the same reasons; in a
``.tar.gz`` whose look stopped before the export's parts, the private messages are still
not read, and a post's file says that it may be read twice."""

import pytest

from arsip.ingest import limits
from arsip.ingest.pipeline import read_documents
from arsip.ingest.readers.tumblr_html import COPY, INDEX, MAYBE_COPY, MAYBE_MESSAGES, MESSAGES
from arsip.ingest.results import IngestOptions, IngestReport

from .conftest import DATA, archive_of, files_of


def _read(root) -> tuple[dict, dict]:
    """The documents read from ``root`` by their path in the export, and the skip counts."""
    report = IngestReport()
    documents = list(read_documents([str(root)], IngestOptions(workers=1), report))
    seen = {document.id.split("!/")[-1]: (document.title, document.text, document.date, document.draft, document.fields, document.problems) for document in documents}
    return seen, dict(report.skipped)


@pytest.mark.parametrize("name", ["ekspor.zip", "ekspor.tar.gz"])
@pytest.mark.parametrize("top", ["", "blog-sukamaju/"])
@pytest.mark.parametrize(
    "export, skipped",
    [("tumblr-ekspor", {"draft": 1, INDEX: 1, MESSAGES: 1}), ("tumblr-ekspor-xml", {COPY: 2})],
)
def test_the_archive_gives_what_the_unpacked_folder_gives(tmp_path, export, skipped, top, name):
    folder = DATA / export
    unpacked, unpacked_skipped = _read(folder)
    zipped, zipped_skipped = _read(archive_of(folder, tmp_path / name, top))
    assert unpacked_skipped == skipped
    assert zipped_skipped == skipped
    assert zipped == {top + path: document for path, document in unpacked.items()}


def test_past_where_the_look_stopped_private_messages_are_not_read_and_posts_say_so(tmp_path, monkeypatch):
    monkeypatch.setattr(limits, "TAR_LOOK_BYTES", 1)  # the look stops after the first member, a video of media/
    members = {"media/video-panen.mp4": bytes(4096), **files_of(DATA / "tumblr-ekspor")}
    documents, skipped = _read(archive_of(members, tmp_path / "ekspor.tar.gz", "blog-sukamaju/"))
    assert skipped[MAYBE_MESSAGES] == 1 and MESSAGES not in skipped
    assert sorted(documents) == [f"blog-sukamaju/posts/html/70010000{number}.html" for number in range(1, 5)]
    for document in documents.values():
        assert MAYBE_COPY in [problem.reason for problem in document[5]]


def test_an_export_inside_a_site_folder_of_the_archive_is_read_as_alone(tmp_path):
    members = {"blog/_config.yml": b"title: Warta Sukamaju\n", **{f"blog/tumblr/{path}": data for path, data in files_of(DATA / "tumblr-ekspor").items()}}
    documents, skipped = _read(archive_of(members, tmp_path / "cadangan.zip", "repo/"))
    assert skipped == {"draft": 1, INDEX: 1, MESSAGES: 1, "site code or configuration": 1}  # (_config.yml)
    assert len(documents) == 4
