"""OpenAI and OpenAI-compatible servers (Ollama, vLLM, llama.cpp's server), and callers' clients.

Every request respects the article's deadline and, in a batch, holds one of the batch's request
slots while it is on the wire. The SDK's own retries are off (newsbrief retries), and an OpenAI
key from the environment is never sent to a ``base_url`` given by the caller.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import os
import socket
import ssl
import threading
from collections.abc import Awaitable, Callable
from typing import Any

import httpx2
import instructor
import openai

from newsbrief.errors import (
    ConfigurationError,
    MalformedResponseError,
    ProviderError,
    ResponseTooLargeError,
)
from newsbrief.providers.base import (
    MODES,
    Backend,
    ModeName,
    apply_deadline,
    current_slots,
    is_loop_ended_by_newsbrief,
)
from newsbrief.redaction import redact
from newsbrief.retry import RequestNotSent, active_budget

__all__ = [
    "DEFAULT_MAX_RESPONSE_BYTES",
    "PLACEHOLDER_KEY",
    "AsyncSlotHolding",
    "SlotHoldingAioHttpClient",
    "SlotHoldingAsyncClient",
    "SlotHoldingClient",
    "async_instructor_over",
    "client_backend",
    "compatible_server_backend",
    "instructor_over",
    "openai_backend",
    "openai_context_window",
    "tls_context",
]

PLACEHOLDER_KEY = "not-needed"
"""The SDK insists on a key; servers on a custom ``base_url`` ignore it."""

_OPENAI_CONTEXT = (
    ("gpt-4.1", 1_047_576), ("gpt-5", 400_000), ("o1", 200_000), ("o3", 200_000),
    ("o4", 200_000), ("gpt-4o", 128_000), ("gpt-4-turbo", 128_000), ("gpt-3.5-turbo", 16_385),
)  # fmt: skip


def openai_context_window(model_name: str) -> int | None:
    """Context window of a known OpenAI model family, by name prefix."""
    return next((size for prefix, size in _OPENAI_CONTEXT if model_name.startswith(prefix)), None)


DEFAULT_MAX_RESPONSE_BYTES = 8 * 1024 * 1024
"""The largest response body newsbrief reads, counted after decompression (8 MiB): a chat
completion is a few kB, and a longer body is a fault or an attack (a gzip bomb)."""

_DECODED_AWAY = {"content-encoding", "content-length", "transfer-encoding"}


def _cap_to_deadline(request: httpx2.Request) -> float | None:
    """Cap ``request``'s timeouts at what is left of the article's deadline once it has a slot.

    Returns:
        The seconds left, or ``None`` when the article has no deadline.

    Raises:
        RequestNotSent: The deadline passed while the request waited (the call ends in
            DeadlineExceededError and is not counted: nothing was sent).
    """
    budget = active_budget()
    remaining = budget.remaining() if budget is not None else None
    if budget is None or remaining is None:
        return None
    if remaining <= 0:
        raise RequestNotSent(
            f"The article's deadline of {budget.timeout}s passed while the request waited for "
            "a request slot."
        )
    timeout = request.extensions.get("timeout")
    if isinstance(timeout, dict):
        request.extensions["timeout"] = {
            name: remaining if value is None else min(value, remaining)
            for name, value in timeout.items()
        }
    return remaining


def _deadline_passed(request: httpx2.Request) -> httpx2.ReadTimeout:
    # A timeout to the SDK (APITimeoutError), which the retry budget ends in
    # DeadlineExceededError since no time is left.
    return httpx2.ReadTimeout(
        "The article's deadline passed while the response was being received.", request=request
    )


def _too_large(response: httpx2.Response, limit: int) -> ResponseTooLargeError:
    return ResponseTooLargeError(
        f"The response to {redact(str(response.request.url))} is larger than "
        f"max_response_bytes={limit:,} bytes (counted after decompression); reading stopped "
        "there. Raise max_response_bytes if the server is trusted and its answers are that long.",
        limit=limit,
        status_code=response.status_code,
    )


def _undecodable(response: httpx2.Response, exc: Exception) -> MalformedResponseError:
    return MalformedResponseError(
        f"The response to {redact(str(response.request.url))} could not be decoded as its "
        f"Content-Encoding says ({exc}).",
        status_code=response.status_code,
    )


def _with_body(response: httpx2.Response, body: bytes) -> httpx2.Response:
    """``response`` with ``body`` (already decoded) as its content, for the SDK to parse."""
    headers = [(k, v) for k, v in response.headers.multi_items() if k.lower() not in _DECODED_AWAY]
    read = httpx2.Response(
        response.status_code,
        headers=headers,
        content=body,
        request=response.request,
        extensions=response.extensions,
        history=response.history,
    )
    with contextlib.suppress(RuntimeError):  # a response made in memory has no elapsed time
        read.elapsed = response.elapsed
    return read


class _Watchdog:
    """Shuts down the sockets of one request when the article's deadline passes.

    A socket's read timeout restarts with every byte, so a server that trickles its answer
    would otherwise keep a blocking read going long after the deadline. The sockets are those
    of a new connection (seen through httpcore's ``trace`` extension, so headers that trickle in
    are cut too) and, once the headers are in, the response's own (``network_stream``, which
    also covers a kept-alive connection).
    """

    def __init__(self, seconds: float | None) -> None:
        self.fired = False
        self._sockets: list[socket.socket] = []
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._fire) if seconds is not None else None
        if self._timer is not None:
            self._timer.daemon = True
            self._timer.start()

    def trace(self, name: str, info: dict[str, Any]) -> None:
        if name in ("connection.connect_tcp.complete", "connection.start_tls.complete"):
            self.watch(info.get("return_value"))

    def watch(self, stream: Any) -> None:
        get = getattr(stream, "get_extra_info", None)
        sock = get("socket") if callable(get) else None
        if not isinstance(sock, socket.socket):
            return
        with self._lock:
            self._sockets.append(sock)
            fired = self.fired
        if fired:
            _shut(sock)

    def _fire(self) -> None:
        with self._lock:
            self.fired = True
            sockets = list(self._sockets)
        for sock in sockets:
            _shut(sock)

    def cancel(self) -> None:
        if self._timer is not None:
            self._timer.cancel()


def _shut(sock: socket.socket) -> None:
    # The plain socket's shutdown, also for a TLS socket: it wakes the thread blocked reading
    # it (close() would not), without touching the TLS object that thread is using.
    with contextlib.suppress(OSError):
        socket.socket.shutdown(sock, socket.SHUT_RDWR)


def _traced(request: httpx2.Request, trace: Callable[[str, dict[str, Any]], None]) -> None:
    previous = request.extensions.get("trace")

    def both(name: str, info: dict[str, Any]) -> None:
        trace(name, info)
        if previous is not None:
            previous(name, info)

    request.extensions["trace"] = both


class SlotHoldingClient(openai.DefaultHttpxClient):
    """The SDK's HTTP client, holding one of the batch's request slots (see
    :func:`request_slots`) while a request is on the wire: from sending it until its response
    has been read. The SDK's own work before and after (transforming the parameters, building
    the request, parsing the answer) leaves the slot to another article's request. A streamed
    response (newsbrief streams none) would hold it until its headers arrive.

    It also bounds what a response may cost: the body is read here, at most
    ``max_response_bytes`` of it after decompression (else :class:`ResponseTooLargeError`), and
    the whole exchange, body included, ends at the article's deadline (see :class:`_Watchdog`).

    Args:
        max_response_bytes: The largest body read, decompressed.
        **kwargs: ``openai.DefaultHttpxClient`` arguments.
    """

    def __init__(
        self, *, max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES, **kwargs: Any
    ) -> None:
        super().__init__(**kwargs)
        self.max_response_bytes = max_response_bytes

    def send(
        self,
        request: httpx2.Request,
        *,
        stream: bool = False,
        auth: Any = httpx2.USE_CLIENT_DEFAULT,
        follow_redirects: Any = httpx2.USE_CLIENT_DEFAULT,
    ) -> httpx2.Response:
        slots = current_slots()
        with slots.held() if slots is not None else contextlib.nullcontext():
            watchdog = _Watchdog(_cap_to_deadline(request))
            _traced(request, watchdog.trace)
            try:
                response = super().send(
                    request, stream=True, auth=auth, follow_redirects=follow_redirects
                )
                if stream:
                    return response
                watchdog.watch(response.extensions.get("network_stream"))
                return self._read(response, watchdog)
            except Exception as exc:
                if watchdog.fired and not isinstance(exc, ProviderError):
                    raise _deadline_passed(request) from exc
                raise
            finally:
                watchdog.cancel()

    def _read(self, response: httpx2.Response, watchdog: _Watchdog) -> httpx2.Response:
        body = bytearray()
        try:
            for chunk in response.iter_bytes():
                body += chunk
                if len(body) > self.max_response_bytes:
                    raise _too_large(response, self.max_response_bytes)
                if watchdog.fired:
                    raise _deadline_passed(response.request)
        except httpx2.DecodingError as exc:
            raise _undecodable(response, exc) from exc
        finally:
            response.close()
        return _with_body(response, bytes(body))


class AsyncSlotHolding:
    """Async twin of :class:`SlotHoldingClient`, for either of the SDK's async HTTP clients.

    The exchange, body included, runs under a timeout of what is left of the deadline: the
    task is cancelled when it passes, whatever the server sends.
    """

    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES

    def __init__(
        self, *, max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES, **kwargs: Any
    ) -> None:
        super().__init__(**kwargs)
        self.max_response_bytes = max_response_bytes

    async def send(
        self,
        request: httpx2.Request,
        *,
        stream: bool = False,
        auth: Any = httpx2.USE_CLIENT_DEFAULT,
        follow_redirects: Any = httpx2.USE_CLIENT_DEFAULT,
    ) -> httpx2.Response:
        slots = current_slots()
        async with slots.aheld() if slots is not None else contextlib.nullcontext():
            remaining = _cap_to_deadline(request)
            exchange = self._exchange(
                request, stream=stream, auth=auth, follow_redirects=follow_redirects
            )
            if remaining is None:
                return await exchange
            try:
                return await asyncio.wait_for(exchange, remaining)
            except asyncio.TimeoutError as exc:
                raise _deadline_passed(request) from exc

    async def _exchange(
        self, request: httpx2.Request, *, stream: bool, auth: Any, follow_redirects: Any
    ) -> httpx2.Response:
        response: httpx2.Response = await super().send(  # type: ignore[misc]
            request, stream=True, auth=auth, follow_redirects=follow_redirects
        )
        if stream:
            return response
        body = bytearray()
        try:
            async for chunk in response.aiter_bytes():
                body += chunk
                if len(body) > self.max_response_bytes:
                    raise _too_large(response, self.max_response_bytes)
        except httpx2.DecodingError as exc:
            raise _undecodable(response, exc) from exc
        finally:
            await response.aclose()
        return _with_body(response, bytes(body))


class SlotHoldingAsyncClient(AsyncSlotHolding, openai.DefaultAsyncHttpxClient):
    """httpx2's own transport (see :func:`loop_ended_by_newsbrief`)."""


class SlotHoldingAioHttpClient(AsyncSlotHolding, openai.DefaultAioHttpClient):
    """aiohttp as the transport (see :func:`loop_ended_by_newsbrief`)."""


def _bounded_sync(create: Callable[..., Any], *, slots_in_client: bool) -> Callable[..., Any]:
    @functools.wraps(create)
    def call(*args: Any, **kwargs: Any) -> Any:
        slots = None if slots_in_client else current_slots()
        with slots.held() if slots is not None else contextlib.nullcontext():
            apply_deadline(kwargs)  # what is left after waiting for a slot
            return create(*args, **kwargs)

    return call


def _bounded_async(
    create: Callable[..., Awaitable[Any]], *, slots_in_client: bool
) -> Callable[..., Awaitable[Any]]:
    @functools.wraps(create)
    async def call(*args: Any, **kwargs: Any) -> Any:
        slots = None if slots_in_client else current_slots()
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
    *,
    api_key: str | None,
    base_url: str | None,
    mode: instructor.Mode,
    timeout: float | None,
    max_response_bytes: int,
) -> tuple[Callable[[], instructor.Instructor], Callable[[], instructor.AsyncInstructor]]:
    options: dict[str, Any] = {"api_key": api_key, "base_url": base_url, "max_retries": 0}
    if timeout is not None:
        options["timeout"] = timeout
    # Fail now, before any request, with our own error where the SDK would find no key (the
    # SDK's own rule; building a client just to find out would cost more).
    if api_key is None and os.environ.get("OPENAI_API_KEY") is None:
        raise ConfigurationError("OpenAI needs an API key: set OPENAI_API_KEY or pass api_key=...")

    def sync_client() -> instructor.Instructor:
        http = SlotHoldingClient(verify=tls_context(), max_response_bytes=max_response_bytes)
        return instructor_over(
            openai.OpenAI(**options, http_client=http), mode, slots_in_client=True
        )

    def async_client() -> instructor.AsyncInstructor:
        kind = SlotHoldingAioHttpClient if is_loop_ended_by_newsbrief() else SlotHoldingAsyncClient
        http = kind(verify=tls_context(), max_response_bytes=max_response_bytes)
        return async_instructor_over(
            openai.AsyncOpenAI(**options, http_client=http), mode, slots_in_client=True
        )

    return sync_client, async_client


@functools.cache
def tls_context() -> ssl.SSLContext:
    """The verified TLS context the SDK's HTTP client would build (``httpx2`` defaults: its CA
    bundle, ``SSL_CERT_FILE``/``SSL_CERT_DIR``), built once per process and shared by every
    client. Building one loads the CA bundle, and there is a client per event loop."""
    return httpx2.create_ssl_context()


def openai_backend(
    model_name: str,
    *,
    base_url: str | None,
    api_key: str | None,
    mode: ModeName | None,
    timeout: float | None,
    reason: str,
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
) -> Backend:
    """OpenAI itself (``"openai/<model>"``), or its API at a ``base_url``."""
    if base_url is not None and api_key is None:
        api_key = PLACEHOLDER_KEY
    make_sync, make_async = _openai_clients(
        api_key=api_key,
        base_url=base_url,
        mode=MODES[mode or "tools"],
        timeout=timeout,
        max_response_bytes=max_response_bytes,
    )
    return Backend(
        label=f"openai/{model_name}",
        model_name=model_name,
        make_sync=make_sync,
        make_async=make_async,
        reason=reason,
        context_window=openai_context_window(model_name),
        bounds_requests=True,
        mode=MODES[mode or "tools"],
    )


def compatible_server_backend(
    model: str,
    *,
    base_url: str,
    api_key: str | None,
    mode: ModeName | None,
    timeout: float | None,
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
) -> Backend:
    """An OpenAI-compatible server. Its key is only ever the one given for it.

    JSON mode, with the schema also sent as ``response_format.schema``, which llama.cpp's server
    enforces as a grammar and other servers ignore.
    """
    make_sync, make_async = _openai_clients(
        api_key=api_key or PLACEHOLDER_KEY,
        base_url=base_url,
        mode=MODES[mode or "json"],
        timeout=timeout,
        max_response_bytes=max_response_bytes,
    )
    return Backend(
        label=f"{model} @ {redact(base_url)}",
        model_name=model,
        make_sync=make_sync,
        make_async=make_async,
        schema_in_response_format=(mode or "json") == "json",
        bounds_requests=True,
        mode=MODES[mode or "json"],
    )


def client_backend(
    client: openai.OpenAI | openai.AsyncOpenAI, model: str | None, mode: ModeName | None
) -> Backend:
    """A caller's ``openai.OpenAI`` or ``openai.AsyncOpenAI``; ``model`` names the model to call.

    newsbrief uses a copy with the SDK's retries off: the caller's client is untouched.
    """
    name = model.removeprefix("openai/") if model else None
    if not name:
        raise ConfigurationError("Pass model=... naming the model to call with this client.")
    quiet = client.with_options(max_retries=0)
    chosen = MODES[mode or "tools"]
    if isinstance(quiet, openai.OpenAI):
        sync_client = quiet
        return Backend(
            label=f"openai/{name}",
            model_name=name,
            make_sync=lambda: instructor_over(sync_client, chosen),
            make_async=None,
            bounds_requests=True,
            owns_clients=False,
            mode=chosen,
        )
    async_client = quiet
    return Backend(
        label=f"openai/{name}",
        model_name=name,
        make_sync=None,
        make_async=lambda: async_instructor_over(async_client, chosen),
        bounds_requests=True,
        owns_clients=False,
        mode=chosen,
    )
