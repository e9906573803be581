"""The :class:`Summarizer`: checked input -> prompt -> provider call -> draft -> grounded brief."""

from __future__ import annotations

import asyncio
import functools
import hashlib
import json
import os
import threading
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any, Literal, TypeVar

import openai
from instructor.core import IncompleteOutputException, InstructorRetryException
from instructor.core.hooks import Hooks
from instructor.v2.core.function_calls import response_schema
from pydantic import BaseModel, ConfigDict, field_validator

from newsbrief import _instructor_checks, errors
from newsbrief.article import Article, InputFormat, prepare_article, sentences
from newsbrief.cache import BriefCache, cache_key, open_cache
from newsbrief.chunking import Chunk, merge_chunk_briefs, split_into_chunks
from newsbrief.draft import (
    Draft,
    DraftClaim,
    DraftIssue,
    QuoteFixes,
    ReducedBrief,
    draft_schema_for,
)
from newsbrief.grounding import QuoteIndex
from newsbrief.models import (
    Actor,
    ActorKind,
    Attribution,
    Brief,
    CallKind,
    Claim,
    Evidence,
    GroundingStats,
    RunMetadata,
    Source,
    SourceKind,
    UnresolvedIssue,
    Usage,
    UsageRecord,
)
from newsbrief.prompt import (
    REDUCE_PROMPT,
    SYSTEM_PROMPT,
    build_messages,
    build_quote_fix_messages,
    build_reduce_messages,
)
from newsbrief.providers import Backend, ModeName, estimate_tokens, resolve_backend
from newsbrief.retry import (
    DEFAULT_TIMEOUT,
    CallBudget,
    Fault,
    RetryPolicy,
    classify,
    retry_after_seconds,
)

__all__ = ["OnUnverified", "Summarizer", "asummarize", "summarize"]

OnUnverified = Literal["flag", "drop", "raise"]
LongArticles = Literal["chunk", "error"]

PROMPT_RESERVE_TOKENS = 1_500
"""System prompt, instructions and schema as instructor's JSON mode embeds it (measured by
benchmarks/batch_throughput.py: 1,454 Qwen2.5 tokens)."""
OUTPUT_RESERVE_TOKENS = 2_048
"""Room kept for the answer when the request sets no ``max_tokens``."""
CHUNK_CONCURRENCY = 4
"""Chunks of one long article briefed at once by :meth:`Summarizer.asummarize`."""
_ON_UNVERIFIED = ("flag", "drop", "raise")
ModelT = TypeVar("ModelT", bound=BaseModel)


@dataclass
class _Run:
    """Bookkeeping of one article: calls, usage ledger, last completion, and error mapping."""

    backend: Backend
    budget: CallBudget
    usage: Usage = field(default_factory=Usage)
    attempts: int = 0
    last_completion: Any = None
    last_validation_error: BaseException | None = None
    _next_kind: CallKind = "initial"
    _call_kind: CallKind = "initial"

    def hooks(self, kind: CallKind) -> Hooks:
        self._next_kind = kind
        hooks = Hooks()
        hooks.on("completion:kwargs", self._on_request)
        hooks.on("completion:response", self._on_response)
        hooks.on("completion:error", self._on_transport_error)
        hooks.on("parse:error", self._on_parse_error)
        return hooks

    def _on_request(self, *args: Any, **kwargs: Any) -> None:
        self.attempts += 1
        self._call_kind = self._next_kind

    def _on_response(self, response: Any) -> None:
        self.last_completion = response
        # A refusal or a cut-off answer is final: re-asking would pay again for the same outcome.
        if _refusal(response) is not None or _finish_reason(response) == "length":
            self.budget.veto = _refusal(response) or "length"
        usage = getattr(response, "usage", None)
        prompt = getattr(usage, "prompt_tokens", None) or getattr(usage, "input_tokens", 0) or 0
        completion = (
            getattr(usage, "completion_tokens", None) or getattr(usage, "output_tokens", 0) or 0
        )
        self.usage.calls.append(
            UsageRecord(
                kind=self._call_kind, prompt_tokens=int(prompt), completion_tokens=int(completion)
            )
        )

    def _on_transport_error(self, error: BaseException, **_: Any) -> None:
        self._next_kind = "transport_retry"

    def _on_parse_error(self, error: BaseException, **_: Any) -> None:
        self._next_kind = "validation_reask"
        self.last_validation_error = error

    def context(self) -> dict[str, Any]:
        return {
            "attempts": self.attempts,
            "usage": self.usage.model_copy(deep=True),
            "elapsed": self.budget.elapsed(),
            "last_completion": self.last_completion,
            "model": self.backend.label,
        }

    def request(
        self, response_model: type[BaseModel], messages: list[dict[str, Any]], kind: CallKind,
        options: dict[str, Any], grammar_model: type[BaseModel] | None = None,
    ) -> dict[str, Any]:
        kwargs = self.backend.request_kwargs(grammar_model or response_model)
        kwargs.update(options)
        kwargs.update(
            response_model=_for_instructor(response_model),
            messages=messages,
            hooks=self.hooks(kind),
        )
        return kwargs

    def error(self, exc: BaseException) -> errors.NewsbriefError:
        """The typed newsbrief error for a failed call."""
        if isinstance(exc, errors.NewsbriefError):
            return exc
        cause: BaseException = exc
        if isinstance(exc, InstructorRetryException):
            cause = exc.__cause__ or exc
            if exc.last_completion is not None:
                self.last_completion = exc.last_completion
        if isinstance(cause, errors.NewsbriefError):
            if not cause.attempts:
                for key, value in self.context().items():
                    setattr(cause, key, value)
            return cause
        ctx = self.context()
        status = getattr(cause, "status_code", None)
        status = status if isinstance(status, int) else None
        refusal = _refusal(self.last_completion)
        if refusal is not None:
            return errors.RefusalError(f"The model refused: {refusal}", **ctx)
        if isinstance(cause, IncompleteOutputException) or (
            _finish_reason(self.last_completion) == "length"
        ):
            return errors.IncompleteOutputError(
                "The model's answer was cut off at its output token limit; raise "
                "max_output_tokens or use a model with a larger output.",
                **ctx,
            )
        if self.budget.stop_reason == "deadline" and classify(cause) is not Fault.FATAL:
            return errors.DeadlineExceededError(
                f"The article's deadline of {self.budget.timeout}s passed ({cause}).",
                status_code=status,
                **ctx,
            )
        if classify(cause) is Fault.VALIDATION:
            return errors.ValidationExhaustedError(
                f"The model's answer failed validation after "
                f"{self.budget.validation_reasks} re-ask(s): {_short(cause)}",
                last_draft=_completion_text(self.last_completion),
                errors=str(cause),
                **ctx,
            )
        if isinstance(cause, (openai.AuthenticationError, openai.PermissionDeniedError)) or (
            status in (401, 403)
        ):
            return errors.AuthenticationError(
                f"The provider rejected the credentials ({status}): check the API key for "
                f"{self.backend.label}.",
                status_code=status,
                **ctx,
            )
        if classify(cause) is Fault.FATAL and status == 429:
            return errors.QuotaExceededError(
                "The account has no quota left (insufficient_quota); check billing. Not retried.",
                status_code=status,
                **ctx,
            )
        if status == 429:
            asked = retry_after_seconds(cause)
            why = (
                f"the server asked to wait {asked:.0f}s, more than max_retry_after="
                f"{self.budget.policy.max_retry_after:.0f}s"
                if self.budget.stop_reason == "retry_after_too_long"
                else f"still rate limited after {self.budget.transport_retries} retries"
            )
            return errors.RateLimitError(
                f"Rate limited by {self.backend.label}: {why}.",
                retry_after=asked,
                status_code=status,
                **ctx,
            )
        if classify(cause) is Fault.TRANSIENT:
            return errors.ProviderUnavailableError(
                f"{self.backend.label} is unavailable after {self.budget.transport_retries} "
                f"retries: {_short(cause)}",
                status_code=status,
                **ctx,
            )
        if status is not None or isinstance(cause, openai.APIError):
            return errors.BadRequestError(
                f"{self.backend.label} rejected the request ({status}): {_short(cause)}",
                status_code=status,
                **ctx,
            )
        raise exc


def _for_instructor(model: type[BaseModel]) -> type[BaseModel]:
    """The class instructor gets: for the classes newsbrief reuses, wrapped once in instructor's
    ResponseSchema, which instructor would otherwise do again (a new class) on every call."""
    return _wrapped(model) if getattr(model, "reusable", False) else model


@functools.cache
def _wrapped(model: type[BaseModel]) -> type[BaseModel]:
    wrapped: type[BaseModel] = response_schema(model)
    _instructor_checks.check_once(wrapped)
    return wrapped


def _short(exc: BaseException, limit: int = 300) -> str:
    text = str(exc)
    return text if len(text) <= limit else text[:limit] + "..."


def _first_choice(completion: Any) -> Any:
    choices = getattr(completion, "choices", None)
    return choices[0] if choices else None


def _finish_reason(completion: Any) -> str | None:
    choice = _first_choice(completion)
    reason = getattr(choice, "finish_reason", None)
    return str(reason) if reason is not None else None


def _refusal(completion: Any) -> str | None:
    choice = _first_choice(completion)
    if choice is None:
        return None
    refusal = getattr(getattr(choice, "message", None), "refusal", None)
    if refusal:
        return str(refusal)
    if getattr(choice, "finish_reason", None) == "content_filter":
        return "stopped by the provider's content filter"
    return None


def _completion_text(completion: Any) -> str | None:
    choice = _first_choice(completion)
    message = getattr(choice, "message", None)
    if message is None:
        return None
    calls = getattr(message, "tool_calls", None)
    if calls:
        return str(calls[0].function.arguments)
    content = getattr(message, "content", None)
    return str(content) if content is not None else None


# ---- grounding of a draft -------------------------------------------------------------------


@dataclass
class _Grounded:
    claims: list[tuple[DraftClaim, list[Evidence]]]
    issues: list[tuple[DraftIssue, list[Evidence]]]
    stats: GroundingStats
    index: QuoteIndex

    def unverified(self) -> list[tuple[str, Evidence]]:
        found = [(c.statement, e) for c, ev in self.claims for e in ev if not e.is_grounded]
        return found + [(i.question, e) for i, ev in self.issues for e in ev if not e.is_grounded]


def _ground_quotes(quotes: Sequence[str], index: QuoteIndex) -> list[Evidence]:
    seen: set[tuple[int | None, int | None, str]] = set()
    found: list[Evidence] = []
    # Blank quotes are skipped beside real ones; when all are blank they count as unverified.
    for quote in [q for q in quotes if q.strip()] or quotes:
        evidence = index.locate(quote)
        key = (evidence.start, evidence.end, evidence.quote)
        if key not in seen:
            seen.add(key)
            found.append(evidence)
    return found


def _ground(draft: Draft, text: str) -> _Grounded:
    index = QuoteIndex(text)  # normalised once for all the article's quotes, re-ask included
    grounded = _Grounded(
        claims=[(c, _ground_quotes(c.quotes, index)) for c in draft.claims],
        issues=[(i, _ground_quotes(i.quotes, index)) for i in draft.unresolved_issues],
        stats=GroundingStats(),
        index=index,
    )
    return grounded


def _apply_fixes(grounded: _Grounded, fixes: Sequence[str | None]) -> int:
    """Replace unverified evidence by the re-asked quotes that are found; return how many."""
    replacements: dict[int, Evidence] = {}
    for (_, old), new_quote in zip(grounded.unverified(), fixes):
        if new_quote:
            new = grounded.index.locate(new_quote)
            if new.is_grounded:
                replacements[id(old)] = new
    for _, evidence_list in [*grounded.claims, *grounded.issues]:
        evidence_list[:] = [replacements.get(id(e), e) for e in evidence_list]
    return len(replacements)


@functools.cache
def _fix_model(expected: int) -> type[QuoteFixes]:
    """A QuoteFixes schema whose validator checks the list has one entry per numbered quote."""
    class QuoteFixesChecked(QuoteFixes):
        model_config = ConfigDict(title="QuoteFixes", json_schema_extra=QuoteFixes.model_config.get("json_schema_extra"))

        @field_validator("quotes")
        @classmethod
        def _one_per_quote(cls, value: list[str | None]) -> list[str | None]:
            if len(value) != expected:
                raise ValueError(f"give exactly {expected} entries, one per numbered quote")
            return value

    return QuoteFixesChecked


def _salvaged(error: errors.NewsbriefError, cause: Exception) -> Draft:
    """The last draft without the claims that break integrity, if that leaves a brief."""
    if isinstance(error, errors.ValidationExhaustedError) and error.last_draft:
        try:
            return Draft.model_validate_json(error.last_draft, context={"salvage": True})
        except ValueError:  # pydantic's ValidationError included
            pass
    raise error from cause


# ---- long articles -------------------------------------------------------------------------


def _chunk_article(article: Article, chunk: Chunk) -> Article:
    """The part of ``article`` a chunk covers, as an article of its own (offsets from 0)."""
    return Article(
        text=article.text[chunk.start : chunk.end],
        model_text=chunk.text,
        input_format=article.input_format,
        withheld=tuple(
            (start - chunk.start, end - chunk.start)
            for start, end in article.withheld
            if start >= chunk.start and end <= chunk.end
        ),
    )


def _briefs_of(parts: Sequence[Brief | errors.ModelOutputError]) -> list[Brief]:
    briefs = [p for p in parts if isinstance(p, Brief)]
    if not briefs:
        error = parts[-1]
        assert isinstance(error, errors.ModelOutputError)
        raise error
    return briefs


def _reduce_failed(run: _Run, exc: Exception) -> None:
    # A reduce answer that is unusable leaves the first chunk's headline; provider failures
    # surface, as for any call.
    error = run.error(exc)
    if not isinstance(error, errors.ModelOutputError):
        raise error from exc


# ---- the summarizer -----------------------------------------------------------------------


@cache
def schema_version() -> str:
    """A short hash of what the model is asked and how its answer is read: the system prompt,
    the message template, the draft and quote-fix schemas and newsbrief's version. Cached
    briefs made under another version are not reused."""
    from newsbrief import __version__

    parts = [
        __version__,
        SYSTEM_PROMPT,
        json.dumps(build_messages("{article}", "en"), sort_keys=True),
        json.dumps(Draft.model_json_schema(), sort_keys=True),
        json.dumps(QuoteFixes.model_json_schema(), sort_keys=True),
        REDUCE_PROMPT,
        json.dumps(ReducedBrief.model_json_schema(), sort_keys=True),
    ]
    return hashlib.sha256("\x00".join(parts).encode("utf-8")).hexdigest()[:16]



class Summarizer:
    """Makes grounded, source-attributed briefs with one configured model.

    Args:
        model: A model string: ``"openai/gpt-4.1-mini"``, ``"ollama/llama3.1"``, any
            ``instructor.from_provider`` string, a server's model name with ``base_url``, or
            ``"local"``. Defaults to ``NEWSBRIEF_MODEL``, else OpenAI when ``OPENAI_API_KEY`` is
            set, else the embedded model when installed.
        client: A ready ``openai.OpenAI``/``AsyncOpenAI`` or instructor client (then ``model``
            names the model to call).
        base_url: An OpenAI-compatible endpoint (Ollama, vLLM, llama.cpp server).
        api_key: Key for ``base_url`` or OpenAI. An OpenAI key from the environment is never sent
            to a ``base_url`` given here.
        language: ISO 639-1 code of the brief's language, or ``"source"`` for the article's.
        max_retries: Transport retries per article (429, 5xx, connection errors); overrides
            ``retry_policy.max_transport_retries``.
        timeout: Deadline in seconds for a whole article: every attempt and every wait
            (default 600; ``None`` for none). Each request's own timeout is what is left of it.
        on_unverified: What to do with quotes not found in the article after the targeted
            re-ask: ``"flag"`` (keep, status ``unverified``), ``"drop"`` (remove them, and any
            claim left without evidence) or ``"raise"`` (:class:`~newsbrief.GroundingError`).
        retry_policy: Full control of retries and re-asks.
        mode: Force an instructor mode (``"tools"``, ``"json"``, ``"json_schema"``, ``"md_json"``).
        temperature: Sampling temperature sent to the model, if set.
        max_output_tokens: Cap on the model's output tokens, if set.
        input_format: ``"auto"`` (HTML is detected and turned into text), ``"text"`` or ``"html"``.
        context_window: The model's context in tokens, to chunk (or refuse) too-long articles
            before any call; known for OpenAI models and the embedded model.
        withhold_instructions: Withhold lines that look like instructions to an AI from the
            model (see :mod:`newsbrief.article`); they stay in the text offsets index.
        constrain_quotes: Allow only the article's sentences as quotes, via an ``enum`` in the
            schema. Default: on for the embedded model, whose output the schema binds as a
            grammar (so its quotes are always verbatim); off elsewhere.
        cache: Keep briefs on disk so a repeated article costs no call: ``True`` (the default
            directory, see :mod:`newsbrief.cache`), a directory, or a
            :class:`~newsbrief.BriefCache`. Off by default.
        long_articles: An article too long for the model's context is split into chunks
            (``"chunk"``, see :mod:`newsbrief.chunking`): each is briefed, the briefs are merged
            (actors unified across spellings, repeated claims dropped, offsets into the whole
            text) and one more call writes the headline and summary. ``"error"`` raises
            :class:`~newsbrief.ArticleTooLongError` instead. For a chunked article, ``timeout``
            applies to each chunk.
        chunk_tokens: Tokens per chunk; default: what fits the context.

    Raises:
        ConfigurationError: The options do not name a reachable model (checked without network).
    """

    def __init__(
        self,
        model: str | None = None,
        *,
        client: Any = None,
        base_url: str | None = None,
        api_key: str | None = None,
        language: str = "en",
        max_retries: int | None = None,
        timeout: float | None = DEFAULT_TIMEOUT,
        on_unverified: OnUnverified = "flag",
        retry_policy: RetryPolicy | None = None,
        mode: ModeName | None = None,
        temperature: float | None = None,
        max_output_tokens: int | None = None,
        input_format: InputFormat = "auto",
        context_window: int | None = None,
        withhold_instructions: bool = True,
        constrain_quotes: bool | None = None,
        cache: bool | str | Path | BriefCache | None = None,
        long_articles: LongArticles = "chunk",
        chunk_tokens: int | None = None,
    ) -> None:
        if on_unverified not in _ON_UNVERIFIED:
            raise errors.ConfigurationError(
                f"on_unverified must be one of {', '.join(_ON_UNVERIFIED)}, not {on_unverified!r}."
            )
        if not isinstance(language, str) or not language.strip():
            raise errors.ConfigurationError("language must be an ISO 639-1 code or 'source'.")
        if timeout is not None and timeout <= 0:
            raise errors.ConfigurationError("timeout must be a positive number of seconds.")
        policy = retry_policy or RetryPolicy()
        if max_retries is not None:
            if max_retries < 0:
                raise errors.ConfigurationError("max_retries cannot be negative.")
            policy = replace(policy, max_transport_retries=max_retries)
        self.language = language
        self.timeout = timeout
        self.on_unverified: OnUnverified = on_unverified
        self.retry_policy = policy
        if input_format not in ("auto", "text", "html"):
            raise errors.ConfigurationError("input_format must be 'auto', 'text' or 'html'.")
        self.input_format: InputFormat = input_format
        self.context_window = context_window
        self.withhold_instructions = withhold_instructions
        self.constrain_quotes = constrain_quotes
        self.mode = mode
        self.cache = open_cache(cache)
        if long_articles not in ("chunk", "error"):
            raise errors.ConfigurationError("long_articles must be 'chunk' or 'error'.")
        if chunk_tokens is not None and chunk_tokens < 1:
            raise errors.ConfigurationError("chunk_tokens must be a positive number of tokens.")
        self.long_articles: LongArticles = long_articles
        self.chunk_tokens = chunk_tokens
        self._options: dict[str, Any] = {}
        if temperature is not None:
            self._options["temperature"] = temperature
        if max_output_tokens is not None:
            self._options["max_tokens"] = max_output_tokens
        self.backend = resolve_backend(
            model, client=client, base_url=base_url, api_key=api_key, mode=mode, timeout=timeout
        )
        # What another process needs to build the same summarizer (see process_spec()).
        self._spec: dict[str, Any] | None = None if client is not None else {
            "model": model, "base_url": base_url, "api_key": api_key, "language": language,
            "timeout": timeout, "on_unverified": on_unverified, "retry_policy": policy,
            "mode": mode, "temperature": temperature, "max_output_tokens": max_output_tokens,
            "input_format": input_format,
            "context_window": context_window, "withhold_instructions": withhold_instructions,
            "constrain_quotes": constrain_quotes, "long_articles": long_articles,
            "chunk_tokens": chunk_tokens,
        }  # fmt: skip
        self._clock: Callable[[], float] = time.monotonic
        self._sleep: Callable[[float], None] = time.sleep

    @property
    def model(self) -> str:
        """The model this summarizer calls, as reported in metadata."""
        return self.backend.label

    def process_spec(self) -> dict[str, Any]:
        """Keyword arguments that build an equal ``Summarizer`` in another process.

        Used by ``summarize_many(processes=N)``. A cache is reopened there on the same
        directory (diskcache is safe to share between processes).

        Raises:
            ConfigurationError: The summarizer was given a ``client=`` object, which cannot be
                sent to another process.
        """
        if self._spec is None:
            raise errors.ConfigurationError(
                "A Summarizer built on a client object cannot be rebuilt in another process; "
                "give model=, base_url= and api_key= instead, or use processes=1."
            )
        return {**self._spec, "cache": self.cache}

    def _prepared(self, text: str | bytes) -> Article:
        return prepare_article(
            text, self.input_format, withhold_instructions=self.withhold_instructions
        )

    def _checked(self, text: str | bytes) -> Article:
        """The checked article, which must fit the model's context whole (no chunking)."""
        article = self._prepared(text)
        if self._plan(article) is not None:
            raise errors.ArticleTooLongError(
                f"The article does not fit {self.model}'s context whole; this path does not "
                "split articles: use summarize() or shorten it."
            )
        return article

    def _plan(self, article: Article) -> list[Chunk] | None:
        """``None`` when the article fits the model's context whole; else the chunks to brief.

        The prompt is the article plus about ``PROMPT_RESERVE_TOKENS`` of instructions and schema
        (twice the article when quotes are constrained without a grammar: the schema then lists
        its sentences), and the answer needs the output reserve. Tokens are counted with the model's tokenizer
        where one is available offline, else estimated as UTF-8 bytes / 3 (conservative).
        """
        window = self.context_window or self.backend.context_window
        if window is None:
            return None  # unknown context: the provider decides
        count = self.backend.count_tokens or estimate_tokens
        output = int(
            self._options.get("max_tokens")
            or self.backend.extra_kwargs.get("max_tokens")
            or OUTPUT_RESERVE_TOKENS
        )
        room = window - PROMPT_RESERVE_TOKENS - output
        # Without a grammar, constrained quotes put the article's sentences in the schema too.
        factor = 2 if self._constrain() and not self.backend.schema_in_response_format else 1
        needed = count(article.model_text) * factor
        if needed <= room:
            return None
        how = "counted with the model's tokenizer" if self.backend.count_tokens else (
            "UTF-8 bytes / 3, a conservative estimate"
        )
        if self.long_articles == "error" or room < 200 * factor:
            raise errors.ArticleTooLongError(
                f"The article needs about {needed} tokens of prompt ({how}) and {self.model} "
                f"has room for {max(room, 0)} in its context window of {window} after the "
                f"instructions and the output reserve; use long_articles='chunk', shorten it, "
                "or use a model with a larger context."
            )
        budget = self.chunk_tokens or max(room // factor, 1)
        return split_into_chunks(article.model_text, budget, count)

    def _constrain(self) -> bool:
        return (
            self.backend.constrain_quotes if self.constrain_quotes is None else self.constrain_quotes
        )

    def _reduce_request(self, run: _Run, briefs: list[Brief]) -> dict[str, Any]:
        messages = build_reduce_messages([(b.headline, b.summary) for b in briefs], self.language)
        return run.request(ReducedBrief, messages, "reduce", self._options)

    def _assemble(
        self,
        article: Article,
        chunks: list[Chunk],
        parts: list[Brief | errors.ModelOutputError],
        reduced: ReducedBrief | None,
        reduce_run: _Run,
    ) -> Brief:
        """One brief of a long article from its chunks' briefs and the reduce step."""
        done = [(chunk, part) for chunk, part in zip(chunks, parts) if isinstance(part, Brief)]
        merged = merge_chunk_briefs(done)
        usage = Usage()
        stats = GroundingStats()
        notes: list[str] = []
        attempts = validation_reasks = grounding_reasks = duplicates = 0
        for chunk, part in zip(chunks, parts):
            if not isinstance(part, Brief):
                notes.append(
                    f"chunk {chunk.index} ({chunk.start}-{chunk.end}) has no brief: {part.message}"
                )
                attempts += part.attempts
                if part.usage is not None:
                    usage.calls += [c.model_copy(update={"chunk": chunk.index}) for c in part.usage.calls]
                continue
            meta = part.metadata
            usage.calls += [c.model_copy(update={"chunk": chunk.index}) for c in meta.usage.calls]
            attempts += meta.attempts
            validation_reasks += meta.validation_reasks
            grounding_reasks += meta.grounding_reasks
            duplicates += meta.duplicate_claims
            stats.fixed_by_reask += meta.grounding.fixed_by_reask
            stats.dropped += meta.grounding.dropped
            notes += [f"chunk {chunk.index}: {note}" for note in meta.dropped_claims]
        usage.calls += reduce_run.usage.calls
        attempts += reduce_run.attempts
        notes += merged.dropped_claims + merged.dropped_actors
        evidence = [e for c in merged.claims for e in c.evidence] + [
            e for i in merged.unresolved_issues for e in i.evidence
        ]
        stats.verified = sum(1 for e in evidence if e.status == "verified")
        stats.repaired = sum(1 for e in evidence if e.status == "repaired")
        stats.unverified = sum(1 for e in evidence if e.status == "unverified")
        first = done[0][1]
        if reduced is None:
            notes.append("the reduce step failed: headline and summary are the first chunk's")
        metadata = RunMetadata(
            model=self.backend.label,
            attempts=attempts,
            validation_reasks=validation_reasks,
            grounding_reasks=grounding_reasks,
            usage=usage,
            duration_seconds=sum(p.metadata.duration_seconds for _, p in done)
            + reduce_run.budget.elapsed(),
            grounding=stats,
            input_format=article.input_format,
            withheld=list(article.withheld),
            dropped_claims=notes,
            duplicate_claims=duplicates,
            chunks=[(c.start, c.end) for c in chunks],
            merged_names=merged.merged_actor_names,
        )
        return Brief(
            headline=reduced.headline if reduced else first.headline,
            summary=reduced.summary if reduced else first.summary,
            language=reduced.language if reduced else first.language,
            key_actors=merged.key_actors,
            claims=merged.claims,
            unresolved_issues=merged.unresolved_issues,
            metadata=metadata,
        )

    def fingerprint(self) -> dict[str, Any]:
        """Everything besides the article that shapes a brief: the cache key's other half."""
        return {
            "model": self.backend.label,
            "model_name": self.backend.model_name,
            "request": {**self.backend.extra_kwargs, **self._options},
            "mode": self.mode,
            "language": self.language,
            "on_unverified": self.on_unverified,
            "input_format": self.input_format,
            "withhold_instructions": self.withhold_instructions,
            "constrain_quotes": self._constrain(),
            "long_articles": self.long_articles,
            "chunk_tokens": self.chunk_tokens,
            "context_window": self.context_window,
            "grounding_reask": self.retry_policy.grounding_reask,
            "validation_reasks": self.retry_policy.max_validation_reasks,
            "schema": schema_version(),
        }

    def _from_cache(self, text: str | bytes) -> tuple[str | None, Brief | None]:
        if self.cache is None:
            return None, None
        started = self._clock()
        key = cache_key(text, self.fingerprint())
        brief = self.cache.get(key)
        if brief is None:
            return key, None
        metadata = brief.metadata.model_copy(
            update={
                "cache_hit": True,
                "usage": Usage(),
                "attempts": 0,
                "validation_reasks": 0,
                "grounding_reasks": 0,
                "duration_seconds": self._clock() - started,
            }
        )
        return key, brief.model_copy(update={"metadata": metadata})

    def _to_cache(self, key: str | None, brief: Brief) -> Brief:
        if key is not None and self.cache is not None:
            self.cache.set(key, brief)
        return brief

    def _budget(self) -> CallBudget:
        return CallBudget(self.retry_policy, self.timeout, clock=self._clock, sleep=self._sleep)

    def _draft_request(self, run: _Run, article: Article) -> dict[str, Any]:
        messages = build_messages(article.model_text, self.language)
        if not self._constrain():
            return run.request(draft_schema_for(article.text), messages, "initial", self._options)
        constrained = draft_schema_for(article.text, sentences(article.model_text))
        if not self.backend.schema_in_response_format:
            return run.request(constrained, messages, "initial", self._options)
        # The grammar alone holds the model to the article's sentences: the prompt shows the
        # schema without them, which would otherwise repeat the whole article in it.
        return run.request(
            draft_schema_for(article.text), messages, "initial", self._options, constrained
        )

    def _fix_request(
        self, run: _Run, article: Article, grounded: _Grounded
    ) -> dict[str, Any] | None:
        failing = grounded.unverified()
        if not failing or not self.retry_policy.grounding_reask:
            return None
        messages = build_quote_fix_messages(
            article.model_text, [(ctx, e.quote) for ctx, e in failing]
        )
        return run.request(_fix_model(len(failing)), messages, "grounding_reask", self._options)

    def summarize(self, text: str | bytes) -> Brief:
        """Make a grounded brief of one article.

        Args:
            text: The article: a str (offsets index this exact string), UTF-8 bytes, or HTML
                (offsets index :func:`newsbrief.html_to_text` of it; see ``input_format``).

        Returns:
            The brief, with run metadata.

        Raises:
            InputError: ``text`` is empty, whitespace only, not text, or too long for the model
                (before any call).
            ProviderError: The provider failed (see :mod:`newsbrief.errors`).
            ModelOutputError: The model's answers were unusable.
            GroundingError: ``on_unverified="raise"`` and some quotes are not in the article.
        """
        article = self._prepared(text)
        key, cached = self._from_cache(text)
        if cached is not None:
            return cached
        chunks = self._plan(article)
        if chunks is None:
            return self._to_cache(key, self._summarize_article(article))
        parts: list[Brief | errors.ModelOutputError] = []
        for chunk in chunks:
            try:
                parts.append(self._summarize_article(_chunk_article(article, chunk)))
            except errors.ModelOutputError as error:  # one bad chunk does not sink the article
                parts.append(error)
        run = _Run(self.backend, self._budget())
        request = self._reduce_request(run, _briefs_of(parts))
        reduced: ReducedBrief | None = None
        try:
            with run.budget.active():
                reduced, _ = self.backend.sync_client().chat.completions.create_with_completion(
                    max_retries=run.budget.retrying(), **request
                )
        except Exception as exc:
            _reduce_failed(run, exc)
        return self._to_cache(key, self._assemble(article, chunks, parts, reduced, run))

    def _summarize_article(self, article: Article) -> Brief:
        run = _Run(self.backend, self._budget())
        client = self.backend.sync_client()
        try:
            with run.budget.active():
                draft, _ = client.chat.completions.create_with_completion(
                    max_retries=run.budget.retrying(), **self._draft_request(run, article)
                )
        except Exception as exc:
            draft = _salvaged(run.error(exc), exc)
        grounded = _ground(draft, article.text)
        fixed = 0
        request = self._fix_request(run, article, grounded)
        if request is not None:
            try:
                with run.budget.active():
                    fixes, _ = client.chat.completions.create_with_completion(
                        max_retries=run.budget.retrying(), **request
                    )
                fixed = _apply_fixes(grounded, fixes.quotes)
            except Exception as exc:
                self._after_failed_fix(run, exc)
        return self._finish(run, draft, grounded, fixed, article)

    async def asummarize(self, text: str | bytes) -> Brief:
        """Async twin of :meth:`summarize`; cancelling it stops further retries."""
        article = self._prepared(text)
        key, cached = self._from_cache(text)
        if cached is not None:
            return cached
        chunks = self._plan(article)
        if chunks is None:
            return self._to_cache(key, await self._asummarize_article(article))
        gate = asyncio.Semaphore(self.backend.max_concurrency or CHUNK_CONCURRENCY)

        async def one(chunk: Chunk) -> Brief | errors.ModelOutputError:
            async with gate:
                try:
                    return await self._asummarize_article(_chunk_article(article, chunk))
                except errors.ModelOutputError as error:
                    return error

        parts = list(await asyncio.gather(*(one(c) for c in chunks)))
        run = _Run(self.backend, self._budget())
        request = self._reduce_request(run, _briefs_of(parts))
        reduced: ReducedBrief | None = None
        try:
            with run.budget.active():
                client = self.backend.async_client()
                reduced, _ = await client.chat.completions.create_with_completion(
                    max_retries=run.budget.async_retrying(), **request
                )
        except Exception as exc:
            _reduce_failed(run, exc)
        return self._to_cache(key, self._assemble(article, chunks, parts, reduced, run))

    async def _asummarize_article(self, article: Article) -> Brief:
        run = _Run(self.backend, self._budget())
        client = self.backend.async_client()
        try:
            with run.budget.active():
                draft, _ = await client.chat.completions.create_with_completion(
                    max_retries=run.budget.async_retrying(), **self._draft_request(run, article)
                )
        except Exception as exc:
            draft = _salvaged(run.error(exc), exc)
        grounded = _ground(draft, article.text)
        fixed = 0
        request = self._fix_request(run, article, grounded)
        if request is not None:
            try:
                with run.budget.active():
                    fixes, _ = await client.chat.completions.create_with_completion(
                        max_retries=run.budget.async_retrying(), **request
                    )
                fixed = _apply_fixes(grounded, fixes.quotes)
            except Exception as exc:
                self._after_failed_fix(run, exc)
        return self._finish(run, draft, grounded, fixed, article)

    @staticmethod
    def _after_failed_fix(run: _Run, exc: Exception) -> None:
        # The draft is valid already: a re-ask whose answers fail validation leaves the quotes
        # flagged. Provider failures still surface.
        error = run.error(exc)
        if not isinstance(error, errors.ValidationExhaustedError):
            raise error from exc

    def _finish(
        self, run: _Run, draft: Draft, grounded: _Grounded, fixed: int, article: Article
    ) -> Brief:
        stats = grounded.stats
        stats.fixed_by_reask = fixed
        unverified = grounded.unverified()
        if unverified and self.on_unverified == "raise":
            raise errors.GroundingError(
                f"{len(unverified)} quote(s) are not in the article: "
                + "; ".join(repr(e.quote[:80]) for _, e in unverified[:5]),
                unverified=[e for _, e in unverified],
                **run.context(),
            )
        drop = self.on_unverified == "drop"
        claims: list[Claim] = []
        seen: set[tuple[object, ...]] = set()
        duplicates = 0
        for claim, evidence in grounded.claims:
            key = (
                " ".join(claim.statement.casefold().split()),
                claim.source.actor_id,
                claim.source.kind,
                tuple((e.start, e.end, e.quote) for e in evidence),
            )
            if key in seen:  # small models repeat themselves; a brief says a thing once
                duplicates += 1
                continue
            seen.add(key)
            kept = [e for e in evidence if e.is_grounded] if drop else evidence
            stats.dropped += len(evidence) - len(kept)
            if drop and not kept:
                continue
            claims.append(
                Claim(
                    statement=claim.statement,
                    source=Source(
                        actor_id=claim.source.actor_id,
                        description=claim.source.description,
                        kind=SourceKind(claim.source.kind),
                    ),
                    attribution=Attribution(claim.attribution),
                    reporting_verb=claim.reporting_verb or None,
                    hedging=claim.hedging or None,
                    evidence=kept,
                )
            )
        issues: list[UnresolvedIssue] = []
        for issue, evidence in grounded.issues:
            kept = [e for e in evidence if e.is_grounded] if drop else evidence
            stats.dropped += len(evidence) - len(kept)
            issues.append(
                UnresolvedIssue(question=issue.question, why_open=issue.why_open, evidence=kept)
            )
        for evidence_item in [e for c in claims for e in c.evidence] + [
            e for i in issues for e in i.evidence
        ]:
            if evidence_item.status == "verified":
                stats.verified += 1
            elif evidence_item.status == "repaired":
                stats.repaired += 1
            else:
                stats.unverified += 1
        metadata = RunMetadata(
            model=self.backend.label,
            attempts=run.attempts,
            validation_reasks=run.budget.validation_reasks,
            grounding_reasks=sum(1 for c in run.usage.calls if c.kind == "grounding_reask"),
            usage=run.usage,
            duration_seconds=run.budget.elapsed(),
            grounding=stats,
            input_format=article.input_format,
            withheld=list(article.withheld),
            dropped_claims=list(draft._dropped),
            duplicate_claims=duplicates,
        )
        return Brief(
            headline=draft.headline,
            summary=draft.summary,
            language=draft.language,
            key_actors=[
                Actor(id=a.id, name=a.name, kind=ActorKind(a.kind), role=a.role)
                for a in draft.key_actors
            ],
            claims=claims,
            unresolved_issues=issues,
            metadata=metadata,
        )


# ---- module-level helpers -------------------------------------------------------------------

_default_lock = threading.Lock()
_default_summarizers: dict[tuple[Any, ...], Summarizer] = {}
_ENV_KEYS = ("NEWSBRIEF_MODEL", "OPENAI_API_KEY", "OPENAI_BASE_URL", "NEWSBRIEF_LOCAL_MODEL")


def _default_summarizer(options: dict[str, Any]) -> Summarizer:
    try:
        key = (
            tuple(sorted(options.items())),
            tuple(os.environ.get(k) for k in _ENV_KEYS),
        )
        hash(key)
    except TypeError:  # unhashable option (a client): no reuse
        return Summarizer(**options)
    with _default_lock:
        summarizer = _default_summarizers.get(key)
        if summarizer is None:
            summarizer = _default_summarizers[key] = Summarizer(**options)
        return summarizer


def summarize(text: str | bytes, **options: Any) -> Brief:
    """Make a grounded brief of ``text`` with a default :class:`Summarizer`.

    Args:
        text: The article text.
        **options: Any :class:`Summarizer` argument (``model``, ``language``, ``timeout``...).
    """
    prepare_article(text)  # bad input fails before any configuration or network
    return _default_summarizer(options).summarize(text)


async def asummarize(text: str | bytes, **options: Any) -> Brief:
    """Async twin of :func:`summarize`."""
    prepare_article(text)
    return await _default_summarizer(options).asummarize(text)

