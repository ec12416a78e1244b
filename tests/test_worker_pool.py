"""What the worker processes cost the parent: what it holds when it forks them is frozen for
the garbage collector (Python's advice before a fork), so no process scans it in every full
collection; and the results they send back are rebuilt without running Python code."""

from __future__ import annotations

import gc
import io
import pickle

from arsip.ingest.pipeline import ingest_bytes
from arsip.ingest.pool import SurvivingPool


def _frozen_objects(item: int) -> int:
    return gc.get_freeze_count()


def _no_setup() -> None:
    pass


def test_workers_inherit_the_parent_s_objects_frozen_and_the_parent_unfreezes_them_after():
    assert gc.get_freeze_count() == 0
    pool = SurvivingPool(_frozen_objects, lambda item, how: None, 2, initializer=_no_setup, initargs=())
    counts = list(pool.map(range(6)))
    assert len(counts) == 6 and min(counts) > 1000  # every worker started with the modules frozen
    assert gc.get_freeze_count() == 0  # this process collects its own objects again


class _RecordingUnpickler(pickle.Unpickler):
    """An unpickler that notes each class (or function) the pickle asks for."""

    def __init__(self, data: bytes):
        super().__init__(io.BytesIO(data))
        self.asked: set[tuple[str, str]] = set()

    def find_class(self, module: str, name: str):
        self.asked.add((module, name))
        return super().find_class(module, name)


def test_a_file_result_is_rebuilt_from_built_in_containers_and_arsip_s_dataclasses():
    """The parent unpickles every result its workers send, on one thread: nothing in a result
    may need Python code to be rebuilt (a Counter of the documents left out did: a third of
    that time)."""
    page = "---\ntitle: Rapat pengurus\ntags: [buruh, upah]\ncategories: Berita\n---\n\nHasil rapat: upah naik â€” kata ketua.\n"
    result = ingest_bytes(page.encode("utf-8"), "rapat.md", "situs/rapat.md")
    result.leave_out("draft")
    document = result.documents[0]
    assert document.tags and document.categories and document.repairs  # Terms and a Repair cross too
    unpickler = _RecordingUnpickler(pickle.dumps(result))
    assert unpickler.load() == result
    assert {module for module, _ in unpickler.asked} == {"arsip.ingest.results", "arsip.ingest.document"}
