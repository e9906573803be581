"""Brief articles from async code: one with ``asummarize``, many with ``asummarize_many``.

    python examples/async_briefs.py [ARTICLE.txt ...] [--model MODEL]

Inside an event loop (a web server, a crawler), ``await newsbrief.asummarize(text)`` briefs one
article without blocking the loop; ``newsbrief.asummarize_many`` streams results for many, as they
complete, with bounded concurrency. Cancelling the task stops further retries.
"""

from __future__ import annotations

import argparse
import asyncio
from pathlib import Path

import newsbrief

SAMPLE = Path(__file__).parent / "g20-blinken-lavrov.it.txt"


async def brief_all(paths: list[Path], model: str | None) -> list[str]:
    texts = [(path.name, path.read_text(encoding="utf-8")) for path in paths]
    first = await newsbrief.asummarize(texts[0][1], model=model)
    lines = [f"{texts[0][0]} (asummarize): {first.headline}"]
    async for result in newsbrief.asummarize_many(texts, model=model, concurrency=4):
        headline = result.brief.headline if result.brief else f"failed: {result.error}"
        lines.append(f"{result.id}: {headline}")
    return lines


def main(argv: list[str] | None = None) -> list[str]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("articles", nargs="*", type=Path, default=[SAMPLE])
    parser.add_argument("--model", default=None)
    args = parser.parse_args(argv)
    lines = asyncio.run(brief_all(args.articles, args.model))
    print("\n".join(lines))
    return lines


if __name__ == "__main__":
    main()
