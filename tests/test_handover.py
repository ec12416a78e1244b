"""What crosses the process boundary in a parallel run: documents finished (encoded, with
their copy key) in the worker that made them, those whose date waits finished in the parent."""

from __future__ import annotations

import os

from arsip.ingest import pipeline
from arsip.ingest.duplicates import copy_key
from arsip.ingest.handover import Finish
from arsip.ingest.pipeline import read_documents, read_files
from arsip.ingest.results import IngestOptions, IngestReport


def _where_and_date(document) -> tuple[int, str, str | None]:
    """An encoding that says which process encoded the document."""
    return os.getpid(), document.id, document.date


def _posts(folder, dates: dict[str, str]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    for name, value in dates.items():
        body = f"Warga Desa Sukamaju membahas {name} di balai desa.\n"
        (folder / f"{name}.md").write_text(f"---\ntitle: Rapat {name}\ntanggal: {value}\n---\n{body}", encoding="utf-8")


def _site(folder) -> None:
    """Posts with dates shown day-first (27/08/2021) and one ambiguous (05/07/2021), which
    waits for the site's order; and a copy of one post."""
    _posts(folder, {f"rapat-{number}": f"2{number}/08/2021" for number in range(6)} | {"panen": "05/07/2021"})
    (folder / "salinan").mkdir()
    (folder / "salinan" / "rapat-0.md").write_bytes((folder / "rapat-0.md").read_bytes())


def test_workers_encode_final_documents_and_the_parent_those_whose_date_waits(tmp_path, monkeypatch):
    _site(tmp_path)
    monkeypatch.setattr(pipeline, "PARALLEL_THRESHOLD", 4)  # workers for a handful of files
    results = list(read_files([str(tmp_path)], IngestOptions(workers=2), IngestReport(), finish=Finish(_where_and_date)))
    assert all(result.documents == [] for result in results)
    encoded = {finished.item[1]: finished.item for result in results for finished in result.finished}
    assert encoded["panen.md"] == (os.getpid(), "panen.md", "2021-07-05")  # day-first, settled here
    assert all(pid != os.getpid() for document_id, (pid, _, _) in encoded.items() if document_id != "panen.md")


def test_the_copy_key_comes_with_the_finished_document(tmp_path, monkeypatch):
    _site(tmp_path)
    monkeypatch.setattr(pipeline, "PARALLEL_THRESHOLD", 4)
    documents = {document.id: document for document in read_documents([str(tmp_path)], IngestOptions(workers=1, keep_duplicates=True))}
    for keep_duplicates in (False, True):
        options = IngestOptions(workers=2, keep_duplicates=keep_duplicates)
        results = read_files([str(tmp_path)], options, IngestReport(), finish=Finish(keep_duplicates=keep_duplicates))
        copies = {finished.copy.id: finished.copy for result in results for finished in result.finished}
        assert copies.keys() == documents.keys()
        expected = {document_id: None if keep_duplicates else copy_key(document) for document_id, document in documents.items()}
        assert {document_id: copy.key for document_id, copy in copies.items()} == expected
    assert copies["salinan/rapat-0.md"].rank > copies["rapat-0.md"].rank


def test_a_parallel_run_reports_what_one_process_reports(tmp_path, monkeypatch):
    _site(tmp_path)
    _posts(tmp_path / "lain", {"musyawarah": "05/07/2021"})  # no evidence of its own: a date problem
    (tmp_path / "lain" / "hugo.toml").write_text('baseURL = "https://lain.id/"\n', encoding="utf-8")
    (tmp_path / "rusak.md").write_bytes("---\ntitle: Caf\u00c3\u00a9 Desa\n---\nKopi di caf\u00c3\u00a9 desa.\n".encode("utf-8"))
    monkeypatch.setattr(pipeline, "PARALLEL_THRESHOLD", 4)
    summaries = []
    for workers in (1, 2):
        report = IngestReport()
        lines = list(read_documents([str(tmp_path)], IngestOptions(workers=workers), report, encode=_where_and_date))
        summaries.append((report.summary(), [line[1:] for line in lines]))
    assert summaries[0] == summaries[1]
    summary = summaries[0][0]
    assert summary["repaired"] == 1 and summary["with_problems"] == 1 and summary["skipped"]["duplicate of another document"] == 1
    assert summary["problem_documents"][0]["id"] == "lain/musyawarah.md"
