"""Open archives shared by the server's threads: each request borrows one of its own, of
every index served."""

from __future__ import annotations

import queue
import threading
from contextlib import ExitStack, contextmanager
from pathlib import Path
from typing import Iterator

from arsip.index.federation import search_archives
from arsip.index.search import Archive, SearchRequest, SearchResult


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


class Indexes:
    """The indexes served, in the order given, each with its pool of open archives. One
    index is searched on its own; several are searched together as ``arsip search --index A
    --index B`` does (:func:`search_archives`: hits merged by rank or date, each naming its
    index as given, totals and facets added up)."""

    def __init__(self, directories: list[Path], pool_size: int = 4) -> None:
        self.directories = directories
        self.names = [str(directory) for directory in directories]
        self.pools: list[ArchivePool] = []
        try:
            for directory in directories:  # every index opened before serving
                self.pools.append(ArchivePool(directory, pool_size))
        except BaseException:
            self.close()
            raise

    @property
    def several(self) -> bool:
        """True when more than one index is served (then hits and documents name theirs)."""
        return len(self.directories) > 1

    def name(self, number: int) -> str | None:
        """The name of index ``number`` (from 1) when several are served, else None."""
        return self.names[number - 1] if self.several else None

    def number(self, name: str) -> int:
        """The number (from 1, in the order given) of the index named ``name``."""
        return self.names.index(name) + 1

    def search(self, request: SearchRequest) -> SearchResult:
        """``request`` in the one index, or in all of them merged."""
        if not self.several:
            with self.pools[0].archive() as archive:
                return archive.search(request)
        with ExitStack() as stack:  # every request borrows in the same order: no deadlock between threads
            archives = [(name, stack.enter_context(pool.archive())) for name, pool in zip(self.names, self.pools)]
            return search_archives(archives, request)

    def close(self) -> None:
        """Close every archive of every pool."""
        for pool in self.pools:
            pool.close()
