"""Ray Data: brief an archive of any size on a Ray cluster, or on every core of one machine.

Install with ``pip install "newsbrief[ray]"``. The pieces, from the highest level down:

* :func:`brief_archive`: the job ``newsbrief batch INPUT --out OUT --engine ray`` runs: read a
  folder, a JSONL or a Parquet file with Ray Data's readers, skip the ids already in ``OUT``,
  brief the rest on an actor pool and write JSONL or Parquet as results arrive, so a killed run
  resumes where it stopped.
* :func:`brief_dataset`: ``Dataset`` of articles in, ``Dataset`` of results out (lazy, like
  every Ray Data transform): write it with ``write_parquet``/``write_json``, or join it back.
* :class:`BriefArticles`: the callable class behind it, for ``Dataset.map_batches`` with an
  actor pool. Each actor builds its :class:`~newsbrief.Summarizer` once, from plain options, and
  briefs through one :func:`~newsbrief.batch.asummarize_many` that every batch it is given
  feeds: an actor keeps ``concurrency`` requests in flight however Ray hands it batches.
* :func:`shared_limiter` and :class:`RateWindow`: one request and token budget for the whole
  cluster, held by a small Ray actor that every article asks before it starts.

Output columns (:data:`OUTPUT_SCHEMA`): ``id``, ``ok``, ``headline``, ``language``, ``claims``
(each claim with its source and evidence spans, flattened for queries), ``brief_json`` (the
whole :class:`~newsbrief.Brief`), ``error_type``, ``error_message``, ``retryable``,
``error_json``, ``attempts``, token counts, ``cache_hit`` and ``model``; one row per input row.

Fault tolerance is Ray's: an actor that dies is restarted (``max_restarts=-1``) and its
unfinished tasks are retried on it (``max_task_retries=-1``). A task's output rows are reported
only when its batch is done, and a retried task's outputs replace the lost ones rather than add
to them, so an article whose actor died is briefed again (with the brief cache on, for free when
it was finished before the death) but appears once in the output.

Example:
    >>> import ray
    >>> from newsbrief.ray import brief_dataset
    >>> articles = ray.data.read_parquet("s3://archive/articles/")  # doctest: +SKIP
    >>> briefs = brief_dataset(  # doctest: +SKIP
    ...     articles, model="openai/gpt-4.1-mini", num_actors=8, requests_per_minute=3_000
    ... )
    >>> briefs.write_parquet("s3://archive/briefs/")  # doctest: +SKIP
"""

from __future__ import annotations

import asyncio
import contextlib
import hashlib
import itertools
import json
import logging
import os
import pickle
import time
import uuid
import warnings
from collections import deque
from collections.abc import AsyncIterator, Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

try:
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq
    import ray
    import ray.data
except ImportError as exc:  # pragma: no cover - depends on what is installed
    raise ImportError(
        'newsbrief.ray needs Ray Data: pip install "newsbrief[ray]" (or "ray[data]").'
    ) from exc

from newsbrief import errors
from newsbrief.batch import (
    DEFAULT_CONCURRENCY,
    ArticleInput,
    BatchError,
    BatchResult,
    Item,
    asummarize_many,
    parse_item,
)
from newsbrief.chunking import estimate_tokens
from newsbrief.models import Brief, Claim
from newsbrief.summarizer import PROMPT_RESERVE_TOKENS, Summarizer

__all__ = [
    "ARTICLE_SUFFIXES",
    "DEFAULT_ACTOR_CPUS",
    "DEFAULT_BATCH_SIZE",
    "DEFAULT_NUM_ACTORS",
    "INPUT_ERROR_COLUMN",
    "OUTPUT_SCHEMA",
    "ArchiveSummary",
    "BriefArticles",
    "RateWindow",
    "articles_dataset",
    "brief_archive",
    "brief_dataset",
    "finished_ids",
    "read_articles",
    "result_from_row",
    "result_row",
    "shared_limiter",
]

DEFAULT_NUM_ACTORS = 2
"""Actors in the pool when none is asked for."""
DEFAULT_BATCH_SIZE = 16
"""Articles per batch handed to an actor: small enough that an actor that dies loses little
work, large enough that Ray's per-task cost is small beside one request."""
DEFAULT_ACTOR_CPUS = 0.5
"""CPUs Ray reserves per actor. An actor mostly waits on the model; a whole CPU each would let
the actors take every CPU of a small machine and leave none for Ray Data's read tasks."""
ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
"""Files read as articles from a folder (as ``newsbrief batch`` does)."""
INPUT_ERROR_COLUMN = "input_error"
"""A row whose input column holds a message here becomes that article's ``InputError`` row
(:func:`articles_dataset` sets it for items it could not take)."""

_EVIDENCE = pa.struct(
    [
        ("quote", pa.string()),
        ("start", pa.int64()),
        ("end", pa.int64()),
        ("status", pa.string()),
    ]
)
_CLAIM = pa.struct(
    [
        ("statement", pa.string()),
        ("source", pa.string()),
        ("source_kind", pa.string()),
        ("actor_id", pa.string()),
        ("actor_name", pa.string()),
        ("attribution", pa.string()),
        ("evidence", pa.list_(_EVIDENCE)),
    ]
)
OUTPUT_SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("ok", pa.bool_()),
        ("headline", pa.string()),
        ("language", pa.string()),
        ("claims", pa.list_(_CLAIM)),
        ("brief_json", pa.string()),
        ("error_type", pa.string()),
        ("error_message", pa.string()),
        ("retryable", pa.bool_()),
        ("error_json", pa.string()),
        ("attempts", pa.int64()),
        ("prompt_tokens", pa.int64()),
        ("completion_tokens", pa.int64()),
        ("total_tokens", pa.int64()),
        ("cache_hit", pa.bool_()),
        ("model", pa.string()),
    ]
)
"""The columns of a briefed dataset, one row per article (``brief_json``/``error_json`` hold the
whole :class:`~newsbrief.Brief` or :class:`~newsbrief.batch.BatchError`)."""


# ---- rows -----------------------------------------------------------------------------------


def _claim_row(claim: Claim, names: Mapping[str, str]) -> dict[str, Any]:
    actor_id = claim.source.actor_id
    return {
        "statement": claim.statement,
        "source": claim.source.description,
        "source_kind": claim.source.kind.value,
        "actor_id": actor_id,
        "actor_name": names.get(actor_id) if actor_id else None,
        "attribution": claim.attribution.value,
        "evidence": [
            {"quote": e.quote, "start": e.start, "end": e.end, "status": e.status}
            for e in claim.evidence
        ],
    }


def result_row(result: BatchResult, model: str | None = None) -> dict[str, Any]:
    """One row of :data:`OUTPUT_SCHEMA` for ``result`` (``model``: for an error row)."""
    brief, error = result.brief, result.error
    row: dict[str, Any] = {"id": result.id, "ok": brief is not None, "model": model}
    if brief is not None:
        names = {actor.id: actor.name for actor in brief.key_actors}
        usage = brief.metadata.usage
        row.update(
            headline=brief.headline,
            language=brief.language,
            claims=[_claim_row(claim, names) for claim in brief.claims],
            brief_json=brief.model_dump_json(),
            retryable=False,
            attempts=brief.metadata.attempts,
            cache_hit=brief.metadata.cache_hit,
            model=brief.metadata.model,
        )
    else:
        failure = error if error is not None else BatchError(type="UnexpectedError", message="")
        usage = failure.usage
        row.update(
            claims=[],
            error_type=failure.type,
            error_message=failure.message,
            retryable=failure.retryable,
            error_json=failure.model_dump_json(),
            attempts=failure.attempts,
            cache_hit=False,
        )
    row.update(
        prompt_tokens=usage.prompt_tokens,
        completion_tokens=usage.completion_tokens,
        total_tokens=usage.total_tokens,
    )
    return row


def result_from_row(row: Mapping[str, Any]) -> BatchResult:
    """The :class:`~newsbrief.BatchResult` a row of :data:`OUTPUT_SCHEMA` holds."""
    brief_json, error_json = row.get("brief_json"), row.get("error_json")
    return BatchResult(
        id=str(row["id"]),
        brief=Brief.model_validate_json(brief_json) if brief_json else None,
        error=BatchError.model_validate_json(error_json) if error_json else None,
    )


# ---- the shared budget ----------------------------------------------------------------------


class RateWindow:
    """At most ``requests_per_minute`` article starts and about ``tokens_per_minute`` prompt
    tokens in any window of ``period`` seconds: the budget behind :func:`shared_limiter`.

    A start is admitted when the starts (and estimated tokens) admitted in the last
    ``period + margin`` seconds leave room for it; otherwise it waits, first come first served,
    until the oldest ones leave the window. The margin covers the time between admission and
    the request reaching the provider (preparing the article, the network), which differs from
    one article to the next: without it two starts admitted exactly ``period`` apart could
    arrive less than ``period`` apart, and the provider would count one too many.

    Like ``summarize_many``'s limits, a start is one article (its first request); re-asks and
    transport retries of that article are not counted again.

    Args:
        requests_per_minute: Starts allowed per ``period``; ``None`` for no bound.
        tokens_per_minute: Estimated prompt tokens allowed per ``period`` (an article asks
            for (article + prompt overhead) UTF-8 bytes / 3, at most the whole budget);
            ``None`` for no bound.
        period: The window in seconds (60: "per minute").
        margin: Seconds added to the window (see above).
        clock: Seconds from a monotonic clock (for tests).
    """

    def __init__(
        self,
        requests_per_minute: float | None = None,
        tokens_per_minute: float | None = None,
        *,
        period: float = 60.0,
        margin: float = 1.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        for name, limit in (("requests_per_minute", requests_per_minute),
                            ("tokens_per_minute", tokens_per_minute)):  # fmt: skip
            if limit is not None and limit <= 0:
                raise errors.ConfigurationError(f"{name} must be positive.")
        if period <= 0 or margin < 0:
            raise errors.ConfigurationError("period must be positive and margin not negative.")
        self.requests = int(requests_per_minute) if requests_per_minute is not None else None
        if self.requests is not None and self.requests < 1:
            raise errors.ConfigurationError("requests_per_minute must be at least 1.")
        self.tokens = int(tokens_per_minute) if tokens_per_minute is not None else None
        self.window = period + margin
        self._clock = clock
        self._admitted: deque[tuple[float, int]] = deque()
        self._spent = 0
        self._lock: asyncio.Lock | None = None
        self.admitted = 0

    def _expire(self, now: float) -> None:
        while self._admitted and self._admitted[0][0] <= now - self.window:
            self._spent -= self._admitted.popleft()[1]

    def delay(self, tokens: int = 0) -> float:
        """Seconds to wait before a start of ``tokens`` may be admitted (0: now)."""
        now = self._clock()
        self._expire(now)
        wait = 0.0
        if self.requests is not None and len(self._admitted) >= self.requests:
            oldest = self._admitted[len(self._admitted) - self.requests][0]
            wait = oldest + self.window - now
        if self.tokens is not None:
            need = min(tokens, self.tokens)
            excess = self._spent + need - self.tokens
            for at, spent in self._admitted:
                if excess <= 0:
                    break
                excess -= spent
                wait = max(wait, at + self.window - now)
        return max(wait, 0.0)

    def admit(self, tokens: int = 0) -> None:
        """Count a start of ``tokens`` now (after :meth:`delay` said 0)."""
        need = min(tokens, self.tokens) if self.tokens is not None else 0
        self._admitted.append((self._clock(), need))
        self._spent += need
        self.admitted += 1

    async def acquire(self, tokens: int = 0) -> float:
        """Wait until a start of ``tokens`` estimated prompt tokens fits the budget; count it.

        Returns:
            Seconds waited.
        """
        if self._lock is None:
            self._lock = asyncio.Lock()
        started = self._clock()
        async with self._lock:  # first come, first served
            while (wait := self.delay(tokens)) > 0:
                await asyncio.sleep(wait)
            self.admit(tokens)
        return self._clock() - started

    def stats(self) -> dict[str, float]:
        """Starts admitted so far and the window in seconds."""
        return {"admitted": self.admitted, "window": self.window}


def shared_limiter(
    requests_per_minute: float | None = None,
    tokens_per_minute: float | None = None,
    *,
    period: float = 60.0,
    margin: float = 1.0,
    name: str | None = None,
) -> Any:
    """A :class:`RateWindow` in a Ray actor: one budget for every actor that is given it.

    :func:`brief_dataset` makes one from its ``requests_per_minute``/``tokens_per_minute``; make
    one yourself to share a budget (one API key's limits) between several datasets or jobs:
    with ``name``, a job that finds a limiter of that name on the cluster uses it.

    The actor takes no CPU, is restarted if it dies (its window then starts empty, so the
    minute of the restart may see up to twice the budget) and costs each article one call to
    it, about a millisecond on one machine.

    Returns:
        The actor handle, to pass as ``brief_dataset(..., limiter=...)``.
    """
    RateWindow(requests_per_minute, tokens_per_minute, period=period, margin=margin)  # checks
    actor = ray.remote(num_cpus=0, max_restarts=-1, max_task_retries=-1)(RateWindow)
    if name is not None:
        actor = actor.options(name=name, get_if_exists=True, lifetime="detached")
    return actor.remote(requests_per_minute, tokens_per_minute, period=period, margin=margin)


def _tokens_of(text: object) -> int:
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return PROMPT_RESERVE_TOKENS + (estimate_tokens(text) if isinstance(text, str) else 0)


_WARM_UP_TEXT = "The council met on Monday. It approved the budget."

# ---- the actor ------------------------------------------------------------------------------


class _Pipeline:
    """One ``asummarize_many`` per actor, fed by every batch the actor is running: its requests
    in flight stay at ``concurrency`` however many batches Ray gives it at once."""

    def __init__(self, summarizer: Summarizer, concurrency: int, limiter: Any) -> None:
        self._summarizer = summarizer
        self._concurrency = concurrency
        self._limiter = limiter
        self._queue: asyncio.Queue[tuple[str, ArticleInput]] = asyncio.Queue()
        self._waiting: dict[str, asyncio.Future[BatchResult]] = {}
        self._keys = itertools.count()
        # With a budget, an actor has at most `concurrency` articles in progress, so an article
        # admitted by the limiter never then waits for a request slot: it is sent at once, and
        # the provider's count of a minute is the limiter's.
        self._gate = asyncio.Semaphore(concurrency) if limiter is not None else None
        self._loop = asyncio.get_running_loop()
        self._runner = asyncio.ensure_future(self._run())

    async def brief(self, texts: list[ArticleInput]) -> list[BatchResult]:
        if self._runner.done():  # it stopped: say why
            self._runner.result()
            raise RuntimeError("newsbrief's briefing loop in this actor has stopped.")
        loop = asyncio.get_running_loop()
        futures = []
        for text in texts:
            key = str(next(self._keys))
            self._waiting[key] = future = loop.create_future()
            futures.append(future)
            self._queue.put_nowait((key, text))
        return list(await asyncio.gather(*futures))

    def close(self, timeout: float = 10.0) -> None:
        """Stop the loop's briefing and close the HTTP client it opened (from another thread:
        Ray calls this when the actor exits)."""

        async def stop() -> None:
            self._runner.cancel()
            with contextlib.suppress(BaseException):
                await self._runner
            await self._summarizer.backend.aclose_loop_client()

        if self._loop.is_closed() or not self._loop.is_running():
            return
        asyncio.run_coroutine_threadsafe(stop(), self._loop).result(timeout)

    async def _feed(self) -> AsyncIterator[tuple[str, ArticleInput]]:
        while True:
            key, text = await self._queue.get()
            if self._gate is not None:
                await self._gate.acquire()
                await self._limiter.acquire.remote(_tokens_of(text))
            yield key, text

    def _warm_up(self) -> None:
        """Pay the first article's one-time costs (the client, the prompt and schema) before
        any article is admitted by the limiter: counted at its start, an article whose request
        then left a second later would let the provider see more than the budget in a minute.
        """
        with contextlib.suppress(errors.NewsbriefError):
            self._summarizer.build_request(_WARM_UP_TEXT)
        if self._summarizer.backend.make_async is not None:
            self._summarizer.backend.async_client()  # this loop's client

    async def _run(self) -> None:
        try:
            self._warm_up()
            async for result in asummarize_many(
                self._feed(),
                summarizer=self._summarizer,
                concurrency=self._concurrency,
                progress=False,
            ):
                if self._gate is not None:
                    self._gate.release()
                future = self._waiting.pop(result.id, None)
                if future is not None and not future.done():
                    future.set_result(result)
        except BaseException as exc:  # fail every batch waiting on it, not hang them
            for future in self._waiting.values():
                if not future.done():
                    future.set_exception(RuntimeError(f"newsbrief's briefing loop failed: {exc!r}"))
            raise


class BriefArticles:
    """Briefs a batch of articles: the callable class for ``Dataset.map_batches``.

    Ray builds one per actor. Use it through :func:`brief_dataset`, or directly::

        ds.map_batches(
            BriefArticles,
            fn_constructor_kwargs={"options": {"model": "openai/gpt-4.1-mini"}},
            batch_format="pyarrow",
            batch_size=16,
            compute=ray.data.ActorPoolStrategy(size=4, max_concurrent_calls_per_actor=2),
            num_cpus=0.5,
        )

    Each input row gives one output row of :data:`OUTPUT_SCHEMA`, in the batch's order. A row
    whose text is empty, not a str or bytes, or marked in :data:`INPUT_ERROR_COLUMN` becomes an
    error row (``error_type`` ``InputError``) and reaches no model.

    Args:
        options: :class:`~newsbrief.Summarizer` arguments, plain values (a model string, a
            ``base_url``, a cache directory...): the actor builds its summarizer from them.
        text_column: The column holding each article (str, or UTF-8 bytes).
        id_column: The column holding each article's id (turned into a str).
        concurrency: Requests to the model in flight at once in this actor.
        limiter: A :func:`shared_limiter` handle every article asks before it starts.
    """

    def __init__(
        self,
        options: Mapping[str, Any] | None = None,
        *,
        text_column: str = "text",
        id_column: str = "id",
        concurrency: int = DEFAULT_CONCURRENCY,
        limiter: Any = None,
    ) -> None:
        if concurrency < 1:
            raise errors.ConfigurationError("concurrency must be at least 1.")
        self.summarizer = Summarizer(**dict(options or {}))
        self.text_column = text_column
        self.id_column = id_column
        self.concurrency = concurrency
        self.limiter = limiter
        self._pipeline: _Pipeline | None = None

    async def __call__(self, batch: Any) -> Any:
        """Brief one batch (a ``pyarrow.Table``); returns a table of :data:`OUTPUT_SCHEMA`."""
        table = batch if isinstance(batch, pa.Table) else pa.Table.from_pydict(dict(batch))
        for column in (self.id_column, self.text_column):
            if column not in table.column_names:
                raise errors.ConfigurationError(
                    f"The dataset has no {column!r} column (it has "
                    f"{', '.join(table.column_names)}); name yours with text_column= and "
                    "id_column=."
                )
        ids = table.column(self.id_column).to_pylist()
        texts = table.column(self.text_column).to_pylist()
        problems = (
            table.column(INPUT_ERROR_COLUMN).to_pylist()
            if INPUT_ERROR_COLUMN in table.column_names
            else [None] * len(ids)
        )
        results: list[BatchResult | None] = [None] * len(ids)
        todo: list[tuple[int, str, ArticleInput]] = []
        for index, (raw_id, text, problem) in enumerate(zip(ids, texts, problems)):
            article_id = "" if raw_id is None else str(raw_id)
            if problem is None and not isinstance(text, (str, bytes)):
                problem = (
                    f"The {self.text_column!r} of {article_id!r} is "
                    f"{'missing' if text is None else 'a ' + type(text).__name__}; an article "
                    "is a str or UTF-8 bytes."
                )
            if problem is not None:
                error = BatchError.from_exception(errors.InputError(str(problem)))
                results[index] = BatchResult(id=article_id, error=error)
            else:
                assert isinstance(text, (str, bytes))
                todo.append((index, article_id, text))
        if todo:
            if self._pipeline is None:  # on the event loop Ray runs this actor's batches on
                self._pipeline = _Pipeline(self.summarizer, self.concurrency, self.limiter)
            briefed = await self._pipeline.brief([text for _, _, text in todo])
            for (index, article_id, _), result in zip(todo, briefed):
                results[index] = result.model_copy(update={"id": article_id})
        rows = [result_row(r, self.summarizer.model) for r in results if r is not None]
        return pa.Table.from_pylist(rows, schema=OUTPUT_SCHEMA)

    def __del__(self) -> None:
        # Ray drops the instance when the pool lets an actor go: finish cleanly, so that no
        # pending task or open connection is reported as the process exits.
        pipeline = getattr(self, "_pipeline", None)
        if pipeline is not None:
            with contextlib.suppress(Exception):
                pipeline.close()


# ---- datasets -------------------------------------------------------------------------------


def _check_options(options: Mapping[str, Any]) -> None:
    if "client" in options or "summarizer" in options:
        raise errors.ConfigurationError(
            "A client or summarizer cannot be shipped to Ray actors: give plain options "
            "(model=, base_url=, api_key=...) and each actor builds its own."
        )
    try:
        pickle.dumps(dict(options))
    except Exception as exc:
        raise errors.ConfigurationError(
            f"Summarizer options for Ray actors must be plain values; one cannot be sent "
            f"({type(exc).__name__}: {exc}). Give a model string, not a model object."
        ) from exc
    Summarizer(**options)  # bad options fail here, before any actor starts


def _warn_if_no_cpu_is_left(num_actors: int, num_cpus: float) -> None:
    """Actors that reserve every CPU leave none for Ray Data's own tasks (reading, cutting
    blocks), which then never run: the job waits forever. Checked against the cluster as it is
    now (a cluster that autoscales may grow: hence a warning, not an error)."""
    if not ray.is_initialized():
        return
    total = ray.cluster_resources().get("CPU", 0)  # type: ignore[no-untyped-call,unused-ignore]
    if total and num_actors * num_cpus > total - 1:
        warnings.warn(
            f"{num_actors} actors x {num_cpus} CPUs leave less than one of the cluster's "
            f"{total:g} CPUs to Ray Data's read tasks: the run may wait forever. Give fewer "
            "actors or a smaller num_cpus (unless the cluster autoscales).",
            RuntimeWarning,
            stacklevel=3,
        )


def brief_dataset(
    ds: ray.data.Dataset,
    *,
    text_column: str = "text",
    id_column: str = "id",
    num_actors: int = DEFAULT_NUM_ACTORS,
    concurrency: int = DEFAULT_CONCURRENCY,
    requests_per_minute: float | None = None,
    tokens_per_minute: float | None = None,
    limiter: Any = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    num_cpus: float = DEFAULT_ACTOR_CPUS,
    **options: Any,
) -> ray.data.Dataset:
    """Brief every article of a Ray ``Dataset`` on a pool of actors; lazy, like any transform.

    Args:
        ds: One row per article, with an id and a text column.
        text_column: The column holding each article (str, or UTF-8 bytes).
        id_column: The column holding each article's id.
        num_actors: Actors in the pool (each one process with one summarizer).
        concurrency: Requests in flight at once per actor (the cluster runs up to
            ``num_actors * concurrency``).
        requests_per_minute: Articles started per minute by all actors together, held by a
            :func:`shared_limiter` made for this dataset. Under a budget an actor holds at most
            ``concurrency`` articles in progress, so that an admitted article is sent at once.
        tokens_per_minute: Estimated prompt tokens per minute for all actors together.
        limiter: A :func:`shared_limiter` to use instead (to share one budget between jobs).
        batch_size: Articles per batch handed to an actor.
        num_cpus: CPUs Ray reserves per actor (``DEFAULT_ACTOR_CPUS``). Leave at least one
            CPU of the cluster to Ray Data's own tasks, or they never run (a warning says so).
            For the embedded model, a node's cores less one: one actor per node (of 3 cores
            or more).
        **options: :class:`~newsbrief.Summarizer` arguments, plain values: ``model``,
            ``base_url``, ``language``, ``timeout``, ``cache`` (a directory on each node)...

    Returns:
        A ``Dataset`` of :data:`OUTPUT_SCHEMA` rows, one per input row (in no set order).

    Raises:
        ConfigurationError: Bad options or limits, or a column the dataset does not have (when
            its schema is known without running it), before any actor starts.
    """
    if num_actors < 1 or concurrency < 1 or batch_size < 1:
        raise errors.ConfigurationError(
            "num_actors, concurrency and batch_size must be at least 1."
        )
    if num_cpus < 0:
        raise errors.ConfigurationError("num_cpus cannot be negative.")
    if limiter is not None and (requests_per_minute or tokens_per_minute):
        raise errors.ConfigurationError(
            "Give either limiter= or requests_per_minute/tokens_per_minute, not both."
        )
    RateWindow(requests_per_minute, tokens_per_minute)  # checks the limits
    _check_options(options)
    columns = ds.columns(fetch_if_missing=False)
    if columns is not None:
        missing = [c for c in (id_column, text_column) if c not in columns]
        if missing:
            raise errors.ConfigurationError(
                f"The dataset has no {', '.join(map(repr, missing))} column (it has "
                f"{', '.join(columns)}); name yours with text_column= and id_column=."
            )
    _warn_if_no_cpu_is_left(num_actors, num_cpus)
    if limiter is None and (requests_per_minute or tokens_per_minute):
        limiter = shared_limiter(requests_per_minute, tokens_per_minute)
    # Enough batches per actor that its requests stay in flight while one batch finishes.
    calls = max(2, -(-2 * concurrency // batch_size) + 1)
    # Blocks of one batch each, so that any actor can take any batch: a reader gives one large
    # block per file, which would otherwise go whole to one actor.
    ds = ds.repartition(target_num_rows_per_block=batch_size)
    return ds.map_batches(
        BriefArticles,
        fn_constructor_kwargs={
            "options": dict(options),
            "text_column": text_column,
            "id_column": id_column,
            "concurrency": concurrency,
            "limiter": limiter,
        },
        batch_size=batch_size,
        batch_format="pyarrow",
        compute=ray.data.ActorPoolStrategy(size=num_actors, max_concurrent_calls_per_actor=calls),
        num_cpus=num_cpus,
        udf_modifying_row_count=False,
    )


def articles_dataset(items: Iterable[Item]) -> ray.data.Dataset:
    """A ``Dataset`` of ``id``/``text`` rows from the items ``summarize_many`` takes.

    Texts, ``(id, text)`` pairs and ``{"id", "text"}`` mappings, read on the driver: an item
    that is none of these, or whose text is not a str or bytes (a number, an object that cannot
    be serialised), becomes a row marked in :data:`INPUT_ERROR_COLUMN`, that article's error
    row once briefed, instead of failing the dataset.

    The whole list is held on the driver: for a large corpus, read it with Ray Data's readers
    (:func:`read_articles`).
    """
    rows: list[dict[str, Any]] = []
    for position, item in enumerate(items):
        try:
            article_id, text = parse_item(position, item)
        except errors.InputError as exc:
            rows.append({"id": str(position), "text": None, INPUT_ERROR_COLUMN: exc.message})
            continue
        except Exception as exc:  # a reader's own report on a bad record
            rows.append({"id": str(position), "text": None, INPUT_ERROR_COLUMN: str(exc)})
            continue
        if not isinstance(text, (str, bytes)):
            problem = f"The text of {article_id!r} is a {type(text).__name__}, not str or bytes."
            rows.append({"id": article_id, "text": None, INPUT_ERROR_COLUMN: problem})
        else:
            rows.append({"id": article_id, "text": text, INPUT_ERROR_COLUMN: None})
    if any(isinstance(row["text"], bytes) for row in rows):
        # One Arrow type per column: str becomes UTF-8 bytes, which briefs to the same text
        # and offsets (only the cache key differs).
        for row in rows:
            if isinstance(row["text"], str):
                row["text"] = row["text"].encode("utf-8")
    schema_text = pa.binary() if any(isinstance(r["text"], bytes) for r in rows) else pa.string()
    table = pa.table(
        {
            "id": pa.array([r["id"] for r in rows], pa.string()),
            "text": pa.array([r["text"] for r in rows], schema_text),
            INPUT_ERROR_COLUMN: pa.array([r[INPUT_ERROR_COLUMN] for r in rows], pa.string()),
        }
    )
    return ray.data.from_arrow(table)


def _is_local(source: str | Path) -> bool:
    return "://" not in str(source)


def _relative_ids(batch: Any, root: str) -> Any:
    paths = batch.column("path").to_pylist()
    ids = [os.path.relpath(p, root).replace(os.sep, "/") for p in paths]
    return pa.table({"id": pa.array(ids, pa.string()), "text": batch.column("bytes")})


def _jsonl_records(batch: Any, path: str, id_column: str, text_column: str) -> Any:
    """Lines of a JSONL file (Ray Data's ``read_text``) to ``id``/``text`` rows; a line that is
    not a record with an id and a text becomes that line's error row, as in ``newsbrief
    batch``. Its id is made from its content (the reader gives no line numbers)."""
    ids: list[str] = []
    texts: list[str | None] = []
    problems: list[str | None] = []
    name = path.rstrip("/").rsplit("/", 1)[-1]
    for line in batch.column("text").to_pylist():
        try:
            record = json.loads(line)
            article_id, text = str(record[id_column]), record[text_column]
        except (ValueError, KeyError, TypeError) as exc:
            digest = hashlib.sha256(line.encode("utf-8")).hexdigest()[:12]
            ids.append(f"line-{digest}")
            texts.append(None)
            problems.append(
                f"A line of {name} is not a JSON object with {id_column!r} and "
                f"{text_column!r} ({type(exc).__name__}: {exc}): {line[:80]!r}"
            )
            continue
        ids.append(article_id)
        texts.append(text if isinstance(text, str) else None)
        problems.append(
            None
            if isinstance(text, str)
            else f"The {text_column!r} of {article_id!r} is a {type(text).__name__}, not text."
        )
    return pa.table(
        {
            "id": pa.array(ids, pa.string()),
            "text": pa.array(texts, pa.string()),
            INPUT_ERROR_COLUMN: pa.array(problems, pa.string()),
        }
    )


def _normalise(batch: Any, id_column: str, text_column: str) -> Any:
    for column in (id_column, text_column):
        if column not in batch.column_names:
            raise errors.InputError(
                f"The input has no {column!r} column (it has {', '.join(batch.column_names)})."
            )
    ids = pc.cast(batch.column(id_column), pa.string())
    return pa.table({"id": ids, "text": batch.column(text_column)})


def read_articles(
    source: str | Path, *, id_column: str = "id", text_column: str = "text"
) -> ray.data.Dataset:
    """Articles as a ``Dataset`` of ``id``/``text`` rows, read by Ray Data's readers.

    Args:
        source: A folder of ``.txt``/``.md``/``.html`` files (ids: their paths under it; texts:
            their bytes), a ``.jsonl`` file of records (a line that is not one becomes an
            error row, as in ``newsbrief batch``), or a ``.parquet`` file or
            folder of them whose name ends in ``.parquet``. Any URI Ray Data reads
            (``s3://...``) works; on a cluster the input must be where every node can read it.
        id_column: The records' id field (JSONL, Parquet).
        text_column: The records' text field (JSONL, Parquet).

    Raises:
        InputError: No such file or folder, or a kind of file it does not read.
    """
    path = str(source)
    suffix = Path(path.rstrip("/")).suffix.lower()
    if _is_local(path) and not Path(path).exists():
        raise errors.InputError(f"No such file or folder: {path}")
    if suffix == ".parquet":
        ds = ray.data.read_parquet(path)
        # Checked here, from the files' metadata: an error raised in a Ray task reaches this
        # process as Ray's, with the worker's traceback.
        columns = ds.columns()
        missing = [c for c in (id_column, text_column) if columns is not None and c not in columns]
        if missing:
            raise errors.InputError(
                f"{path} has no {' or '.join(map(repr, missing))} column (it has "
                f"{', '.join(columns or [])}); records need 'id' and 'text' (in the library: "
                "id_column=, text_column=)."
            )
    elif suffix in (".jsonl", ".json", ".ndjson"):
        lines = ray.data.read_text(path)
        return lines.map_batches(
            partial(_jsonl_records, path=path, id_column=id_column, text_column=text_column),
            batch_format="pyarrow",
        )
    elif not _is_local(path) or Path(path).is_dir():
        root = os.path.abspath(path) if _is_local(path) else path
        files = ray.data.read_binary_files(
            path, include_paths=True, file_extensions=[s.lstrip(".") for s in ARTICLE_SUFFIXES]
        )
        return files.map_batches(partial(_relative_ids, root=root), batch_format="pyarrow")
    else:
        raise errors.InputError(
            f"{path}: give a folder of {'/'.join(ARTICLE_SUFFIXES)} files, a .jsonl or a "
            ".parquet file."
        )
    return ds.map_batches(
        partial(_normalise, id_column=id_column, text_column=text_column),
        batch_format="pyarrow",
    )


def _without(batch: Any, done: Any) -> Any:
    return batch.filter(pc.invert(pc.is_in(batch.column("id"), value_set=done)))


# ---- an archive, resumable ------------------------------------------------------------------


def _is_parquet_output(out: Path) -> bool:
    return out.suffix.lower() == ".parquet" or out.is_dir()


def finished_ids(out: str | Path, *, retry_failed: bool = True) -> set[str]:
    """The ids already in an output of :func:`brief_archive` (or of ``newsbrief batch``).

    A JSONL line cut short by a kill is removed from the file first; a Parquet part is
    written whole or not at all (under a temporary name, then renamed).

    Args:
        out: A JSONL file, or a folder of Parquet part files.
        retry_failed: Leave out the ids that have only error rows (to try them again).
    """
    out = Path(out)
    if not out.exists():
        return set()
    done: set[str] = set()
    if _is_parquet_output(out):
        for part in sorted(out.glob("*.parquet")):
            table = pq.read_table(part, columns=["id", "ok"])
            for article_id, ok in zip(table.column("id").to_pylist(),
                                      table.column("ok").to_pylist()):  # fmt: skip
                if ok or not retry_failed:
                    done.add(article_id)
        return done
    _drop_cut_line(out)
    with out.open("rb") as lines:  # line by line: an archive's output may not fit in memory
        for line in lines:
            try:
                record = json.loads(line)
            except ValueError:
                continue
            wanted = isinstance(record, dict) and ("brief" in record or not retry_failed)
            if wanted and "id" in record:
                done.add(str(record["id"]))
    return done


def _drop_cut_line(path: Path, chunk: int = 1 << 16) -> None:
    """Remove a last line without its newline (cut short by a kill)."""
    with path.open("rb+") as file:
        end = file.seek(0, os.SEEK_END)
        position = end
        while position > 0:
            start = max(0, position - chunk)
            file.seek(start)
            data = file.read(position - start)
            if position == end and data.endswith(b"\n"):
                return
            newline = data.rfind(b"\n")
            if newline >= 0:
                file.truncate(start + newline + 1)
                return
            position = start
        file.truncate(0)


@dataclass
class ArchiveSummary:
    """What :func:`brief_archive` did.

    Attributes:
        briefs: Articles briefed (``cached`` of them from the brief cache).
        failed: Articles whose result is an error row.
        skipped: Ids already in the output, not briefed again.
        tokens: Tokens spent.
        seconds: Wall time of the run.
        out: Where the results were written.
    """

    briefs: int = 0
    failed: int = 0
    cached: int = 0
    skipped: int = 0
    tokens: int = 0
    seconds: float = 0.0
    out: str = ""


class _JsonlWriter:
    def __init__(self, out: Path) -> None:
        out.parent.mkdir(parents=True, exist_ok=True)
        self._file = out.open("a", encoding="utf-8")

    def write(self, table: Any) -> None:
        lines = [result_from_row(row).to_json_line() + "\n" for row in table.to_pylist()]
        self._file.write("".join(lines))
        self._file.flush()  # a kill loses at most the line being written

    def close(self) -> None:
        self._file.close()


class _ParquetWriter:
    """Part files of at most ``rows`` rows or ``seconds`` of results, each written to a
    temporary name and renamed, so a kill leaves whole parts only (and a ``.tmp`` file, removed
    by the next run)."""

    def __init__(self, out: Path, rows: int = 1000, seconds: float = 10.0) -> None:
        out.mkdir(parents=True, exist_ok=True)
        for leftover in out.glob("*.parquet.tmp"):
            leftover.unlink()
        self._out = out
        self._prefix = f"part-{time.strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:8]}"
        self._tables: list[Any] = []
        self._rows = 0
        self._parts = 0
        self._limit = rows
        self._seconds = seconds
        self._since: float | None = None  # when the rows held now started to arrive

    def write(self, table: Any) -> None:
        self._tables.append(table)
        self._rows += table.num_rows
        self._since = self._since if self._since is not None else time.monotonic()
        if self._rows >= self._limit or time.monotonic() - self._since >= self._seconds:
            self.flush()

    def flush(self) -> None:
        if not self._tables:
            return
        target = self._out / f"{self._prefix}-{self._parts:05d}.parquet"
        temporary = target.with_name(target.name + ".tmp")
        pq.write_table(pa.concat_tables(self._tables), temporary)
        os.replace(temporary, target)
        self._parts += 1
        self._tables, self._rows, self._since = [], 0, None

    def close(self) -> None:
        self.flush()


def brief_archive(
    source: str | Path,
    out: str | Path,
    *,
    address: str | None = None,
    num_actors: int | None = None,
    retry_failed: bool = True,
    progress: bool | None = None,
    id_column: str = "id",
    text_column: str = "text",
    **options: Any,
) -> ArchiveSummary:
    """Brief an archive on Ray, resumably: what ``newsbrief batch --engine ray`` runs.

    Articles are read with Ray Data's readers (see :func:`read_articles`), the ids already in
    ``out`` are skipped, the rest are briefed by :func:`brief_dataset` and written by this
    process as results arrive: to a JSONL file (one line per article, ``{"id", "brief"}`` or
    ``{"id", "error"}``, the format of ``newsbrief batch``) or, for a ``.parquet`` path or a
    folder, to Parquet part files of :data:`OUTPUT_SCHEMA` in that folder. A killed run loses
    at most the results not yet written, and a re-run briefs only what is missing.

    Args:
        source: Input for :func:`read_articles`.
        out: A ``.jsonl`` file to append to, or a folder (``*.parquet``) of part files.
        address: The Ray cluster to join (``"auto"``, ``"ray://head:10001"``); ``None``
            starts Ray on this machine, unless this process already runs it.
        num_actors: Actors in the pool; default: one per CPU of the cluster.
        retry_failed: Brief again the ids whose earlier result was an error.
        progress: Ray Data's progress bars on stderr; default: Ray's own choice.
        id_column: The records' id field.
        text_column: The records' text field.
        **options: :func:`brief_dataset` and :class:`~newsbrief.Summarizer` options.

    Raises:
        InputError: No such input, or one it cannot read.
        ConfigurationError: Bad options.
    """
    started = time.monotonic()
    out = Path(out)
    if _is_local(source) and not Path(source).exists():
        raise errors.InputError(f"No such file or folder: {source}")
    _check_options({k: v for k, v in options.items() if k not in _DATASET_OPTIONS})
    done = finished_ids(out, retry_failed=retry_failed)
    summary = ArchiveSummary(skipped=len(done), out=str(out))
    started_ray = False
    if not ray.is_initialized():
        try:
            ray.init(address=address, include_dashboard=False, logging_level=logging.WARNING)
        except (ConnectionError, RuntimeError, ValueError) as exc:
            where = f"the Ray cluster at {address}" if address else "Ray on this machine"
            raise errors.ConfigurationError(
                f"Could not start or join {where} ({type(exc).__name__}: {exc}). Check the "
                "address (`ray status` on a node of the cluster shows it)."
            ) from exc
        started_ray = True
    try:
        if progress is not None:
            ray.data.DataContext.get_current().enable_progress_bars = progress
        if num_actors is None:
            cpus = ray.cluster_resources().get("CPU", 1)  # type: ignore[no-untyped-call,unused-ignore]
            num_actors = max(1, int(cpus))
        articles = read_articles(source, id_column=id_column, text_column=text_column)
        if done:
            done_ref = pa.array(sorted(done), pa.string())
            articles = articles.map_batches(
                partial(_without, done=done_ref), batch_format="pyarrow"
            )
        results = brief_dataset(articles, num_actors=num_actors, **options)
        writer: _JsonlWriter | _ParquetWriter = (
            _ParquetWriter(out) if _is_parquet_output(out) else _JsonlWriter(out)
        )
        try:
            tables: Iterable[Any] = results.iter_batches(batch_format="pyarrow", batch_size=None)
            for table in tables:
                writer.write(table)
                for row in table.select(["ok", "cache_hit", "total_tokens"]).to_pylist():
                    summary.briefs += bool(row["ok"])
                    summary.failed += not row["ok"]
                    summary.cached += bool(row["cache_hit"])
                    summary.tokens += int(row["total_tokens"] or 0)
        finally:
            writer.close()
    finally:
        if started_ray:
            ray.shutdown()
    summary.seconds = time.monotonic() - started
    return summary


_DATASET_OPTIONS = frozenset(
    {"concurrency", "requests_per_minute", "tokens_per_minute", "limiter", "batch_size",
     "num_cpus"}
)  # fmt: skip
