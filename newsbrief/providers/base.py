"""What every backend is: :class:`Backend`, and the per-request rules all of them keep.

A backend is data: how to build its instructor clients, what each request carries, and what the
model can do (context window, grammar-constrained output, concurrency). One module per family
builds them (:mod:`~newsbrief.providers.openai_sdk`,
:mod:`~newsbrief.providers.instructor_provider`, :mod:`~newsbrief.providers.local`,
:mod:`~newsbrief.providers.testmodel`), and
:func:`newsbrief.providers.resolve_backend` picks one from the caller's options.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import inspect
import threading
import weakref
from collections.abc import AsyncIterator, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

import instructor
from pydantic import BaseModel

from newsbrief.errors import ConfigurationError
from newsbrief.retry import RequestNotSent, active_budget

__all__ = [
    "MODES",
    "Backend",
    "ModeName",
    "RequestSlots",
    "apply_deadline",
    "current_slots",
    "is_loop_ended_by_newsbrief",
    "loop_ended_by_newsbrief",
    "request_slots",
]

ModeName = Literal["tools", "json", "json_schema", "md_json"]
MODES: dict[str, instructor.Mode] = {
    "tools": instructor.Mode.TOOLS,
    "json": instructor.Mode.JSON,
    "json_schema": instructor.Mode.JSON_SCHEMA,
    "md_json": instructor.Mode.MD_JSON,
}
"""The instructor modes a caller may force, by name."""


@dataclass
class Backend:
    """A resolved model: how to reach it, sync and async, and what each request needs.

    Attributes:
        label: The model as reported in metadata (``"openai/gpt-4.1-mini"``).
        model_name: Name sent as ``model=`` on each request, or ``None`` if the client knows it.
        make_sync: Builds the sync instructor client (called once, lazily).
        make_async: Builds the async instructor client, or ``None`` if there is none.
        schema_in_response_format: Send the JSON schema as ``response_format.schema``.
        context_window: The model's context size in tokens, when known.
        extra_kwargs: Keyword arguments sent with every request (e.g. temperature).
        reason: Why this model was chosen ("given", "NEWSBRIEF_MODEL is set", ...).
        constrain_quotes: Offer the article's sentences as the only allowed quotes (an ``enum``
            in the schema): a model whose output is bound by the schema as a grammar can then
            only quote verbatim.
        max_concurrency: Requests the backend can serve at once (``None``: no limit known);
            the embedded model runs one at a time.
        count_tokens: The model's own tokenizer, where one is available offline.
        owns_clients: Whether newsbrief built the clients (and may close them); ``False`` for
            a client the caller passed.
        bounds_requests: Whether its requests go through newsbrief's own wrapper, which holds
            a batch's :class:`RequestSlots` only while a request is in flight.
        mode: The instructor mode its clients use.
        strategy: How a :class:`~newsbrief.Summarizer` asks this model by default: in one
            pass (a capable model) or ``"staged"``, short questions over the article's numbered
            sentences (a small model; see :mod:`newsbrief.staged`).
    """

    label: str
    model_name: str | None
    make_sync: Callable[[], instructor.Instructor] | None
    make_async: Callable[[], instructor.AsyncInstructor] | None
    schema_in_response_format: bool = False
    context_window: int | None = None
    extra_kwargs: dict[str, Any] = field(default_factory=dict)
    reason: str = "given"
    constrain_quotes: bool = False
    max_concurrency: int | None = None
    count_tokens: Callable[[str], int] | None = None
    owns_clients: bool = True
    bounds_requests: bool = False
    mode: instructor.Mode = instructor.Mode.TOOLS
    strategy: Literal["one_pass", "staged"] = "one_pass"
    _sync: instructor.Instructor | None = field(default=None, init=False, repr=False)
    _async_by_loop: weakref.WeakKeyDictionary[
        asyncio.AbstractEventLoop, instructor.AsyncInstructor
    ] = field(default_factory=weakref.WeakKeyDictionary, init=False, repr=False)

    def sync_client(self) -> instructor.Instructor:
        """The sync instructor client, built on first use."""
        if self._sync is None:
            if self.make_sync is None:
                raise ConfigurationError(
                    f"{self.label} was given as an async client; use asummarize(), or pass a "
                    "sync client for summarize()."
                )
            self._sync = self.make_sync()
        return self._sync

    def async_client(self) -> instructor.AsyncInstructor:
        """The async instructor client for the running event loop, built on first use there.

        An async HTTP client's pooled connections belong to the loop that opened them, so each
        loop (each ``asyncio.run``) gets its own client: reusing one across loops fails its
        requests and pays for retries.
        """
        if self.make_async is None:
            raise ConfigurationError(
                f"{self.label} was given as a sync client; use summarize(), or pass an "
                "async client (openai.AsyncOpenAI) for asummarize()."
            )
        try:
            loop = asyncio.get_running_loop()
        except RuntimeError:  # asked outside a loop (to inspect it): not cached
            return self.make_async()
        client = self._async_by_loop.get(loop)
        if client is None:
            client = self._async_by_loop[loop] = self.make_async()
        return client

    async def aclose_loop_client(self) -> None:
        """Close the running loop's async client, if newsbrief built one, before the loop ends
        (an HTTP client left to the garbage collector tries to close its connections on a
        closed loop)."""
        client = self._async_by_loop.pop(asyncio.get_running_loop(), None)
        close = getattr(getattr(client, "client", None), "close", None)
        if client is None or not self.owns_clients or close is None:
            return
        closing = close()
        if inspect.isawaitable(closing):
            await closing

    def request_kwargs(self, response_model: type[BaseModel]) -> dict[str, Any]:
        """Keyword arguments every request for ``response_model`` carries."""
        kwargs: dict[str, Any] = dict(self.extra_kwargs)
        if self.model_name is not None:
            kwargs["model"] = self.model_name
        if self.schema_in_response_format:
            schema = response_model.model_json_schema()
            kwargs["extra_body"] = {"response_format": {"type": "json_object", "schema": schema}}
        return kwargs


def apply_deadline(kwargs: dict[str, Any]) -> None:
    """Cap this request's ``timeout`` at the time left on the article's deadline.

    Raises:
        RequestNotSent: The deadline has already passed; no request is sent (the call ends in
            ``DeadlineExceededError``, and is not counted as made).
    """
    budget = active_budget()
    remaining = budget.remaining() if budget is not None else None
    if budget is None or remaining is None:
        return
    if remaining <= 0:
        raise RequestNotSent(f"The article's deadline of {budget.timeout}s passed.")
    current = kwargs.get("timeout")
    kwargs["timeout"] = (
        remaining if not isinstance(current, (int, float)) else min(current, remaining)
    )


class RequestSlots:
    """At most ``limit`` requests to the model in flight, shared by the articles of a batch.

    A batch sets them with :func:`request_slots` around its articles; the OpenAI clients (see
    :attr:`Backend.bounds_requests`) hold a slot only while a request is in flight, so an
    article's preparation, validation and grounding leave the slot to another article. The
    clients newsbrief builds hold it in their HTTP client, while the request is on the wire; a
    caller's OpenAI client holds it around the SDK call.

    Args:
        limit: Requests in flight at once.
        threads: The requests are made from threads (sync clients), not one event loop.

    Attributes:
        in_flight: Slots held at this moment.
    """

    def __init__(self, limit: int, *, threads: bool) -> None:
        self.limit = limit
        self.closed = False
        self.in_flight = 0  # slots held now
        self._count_lock = threading.Lock()
        self._thread_slots = threading.BoundedSemaphore(limit) if threads else None
        self._loop_slots = None if threads else asyncio.Semaphore(limit)

    def close(self) -> None:
        """The batch has stopped: a thread still waiting for a slot sends nothing."""
        self.closed = True

    @contextlib.contextmanager
    def held(self) -> Iterator[None]:
        """Hold a slot (from a thread).

        Raises:
            asyncio.CancelledError: The batch stopped while this thread waited (a
                ``BaseException``, so that no retry layer takes it for a fault to retry).
            RequestNotSent: The article's deadline passed while this thread waited.
        """
        if self._thread_slots is None:
            raise RuntimeError("these request slots belong to an event loop")
        budget = active_budget()
        remaining = budget.remaining() if budget is not None else None
        # A thread cannot be cancelled: it waits no longer than its article's deadline allows.
        if not self._thread_slots.acquire(timeout=None if remaining is None else max(remaining, 0)):
            raise RequestNotSent(
                "The article's deadline passed while it waited for a request slot."
            )
        try:
            if self.closed:  # nor stopped: it gives up here instead
                raise asyncio.CancelledError("the batch was stopped")
            with self._counted():
                yield
        finally:
            self._thread_slots.release()

    @contextlib.asynccontextmanager
    async def aheld(self) -> AsyncIterator[None]:
        """Hold a slot (in the event loop).

        A request cancelled while it waits (the article's deadline watchdog) was never sent:
        its article's budget counts it in ``not_sent``, so that it is not billed as a call.
        """
        if self._loop_slots is None:
            raise RuntimeError("these request slots belong to threads")
        try:
            await self._loop_slots.acquire()
        except asyncio.CancelledError:
            budget = active_budget()
            if budget is not None:
                budget.not_sent += 1
            raise
        try:
            with self._counted():
                yield
        finally:
            self._loop_slots.release()

    @contextlib.contextmanager
    def _counted(self) -> Iterator[None]:
        with self._count_lock:
            self.in_flight += 1
        try:
            yield
        finally:
            with self._count_lock:
                self.in_flight -= 1


_REQUEST_SLOTS: contextvars.ContextVar[RequestSlots | None] = contextvars.ContextVar(
    "newsbrief_request_slots", default=None
)


def _reset(variable: contextvars.ContextVar[Any], token: contextvars.Token[Any]) -> None:
    """Undo ``variable.set``, unless this runs in another context than the one that set it.

    That happens when a coroutine suspended inside the ``with`` (a batch's worker whose loop
    ended) is closed by the garbage collector: the context it set the variable in was the
    task's own and is gone, so there is nothing to restore, and ``reset`` would raise.
    """
    with contextlib.suppress(ValueError):
        variable.reset(token)


@contextlib.contextmanager
def request_slots(slots: RequestSlots | None) -> Iterator[None]:
    """Make ``slots`` bound the requests made in this context (and tasks started from it)."""
    token = _REQUEST_SLOTS.set(slots)
    try:
        yield
    finally:
        _reset(_REQUEST_SLOTS, token)


def current_slots() -> RequestSlots | None:
    """The request slots bounding requests made in this context, if a batch set some."""
    return _REQUEST_SLOTS.get()


_LOOP_ENDED_BY_NEWSBRIEF: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "newsbrief_loop_ended_by_newsbrief", default=False
)


@contextlib.contextmanager
def loop_ended_by_newsbrief() -> Iterator[None]:
    """Code run in this context (and tasks started from it) is on an event loop that newsbrief
    runs and ends itself, after :meth:`Backend.aclose_loop_client`.

    The OpenAI clients newsbrief builds on such a loop send through aiohttp, which costs less
    CPU per brief than httpx2's own transport in a batch (see benchmarks/README.md).
    Elsewhere they keep httpx2: an aiohttp session still open when the caller's loop ends is
    reported as "Unclosed client session".
    """
    token = _LOOP_ENDED_BY_NEWSBRIEF.set(True)
    try:
        yield
    finally:
        _reset(_LOOP_ENDED_BY_NEWSBRIEF, token)


def is_loop_ended_by_newsbrief() -> bool:
    """Whether this code runs on an event loop newsbrief ends itself (see
    :func:`loop_ended_by_newsbrief`)."""
    return _LOOP_ENDED_BY_NEWSBRIEF.get()
