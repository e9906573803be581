"""Brief every article of a folder into a JSON Lines file, one line per article.

    python examples/folder_of_articles.py ARTICLES_DIR OUT.jsonl [--model MODEL] [--concurrency N]

Articles are read lazily and briefed a few at a time (``newsbrief.summarize_many``); an article
that fails becomes an error line instead of stopping the run. The same job from the command line
is ``newsbrief batch ARTICLES_DIR --out OUT.jsonl``, which also resumes a killed run.
"""

from __future__ import annotations

import argparse
from collections.abc import Iterator
from pathlib import Path

import newsbrief


def articles(folder: Path) -> Iterator[tuple[str, str]]:
    """``(id, text)`` of every .txt file under ``folder``, read one at a time."""
    for path in sorted(folder.rglob("*.txt")):
        yield path.relative_to(folder).as_posix(), path.read_text(encoding="utf-8")


def main(argv: list[str] | None = None) -> tuple[int, int]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("folder", type=Path)
    parser.add_argument("out", type=Path)
    parser.add_argument("--model", default=None)
    parser.add_argument("--concurrency", type=int, default=4)
    args = parser.parse_args(argv)

    briefed = failed = 0
    with args.out.open("w", encoding="utf-8") as out:
        results = newsbrief.summarize_many(
            articles(args.folder), model=args.model, concurrency=args.concurrency
        )
        for result in results:
            out.write(result.to_json_line() + "\n")
            if result.ok:
                briefed += 1
            else:
                failed += 1
                print(f"{result.id}: {result.error.type}: {result.error.message}")
    print(f"{briefed} briefed, {failed} failed -> {args.out}")
    return briefed, failed


if __name__ == "__main__":
    main()
