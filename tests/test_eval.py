"""Scoring against gold, with expected values computed by hand in the comments."""

from __future__ import annotations

from pathlib import Path

import pytest

from newsbrief import (
    Actor, ActorKind, Attribution, Brief, Claim, Evidence, RunMetadata, Source, SourceKind,
    UnresolvedIssue,
)  # fmt: skip
from newsbrief.eval import normalize_name, overlap, score_brief
from newsbrief.gold import load_gold

GOLD = load_gold(Path(__file__).parent / "data" / "g20-blinken-lavrov.it.json")
TEXT = GOLD.text


def span(start: int, end: int) -> Evidence:
    return Evidence(quote=TEXT[start:end], start=start, end=end, status="verified")


def claim(kind: SourceKind, *evidence: Evidence, actor_id: str | None = None) -> Claim:
    return Claim(statement="s", source=Source(actor_id=actor_id, description="d", kind=kind),
                 attribution=Attribution.INDIRECT, evidence=list(evidence))  # fmt: skip


def brief(actors: list[Actor], claims: list[Claim], issues: list[UnresolvedIssue]) -> Brief:
    return Brief(headline="h", summary="s", language="it", key_actors=actors, claims=claims,
                 unresolved_issues=issues, metadata=RunMetadata(model="test"))  # fmt: skip


def test_helpers() -> None:
    assert normalize_name("  Sergéy   LAVROV ") == "sergey lavrov"
    assert overlap((0, 100), (50, 150)) == 0.5  # 50 shared / 100
    assert overlap((0, 10), (20, 30)) == 0.0
    assert overlap((0, 100), (10, 20)) == 1.0  # the shorter span lies inside


def test_hand_computed_scores() -> None:
    actors = [
        Actor(id="blinken", name="BLINKEN", kind=ActorKind.PERSON),  # alias of Antony Blinken
        Actor(id="lavrov", name="Sergey Lavrov", kind=ActorKind.PERSON),  # gold name
        Actor(id="usa", name="US State", kind=ActorKind.GOVERNMENT),  # no gold actor
    ]
    claims = [
        # gold c1 is [258:401], anonymous: this one overlaps it fully, kind right
        claim(SourceKind.ANONYMOUS, span(258, 401)),
        # gold c2 is [566:731], anonymous: presented as a named person -> wrong, the worst error
        claim(SourceKind.NAMED_PERSON, span(566, 731), actor_id="blinken"),
        # gold c8 is [1841:2015], author: the brief's "article" is the same kind
        claim(SourceKind.ARTICLE, span(1841, 2015)),
        # no gold claim here ([165:257] is the second sentence), plus an unverified quote
        claim(SourceKind.ARTICLE, span(165, 257), Evidence(quote="invented", status="unverified")),
    ]
    # gold u1 evidence is [1201:1254]
    issues = [UnresolvedIssue(question="q", evidence=[span(1201, 1254)])]
    score = score_brief(brief(actors, claims, issues), GOLD)
    assert score.actor_recall == pytest.approx(2 / 7)  # Blinken, Lavrov of 7 gold actors
    assert score.actor_precision == pytest.approx(2 / 3)
    assert score.claim_recall == pytest.approx(3 / 8)  # c1, c2, c8 of 8 gold claims
    assert score.claim_precision == pytest.approx(3 / 4)
    assert score.attribution_accuracy == pytest.approx(2 / 3)  # c1 and c8 right, c2 wrong
    assert score.anonymous_named == 1
    assert score.evidence_honesty == 1.0  # 5 grounded spans, all hold
    assert score.quotes_found == pytest.approx(5 / 6)
    assert score.issue_recall == pytest.approx(1 / 4)  # u1 of 4 gold issues


def test_dishonest_evidence_is_measured() -> None:
    lie = Evidence(quote="not these words", start=0, end=15, status="verified")
    score = score_brief(brief([], [claim(SourceKind.ARTICLE, lie)], []), GOLD)
    assert score.evidence_honesty == 0.0
    assert score.actor_precision is None  # no brief actors: undefined, not zero
