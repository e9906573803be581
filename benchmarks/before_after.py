"""One-process batch throughput of two (or more) source trees of newsbrief, in one run.

    python benchmarks/before_after.py --tree before=/work/wt/before [--tree after=.] [--repeats 6]

Each tree is given as NAME=PATH, a directory holding the ``newsbrief`` package (a checkout of
another commit: ``git worktree add --detach /tmp/before <commit>``); without ``--tree after=...``
the checkout this script belongs to is the last tree. Every tree runs the same workload, with
the same Python and the same loopback servers, in a child process of its own whose
``PYTHONPATH`` is the tree (the child checks that ``newsbrief`` came from there). Only the
library differs.

The workload of one child, after a warm-up (imports, clients, schema caches):

1. ``summarize_many`` over N synthetic articles (benchmarks/batch_throughput.py's), concurrency
   32, against a loopback server that answers after 200 ms: wall time as a share of the ideal
   ceil(N/32) x 0.2 s, and the process CPU it took, hence the most one process could reach on a
   core of its own, ideal / max(ideal, CPU): a CPU time, less sensitive to other jobs' load than
   the wall time is;
2. the same N at zero latency: briefs per second, and process CPU per brief (all threads);
3. sequential ``Summarizer.summarize`` calls at zero latency: ``time.thread_time()`` per brief,
   the median.

A repetition runs each tree once, the order rotating from one repetition to the next, so that
the trees share the machine's slow and quiet moments; the table gives each tree's median,
range and runs, and the median of the per-repetition differences from the first tree (paired
over the same repetition, so less sensitive to the load of other jobs than the medians are).
The load average is printed before and after, and beside each run.
"""

from __future__ import annotations

import argparse
import json
import math
import os
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from batch_throughput import CONCURRENCY, LATENCY, MODEL, LoopbackServer, article  # noqa: E402

# (key, label, format)
METRICS = [
    ("throughput", "% of ideal, 200 ms latency", "{:.1%}"),
    ("slow_cpu_ms", "process CPU per brief at 200 ms latency (ms)", "{:.2f}"),
    ("ceiling", "CPU-bound ceiling, ideal / max(ideal, CPU)", "{:.1%}"),
    ("fast_rate", "briefs/s at zero latency", "{:.0f}"),
    ("fast_cpu_ms", "process CPU per brief at zero latency (ms)", "{:.2f}"),
    ("seq_cpu_ms", "sequential summarize, thread CPU per brief (ms)", "{:.2f}"),
]


# ---- the child: one tree, one repetition -----------------------------------------------------


def batch(url: str, texts: list[str]) -> dict[str, float]:
    """summarize_many over ``texts`` on a fresh Summarizer: wall and process CPU seconds."""
    from newsbrief import Summarizer, summarize_many

    summarizer = Summarizer(MODEL, base_url=url)
    ok = failed = 0
    started, cpu = time.perf_counter(), time.process_time()
    for result in summarize_many(
        texts, summarizer=summarizer, concurrency=CONCURRENCY, progress=False
    ):
        ok += result.brief is not None
        failed += result.brief is None
    return {
        "wall": time.perf_counter() - started,
        "cpu": time.process_time() - cpu,
        "ok": ok,
        "failed": failed,
    }


def child(tree: str, slow_url: str, fast_url: str, n: int, n_seq: int, seed: int) -> None:
    """Run the workload with the newsbrief of ``tree``; print one JSON line."""
    import newsbrief
    from newsbrief import Summarizer

    where = Path(newsbrief.__file__).resolve().parent
    if where.parent != Path(tree).resolve():
        raise SystemExit(f"newsbrief came from {where}, not from the tree {tree}")
    texts = [article(i, seed) for i in range(n)]
    warm = Summarizer(MODEL, base_url=fast_url)
    for i in range(5):
        warm.summarize(article(5_000_000 + i, seed))
    batch(fast_url, [article(6_000_000 + i, seed) for i in range(40)])

    slow = batch(slow_url, texts)
    fast = batch(fast_url, texts)
    sequential = Summarizer(MODEL, base_url=fast_url)
    seq: list[float] = []
    for i in range(n_seq):
        text = article(100_000 + i, seed)
        started = time.thread_time()
        sequential.summarize(text)
        seq.append((time.thread_time() - started) * 1000)
    ideal = math.ceil(n / CONCURRENCY) * LATENCY
    print(
        json.dumps(
            {
                "throughput": ideal / slow["wall"],
                "slow_wall": slow["wall"],
                "slow_cpu_ms": slow["cpu"] / n * 1000,
                "ceiling": ideal / max(ideal, slow["cpu"]),
                "fast_rate": n / fast["wall"],
                "fast_cpu_ms": fast["cpu"] / n * 1000,
                "seq_cpu_ms": statistics.median(seq),
                "ok": slow["ok"] + fast["ok"],
                "failed": slow["failed"] + fast["failed"],
                "patched_instructor": (where / "_instructor_checks.py").exists(),
            }
        ),
        flush=True,
    )


# ---- the parent ------------------------------------------------------------------------------


def commit_of(tree: Path) -> str:
    """The tree's git commit, with a mark when it has uncommitted edits to newsbrief/."""
    try:
        git = ["git", "-C", str(tree)]
        head = subprocess.run([*git, "rev-parse", "--short", "HEAD"], capture_output=True,
                              text=True, check=True).stdout.strip()  # fmt: skip
        dirty = subprocess.run([*git, "status", "--porcelain", "newsbrief"], capture_output=True,
                               text=True, check=True).stdout.strip()  # fmt: skip
    except (OSError, subprocess.CalledProcessError):
        return "not a git checkout"
    return head + (" + uncommitted edits" if dirty else "")


def load() -> str:
    return ", ".join(f"{x:.2f}" for x in os.getloadavg())


def run_child(
    tree: Path, slow: LoopbackServer, fast: LoopbackServer, args: argparse.Namespace
) -> dict[str, Any]:
    env = {**os.environ, "PYTHONPATH": str(tree)}
    env.pop("NEWSBRIEF_MODEL", None)
    command = [sys.executable, __file__, "--child", str(tree), slow.url, fast.url,
               "--n", str(args.n), "--sequential", str(args.sequential), "--seed", str(args.seed)]  # fmt: skip
    slow.reset()
    loadavg = os.getloadavg()[0]
    started = time.perf_counter()
    done = subprocess.run(command, env=env, cwd=tree, capture_output=True, text=True, check=False)
    lines = [line for line in done.stdout.splitlines() if line.startswith("{")]
    if done.returncode != 0 or not lines:
        raise RuntimeError(f"child for {tree} failed ({done.returncode}): {done.stderr[-2000:]}")
    result: dict[str, Any] = json.loads(lines[-1])
    result["load"] = loadavg
    result["seconds"] = time.perf_counter() - started
    result["slow_calls"] = slow.stats(reset=True)["chat_completions"]
    return result


def spread(values: list[float], fmt: str) -> str:
    return f"{fmt.format(min(values))} - {fmt.format(max(values))}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--tree", action="append", default=[], metavar="NAME=PATH",
                        help="a source tree holding newsbrief/ (repeat; first is the baseline)")  # fmt: skip
    parser.add_argument("--repeats", type=int, default=6)
    parser.add_argument("--n", type=int, default=500, help="articles per batch")
    parser.add_argument("--sequential", type=int, default=100, help="sequential briefs")
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--child", nargs=3, metavar=("TREE", "SLOW", "FAST"), help=argparse.SUPPRESS
    )
    args = parser.parse_args(argv)
    if args.child:
        child(*args.child, n=args.n, n_seq=args.sequential, seed=args.seed)
        return 0

    trees: dict[str, Path] = {}
    for spec in args.tree:
        name, sep, path = spec.partition("=")
        if not sep or not name or not (Path(path) / "newsbrief" / "__init__.py").exists():
            parser.error(f"--tree {spec!r}: give NAME=PATH, PATH holding newsbrief/")
        trees[name] = Path(path).resolve()
    if not any(path == HERE.parent for path in trees.values()):
        trees["after"] = HERE.parent
    if len(trees) < 2:
        parser.error("give at least one --tree NAME=PATH to compare with this checkout")
    names = list(trees)

    print(f"Python {sys.version.split()[0]} ({sys.executable}), {os.cpu_count()} CPUs; "
          f"{args.n} articles at concurrency {CONCURRENCY}, latency {LATENCY} s and 0; "
          f"{args.sequential} sequential briefs; {args.repeats} repetitions")  # fmt: skip
    for name, path in trees.items():
        print(f"  {name}: {path} at {commit_of(path)}")
    load_before = load()
    print(f"load average before (1, 5, 15 min): {load_before}", flush=True)

    results: dict[str, list[dict[str, Any]]] = {name: [] for name in names}
    slow, fast = LoopbackServer(LATENCY), LoopbackServer(0.0)
    try:
        for rep in range(args.repeats):
            order = names[rep % len(names) :] + names[: rep % len(names)]
            for name in order:
                result = run_child(trees[name], slow, fast, args)
                results[name].append(result)
                print(f"  run {rep + 1} {name:>8}: "
                      + ", ".join(f"{key} {fmt.format(result[key])}" for key, _, fmt in METRICS)
                      + f"; {result['ok']} ok, {result['failed']} failed, "
                      f"{result['slow_calls']} calls at 200 ms; load {result['load']:.2f}",
                      file=sys.stderr, flush=True)  # fmt: skip
    finally:
        slow.stop()
        fast.stop()
    load_after = load()

    base = names[0]
    print()
    header = f"{'measure':50} {'tree':>8} {'median':>8} {'range':>17}  runs"
    print(header)
    print("-" * len(header))
    for key, label, fmt in METRICS:
        for name in names:
            values = [r[key] for r in results[name]]
            print(f"{label:50} {name:>8} {fmt.format(statistics.median(values)):>8} "
                  f"{spread(values, fmt):>17}  " + ", ".join(fmt.format(v) for v in values))  # fmt: skip
        for name in names[1:]:
            diffs = [b[key] - a[key] for a, b in zip(results[base], results[name])]
            sign_fmt = fmt.replace("{:", "{:+")
            print(f"{'  paired difference ' + name + ' - ' + base:50} {'':>8} "
                  f"{sign_fmt.format(statistics.median(diffs)):>8} "
                  f"{spread(diffs, sign_fmt):>17}  " + ", ".join(sign_fmt.format(d) for d in diffs))  # fmt: skip
    print()
    for name in names:
        patched = {r["patched_instructor"] for r in results[name]}
        failed = sum(r["failed"] for r in results[name])
        print(f"{name}: instructor patch file present: {patched == {True}}; failed briefs: "
              f"{failed}; load average at its runs: "
              + ", ".join(f"{r['load']:.2f}" for r in results[name]))  # fmt: skip
    print(
        f"load average before: {load_before}; after: {load_after} (1, 5, 15 min) on "
        f"{os.cpu_count()} CPUs"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
