"""What a response may cost: the whole-article deadline holds while a body (or its headers)
trickles in, one byte every half second, in summarize, asummarize and summarize_many; and a
response is read up to max_response_bytes after decompression (a gzip bomb costs little memory).

What holds for which backend is in docs/guides/reliability.md: these tests pin the clients
newsbrief builds, and a caller's async OpenAI client.
"""

from __future__ import annotations

import json
import time
import tracemalloc
import zlib
from typing import Any

import openai
import pytest

import newsbrief
from newsbrief import RetryPolicy, Summarizer

from .fakeserver import Reply, completion, serve
from .test_faults import ARTICLE, DRAFT

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

FAST = RetryPolicy(initial_backoff=0.01, max_backoff=0.02)
VALID = completion(DRAFT)
TRICKLE = Reply(200, VALID, drip=0.5)  # a 1.5 kB answer, one byte every 0.5 s: 12 minutes
TIMEOUT = 2.0


def summarizer(url: str, **options: Any) -> Summarizer:
    options.setdefault("retry_policy", FAST)
    options.setdefault("timeout", TIMEOUT)
    return Summarizer("fake-model", base_url=url, **options)


@pytest.fixture(autouse=True, scope="module")
def warm() -> None:
    """One quick brief first, so that the first test's deadline is not spent importing."""
    with serve([Reply(200, VALID)]) as server:
        summarizer(server.url).summarize(ARTICLE)


def ends_at_the_deadline(started: float, err: newsbrief.NewsbriefError, calls: int) -> None:
    assert isinstance(err, newsbrief.DeadlineExceededError), repr(err)
    assert time.monotonic() - started < TIMEOUT + 1
    assert err.attempts == calls == 1


# ---- the deadline holds against a trickling server --------------------------------------------


@pytest.mark.parametrize("headers_too", [False, True], ids=["body", "headers and body"])
def test_summarize_ends_at_the_deadline_while_a_body_trickles(headers_too: bool) -> None:
    reply = Reply(200, VALID, drip=0.5, drip_headers=headers_too)
    with serve([reply]) as server:
        started = time.monotonic()
        with pytest.raises(newsbrief.NewsbriefError) as caught:
            summarizer(server.url).summarize(ARTICLE)
    ends_at_the_deadline(started, caught.value, server.calls)


def test_a_trickle_on_a_kept_alive_connection_ends_at_the_deadline_too() -> None:
    """The first answer is quick (its connection is kept alive), the second trickles."""
    with serve([Reply(200, VALID), TRICKLE]) as server:
        chosen = summarizer(server.url)
        chosen.summarize(ARTICLE)
        started = time.monotonic()
        with pytest.raises(newsbrief.NewsbriefError) as caught:
            chosen.summarize(ARTICLE + " ")
    ends_at_the_deadline(started, caught.value, server.calls - 1)


async def test_asummarize_ends_at_the_deadline_while_a_body_trickles() -> None:
    with serve([TRICKLE]) as server:
        started = time.monotonic()
        with pytest.raises(newsbrief.NewsbriefError) as caught:
            await summarizer(server.url).asummarize(ARTICLE)
    ends_at_the_deadline(started, caught.value, server.calls)


def test_summarize_many_ends_each_article_at_its_deadline() -> None:
    with serve([TRICKLE]) as server:
        started = time.monotonic()
        [result] = newsbrief.summarize_many([ARTICLE], summarizer=summarizer(server.url),
                                            progress=False)  # fmt: skip
        seconds = time.monotonic() - started
    assert result.error is not None and result.error.type == "DeadlineExceededError"
    assert seconds < TIMEOUT + 1 and result.error.attempts == 1


async def test_a_callers_async_client_is_held_to_the_deadline_by_the_watchdog() -> None:
    """A caller's AsyncOpenAI reads bodies with its own HTTP client; the watchdog on the task
    still ends the call at the deadline."""
    with serve([TRICKLE]) as server:
        client = openai.AsyncOpenAI(base_url=server.url, api_key="x", max_retries=0)
        chosen = Summarizer("fake-model", client=client, timeout=TIMEOUT, retry_policy=FAST,
                            mode="json")  # fmt: skip
        started = time.monotonic()
        with pytest.raises(newsbrief.NewsbriefError) as caught:
            await chosen.asummarize(ARTICLE)
        await client.close()
    ends_at_the_deadline(started, caught.value, server.calls)


def test_a_slow_but_timely_body_is_read_whole() -> None:
    """Trickled over 1 s, within a 5 s deadline: a brief, nothing cut."""
    with serve([Reply(200, VALID, trickle=1.0)]) as server:
        brief = summarizer(server.url, timeout=5).summarize(ARTICLE)
    assert brief.metadata.attempts == 1


# ---- bounded responses ---------------------------------------------------------------------


def gzip_bomb(inflated: int) -> bytes:
    """A gzip body of about ``inflated / 1000`` bytes that inflates to ``inflated`` zero bytes,
    made without ever holding the inflated bytes."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)
    block = b"\0" * (1 << 20)
    parts = [packer.compress(block) for _ in range(inflated >> 20)]
    return b"".join([*parts, packer.flush()])


def test_a_gzip_bomb_ends_in_response_too_large_and_costs_little_memory() -> None:
    """30 MB of zeros in 30 kB of gzip, with the default cap of 8 MiB: reading stops at the cap,
    one call, no retry. Python allocations stay near the cap (the subprocess benchmark,
    benchmarks/gzip_bomb.py, measures a 300 MB bomb's resident memory)."""
    bomb = gzip_bomb(30 << 20)
    reply = Reply(200, raw=bomb, headers={"content-encoding": "gzip"})
    with serve([reply]) as server:
        chosen = summarizer(server.url)
        tracemalloc.start()
        try:
            with pytest.raises(newsbrief.ResponseTooLargeError) as caught:
                chosen.summarize(ARTICLE)
            _, peak = tracemalloc.get_traced_memory()
        finally:
            tracemalloc.stop()
    assert server.calls == 1 and caught.value.attempts == 1
    assert caught.value.limit == 8 * 1024 * 1024 and "max_response_bytes" in str(caught.value)
    assert peak < 40 * 1024 * 1024


def test_the_response_cap_is_configurable_and_counts_decompressed_bytes() -> None:
    body = json.dumps(VALID).encode()
    packed = zlib.compress(body, 9, wbits=31) if hasattr(zlib, "compress") else body
    reply = Reply(200, raw=packed, headers={"content-encoding": "gzip"})
    with serve([reply]) as server:
        assert summarizer(server.url, max_response_bytes=len(body)).summarize(ARTICLE)
        with pytest.raises(newsbrief.ResponseTooLargeError):
            summarizer(server.url, max_response_bytes=len(body) - 1).summarize(ARTICLE)
    with pytest.raises(newsbrief.ConfigurationError):
        summarizer("http://127.0.0.1:9/v1", max_response_bytes=0)


async def test_a_gzip_bomb_async() -> None:
    reply = Reply(200, raw=gzip_bomb(20 << 20), headers={"content-encoding": "gzip"})
    with serve([reply]) as server:
        with pytest.raises(newsbrief.ResponseTooLargeError):
            await summarizer(server.url, max_response_bytes=1 << 20).asummarize(ARTICLE)
    assert server.calls == 1
