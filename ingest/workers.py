"""Worker processes end when the process that started them dies.

A worker forked by :mod:`multiprocessing` inherits its parent's open files, the index's
write lock among them. If the parent is killed outright (SIGKILL cannot be caught), a
worker blocked on its job queue would live on as an orphan and hold that lock for ever,
so every later ``arsip index`` would find the index busy. Workers therefore watch their
parent and exit as soon as it is gone.
"""

from __future__ import annotations

import functools
import os
import threading
import time
from multiprocessing import util

#: How often a worker checks that its parent is alive.
POLL_SECONDS = 0.2


class _ParentWatch:
    """Run in each forked worker: a daemon thread that exits the worker when orphaned."""

    def start(self) -> None:
        parent = os.getppid()
        threading.Thread(target=self._watch, args=(parent,), name="arsip-parent-watch", daemon=True).start()

    @staticmethod
    def _watch(parent: int) -> None:
        while os.getppid() == parent:
            time.sleep(POLL_SECONDS)
        os._exit(1)


_PARENT_WATCH = _ParentWatch()


@functools.cache
def end_workers_with_parent() -> None:
    """From now on, every worker process this process forks exits when this process dies."""
    util.register_after_fork(_PARENT_WATCH, _ParentWatch.start)
