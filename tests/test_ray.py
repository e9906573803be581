"""newsbrief.ray and ``newsbrief batch --engine ray`` on a local Ray instance (2 CPUs), against
the loopback fake server answering with TestModel. Ray starts once for the module (about 10 s
here); the tests skip when Ray Data is not installed (``pip install "newsbrief[ray]"``)."""

from __future__ import annotations

import contextlib
import importlib.util
import json
import logging
import os
import signal
import subprocess
import sys
import threading
import time
from collections import Counter
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

ray = pytest.importorskip("ray", reason='Ray Data is not installed: pip install "newsbrief[ray]"')
pytest.importorskip("ray.data", reason='Ray Data is not installed: pip install "newsbrief[ray]"')
pa = pytest.importorskip("pyarrow")
pq = pytest.importorskip("pyarrow.parquet")

import newsbrief  # noqa: E402
from newsbrief.batch import BatchResult, summarize_many  # noqa: E402
from newsbrief.cli.common import EXIT_PARTIAL  # noqa: E402
from newsbrief.ray import (  # noqa: E402
    OUTPUT_SCHEMA,
    BriefArticles,
    RateWindow,
    articles_dataset,
    brief_archive,
    brief_dataset,
    finished_ids,
    read_articles,
    result_from_row,
    shared_limiter,
)
from newsbrief.testing import TestModel  # noqa: E402

from .fakeserver import FakeServer, Reply, serve  # noqa: E402

pytestmark = [pytest.mark.ray, pytest.mark.block_network(allowed_hosts=["127.0.0.1"])]
EXAMPLES = Path(__file__).parent.parent / "examples"


@pytest.fixture(scope="module")
def cluster() -> Iterator[str]:
    """One local Ray instance for the module: its address, for the CLI to join."""
    ray.init(num_cpus=2, include_dashboard=False, logging_level=logging.WARNING)
    ray.data.DataContext.get_current().enable_progress_bars = False
    try:
        yield ray.get_runtime_context().gcs_address
    finally:
        ray.shutdown()


def fake_server(delay: float = 0.0) -> Any:
    """A fake OpenAI-compatible server whose answers TestModel writes from each request."""
    model = TestModel()

    def reply(body: dict[str, Any]) -> Reply:
        return Reply(200, model.create(**body).model_dump(mode="json"), delay=delay)

    return serve(reply)


def text(i: int) -> str:
    return (
        f"The council of town {i} met on Monday. It approved budget number {i}. "
        f'"We did what we promised," the mayor said.'
    )


def options(server: FakeServer) -> dict[str, Any]:
    return {"model": "fake-model", "base_url": server.url, "max_retries": 0}


def content(result: BatchResult) -> dict[str, Any]:
    """What a result says, without run timing."""
    if result.brief is None:
        assert result.error is not None
        return {"error": result.error.model_dump()}
    brief = result.brief.model_dump(exclude={"metadata"})
    meta = result.brief.metadata
    return {**brief, "attempts": meta.attempts, "usage": meta.usage.model_dump()}


def test_200_articles_each_once_and_as_summarize_many_briefs_them(cluster: str) -> None:
    items = [(f"a{i}", text(i)) for i in range(200)]
    with fake_server(delay=0.05) as server:
        ds = brief_dataset(articles_dataset(items), num_actors=2, concurrency=4, **options(server))
        rows = ds.take_all()
        ray_calls, most_in_flight = server.calls, server.max_in_flight
        expected = {r.id: r for r in summarize_many(items, progress=False, **options(server))}
    assert sorted(Counter(row["id"] for row in rows).values()) == [1] * 200
    assert ray_calls == 200
    # each actor keeps its own 4 in flight, however many batches it runs at once
    assert 4 < most_in_flight <= 8
    for row in rows:
        result = result_from_row(row)
        assert content(result) == content(expected[result.id]), result.id
        assert row["ok"] and row["claims"] and row["claims"][0]["evidence"][0]["status"]
        assert row["total_tokens"] == expected[result.id].brief.metadata.usage.total_tokens


class Recorded(BriefArticles):
    """BriefArticles that leaves its pid where the test can see it: ``<pid>.started`` when the
    actor starts, ``<pid>.briefed`` once it has briefed a batch."""

    def __init__(self, pid_dir: str, **kwargs: Any) -> None:
        super().__init__(**kwargs)
        self.pid_dir = Path(pid_dir)
        (self.pid_dir / f"{os.getpid()}.started").touch()

    async def __call__(self, batch: Any) -> Any:
        table = await super().__call__(batch)
        (self.pid_dir / f"{os.getpid()}.briefed").touch()
        return table


def recorded(ds: Any, pid_dir: Path, server: FakeServer, batch: int = 8, **kwargs: Any) -> Any:
    """``ds`` briefed by a pool of 2 :class:`Recorded` actors."""
    pid_dir.mkdir(exist_ok=True)
    return ds.repartition(target_num_rows_per_block=batch).map_batches(
        Recorded,
        fn_constructor_kwargs={"pid_dir": str(pid_dir), "options": options(server), **kwargs},
        batch_size=batch,
        batch_format="pyarrow",
        compute=ray.data.ActorPoolStrategy(size=2, max_concurrent_calls_per_actor=2),
        num_cpus=0.5,
    )


def pids(pid_dir: Path, state: str) -> set[int]:
    return {int(p.name.split(".")[0]) for p in pid_dir.glob(f"*.{state}")}


def test_an_actor_killed_mid_run_leaves_every_article_briefed_once(
    cluster: str, tmp_path: Path
) -> None:
    """SIGKILL one of the two actors while its requests are in flight: Ray restarts it and
    retries its unfinished batches; every id comes out exactly once."""
    count = 120
    items = [(f"k{i}", text(i)) for i in range(count)]
    pid_dir = tmp_path / "pids"
    killed: list[int] = []
    with fake_server(delay=0.1) as server:

        def kill_one_actor_mid_run() -> None:
            deadline = time.monotonic() + 120
            while server.calls < count // 3 and time.monotonic() < deadline:
                time.sleep(0.01)
            victim = min(pids(pid_dir, "briefed"))  # one that is at work
            killed.append(victim)
            os.kill(victim, signal.SIGKILL)

        killer = threading.Thread(target=kill_one_actor_mid_run, daemon=True)
        killer.start()
        rows = recorded(articles_dataset(items), pid_dir, server).take_all()
        killer.join(5)
        calls = server.calls
    assert killed, "no actor was killed"
    assert len(pids(pid_dir, "started")) >= 3  # the killed actor was restarted
    assert calls > count  # the dead actor's unfinished articles were briefed again...
    counts = Counter(row["id"] for row in rows)
    assert sorted(counts) == sorted(i for i, _ in items)  # ...and each appears once
    assert set(counts.values()) == {1}
    assert all(row["ok"] for row in rows)


def test_bad_rows_become_error_rows_and_the_rest_are_briefed(cluster: str) -> None:
    good = [(f"g{i}", text(i)) for i in range(5)]
    bad: list[Any] = [("empty", "   "), ("number", 42), ("lock", threading.Lock()),
                      {"id": "object", "text": object()}, {"id": "no-text"}, 3.5]  # fmt: skip
    with fake_server() as server:
        rows = brief_dataset(articles_dataset(good + bad), **options(server)).take_all()
        # a dataset made elsewhere: a missing text (null) and bytes
        table = pa.table({"id": [1, 2], "text": pa.array([None, text(9).encode()], pa.binary())})
        other = brief_dataset(ray.data.from_arrow(table), **options(server)).take_all()
        calls = server.calls
    by_id = {row["id"]: row for row in rows}
    assert sorted(by_id) == sorted(["g0", "g1", "g2", "g3", "g4", "empty", "number", "lock",
                                    "object", "9", "10"])  # fmt: skip
    assert all(by_id[f"g{i}"]["ok"] for i in range(5))
    for name in ("empty", "number", "lock", "object", "9", "10"):
        assert by_id[name]["error_type"] == "InputError", by_id[name]
        assert not by_id[name]["retryable"] and by_id[name]["total_tokens"] == 0
    assert "lock" in by_id["lock"]["error_message"]
    assert {row["id"]: row["ok"] for row in other} == {"1": False, "2": True}
    assert calls == 6  # the five good articles and the bytes one; no bad row reached it


def test_bad_options_fail_before_any_actor_starts(cluster: str) -> None:
    ds = articles_dataset([("a", text(0))])
    with pytest.raises(newsbrief.ConfigurationError, match="plain options"):
        brief_dataset(ds, model="fake", client=object())
    with pytest.raises(newsbrief.ConfigurationError, match="plain values"):
        brief_dataset(ds, model=TestModel())
    with pytest.raises(newsbrief.ConfigurationError, match="'body' column"):
        brief_dataset(ds, text_column="body", model="test")
    with pytest.raises(newsbrief.ConfigurationError, match="requests_per_minute"):
        brief_dataset(ds, model="test", requests_per_minute=0)
    with pytest.warns(RuntimeWarning, match="wait forever"):  # 2 CPUs, none left for reads
        brief_dataset(ds, model="test", num_actors=2, num_cpus=1)
    with pytest.raises(newsbrief.ConfigurationError, match="processes=N"):
        list(summarize_many([text(0)], model="test", processes=2))


def test_two_actors_share_one_request_budget(cluster: str, tmp_path: Path) -> None:
    """requests_per_minute=R over 2 actors, with the minute scaled down to 2 s: the server
    never sees more than R requests in any 2 s window, and the budget is used."""
    budget, period, count = 12, 2.0, 48
    items = [(f"r{i}", text(i)) for i in range(count)]
    # the default margin (1 s) for the time between admission and sending: 0.3 s was less
    # than a loaded 2-core CI machine takes, and the server saw 15 and 19 in one window
    limiter = shared_limiter(budget, period=period)
    pid_dir = tmp_path / "pids"
    with fake_server() as server:
        started = time.monotonic()
        ds = recorded(articles_dataset(items), pid_dir, server, batch=4, limiter=limiter)
        rows = ds.take_all()
        elapsed = time.monotonic() - started
        times = sorted(r.at for r in server.requests)
    assert len(rows) == count and all(row["ok"] for row in rows)
    assert len(pids(pid_dir, "briefed")) == 2  # both actors briefed, from one budget
    most = max(sum(1 for t in times if start <= t < start + period) for start in times)
    assert most <= budget
    assert elapsed >= (count / budget - 1) * period  # held back: 4 windows' worth at least
    assert ray.get(limiter.stats.remote())["admitted"] == count


def test_rate_window_counts_requests_and_tokens_in_a_sliding_window() -> None:
    now = [0.0]
    window = RateWindow(3, 1000, period=10, margin=0, clock=lambda: now[0])
    for _ in range(3):
        assert window.delay(100) == 0
        window.admit(100)
    assert window.delay(100) == 10  # the fourth start waits for the first to leave
    now[0] = 10.0
    assert window.delay(100) == 0
    window.admit(100)
    assert window.delay(900) == 0
    assert window.delay(950) == 10  # 100 tokens still in the window: 950 more wait for them
    now[0] = 15.0
    assert window.delay(5000) == 5  # a start larger than the budget asks for all of it


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.Popen[str]:
    command = [sys.executable, "-c", "from newsbrief.cli import app; app()", "batch", *args]
    return subprocess.Popen(command, env=env, stderr=subprocess.PIPE, text=True)


def written_ids(out: Path) -> list[str]:
    """The ids in an output, read without touching it (the run may still be writing)."""
    if out.suffix == ".parquet":
        if not out.exists():
            return []
        return [i for part in sorted(out.glob("*.parquet"))
                for i in pq.read_table(part, columns=["id"]).column("id").to_pylist()]  # fmt: skip
    ids = []
    for line in out.read_text("utf-8").splitlines() if out.exists() else []:
        with contextlib.suppress(ValueError):
            ids.append(json.loads(line)["id"])
    return ids


def test_cli_killed_and_rerun_briefs_every_id_once(cluster: str, tmp_path: Path) -> None:
    """``newsbrief batch --engine ray`` killed (SIGKILL) after some results are written, then
    run again: every id once in the output, none lost, no finished one briefed again."""
    count = 120
    source = tmp_path / "articles.jsonl"
    source.write_text("".join(json.dumps({"id": f"c{i}", "text": text(i)}) + "\n"
                              for i in range(count)))  # fmt: skip
    out = tmp_path / "briefs.jsonl"
    env = {**os.environ, "NEWSBRIEF_NO_CACHE": "1"}
    with fake_server(delay=0.2) as server:
        args = (str(source), "--out", str(out), "--engine", "ray", "--address", cluster,
                "-m", "fake-model", "--base-url", server.url, "--num-actors", "2", "-c", "2",
                "--no-progress")  # fmt: skip
        first = run_cli(*args, env=env)
        deadline = time.monotonic() + 120
        while time.monotonic() < deadline and len(written_ids(out)) < count // 4:
            time.sleep(0.05)
        first.send_signal(signal.SIGKILL)
        first.wait()
        with out.open("a", encoding="utf-8") as file:  # the worst moment: a line cut short
            file.write('{"id": "c119", "brief": {"head')
        done = finished_ids(out)
        assert count // 4 <= len(done) < count
        sent_before = server.calls
        second = run_cli(*args, env=env)
        _, err = second.communicate(timeout=180)
        assert second.returncode == 0, err
        redone = [r for r in server.requests[sent_before:]
                  if any(f"town {i[1:]} met" in json.dumps(r.body) for i in done)]  # fmt: skip
    ids = written_ids(out)
    assert sorted(ids) == sorted(f"c{i}" for i in range(count))  # once each, none lost
    assert redone == []  # what the first run wrote was not briefed again
    assert f"{len(done)} id(s) already in" in err


def test_parquet_in_parquet_out_resumes_where_the_output_stops(
    cluster: str, tmp_path: Path
) -> None:
    """brief_archive from a Parquet file to Parquet parts: a second run over a larger input
    briefs only the new ids; a part left half-written by a kill (``*.parquet.tmp``) is ignored
    and removed."""
    first_input, full_input = tmp_path / "first.parquet", tmp_path / "all.parquet"
    pq.write_table(pa.table({"id": [f"p{i}" for i in range(20)],
                             "text": [text(i) for i in range(20)]}), first_input)  # fmt: skip
    pq.write_table(pa.table({"id": [f"p{i}" for i in range(40)],
                             "text": [text(i) for i in range(40)]}), full_input)  # fmt: skip
    out = tmp_path / "briefs.parquet"
    with fake_server() as server:
        first = brief_archive(first_input, out, **options(server))
        (out / "part-killed.parquet.tmp").write_bytes(b"PAR1 half a part")
        second = brief_archive(full_input, out, **options(server))
        calls = server.calls
    assert (first.briefs, second.briefs, second.skipped, calls) == (20, 20, 20, 40)
    assert not list(out.glob("*.tmp"))
    ids = written_ids(out)
    assert sorted(ids) == sorted(f"p{i}" for i in range(40))
    table = pq.read_table(out)
    assert table.schema.equals(OUTPUT_SCHEMA) and all(table.column("ok").to_pylist())


def test_jsonl_lines_that_are_not_records_become_error_rows(cluster: str, tmp_path: Path) -> None:
    source = tmp_path / "archive.jsonl"
    source.write_text(
        json.dumps({"id": 1, "text": text(1)}) + "\n"
        + "not json\n\n"
        + json.dumps({"id": "no-text"}) + "\n"
        + json.dumps({"id": "number", "text": 5}) + "\n"
        + json.dumps({"id": "b", "text": text(2)}) + "\n"
    )  # fmt: skip
    with fake_server() as server:
        rows = brief_dataset(read_articles(source), **options(server)).take_all()
        calls = server.calls
    by_id = {row["id"]: row for row in rows}
    assert by_id["1"]["ok"] and by_id["b"]["ok"] and calls == 2
    assert by_id["number"]["error_type"] == "InputError"
    bad = sorted(i for i in by_id if i.startswith("line-"))
    assert len(bad) == 2 and all(by_id[i]["error_type"] == "InputError" for i in bad)
    assert any("'not json'" in by_id[i]["error_message"] for i in bad)
    parquet = tmp_path / "no-text.parquet"
    pq.write_table(pa.table({"id": ["a"], "body": [text(0)]}), parquet)
    with pytest.raises(newsbrief.InputError, match="no 'text' column"):
        read_articles(parquet)


def test_cli_exits_6_when_some_articles_failed(cluster: str, tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    (folder / "sub").mkdir(parents=True)
    (folder / "a.txt").write_text(text(1))
    (folder / "sub" / "b.md").write_text(text(2))
    (folder / "empty.txt").write_text("  ")
    (folder / "skip.bin").write_text(text(3))
    out = tmp_path / "briefs.jsonl"
    with fake_server() as server:
        process = run_cli(str(folder), "--out", str(out), "--engine", "ray", "--address",
                          cluster, "-m", "fake-model", "--base-url", server.url, "--no-cache",
                          "--no-progress")  # fmt: skip
        _, err = process.communicate(timeout=180)
    assert process.returncode == EXIT_PARTIAL, err
    results = {r.id: r for r in map(BatchResult.model_validate_json, out.read_text().splitlines())}
    assert sorted(results) == ["a.txt", "empty.txt", "sub/b.md"]
    assert results["a.txt"].ok and results["sub/b.md"].ok
    assert results["empty.txt"].error is not None
    assert "2 brief(s)" in err and "1 failed" in err


def test_cli_options_of_the_ray_engine_need_it(tmp_path: Path) -> None:
    source = tmp_path / "a.jsonl"
    source.write_text(json.dumps({"id": "a", "text": text(0)}) + "\n")
    process = run_cli(str(source), "--out", str(tmp_path / "o.jsonl"), "--num-actors", "2",
                      "-m", "test")  # fmt: skip
    _, err = process.communicate(timeout=60)
    assert process.returncode == 2 and "--engine ray" in err


def test_example_briefs_an_archive(cluster: str, tmp_path: Path) -> None:
    source = tmp_path / "archive.jsonl"
    source.write_text("".join(json.dumps({"id": f"e{i}", "text": text(i)}) + "\n"
                              for i in range(10)))  # fmt: skip
    out = tmp_path / "briefs"
    spec = importlib.util.spec_from_file_location("ray_archive", EXAMPLES / "ray_archive.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    briefed, failed = module.main([str(source), str(out), "--model", "test", "--actors", "2"])
    assert (briefed, failed) == (10, 0)
    table = pq.read_table(out)
    assert sorted(table.column("id").to_pylist()) == sorted(f"e{i}" for i in range(10))
