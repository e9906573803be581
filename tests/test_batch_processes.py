"""summarize_many(processes=N): the batch shared with worker processes (newsbrief.processes).

The worker processes are real (forkserver), and reach the loopback server of the test process.
"""

from __future__ import annotations

import asyncio
import multiprocessing
import os
import re
import signal
import subprocess
import sys
import tempfile
import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import openai
import pytest

import newsbrief
from newsbrief.batch import BatchResult, summarize_many
from newsbrief.providers import Backend

from .fakeserver import serve
from .test_batch import article, make, responder

# the loopback server, and the fork server's Unix socket in the temporary directory
pytestmark = pytest.mark.block_network(
    allowed_hosts=["127.0.0.1", re.escape(tempfile.gettempdir()) + "/pymp-"]
)


def workers() -> list[multiprocessing.process.BaseProcess]:
    return [p for p in multiprocessing.active_children() if p.name == "newsbrief-worker"]


def test_articles_are_shared_with_worker_processes_one_result_each(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    # Requests made in this process carry a header; the worker process, started fresh from the
    # fork server, does not have this patch, so its requests do not.
    real = Backend.request_kwargs

    def tagged(self: Backend, response_model: Any) -> dict[str, Any]:
        return {**real(self, response_model), "extra_headers": {"x-test-process": "caller"}}

    monkeypatch.setattr(Backend, "request_kwargs", tagged)
    items: list[Any] = [(f"id{i}", article(i)) for i in range(24)]
    items += [("bad", "   "), ("boom", article(99, "FAIL"))]
    seen_workers = 0
    with serve(responder({"Nota": 0.05})) as server:
        results = []
        for result in summarize_many(items, summarizer=make(server.url), processes=2,
                                     concurrency=6, progress=False):  # fmt: skip
            seen_workers = max(seen_workers, len(workers()))
            results.append(result)
        calls = server.calls
        from_caller = sum(r.headers.get("x-test-process") == "caller" for r in server.requests)
    assert seen_workers == 1  # the calling process is the other worker
    assert 0 < from_caller < calls  # both processes briefed articles
    assert sorted(r.id for r in results) == sorted(i for i, _ in items)
    by_id = {r.id: r for r in results}
    assert all(by_id[f"id{i}"].ok for i in range(24))
    assert by_id["bad"].error is not None and by_id["bad"].error.type == "InputError"
    boom = by_id["boom"].error
    assert boom is not None and boom.type == "ProviderUnavailableError" and boom.retryable
    assert calls == 25  # one per good article: nothing briefed twice, the bad one never sent
    assert workers() == []  # nothing left running


def test_ordered_across_processes() -> None:
    items = [article(0, "SLOW")] + [article(i) for i in range(1, 10)]
    with serve(responder({"SLOW": 0.4, "Nota": 0.02})) as server:
        ids = [r.id for r in summarize_many(items, summarizer=make(server.url), processes=2,
                                            concurrency=4, ordered=True, progress=False)]  # fmt: skip
    assert ids == [str(i) for i in range(10)]


def test_a_killed_worker_fails_only_its_articles_and_the_batch_goes_on() -> None:
    items = [article(i) for i in range(16)]
    killed = 0
    with serve(responder({"Nota": 0.3})) as server:
        results = []
        for result in summarize_many(items, summarizer=make(server.url), processes=2,
                                     concurrency=8, progress=False):  # fmt: skip
            if not killed and workers():
                os.kill(workers()[0].pid or 0, signal.SIGKILL)
                killed += 1
            results.append(result)
    assert sorted(int(r.id) for r in results) == list(range(16))
    died = [r for r in results if r.error is not None]
    assert died and all(r.error is not None and r.error.type == "WorkerDied" for r in died)
    assert all(r.error is not None and r.error.retryable for r in died)
    assert "exited with code -9" in (died[0].error.message if died[0].error else "")
    assert sum(r.ok for r in results) == 16 - len(died) >= 8


def test_stopping_early_stops_the_workers() -> None:
    def feed() -> Iterator[str]:
        for i in range(1000):
            yield article(i)

    with serve(responder({"Nota": 0.05})) as server:
        results = summarize_many(feed(), summarizer=make(server.url), processes=2,
                                 concurrency=4, progress=False)  # fmt: skip
        assert next(results).ok
        results.close()
        assert workers() == []
        assert server.calls < 20


def test_the_cache_is_shared_with_the_workers(tmp_path: Path) -> None:
    items = [article(i) for i in range(8)]
    with serve(responder()) as server:
        first = list(summarize_many(items, summarizer=make(server.url, cache=tmp_path),
                                    processes=2, concurrency=4, progress=False))  # fmt: skip
        again = list(summarize_many(items, summarizer=make(server.url, cache=tmp_path),
                                    processes=2, concurrency=4, progress=False))  # fmt: skip
    assert all(r.ok for r in first + again)
    assert server.calls == 8
    assert all(r.brief is not None and r.brief.metadata.cache_hit for r in again)


def test_a_client_object_cannot_go_to_another_process() -> None:
    client = openai.OpenAI(api_key="not-a-secret", base_url="http://127.0.0.1:9/v1")
    summarizer = newsbrief.Summarizer("fake-model", client=client)
    with pytest.raises(newsbrief.ConfigurationError, match="another process"):
        list(summarize_many([article(0)], summarizer=summarizer, processes=2, progress=False))
    with pytest.raises(newsbrief.ConfigurationError, match="processes"):
        list(summarize_many([article(0)], summarizer=summarizer, processes=0, progress=False))


def test_cli_batch_with_processes(tmp_path: Path) -> None:
    """The installed ``newsbrief`` command with --processes: its workers start from a script."""
    command = Path(sys.executable).parent / "newsbrief"
    if not command.exists():
        pytest.skip("the newsbrief command is not installed beside this Python")
    root = tmp_path / "articles"
    root.mkdir()
    for i in range(10):
        (root / f"a{i}.txt").write_text(article(i), encoding="utf-8")
    out = tmp_path / "briefs.jsonl"
    with serve(responder({"Nota": 0.02})) as server:
        done = subprocess.run(
            [str(command), "batch", str(root), "-o", str(out), "--base-url", server.url,
             "-m", "fake-model", "-c", "4", "--processes", "2", "--no-progress", "--no-cache"],
            check=False, capture_output=True, text=True, timeout=120,
        )  # fmt: skip
    assert done.returncode == 0, done.stderr
    results = [BatchResult.model_validate_json(x) for x in out.read_text("utf-8").splitlines()]
    assert sorted(r.id for r in results) == [f"a{i}.txt" for i in range(10)]
    assert all(r.ok for r in results) and server.calls == 10


def test_concurrency_is_shared_out_never_exceeded() -> None:
    items = [article(i) for i in range(24)]
    with serve(responder({"Nota": 0.1})) as server:
        results = list(summarize_many(items, summarizer=make(server.url), processes=3,
                                      concurrency=4, progress=False))  # fmt: skip
    assert all(r.ok for r in results)
    assert server.max_in_flight == 4  # shares of 2, 1 and 1: used in full, never exceeded


@pytest.mark.parametrize("watch_pipes", [True, False], ids=["add_reader", "reader thread"])
def test_a_worker_reads_its_inbox_until_the_end_or_until_the_parent_is_gone(
    watch_pipes: bool,
) -> None:
    """The worker side of the inbox, on a loop that can watch pipes and on one that cannot
    (Windows' proactor loop): messages in order, then None at the end or when the parent's end
    of the pipe closes."""
    from newsbrief.processes import _feed_from

    async def read(messages: list[Any], close: bool) -> list[Any]:
        loop = asyncio.get_running_loop()
        if not watch_pipes:
            loop.add_reader = _not_implemented  # type: ignore[method-assign]
        inbox, parent = multiprocessing.Pipe(duplex=False)
        feed = _feed_from(inbox, loop)

        def send() -> None:  # the parent, elsewhere: a big message waits for the reader
            for message in messages:
                parent.send(message)
            if close:
                parent.close()

        threading.Thread(target=send, daemon=True).start()
        got = []
        while (message := await asyncio.wait_for(feed.get(), 5)) is not None:
            got.append(message)
        return got

    sent = [("0", "a"), ("1", "b" * 100_000), ("2", "c")]  # one bigger than a pipe's buffer
    assert asyncio.run(read([*sent, None], close=False)) == sent
    assert asyncio.run(read(sent, close=True)) == sent  # the parent died: the end, all the same


def _not_implemented(*args: Any) -> None:
    raise NotImplementedError


def test_the_fork_server_warm_up_makes_a_brief() -> None:
    """The warm-up swallows its errors (a failed warm-up only leaves workers cold), so a change
    that breaks it would go unseen: it must make its brief, every quote found."""
    from newsbrief import _worker_warmup

    brief = _worker_warmup.warm_up()
    assert len(brief.claims) == 3 and all(e.status == "verified" for e in brief.evidence())


async def test_clients_use_aiohttp_only_on_loops_newsbrief_ends_itself() -> None:
    from newsbrief.providers import loop_ended_by_newsbrief, resolve_backend

    url = "http://127.0.0.1:9/v1"
    on_callers_loop = resolve_backend("m", base_url=url)
    on_own_loop = resolve_backend("m", base_url=url)
    with loop_ended_by_newsbrief():
        own = on_own_loop.async_client().client._client
    callers = on_callers_loop.async_client().client._client
    try:
        assert isinstance(own, openai.DefaultAioHttpClient)
        assert not isinstance(callers, openai.DefaultAioHttpClient)
    finally:
        await on_own_loop.aclose_loop_client()
        await on_callers_loop.aclose_loop_client()


def test_no_http_session_is_left_open_by_a_batch_or_by_asummarize(
    capfd: pytest.CaptureFixture[str], caplog: pytest.LogCaptureFixture
) -> None:
    """aiohttp reports a session still open when it is collected: a batch, in one process or
    several, closes the aiohttp clients it built on its own loops, and a caller's loop gets an
    httpx2 client, which reports nothing when it is collected unclosed."""
    import gc

    with serve(responder()) as server:
        results: list[BatchResult] = []
        for processes in (1, 2):
            results += summarize_many([article(i) for i in range(6)], progress=False,
                                      summarizer=make(server.url), processes=processes)  # fmt: skip
        summarizer = make(server.url)
        brief = asyncio.run(summarizer.asummarize(article(7)))
        del summarizer
        gc.collect()
    assert all(r.ok for r in results) and brief.claims
    reported = capfd.readouterr().err + caplog.text
    assert "Unclosed" not in reported
