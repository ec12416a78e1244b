"""Comments in a WordPress export (``<wp:comment>`` inside each ``<item>``) are visitors'
writing, not the site's: never documents, counted in the summary by kind as a Blogger
backup's comments are."""

from __future__ import annotations

import json

from click.testing import CliRunner

from arsip.cli.main import arsip
from arsip.ingest.pipeline import ingest_bytes
from arsip.ingest.results import IngestOptions

from .conftest import DATA

EXPORT = DATA / "wxr" / "komentar-terjadwal.xml"


def test_comments_are_counted_by_kind_and_never_documents():
    for include_all in (False, True):
        result = ingest_bytes(EXPORT.read_bytes(), EXPORT.name, str(EXPORT), IngestOptions(include_all=include_all))
        assert result.left_out == {"not a document: WordPress comment": 2, "not a document: WordPress pingback": 1, "draft": 1}
        assert [document.id for document in result.documents] == ["komentar-terjadwal.xml#201", "komentar-terjadwal.xml#203"]
        text = "\n".join(document.text for document in result.documents)
        assert "selokan depan rumah" not in text and "cangkul" not in text and "gotong royong" not in text


def test_the_summary_names_the_comments(tmp_path):
    out = tmp_path / "arsip.jsonl"
    run = CliRunner().invoke(arsip, ["ingest", str(EXPORT), "--out", str(out), "--json"])
    assert run.exit_code == 0, run.output
    skipped = json.loads(run.output)["skipped"]
    assert (skipped["not a document: WordPress comment"], skipped["not a document: WordPress pingback"]) == (2, 1)
