"""What a gzip bomb costs: peak resident memory above baseline, in a fresh subprocess.

    python benchmarks/gzip_bomb.py [--inflated-mb 300] [--max-response-bytes N]

A loopback server (tests/fakeserver.py, in this process) answers a chat completion request with
a gzip body of about 300 KB that inflates to 300 MB of zeros (Content-Encoding: gzip). A child
process makes one brief first (imports, client, connection: the baseline), records its peak
resident set size (ru_maxrss), then asks again and gets the bomb; it reports the outcome, the
calls made, and how much the peak rose. The budget is 100 MB above baseline (issue 12); before
newsbrief capped response sizes, 280-675 MB.
"""

from __future__ import annotations

import argparse
import json
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).parent.parent
sys.path.insert(0, str(ROOT))

from tests.fakeserver import Reply, serve  # noqa: E402
from tests.test_bounded_responses import gzip_bomb  # noqa: E402
from tests.test_faults import OK  # noqa: E402

CHILD = r"""
import json, resource, sys, time
import newsbrief
url, cap = sys.argv[1], int(sys.argv[2])
article = "Il ministro Rossi ha detto: «Non cederemo». Un funzionario che ha chiesto l'anonimato " \
    "ha riferito che i colloqui riprenderanno lunedì.\n\nIl porto resta chiuso."
options = {"max_response_bytes": cap} if cap else {}
summarizer = newsbrief.Summarizer("fake-model", base_url=url, timeout=60, **options)
summarizer.summarize(article)  # warm: imports, client, connection
base = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
started = time.monotonic()
try:
    summarizer.summarize(article + " ")
    outcome, calls = "brief", None
except newsbrief.NewsbriefError as exc:
    outcome, calls = type(exc).__name__, exc.attempts
except Exception as exc:  # what the bound replaced
    outcome, calls = "raw " + type(exc).__name__, None
peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"outcome": outcome, "calls": calls, "seconds": time.monotonic() - started,
                  "baseline_mib": base / 1024, "peak_mib": peak / 1024,
                  "above_baseline_mib": (peak - base) / 1024}))
"""


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--inflated-mb", type=int, default=300)
    parser.add_argument("--max-response-bytes", type=int, default=0, help="0: the default")
    args = parser.parse_args()
    bomb = gzip_bomb(args.inflated_mb << 20)
    reply = Reply(200, raw=bomb, headers={"content-encoding": "gzip"})
    with serve([OK, reply]) as server:
        started = time.monotonic()
        child = subprocess.run(
            [sys.executable, "-c", CHILD, server.url, str(args.max_response_bytes)],
            capture_output=True, text=True, cwd=ROOT, timeout=600,
        )  # fmt: skip
        if child.returncode != 0:
            sys.exit(child.stderr)
        result = json.loads(child.stdout.strip().splitlines()[-1])
        result["bomb_kb"] = len(bomb) / 1000
        result["inflated_mb"] = args.inflated_mb
        result["server_calls"] = server.calls
        result["wall_seconds"] = time.monotonic() - started
    print(json.dumps(result, indent=2))
    print(
        f"gzip bomb {result['bomb_kb']:.0f} KB -> {args.inflated_mb} MB: {result['outcome']} "
        f"after {result['calls']} call(s) in {result['seconds']:.2f} s; peak RSS "
        f"{result['peak_mib']:.1f} MiB, {result['above_baseline_mib']:.1f} MiB above the "
        f"baseline of {result['baseline_mib']:.1f} MiB"
    )


if __name__ == "__main__":
    main()
