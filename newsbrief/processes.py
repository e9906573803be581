"""A batch shared among processes, for when the client's own CPU limits throughput.

Each brief costs a process about 7 ms of CPU (the OpenAI SDK and its HTTP client about half of
it, instructor and newsbrief the rest: ``python benchmarks/batch_throughput.py --profile``), so
one process tops out near 140 briefs a second however fast the provider answers. With
``summarize_many(..., processes=N)`` the calling process reads the input and hands each article
to the least busy of N workers: one runs in the calling process itself (so work starts at once,
while the others start), N - 1 are worker processes that rebuild the summarizer from
:meth:`~newsbrief.Summarizer.process_spec` (a cache is shared through its directory). Each runs
the ordinary async batch with its share of the concurrency and of the rate limits.

Worker processes start by the ``forkserver`` method where the platform has it (``spawn``
elsewhere), never by a plain ``fork`` of a process that may hold threads and locks. The fork
server loads newsbrief, instructor and the OpenAI SDK once, so the workers of later batches start
in a fraction of a second; the first batch of a process pays about a second more. As with any
``multiprocessing`` code, a script must guard its entry point with ``if __name__ == "__main__":``.

A worker process that dies (killed, out of memory) turns the articles it held into error results
of type ``"WorkerDied"`` (``retryable``) and is replaced; the batch goes on.
"""

from __future__ import annotations

import asyncio
import contextlib
import multiprocessing
import os
import queue
import signal
import threading
from collections import deque
from collections.abc import AsyncIterator, Callable, Iterable, Iterator, Sized
from dataclasses import dataclass, field
from multiprocessing.context import ForkServerContext, SpawnContext
from multiprocessing.process import BaseProcess
from typing import Any

from newsbrief import errors
from newsbrief.batch import (
    Article,
    BatchError,
    BatchResult,
    Item,
    _BadItem,
    _parse_item,
    _Progress,
    _run_many,
)
from newsbrief.summarizer import Summarizer

__all__ = ["summarize_in_processes"]

_ENV_PREFIXES = ("NEWSBRIEF_", "OPENAI_")
_POLL = 0.5  # seconds between checks on the workers while waiting
_Message = tuple[str, Article] | None  # (position as a string, text); None: no more


def _context() -> ForkServerContext | SpawnContext:
    if "forkserver" in multiprocessing.get_all_start_methods():
        context = multiprocessing.get_context("forkserver")
        # Read only when the fork server starts (once per process).
        context.set_forkserver_preload(["newsbrief._worker_warmup"])
        return context
    return multiprocessing.get_context("spawn")


async def _serve(
    summarizer: Summarizer,
    inbox: Any,
    put: Callable[[tuple[int, BatchResult]], None],
    concurrency: int,
    requests_per_minute: float | None,
    tokens_per_minute: float | None,
    orphaned: Callable[[], bool],
) -> None:
    """Brief what ``inbox`` sends until it sends ``None``; hand each result to ``put``."""
    loop = asyncio.get_running_loop()

    async def articles() -> AsyncIterator[tuple[str, Article]]:
        while True:
            try:
                message: _Message = await loop.run_in_executor(None, inbox.get, True, _POLL)
            except queue.Empty:
                if orphaned():
                    return  # nobody will read the results
                continue
            if message is None:
                return
            yield message

    try:
        async for result in _run_many(
            articles(),
            summarizer,
            concurrency,
            requests_per_minute,
            tokens_per_minute,
            False,
            False,
            use_threads=summarizer.backend.make_async is None,
        ):
            put((int(result.id), result))
    finally:
        await summarizer.backend.aclose_loop_client()


def _worker_main(
    spec: dict[str, Any],
    environment: dict[str, str],
    inbox: Any,
    outbox: Any,
    concurrency: int,
    requests_per_minute: float | None,
    tokens_per_minute: float | None,
) -> None:
    """A worker process's whole life."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)  # Ctrl-C is the parent's to handle
    # A fork server keeps the environment it started with: take the caller's current one.
    for name in [n for n in os.environ if n.startswith(_ENV_PREFIXES)]:
        del os.environ[name]
    os.environ.update(environment)
    parent = multiprocessing.parent_process()
    asyncio.run(_serve(
        Summarizer(**spec), inbox, outbox.put, concurrency, requests_per_minute,
        tokens_per_minute, lambda: parent is not None and not parent.is_alive(),
    ))  # fmt: skip
    outbox.close()
    outbox.join_thread()  # every result is flushed before the process exits


@dataclass
class _Worker:
    inbox: Any
    process: BaseProcess | None  # None: the worker in this process
    concurrency: int
    held: set[int] = field(default_factory=set)

    def alive(self) -> bool:
        return self.process is None or self.process.is_alive()


class _LocalWorker:
    """The worker in the calling process: an event loop in a thread."""

    def __init__(self, summarizer: Summarizer, put: Callable[[tuple[int, BatchResult]], None],
                 concurrency: int, rpm: float | None, tpm: float | None) -> None:  # fmt: skip
        self.inbox: queue.Queue[_Message] = queue.Queue()
        self.stopped = threading.Event()
        self._task: asyncio.Task[None] | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

        async def run() -> None:
            self._loop = asyncio.get_running_loop()
            self._task = asyncio.current_task()
            with contextlib.suppress(asyncio.CancelledError):  # stop(wait=False)
                await _serve(summarizer, self.inbox, put, concurrency, rpm, tpm,
                             self.stopped.is_set)  # fmt: skip

        self.thread = threading.Thread(
            target=lambda: asyncio.run(run()), name="newsbrief-local-worker", daemon=True
        )
        self.thread.start()

    def stop(self, wait: bool) -> None:
        self.stopped.set()
        self.inbox.put(None)
        if not wait and self._loop is not None and self._task is not None:
            with contextlib.suppress(RuntimeError):  # the loop has already closed
                self._loop.call_soon_threadsafe(self._task.cancel)
        self.thread.join(timeout=None if wait else 5)


def _worker_died(worker: _Worker) -> BatchError:
    code = worker.process.exitcode if worker.process is not None else None
    return BatchError(
        type="WorkerDied",
        message=(
            f"The worker process briefing this article exited with code {code} (killed, or "
            "out of memory?). Run the batch again to retry it. If every worker dies at once, "
            'check that the script guards its entry point with if __name__ == "__main__":.'
        ),
        retryable=True,
    )


def summarize_in_processes(
    items: Iterable[Item],
    summarizer: Summarizer,
    processes: int,
    concurrency: int,
    requests_per_minute: float | None,
    tokens_per_minute: float | None,
    ordered: bool,
    progress: bool | None,
) -> Iterator[BatchResult]:
    """:func:`~newsbrief.summarize_many` shared among this process and ``processes - 1``
    worker processes.

    Concurrency and rate limits are split evenly among the workers; at most ``2 *
    concurrency`` articles are read and not yet yielded at any time, as in one process.

    Raises:
        ConfigurationError: ``summarizer`` cannot be rebuilt in another process.
    """
    spec = summarizer.process_spec()
    environment = {n: v for n, v in os.environ.items() if n.startswith(_ENV_PREFIXES)}
    context = _context()
    # concurrency split exactly: the workers' shares add up to it, never more
    shares = [concurrency // processes + (i < concurrency % processes) for i in range(processes)]
    rpm = None if requests_per_minute is None else requests_per_minute / processes
    tpm = None if tokens_per_minute is None else tokens_per_minute / processes
    results: queue.Queue[tuple[int, BatchResult]] = queue.Queue()
    outbox = context.Queue()  # from the worker processes; drained into ``results``

    def drain() -> None:
        while (got := outbox.get()) is not None:
            results.put(got)

    drainer = threading.Thread(target=drain, name="newsbrief-results", daemon=True)
    workers: list[_Worker] = []
    replacements = processes  # a worker process that keeps dying is not restarted for ever

    def start_process(share: int) -> _Worker:
        inbox = context.Queue()
        process = context.Process(
            target=_worker_main,
            args=(spec, environment, inbox, outbox, share, rpm, tpm),
            name="newsbrief-worker",
            daemon=True,
        )
        process.start()
        return _Worker(inbox, process, share)

    total = len(items) if isinstance(items, Sized) else None
    bar = _Progress(progress, total, summarizer.model)
    source = iter(items)
    window = 2 * concurrency
    ids: dict[int, str] = {}  # in flight: position -> the caller's id
    ready: deque[tuple[int, BatchResult]] = deque()
    pending: dict[int, BatchResult] = {}  # ordered: finished, waiting for an earlier one
    next_index = position = outstanding = 0
    exhausted = finished = False

    def reap() -> None:
        """Fail the articles of dead worker processes and replace the workers."""
        nonlocal replacements
        for worker in [w for w in workers if not w.alive()]:
            workers.remove(worker)
            error = _worker_died(worker)
            for index in sorted(worker.held):
                ready.append((index, BatchResult(id=ids.pop(index), error=error)))
            worker.inbox.cancel_join_thread()
            if replacements > 0:
                replacements -= 1
                workers.append(start_process(worker.concurrency))

    local = _LocalWorker(summarizer, results.put, shares[0], rpm, tpm)
    workers.append(_Worker(local.inbox, None, shares[0]))
    try:
        drainer.start()
        workers.extend(start_process(share) for share in shares[1:])
        while True:
            while not exhausted and outstanding < window:
                try:
                    item = next(source)
                except StopIteration:
                    exhausted = True
                    break
                index, position = position, position + 1
                outstanding += 1
                try:
                    article_id, text = _parse_item(index, item)
                except _BadItem as exc:
                    error = BatchError.from_exception(exc.error)
                    ready.append((index, BatchResult(id=exc.item_id, error=error)))
                    continue
                except errors.InputError as exc:
                    error = BatchError.from_exception(exc)
                    ready.append((index, BatchResult(id=str(index), error=error)))
                    continue
                worker = min(workers, key=lambda w: len(w.held) / w.concurrency)
                worker.inbox.put((str(index), text))
                worker.held.add(index)
                ids[index] = article_id
            if not ready:
                if not ids:
                    if exhausted:
                        break
                    continue
                try:
                    index, result = results.get(timeout=_POLL)
                except queue.Empty:
                    reap()
                    continue
                result.id = ids.pop(index)
                for worker in workers:
                    worker.held.discard(index)
                ready.append((index, result))
            while ready:
                index, result = ready.popleft()
                if ordered:
                    pending[index] = result
                    while next_index in pending:
                        result = pending.pop(next_index)
                        next_index += 1
                        outstanding -= 1
                        bar.advance(result)
                        yield result
                    continue
                outstanding -= 1
                bar.advance(result)
                yield result
        finished = True
    finally:
        local.stop(wait=finished)
        for worker in workers:
            if worker.process is None:
                continue
            with contextlib.suppress(Exception):
                worker.inbox.put(None)
            if finished:
                worker.process.join(timeout=5)
            if worker.process.is_alive():
                worker.process.terminate()  # stopped early: what it holds is abandoned
                worker.process.join(timeout=5)
            worker.inbox.cancel_join_thread()
            worker.inbox.close()
        with contextlib.suppress(Exception):
            outbox.put(None)  # ends the drainer
        drainer.join(timeout=5)
        outbox.close()
        bar.close()
