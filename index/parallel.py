"""Whoosh's parallel writer, made to account for every document it was given.

Whoosh 2.7.4's ``MpWriter`` hands batches of documents to sub-writer processes and, at
commit, waits one second per process for its segment; a sub-writer that failed (an
exception, a crash) simply delivers nothing, and its documents are lost while the commit
succeeds. Here each sub-writer reports its failure or its segment, the commit counts them,
and a missing or failed one makes the commit fail, so the previous index stays and the
run reports the error instead of documents that were never written.
"""

from __future__ import annotations

import queue

from whoosh.multiproc import MpWriter, SubWriterTask

from .store import IndexError_
from .term_writer import TermWriter

#: How long the commit waits for a sub-writer's result once the process has ended.
RESULT_SECONDS = 5.0


class SubWriterFailed(IndexError_):
    """A sub-writer process failed or ended without delivering its segment."""


class _ReportingTask(SubWriterTask):
    """A sub-writer (a :class:`~.term_writer.TermWriter`) that writes its own segment and
    puts it, or its failure, on the result queue instead of dying silently; after a
    failure it keeps taking jobs off the queue until its end, so the parent never blocks
    on a full queue."""

    def run(self):
        ended = False
        try:
            self.writer = TermWriter(self.storage.open_index(self.indexname), _lk=False, **self.kwargs)
            while (job := self.jobqueue.get()) is not None:
                self._process_file(*job)
            ended = True
            self.resultqueue.put(("written", None, self.writer._finalize_segment()), timeout=RESULT_SECONDS)
        except BaseException as error:  # reported to the parent, whose commit raises it
            self.resultqueue.put(("failed", f"{type(error).__name__}: {error}", None), timeout=RESULT_SECONDS)
            while not ended and self.jobqueue.get() is not None:
                pass


class CheckedMpWriter(MpWriter):
    """``MpWriter`` (always multisegment) whose commit fails unless every sub-writer delivered."""

    def __init__(self, ix, procs: int, **kwargs):
        super().__init__(ix, procs=procs, multisegment=True, **kwargs)

    def _new_task(self):
        task = _ReportingTask(self.storage, self.indexname, self.jobqueue, self.resultqueue, self.subargs, True)
        self.tasks.append(task)
        task.start()
        return task

    def _commit(self, mergetype, optimize, merge):
        if self.docbuffer:
            self._enqueue()
        for _ in self.tasks:
            self.jobqueue.put(None)
        finalsegments = self._merge_segments(mergetype, optimize, merge)
        for task in self.tasks:
            task.join()
        finalsegments += self._segments_of_tasks()
        if self._added:
            finalsegments.append(self._finalize_segment())
        else:
            self._close_segment()
        self._commit_toc(finalsegments)
        self._finish()

    def _segments_of_tasks(self) -> list:
        segments = []
        for task in self.tasks:
            try:
                kind, detail, segment = self.resultqueue.get(timeout=RESULT_SECONDS)
            except queue.Empty:
                raise SubWriterFailed(f"cannot write the index: a writer process ended without its documents (exit code {task.exitcode}); the previous index is unchanged") from None
            if kind == "failed":
                raise SubWriterFailed(f"cannot write the index: a writer process failed ({detail}); the previous index is unchanged")
            segments.append(segment)
        return segments
