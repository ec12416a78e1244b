"""Open archives shared by the server's threads: each request borrows one of its own."""

from __future__ import annotations

import queue
import threading
from contextlib import contextmanager
from pathlib import Path
from typing import Iterator

from arsip.index.search import Archive


class ArchivePool:
    """Up to ``size`` open :class:`Archive` objects for one index, each used by one thread
    at a time (a Whoosh searcher is not meant to be shared between threads). The first is
    opened at once, so a missing or incompatible index is reported before serving."""

    def __init__(self, directory: Path, size: int = 4) -> None:
        self.directory = directory
        self._idle: queue.LifoQueue[Archive] = queue.LifoQueue()
        self._idle.put(Archive(directory))
        self._slots = threading.BoundedSemaphore(size)
        self._opened = [self._idle.queue[0]]

    @contextmanager
    def archive(self) -> Iterator[Archive]:
        """Borrow an open archive (waiting while all ``size`` are in use)."""
        with self._slots:
            try:
                archive = self._idle.get_nowait()
            except queue.Empty:
                archive = Archive(self.directory)
                self._opened.append(archive)
            try:
                yield archive
            finally:
                self._idle.put(archive)

    def close(self) -> None:
        """Close every archive the pool opened."""
        for archive in self._opened:
            archive.close()
