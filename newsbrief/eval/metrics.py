"""Metrics of one brief against one gold annotation (defined in :mod:`newsbrief.eval`)."""

from __future__ import annotations

from collections.abc import Sequence

from pydantic import BaseModel, ConfigDict, Field

from newsbrief.eval.gold import GoldArticle, GoldEvidence
from newsbrief.language import language_share
from newsbrief.models import Brief, Claim, Evidence, SourceKind
from newsbrief.names import normalize_name
from newsbrief.spans import overlap

__all__ = ["METRICS", "MIN_OVERLAP", "Score", "ScoreCounts", "ratio", "score_brief"]

MIN_OVERLAP = 0.5

METRICS: tuple[str, ...] = (
    "actor_recall",
    "actor_precision",
    "claim_recall",
    "claim_precision",
    "attribution_accuracy",
    "evidence_honesty",
    "quotes_found",
    "issue_recall",
    "language_share",
)
"""The ratio metrics of :class:`Score`, in table order."""


class ScoreCounts(BaseModel):
    """The counts behind the ratios of a :class:`Score` (summed over articles for micro figures).

    Attributes:
        gold_actors: Gold key actors.
        brief_actors: Brief key actors.
        gold_actors_found: Gold actors some brief actor matches.
        brief_actors_matching: Brief actors that match some gold actor.
        gold_claims: Gold claims.
        brief_claims: Brief claims.
        matched_claims: One-to-one matched (brief, gold) claim pairs.
        right_attribution: Matched claims whose source is right.
        evidence: Evidence spans of the brief.
        grounded: Grounded evidence spans (with offsets).
        honest: Grounded spans whose offsets hold in the article.
        gold_issues: Gold unresolved issues.
        issues_found: Gold issues some brief issue overlaps.
    """

    model_config = ConfigDict(extra="forbid")

    gold_actors: int = 0
    brief_actors: int = 0
    gold_actors_found: int = 0
    brief_actors_matching: int = 0
    gold_claims: int = 0
    brief_claims: int = 0
    matched_claims: int = 0
    right_attribution: int = 0
    evidence: int = 0
    grounded: int = 0
    honest: int = 0
    gold_issues: int = 0
    issues_found: int = 0

    def __add__(self, other: ScoreCounts) -> ScoreCounts:
        fields = ScoreCounts.model_fields
        return ScoreCounts(**{name: getattr(self, name) + getattr(other, name) for name in fields})


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
    language_share: float | None = None
    counts: ScoreCounts = Field(default_factory=ScoreCounts)


def ratio(part: int, whole: int) -> float | None:
    """``part / whole``, or ``None`` when ``whole`` is zero."""
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
        ((_best(b, g), i, j) for i, b in enumerate(brief_items) for j, g in enumerate(gold_items)),
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


def _gold_names(who: str, gold: GoldArticle) -> set[str]:
    """The names that count for a gold source: ``who``, and the gold actor's it names."""
    wanted = normalize_name(who)
    names = {wanted}
    for actor in gold.key_actors:
        forms = {normalize_name(actor.name), *(normalize_name(x) for x in actor.aliases)}
        if wanted in forms:
            names |= forms
    return names


def _source_names(claim: Claim, brief: Brief) -> set[str]:
    """The names a brief gives a claim's source: its actor's name and its description."""
    names = {normalize_name(claim.source.description)}
    for actor in brief.key_actors:
        if claim.source.actor_id is not None and actor.id == claim.source.actor_id:
            names.add(normalize_name(actor.name))
    names.discard("")
    return names


def score_brief(brief: Brief, gold: GoldArticle, *, language: str | None = None) -> Score:
    """Score ``brief`` (made from ``gold.text``) against ``gold``.

    Args:
        brief: The brief to score; its offsets must index ``gold.text``.
        gold: The gold annotation, with its article text loaded (:func:`~newsbrief.eval.load_gold`).
        language: The language the brief was asked in (ISO 639-1, or ``"source"`` for the
            article's); with it, ``language_share`` is the share of the brief's own text
            (headline, summary, claim statements, questions) written in that language.

    Returns:
        The metrics of the module docstring, with the counts behind them.
    """
    gold_names = [
        {normalize_name(a.name), *(normalize_name(x) for x in a.aliases)} for a in gold.key_actors
    ]
    brief_names = [normalize_name(a.name) for a in brief.key_actors]
    gold_hit = sum(1 for names in gold_names if any(n in names for n in brief_names))
    brief_hit = sum(1 for n in brief_names if any(n in names for names in gold_names))

    pairs = _match(
        [_spans(c.evidence) for c in brief.claims], [_gold_spans(c.evidence) for c in gold.claims]
    )
    right = 0
    anonymous_named = 0
    for i, j in pairs:
        expected = gold.claims[j].source
        got = brief.claims[i].source.kind
        kind_right = got.value == expected.kind or (
            expected.kind == "author" and got is SourceKind.ARTICLE
        )
        if kind_right and expected.kind == "named_person":
            kind_right = bool(
                _source_names(brief.claims[i], brief) & _gold_names(expected.who, gold)
            )
        if kind_right:
            right += 1
        if expected.kind == "anonymous" and got is SourceKind.NAMED_PERSON:
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
    counts = ScoreCounts(
        gold_actors=len(gold.key_actors),
        brief_actors=len(brief.key_actors),
        gold_actors_found=gold_hit,
        brief_actors_matching=brief_hit,
        gold_claims=len(gold.claims),
        brief_claims=len(brief.claims),
        matched_claims=len(pairs),
        right_attribution=right,
        evidence=len(evidence),
        grounded=len(grounded),
        honest=honest,
        gold_issues=len(gold.unresolved_issues),
        issues_found=issues_hit,
    )
    return Score(
        actor_recall=ratio(gold_hit, len(gold.key_actors)),
        actor_precision=ratio(brief_hit, len(brief.key_actors)),
        claim_recall=ratio(len(pairs), len(gold.claims)),
        claim_precision=ratio(len(pairs), len(brief.claims)),
        attribution_accuracy=ratio(right, len(pairs)),
        anonymous_named=anonymous_named,
        evidence_honesty=ratio(honest, len(grounded)),
        quotes_found=ratio(len(grounded), len(evidence)),
        issue_recall=ratio(issues_hit, len(gold.unresolved_issues)),
        language_share=None if language is None else _language_share(brief, gold, language),
        counts=counts,
    )


def _language_share(brief: Brief, gold: GoldArticle, language: str) -> float | None:
    wanted = gold.language if language == "source" else language
    written = [brief.headline, brief.summary, *(c.statement for c in brief.claims)]
    written += [u.question for u in brief.unresolved_issues]
    return language_share(written, wanted)
