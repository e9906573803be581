"""The actors: :class:`BriefArticles`, the callable class Ray Data runs on each actor of the pool,
and the one briefing pipeline per actor that every batch it is given feeds."""

from __future__ import annotations

import asyncio
import contextlib
import itertools
from collections.abc import AsyncIterator, Mapping
from typing import Any

try:
    import pyarrow as pa
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
    asummarize_many,
)
from newsbrief.ray.budget import estimated_prompt_tokens
from newsbrief.ray.rows import INPUT_ERROR_COLUMN, OUTPUT_SCHEMA, result_row
from newsbrief.summarizer import Summarizer

__all__ = ["BriefArticles"]

_WARM_UP_TEXT = "The council met on Monday. It approved the budget."


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
                await self._limiter.acquire.remote(estimated_prompt_tokens(text))
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

    Ray builds one per actor. Use it through :func:`~newsbrief.ray.brief_dataset`, or directly::

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
        limiter: A :func:`~newsbrief.ray.shared_limiter` handle every article asks before it
            starts.
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
