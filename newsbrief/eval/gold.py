"""Gold annotations: the hand-made reference a brief is scored against.

The format is the one of the project's first annotation
(``tests/gold/g20-blinken-lavrov.it.json``)::

    {
      "article": "articles/g20-blinken-lavrov.it.txt",   # path, relative to the gold file
      "language": "it",
      "note": "...",                                      # optional
      "key_actors": [{"name", "aliases": [...], "kind", "role"}],
      "claims": [{"id", "statement", "source": {"kind", "who"}, "attribution",
                  "evidence": [{"quote", "start", "end"}]}],
      "unresolved_issues": [{"id", "question", "evidence": [...]}],
      "traps": ["..."]                                    # optional: mistakes a weak model makes
    }

``start``/``end`` are Python ``str`` indices into the article, and ``article[start:end]`` must equal
``quote``: :func:`load_gold` checks every one. :func:`gold_json_schema` gives the JSON schema.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationError

from newsbrief.errors import InputError
from newsbrief.names import normalize_name

__all__ = [
    "GoldActor",
    "GoldArticle",
    "GoldClaim",
    "GoldError",
    "GoldEvidence",
    "GoldIssue",
    "GoldSource",
    "gold_json_schema",
    "load_gold",
]

GoldSourceKind = Literal["named_person", "anonymous", "organization", "media", "document", "author"]
"""``author`` is the article's own, unattributed voice (``article`` in a brief)."""


class GoldError(InputError):
    """A gold file that is malformed or whose offsets do not hold in its article."""


class _Gold(BaseModel):
    model_config = ConfigDict(extra="forbid", frozen=True)


class GoldEvidence(_Gold):
    quote: str = Field(min_length=1)
    start: int = Field(ge=0)
    end: int = Field(ge=0)


class GoldActor(_Gold):
    name: str = Field(min_length=1)
    aliases: list[str] = Field(default_factory=list)
    kind: Literal[
        "person", "organization", "government", "anonymous_source", "group", "place", "other"
    ]
    role: str = ""


class GoldSource(_Gold):
    kind: GoldSourceKind
    who: str = Field(description="the source as the annotator names it")


class GoldClaim(_Gold):
    id: str
    statement: str
    source: GoldSource
    attribution: Literal["direct", "indirect", "unattributed"]
    evidence: list[GoldEvidence] = Field(min_length=1)


class GoldIssue(_Gold):
    id: str
    question: str
    evidence: list[GoldEvidence] = Field(default_factory=list)


class GoldArticle(_Gold):
    """One annotated article, with its text loaded.

    Attributes:
        text: The article text the offsets index (loaded from ``article``).
    """

    article: str
    language: str
    note: str = ""
    key_actors: list[GoldActor]
    claims: list[GoldClaim]
    unresolved_issues: list[GoldIssue] = Field(default_factory=list)
    traps: list[str] = Field(default_factory=list)
    text: str = Field(default="", exclude=True)

    def evidence(self) -> list[GoldEvidence]:
        """Every evidence span of the annotation, claims first."""
        return [e for c in self.claims for e in c.evidence] + [
            e for u in self.unresolved_issues for e in u.evidence
        ]


def gold_json_schema() -> dict[str, Any]:
    """The JSON schema of a gold file."""
    schema = GoldArticle.model_json_schema(mode="validation")
    schema["properties"].pop("text", None)
    return schema


def _article_path(gold_path: Path, article: str) -> Path:
    candidates = [
        gold_path.parent / article,
        gold_path.parent.parent / article,
        gold_path.parent / Path(article).name,
    ]
    for candidate in candidates:
        if candidate.is_file():
            return candidate
    raise GoldError(f"{gold_path}: article {article!r} not found next to it or one level up.")


def load_gold(path: str | Path) -> GoldArticle:
    """Load a gold file and its article, and check that every offset holds.

    Raises:
        GoldError: The file does not fit the format, its article is missing, or a quote is not
            the article's text at its offsets (every failing span is listed).
    """
    gold_path = Path(path)
    try:
        raw = json.loads(gold_path.read_text(encoding="utf-8"))
        gold = GoldArticle.model_validate(raw)
    except (OSError, ValueError, ValidationError) as exc:
        raise GoldError(f"{gold_path}: {exc}") from exc
    text = _article_path(gold_path, gold.article).read_text(encoding="utf-8")
    wrong = [
        f"[{e.start}:{e.end}] {e.quote[:60]!r} != {text[e.start : e.end][:60]!r}"
        for e in gold.evidence()
        if text[e.start : e.end] != e.quote
    ]
    if wrong:
        raise GoldError(f"{gold_path}: offsets that do not hold: " + "; ".join(wrong))
    forms = {normalize_name(form) for a in gold.key_actors for form in (a.name, *a.aliases)}
    unknown = sorted(
        {
            c.source.who
            for c in gold.claims
            if c.source.kind == "named_person" and normalize_name(c.source.who) not in forms
        }
    )
    if unknown:
        raise GoldError(
            f"{gold_path}: a named person's claim must name a key actor (its name or an alias), "
            f"or no brief can be scored right on it; not found: {unknown}"
        )
    return gold.model_copy(update={"text": text})
