"""Bulk briefs at half price through OpenAI's Batch API.

OpenAI runs a batch of chat completions within 24 hours at half the price of the same calls
made one by one. :func:`run_openai_batch` sends every article's draft request in one batch, waits
for it, and grounds each answer into a :class:`~newsbrief.Brief` exactly as
:meth:`Summarizer.summarize <newsbrief.Summarizer.summarize>` does, with two differences that
follow from a batch being one shot:

* **No re-asks.** An answer that fails validation is not sent back to the model: the article's
  result is a :class:`~newsbrief.ValidationExhaustedError` (unless dropping the claims that break
  an integrity rule leaves a brief, as in the synchronous path). Quotes not found in the article
  are not re-asked either: they stay flagged ``unverified`` (or are dropped or raise, per
  ``Summarizer(on_unverified=...)``).
* **No transport retries per article.** A request that failed inside the batch (an error line, a
  request the batch never ran) is that article's error result, marked ``retryable``: submit
  those articles again.

Only OpenAI itself has this API: a summarizer for the embedded model, another provider, or an
OpenAI-compatible server on a ``base_url`` raises :class:`~newsbrief.ConfigurationError` before
any call.

Example:
    >>> from newsbrief import Summarizer
    >>> from newsbrief.openai_batch import run_openai_batch
    >>> results = run_openai_batch(  # doctest: +SKIP
    ...     [("a1", text1), ("a2", text2)],
    ...     Summarizer("openai/gpt-4.1-mini"),
    ...     state_path="briefs.batch.json",  # a killed run resumes instead of paying twice
    ... )
    >>> for result in results:  # doctest: +SKIP
    ...     print(result.id, result.brief.headline if result.ok else result.error.message)
"""

from __future__ import annotations

import hashlib
import json
import os
import time
import uuid
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Final, TypeVar

import instructor
import openai
from openai.types import Batch

from newsbrief import errors
from newsbrief.batch import ArticleInput, BatchError, BatchResult, Item, parse_item
from newsbrief.calls import provider_error, shorten
from newsbrief.models import Brief
from newsbrief.retry import CallBudget, Fault, classify
from newsbrief.summarizer import Summarizer

__all__ = [
    "BATCH_ENDPOINT",
    "FINAL_STATUSES",
    "MAX_BATCH_BYTES",
    "MAX_BATCH_REQUESTS",
    "PreparedBatch",
    "build_batch_requests",
    "run_openai_batch",
]

BATCH_ENDPOINT: Final = "/v1/chat/completions"
"""The endpoint every request of the batch goes to."""
MAX_BATCH_REQUESTS = 50_000
"""Most requests OpenAI accepts in one batch."""
MAX_BATCH_BYTES = 200 * 1024 * 1024
"""Largest batch input file OpenAI accepts."""
FINAL_STATUSES = frozenset({"completed", "failed", "expired", "cancelled"})
"""Batch statuses after which nothing changes; the others are polled."""

_OPENAI_HOST = "api.openai.com"
_MODES = (instructor.Mode.TOOLS, instructor.Mode.JSON, instructor.Mode.JSON_SCHEMA,
          instructor.Mode.MD_JSON)  # fmt: skip
_SDK_ONLY = ("timeout", "extra_headers", "extra_query")  # request options, not body fields
_STATE_VERSION = 1
T = TypeVar("T")


# ---- which summarizers qualify ---------------------------------------------------------------


@dataclass
class _Target:
    mode: instructor.Mode
    model_name: str
    api: openai.OpenAI | None  # the summarizer's own sync OpenAI client, if it has one


def _not_openai(summarizer: Summarizer, why: str) -> errors.ConfigurationError:
    return errors.ConfigurationError(
        f"The Batch API is OpenAI's, and {summarizer.model} {why}. Use an OpenAI model such as "
        "Summarizer('openai/gpt-4.1-mini') (no base_url), or newsbrief.summarize_many() for "
        "this one."
    )


def _openai_target(summarizer: Summarizer) -> _Target:
    """Check that ``summarizer`` calls OpenAI itself, without any network call."""
    backend = summarizer.backend
    if backend.model_name is None:
        # The embedded model and instructor.from_provider strings: no OpenAI model name to send
        # (and building the client could load a local model), so decide before building it.
        raise _not_openai(summarizer, "is not an OpenAI model")
    client: instructor.Instructor | instructor.AsyncInstructor = (
        backend.sync_client() if backend.make_sync is not None else backend.async_client()
    )
    sdk = getattr(client, "client", None)
    if getattr(client, "provider", None) is not instructor.Provider.OPENAI or not isinstance(
        sdk, (openai.OpenAI, openai.AsyncOpenAI)
    ):
        raise _not_openai(summarizer, "is not served by the OpenAI SDK")
    host = getattr(sdk.base_url, "host", "")
    if host != _OPENAI_HOST:
        raise _not_openai(summarizer, f"is served by {sdk.base_url}, not by {_OPENAI_HOST}")
    if client.mode not in _MODES:
        raise errors.ConfigurationError(
            f"Batch requests are built for the tools, json, json_schema and md_json modes, not "
            f"{client.mode.value}; make the Summarizer with mode='tools' (the default)."
        )
    return _Target(
        mode=client.mode,
        model_name=backend.model_name,
        api=sdk if isinstance(sdk, openai.OpenAI) else None,
    )


# ---- building the requests -------------------------------------------------------------------


@dataclass
class PreparedBatch:
    """The requests of a batch, and what is needed to read its answers.

    Attributes:
        ids: Every item's id, in input order (rejected ones included).
        requests: One Batch API request object per article to run: ``{"custom_id", "method",
            "url", "body"}``, the body being exactly what instructor sends for the draft call
            (:meth:`Summarizer.build_request <newsbrief.Summarizer.build_request>`).
        texts: The article each request is for, as given, by id (its answer is read with
            :meth:`Summarizer.finish <newsbrief.Summarizer.finish>`).
        rejected: Items that will not be sent, by id: bad input (empty, not text, too long).
        cached: Briefs already in the summarizer's cache, by id: not sent either.
        model: The model name as OpenAI expects it (``"gpt-4.1-mini"``).
        mode: The instructor mode the requests were built for.
    """

    ids: list[str]
    requests: list[dict[str, Any]]
    texts: dict[str, ArticleInput]
    rejected: dict[str, BatchError]
    cached: dict[str, Brief]
    model: str
    mode: instructor.Mode
    digests: dict[str, str] = field(default_factory=dict, repr=False)
    """A hash of each article's text, by id: a resumed run checks it sends the same articles."""

    def jsonl(self) -> bytes:
        """The batch input file: one JSON request per line, UTF-8 (non-ASCII kept as is)."""
        return b"".join(
            json.dumps(request, ensure_ascii=False).encode("utf-8") + b"\n"
            for request in self.requests
        )


def _digest(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:24]


def _body(captured: dict[str, Any]) -> dict[str, Any]:
    """The JSON body the SDK would post for the keyword arguments instructor gave it."""
    body = dict(captured)
    extra = body.pop("extra_body", None)
    if isinstance(extra, dict):  # the SDK merges extra_body into the JSON body
        body.update(extra)
    for key in _SDK_ONLY:
        body.pop(key, None)
    return body


def build_batch_requests(
    items: Iterable[Item], summarizer: Summarizer | None = None
) -> PreparedBatch:
    """Check each article and build its Batch API request, without any network call.

    Each request's body is what :meth:`Summarizer.summarize <newsbrief.Summarizer.summarize>`
    would send for its first (draft) call: the same messages, options and schema, in the
    summarizer's instructor mode (:meth:`Summarizer.build_request
    <newsbrief.Summarizer.build_request>`).

    Args:
        items: Texts (their id is their position: ``"0"``, ``"1"``...), ``(id, text)`` pairs or
            ``{"id", "text"}`` mappings, as for :func:`newsbrief.summarize_many`.
        summarizer: An OpenAI-backed :class:`~newsbrief.Summarizer`; default ``Summarizer()``.

    Returns:
        The requests, and for each id its article, its draft model, or why it was rejected.

    Raises:
        ConfigurationError: The summarizer does not call OpenAI itself (checked first).
        InputError: Two items share an id (OpenAI matches answers to requests by id), or the
            batch is over OpenAI's limits (50,000 requests, 200 MB): split it.
    """
    summarizer = summarizer if summarizer is not None else Summarizer()
    target = _openai_target(summarizer)
    prepared = PreparedBatch(
        ids=[], requests=[], texts={}, rejected={}, cached={},
        model=target.model_name, mode=target.mode,
    )  # fmt: skip
    size = 0
    seen: set[str] = set()
    for position, item in enumerate(items):
        try:
            item_id, text = parse_item(position, item)
        except errors.InputError as exc:
            item_id, text = str(position), None
            prepared.rejected[item_id] = BatchError.from_exception(exc)
        if item_id in seen:
            raise errors.InputError(
                f"Two items have the id {item_id!r}; ids must be unique in a batch, since "
                "OpenAI returns answers by id. Give each article its own id."
            )
        seen.add(item_id)
        prepared.ids.append(item_id)
        if text is None:
            continue
        try:
            body = _body(summarizer.build_request(text))
        except errors.NewsbriefError as exc:
            prepared.rejected[item_id] = BatchError.from_exception(exc)
            continue
        cached = summarizer.cached_brief(text)
        if cached is not None:
            prepared.cached[item_id] = cached
            continue
        request = {"custom_id": item_id, "method": "POST", "url": BATCH_ENDPOINT, "body": body}
        size += len(json.dumps(request, ensure_ascii=False).encode("utf-8")) + 1
        prepared.requests.append(request)
        prepared.texts[item_id] = text
        prepared.digests[item_id] = _digest(summarizer.prepare(text).text)
    if len(prepared.requests) > MAX_BATCH_REQUESTS or size > MAX_BATCH_BYTES:
        raise errors.InputError(
            f"The batch has {len(prepared.requests)} requests ({size / 2**20:.1f} MB); OpenAI "
            f"takes at most {MAX_BATCH_REQUESTS} requests and {MAX_BATCH_BYTES // 2**20} MB in "
            "one batch. Split the items into several batches."
        )
    return prepared


# ---- management calls: retried under the summarizer's policy, typed errors ---------------


@dataclass
class _Calls:
    api: openai.OpenAI
    summarizer: Summarizer
    sleep: Callable[[float], None]
    hint: str = ""

    def call(self, what: str, fn: Callable[[], T]) -> T:
        """Run one management call; transient faults are retried under the retry policy."""
        budget = CallBudget(self.summarizer.retry_policy, None, sleep=self.sleep)
        try:
            result: T = budget.retrying()(fn)
            return result
        except errors.NewsbriefError:
            raise
        except Exception as exc:
            raise self.error(what, exc, budget) from exc

    def error(self, what: str, exc: Exception, budget: CallBudget) -> errors.NewsbriefError:
        context: dict[str, Any] = {
            "attempts": budget.transport_retries + 1,
            "elapsed": budget.elapsed(),
            "model": self.summarizer.model,
        }
        hint = (
            "Check OPENAI_API_KEY and that the project may use the Files and Batch APIs."
            if isinstance(exc, (openai.AuthenticationError, openai.PermissionDeniedError))
            else ""
        )
        return provider_error(
            exc,
            budget,
            label="OpenAI",
            context=context,
            action=f" to {what}",
            hint=" ".join(part for part in (hint, self.hint) if part),
        )

    def download(self, file_id: str | None, what: str) -> str:
        if not file_id:
            return ""
        content = self.call(f"download the batch {what} file {file_id}",
                            lambda: self.api.files.content(file_id))  # fmt: skip
        return bytes(content.content).decode("utf-8", "replace")


def _submit(calls: _Calls, prepared: PreparedBatch) -> Batch:
    """Upload the input file and create the batch, never creating two for one upload."""
    uploaded = calls.call(
        "upload the batch input file",
        lambda: calls.api.files.create(
            file=("newsbrief-batch.jsonl", prepared.jsonl(), "application/jsonl"),
            purpose="batch",
        ),
    )
    token = _submission_token()
    metadata = {"newsbrief_submission": token, "newsbrief_articles": str(len(prepared.requests))}

    def create() -> Batch:
        try:
            return calls.api.batches.create(
                input_file_id=uploaded.id,
                endpoint=BATCH_ENDPOINT,
                completion_window="24h",
                metadata=metadata,
            )
        except Exception as exc:
            # OpenAI has no idempotency key: a 5xx or a dropped connection may come after the
            # batch was made. Look for it by its token before retrying, or it is paid twice.
            if classify(exc) is Fault.TRANSIENT and getattr(exc, "status_code", None) != 429:
                found = _find_submitted(calls, uploaded.id, token)
                if found is not None:
                    return found
            raise

    return calls.call(f"create the batch for file {uploaded.id}", create)


def _submission_token() -> str:
    return uuid.uuid4().hex


def _find_submitted(calls: _Calls, file_id: str, token: str) -> Batch | None:
    try:
        page = calls.api.batches.list(limit=100)
    except Exception as exc:
        raise errors.ProviderUnavailableError(
            f"Creating the batch for file {file_id} failed in a way that may have created it, "
            f"and listing batches to check failed too ({shorten(exc)}). Look for a batch with "
            f"metadata newsbrief_submission={token} (client.batches.list()) before running "
            "again, so as not to pay twice.",
            model=calls.summarizer.model,
        ) from exc
    for batch in page.data:
        if (batch.metadata or {}).get("newsbrief_submission") == token:
            return batch
    return None


def _poll(
    calls: _Calls,
    batch: Batch,
    *,
    poll_interval: float,
    max_poll_interval: float,
    max_wait: float | None,
    state_path: Path | None,
) -> Batch:
    """Retrieve the batch until it reaches a final status, backing off up to the cap."""
    interval = poll_interval
    waited = 0.0
    while batch.status not in FINAL_STATUSES:
        if max_wait is not None and waited >= max_wait:
            counts = batch.request_counts
            done = f"{counts.completed + counts.failed}/{counts.total}" if counts else "?"
            where = (
                f"call run_openai_batch again with state_path={str(state_path)!r} to resume"
                if state_path is not None
                else "pass state_path=... next time to be able to resume"
            )
            raise errors.DeadlineExceededError(
                f"Batch {batch.id} is still {batch.status} ({done} requests done) after "
                f"max_wait={max_wait:g}s. It keeps running at OpenAI (and is billed): {where}, "
                f"or cancel it with client.batches.cancel({batch.id!r}).",
                model=calls.summarizer.model,
                elapsed=waited,
            )
        wait = min(interval, max_poll_interval)
        if max_wait is not None:
            wait = min(wait, max_wait - waited)
        calls.sleep(wait)
        waited += wait
        interval = min(interval * 2.0, max_poll_interval)
        batch = _retrieve(calls, batch.id)
    return batch


def _retrieve(calls: _Calls, batch_id: str) -> Batch:
    return calls.call(f"check batch {batch_id}", lambda: calls.api.batches.retrieve(batch_id))


# ---- the state file that makes a run resumable -----------------------------------------------


def _save_state(path: Path, batch: Batch, prepared: PreparedBatch) -> None:
    state = {
        "version": _STATE_VERSION,
        "batch_id": batch.id,
        "input_file_id": batch.input_file_id,
        "model": prepared.model,
        "mode": prepared.mode.value,
        "ids": [request["custom_id"] for request in prepared.requests],
        "digests": prepared.digests,
    }
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.name + ".partial")
    partial.write_text(json.dumps(state, indent=1), encoding="utf-8")
    os.replace(partial, path)  # atomic: a kill leaves the old file or the new one


def _load_state(path: Path, prepared: PreparedBatch) -> str:
    """The batch id saved at ``path``, after checking it is the batch of these articles."""
    try:
        state = json.loads(path.read_text(encoding="utf-8"))
        batch_id = state["batch_id"]
        if state.get("version") != _STATE_VERSION or not isinstance(batch_id, str):
            raise ValueError("unknown version")
    except (OSError, ValueError, KeyError, TypeError) as exc:
        raise errors.ConfigurationError(
            f"state_path {str(path)!r} is not a newsbrief batch state file ({exc}); give "
            "another path, or delete it if no batch of yours is running under it."
        ) from exc
    ids = [request["custom_id"] for request in prepared.requests]
    if (
        state.get("ids") != ids
        or state.get("digests") != prepared.digests
        or state.get("model") != prepared.model
        or state.get("mode") != prepared.mode.value
    ):
        raise errors.ConfigurationError(
            f"state_path {str(path)!r} belongs to batch {batch_id} of other articles or another "
            "model or mode. Pass the same items and summarizer to resume it, or another "
            "state_path to submit these articles as a new batch."
        )
    return batch_id


# ---- reading the answers ---------------------------------------------------------------------


def _parse_lines(text: str) -> dict[str, dict[str, Any]]:
    found: dict[str, dict[str, Any]] = {}
    for line in text.splitlines():
        if not line.strip():
            continue
        try:
            data = json.loads(line)
        except ValueError:
            continue  # an unreadable line cannot name its article: that one shows as missing
        if isinstance(data, dict) and isinstance(data.get("custom_id"), str):
            found.setdefault(data["custom_id"], data)
    return found


def _result(item_id: str, exc: errors.NewsbriefError, retryable: bool | None = None) -> BatchResult:
    error = BatchError.from_exception(exc)
    if retryable is not None:
        error.retryable = retryable
    return BatchResult(id=item_id, error=error)


def _http_error(status: int | None, body: Any, model: str) -> tuple[errors.NewsbriefError, bool]:
    """The typed error of a request that OpenAI answered with an HTTP error inside the batch."""
    inner = body.get("error") if isinstance(body, dict) else None
    inner = inner if isinstance(inner, dict) else {}
    message = str(inner.get("message") or "no message").rstrip(".")
    code = inner.get("code") or inner.get("type")
    context: dict[str, Any] = {"status_code": status, "attempts": 1, "model": model}
    again = "submit this article again"
    if status in (401, 403):
        return errors.AuthenticationError(
            f"OpenAI refused this request ({status}): {message}. Check the key's access.",
            **context,
        ), False
    if status == 429 and code == "insufficient_quota":
        return errors.QuotaExceededError(
            f"The account ran out of quota during the batch: {message}. Check billing, then "
            f"{again}.",
            **context,
        ), False
    if status == 429:
        return errors.RateLimitError(f"Rate limited inside the batch: {message}; {again}.",
                                     **context), True  # fmt: skip
    if status is not None and status >= 500:
        return errors.ProviderUnavailableError(
            f"OpenAI failed this request ({status}): {message}; {again}.", **context
        ), True
    return errors.BadRequestError(
        f"OpenAI rejected this request ({status}, {code}): {message}", **context
    ), False


def _line_error(
    error: dict[str, Any], batch_id: str, model: str
) -> tuple[errors.NewsbriefError, bool]:
    """The typed error of a request that failed without an HTTP answer (``"error"`` set)."""
    code = str(error.get("code") or "")
    message = str(error.get("message") or "no message").rstrip(".")
    if code == "batch_expired":
        return errors.DeadlineExceededError(
            f"Batch {batch_id} reached the end of its 24h window before running this article "
            f"({message}); submit it again.",
            model=model,
        ), True
    if code == "batch_cancelled":
        return errors.ProviderError(
            f"Batch {batch_id} was cancelled before running this article ({message}); submit "
            "it again.",
            model=model,
        ), True
    return errors.BadRequestError(
        f"OpenAI could not run this request ({code or 'no code'}): {message}", model=model
    ), False


def _missing(batch: Batch, line: int, model: str) -> tuple[errors.NewsbriefError, bool]:
    """The error of an article the batch has no line for, by the batch's final status."""
    if batch.status == "failed":
        problems = list(batch.errors.data or []) if batch.errors is not None else []
        own = [e for e in problems if e.line == line]
        shown = own or problems
        listed = "; ".join(
            f"{e.code or 'error'}{f' (line {e.line})' if e.line else ''}: "
            f"{(e.message or 'no message').rstrip('.')}"
            for e in shown[:5]
        )
        if own:
            blame = "this article's request"
        elif any(e.line for e in problems):
            blame = "another article's request (submit this one again without it)"
        else:
            blame = "the batch as a whole"
        return errors.BadRequestError(
            f"Batch {batch.id} failed validation, so nothing ran; OpenAI blamed {blame}: "
            f"{listed or 'no details given'}.",
            model=model,
        ), bool(problems) and not own
    if batch.status == "expired":
        return errors.DeadlineExceededError(
            f"Batch {batch.id} expired (24h window) before running this article; submit it again.",
            model=model,
        ), True
    if batch.status == "cancelled":
        return errors.ProviderError(
            f"Batch {batch.id} was cancelled before running this article; submit it again.",
            model=model,
        ), True
    return errors.ProviderUnavailableError(
        f"Batch {batch.id} is {batch.status} but has no output or error line for this article; "
        "submit it again.",
        model=model,
    ), True


def _duration(batch: Batch) -> float:
    ended = batch.completed_at or batch.expired_at or batch.cancelled_at or batch.failed_at
    return float(ended - batch.created_at) if ended else 0.0


def _brief_from_line(
    summarizer: Summarizer,
    prepared: PreparedBatch,
    item_id: str,
    line: dict[str, Any],
    batch: Batch,
) -> BatchResult:
    model_label = summarizer.model
    error = line.get("error")
    if isinstance(error, dict):
        return _result(item_id, *_line_error(error, batch.id, model_label))
    response = line.get("response")
    if not isinstance(response, dict):
        return _result(item_id, errors.ProviderError(
            f"Batch {batch.id} has a line for this article with neither a response nor an "
            "error; submit it again.", model=model_label), True)  # fmt: skip
    status = response.get("status_code")
    body = response.get("body")
    if status != 200 or not isinstance(body, dict):
        return _result(item_id, *_http_error(status if isinstance(status, int) else None, body,
                                             model_label))  # fmt: skip
    try:
        brief = summarizer.finish(prepared.texts[item_id], body)
    except errors.ValidationExhaustedError as exc:
        exc.message = (
            f"{exc.message} A batch does not re-ask: brief this article with "
            "Summarizer.summarize(), which re-asks."
        )
        return _result(item_id, exc)
    except errors.NewsbriefError as exc:
        return _result(item_id, exc)
    except ValueError as exc:  # pydantic's ValidationError: not a chat completion
        not_completion = errors.BadRequestError(
            f"The batch's answer for this article is not a chat completion ({shorten(exc)}); "
            "submit it again.",
            status_code=200,
            attempts=1,
            model=summarizer.model,
        )
        return _result(item_id, not_completion, True)
    brief.metadata.duration_seconds = _duration(batch)
    return BatchResult(id=item_id, brief=brief)


def _results(
    summarizer: Summarizer, prepared: PreparedBatch, batch: Batch | None, output: str, failed: str
) -> list[BatchResult]:
    lines = _parse_lines(output)
    for item_id, line in _parse_lines(failed).items():
        lines.setdefault(item_id, line)
    positions = {request["custom_id"]: n for n, request in enumerate(prepared.requests, 1)}
    results: list[BatchResult] = []
    for item_id in prepared.ids:
        if item_id in prepared.rejected:
            results.append(BatchResult(id=item_id, error=prepared.rejected[item_id]))
        elif item_id in prepared.cached:
            results.append(BatchResult(id=item_id, brief=prepared.cached[item_id]))
        elif batch is None:  # pragma: no cover - every id is rejected or cached then
            raise AssertionError(f"no batch was run for {item_id}")
        elif item_id in lines:
            results.append(_brief_from_line(summarizer, prepared, item_id, lines[item_id], batch))
        else:
            results.append(_result(item_id, *_missing(batch, positions[item_id], summarizer.model)))
    return results


# ---- the whole run ---------------------------------------------------------------------------


def run_openai_batch(
    items: Iterable[Item],
    summarizer: Summarizer | None = None,
    *,
    client: openai.OpenAI | None = None,
    poll_interval: float = 15.0,
    max_poll_interval: float = 600.0,
    max_wait: float | None = 26 * 3600.0,
    state_path: str | os.PathLike[str] | None = None,
    sleep: Callable[[float], None] = time.sleep,
) -> list[BatchResult]:
    """Brief many articles through OpenAI's Batch API, at half the price of one-by-one calls.

    Builds each article's draft request (:func:`build_batch_requests`), uploads them as one
    JSONL file, creates a batch on ``/v1/chat/completions`` with a 24h window, polls it until it
    is completed, failed, expired or cancelled, downloads the output and error files, and
    grounds each answer into a brief. The call blocks until then (OpenAI promises 24 hours at
    most; most batches take far less). Answers are not re-asked: quotes not found in the article
    stay flagged ``unverified``, and an invalid answer is an error result (see the module doc).

    Args:
        items: Texts (their id is their position), ``(id, text)`` pairs or ``{"id", "text"}``
            mappings; ids must be unique.
        summarizer: An OpenAI-backed :class:`~newsbrief.Summarizer` (its model, mode, language,
            options and grounding settings apply); default ``Summarizer()``.
        client: The ``openai.OpenAI`` client for the Files and Batch calls; default the
            summarizer's own (required when the summarizer was given an async client).
        poll_interval: Seconds before the first status check; doubles after each check.
        max_poll_interval: Cap of the wait between two checks.
        max_wait: Give up waiting after this many seconds of waiting between checks (the batch
            keeps running at OpenAI); ``None`` waits until it ends. With ``state_path``,
            ``max_wait=0`` submits and raises at once; a later call collects the results.
        state_path: A file to save the batch id in right after it is created. A later call with
            the same ``state_path`` and the same items resumes waiting for that batch instead of
            submitting (and paying for) it again. The file is removed once results are made.
        sleep: Blocking sleep, injectable for tests.

    Returns:
        One :class:`~newsbrief.BatchResult` per item, in input order, with the item's id:
        ``result.brief`` (grounded; ``metadata.usage`` holds the request's tokens and
        ``metadata.duration_seconds`` the batch's wall time), or ``result.error`` for bad input,
        an invalid or refused answer, a request that failed inside the batch, or one the batch
        never ran (failed, expired or cancelled batch). An expired or cancelled batch still
        yields the briefs of the requests it completed. Errors a resubmission may cure are
        ``retryable``.

    Raises:
        ConfigurationError: The summarizer does not call OpenAI itself, an option is out of
            range, or ``state_path`` holds another batch (all before any call).
        InputError: Duplicate ids, or over OpenAI's batch limits.
        ProviderError: A Files or Batch call failed after the retry policy's retries (the
            message says whether the batch exists and how to resume it).
        DeadlineExceededError: ``max_wait`` passed before the batch ended; with ``state_path``
            a later call resumes it.
    """
    if poll_interval <= 0 or max_poll_interval < poll_interval:
        raise errors.ConfigurationError(
            "poll_interval must be positive and max_poll_interval at least poll_interval."
        )
    if max_wait is not None and max_wait < 0:
        raise errors.ConfigurationError("max_wait cannot be negative; use None to wait until done.")
    summarizer = summarizer if summarizer is not None else Summarizer()
    prepared = build_batch_requests(items, summarizer)
    path = Path(state_path) if state_path is not None else None
    resumed = _load_state(path, prepared) if path is not None and path.exists() else None
    if not prepared.requests:  # nothing to send: bad input and cache hits only
        return _results(summarizer, prepared, None, "", "")
    api = client if client is not None else _openai_target(summarizer).api
    if api is None:
        raise errors.ConfigurationError(
            "The summarizer has an async OpenAI client; pass client=openai.OpenAI(...) for the "
            "Files and Batch calls."
        )
    if client is not None:
        api = client.with_options(max_retries=0)  # newsbrief retries; layers never multiply
    calls = _Calls(api, summarizer, sleep)
    if resumed is not None:
        calls.hint = f"Batch {resumed} exists: run again with the same state_path to resume."
        batch = _retrieve(calls, resumed)
    else:
        batch = _submit(calls, prepared)
        if path is not None:
            _save_state(path, batch, prepared)
            calls.hint = f"Batch {batch.id} exists: run again with the same state_path to resume."
        else:
            calls.hint = f"Batch {batch.id} exists and keeps running at OpenAI."
    batch = _poll(
        calls,
        batch,
        poll_interval=poll_interval,
        max_poll_interval=max_poll_interval,
        max_wait=max_wait,
        state_path=path,
    )
    output = calls.download(batch.output_file_id, "output")
    failed = calls.download(batch.error_file_id, "error")
    results = _results(summarizer, prepared, batch, output, failed)
    if path is not None:
        path.unlink(missing_ok=True)
    return results
