"""Check whether quotes are in an article, and where: the checker briefs use, for any quote.

    python examples/check_quote.py ARTICLE.txt "a quote" ["another quote" ...]

For each quote, prints its status and, when found, the offsets and the article's own words.
``verified``: the quote is in the article exactly. ``repaired``: it is, once typography is set
aside (quotation marks, dashes, whitespace, letter case, an ellipsis for omitted words).
``unverified``: it is not; a changed number, negation or word is never a repair. No model, no
network.
"""

from __future__ import annotations

import argparse
from pathlib import Path

import newsbrief


def main(argv: list[str] | None = None) -> list[str]:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("article", type=Path)
    parser.add_argument("quotes", nargs="+")
    args = parser.parse_args(argv)

    text = args.article.read_text(encoding="utf-8")
    lines: list[str] = []
    for quote in args.quotes:
        evidence = newsbrief.locate_quote(text, quote)
        if evidence.start is None:
            lines.append(f"unverified: {quote!r} is not in the article")
        else:
            lines.append(f"{evidence.status} [{evidence.start}:{evidence.end}]: {evidence.quote!r}")
    print("\n".join(lines))
    return lines


if __name__ == "__main__":
    main()
