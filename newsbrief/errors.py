"""Typed errors raised by newsbrief.

Every error derives from :class:`NewsbriefError` and carries what the call cost before it
failed: the HTTP calls made (``attempts``), the token ``usage`` ledger, the ``elapsed`` seconds
and, where the model answered, the ``last_completion`` it sent. The original exception is chained
as ``__cause__``.

Hierarchy::

    NewsbriefError
    ├── InputError                   bad article text; raised before any network call
    │   ├── ArticleTooLongError      the article does not fit the model's context window
    │   └── FetchError               a web page could not be fetched: bad URL, HTTP 4xx/5xx, not
    │                                HTML, too large, too slow, too many redirects, no connection
    ├── ConfigurationError           no model, no key, unknown provider, bad option
    ├── ProviderError                the model provider failed to answer
    │   ├── AuthenticationError      401/403: the key is missing, wrong or unauthorised
    │   ├── QuotaExceededError       insufficient_quota: billing, not load (not retried)
    │   ├── BadRequestError          400/404/422: the request itself is wrong (not retried)
    │   ├── RateLimitError           429 after the retry budget, or a Retry-After too long
    │   ├── ProviderUnavailableError 5xx / connection errors after the retry budget
    │   ├── MalformedResponseError   answers that are not chat completions (HTML, no choices...)
    │   ├── ResponseTooLargeError    a response over ``max_response_bytes`` (decompressed)
    │   └── DeadlineExceededError    the whole-article deadline (``timeout``) passed
    ├── ModelOutputError             the model answered, but not with a usable brief
    │   ├── RefusalError             the model refused or a content filter stopped it
    │   ├── IncompleteOutputError    output cut off at the token limit (finish_reason "length")
    │   └── ValidationExhaustedError every validation re-ask failed (``last_draft``)
    └── GroundingError               ``on_unverified="raise"`` and quotes are not found
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Literal

from newsbrief.redaction import redact

if TYPE_CHECKING:
    from newsbrief.models import Evidence, Usage

__all__ = [
    "ArticleTooLongError",
    "AuthenticationError",
    "BadRequestError",
    "ConfigurationError",
    "DeadlineExceededError",
    "FetchError",
    "FetchFailure",
    "GroundingError",
    "IncompleteOutputError",
    "InputError",
    "MalformedResponseError",
    "ModelOutputError",
    "NewsbriefError",
    "ProviderError",
    "ProviderUnavailableError",
    "QuotaExceededError",
    "RateLimitError",
    "RefusalError",
    "ResponseTooLargeError",
    "ValidationExhaustedError",
]


class NewsbriefError(Exception):
    """Base class of every error newsbrief raises.

    Credentials are masked in the message and the model label (see
    :func:`newsbrief.redaction.redact`): an error may be logged or shown anywhere.

    Attributes:
        message: What happened and what to do next.
        attempts: HTTP calls made to the model before the error.
        usage: Token ledger of every call made before the error (``None`` if no call was made).
        elapsed: Seconds spent on the article before the error.
        last_completion: The last raw completion the provider returned, where one exists.
        model: The model the call was made to, where one was resolved.
    """

    def __init__(
        self,
        message: str,
        *,
        attempts: int = 0,
        usage: Usage | None = None,
        elapsed: float = 0.0,
        last_completion: Any = None,
        model: str | None = None,
    ) -> None:
        message = redact(message)
        super().__init__(message)
        self.message = message
        self.attempts = attempts
        self.usage = usage
        self.elapsed = elapsed
        self.last_completion = last_completion
        self.model = redact(model) if model is not None else None

    def __str__(self) -> str:
        if self.attempts:
            tokens = self.usage.total_tokens if self.usage is not None else 0
            return (
                f"{self.message} (after {self.attempts} call(s), {tokens} tokens, "
                f"{self.elapsed:.1f}s)"
            )
        return self.message


class InputError(NewsbriefError, ValueError):
    """The article text cannot be summarised as given (empty, whitespace only, wrong type)."""


class ArticleTooLongError(InputError):
    """The article does not fit the model's context window."""


FetchFailure = Literal[
    "bad_url",
    "connection",
    "timeout",
    "too_many_redirects",
    "http_status",
    "not_html",
    "too_large",
    "protocol",
]
"""Why a web page could not be fetched (:attr:`FetchError.reason`)."""


class FetchError(InputError):
    """A web page could not be fetched, so there is no article to summarise.

    Raised by :func:`newsbrief.fetch_article`. The message says what happened and what to do;
    URLs in it never carry a ``user:password@`` part.

    Attributes:
        url: The URL asked for (or redirected to), without credentials.
        status_code: The HTTP status, when the server answered with an error.
        reason: What went wrong: ``bad_url`` (not an http(s) URL; raised before any network
            call), ``connection``, ``timeout`` (the whole download took longer than allowed),
            ``too_many_redirects``, ``http_status`` (4xx/5xx), ``not_html`` (the content type
            is not HTML), ``too_large`` (the body, decompressed, is over the size cap) or
            ``protocol`` (a malformed response).
    """

    def __init__(
        self,
        message: str,
        *,
        url: str | None = None,
        status_code: int | None = None,
        reason: FetchFailure = "connection",
        **context: Any,
    ) -> None:
        super().__init__(message, **context)
        self.url = url
        self.status_code = status_code
        self.reason: FetchFailure = reason


class ConfigurationError(NewsbriefError):
    """newsbrief is not configured to reach a model (no model, no key, unknown provider)."""


class ProviderError(NewsbriefError):
    """The model provider failed to answer.

    Attributes:
        status_code: The HTTP status of the last failed call, where there was one.
    """

    def __init__(self, message: str, *, status_code: int | None = None, **context: Any) -> None:
        super().__init__(message, **context)
        self.status_code = status_code


class AuthenticationError(ProviderError):
    """The provider rejected the credentials (401/403). Not retried."""


class QuotaExceededError(ProviderError):
    """The account has no quota left (``insufficient_quota``). Not retried."""


class BadRequestError(ProviderError):
    """The provider rejected the request itself (400/404/422). Not retried."""


class RateLimitError(ProviderError):
    """Still rate limited (429) when the retry budget ran out, or asked to wait too long.

    Attributes:
        retry_after: Seconds the server asked to wait, if it said.
    """

    def __init__(self, message: str, *, retry_after: float | None = None, **context: Any) -> None:
        super().__init__(message, **context)
        self.retry_after = retry_after


class ProviderUnavailableError(ProviderError):
    """Server errors (5xx) or connection failures outlasted the retry budget."""


class MalformedResponseError(ProviderError):
    """The server's answers were not chat completions (an HTML page, JSON cut short, no
    ``choices``, an error object in a 200) on every attempt: retried as a transport fault, then
    this. Check that ``base_url`` is an OpenAI-compatible API."""


class ResponseTooLargeError(ProviderError):
    """A response body was larger than ``Summarizer(max_response_bytes=...)``, counted after
    decompression; reading stopped there. Not retried.

    Attributes:
        limit: The cap, in bytes.
    """

    def __init__(self, message: str, *, limit: int = 0, **context: Any) -> None:
        super().__init__(message, **context)
        self.limit = limit


class DeadlineExceededError(ProviderError):
    """The article's deadline (``Summarizer(timeout=...)``) passed before a brief was made."""


class ModelOutputError(NewsbriefError):
    """The model answered, but its answer is not a usable brief."""


class RefusalError(ModelOutputError):
    """The model refused, or the provider's content filter stopped the answer."""


class IncompleteOutputError(ModelOutputError):
    """The answer was cut off at the output token limit (``finish_reason == "length"``)."""


class ValidationExhaustedError(ModelOutputError):
    """The model's answers failed validation on every attempt.

    Attributes:
        last_draft: The raw text of the last answer, for inspection.
        errors: The validation errors of the last answer.
    """

    def __init__(
        self, message: str, *, last_draft: str | None = None, errors: str = "", **context: Any
    ) -> None:
        super().__init__(message, **context)
        self.last_draft = last_draft
        self.errors = errors


class GroundingError(NewsbriefError):
    """Some quotes are not in the article and the policy is ``on_unverified="raise"``.

    Attributes:
        unverified: The evidence that could not be found in the article.
    """

    def __init__(
        self, message: str, *, unverified: list[Evidence] | None = None, **context: Any
    ) -> None:
        super().__init__(message, **context)
        self.unverified = unverified or []
