"""A hostile or broken server, through the loopback fake server (tests/fakeserver.py): every
failure a caller sees is a NewsbriefError, Retry-After parsing is total, and malformed 200s are
transport faults ending in MalformedResponseError.

The fuzz test's number of examples is ``NEWSBRIEF_FUZZ_EXAMPLES`` (default 120, about 15 s);
the figures in benchmarks/README.md come from a run with 3,000.
"""

from __future__ import annotations

import asyncio
import json
import math
import os
import time
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import newsbrief
from newsbrief import RetryPolicy, Summarizer
from newsbrief.retry import parse_retry_after

from .fakeserver import Reply, completion, error, serve
from .test_faults import ARTICLE, DRAFT, OK

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

FAST = RetryPolicy(initial_backoff=0.01, max_backoff=0.02, max_retry_after=0.05)
VALID = completion(DRAFT)


def summarizer(url: str, **options: Any) -> Summarizer:
    options.setdefault("retry_policy", FAST)
    options.setdefault("timeout", 5)
    return Summarizer("fake-model", base_url=url, **options)


# ---- Retry-After ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ("2", 2.0), ("0", 0.0), ("1.5", 1.5), (" 7 ", 7.0), ("900", 900.0),
        ("junk", None), ("", None), ("nan", None), ("NaN", None), ("inf", None), ("-inf", None),
        ("1e309", None), ("-5", None), ("-0.1", None), ("0x10", None),
        ("Mon, 99 Foo 2020 25:61:00 GMT", None), ("Sat, 01 Jan 10000 00:00:00 GMT", None),
        ("Tue, 15 Nov 1994 08:12:31 +9999", None), ("Wed, 21 Oct 2015 07:28:00 GMT", 0.0),
    ],
)  # fmt: skip
def test_retry_after_values(value: str, expected: float | None) -> None:
    assert parse_retry_after(value) == expected


def test_retry_after_dates_in_the_future_are_the_wait_until_them() -> None:
    far = parse_retry_after("Fri, 31 Dec 9999 23:59:59 GMT")
    assert far is not None and far > 10**10 and math.isfinite(far)
    soon = parse_retry_after(
        time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(time.time() + 60))
    )
    assert soon is not None and 55 <= soon <= 61


def test_retry_after_ms() -> None:
    assert parse_retry_after("300", millis=True) == 0.3
    assert parse_retry_after("nan", millis=True) is None
    assert parse_retry_after("Wed, 21 Oct 2015 07:28:00 GMT", millis=True) is None


@settings(max_examples=500, deadline=None)
@given(
    st.one_of(
        st.text(), st.from_regex(r"[A-Za-z]{3}, \d{1,3} [A-Za-z]{3} -?\d{1,6} [\d:]{5,9} .{0,6}")
    )
)
def test_retry_after_parsing_is_total(value: str) -> None:
    """Any header value gives a finite wait >= 0 or None, never an exception."""
    for millis in (False, True):
        seconds = parse_retry_after(value, millis=millis)
        assert seconds is None or (math.isfinite(seconds) and seconds >= 0)


@pytest.mark.parametrize(
    "value", ["junk", "nan", "inf", "-5", "Mon, 99 Foo 2020 25:61:00 GMT", "1e309"]
)
def test_a_429_with_a_retry_after_that_cannot_be_honoured_backs_off_and_succeeds(
    value: str,
) -> None:
    with serve([Reply(429, error(429, "slow down"), {"retry-after": value}), OK]) as server:
        brief = summarizer(server.url).summarize(ARTICLE)
    assert server.calls == 2 == brief.metadata.attempts


def test_a_retry_after_date_far_in_the_future_fails_fast_as_too_long() -> None:
    script = [Reply(429, error(429, "later"), {"retry-after": "Fri, 31 Dec 9999 23:59:59 GMT"})]
    with serve(script) as server, pytest.raises(newsbrief.RateLimitError) as caught:
        summarizer(server.url).summarize(ARTICLE)
    assert server.calls == 1 and caught.value.retry_after is not None
    assert caught.value.retry_after > 10**10


# ---- malformed 200s ---------------------------------------------------------------------------

HTML_PAGE = b"<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>"
MALFORMED: dict[str, Reply] = {
    "no choices": Reply(200, {"id": "x", "object": "chat.completion", "created": 1, "model": "m"}),
    "empty choices": Reply(200, {**VALID, "choices": []}),
    "null choices": Reply(200, {**VALID, "choices": None}),
    "choice without message": Reply(200, {**VALID, "choices": [{"index": 0, "message": None,
                                                               "finish_reason": "stop"}]}),
    "choices a string": Reply(200, {**VALID, "choices": "abc"}),
    "error object in a 200": Reply(200, error(500, "upstream overloaded")),
    "JSON list": Reply(200, [1, 2, 3]),
    "JSON null": Reply(200, None),
    "HTML page": Reply(200, raw=HTML_PAGE, headers={"content-type": "text/html"}),
    "HTML page called JSON": Reply(200, raw=HTML_PAGE),
    "JSON cut short": Reply(200, raw=json.dumps(VALID).encode()[:57]),
    "empty body": Reply(200, raw=b""),
    "plain text": Reply(200, raw=b"OK", headers={"content-type": "text/plain"}),
    "not UTF-8": Reply(200, raw=b'{"choices": "\xff\xfe"}'),
    "gzip that is not": Reply(200, raw=json.dumps(VALID).encode(),
                              headers={"content-encoding": "gzip"}),
}  # fmt: skip


@pytest.mark.parametrize("case", list(MALFORMED))
def test_a_malformed_200_is_a_transport_fault_ending_in_a_typed_error(case: str) -> None:
    with serve([MALFORMED[case]]) as server, pytest.raises(newsbrief.ProviderError) as caught:
        summarizer(server.url).summarize(ARTICLE)
    assert isinstance(caught.value, newsbrief.MalformedResponseError), repr(caught.value)
    assert caught.value.attempts == server.calls <= 1 + FAST.max_transport_retries
    assert caught.value.usage is not None and caught.value.usage.total_tokens == 0


def test_a_malformed_200_then_a_good_answer_is_a_brief() -> None:
    with serve([MALFORMED["error object in a 200"], OK]) as server:
        brief = summarizer(server.url).summarize(ARTICLE)
    assert server.calls == 2 == brief.metadata.attempts
    assert [c.kind for c in brief.metadata.usage.calls] == ["transport_retry"]


async def test_a_malformed_200_async() -> None:
    with serve([MALFORMED["HTML page"]]) as server:
        with pytest.raises(newsbrief.MalformedResponseError):
            await summarizer(server.url).asummarize(ARTICLE)


# ---- the fuzz: status codes, headers and bodies ------------------------------------------------

RETRY_AFTER = st.one_of(
    st.sampled_from(["junk", "nan", "inf", "-inf", "-5", "0", "0.01", "1e309", "", " ", "9" * 400,
                     "Wed, 21 Oct 2015 07:28:00 GMT", "Fri, 31 Dec 9999 23:59:59 GMT",
                     "Mon, 99 Foo 2020 25:61:00 GMT", "Sat, 01 Jan 10000 00:00:00 GMT",
                     "Tue, 15 Nov 1994 08:12:31 +9999"]),
    st.floats(allow_nan=True, allow_infinity=True).map(repr),
    st.integers(-(10**12), 10**12).map(str),
    st.text(st.characters(min_codepoint=0x20, max_codepoint=0xFF), max_size=40).map(str.strip),
)  # fmt: skip
CONTENT_TYPES = st.sampled_from(
    ["application/json", "application/json; charset=utf-8", "application/json; charset=latin-1",
     "text/html", "text/plain", "application/octet-stream", "", "application/x-ndjson",
     "text/event-stream"]
)  # fmt: skip
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=10), inner,
                                                                  max_size=4),
    max_leaves=12,
)  # fmt: skip


def _variants() -> st.SearchStrategy[Any]:
    choice = VALID["choices"][0]
    message = choice["message"]
    return st.one_of(
        st.just(VALID),
        st.builds(lambda c: {**VALID, "choices": c},
                  st.one_of(JSON, st.lists(JSON, max_size=2),
                            st.just([{**choice, "message": {**message, "content": 42}}]),
                            st.just([{**choice, "message": {**message, "content": None}}]),
                            st.just([{**choice, "message": {**message, "tool_calls": "x"}}]),
                            st.just([{**choice, "message": {**message, "tool_calls": [{}]}}]),
                            st.just([{**choice, "message": {**message, "refusal": 7}}]),
                            st.just([{**choice, "finish_reason": "banana"}]),
                            st.just([{**choice, "finish_reason": "length"}]))),
        st.builds(lambda u: {**VALID, "usage": u},
                  st.one_of(JSON, st.just({"prompt_tokens": "many", "completion_tokens": -5}),
                            st.just({"prompt_tokens": 10**30, "completion_tokens": 1.5}))),
        st.builds(lambda e: {"error": e}, JSON),
        st.builds(lambda e: {**VALID, "error": e}, JSON),
        JSON,
    )  # fmt: skip


def _raw(body: Any, cut: int | None) -> bytes:
    data = json.dumps(body, ensure_ascii=False).encode("utf-8")
    return data if cut is None else data[: cut % (len(data) + 1)]


BODIES = st.one_of(
    st.builds(_raw, _variants(), st.none() | st.integers(0, 10**6)),
    st.sampled_from([HTML_PAGE, b"", b"null", b"{", b"\xff\xfe\x00", b"<html>", b" " * 10]),
    st.binary(max_size=200),
)
STATUSES = st.one_of(
    st.sampled_from([200, 200, 200, 201, 204, 400, 401, 403, 404, 408, 409, 413, 418, 422, 429,
                     500, 502, 503, 504]),
    st.integers(200, 599),
)  # fmt: skip


@st.composite
def replies(draw: st.DrawFn) -> Reply:
    headers: dict[str, str] = {}
    content_type = draw(st.none() | CONTENT_TYPES)
    if content_type is not None:
        headers["content-type"] = content_type
    if draw(st.booleans()):
        headers["retry-after"] = draw(RETRY_AFTER)
    if draw(st.integers(0, 4)) == 0:
        headers["retry-after-ms"] = draw(RETRY_AFTER)
    if draw(st.integers(0, 6)) == 0:
        headers["content-encoding"] = draw(st.sampled_from(["gzip", "deflate", "br", "zstd", "x"]))
    return Reply(draw(STATUSES), raw=draw(BODIES), headers=headers)


EXAMPLES = int(os.environ.get("NEWSBRIEF_FUZZ_EXAMPLES", "120"))


@pytest.mark.timeout(max(120, EXAMPLES))  # about 0.1 s an example
@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
)
@given(script=st.lists(replies(), min_size=1, max_size=3), use_async=st.booleans())
def test_fuzz_every_failure_is_a_newsbrief_error(script: list[Reply], use_async: bool) -> None:
    """Whatever the server answers (statuses, headers, bodies), the caller gets a Brief or a
    NewsbriefError, within the deadline, with no more calls than the policy allows.

    The deadline is generous: an example takes well under a second, and a deadline that cut a
    request while it was being sent (on a loaded machine) would count a call the server had not
    finished reading."""
    timeout = 10.0
    with serve(script) as server:
        chosen = summarizer(server.url, timeout=timeout)
        started = time.monotonic()
        try:
            if use_async:
                brief = asyncio.run(chosen.asummarize(ARTICLE))
            else:
                brief = chosen.summarize(ARTICLE)
        except newsbrief.NewsbriefError as exc:
            outcome = repr(exc)  # rendering an error must not fail either
            attempts, fewest = exc.attempts, 0
            assert str(exc), outcome
        else:
            outcome = f"brief after {brief.metadata.attempts} call(s)"
            attempts, fewest = brief.metadata.attempts, server.calls
            assert brief.check_offsets(ARTICLE) == []
        seconds = time.monotonic() - started
        # A body after a 204 or 304 is bytes HTTP gives no frame to: they wait on the kept-alive
        # connection and the client may read them as the answer to its next request, which then
        # fails before the server has read it (a Hypothesis example: a 204 with a body, then
        # four attempts against three requests served). Each such reply can cost one request.
        served = [script[min(i, len(script) - 1)] for i in range(server.calls)]
        unframed = sum(1 for r in served if r.status in (204, 304) and r.raw)
        assert fewest <= attempts <= server.calls + unframed, (outcome, server.calls)
    assert server.calls <= FAST.max_calls and attempts <= FAST.max_calls, (outcome, server.calls)
    assert seconds < timeout + 1, (outcome, seconds)
