"""The shared budget: one request and token budget for every actor of a job, or of a cluster."""

from __future__ import annotations

import asyncio
import time
from collections import deque
from collections.abc import Callable
from typing import Any

try:
    import ray
except ImportError as exc:  # pragma: no cover - depends on what is installed
    raise ImportError(
        'newsbrief.ray needs Ray Data: pip install "newsbrief[ray]" (or "ray[data]").'
    ) from exc

from newsbrief import errors
from newsbrief.chunking import estimate_tokens
from newsbrief.summarizer import PROMPT_RESERVE_TOKENS

__all__ = ["RateWindow", "estimated_prompt_tokens", "shared_limiter"]


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

    :func:`~newsbrief.ray.brief_dataset` makes one from its ``requests_per_minute``/
    ``tokens_per_minute``; make one yourself to share a budget (one API key's limits) between
    several datasets or jobs: with ``name``, a job that finds a limiter of that name on the
    cluster uses it.

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


def estimated_prompt_tokens(text: object) -> int:
    """What an article asks of the tokens budget: its estimated tokens (UTF-8 bytes / 3) plus
    the prompt's overhead; only the overhead for anything but a str or UTF-8 bytes."""
    if isinstance(text, bytes):
        text = text.decode("utf-8", "replace")
    return PROMPT_RESERVE_TOKENS + (estimate_tokens(text) if isinstance(text, str) else 0)
