"""The fault table under the DEFAULT retry policy: calls, outcome and wall time for each fault.

    python benchmarks/faults.py [--runs 2]

Runs newsbrief against the scripted loopback server of the test suite (tests/fakeserver.py) with
the default RetryPolicy (backoff 1 s, 2 s, 4 s with full jitter; Retry-After honoured up to 60 s)
and prints a Markdown table (benchmarks/README.md, the reliability guide). The waits are real.
Backoff is random, so rows with retries vary between runs: ``--runs N`` runs every row N times
and gives each wall time. The hostile rows (a slow body, junk Retry-After values, malformed
200s, a gzip bomb) are tested in tests/test_bounded_responses.py and
tests/test_hostile_server.py; the bomb's memory is measured by benchmarks/gzip_bomb.py.
"""

from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))

from newsbrief import NewsbriefError, Summarizer
from tests.fakeserver import Reply, completion, error, serve
from tests.test_bounded_responses import gzip_bomb
from tests.test_faults import ARTICLE, DRAFT, OK

NO_CHOICES = {"id": "x", "object": "chat.completion", "created": 1, "model": "m"}
HTML = b"<!DOCTYPE html><html><body><h1>502 Bad Gateway</h1></body></html>"
BOMB = gzip_bomb(300 << 20)  # 300 KB of gzip inflating to 300 MB

ROWS: list[tuple[str, list[Reply], dict[str, float]]] = [
    ("500 on every call", [Reply(500, error(500, "boom"))], {}),
    ("503 once, then success", [Reply(503, error(503, "busy")), OK], {}),
    ("408 / 409 once, then success", [Reply(409, error(409, "conflict")), OK], {}),
    ("401 (bad key)", [Reply(401, error(401, "bad key"))], {}),
    ("400 (404 and 422 alike)", [Reply(400, error(400, "bad request"))], {}),
    ("429 insufficient_quota", [Reply(429, error(429, "quota", "insufficient_quota"))], {}),
    ("429 with Retry-After: 2, then success",
     [Reply(429, error(429, "slow"), {"retry-after": "2"}), OK], {}),
    ("429 with Retry-After: 900", [Reply(429, error(429, "later"), {"retry-after": "900"})], {}),
    ("429 on every call, no Retry-After", [Reply(429, error(429, "slow"))], {}),
    ("server never answers (timeout=5)", [Reply(200, completion(DRAFT), delay=120)],
     {"timeout": 5}),
    ("connection refused", [], {}),
    ("refusal", [Reply(200, completion("", refusal="I can't help with that."))], {}),
    ("content filter", [Reply(200, completion('{"headline": "', finish_reason="content_filter"))],
     {}),
    ("output cut at the token limit",
     [Reply(200, completion('{"headline": "Ta', finish_reason="length"))], {}),
    ("invalid answer every time", [Reply(200, completion('{"headline": 1}'))], {}),
    ("slow body: 1 byte every 0.5 s (timeout=5)", [Reply(200, completion(DRAFT), drip=0.5)],
     {"timeout": 5}),
    ("slow headers and body: 1 byte every 0.5 s (timeout=5)",
     [Reply(200, completion(DRAFT), drip=0.5, drip_headers=True)], {"timeout": 5}),
    ("429 with Retry-After: junk, then success",
     [Reply(429, error(429, "slow"), {"retry-after": "junk"}), OK], {}),
    ("429 with Retry-After: nan / inf / -5 / a bad date, then success",
     [Reply(429, error(429, "slow"), {"retry-after": v}) for v in ("nan", "inf", "-5")]
     + [Reply(429, error(429, "slow"), {"retry-after": "Mon, 99 Foo 2020 25:61:00 GMT"}), OK],
     {"max_retries": 4}),
    ("malformed 200 (no choices) on every call", [Reply(200, NO_CHOICES)], {}),
    ("200 carrying an error object, then success", [Reply(200, error(500, "upstream")), OK], {}),
    ("200 with an HTML page on every call",
     [Reply(200, raw=HTML, headers={"content-type": "text/html"})], {}),
    ("200 with JSON cut short on every call", [Reply(200, raw=b'{"id": "chatcmpl-x", "cho')], {}),
    (f"gzip bomb ({len(BOMB) // 1000} KB -> 300 MB)",
     [Reply(200, raw=BOMB, headers={"content-encoding": "gzip"})], {}),
]  # fmt: skip


def run_row(script: list[Reply], options: dict[str, float]) -> tuple[str, int, float]:
    """One fault: (outcome, HTTP calls, wall seconds)."""
    with serve(script or [Reply()]) as server:
        url = server.url
        if not script:  # nothing listens on the port: a closed server's address
            server.httpd.server_close()
        summarizer = Summarizer("fake-model", base_url=url, **options)  # type: ignore[arg-type]
        started = time.monotonic()
        try:
            brief = summarizer.summarize(ARTICLE)
            outcome, calls = "brief", brief.metadata.attempts
        except NewsbriefError as exc:
            outcome, calls = type(exc).__name__, exc.attempts
        return outcome, calls, time.monotonic() - started


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=1, help="runs of every row")
    args = parser.parse_args(argv)
    print("| fault | calls | outcome | wall time |")
    print("|---|---|---|---|")
    for name, script, options in ROWS:
        runs = [run_row(script, options) for _ in range(args.runs)]
        outcomes = {(outcome, calls) for outcome, calls, _ in runs}
        outcome, calls = next(iter(outcomes))
        if len(outcomes) > 1:  # a row must not depend on the run: show it when it does
            outcome = " / ".join(f"{o} ({c} calls)" for o, c in sorted(outcomes))
        seconds = ", ".join(f"{wall:.2f} s" for _, _, wall in runs)
        print(f"| {name} | {calls} | {outcome} | {seconds} |")


if __name__ == "__main__":
    main()
