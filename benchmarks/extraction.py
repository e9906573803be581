"""Article extraction from news pages: what is kept of the article, what is dropped of the rest.

    python benchmarks/extraction.py

Runs on the pages of tests/data/web/ (written for the test set; each has a JSON file listing the
article's own paragraphs and strings of its boilerplate: navigation, cookie banner, related
links, reader comments, footer, bylines, share buttons, adverts). For each page and for the
whole set it prints, before (newsbrief's ``html_to_text``, all visible text) and after
(``extract_article``, trafilatura with the ``web`` extra):

* kept: the share of the article's paragraphs found whole in the extracted text;
* dropped: the share of the boilerplate strings absent from it.

Text is compared with whitespace collapsed. tests/test_web_extract.py asserts floors on these.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent.parent))

from newsbrief.article import html_to_text
from newsbrief.web import extract_article

PAGES = Path(__file__).parent.parent / "tests" / "data" / "web"


@dataclass(frozen=True)
class Score:
    """How one extractor did on one page (or on all of them, summed)."""

    kept: int
    paragraphs: int
    dropped: int
    boilerplate: int

    @property
    def kept_share(self) -> float:
        return self.kept / self.paragraphs

    @property
    def dropped_share(self) -> float:
        return self.dropped / self.boilerplate

    def __add__(self, other: Score) -> Score:
        return Score(
            self.kept + other.kept,
            self.paragraphs + other.paragraphs,
            self.dropped + other.dropped,
            self.boilerplate + other.boilerplate,
        )


def squash(text: str) -> str:
    """``text`` with every run of whitespace made one space."""
    return " ".join(text.split())


def score(text: str, expected: dict[str, list[str]]) -> Score:
    """Score extracted ``text`` against a page's expected paragraphs and boilerplate."""
    flat = squash(text)
    paragraphs, boilerplate = expected["paragraphs"], expected["boilerplate"]
    return Score(
        kept=sum(squash(p) in flat for p in paragraphs),
        paragraphs=len(paragraphs),
        dropped=sum(squash(b) not in flat for b in boilerplate),
        boilerplate=len(boilerplate),
    )


def pages() -> list[tuple[str, str, dict[str, list[str]]]]:
    """``(name, html, expected)`` for every page of the test set."""
    return [
        (path.stem, path.read_text(encoding="utf-8"),
         json.loads(path.with_suffix(".json").read_text(encoding="utf-8")))
        for path in sorted(PAGES.glob("*.html"))
    ]  # fmt: skip


def measure() -> dict[str, tuple[Score, Score]]:
    """``{page: (before, after)}`` for every page, and ``"all"`` for their sums."""
    results: dict[str, tuple[Score, Score]] = {}
    for name, html, expected in pages():
        before = score(html_to_text(html), expected)
        after = score(extract_article(html).text, expected)
        results[name] = (before, after)
    results["all"] = (
        sum((b for b, _ in results.values()), Score(0, 0, 0, 0)),
        sum((a for _, a in results.values()), Score(0, 0, 0, 0)),
    )
    return results


def main() -> None:
    print("| page | article kept, before | after | boilerplate dropped, before | after |")
    print("|---|---|---|---|---|")
    for name, (before, after) in measure().items():
        print(
            f"| {name} | {before.kept}/{before.paragraphs} ({before.kept_share:.0%}) "
            f"| {after.kept}/{after.paragraphs} ({after.kept_share:.0%}) "
            f"| {before.dropped}/{before.boilerplate} ({before.dropped_share:.0%}) "
            f"| {after.dropped}/{after.boilerplate} ({after.dropped_share:.0%}) |"
        )


if __name__ == "__main__":
    main()
