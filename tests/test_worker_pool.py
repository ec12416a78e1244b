"""The worker pool and the garbage collector: what the parent holds when it forks its workers
is frozen (Python's advice before a fork), so no process scans it in every full collection."""

from __future__ import annotations

import gc

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
