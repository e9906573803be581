"""Show where each claim's evidence sits in the article, using the offsets of the brief.

    python examples/evidence_offsets.py [ARTICLE.txt] [--model MODEL]

Every verified or repaired quote is the article's own text at ``article[start:end]``; this script
prints each one in its context and checks that it holds. Unverified quotes have no offsets.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import newsbrief

SAMPLE = Path(__file__).parent / "g20-blinken-lavrov.it.txt"


def context(text: str, start: int, end: int, width: int = 40) -> str:
    before = text[max(0, start - width) : start].replace("\n", " ")
    after = text[end : end + width].replace("\n", " ")
    return f"...{before}[[{text[start:end]}]]{after}..."


def main(argv: list[str] | None = None) -> list[str]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", nargs="?", type=Path, default=SAMPLE)
    parser.add_argument("--model", default=None)
    args = parser.parse_args(argv)

    text = args.article.read_text(encoding="utf-8")
    brief = newsbrief.summarize(text, model=args.model)
    lines: list[str] = []
    for n, claim in enumerate(brief.claims, start=1):
        lines.append(
            f"{n}. {claim.statement}  ({claim.source.kind.value}: {claim.source.description})"
        )
        for evidence in claim.evidence:
            if evidence.start is None or evidence.end is None:
                lines.append(f"   UNVERIFIED, not in the article: {evidence.quote!r}")
                continue
            assert text[evidence.start : evidence.end] == evidence.quote  # the promise
            lines.append(
                f"   {evidence.status} [{evidence.start}:{evidence.end}] "
                f"{context(text, evidence.start, evidence.end)}"
            )
    print("\n".join(lines))
    return lines


if __name__ == "__main__":
    main()
