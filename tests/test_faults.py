"""Every transport and model fault, through a real HTTP server on loopback (tests/fakeserver.py).

Each row of the fault table (benchmarks/README.md, docs/guides/reliability.md) has a test here: the calls the fault costs, the error it
ends in, and the time it takes. Backoff waits are shortened by the policy (initial 10 ms) except
where the server's own Retry-After is the point of the test.
"""

from __future__ import annotations

import asyncio
import json
import socket
import time
from typing import Any

import pytest

import newsbrief
from newsbrief import RetryPolicy, Summarizer

from .fakeserver import Reply, completion, error, serve

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

ARTICLE = (
    "Il ministro Rossi ha detto: «Non cederemo». Un funzionario che ha chiesto l'anonimato ha "
    "riferito che i colloqui riprenderanno lunedì.\n\nIl porto resta chiuso."
)
DRAFT: dict[str, Any] = {
    "headline": "Talks to resume", "summary": "The minister will not yield.", "language": "it",
    "key_actors": [{"id": "rossi", "name": "Rossi", "kind": "person", "role": "minister"}],
    "claims": [
        {"statement": "Rossi will not yield.", "attribution": "direct", "quotes": ["Non cederemo"],
         "source": {"actor_id": "rossi", "description": "Il ministro Rossi",
                    "kind": "named_person"}},
        {"statement": "Talks resume Monday.", "attribution": "indirect",
         "quotes": ["i colloqui riprenderanno lunedì"],
         "source": {"actor_id": None, "description": "Un funzionario", "kind": "anonymous"}},
    ],
    "unresolved_issues": [],
}  # fmt: skip
OK = Reply(200, completion(DRAFT))
FAST = RetryPolicy(initial_backoff=0.01, max_backoff=0.05)


def summarizer(url: str, **options: Any) -> Summarizer:
    options.setdefault("retry_policy", FAST)
    return Summarizer("fake-model", base_url=url, **options)


def fails(script: list[Reply], expected: type[Exception], **options: Any) -> tuple[Any, int, float]:
    with serve(script) as server:
        started = time.monotonic()
        with pytest.raises(expected) as caught:
            summarizer(server.url, **options).summarize(ARTICLE)
        return caught.value, server.calls, time.monotonic() - started


def test_success_is_one_call() -> None:
    with serve([OK]) as server:
        brief = summarizer(server.url).summarize(ARTICLE)
    assert server.calls == 1 and brief.metadata.attempts == 1
    assert [e.status for e in brief.evidence()] == ["verified", "verified"]


def test_500_forever_costs_one_call_plus_the_transport_retries() -> None:
    err, calls, _ = fails([Reply(500, error(500, "boom"))], newsbrief.ProviderUnavailableError)
    assert calls == 4 == err.attempts and err.status_code == 500
    assert err.usage is not None and err.elapsed > 0


@pytest.mark.parametrize("status", [408, 409, 500, 502, 503, 504])
def test_transient_status_then_success(status: int) -> None:
    with serve([Reply(status, error(status, "try again")), OK]) as server:
        brief = summarizer(server.url).summarize(ARTICLE)
    assert server.calls == 2 and brief.metadata.attempts == 2


@pytest.mark.parametrize(
    ("status", "expected"),
    [(401, newsbrief.AuthenticationError), (403, newsbrief.AuthenticationError),
     (400, newsbrief.BadRequestError), (404, newsbrief.BadRequestError),
     (422, newsbrief.BadRequestError)],
)  # fmt: skip
def test_client_errors_cost_exactly_one_call(status: int, expected: type[Exception]) -> None:
    err, calls, _ = fails([Reply(status, error(status, "no"))], expected)
    assert calls == 1 and err.attempts == 1 and err.status_code == status


def test_insufficient_quota_is_not_retried() -> None:
    body = error(429, "You exceeded your current quota", "insufficient_quota", "insufficient_quota")
    _err, calls, _ = fails([Reply(429, body)], newsbrief.QuotaExceededError)
    assert calls == 1


def test_429_with_retry_after_2_waits_about_2_seconds() -> None:
    script = [Reply(429, error(429, "slow down"), {"retry-after": "2"}), OK]
    with serve(script) as server:
        brief = summarizer(server.url).summarize(ARTICLE)
    assert server.calls == 2 and brief.metadata.attempts == 2
    assert 1.9 <= server.waits()[0] <= 3.0


def test_retry_after_ms_is_honoured() -> None:
    script = [Reply(429, error(429, "slow down"), {"retry-after-ms": "300"}), OK]
    with serve(script) as server:
        summarizer(server.url).summarize(ARTICLE)
    assert 0.28 <= server.waits()[0] <= 1.0


def test_429_asking_for_900_seconds_fails_fast_with_the_wait() -> None:
    script = [Reply(429, error(429, "come back later"), {"retry-after": "900"})]
    err, calls, seconds = fails(script, newsbrief.RateLimitError)
    assert calls == 1 and seconds < 1.0
    assert err.retry_after == 900 and "900" in str(err)


def test_429_forever_ends_in_rate_limit_error() -> None:
    err, calls, _ = fails([Reply(429, error(429, "slow down"))], newsbrief.RateLimitError)
    assert calls == 4 and err.attempts == 4


def test_server_that_never_answers_ends_at_the_deadline() -> None:
    err, calls, seconds = fails(
        [Reply(200, completion(DRAFT), delay=60)], newsbrief.DeadlineExceededError, timeout=2
    )
    assert 1.9 <= seconds <= 3.0
    assert calls == 1 and err.elapsed >= 1.9


def test_connection_refused_is_retried_then_unavailable() -> None:
    with socket.socket() as probe:  # a port nothing listens on
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    s = summarizer(f"http://127.0.0.1:{port}/v1")
    with pytest.raises(newsbrief.ProviderUnavailableError) as caught:
        s.summarize(ARTICLE)
    assert caught.value.attempts == 4 and caught.value.status_code is None


def test_refusal_is_one_call_and_a_refusal_error() -> None:
    reply = Reply(200, completion("", refusal="I can't help with that."))
    err, calls, _ = fails([reply], newsbrief.RefusalError)
    assert calls == 1 and "can't help" in str(err)


def test_content_filter_is_a_refusal() -> None:
    reply = Reply(200, completion('{"headline": "', finish_reason="content_filter"))
    _, calls, _ = fails([reply], newsbrief.RefusalError)
    assert calls == 1


def test_cut_off_output_is_incomplete_with_its_usage_and_not_reasked() -> None:
    reply = Reply(200, completion('{"headline": "Tal', finish_reason="length", usage=(900, 4096)))
    err, calls, _ = fails([reply], newsbrief.IncompleteOutputError)
    assert calls == 1
    assert err.usage is not None and err.usage.completion_tokens == 4096


def test_invalid_answers_exhaust_validation_with_the_last_draft() -> None:
    bad = Reply(200, completion('{"headline": "only this"}'))
    err, calls, _ = fails([bad], newsbrief.ValidationExhaustedError)
    assert calls == 2 and err.last_draft == '{"headline": "only this"}'
    assert err.usage is not None
    assert [c.kind for c in err.usage.calls] == ["initial", "validation_reask"]
    assert "claims" in err.errors


def test_claims_still_breaking_integrity_after_the_reask_are_mended_or_dropped() -> None:
    """After the re-ask, an anonymous source tied to a named person keeps its claim, untied (it
    must never become that person); one described by a person's name is dropped."""
    broken = {**DRAFT, "claims": [
        {**DRAFT["claims"][0], "source": {"actor_id": "rossi", "description": "Un funzionario",
                                          "kind": "anonymous"}},
        {**DRAFT["claims"][1], "source": {"actor_id": None, "description": "Rossi",
                                          "kind": "anonymous"}},
    ]}  # fmt: skip
    with serve([Reply(200, completion(broken))]) as server:
        brief = summarizer(server.url).summarize(ARTICLE)
    assert server.calls == 2  # the answer and its one validation re-ask
    [kept] = brief.claims
    assert kept.statement == "Rossi will not yield."
    assert kept.source.kind is newsbrief.SourceKind.ANONYMOUS and kept.source.actor_id is None
    assert kept.source.description == "Un funzionario"
    notes = brief.metadata.dropped_claims
    assert len(notes) == 2
    assert "untied from 'Rossi'" in notes[0]
    assert "cannot be described by a person's name ('Rossi')" in notes[1]


def test_a_claim_repeated_word_for_word_appears_once() -> None:
    repeated = {**DRAFT, "claims": DRAFT["claims"] + [DRAFT["claims"][1]]}
    with serve([Reply(200, completion(repeated))]) as server:
        brief = summarizer(server.url).summarize(ARTICLE)
    assert [c.statement for c in brief.claims] == ["Rossi will not yield.", "Talks resume Monday."]
    assert brief.metadata.duplicate_claims == 1


def test_worst_case_is_the_documented_number_of_calls() -> None:
    invented = {
        **DRAFT,
        "claims": [{**DRAFT["claims"][0], "quotes": ["Cederemo domani"]}, DRAFT["claims"][1]],
    }
    script = [
        Reply(500, error(500, "boom")), Reply(503, error(503, "busy")),
        Reply(502, error(502, "gateway")), Reply(200, completion('{"headline": 1}')),
        Reply(200, completion(invented)), Reply(200, completion({"quotes": [None]})),
    ]  # fmt: skip
    with serve(script) as server:
        brief = summarizer(server.url).summarize(ARTICLE)
    assert server.calls == 6 == RetryPolicy().max_calls == brief.metadata.attempts
    assert brief.metadata.validation_reasks == 1 and brief.metadata.grounding_reasks == 1


def test_request_carries_no_openai_key_and_the_article_delimited(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setenv("OPENAI_API_KEY", "sk-should-never-leave-this-process")
    with serve([OK]) as server:
        summarizer(server.url).summarize(ARTICLE)
    sent = server.requests[0]
    assert "sk-should-never" not in sent.headers.get("Authorization", "")
    system, user = sent.body["messages"]
    assert system["role"] == "system" and ARTICLE not in system["content"]
    assert user["content"].count(ARTICLE) == 1


async def test_async_500_forever_costs_the_same_budget() -> None:
    with serve([Reply(500, error(500, "boom"))]) as server:
        with pytest.raises(newsbrief.ProviderUnavailableError) as caught:
            await summarizer(server.url).asummarize(ARTICLE)
    assert server.calls == 4 == caught.value.attempts


async def test_async_429_retry_after_then_success() -> None:
    script = [Reply(429, error(429, "slow"), {"retry-after": "1"}), OK]
    with serve(script) as server:
        brief = await summarizer(server.url).asummarize(ARTICLE)
    assert server.calls == 2 and 0.9 <= server.waits()[0] <= 2.0
    assert brief.metadata.attempts == 2


async def test_async_401_is_one_call() -> None:
    with serve([Reply(401, error(401, "bad key"))]) as server:
        with pytest.raises(newsbrief.AuthenticationError):
            await summarizer(server.url).asummarize(ARTICLE)
    assert server.calls == 1


async def test_async_deadline_on_a_silent_server() -> None:
    with serve([Reply(200, completion(DRAFT), delay=60)]) as server:
        started = time.monotonic()
        with pytest.raises(newsbrief.DeadlineExceededError):
            await summarizer(server.url, timeout=1.5).asummarize(ARTICLE)
    assert time.monotonic() - started < 2.5


async def test_cancelling_stops_retries_and_closes_the_connection() -> None:
    script = [Reply(500, error(500, "boom")), Reply(200, completion(DRAFT), delay=30)]
    with serve(script) as server:
        task = asyncio.create_task(summarizer(server.url).asummarize(ARTICLE))
        while server.calls < 2:
            await asyncio.sleep(0.02)
        task.cancel()
        with pytest.raises(asyncio.CancelledError):
            await task
        await asyncio.sleep(0.5)
        assert server.calls == 2  # no retry after the cancel
        for _ in range(40):  # the server sees the client hang up
            if server.open_connections == 0:
                break
            await asyncio.sleep(0.05)
        assert server.open_connections == 0


def test_constrained_quotes_are_in_the_grammar_not_in_the_prompt() -> None:
    """With a server that enforces response_format.schema, the article's sentences go in the
    grammar only: repeating them in the prompt's schema would double the prompt."""
    with serve([OK]) as server:
        brief = summarizer(server.url, constrain_quotes=True).summarize(ARTICLE)
    body = server.requests[0].body
    grammar = json.dumps(body["response_format"]["schema"], ensure_ascii=False)
    prompt = json.dumps(body["messages"], ensure_ascii=False)
    assert "Il porto resta chiuso." in grammar and '"enum"' in grammar
    assert '"enum"' not in prompt and prompt.count("Il porto resta chiuso.") == 1  # the article
    assert all(e.status == "verified" for e in brief.evidence())


INVENTED = {**DRAFT, "claims": [{**DRAFT["claims"][0], "quotes": ["Cederemo domani"]},
                                DRAFT["claims"][1]]}  # fmt: skip


def late_clock(server: Any) -> Any:
    """A clock that jumps past any deadline once the server has answered the draft."""
    return lambda: time.monotonic() + (10_000.0 if server.calls else 0.0)


def test_a_deadline_that_refuses_the_grounding_reask_keeps_the_draft_and_counts_no_call() -> None:
    """The draft is valid; the deadline passes before the targeted re-ask: no re-ask is sent or
    counted, the brief keeps the draft, and the quote not found stays flagged."""
    with serve([Reply(200, completion(INVENTED)), OK]) as server:
        chosen = summarizer(server.url, timeout=60)
        chosen._clock = late_clock(server)
        brief = chosen.summarize(ARTICLE)
    assert server.calls == 1 == brief.metadata.attempts
    assert brief.metadata.grounding_reasks == 0
    assert [c.kind for c in brief.metadata.usage.calls] == ["initial"]
    assert [e.status for e in brief.evidence()] == ["unverified", "verified"]


async def test_the_same_refusal_async() -> None:
    with serve([Reply(200, completion(INVENTED)), OK]) as server:
        chosen = summarizer(server.url, timeout=60)
        chosen._clock = late_clock(server)
        brief = await chosen.asummarize(ARTICLE)
    assert server.calls == 1 == brief.metadata.attempts
    assert [e.status for e in brief.evidence()] == ["unverified", "verified"]


def test_a_refused_reask_under_on_unverified_raise_counts_only_the_call_made() -> None:
    with serve([Reply(200, completion(INVENTED)), OK]) as server:
        chosen = summarizer(server.url, timeout=60, on_unverified="raise")
        chosen._clock = late_clock(server)
        with pytest.raises(newsbrief.GroundingError) as caught:
            chosen.summarize(ARTICLE)
    assert server.calls == 1 == caught.value.attempts
    assert [e.quote for e in caught.value.unverified] == ["Cederemo domani"]
