"""Calls to the model: the only module that talks to instructor, and the one error mapping.

A strategy (:mod:`newsbrief.onepass`, :mod:`newsbrief.staged`) is written once, as a generator
that yields the :class:`Request` s it wants made and receives each answer (a validated pydantic
object) or, thrown in, the typed :class:`~newsbrief.NewsbriefError` the call ended in. The drivers
here run it: :func:`drive` with the sync client, :func:`adrive` with the async one, and
:func:`replay` with a completion made elsewhere (the OpenAI Batch API's answer), which allows no
further call. So the pipeline's logic exists once, and every path maps errors the same way.

Only instructor's public API is used (``instructor.hooks``, the clients'
``create_with_completion``); instructor's exceptions are recognised by what they carry
(``last_completion``, the chained cause), not by importing their private classes.
"""

from __future__ import annotations

import asyncio
import functools
from collections.abc import Generator
from dataclasses import dataclass, field
from typing import Any, TypeVar

import instructor
import openai
from openai.types.chat import ChatCompletion
from pydantic import BaseModel

from newsbrief import errors
from newsbrief.models import CallKind, Usage, UsageRecord
from newsbrief.prompt import Request
from newsbrief.providers.base import Backend
from newsbrief.retry import (
    CallBudget,
    Fault,
    RequestNotSent,
    find_cause,
    retry_after_seconds,
)

__all__ = [
    "NoFurtherCalls",
    "Request",
    "Run",
    "Strategy",
    "adrive",
    "completion_text",
    "drive",
    "finish_reason",
    "malformed",
    "provider_error",
    "refusal",
    "replay",
    "request_body",
    "shorten",
]

T = TypeVar("T")


Strategy = Generator[Request, Any, T]
"""A strategy: yields requests, is sent their answers (or has their errors thrown in), returns
its result."""


class NoFurtherCalls(errors.NewsbriefError):
    """Thrown into a strategy by :func:`replay`: this path makes no further call (the answer came
    from the OpenAI Batch API, which cannot re-ask)."""


def _first_choice(completion: Any) -> Any:
    choices = getattr(completion, "choices", None)
    return choices[0] if isinstance(choices, list) and choices else None


def malformed(completion: Any) -> str | None:
    """Why ``completion`` is not a chat completion at all, or ``None`` when it is one.

    That is the server's fault, not the model's: a body that is not JSON (an HTML error page),
    a completion without choices, one carrying an error object instead (some gateways answer
    200 with ``{"error": ...}``), or a first choice without a message. Only OpenAI-shaped
    answers are judged; other providers' objects are left to their own parsers.
    """
    if isinstance(completion, (str, bytes)):
        text = completion if isinstance(completion, str) else completion.decode("utf-8", "replace")
        head = text.lstrip()[:200].lower()
        if head.startswith(("<!doctype html", "<html")) or "<body" in head:
            return "an HTML page"
        return "a body that is not a JSON chat completion" if text.strip() else "an empty body"
    if completion is None or isinstance(completion, (list, dict, int, float)):
        kind = "null" if completion is None else type(completion).__name__
        return f"a JSON {kind} instead of a completion object"
    if not isinstance(completion, ChatCompletion):
        return None
    problem = getattr(completion, "error", None)
    if problem is not None:
        message = problem.get("message") if isinstance(problem, dict) else problem
        return f"an error object ({shorten_text(str(message), 200)})"
    choices = getattr(completion, "choices", None)
    if not isinstance(choices, list) or not choices:
        return "a completion without choices"
    if getattr(choices[0], "message", None) is None:
        return "a completion whose first choice has no message"
    return None


def finish_reason(completion: Any) -> str | None:
    """The first choice's ``finish_reason``, if the completion has one."""
    reason = getattr(_first_choice(completion), "finish_reason", None)
    return str(reason) if reason is not None else None


def refusal(completion: Any) -> str | None:
    """Why the model refused, or the provider's content filter stopped it; else ``None``."""
    choice = _first_choice(completion)
    if choice is None:
        return None
    refused = getattr(getattr(choice, "message", None), "refusal", None)
    if refused:
        return str(refused)
    if getattr(choice, "finish_reason", None) == "content_filter":
        return "stopped by the provider's content filter"
    return None


def completion_text(completion: Any) -> str | None:
    """The raw answer: the first tool call's arguments, else the message content."""
    message = getattr(_first_choice(completion), "message", None)
    if message is None:
        return None
    calls = getattr(message, "tool_calls", None)
    if isinstance(calls, list) and calls:
        arguments = getattr(getattr(calls[0], "function", None), "arguments", None)
        return str(arguments) if arguments is not None else None
    content = getattr(message, "content", None)
    return str(content) if content is not None else None


def shorten_text(text: str, limit: int = 300) -> str:
    """``text``, cut at ``limit`` characters."""
    return text if len(text) <= limit else text[:limit] + "..."


def shorten(exc: BaseException, limit: int = 300) -> str:
    """``str(exc)``, cut at ``limit`` characters."""
    return shorten_text(str(exc), limit)


def _tokens(usage: Any, *names: str) -> int:
    """The first of ``names`` that ``usage`` reports as a count (0 for anything else)."""
    for name in names:
        value = getattr(usage, name, None)
        if isinstance(value, int) and not isinstance(value, bool) and value > 0:
            return value
    return 0


@dataclass
class Run:
    """Bookkeeping of one article: calls made, the usage ledger, the last completion, and the
    mapping of whatever a call ends in to a typed :class:`~newsbrief.NewsbriefError`.

    Attributes:
        backend: The model.
        budget: The article's retry budget and deadline.
        options: Request options the caller set (``temperature``, ``max_tokens``).
        usage: Tokens of every call that returned a completion.
        attempts: HTTP calls made.
        last_completion: The last raw completion, where one exists.
    """

    backend: Backend
    budget: CallBudget
    options: dict[str, Any] = field(default_factory=dict)
    usage: Usage = field(default_factory=Usage)
    attempts: int = 0
    last_completion: Any = None
    _next_kind: CallKind = "initial"
    _call_kind: CallKind = "initial"
    _stage: str | None = None

    # -- instructor hooks --------------------------------------------------------------------

    def _hooks(self, kind: CallKind) -> Any:
        self._next_kind = kind
        hooks = instructor.hooks.Hooks()
        hooks.on("completion:kwargs", self._on_request)
        hooks.on("completion:response", self._on_response)
        hooks.on("completion:error", self._on_transport_error)
        hooks.on("parse:error", self._on_parse_error)
        return hooks

    def _on_request(self, *args: Any, **kwargs: Any) -> None:
        self.attempts += 1
        self._call_kind = self._next_kind
        self.budget.malformed = None

    def _on_response(self, response: Any) -> None:
        problem = malformed(response)
        if problem is not None:
            # Not an answer from the model: a transport fault, retried as one (see
            # CallBudget.fault), and not a completion to keep or bill.
            self.budget.malformed = problem
            self._next_kind = "transport_retry"
            return
        self.last_completion = response
        # A refusal or a cut-off answer is final: re-asking would pay again for the same outcome.
        if refusal(response) is not None or finish_reason(response) == "length":
            self.budget.veto = refusal(response) or "length"
        self.record_usage(response, self._call_kind, self._stage)

    def _on_transport_error(self, error: BaseException, **_: Any) -> None:
        self._next_kind = "transport_retry"
        if find_cause(error, RequestNotSent) is not None:
            self.attempts -= 1  # the deadline kept it from being sent: no call was made
        elif isinstance(error, ValueError) and find_cause(error, errors.NewsbriefError) is None:
            # The SDK could not read the body (a 200 whose JSON is cut short, say).
            self.budget.malformed = f"a body that is not valid JSON ({shorten(error, 120)})"

    def _on_parse_error(self, error: BaseException, **_: Any) -> None:
        if self.budget.malformed is None:
            self._next_kind = "validation_reask"

    def record_usage(self, completion: Any, kind: CallKind, stage: str | None = None) -> None:
        """Add the tokens ``completion`` reports to the ledger (a count that is not a
        non-negative integer counts 0)."""
        usage = getattr(completion, "usage", None)
        self.usage.calls.append(
            UsageRecord(
                kind=kind,
                prompt_tokens=_tokens(usage, "prompt_tokens", "input_tokens"),
                completion_tokens=_tokens(usage, "completion_tokens", "output_tokens"),
                stage=stage,
            )
        )

    # -- requests ----------------------------------------------------------------------------

    def kwargs(self, request: Request) -> dict[str, Any]:
        """The keyword arguments of instructor's ``create_with_completion`` for ``request``."""
        kwargs = self.backend.request_kwargs(request.grammar_model or request.response_model)
        kwargs.update(self.options)
        if request.max_tokens is not None:  # a stage's short answer, within the caller's cap
            kwargs["max_tokens"] = min(request.max_tokens, kwargs.get("max_tokens") or 10**9)
        self._stage = request.stage
        kwargs.update(
            response_model=_for_instructor(request.response_model),
            messages=request.messages,
            hooks=self._hooks(request.kind),
        )
        return kwargs

    def context(self) -> dict[str, Any]:
        """What an error raised for this article carries."""
        return {
            "attempts": self.attempts,
            "usage": self.usage.model_copy(deep=True),
            "elapsed": self.budget.elapsed(),
            "last_completion": self.last_completion,
            "model": self.backend.label,
        }

    def _check_deadline(self) -> None:
        remaining = self.budget.remaining()
        if remaining is not None and remaining <= 0:
            raise errors.DeadlineExceededError(
                f"The article's deadline of {self.budget.timeout}s passed before the next call; "
                "no call was made.",
                **self.context(),
            )

    def call(self, request: Request) -> BaseModel:
        """Make ``request`` with the sync client, retrying as the budget allows.

        Raises:
            NewsbriefError: The typed error the call ended in (see :meth:`error`).
        """
        self._check_deadline()
        client = self.backend.sync_client()
        try:
            with self.budget.active():
                answer, _ = client.chat.completions.create_with_completion(
                    max_retries=self.budget.retrying(), **self.kwargs(request)
                )
        except Exception as exc:
            raise self.error(exc) from exc
        return _model(answer)

    async def acall(self, request: Request) -> BaseModel:
        """Async twin of :meth:`call`.

        The whole call (every attempt, every wait, every body read) is also bounded by a
        watchdog on the task: when the deadline passes it is cancelled, whatever the backend.
        """
        self._check_deadline()
        client = self.backend.async_client()
        try:
            with self.budget.active():
                call = client.chat.completions.create_with_completion(
                    max_retries=self.budget.async_retrying(), **self.kwargs(request)
                )
                remaining = self.budget.remaining()
                if remaining is None:
                    answer, _ = await call
                else:
                    answer, _ = await asyncio.wait_for(call, max(remaining, 0.0))
        except asyncio.TimeoutError as exc:
            remaining = self.budget.remaining()
            if remaining is None or remaining > 0:  # not the watchdog's: a fault like any
                raise self.error(exc) from exc
            self.budget.stop_reason = "deadline"
            self.attempts -= self.budget.not_sent  # cancelled while waiting for a slot: unsent
            self.budget.not_sent = 0
            raise errors.DeadlineExceededError(
                f"The article's deadline of {self.budget.timeout}s passed during a call.",
                **self.context(),
            ) from exc
        except Exception as exc:
            raise self.error(exc) from exc
        return _model(answer)

    # -- the one error mapping ---------------------------------------------------------------

    def error(self, exc: BaseException) -> errors.NewsbriefError:
        """The typed newsbrief error for a failed call (every failure maps to one)."""
        if isinstance(exc, errors.NewsbriefError):
            if not exc.attempts:
                for key, value in self.context().items():
                    setattr(exc, key, value)
            return exc
        cause: BaseException = exc
        # instructor wraps what ended its retries; it carries the last completion and chains
        # the cause (recognised by what it carries: the class is not public API).
        if hasattr(exc, "last_completion") and exc.__cause__ is not None:
            cause = exc.__cause__
        completion = getattr(exc, "last_completion", None)
        if completion is not None and malformed(completion) is None:
            self.last_completion = completion
        own = find_cause(exc, errors.NewsbriefError)  # raised below the SDK, which wraps it
        if own is not None:
            return self.error(own)
        ctx = self.context()
        refused = refusal(self.last_completion)
        if refused is not None:
            return errors.RefusalError(f"The model refused: {refused}", **ctx)
        if finish_reason(self.last_completion) == "length" or (
            type(cause).__name__ == "IncompleteOutputException"
        ):
            return errors.IncompleteOutputError(
                "The model's answer was cut off at its output token limit; raise "
                "max_output_tokens or use a model with a larger output.",
                **ctx,
            )
        fault = self.budget.fault(cause)
        if self.budget.stop_reason == "deadline" and fault is not Fault.FATAL:
            return errors.DeadlineExceededError(
                f"The article's deadline of {self.budget.timeout}s passed ({shorten(cause)}).",
                status_code=_status(cause),
                **ctx,
            )
        if self.budget.malformed is not None:
            return errors.MalformedResponseError(
                f"{self.backend.label} answered with {self.budget.malformed}, not a chat "
                f"completion, after {self.budget.transport_retries} retries; check that it is "
                "an OpenAI-compatible endpoint.",
                **ctx,
            )
        if fault is Fault.VALIDATION:
            return errors.ValidationExhaustedError(
                f"The model's answer failed validation after "
                f"{self.budget.validation_reasks} re-ask(s): {shorten(cause)}",
                last_draft=completion_text(self.last_completion),
                errors=str(cause),
                **ctx,
            )
        return provider_error(cause, self.budget, label=self.backend.label, context=ctx)


def _status(exc: BaseException) -> int | None:
    status = getattr(exc, "status_code", None)
    return status if isinstance(status, int) else None


def provider_error(
    cause: BaseException,
    budget: CallBudget,
    *,
    label: str,
    context: dict[str, Any],
    action: str = "",
    hint: str = "",
) -> errors.NewsbriefError:
    """The typed error for a call that failed in transport or was refused by the provider.

    The one mapping of HTTP statuses and connection failures to newsbrief's errors, shared by
    the brief's own calls and the OpenAI Batch API's management calls.

    Args:
        cause: What the call raised.
        budget: The retry budget the call spent (retries made, why it stopped).
        label: The model or service, as messages name it.
        context: What the error carries (attempts, usage, elapsed, model...).
        action: What the call was for, as " to upload the file", appended to the subject.
        hint: A sentence appended to the message (what to check).
    """
    status = _status(cause)
    tail = f" {hint}" if hint else ""
    fault = budget.fault(cause)
    if isinstance(cause, (openai.AuthenticationError, openai.PermissionDeniedError)) or (
        status in (401, 403)
    ):
        return errors.AuthenticationError(
            f"The provider rejected the credentials ({status}){action}: check the API key for "
            f"{label}.{tail}",
            status_code=status,
            **context,
        )
    if fault is Fault.FATAL and status == 429:
        return errors.QuotaExceededError(
            f"The account has no quota left{action} (insufficient_quota); check billing. Not "
            f"retried.{tail}",
            status_code=status,
            **context,
        )
    if status == 429:
        asked = retry_after_seconds(cause)
        why = (
            f"the server asked to wait {asked:.6g}s, more than max_retry_after="
            f"{budget.policy.max_retry_after:.0f}s"
            if budget.stop_reason == "retry_after_too_long" and asked is not None
            else f"still rate limited after {budget.transport_retries} retries"
        )
        return errors.RateLimitError(
            f"Rate limited by {label}{action}: {why}.{tail}",
            retry_after=asked,
            status_code=status,
            **context,
        )
    if fault is Fault.TRANSIENT:
        return errors.ProviderUnavailableError(
            f"{label} is unavailable{action} after {budget.transport_retries} retries: "
            f"{shorten(cause)}{tail}",
            status_code=status,
            **context,
        )
    if status is not None or isinstance(cause, openai.APIError):
        return errors.BadRequestError(
            f"{label} rejected the request{action} ({status}): {shorten(cause)}{tail}",
            status_code=status,
            **context,
        )
    return errors.ProviderError(
        f"The call{action} to {label} failed: {type(cause).__name__}: {shorten(cause)}{tail}",
        status_code=status,
        **context,
    )


def _for_instructor(model: type[BaseModel]) -> type[BaseModel]:
    """The class instructor gets. A class newsbrief keeps for the whole process (``reusable``)
    is wrapped once in instructor's response schema (its public ``response_schema``): given the
    bare class, instructor would build a new wrapper, and generate its JSON schema anew, on every
    request. Classes made for one article are passed as they are."""
    return _wrapped(model) if getattr(model, "reusable", False) else model


@functools.cache
def _wrapped(model: type[BaseModel]) -> type[BaseModel]:
    wrapped: type[BaseModel] = instructor.response_schema(model)
    return wrapped


def _model(answer: Any) -> BaseModel:
    if not isinstance(answer, BaseModel):  # pragma: no cover - instructor returns the model
        raise TypeError(f"instructor returned {type(answer).__name__}, not a pydantic model")
    return answer


def drive(strategy: Strategy[T], run: Run) -> T:
    """Run ``strategy`` to its result with ``run``'s sync client."""
    answer: Any = None
    failure: errors.NewsbriefError | None = None
    while True:
        try:
            request = strategy.send(answer) if failure is None else strategy.throw(failure)
        except StopIteration as stop:
            result: T = stop.value
            return result
        try:
            answer, failure = run.call(request), None
        except errors.NewsbriefError as exc:
            answer, failure = None, exc


async def adrive(strategy: Strategy[T], run: Run) -> T:
    """Run ``strategy`` to its result with ``run``'s async client (cancelling it stops retries)."""
    answer: Any = None
    failure: errors.NewsbriefError | None = None
    while True:
        try:
            request = strategy.send(answer) if failure is None else strategy.throw(failure)
        except StopIteration as stop:
            result: T = stop.value
            return result
        try:
            answer, failure = await run.acall(request), None
        except errors.NewsbriefError as exc:
            answer, failure = None, exc


class _Captured(BaseException):
    """Raised by the recording ``create``: a ``BaseException``, so that no layer takes it for a
    failed call to log or retry (instructor logs every ``Exception`` its ``create`` raises)."""

    def __init__(self, body: dict[str, Any]) -> None:
        super().__init__("request captured")
        self.body = body


def _one_shot_client(run: Run, create: Any) -> instructor.Instructor:
    mode = run.backend.mode
    return instructor.Instructor(
        client=None, create=instructor.patch(create=create, mode=mode), mode=mode
    )


def request_body(run: Run, request: Request) -> dict[str, Any]:
    """The chat completion body instructor would send for ``request``, without sending it.

    instructor is given a ``create`` function that records its keyword arguments instead of
    calling a server: its public API has no other way to build the body, and this way the body
    is exactly what a call would send.
    """

    def record(**kwargs: Any) -> Any:
        raise _Captured(kwargs)

    kwargs = run.kwargs(request)
    kwargs.pop("hooks")
    try:
        _one_shot_client(run, record).chat.completions.create_with_completion(
            max_retries=1, **kwargs
        )
    except _Captured as captured:
        return captured.body
    raise AssertionError("instructor returned without calling create")  # pragma: no cover


def replay(strategy: Strategy[T], run: Run, completion: Any) -> T:
    """Run ``strategy`` with ``completion`` as the answer to its first request; any later
    request gets :class:`NoFurtherCalls` thrown in.

    The completion is validated by instructor exactly as a live answer would be, with no re-ask.
    """
    request = next(strategy)
    run.attempts += 1
    run.last_completion = completion
    run.record_usage(completion, request.kind, request.stage)
    answer: Any = None
    failure: errors.NewsbriefError | None = None

    def give(**kwargs: Any) -> Any:
        return completion

    kwargs = run.kwargs(request)
    kwargs.pop("hooks")
    refused = refusal(completion)
    if refused is not None:
        failure = errors.RefusalError(f"The model refused: {refused}", **run.context())
    elif finish_reason(completion) == "length":
        failure = errors.IncompleteOutputError(
            "The model's answer was cut off at its output token limit; raise max_output_tokens "
            "or use a model with a larger output.",
            **run.context(),
        )
    else:
        try:
            answer, _ = _one_shot_client(run, give).chat.completions.create_with_completion(
                max_retries=1, **kwargs
            )
        except Exception as exc:
            failure = errors.ValidationExhaustedError(
                f"The model's answer failed validation, and this path does not re-ask: "
                f"{shorten(exc.__cause__ or exc)}.",
                last_draft=completion_text(completion),
                errors=str(exc.__cause__ or exc),
                **run.context(),
            )
    while True:
        try:
            request = strategy.send(answer) if failure is None else strategy.throw(failure)
        except StopIteration as stop:
            result: T = stop.value
            return result
        answer = None
        failure = NoFurtherCalls(
            f"This path makes one call per article; the {request.kind} call was not made.",
            **run.context(),
        )
