"""Many articles: bounded concurrency, rate limits, per-article results, progress.

:func:`summarize_many` and :func:`asummarize_many` take any iterable of texts or ``(id, text)``
pairs and yield one :class:`BatchResult` per article. A failure on one article becomes that
article's result (``result.error``), never an exception that stops the batch.
"""

from __future__ import annotations

from pydantic import BaseModel, ConfigDict, Field

from newsbrief import errors
from newsbrief.models import Brief, Usage

__all__ = ["BatchError", "BatchResult"]


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
                usage=exc.usage.model_copy(deep=True),
                retryable=retryable,
            )
        return cls(type="UnexpectedError", message=f"{type(exc).__name__}: {exc}")


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
