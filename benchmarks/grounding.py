"""Grounding cost on a long article: time and memory to locate quotes, found and not found.

    python benchmarks/grounding.py [--megabytes 5] [--quotes 20]

Builds an article of the given size from the test articles (Italian with non-breaking spaces,
French with « » and typographic apostrophes, German, Spanish, English), then locates quotes in
it through one :class:`newsbrief.grounding.QuoteIndex` (what the pipeline does for an article):
quotes found exactly, quotes found after normalisation (typography changed) and quotes not found
(a fact changed), near the end of the article so that every search scans all of it. Reports the
seconds for each kind (wall clock, and CPU time, which a machine shared with other work disturbs
less), the one-time normalisation, and the peak memory Python allocated (tracemalloc, measured in
a separate pass so it does not slow the timings).
"""

from __future__ import annotations

import argparse
import time
import tracemalloc
from collections.abc import Callable
from pathlib import Path

from newsbrief.grounding import QuoteIndex

DATA = Path(__file__).parent.parent / "tests" / "data"
ARTICLES = [
    "g20-blinken-lavrov.it.txt",
    "chemical-spill.fr.txt",
    "water-tariff.de.txt",
    "school-roof.es.txt",
    "harbor-strike.en.txt",
]


def long_article(megabytes: float) -> str:
    """The test articles, repeated to ``megabytes`` million characters, with an ending to quote."""
    block = "\n\n".join((DATA / name).read_text(encoding="utf-8") for name in ARTICLES)
    size = int(megabytes * 1_000_000)
    body = (block + "\n\n") * (size // (len(block) + 2) + 1)
    ending = (
        "In chiusura, il portavoce ha detto che l\u2019azienda ha perso 50\u00a0milioni di euro "
        "nel 1987 e che il ministro \u00abnon si dimetter\u00e0\u00bb."
    )
    return body[: size - len(ending)] + ending


QUOTES = {
    "exact": "l\u2019azienda ha perso 50\u00a0milioni di euro nel 1987",
    "typography": "l'azienda ha perso 50 milioni di euro nel 1987 e che il ministro \"non si",
    "changed fact": "l'azienda ha perso 15 milioni di euro nel 1987",
}


def timed(fn: Callable[[], object]) -> tuple[float, float]:
    """Wall-clock and CPU seconds that ``fn()`` takes."""
    wall, cpu = time.perf_counter(), time.process_time()
    fn()
    return time.perf_counter() - wall, time.process_time() - cpu


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--megabytes", type=float, default=5.0)
    parser.add_argument("--quotes", type=int, default=20, help="quotes of each kind")
    args = parser.parse_args(argv)
    text = long_article(args.megabytes)
    print(f"article: {len(text):,} characters, {len(text.encode()):,} UTF-8 bytes")

    index = QuoteIndex(text)
    statuses = {kind: index.locate(quote).status for kind, quote in QUOTES.items()}
    print("statuses:", ", ".join(f"{kind} -> {status}" for kind, status in statuses.items()))

    index = QuoteIndex(text)
    wall, cpu = timed(lambda: index.locate(QUOTES["changed fact"]))
    print(f"first quote not found (normalises the article once): {wall:.3f} s, CPU {cpu:.3f} s")
    for kind, quote in QUOTES.items():
        wall, cpu = timed(lambda q=quote: [index.locate(q) for _ in range(args.quotes)])
        each = cpu / args.quotes * 1000
        print(f"{args.quotes} quotes, {kind}: {wall:.3f} s, CPU {cpu:.3f} s ({each:.1f} ms each)")

    tracemalloc.start()
    index = QuoteIndex(text)
    for quote in QUOTES.values():
        for _ in range(args.quotes):
            index.locate(quote)
    _, peak = tracemalloc.get_traced_memory()
    tracemalloc.stop()
    print(f"peak memory allocated while grounding {3 * args.quotes} quotes: {peak / 2**20:.1f} MiB")


if __name__ == "__main__":
    main()
