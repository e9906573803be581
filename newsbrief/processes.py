"""A batch shared among processes, for when the client's own CPU limits throughput.

Each brief costs a process about 3.5 to 5.5 ms of CPU in a batch (mostly the OpenAI SDK, its
HTTP client and instructor; newsbrief's own steps under 1 ms: ``python
benchmarks/batch_throughput.py --profile``), so one process tops out at roughly 200 briefs a
second however fast the provider answers. With
``summarize_many(..., processes=N)`` the calling process reads the input and hands each article
to the least busy of N workers: one runs in the calling process itself (so work starts at once,
while the others start), N - 1 are worker processes that rebuild the summarizer from
:meth:`~newsbrief.Summarizer.process_spec` (a cache is shared through its directory). Each runs
the ordinary async batch with its share of the concurrency and of the rate limits.

Worker processes start by the ``forkserver`` method where the platform has it (``spawn``
elsewhere), never by a plain ``fork`` of a process that may hold threads and locks. The fork
server loads newsbrief, instructor and the OpenAI SDK once, so the workers of later batches start
in a fraction of a second; the first batch of a process pays one to two seconds more. As with any
``multiprocessing`` code, a script must guard its entry point with ``if __name__ == "__main__":``.
The preload is set with :func:`multiprocessing.set_forkserver_preload`, which is process-wide:
a program that starts the fork server first keeps its own preload (newsbrief's workers then
start colder, not wrong), and one that sets a preload after newsbrief's wins over it.

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
from multiprocessing.connection import Connection
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
from newsbrief.providers import loop_ended_by_newsbrief
from newsbrief.summarizer import Summarizer

__all__ = ["summarize_in_processes"]

_ENV_PREFIXES = ("NEWSBRIEF_", "OPENAI_")
_POLL = 0.5  # seconds between checks on the worker processes while waiting for a result
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
    feed: asyncio.Queue[_Message],
    put: Callable[[tuple[int, BatchResult]], None],
    concurrency: int,
    requests_per_minute: float | None,
    tokens_per_minute: float | None,
) -> None:
    """Brief what ``feed`` brings until it brings ``None``; hand each result to ``put``."""

    async def articles() -> AsyncIterator[tuple[str, Article]]:
        while (message := await feed.get()) is not None:
            yield message

    try:
        with loop_ended_by_newsbrief():  # the loop is ours: closed after aclose_loop_client
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


def _feed_from(inbox: Connection, loop: asyncio.AbstractEventLoop) -> asyncio.Queue[_Message]:
    """What the parent sends on ``inbox``, as a queue of the running loop; ``None`` at the end
    or when the parent is gone (its end of the pipe closed)."""
    feed: asyncio.Queue[_Message] = asyncio.Queue()

    def receive() -> bool:
        """Move what has arrived to ``feed``; False once the stream has ended."""
        try:
            while inbox.poll():
                message: _Message = inbox.recv()
                feed.put_nowait(message)
                if message is None:
                    return False
        except (EOFError, OSError):
            feed.put_nowait(None)
            return False
        return True

    def readable() -> None:
        if not receive():
            loop.remove_reader(inbox.fileno())

    try:  # read when the pipe is readable: no thread, no hop per article
        loop.add_reader(inbox.fileno(), readable)
    except NotImplementedError:  # an event loop that cannot watch pipes (Windows)

        def pump() -> None:
            while True:
                try:
                    message: _Message = inbox.recv()
                except (EOFError, OSError):
                    message = None
                loop.call_soon_threadsafe(feed.put_nowait, message)
                if message is None:
                    return

        threading.Thread(target=pump, name="newsbrief-inbox", daemon=True).start()
    return feed


def _worker_main(
    spec: dict[str, Any],
    environment: dict[str, str],
    inbox: Connection,
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
    summarizer = Summarizer(**spec)

    async def main() -> None:
        feed = _feed_from(inbox, asyncio.get_running_loop())
        await _serve(summarizer, feed, outbox.put, concurrency, requests_per_minute,
                     tokens_per_minute)  # fmt: skip

    asyncio.run(main())
    outbox.close()
    outbox.join_thread()  # every result is flushed before the process exits


@dataclass
class _Worker:
    send: Callable[[_Message], None]
    process: BaseProcess | None  # None: the worker in this process
    concurrency: int
    pipe: Connection | None = None  # the parent's end of a worker process's inbox
    held: set[int] = field(default_factory=set)

    def alive(self) -> bool:
        return self.process is None or self.process.is_alive()


class _LocalWorker:
    """The worker in the calling process: an event loop in a thread."""

    def __init__(self, summarizer: Summarizer, put: Callable[[tuple[int, BatchResult]], None],
                 concurrency: int, rpm: float | None, tpm: float | None) -> None:  # fmt: skip
        ready = threading.Event()
        self._task: asyncio.Task[None] | None = None

        async def run() -> None:
            self._loop = asyncio.get_running_loop()
            self._feed: asyncio.Queue[_Message] = asyncio.Queue()
            self._task = asyncio.current_task()
            ready.set()
            with contextlib.suppress(asyncio.CancelledError):  # stop(wait=False)
                await _serve(summarizer, self._feed, put, concurrency, rpm, tpm)

        self.thread = threading.Thread(
            target=lambda: asyncio.run(run()), name="newsbrief-local-worker", daemon=True
        )
        self.thread.start()
        ready.wait()

    def send(self, message: _Message) -> None:
        self._loop.call_soon_threadsafe(self._feed.put_nowait, message)

    def stop(self, wait: bool) -> None:
        with contextlib.suppress(RuntimeError):  # the loop has already closed
            self.send(None)
            if not wait and self._task is not None:
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
        inbox, pipe = context.Pipe(duplex=False)
        process = context.Process(
            target=_worker_main,
            args=(spec, environment, inbox, outbox, share, rpm, tpm),
            name="newsbrief-worker",
            daemon=True,
        )
        process.start()
        inbox.close()  # the worker's end; closing ours lets it see the end when we close pipe

        def send(message: _Message) -> None:
            with contextlib.suppress(OSError):  # a dead worker: reap() deals with it
                pipe.send(message)

        return _Worker(send, process, share, pipe)

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
            if worker.pipe is not None:
                worker.pipe.close()
            if replacements > 0:
                replacements -= 1
                workers.append(start_process(worker.concurrency))

    local = _LocalWorker(summarizer, results.put, shares[0], rpm, tpm)
    workers.append(_Worker(local.send, None, shares[0]))
    try:
        drainer.start()
        workers.extend(start_process(share) for share in shares[1:])
        while True:
            reap()  # a dead worker's articles fail now, and no more are sent to it
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
                worker.send((str(index), text))
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
                    continue
                if index not in ids:  # its worker was found dead first: already failed
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
            if worker.process is None or worker.pipe is None:
                continue
            worker.send(None)
            worker.pipe.close()
            if finished:
                worker.process.join(timeout=5)
            if worker.process.is_alive():
                worker.process.terminate()  # stopped early: what it holds is abandoned
                worker.process.join(timeout=5)
        with contextlib.suppress(Exception):
            outbox.put(None)  # ends the drainer
        drainer.join(timeout=5)
        outbox.close()
        bar.close()
