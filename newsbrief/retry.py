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
import random
import time
from collections.abc import Awaitable, Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from enum import Enum
from typing import Any, Literal

import openai
from tenacity import AsyncRetrying, RetryCallState, Retrying, retry_if_exception

from newsbrief.errors import NewsbriefError

__all__ = [
    "DEFAULT_TIMEOUT",
    "CallBudget",
    "Fault",
    "RetryPolicy",
    "active_budget",
    "classify",
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


def classify(exc: BaseException) -> Fault:
    """Whether ``exc`` is a transient transport fault, a validation failure, or fatal.

    A validation failure is an answer that does not fit the schema: pydantic's
    ``ValidationError``, a ``json.JSONDecodeError``, and instructor's own parsing errors, all of
    which are ``ValueError`` s (instructor's classes are not public API, so they are recognised
    by that base). newsbrief's own errors (an ``InputError`` is a ``ValueError`` too) are fatal.
    """
    if isinstance(exc, NewsbriefError):
        return Fault.FATAL
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


def retry_after_seconds(exc: BaseException) -> float | None:
    """The wait a failed response asked for (``retry-after-ms`` or ``Retry-After``), if any."""
    response = getattr(exc, "response", None)
    headers = getattr(response, "headers", None)
    if headers is None:
        return None
    millis = headers.get("retry-after-ms")
    if millis is not None:
        try:
            return max(float(millis) / 1000.0, 0.0)
        except ValueError:
            pass
    value = headers.get("retry-after")
    if value is None:
        return None
    try:
        return max(float(value), 0.0)
    except ValueError:
        when = email.utils.parsedate_to_datetime(value) if value else None
        if when is None:
            return None
        return max(when.timestamp() - time.time(), 0.0)


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

    def _wait(self, state: RetryCallState) -> float:
        exc = state.outcome.exception() if state.outcome else None
        if exc is None or classify(exc) is not Fault.TRANSIENT:
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
        if exc is not None and classify(exc) is Fault.VALIDATION:
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
        if exc is not None and classify(exc) is Fault.VALIDATION:
            self.validation_reasks += 1
        else:
            self.transport_retries += 1

    def _retry_kwargs(self) -> dict[str, Any]:
        return {
            "retry": retry_if_exception(lambda e: classify(e) is not Fault.FATAL),
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
