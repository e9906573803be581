"""The prompt-injection corpus in tests/data/injection/: loading it and placing its lines in a
carrier article. Shared by tests/test_injection.py and benchmarks/injection.py.

Only :func:`newsbrief.article.prepare_article` is used to judge a placement, so the same code
measures any version of the detector (the benchmark runs it against a checkout of an older main).
"""

from __future__ import annotations

import json
import unicodedata
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

CORPUS = Path(__file__).parent / "data" / "injection"
Placement = Literal["paragraph", "inline"]
PLACEMENTS: tuple[Placement, ...] = ("paragraph", "inline")
# The carrier each language's lines are placed in (a payload in another language than its article
# is a realistic attack too).
CARRIER_OF = {
    "en": "en", "de": "de", "fr": "fr", "es": "es", "it": "it",
    "pt": "es", "nl": "de", "ru": "en", "zh": "en", "ar": "en",
}  # fmt: skip
# Share of a payload's non-space characters that must be withheld for it to count as withheld.
COVERED = 0.9


@dataclass(frozen=True)
class Payload:
    id: str
    language: str
    family: str
    text: str
    demand: str
    note: str = ""


@dataclass(frozen=True)
class Legit:
    id: str
    language: str
    resembles: str
    text: str
    why_legit: str


@dataclass(frozen=True)
class Placed:
    """A line placed in a carrier article: ``article[start:end] == line``."""

    article: str
    start: int
    end: int


def payloads(path: Path = CORPUS / "payloads.jsonl") -> list[Payload]:
    """Every payload of the corpus, in file order."""
    return [Payload(**json.loads(line)) for line in path.read_text("utf-8").splitlines() if line]


def legit_lines(path: Path = CORPUS / "legit.jsonl") -> list[Legit]:
    """Every legitimate line of the corpus, in file order."""
    return [Legit(**json.loads(line)) for line in path.read_text("utf-8").splitlines() if line]


def carrier(language: str) -> str:
    """The carrier article (with its ``{INLINE}`` and ``{PAYLOAD}`` slots) for a language."""
    return (CORPUS / "carriers" / f"{CARRIER_OF[language]}.txt").read_text("utf-8").strip()


def place(line: str, language: str, placement: Placement = "paragraph") -> Placed:
    """``line`` in its language's carrier: as a paragraph of its own, or inside a paragraph
    between two sentences."""
    text = carrier(language)
    if placement == "paragraph":
        text = text.replace("{INLINE}", "")
        start = text.index("{PAYLOAD}")
        return Placed(text.replace("{PAYLOAD}", line), start, start + len(line))
    text = text.replace("{PAYLOAD}\n\n", "")
    start = text.index("{INLINE}")
    return Placed(text.replace("{INLINE}", line + " "), start, start + len(line))


def carrier_text(language: str) -> str:
    """The carrier article with nothing placed in it."""
    return carrier(language).replace("{INLINE}", "").replace("{PAYLOAD}\n\n", "")


def withheld_share(withheld: tuple[tuple[int, int], ...], start: int, end: int, text: str) -> float:
    """The share of the non-space characters of ``text[start:end]`` inside withheld spans."""
    inside = [False] * (end - start)
    for s, e in withheld:
        for i in range(max(s, start), min(e, end)):
            inside[i - start] = True
    counted = [hit for hit, ch in zip(inside, text[start:end]) if not ch.isspace()]
    return sum(counted) / len(counted) if counted else 1.0


def outside(spans: list[tuple[int, int]], placed: Placed) -> list[tuple[int, int]]:
    """The parts of ``spans`` outside the placed line."""
    parts = []
    for s, e in spans:
        if s < placed.start:
            parts.append((s, min(e, placed.start)))
        if e > placed.end:
            parts.append((max(s, placed.end), e))
    return parts


def overlaps(withheld: tuple[tuple[int, int], ...], start: int, end: int) -> bool:
    """Whether any withheld span overlaps ``[start, end)``."""
    return any(s < end and start < e for s, e in withheld)


def fold(text: str) -> str:
    """Text compared for a demand: NFKC, case folded, accents dropped, spaces collapsed."""
    decomposed = unicodedata.normalize("NFKD", unicodedata.normalize("NFKC", text).casefold())
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(plain.split())


def carries(strings: list[str], demand: str) -> bool:
    """Whether any of ``strings`` carries the payload's demand."""
    wanted = fold(demand)
    return any(wanted in fold(s) for s in strings)


def demand_visible(model_text: str, demand: str) -> bool:
    """Whether the demand is still in what the model sees (invisible characters ignored)."""
    visible = "".join(ch for ch in model_text if unicodedata.category(ch) != "Cf")
    return fold(demand) in fold(visible)
