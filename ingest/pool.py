"""A pool of worker processes where a dead worker costs one item, not the run.

:mod:`multiprocessing.Pool` never notices a worker that dies: a file that crashes a C
extension (libyaml on deeply nested YAML) or a worker killed by the kernel's
out-of-memory killer left its result missing for ever, and ``arsip index`` hung with the
write lock held. :class:`SurvivingPool` uses :mod:`concurrent.futures`, which reports a
dead worker as a broken pool; it then finds the item each worker was working on, runs
those items again one by one in a process of their own (the one that dies again is the
culprit), sends the rest to fresh workers, and goes on.
"""

from __future__ import annotations

import gc
import multiprocessing
import signal
from concurrent.futures import Future, ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from typing import Any, Callable, Iterable, Iterator

from .workers import end_workers_with_parent

#: Items per task sent to a worker. Each task costs the parent a round trip through
#: :mod:`concurrent.futures` (its threads, queues and pickling): on 4,785 small files the
#: parent's CPU time was 0.9 s with 8 items per task, 0.75 s with 32.
CHUNK = 32


def _batches(items: Iterable, count: int, budget: int, weight: Callable[[Any], int]) -> Iterator[list]:
    """Consecutive batches of ``(number, item)`` pairs: at most ``count`` items weighing at
    most ``budget`` together (an item heavier than that goes alone). Each batch is passed
    on as soon as it is full; only an item too heavy for the batch before it is read ahead.
    """
    batch, total = [], 0
    for entry in items:
        heft = weight(entry[1])
        if batch and total + heft > budget:
            yield batch
            batch, total = [], 0
        batch.append(entry)
        total += heft
        if len(batch) >= count or total >= budget:
            yield batch
            batch, total = [], 0
    if batch:
        yield batch


class _Slots:
    """Which item each worker of one pool is working on, in memory the workers share.

    A worker takes a slot when it starts, writes an item's number there before working
    on it and -1 after. When a worker dies, its slot still names the item that killed it.
    """

    def __init__(self, context, workers: int):
        self.current = context.Array("q", [-1] * workers, lock=False)
        self.taken = context.Value("i", 0)
        #: Once the pool has died: the items its workers were working on.
        self.suspects: set[int] | None = None

    def note_death(self) -> None:
        """Record what the workers were working on (call when they are all gone)."""
        self.suspects = {number for number in self.current if number >= 0}


_slots: _Slots | None = None
_slot = -1


def _start_worker(slots: _Slots, initializer: Callable, initargs: tuple) -> None:
    global _slots, _slot
    with slots.taken.get_lock():
        _slot = slots.taken.value
        slots.taken.value += 1
    _slots = slots
    initializer(*initargs)


def _run_chunk(function: Callable, chunk: list[tuple[int, Any]]) -> list:
    results = []
    for number, item in chunk:
        _slots.current[_slot] = number
        results.append(function(item))
    _slots.current[_slot] = -1
    return results


class SurvivingPool:
    """Worker processes mapping ``function`` over items in order, where a worker that dies
    (a crash in a C extension, the kernel's out-of-memory killer) costs only the item it
    was working on: that item's result is ``on_death(item, reason)``, the others are done
    again in fresh workers, and the run goes on.

    Items go out a window at a time, the next window in flight while the previous one's
    results are yielded, so memory stays flat however many items there are. ``weight``
    says what an item costs in memory (a file's bytes): a task sent to a worker holds at
    most :data:`CHUNK` items and ``task_weight`` of weight, a window at most ``window``
    items and ``(workers + 1) * task_weight`` of weight (an item heavier than a task or a
    window goes alone). At most two windows are held, and one item read ahead: with items
    of weight at most H, in flight there is never more than
    ``2 * max((workers + 1) * task_weight, H) + H``.
    """

    def __init__(
        self, function: Callable, on_death: Callable[[Any, str], Any], workers: int, *, initializer: Callable, initargs: tuple,
        window: int = 256, weight: Callable[[Any], int] = lambda item: 0, task_weight: int = 1,
    ):
        self.function = function
        self.on_death = on_death
        self.workers = workers
        self.initializer = initializer
        self.initargs = initargs
        self.window = window
        self.weight = weight
        self.task_weight = task_weight
        self.window_weight = (workers + 1) * self.task_weight
        self.context = multiprocessing.get_context("fork" if "fork" in multiprocessing.get_all_start_methods() else None)
        self._executor: ProcessPoolExecutor | None = None
        self._slots: _Slots | None = None

    def map(self, items: Iterable) -> Iterator:
        """Yield ``function(item)`` for each item, in order."""
        end_workers_with_parent()
        windows = _batches(enumerate(items), self.window, self.window_weight, self.weight)
        try:
            pending = None
            for window in windows:
                submitted = self._submit(window)
                if pending is not None:
                    yield from self._collect(*pending)
                pending = (window, submitted)
            if pending is not None:
                yield from self._collect(*pending)
        finally:
            if self._executor is not None:
                self._executor.shutdown(wait=True, cancel_futures=True)
            gc.unfreeze()

    def _pool(self) -> tuple[ProcessPoolExecutor, _Slots]:
        if self._executor is None:
            # As Python's documentation advises before a fork: what is alive now (the modules
            # imported, the options) leaves the collector's reach until the map ends, so neither
            # the workers, which inherit it, nor this process scan it in every full collection.
            gc.freeze()
            self._slots = _Slots(self.context, self.workers)
            self._executor = ProcessPoolExecutor(
                self.workers, mp_context=self.context, initializer=_start_worker, initargs=(self._slots, self.initializer, self.initargs)
            )
        return self._executor, self._slots

    def _submit(self, items: list[tuple[int, Any]]) -> list[tuple[Future, _Slots, list]]:
        submitted = []
        for chunk in _batches(items, CHUNK, self.task_weight, self.weight):
            executor, slots = self._pool()
            try:
                future = executor.submit(_run_chunk, self.function, chunk)
            except BrokenProcessPool:
                self._retire()
                executor, slots = self._pool()
                future = executor.submit(_run_chunk, self.function, chunk)
            submitted.append((future, slots, chunk))
        return submitted

    def _retire(self) -> None:
        """Forget a broken pool (its workers are gone) and note what they were working on."""
        self._executor.shutdown(wait=True)
        self._slots.note_death()
        self._executor = self._slots = None

    def _collect(self, window: list[tuple[int, Any]], submitted: list[tuple[Future, _Slots, list]]) -> Iterator:
        results: dict[int, Any] = {}
        while submitted:
            again: list[tuple[int, Any]] = []
            for future, slots, chunk in submitted:
                try:
                    results.update(zip((number for number, _ in chunk), future.result()))
                except BrokenProcessPool:
                    if slots is self._slots:
                        self._retire()
                    # no worker was on an item (killed between items): suspect the whole chunk
                    suspects = slots.suspects or {number for number, _ in chunk}
                    for number, item in chunk:
                        if number in suspects:
                            results[number] = self._alone(item)
                        else:
                            again.append((number, item))
            submitted = self._submit(again)
        for number, _ in window:
            yield results.pop(number)

    def _alone(self, item: Any) -> Any:
        """Work on ``item`` in a process of its own: its result, or ``on_death`` if it dies."""
        receiver, sender = self.context.Pipe(duplex=False)
        process = self.context.Process(target=_run_alone, args=(sender, self.function, item, self.initializer, self.initargs), daemon=True)
        process.start()
        sender.close()
        try:
            result = receiver.recv()
        except EOFError:
            result = None
        finally:
            receiver.close()
            process.join()
        if process.exitcode == 0:
            return result
        return self.on_death(item, _death(process.exitcode))


def _run_alone(sender, function: Callable, item: Any, initializer: Callable, initargs: tuple) -> None:
    initializer(*initargs)
    sender.send(function(item))
    sender.close()


def _death(exitcode: int) -> str:
    if exitcode < 0:
        try:
            return f"killed by signal {signal.Signals(-exitcode).name}"
        except ValueError:
            return f"killed by signal {-exitcode}"
    return f"exited with status {exitcode}"
