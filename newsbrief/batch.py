"""Many articles: bounded concurrency, rate limits, per-article results, progress.

:func:`summarize_many` and :func:`asummarize_many` take any iterable of texts or ``(id, text)``
pairs and yield one :class:`BatchResult` per article. A failure on one article becomes that
article's result (``result.error``), never an exception that stops the batch.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import queue
import sys
import threading
import time
from collections.abc import AsyncIterable, AsyncIterator, Iterable, Iterator, Mapping, Sized
from concurrent.futures import ThreadPoolExecutor
from typing import Any

from aiolimiter import AsyncLimiter
from pydantic import BaseModel, ConfigDict, Field
from rich.console import Console
from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

from newsbrief import errors
from newsbrief.chunking import estimate_tokens
from newsbrief.models import Brief, Usage
from newsbrief.providers.base import RequestSlots, loop_ended_by_newsbrief, request_slots
from newsbrief.redaction import redact
from newsbrief.summarizer import PROMPT_RESERVE_TOKENS, Summarizer
from newsbrief.web import WebArticle

__all__ = [
    "DEFAULT_CONCURRENCY",
    "ArticleInput",
    "BatchError",
    "BatchResult",
    "Item",
    "asummarize_many",
    "parse_item",
    "summarize_many",
]


class BatchError(BaseModel):
    """Why one article of a batch has no brief.

    Attributes:
        type: The newsbrief error class, e.g. ``"RateLimitError"`` (``"UnexpectedError"`` for
            anything else, which would be a bug worth reporting).
        message: What happened and what to do next.
        attempts: HTTP calls made for the article.
        usage: Tokens spent on it before it failed.
        retryable: Whether running it again may succeed (provider faults, deadlines).
    """

    model_config = ConfigDict(extra="forbid")

    type: str
    message: str
    attempts: int = 0
    usage: Usage = Field(default_factory=Usage)
    retryable: bool = False

    @classmethod
    def from_exception(cls, exc: BaseException) -> BatchError:
        """The error result for an exception raised while summarizing one article."""
        if isinstance(exc, errors.NewsbriefError):
            retryable = isinstance(
                exc,
                (
                    errors.RateLimitError,
                    errors.ProviderUnavailableError,
                    errors.DeadlineExceededError,
                ),
            )
            return cls(
                type=type(exc).__name__,
                message=exc.message,
                attempts=exc.attempts,
                usage=exc.usage.model_copy(deep=True) if exc.usage is not None else Usage(),
                retryable=retryable,
            )
        return cls(type="UnexpectedError", message=redact(f"{type(exc).__name__}: {exc}"))


class BatchResult(BaseModel):
    """The outcome for one article of a batch: a brief or an error, with the article's id.

    Attributes:
        id: The id given with the article, or its position in the input (``"0"``, ``"1"``...).
        brief: The brief, when the article succeeded.
        error: Why it failed, otherwise.
    """

    model_config = ConfigDict(extra="forbid")

    id: str
    brief: Brief | None = None
    error: BatchError | None = None

    @property
    def ok(self) -> bool:
        """Whether the article got a brief."""
        return self.brief is not None

    def to_json_line(self) -> str:
        """One JSON line (no trailing newline), as ``newsbrief batch`` writes it."""
        return self.model_dump_json(exclude_none=True)


# ---- running many articles ------------------------------------------------------------------

ArticleInput = str | bytes | WebArticle
"""One article: its text (str, UTF-8 bytes or a page's HTML) or a
:class:`~newsbrief.web.WebArticle`."""
Item = ArticleInput | tuple[str, ArticleInput | errors.InputError] | Mapping[str, Any]
"""An input item: a text (its id is its position), an ``(id, text)`` pair, or a mapping with
``"id"`` and ``"text"`` keys. A reader that cannot parse a record yields ``(id, InputError(...))``
and the record becomes that id's error result."""

_MINUTE = 60.0  # the rate limits' period; tests shorten it

DEFAULT_CONCURRENCY = 8
"""Requests in flight at once: what hosted APIs' default rate limits comfortably take."""


def parse_item(position: int, item: object) -> tuple[str, ArticleInput]:
    """The ``(id, text)`` of one input item (its id is its position when it has none).

    Raises:
        InputError: The item is not a text, an ``(id, text)`` pair or a mapping with ``"text"``.
    """
    if isinstance(item, (str, bytes, WebArticle)):
        return str(position), item
    if isinstance(item, Mapping):
        if "text" not in item:
            raise errors.InputError(f"item {position} has no 'text' key")
        return str(item.get("id", position)), item["text"]
    if isinstance(item, tuple) and len(item) == 2:
        if isinstance(item[1], errors.InputError):  # a reader's own report on a bad record
            raise _BadItem(str(item[0]), item[1])
        return str(item[0]), item[1]
    raise errors.InputError(
        f"item {position} is a {type(item).__name__}; give a text, an (id, text) pair or a "
        "mapping with 'id' and 'text'."
    )


def _as_text(article: ArticleInput) -> str:
    if isinstance(article, WebArticle):
        return article.text
    return article if isinstance(article, str) else article.decode("utf-8", "replace")


class _BadItem(Exception):
    def __init__(self, item_id: str, error: errors.InputError) -> None:
        super().__init__(str(error))
        self.item_id = item_id
        self.error = error


class _Progress:
    """A rich progress bar on stderr: done/total, rate, ETA, failures and tokens spent."""

    def __init__(self, enabled: bool | None, total: int | None, model: str) -> None:
        self.enabled = sys.stderr.isatty() if enabled is None else enabled
        self.failed = 0
        self.tokens = 0
        self.cached = 0
        self._bar: Progress | None = None
        if self.enabled:
            self._bar = Progress(
                TextColumn("[bold]{task.description}"),
                BarColumn(),
                MofNCompleteColumn(),
                TextColumn("{task.fields[rate]}"),
                TimeRemainingColumn(),
                TextColumn("{task.fields[status]}"),
                console=Console(stderr=True),
                transient=False,
            )
            self._task = self._bar.add_task(model, total=total, rate="", status="", start=True)
            self._bar.start()
            self._started = time.monotonic()
            self._done = 0

    def advance(self, result: BatchResult) -> None:
        if result.error is not None:
            self.failed += 1
            self.tokens += result.error.usage.total_tokens
        elif result.brief is not None:
            self.tokens += result.brief.metadata.usage.total_tokens
            self.cached += result.brief.metadata.cache_hit
        if self._bar is not None:
            self._done += 1
            per_minute = self._done / max(time.monotonic() - self._started, 1e-9) * 60
            self._bar.update(
                self._task,
                advance=1,
                rate=f"{per_minute:,.0f}/min",
                status=f"failed {self.failed} · cached {self.cached} · {self.tokens:,} tokens",
            )

    def close(self) -> None:
        if self._bar is not None:
            self._bar.stop()


def _check_limits(
    concurrency: int, requests_per_minute: float | None, tokens_per_minute: float | None
) -> None:
    if concurrency < 1:
        raise errors.ConfigurationError("concurrency must be at least 1.")
    for name, limit in (("requests_per_minute", requests_per_minute),
                        ("tokens_per_minute", tokens_per_minute)):  # fmt: skip
        if limit is not None and limit <= 0:
            raise errors.ConfigurationError(f"{name} must be positive.")


async def _aiter(items: Iterable[Any] | AsyncIterable[Any]) -> AsyncIterator[Any]:
    if isinstance(items, AsyncIterable):
        async for item in items:
            yield item
    else:
        for item in items:
            yield item


async def asummarize_many(
    items: Iterable[Item] | AsyncIterable[Item],
    *,
    summarizer: Summarizer | None = None,
    concurrency: int = DEFAULT_CONCURRENCY,
    requests_per_minute: float | None = None,
    tokens_per_minute: float | None = None,
    ordered: bool = False,
    progress: bool | None = None,
    **options: Any,
) -> AsyncIterator[BatchResult]:
    """Brief many articles concurrently; yield one :class:`BatchResult` per article.

    Input is read lazily and at most about ``2 * concurrency`` articles and results are held at
    once, so a corpus of any size streams through in flat memory.

    Args:
        items: Texts, ``(id, text)`` pairs or ``{"id", "text"}`` mappings; any iterable or async
            iterable (a generator reading files works).
        summarizer: The :class:`~newsbrief.Summarizer` to use; else one is made from ``options``.
        concurrency: Requests to the model in flight at once (a backend may allow fewer: the
            embedded model runs one at a time). With OpenAI and OpenAI-compatible servers an
            article holds one only while its request is in flight, not while it is prepared,
            validated and grounded, so up to twice as many articles are in progress; with other
            backends it bounds the articles in progress.
        requests_per_minute: Start at most this many articles per minute.
        tokens_per_minute: Spend at most about this many prompt tokens per minute, estimated
            before each article as (article + prompt overhead) UTF-8 bytes / 3.
        ordered: Yield in input order (a slow article then holds back later results) instead
            of as they complete.
        progress: Show a progress bar on stderr; default: when stderr is a terminal.
        **options: :class:`~newsbrief.Summarizer` arguments, when ``summarizer`` is not given.

    Yields:
        One result per article: ``result.brief``, or ``result.error`` when it failed. Nothing
        an article does raises out of the batch.

    Raises:
        ConfigurationError: Bad options (before any article is read).
    """
    _check_limits(concurrency, requests_per_minute, tokens_per_minute)
    summarizer = summarizer if summarizer is not None else Summarizer(**options)
    async for result in _run_many(
        items,
        summarizer,
        concurrency,
        requests_per_minute,
        tokens_per_minute,
        ordered,
        progress,
        use_threads=summarizer.backend.make_async is None,
    ):
        yield result


async def _run_many(
    items: Iterable[Item] | AsyncIterable[Item],
    summarizer: Summarizer,
    concurrency: int,
    requests_per_minute: float | None,
    tokens_per_minute: float | None,
    ordered: bool,
    progress: bool | None,
    *,
    use_threads: bool,
) -> AsyncIterator[BatchResult]:
    limit = min(concurrency, summarizer.backend.max_concurrency or concurrency)
    slots = RequestSlots(limit, threads=use_threads) if summarizer.backend.bounds_requests else None
    # With request slots an article's own work (preparation, validation, grounding) does not
    # hold one: twice as many articles are in progress, so the requests in flight stay at the
    # limit while some articles are between requests.
    workers = 2 * limit if slots is not None else limit
    request_limiter = (
        AsyncLimiter(requests_per_minute, _MINUTE) if requests_per_minute is not None else None
    )
    token_limiter = (
        AsyncLimiter(tokens_per_minute, _MINUTE) if tokens_per_minute is not None else None
    )
    executor = ThreadPoolExecutor(workers, "newsbrief") if use_threads else None
    total = len(items) if isinstance(items, Sized) else None
    bar = _Progress(progress, total, summarizer.model)

    source = _aiter(items)
    source_lock = asyncio.Lock()
    window = asyncio.Semaphore(2 * limit)  # started but not yet yielded
    results: asyncio.Queue[tuple[int, BatchResult] | None] = asyncio.Queue()
    position = 0

    async def one(article_id: str, text: ArticleInput) -> BatchResult:
        try:
            if token_limiter is not None:
                need = PROMPT_RESERVE_TOKENS + estimate_tokens(_as_text(text))
                # a bucket cannot give more than its size: one huge article waits a full minute
                await token_limiter.acquire(min(need, token_limiter.max_rate))
            if request_limiter is not None:
                await request_limiter.acquire()
            if executor is not None:
                loop = asyncio.get_running_loop()
                # the thread sees this task's context, and so the request slots
                brief = await loop.run_in_executor(
                    executor, contextvars.copy_context().run, summarizer.summarize, text
                )
            else:
                brief = await summarizer.asummarize(text)
            return BatchResult(id=article_id, brief=brief)
        except Exception as exc:  # one article's failure is its own result
            return BatchResult(id=article_id, error=BatchError.from_exception(exc))

    async def worker() -> None:
        nonlocal position
        while True:
            await window.acquire()
            async with source_lock:
                try:
                    item = await source.__anext__()
                except StopAsyncIteration:
                    window.release()
                    return
                index = position
                position += 1
            try:
                article_id, text = parse_item(index, item)
            except (errors.InputError, _BadItem) as exc:
                failed = (
                    BatchResult(id=exc.item_id, error=BatchError.from_exception(exc.error))
                    if isinstance(exc, _BadItem)
                    else BatchResult(id=str(index), error=BatchError.from_exception(exc))
                )
                await results.put((index, failed))
                continue
            await results.put((index, await one(article_id, text)))

    async def run_workers() -> None:
        try:
            with request_slots(slots):  # the workers' tasks copy this context
                await asyncio.gather(*(worker() for _ in range(workers)))
        finally:
            await results.put(None)

    runner = asyncio.ensure_future(run_workers())
    pending: dict[int, BatchResult] = {}
    next_index = 0
    try:
        while True:
            entry = await results.get()
            if entry is None:
                break
            index, result = entry
            if not ordered:
                bar.advance(result)
                window.release()
                yield result
                continue
            pending[index] = result
            while next_index in pending:
                ready = pending.pop(next_index)
                next_index += 1
                bar.advance(ready)
                window.release()
                yield ready
        await runner  # surfaces an error in reading the input itself
    finally:
        runner.cancel()
        with contextlib.suppress(asyncio.CancelledError, Exception):
            await runner
        if slots is not None:
            slots.close()
        if executor is not None:
            executor.shutdown(wait=False, cancel_futures=True)
        bar.close()


def summarize_many(
    items: Iterable[Item],
    *,
    summarizer: Summarizer | None = None,
    concurrency: int = DEFAULT_CONCURRENCY,
    requests_per_minute: float | None = None,
    tokens_per_minute: float | None = None,
    ordered: bool = False,
    progress: bool | None = None,
    **options: Any,
) -> Iterator[BatchResult]:
    """Brief many articles concurrently from sync code; see :func:`asummarize_many`.

    The articles run on an event loop in a background thread; results come back through a
    small queue as they are ready, so the caller can write each one out and memory stays flat.
    Breaking out of the loop stops the batch.

    Args:
        items: As for :func:`asummarize_many` (any iterable; not async).
        summarizer: As for :func:`asummarize_many`.
        concurrency: As for :func:`asummarize_many`.
        requests_per_minute: As for :func:`asummarize_many`.
        tokens_per_minute: As for :func:`asummarize_many`.
        ordered: As for :func:`asummarize_many`.
        progress: As for :func:`asummarize_many`.
        **options: :class:`~newsbrief.Summarizer` arguments, when ``summarizer`` is not given.

    More than one process, or more than one machine: :mod:`newsbrief.ray`.

    Raises:
        ConfigurationError: Bad options.

    Example:
        >>> for result in newsbrief.summarize_many(texts, concurrency=16):  # doctest: +SKIP
        ...     print(result.id, result.brief.headline if result.ok else result.error.message)
    """
    _check_limits(concurrency, requests_per_minute, tokens_per_minute)
    if "processes" in options:
        raise errors.ConfigurationError(
            "summarize_many(processes=N) is gone: brief on several processes or machines with "
            "Ray Data (newsbrief.ray.brief_dataset, or newsbrief batch --engine ray)."
        )
    summarizer = summarizer if summarizer is not None else Summarizer(**options)
    handoff: queue.Queue[BatchResult | BaseException | None] = queue.Queue(maxsize=concurrency)
    stop = threading.Event()
    loop_ready = threading.Event()
    state: dict[str, Any] = {}

    # The OpenAI clients newsbrief builds run on this private loop, and are closed before it
    # ends (so a Summarizer serves batch after batch); anything else (a caller's client, other
    # providers, the embedded model) runs its sync calls in worker threads.
    backend = summarizer.backend
    on_loop = backend.owns_clients and backend.bounds_requests and backend.make_async is not None

    async def produce() -> None:
        with loop_ended_by_newsbrief():
            async for result in _run_many(
                items,
                summarizer,
                concurrency,
                requests_per_minute,
                tokens_per_minute,
                ordered,
                progress,
                use_threads=not on_loop,
            ):
                while not stop.is_set():  # never block the loop: requests are on it
                    try:
                        handoff.put_nowait(result)
                        break
                    except queue.Full:
                        await asyncio.sleep(0.005)
                if stop.is_set():
                    return

    async def pump() -> None:
        # A caller that stops early cancels `work` only: a cancel that landed in the close below
        # would leave the client's connections open and kill this thread with CancelledError.
        work = asyncio.ensure_future(produce())
        state["task"] = work
        loop_ready.set()
        try:
            await work
        except BaseException as exc:  # handed to the caller's thread
            handoff.put(exc)
            return
        finally:
            if on_loop:
                await backend.aclose_loop_client()
        handoff.put(None)

    def run() -> None:
        loop = asyncio.new_event_loop()
        state["loop"] = loop
        try:
            loop.run_until_complete(pump())
        finally:
            loop.close()

    thread = threading.Thread(target=run, name="newsbrief-batch", daemon=True)
    thread.start()
    try:
        while True:
            got = handoff.get()
            if got is None:
                return
            if isinstance(got, BaseException):
                raise got
            yield got
    finally:
        stop.set()
        loop_ready.wait(timeout=5)
        loop = state.get("loop")
        task = state.get("task")
        if loop is not None and task is not None and not loop.is_closed():
            with contextlib.suppress(RuntimeError):
                loop.call_soon_threadsafe(task.cancel)
        while thread.is_alive():
            with contextlib.suppress(queue.Empty):
                handoff.get_nowait()
            thread.join(timeout=0.05)
