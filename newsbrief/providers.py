"""Model strings and clients in, instructor clients out.

Every vendor quirk lives here (and in :mod:`newsbrief.local`); the summarizer only sees a
:class:`Backend`. Accepted models:

* ``"openai/<model>"`` (or a bare ``"<model>"`` with no ``base_url``): OpenAI, reading
  ``OPENAI_API_KEY`` and ``OPENAI_BASE_URL`` as the SDK does, or the ``api_key``/``base_url`` given.
* ``"<model>"`` with ``base_url``: an OpenAI-compatible server (Ollama, vLLM, llama.cpp server).
  JSON mode, with the schema also sent as ``response_format.schema``, which llama.cpp's server
  enforces as a grammar and other servers ignore.
* any other ``"<provider>/<model>"``: :func:`instructor.from_provider`.
* ``"local"`` or ``"local:/path/model.gguf"``: the embedded llama.cpp model (:mod:`newsbrief.local`).
* a ready ``openai.OpenAI``/``openai.AsyncOpenAI`` or instructor client, with ``model=`` naming
  the model to call.

An OpenAI key is never sent to a ``base_url`` given here unless ``api_key`` is given too.
"""

from __future__ import annotations

import asyncio
import contextlib
import contextvars
import functools
import inspect
import os
import ssl
import threading
import weakref
from collections.abc import AsyncIterator, Awaitable, Callable, Iterator
from dataclasses import dataclass, field
from typing import Any, Literal

import httpx2
import instructor
import openai
from pydantic import BaseModel

from newsbrief.errors import ConfigurationError, DeadlineExceededError
from newsbrief.retry import active_budget

__all__ = [
    "DEFAULT_OPENAI_MODEL",
    "Backend",
    "ModeName",
    "default_model",
    "resolve_backend",
]

DEFAULT_OPENAI_MODEL = "openai/gpt-4.1-mini"
ModeName = Literal["tools", "json", "json_schema", "md_json"]
_MODES: dict[str, instructor.Mode] = {
    "tools": instructor.Mode.TOOLS,
    "json": instructor.Mode.JSON,
    "json_schema": instructor.Mode.JSON_SCHEMA,
    "md_json": instructor.Mode.MD_JSON,
}
_PLACEHOLDER_KEY = "not-needed"  # the SDK insists on a key; servers on a custom base_url ignore it


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


_OPENAI_CONTEXT = (
    ("gpt-4.1", 1_047_576), ("gpt-5", 400_000), ("o1", 200_000), ("o3", 200_000),
    ("o4", 200_000), ("gpt-4o", 128_000), ("gpt-4-turbo", 128_000), ("gpt-3.5-turbo", 16_385),
)  # fmt: skip


def openai_context_window(model_name: str) -> int | None:
    """Context window of a known OpenAI model family, by name prefix."""
    return next((size for prefix, size in _OPENAI_CONTEXT if model_name.startswith(prefix)), None)


def estimate_tokens(text: str) -> int:
    """A conservative token estimate without a tokenizer: UTF-8 bytes / 3.

    Real tokenizers give about 4 bytes per token for English and 3 per CJK character, so this
    overestimates, which is the safe side for a check that refuses articles that cannot fit.
    """
    return len(text.encode("utf-8", "surrogatepass")) // 3 + 1


def default_model() -> tuple[str, str]:
    """The model used when none is given, and why it was chosen.

    In order: ``NEWSBRIEF_MODEL``; OpenAI when ``OPENAI_API_KEY`` is set; the embedded model when
    it is installed.

    Raises:
        ConfigurationError: Nothing is configured; the message says what to set.
    """
    configured = os.environ.get("NEWSBRIEF_MODEL", "").strip()
    if configured:
        return configured, "NEWSBRIEF_MODEL is set"
    if os.environ.get("OPENAI_API_KEY", "").strip():
        return DEFAULT_OPENAI_MODEL, "OPENAI_API_KEY is set"
    from newsbrief import local

    if local.is_available():
        return local.LOCAL_MODEL, "no model or key configured and the embedded model is installed"
    raise ConfigurationError(
        "No model configured. Do one of: set OPENAI_API_KEY (uses "
        f"{DEFAULT_OPENAI_MODEL}); set NEWSBRIEF_MODEL (e.g. 'ollama/llama3.1' or "
        "'anthropic/claude-3-5-haiku-latest'); pass model=... (and base_url=... for an "
        "OpenAI-compatible server); or install the embedded model with "
        "pip install 'newsbrief[local]'."
    )


def apply_deadline(kwargs: dict[str, Any]) -> None:
    """Cap this request's ``timeout`` at the time left on the article's deadline.

    Raises:
        DeadlineExceededError: The deadline has already passed; no request is sent.
    """
    budget = active_budget()
    remaining = budget.remaining() if budget is not None else None
    if budget is None or remaining is None:
        return
    if remaining <= 0:
        raise DeadlineExceededError(f"The article's deadline of {budget.timeout}s passed.")
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
        """
        if self._thread_slots is None:
            raise RuntimeError("these request slots belong to an event loop")
        with self._thread_slots:
            if self.closed:  # a thread cannot be cancelled: it gives up here instead
                raise asyncio.CancelledError("the batch was stopped")
            with self._counted():
                yield

    @contextlib.asynccontextmanager
    async def aheld(self) -> AsyncIterator[None]:
        """Hold a slot (in the event loop)."""
        if self._loop_slots is None:
            raise RuntimeError("these request slots belong to threads")
        async with self._loop_slots:
            with self._counted():
                yield

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


@contextlib.contextmanager
def request_slots(slots: RequestSlots | None) -> Iterator[None]:
    """Make ``slots`` bound the requests made in this context (and tasks started from it)."""
    token = _REQUEST_SLOTS.set(slots)
    try:
        yield
    finally:
        _REQUEST_SLOTS.reset(token)


_LOOP_ENDED_BY_NEWSBRIEF: contextvars.ContextVar[bool] = contextvars.ContextVar(
    "newsbrief_loop_ended_by_newsbrief", default=False
)


@contextlib.contextmanager
def loop_ended_by_newsbrief() -> Iterator[None]:
    """Code run in this context (and tasks started from it) is on an event loop that newsbrief
    runs and ends itself, after :meth:`Backend.aclose_loop_client`.

    The OpenAI clients newsbrief builds on such a loop send through aiohttp, which cost 0.6 to
    1 ms of CPU less per brief than httpx2's own transport in a batch of 500 at zero latency.
    Elsewhere they keep httpx2: an aiohttp session still open when the caller's loop ends is
    reported as "Unclosed client session".
    """
    token = _LOOP_ENDED_BY_NEWSBRIEF.set(True)
    try:
        yield
    finally:
        _LOOP_ENDED_BY_NEWSBRIEF.reset(token)


def _cap_to_deadline(request: httpx2.Request) -> None:
    """Cap ``request``'s timeouts at what is left of the article's deadline once it has a slot.

    Raises:
        httpx2.PoolTimeout: The deadline passed while the request waited (the SDK reports a
            timeout, and the retry budget ends the article with DeadlineExceededError).
    """
    budget = active_budget()
    remaining = budget.remaining() if budget is not None else None
    if budget is None or remaining is None:
        return
    if remaining <= 0:
        raise httpx2.PoolTimeout(
            f"The article's deadline of {budget.timeout}s passed while the request waited for "
            "a request slot.",
            request=request,
        )
    timeout = request.extensions.get("timeout")
    if isinstance(timeout, dict):
        request.extensions["timeout"] = {
            name: remaining if value is None else min(value, remaining)
            for name, value in timeout.items()
        }


class _SlotHoldingClient(openai.DefaultHttpxClient):
    """The SDK's HTTP client, holding one of the batch's request slots (see
    :func:`request_slots`) while a request is on the wire: from sending it until its response
    has been read. The SDK's own work before and after (transforming the parameters, building
    the request, parsing the answer) leaves the slot to another article's request. A streamed
    response (newsbrief streams none) would hold it until its headers arrive."""

    def send(
        self,
        request: httpx2.Request,
        *,
        stream: bool = False,
        auth: Any = httpx2.USE_CLIENT_DEFAULT,
        follow_redirects: Any = httpx2.USE_CLIENT_DEFAULT,
    ) -> httpx2.Response:
        slots = _REQUEST_SLOTS.get()
        with slots.held() if slots is not None else contextlib.nullcontext():
            _cap_to_deadline(request)
            return super().send(
                request, stream=stream, auth=auth, follow_redirects=follow_redirects
            )


class _AsyncSlotHolding:
    """Async twin of :class:`_SlotHoldingClient`, for either of the SDK's async HTTP clients."""

    async def send(
        self,
        request: httpx2.Request,
        *,
        stream: bool = False,
        auth: Any = httpx2.USE_CLIENT_DEFAULT,
        follow_redirects: Any = httpx2.USE_CLIENT_DEFAULT,
    ) -> httpx2.Response:
        slots = _REQUEST_SLOTS.get()
        async with slots.aheld() if slots is not None else contextlib.nullcontext():
            _cap_to_deadline(request)
            response: httpx2.Response = await super().send(  # type: ignore[misc]
                request, stream=stream, auth=auth, follow_redirects=follow_redirects
            )
            return response


class _SlotHoldingAsyncClient(_AsyncSlotHolding, openai.DefaultAsyncHttpxClient):
    """httpx2's own transport (see :func:`loop_ended_by_newsbrief`)."""


class _SlotHoldingAioHttpClient(_AsyncSlotHolding, openai.DefaultAioHttpClient):
    """aiohttp as the transport (see :func:`loop_ended_by_newsbrief`)."""


def _bounded_sync(create: Callable[..., Any], *, slots_in_client: bool) -> Callable[..., Any]:
    @functools.wraps(create)
    def call(*args: Any, **kwargs: Any) -> Any:
        slots = None if slots_in_client else _REQUEST_SLOTS.get()
        with slots.held() if slots is not None else contextlib.nullcontext():
            apply_deadline(kwargs)  # what is left after waiting for a slot
            return create(*args, **kwargs)

    return call


def _bounded_async(
    create: Callable[..., Awaitable[Any]], *, slots_in_client: bool
) -> Callable[..., Awaitable[Any]]:
    @functools.wraps(create)
    async def call(*args: Any, **kwargs: Any) -> Any:
        slots = None if slots_in_client else _REQUEST_SLOTS.get()
        async with slots.aheld() if slots is not None else contextlib.nullcontext():
            apply_deadline(kwargs)  # what is left after waiting for a slot
            return await create(*args, **kwargs)

    return call


def instructor_over(
    client: openai.OpenAI, mode: instructor.Mode, *, slots_in_client: bool = False
) -> instructor.Instructor:
    """An instructor client over ``client`` whose every request respects the article deadline
    and, in a batch, holds a request slot (here, unless ``client``'s HTTP client holds it)."""
    create = _bounded_sync(client.chat.completions.create, slots_in_client=slots_in_client)
    return instructor.Instructor(client=client, create=instructor.patch(create=create, mode=mode),
                                 mode=mode)  # fmt: skip


def async_instructor_over(
    client: openai.AsyncOpenAI, mode: instructor.Mode, *, slots_in_client: bool = False
) -> instructor.AsyncInstructor:
    """Async twin of :func:`instructor_over`."""
    create = _bounded_async(client.chat.completions.create, slots_in_client=slots_in_client)
    return instructor.AsyncInstructor(
        client=client, create=instructor.patch(create=create, mode=mode), mode=mode
    )


def _openai_clients(
    *, api_key: str | None, base_url: str | None, mode: instructor.Mode, timeout: float | None
) -> tuple[Callable[[], instructor.Instructor], Callable[[], instructor.AsyncInstructor]]:
    options: dict[str, Any] = {"api_key": api_key, "base_url": base_url, "max_retries": 0}
    if timeout is not None:
        options["timeout"] = timeout
    # Fail now, before any request, with our own error where the SDK would find no key (the
    # SDK's own rule; building a client to find out costs about 25 ms).
    if api_key is None and os.environ.get("OPENAI_API_KEY") is None:
        raise ConfigurationError("OpenAI needs an API key: set OPENAI_API_KEY or pass api_key=...")

    def sync_client() -> instructor.Instructor:
        http = _SlotHoldingClient(verify=tls_context())
        return instructor_over(
            openai.OpenAI(**options, http_client=http), mode, slots_in_client=True
        )

    def async_client() -> instructor.AsyncInstructor:
        http = (
            _SlotHoldingAioHttpClient(verify=tls_context())
            if _LOOP_ENDED_BY_NEWSBRIEF.get()
            else _SlotHoldingAsyncClient(verify=tls_context())
        )
        return async_instructor_over(
            openai.AsyncOpenAI(**options, http_client=http), mode, slots_in_client=True
        )

    return sync_client, async_client


@functools.cache
def tls_context() -> ssl.SSLContext:
    """The verified TLS context the SDK's HTTP client would build (``httpx2`` defaults: its CA
    bundle, ``SSL_CERT_FILE``/``SSL_CERT_DIR``), built once per process and shared by every
    client. Building one loads the CA bundle, about 20 ms, and there is a client per event loop."""
    return httpx2.create_ssl_context()


def resolve_backend(
    model: str | None = None,
    *,
    client: Any = None,
    base_url: str | None = None,
    api_key: str | None = None,
    mode: ModeName | None = None,
    timeout: float | None = None,
) -> Backend:
    """Turn the caller's model options into a :class:`Backend`, without any network call.

    Args:
        model: A model string (see the module docstring), or ``None`` for :func:`default_model`.
        client: A ready ``openai.OpenAI``/``AsyncOpenAI`` or instructor client.
        base_url: An OpenAI-compatible endpoint.
        api_key: The key for ``base_url`` or OpenAI.
        mode: Force an instructor mode (``"tools"``, ``"json"``, ``"json_schema"``, ``"md_json"``).
        timeout: Per-request timeout for clients newsbrief builds.

    Raises:
        ConfigurationError: The options do not name a reachable model.
    """
    if mode is not None and mode not in _MODES:
        raise ConfigurationError(f"Unknown mode {mode!r}; use one of {', '.join(_MODES)}.")
    if client is not None:
        given = _from_client(client, model, mode)
        given.owns_clients = False  # the caller's to close
        return given
    if model is not None and not model.strip():
        raise ConfigurationError(
            "model is empty; pass a model string such as 'openai/gpt-4.1-mini'."
        )
    reason = "given"
    if model is None and base_url is None:
        model, reason = default_model()
    if model is None:
        raise ConfigurationError(
            f"base_url={base_url!r} needs model=... naming the model the server should run."
        )

    if model == "local" or model.startswith("local:"):
        from newsbrief import local

        chosen = local.backend(model)
        chosen.reason = reason
        return chosen

    provider, _, name = model.partition("/")
    if base_url is not None and provider != "openai":
        # An OpenAI-compatible server. Its key is only ever the one given for it.
        make_sync, make_async = _openai_clients(
            api_key=api_key or _PLACEHOLDER_KEY,
            base_url=base_url,
            mode=_MODES[mode or "json"],
            timeout=timeout,
        )
        return Backend(
            label=f"{model} @ {base_url}",
            model_name=model,
            make_sync=make_sync,
            make_async=make_async,
            schema_in_response_format=(mode or "json") == "json",
            bounds_requests=True,
        )
    if provider == "openai" or not name:
        model_name = name if provider == "openai" else model
        if not model_name:
            raise ConfigurationError("'openai/' needs a model name, e.g. 'openai/gpt-4.1-mini'.")
        if base_url is not None and api_key is None:
            api_key = _PLACEHOLDER_KEY
        make_sync, make_async = _openai_clients(
            api_key=api_key, base_url=base_url, mode=_MODES[mode or "tools"], timeout=timeout
        )
        return Backend(
            label=f"openai/{model_name}",
            model_name=model_name,
            make_sync=make_sync,
            make_async=make_async,
            reason=reason,
            context_window=openai_context_window(model_name),
            bounds_requests=True,
        )
    chosen = _from_provider_string(model, mode, api_key=api_key)
    chosen.reason = reason
    return chosen


def _from_provider_string(model: str, mode: ModeName | None, *, api_key: str | None) -> Backend:
    options: dict[str, Any] = {}
    if mode is not None:
        options["mode"] = _MODES[mode]
    if api_key is not None:
        options["api_key"] = api_key

    def build(async_client: bool) -> Any:
        try:
            return instructor.from_provider(model, async_client=async_client, **options)  # type: ignore[call-overload]
        except Exception as exc:  # instructor raises several types for unknown/uninstalled
            raise ConfigurationError(
                f"Cannot use model {model!r}: {exc}. Check the provider prefix and that its "
                "SDK is installed."
            ) from exc

    def make_sync() -> instructor.Instructor:
        client: instructor.Instructor = build(False)
        return client

    def make_async() -> instructor.AsyncInstructor:
        client: instructor.AsyncInstructor = build(True)
        return client

    return Backend(label=model, model_name=None, make_sync=make_sync, make_async=make_async)


def _from_client(client: Any, model: str | None, mode: ModeName | None) -> Backend:
    name = model.removeprefix("openai/") if model else None
    if isinstance(client, instructor.AsyncInstructor):
        async_ready = client
        return Backend(
            label=model or "instructor client",
            model_name=name,
            make_sync=None,
            make_async=lambda: async_ready,
        )
    if isinstance(client, instructor.Instructor):
        sync_ready = client
        return Backend(
            label=model or "instructor client",
            model_name=name,
            make_sync=lambda: sync_ready,
            make_async=None,
        )
    if isinstance(client, (openai.OpenAI, openai.AsyncOpenAI)):
        if not name:
            raise ConfigurationError("Pass model=... naming the model to call with this client.")
        # A copy with SDK retries off: newsbrief retries, and the caller's client is untouched.
        quiet = client.with_options(max_retries=0)
        chosen = _MODES[mode or "tools"]
        if isinstance(quiet, openai.OpenAI):
            sync_client = quiet
            return Backend(
                label=f"openai/{name}",
                model_name=name,
                make_sync=lambda: instructor_over(sync_client, chosen),
                make_async=None,
                bounds_requests=True,
            )
        async_client = quiet
        return Backend(
            label=f"openai/{name}",
            model_name=name,
            make_sync=None,
            make_async=lambda: async_instructor_over(async_client, chosen),
            bounds_requests=True,
        )
    raise ConfigurationError(
        f"Unsupported client {type(client).__name__}; pass openai.OpenAI, openai.AsyncOpenAI "
        "or an instructor client."
    )
