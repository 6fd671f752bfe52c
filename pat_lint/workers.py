"""Worker processes for ``--jobs``: files checked in parallel, each result sent back to the run.

Spawn-safe on every platform: workers start with the ``spawn`` method (a fresh interpreter, as
on macOS and Windows), run the module-level :func:`_serve`, and receive only picklable values:
the job (a module-level function, pickled by name), its context (run options, cache) and
:class:`Task`\\ s. A worker lives for the whole run, so it builds each language pipeline at
most once; it is given runs of consecutive files of the sorted list (files of one folder tend
to share a language and a format), a few at a time so that the workers finish together.

A worker that dies (a crash in a library, the out-of-memory killer) costs only the file it was
checking: that file gets ``crashed(task, exitcode)`` as its result, the rest of its batch goes
back to the queue and a new worker takes over. If workers cannot even start, the remaining
files are checked in this process.
"""

from __future__ import annotations

import multiprocessing
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

from pat_lint.model import FileResult, PackedResult

#: Most files a worker is given at once (fewer near the end of the queue).
MAX_BATCH = 8


@dataclass(frozen=True)
class Task:
    """One file to check: its place in the run's sorted list, its path, its cache key."""

    index: int
    path: Path
    key: str | None = None


#: A job checks one task with the run's context; a module-level function (pickled by name). It
#: returns a :class:`FileResult`, or the result packed to travel and be kept small.
Job = Callable[[Task, Any], FileResult | PackedResult]


@dataclass
class _Worker:
    process: Any
    conn: Connection
    batch: deque[Task] = field(default_factory=deque)
    ready: bool = False


def run(
    tasks: list[Task],
    job: Job,
    context: Any,
    processes: int,
    deliver: Callable[[int, FileResult | PackedResult], None],
    crashed: Callable[[Task, int | None], FileResult],
) -> None:
    """Run ``job(task, context)`` for every task in up to ``processes`` workers, calling
    ``deliver(task.index, result)`` in this process as results arrive (in any order)."""
    spawn = multiprocessing.get_context("spawn")
    pending = deque(tasks)
    workers: list[_Worker] = []
    failed_starts = 0

    def assign(worker: _Worker) -> None:
        size = max(1, min(MAX_BATCH, len(pending) // (processes * 4)))
        batch = [pending.popleft() for _ in range(min(size, len(pending)))]
        try:
            worker.conn.send(batch or None)  # None: no more work, exit
        except OSError:  # it died meanwhile; its sentinel will say so
            pending.extendleft(reversed(batch))
            return
        worker.batch.extend(batch)

    def start() -> None:
        ours, theirs = spawn.Pipe()
        process = spawn.Process(target=_serve, args=(theirs, job, context), daemon=True)
        process.start()
        theirs.close()
        worker = _Worker(process, ours)
        workers.append(worker)
        assign(worker)

    def handle(worker: _Worker, message: tuple, refill: bool = True) -> None:
        if message[0] == "ready":
            worker.ready = True
            return
        _, index, result = message
        task = worker.batch.popleft()
        assert task.index == index, "a worker answered out of order"
        deliver(index, result)
        if refill and not worker.batch:
            assign(worker)

    def buried(worker: _Worker) -> None:
        nonlocal failed_starts
        while True:  # results it sent before it died still count
            try:
                if not worker.conn.poll():
                    break
                handle(worker, worker.conn.recv(), refill=False)
            except (EOFError, OSError):
                break
        worker.process.join()
        worker.conn.close()
        workers.remove(worker)
        if not worker.batch:
            return
        if worker.ready:
            culprit = worker.batch.popleft()
            deliver(culprit.index, crashed(culprit, worker.process.exitcode))
        else:
            failed_starts += 1
        pending.extendleft(reversed(worker.batch))

    try:
        for _ in range(min(processes, len(pending))):
            start()
        while workers:
            by_handle: dict[Any, _Worker] = {}
            for worker in workers:
                by_handle[worker.conn] = worker
                by_handle[worker.process.sentinel] = worker
            for ready in wait(list(by_handle)):
                worker = by_handle[ready]
                if worker not in workers:
                    continue
                if ready is worker.conn:
                    try:
                        handle(worker, worker.conn.recv())
                        continue
                    except (EOFError, OSError):
                        pass
                buried(worker)
            if pending and len(workers) < processes and failed_starts < processes:
                start()
        for task in pending:  # workers could not start: check the rest here
            deliver(task.index, job(task, context))
    finally:
        for worker in workers:
            worker.process.terminate()
            worker.process.join()


def _serve(conn: Connection, job: Job, context: Any) -> None:
    """A worker's life: say it is ready, then check batches until told to stop."""
    from pat_lint import collector

    collector.defer()
    try:
        conn.send(("ready",))
        while (batch := conn.recv()) is not None:
            for task in batch:
                conn.send(("done", task.index, job(task, context)))
                collector.release_file()
    except (EOFError, BrokenPipeError, KeyboardInterrupt):
        pass
    finally:
        conn.close()
