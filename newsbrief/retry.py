"""Retry policy: one budget per article for transport faults and validation re-asks.

Two kinds of failure are retried, each from its own allowance, under one deadline:

* **Transport faults** (connection errors, timeouts, 408, 409, 429, 5xx) are retried with
  exponential backoff and full jitter, or after the server's ``Retry-After``/``retry-after-ms``
  when it sends one. A server asking for more than ``max_retry_after`` seconds fails at once with
  the wait it asked for. The OpenAI SDK's own retries are off, so layers never multiply.
* **Validation failures** (the answer does not fit the schema) are re-asked by instructor with the
  validation errors, at most ``max_validation_reasks`` times per article.

Never retried: 400, 401, 403, 404, 422, ``insufficient_quota``, refusals, and output cut off at
the token limit. After a valid draft, one targeted re-ask may name quotes that were not found in
the article (``grounding_reask``). So the worst case for one article is
``1 + max_validation_reasks + grounding_reask + max_transport_retries`` HTTP calls
(:attr:`RetryPolicy.max_calls`: 6 under the defaults).
"""

from __future__ import annotations

import asyncio
import contextvars
import email.utils
import math
import random
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Literal, TypeVar

import openai
from tenacity import AsyncRetrying, RetryCallState, Retrying, retry_if_exception

from newsbrief.errors import NewsbriefError

__all__ = [
    "DEFAULT_TIMEOUT",
    "CallBudget",
    "Fault",
    "RequestNotSent",
    "RetryPolicy",
    "active_budget",
    "classify",
    "find_cause",
    "parse_retry_after",
    "retry_after_seconds",
]

DEFAULT_TIMEOUT = 600.0
"""Default deadline, in seconds, for one whole article (every attempt and every wait)."""

_ACTIVE: contextvars.ContextVar[CallBudget | None] = contextvars.ContextVar(
    "newsbrief_active_budget", default=None
)


def active_budget() -> CallBudget | None:
    """The budget of the article being summarised in this context, if any."""
    return _ACTIVE.get()


@dataclass(frozen=True)
class RetryPolicy:
    """How hard newsbrief tries for one article.

    Attributes:
        max_transport_retries: Retries of transport faults (429, 5xx, connection) per article.
        max_validation_reasks: Re-asks after an answer fails validation, per article.
        grounding_reask: Whether to re-ask once for quotes that were not found in the article.
        initial_backoff: First backoff ceiling in seconds; doubles on each retry (full jitter).
        max_backoff: Cap of one backoff wait, in seconds.
        max_retry_after: Longest ``Retry-After`` honoured; a longer ask fails at once.
    """

    max_transport_retries: int = 3
    max_validation_reasks: int = 1
    grounding_reask: bool = True
    initial_backoff: float = 1.0
    max_backoff: float = 20.0
    max_retry_after: float = 60.0

    def __post_init__(self) -> None:
        if self.max_transport_retries < 0 or self.max_validation_reasks < 0:
            raise ValueError("retry counts cannot be negative")
        if self.initial_backoff < 0 or self.max_backoff < 0 or self.max_retry_after < 0:
            raise ValueError("waits cannot be negative")

    @property
    def max_calls(self) -> int:
        """Worst-case HTTP calls for one article under this policy."""
        return (
            1 + self.max_validation_reasks + int(self.grounding_reask) + self.max_transport_retries
        )


class Fault(Enum):
    """How a failed call is treated."""

    TRANSIENT = "transient"
    VALIDATION = "validation"
    FATAL = "fatal"


_TRANSIENT_STATUS = {408, 409, 429}


def _error_code(exc: BaseException) -> str | None:
    body = getattr(exc, "body", None)
    if isinstance(body, dict):
        inner = body.get("error", body)
        if isinstance(inner, dict):
            code = inner.get("code") or inner.get("type")
            return str(code) if code is not None else None
    code = getattr(exc, "code", None)
    return str(code) if code is not None else None


class RequestNotSent(Exception):
    """Raised where a request would be sent once the article's deadline has passed (after a
    wait for a request slot, say): no call was made, and none is counted."""


E = TypeVar("E", bound=BaseException)


def find_cause(exc: BaseException, kind: type[E]) -> E | None:
    """The first exception of type ``kind`` in ``exc``'s explicit chain (``exc``, its
    ``__cause__``, that one's ``__cause__``...), or ``None``.

    The SDK wraps what its HTTP client raised (``APIConnectionError`` from the cause), and
    instructor what ended its retries; a newsbrief error raised below them is found here.
    """
    seen: set[int] = set()
    current: BaseException | None = exc
    while current is not None and id(current) not in seen:
        if isinstance(current, kind):
            return current
        seen.add(id(current))
        current = current.__cause__
    return None


def classify(exc: BaseException) -> Fault:
    """Whether ``exc`` is a transient transport fault, a validation failure, or fatal.

    A validation failure is an answer that does not fit the schema: pydantic's
    ``ValidationError``, a ``json.JSONDecodeError``, and instructor's own parsing errors, all of
    which are ``ValueError`` s (instructor's classes are not public API, so they are recognised
    by that base). newsbrief's own errors (an ``InputError`` is a ``ValueError`` too) are fatal,
    also when the SDK wraps them; a request the deadline kept from being sent is transient (the
    deadline then ends the retries).
    """
    if find_cause(exc, NewsbriefError) is not None:
        return Fault.FATAL
    if find_cause(exc, RequestNotSent) is not None:
        return Fault.TRANSIENT
    if isinstance(exc, ValueError):
        return Fault.VALIDATION
    if isinstance(exc, openai.APIConnectionError):  # includes APITimeoutError
        return Fault.TRANSIENT
    status = getattr(exc, "status_code", None)
    if isinstance(status, int):
        if _error_code(exc) == "insufficient_quota":
            return Fault.FATAL
        if status in _TRANSIENT_STATUS or status >= 500:
            return Fault.TRANSIENT
    return Fault.FATAL


def parse_retry_after(value: str | None, *, millis: bool = False) -> float | None:
    """Seconds a ``Retry-After`` (or, with ``millis``, ``retry-after-ms``) header value asks for.

    Total: any string gives a finite number of seconds >= 0, or ``None`` when the value is not
    one the header allows (RFC 9110: a non-negative number of seconds, or an HTTP date), so that
    the caller falls back to its own backoff. ``junk``, ``nan``, ``inf``, ``-5`` and malformed or
    out-of-range dates are ``None``; a date in the past is ``0``; a date far in the future is
    the (large, finite) wait until it, which a retry policy then refuses as too long.

    Args:
        value: The header's value, or ``None`` when the header is absent.
        millis: The value counts milliseconds (``retry-after-ms``), and is never a date.
    """
    if value is None:
        return None
    text = value.strip()
    try:
        number = float(text)
    except ValueError:
        number = None
    if number is not None:
        if not math.isfinite(number) or number < 0:
            return None
        return number / 1000.0 if millis else number
    if millis:
        return None
    try:
        when = email.utils.parsedate_to_datetime(text)
        seconds = when.timestamp() - time.time()
    except (ValueError, TypeError, OverflowError, IndexError):
        return None
    return max(seconds, 0.0) if math.isfinite(seconds) else None


def retry_after_seconds(exc: BaseException) -> float | None:
    """The wait a failed response asked for (``retry-after-ms``, else ``Retry-After``), if it
    asked for one that can be honoured (see :func:`parse_retry_after`)."""
    response = getattr(exc, "response", None)
    headers = getattr(response, "headers", None)
    get = getattr(headers, "get", None)
    if get is None:
        return None
    millis = parse_retry_after(_header(get, "retry-after-ms"), millis=True)
    if millis is not None:
        return millis
    return parse_retry_after(_header(get, "retry-after"))


def _header(get: Callable[[str], Any], name: str) -> str | None:
    value = get(name)
    return value if isinstance(value, str) else None


StopReason = Literal[
    "transport_budget", "validation_budget", "retry_after_too_long", "deadline", "veto"
]


@dataclass
class CallBudget:
    """The retry budget and deadline of one article, shared by all its calls.

    Attributes:
        policy: The retry policy.
        timeout: Deadline in seconds for the whole article (all attempts and waits), or ``None``.
        clock: Monotonic clock, injectable for tests.
        sleep: Blocking sleep, injectable for tests.
        async_sleep: Async sleep, injectable for tests.
        jitter: Returns a float in [0, 1) for full jitter, injectable for tests.
        malformed: Why the last answer was not a chat completion at all (the server's fault:
            retried as a transport fault), or ``None``.
        not_sent: Requests cancelled while they waited for a request slot (never sent, so
            not counted as calls).
    """

    policy: RetryPolicy
    timeout: float | None = None
    clock: Callable[[], float] = time.monotonic
    sleep: Callable[[float], None] = time.sleep
    async_sleep: Callable[[float], Awaitable[None]] = asyncio.sleep
    jitter: Callable[[], float] = random.random
    transport_retries: int = 0
    validation_reasks: int = 0
    stop_reason: StopReason | None = None
    last_retry_after: float | None = None
    veto: str | None = None
    malformed: str | None = None
    not_sent: int = 0
    started: float = field(init=False)

    def __post_init__(self) -> None:
        self.started = self.clock()

    def elapsed(self) -> float:
        """Seconds since the article started."""
        return self.clock() - self.started

    @contextmanager
    def active(self) -> Iterator[CallBudget]:
        """Make this the budget that request wrappers read (per thread and per task)."""
        token = _ACTIVE.set(self)
        try:
            yield self
        finally:
            _ACTIVE.reset(token)

    def remaining(self) -> float | None:
        """Seconds left before the deadline, or ``None`` without one."""
        if self.timeout is None:
            return None
        return self.timeout - self.elapsed()

    def fault(self, exc: BaseException) -> Fault:
        """How this budget treats ``exc``: as :func:`classify` does, except that a failure that
        follows a malformed response (:attr:`malformed`: not a chat completion at all, the
        server's fault and not the model's) is a transport fault, not a validation failure."""
        if self.malformed is not None and find_cause(exc, NewsbriefError) is None:
            return Fault.TRANSIENT
        return classify(exc)

    def _wait(self, state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        if exc is None or self.fault(exc) is not Fault.TRANSIENT:
            return 0.0
        asked = retry_after_seconds(exc)
        self.last_retry_after = asked
        if asked is not None:
            return asked
        ceiling: float = self.policy.initial_backoff * 2.0**self.transport_retries
        return min(ceiling, self.policy.max_backoff) * self.jitter()

    def _stop(self, state: RetryCallState) -> bool:
        exc = state.outcome.exception() if state.outcome else None
        wait = state.upcoming_sleep
        if self.veto is not None:
            self.stop_reason = "veto"
            return True
        remaining = self.remaining()
        if remaining is not None and remaining <= 0:  # whatever else is left, time is not
            self.stop_reason = "deadline"
            return True
        if exc is not None and self.fault(exc) is Fault.VALIDATION:
            if self.validation_reasks >= self.policy.max_validation_reasks:
                self.stop_reason = "validation_budget"
                return True
        else:
            if self.transport_retries >= self.policy.max_transport_retries:
                self.stop_reason = "transport_budget"
                return True
            if self.last_retry_after is not None and wait > self.policy.max_retry_after:
                self.stop_reason = "retry_after_too_long"
                return True
        if remaining is not None and wait >= remaining:
            self.stop_reason = "deadline"
            return True
        return False

    def _count(self, state: RetryCallState) -> None:
        exc = state.outcome.exception() if state.outcome else None
        if exc is not None and self.fault(exc) is Fault.VALIDATION:
            self.validation_reasks += 1
        else:
            self.transport_retries += 1

    def _retry_kwargs(self) -> dict[str, Any]:
        return {
            "retry": retry_if_exception(lambda e: self.fault(e) is not Fault.FATAL),
            "wait": self._wait,
            "stop": self._stop,
            "before_sleep": self._count,
            "reraise": True,
        }

    def retrying(self) -> Retrying:
        """A tenacity policy for instructor's ``max_retries`` that spends this budget."""
        return Retrying(sleep=self.sleep, **self._retry_kwargs())

    def async_retrying(self) -> AsyncRetrying:
        """The async twin of :meth:`retrying`."""
        return AsyncRetrying(sleep=self.async_sleep, **self._retry_kwargs())
