"""Scoring against gold, with expected values computed by hand in the comments."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from newsbrief import (
    Actor,
    ActorKind,
    Attribution,
    Brief,
    Claim,
    Evidence,
    RunMetadata,
    Source,
    SourceKind,
    UnresolvedIssue,
)  # fmt: skip
from newsbrief.eval import ScoreCounts, score_brief
from newsbrief.eval.gold import GoldArticle, load_gold
from newsbrief.names import normalize_name
from newsbrief.spans import overlap

DATA = Path(__file__).parent / "data"
GOLD = load_gold(DATA / "g20-blinken-lavrov.it.json")
TEXT = GOLD.text

HARBOR_TEXT = (DATA / "harbor-strike.en.txt").read_text(encoding="utf-8")
HARBOR_QUOTES = {
    "h1": '"We are not going back until the night-shift cuts are withdrawn," said Maria Okafor',
    "h2": '"Our members have carried this port through two winters of overtime."',
    "h3": "A senior official at the transport ministry, who asked not to be named because the "
    "talks are confidential, said the government was prepared to offer a six-month pause on the "
    "cuts but would not abandon them.",
    "h4": "The port authority said in a statement that 14 container ships were waiting offshore",
    "h5": "The strike is the third stoppage at a European port this year.",
    "u1": "prepared to offer a six-month pause on the cuts but would not abandon them",
}


def harbor_evidence(key: str) -> dict[str, Any]:
    quote = HARBOR_QUOTES[key]
    start = HARBOR_TEXT.index(quote)
    return {"quote": quote, "start": start, "end": start + len(quote)}


def harbor_gold_data() -> dict[str, Any]:
    """A small gold annotation of harbor-strike.en.txt with named-person claims (h1, h2)."""

    def gold_claim(key: str, kind: str, who: str, attribution: str) -> dict[str, Any]:
        return {"id": key, "statement": key, "source": {"kind": kind, "who": who},
                "attribution": attribution, "evidence": [harbor_evidence(key)]}  # fmt: skip

    return {
        "article": "harbor-strike.en.txt",
        "language": "en",
        "key_actors": [
            {"name": "Maria Okafor", "aliases": ["Okafor"], "kind": "person"},
            {"name": "senior transport ministry official (anonymous)",
             "aliases": ["A senior official at the transport ministry"],
             "kind": "anonymous_source"},
            {"name": "Portmere port authority", "aliases": ["The port authority"],
             "kind": "organization"},
            {"name": "Portmere Dockers' Union", "kind": "organization"},
        ],
        "claims": [
            gold_claim("h1", "named_person", "Maria Okafor", "direct"),
            gold_claim("h2", "named_person", "Okafor", "direct"),  # who is her alias
            gold_claim("h3", "anonymous", "a senior official at the transport ministry",
                       "indirect"),
            gold_claim("h4", "organization", "the port authority", "indirect"),
            gold_claim("h5", "author", "the article", "unattributed"),
        ],
        "unresolved_issues": [
            {"id": "u1", "question": "Will the pause end the strike?",
             "evidence": [harbor_evidence("u1")]},
        ],
    }  # fmt: skip


HARBOR = GoldArticle.model_validate(harbor_gold_data()).model_copy(update={"text": HARBOR_TEXT})


def span(start: int, end: int) -> Evidence:
    return Evidence(quote=TEXT[start:end], start=start, end=end, status="verified")


def claim(
    kind: SourceKind, *evidence: Evidence, actor_id: str | None = None, description: str = "d"
) -> Claim:
    return Claim(statement="s", source=Source(actor_id=actor_id, description=description, kind=kind),
                 attribution=Attribution.INDIRECT, evidence=list(evidence))  # fmt: skip


def hspan(key: str) -> Evidence:
    return Evidence(**harbor_evidence(key), status="verified")


def brief(actors: list[Actor], claims: list[Claim], issues: list[UnresolvedIssue]) -> Brief:
    return Brief(headline="h", summary="s", language="it", key_actors=actors, claims=claims,
                 unresolved_issues=issues, metadata=RunMetadata(model="test"))  # fmt: skip


def test_helpers() -> None:
    assert normalize_name("  Sergéy   LAVROV ") == "sergey lavrov"
    assert overlap((0, 100), (50, 150)) == 0.5  # 50 shared / 100
    assert overlap((0, 10), (20, 30)) == 0.0
    assert overlap((0, 100), (10, 20)) == 1.0  # the shorter span lies inside


def g20_brief() -> Brief:
    """The brief of the hand-computed test (also scored end to end in test_eval_cli.py)."""
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
    return brief(actors, claims, issues)


def test_hand_computed_scores() -> None:
    score = score_brief(g20_brief(), GOLD)
    assert score.actor_recall == pytest.approx(2 / 7)  # Blinken, Lavrov of 7 gold actors
    assert score.actor_precision == pytest.approx(2 / 3)
    assert score.claim_recall == pytest.approx(3 / 8)  # c1, c2, c8 of 8 gold claims
    assert score.claim_precision == pytest.approx(3 / 4)
    assert score.attribution_accuracy == pytest.approx(2 / 3)  # c1 and c8 right, c2 wrong
    assert score.anonymous_named == 1
    assert score.evidence_honesty == 1.0  # 5 grounded spans, all hold
    assert score.quotes_found == pytest.approx(5 / 6)
    assert score.issue_recall == pytest.approx(1 / 4)  # u1 of 4 gold issues
    assert score.counts == ScoreCounts(
        gold_actors=7, brief_actors=3, gold_actors_found=2, brief_actors_matching=2,
        gold_claims=8, brief_claims=4, matched_claims=3, right_attribution=2,
        evidence=6, grounded=5, honest=5, gold_issues=4, issues_found=1,
    )  # fmt: skip


def test_a_named_source_needs_the_right_person() -> None:
    actors = [
        Actor(id="okafor", name="Okafor", kind=ActorKind.PERSON),
        Actor(id="lindqvist", name="Petra Lindqvist", kind=ActorKind.PERSON),
    ]
    claims = [
        # h1, who "Maria Okafor": the source's actor is named "Okafor", her gold alias -> right
        claim(SourceKind.NAMED_PERSON, hspan("h1"), actor_id="okafor"),
        # h2, who "Okafor" (the alias): no actor, but the description is her name -> right
        claim(SourceKind.NAMED_PERSON, hspan("h2"), description="  maria OKAFOR"),
        # h3, anonymous: presented as Okafor -> wrong, and the worst error
        claim(SourceKind.NAMED_PERSON, hspan("h3"), actor_id="okafor"),
        # h4, organization: only the kind is checked -> right
        claim(SourceKind.ORGANIZATION, hspan("h4"), description="harbour authority"),
        # h5, author: a named person -> wrong kind
        claim(SourceKind.NAMED_PERSON, hspan("h5"), actor_id="lindqvist"),
    ]
    score = score_brief(brief(actors, claims, []), HARBOR)
    assert score.claim_recall == 1.0 and score.claim_precision == 1.0  # 5 of 5, one to one
    assert score.attribution_accuracy == pytest.approx(3 / 5)  # h1, h2, h4
    assert score.anonymous_named == 1  # h3
    assert score.counts.right_attribution == 3
    assert score.actor_recall == pytest.approx(1 / 4)  # Okafor of 4 gold actors
    assert score.actor_precision == pytest.approx(1 / 2)  # Lindqvist is no gold actor


def test_the_right_kind_with_the_wrong_person_is_wrong() -> None:
    actors = [Actor(id="lindqvist", name="Petra Lindqvist", kind=ActorKind.PERSON)]
    # h1 is Maria Okafor's: the kind is right, the person is not
    wrong_person = [claim(SourceKind.NAMED_PERSON, hspan("h1"), actor_id="lindqvist",
                          description="the head of the union")]  # fmt: skip
    score = score_brief(brief(actors, wrong_person, []), HARBOR)
    assert score.claim_recall == pytest.approx(1 / 5)
    assert score.attribution_accuracy == 0.0
    assert score.anonymous_named == 0  # h1 is not anonymous
    # the right person with the wrong kind is wrong too
    wrong_kind = [claim(SourceKind.ORGANIZATION, hspan("h1"), description="Maria Okafor")]
    assert score_brief(brief([], wrong_kind, []), HARBOR).attribution_accuracy == 0.0
    # and the right person and kind are right, by the description alone
    right = [claim(SourceKind.NAMED_PERSON, hspan("h1"), description="Maria Okafor")]
    assert score_brief(brief([], right, []), HARBOR).attribution_accuracy == 1.0


def test_dishonest_evidence_is_measured() -> None:
    lie = Evidence(quote="not these words", start=0, end=15, status="verified")
    score = score_brief(brief([], [claim(SourceKind.ARTICLE, lie)], []), GOLD)
    assert score.evidence_honesty == 0.0
    assert score.actor_precision is None  # no brief actors: undefined, not zero


def test_the_share_of_the_brief_in_the_language_asked_is_scored() -> None:
    brief = g20_brief()
    english = brief.model_copy(
        update={
            "headline": "Blinken and Lavrov meet in Bali for the first time since the war began",
            "summary": "The two ministers spoke about a prisoner exchange and about Ukraine.",
        }
    )
    italian = english.model_copy(
        update={
            "summary": "I due ministri hanno parlato di uno scambio di prigionieri e dell'Ucraina "
            "durante il vertice, secondo un funzionario statunitense di alto livello."
        }
    )
    assert score_brief(english, GOLD).language_share is None  # not asked: not scored
    share_en = score_brief(english, GOLD, language="en").language_share
    share_it = score_brief(italian, GOLD, language="en").language_share
    assert share_en is not None and share_it is not None
    assert share_it < share_en
    assert score_brief(italian, GOLD, language="source").language_share == pytest.approx(
        score_brief(italian, GOLD, language="it").language_share
    )
