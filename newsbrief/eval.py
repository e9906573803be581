"""Score a brief against a gold annotation, without any model.

Metrics (each in [0, 1]; ``None`` when its denominator is zero):

* **actor recall / precision**: a brief actor matches a gold actor when its name equals the gold
  name or one of its aliases, compared case- and accent-insensitively (NFKD, marks dropped,
  casefold). Recall = gold actors matched / gold actors; precision = brief actors matching some
  gold actor / brief actors. Example: gold {Antony Blinken (alias Blinken), Sergey Lavrov}, brief
  {"blinken", "US State"}: recall 1/2, precision 1/2.
* **claim recall / precision**: a brief claim matches a gold claim when one of its grounded
  evidence spans overlaps one of the gold claim's spans by at least half of the shorter span.
  Pairs are matched one to one, best overlap first. Example: gold claims with spans [0:100] and
  [200:300], brief claims with spans [10:90] and [500:600]: recall 1/2, precision 1/2.
* **attribution accuracy**: over matched claims, the share whose source kind equals the gold one
  (gold ``author`` is the brief's ``article``). ``anonymous_named`` counts the worst error: a gold
  anonymous source presented as a named person.
* **evidence honesty**: grounded evidence whose offsets hold / grounded evidence; must be 1.0.
  **quotes found**: grounded evidence / all evidence.
* **issue recall**: gold unresolved issues whose evidence overlaps the evidence of some brief issue.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence

from pydantic import BaseModel

from newsbrief.gold import GoldArticle, GoldEvidence
from newsbrief.models import Brief, Evidence, SourceKind

__all__ = ["Score", "normalize_name", "overlap", "score_brief"]

MIN_OVERLAP = 0.5


class Score(BaseModel):
    """The scores of one brief against one gold annotation (see the module docstring)."""

    actor_recall: float | None
    actor_precision: float | None
    claim_recall: float | None
    claim_precision: float | None
    attribution_accuracy: float | None
    anonymous_named: int
    evidence_honesty: float | None
    quotes_found: float | None
    issue_recall: float | None


def normalize_name(name: str) -> str:
    """Case- and accent-insensitive form of a name ("Sergéy  LAVROV" -> "sergey lavrov")."""
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.casefold().split())


def overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Characters shared by two spans over the length of the shorter one (0 when disjoint)."""
    shared = min(a[1], b[1]) - max(a[0], b[0])
    shorter = min(a[1] - a[0], b[1] - b[0])
    return max(shared, 0) / shorter if shorter > 0 else 0.0


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _spans(evidence: Sequence[Evidence]) -> list[tuple[int, int]]:
    return [(e.start, e.end) for e in evidence if e.start is not None and e.end is not None]


def _gold_spans(evidence: Sequence[GoldEvidence]) -> list[tuple[int, int]]:
    return [(e.start, e.end) for e in evidence]


def _best(brief_spans: list[tuple[int, int]], gold_spans: list[tuple[int, int]]) -> float:
    return max((overlap(b, g) for b in brief_spans for g in gold_spans), default=0.0)


def _match(
    brief_items: list[list[tuple[int, int]]], gold_items: list[list[tuple[int, int]]]
) -> list[tuple[int, int]]:
    """One-to-one ``(brief index, gold index)`` pairs, best overlap first."""
    candidates = sorted(
        (
            (_best(b, g), i, j)
            for i, b in enumerate(brief_items)
            for j, g in enumerate(gold_items)
        ),
        reverse=True,
    )
    used_brief: set[int] = set()
    used_gold: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for value, i, j in candidates:
        if value < MIN_OVERLAP:
            break
        if i not in used_brief and j not in used_gold:
            used_brief.add(i)
            used_gold.add(j)
            pairs.append((i, j))
    return pairs


def score_brief(brief: Brief, gold: GoldArticle) -> Score:
    """Score ``brief`` (made from ``gold.text``) against ``gold``."""
    gold_names = [
        {normalize_name(a.name), *(normalize_name(x) for x in a.aliases)} for a in gold.key_actors
    ]
    brief_names = [normalize_name(a.name) for a in brief.key_actors]
    gold_hit = sum(1 for names in gold_names if any(n in names for n in brief_names))
    brief_hit = sum(1 for n in brief_names if any(n in names for names in gold_names))

    pairs = _match(
        [_spans(c.evidence) for c in brief.claims], [_gold_spans(c.evidence) for c in gold.claims]
    )
    right_kind = 0
    anonymous_named = 0
    for i, j in pairs:
        expected = gold.claims[j].source.kind
        got = brief.claims[i].source.kind
        if (got.value == expected) or (expected == "author" and got is SourceKind.ARTICLE):
            right_kind += 1
        if expected == "anonymous" and got is SourceKind.NAMED_PERSON:
            anonymous_named += 1

    evidence = brief.evidence()
    grounded = [e for e in evidence if e.is_grounded]
    honest = sum(1 for e in grounded if gold.text[e.start : e.end] == e.quote)

    issue_spans = [_spans(u.evidence) for u in brief.unresolved_issues]
    issues_hit = sum(
        1
        for u in gold.unresolved_issues
        if any(_best(spans, _gold_spans(u.evidence)) >= MIN_OVERLAP for spans in issue_spans)
    )
    return Score(
        actor_recall=_ratio(gold_hit, len(gold.key_actors)),
        actor_precision=_ratio(brief_hit, len(brief.key_actors)),
        claim_recall=_ratio(len(pairs), len(gold.claims)),
        claim_precision=_ratio(len(pairs), len(brief.claims)),
        attribution_accuracy=_ratio(right_kind, len(pairs)),
        anonymous_named=anonymous_named,
        evidence_honesty=_ratio(honest, len(grounded)),
        quotes_found=_ratio(len(grounded), len(evidence)),
        issue_recall=_ratio(issues_hit, len(gold.unresolved_issues)),
    )
