"""Integrity rules of the Brief (and of the draft the model fills, which shares them)."""

from __future__ import annotations

import pytest
from pydantic import ValidationError

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
)
from newsbrief.draft import Draft


def brief(actors: list[Actor], claims: list[Claim]) -> Brief:
    return Brief(
        headline="h", summary="s", language="it", key_actors=actors, claims=claims,
        metadata=RunMetadata(model="test"),
    )  # fmt: skip


BLINKEN = Actor(id="blinken", name="Antony Blinken", kind=ActorKind.PERSON)
OFFICIAL = Actor(id="official", name="senior US official", kind=ActorKind.ANONYMOUS_SOURCE)


def claim(actor_id: str | None, kind: SourceKind, description: str = "") -> Claim:
    return Claim(
        statement="x", source=Source(actor_id=actor_id, description=description, kind=kind),
        attribution=Attribution.INDIRECT,
    )  # fmt: skip


def test_valid_brief_passes() -> None:
    b = brief([BLINKEN, OFFICIAL], [claim("official", SourceKind.ANONYMOUS, "un funzionario")])
    assert b.claims[0].source.actor_id == "official"


def test_claim_actor_id_must_exist() -> None:
    with pytest.raises(ValidationError, match="not a key_actors id"):
        brief([BLINKEN], [claim("lavrov", SourceKind.NAMED_PERSON)])


def test_actor_ids_are_unique() -> None:
    with pytest.raises(ValidationError, match="unique"):
        brief([BLINKEN, BLINKEN], [])


def test_anonymous_source_never_tied_to_a_named_person() -> None:
    with pytest.raises(ValidationError, match="anonymous source cannot be"):
        brief([BLINKEN], [claim("blinken", SourceKind.ANONYMOUS, "un funzionario")])


def test_anonymous_source_never_described_by_a_name() -> None:
    with pytest.raises(ValidationError, match="person's name"):
        brief([BLINKEN], [claim(None, SourceKind.ANONYMOUS, "Antony Blinken")])


def test_evidence_offsets_follow_status() -> None:
    assert Evidence(quote="q", status="unverified").start is None
    with pytest.raises(ValidationError):
        Evidence(quote="q", status="verified")
    with pytest.raises(ValidationError):
        Evidence(quote="q", start=0, end=1, status="unverified")
    with pytest.raises(ValidationError):
        Evidence(quote="q", start=5, end=1, status="verified")


def test_check_offsets_reports_dishonest_evidence() -> None:
    good = Evidence(quote="abc", start=0, end=3, status="verified")
    bad = Evidence(quote="xyz", start=0, end=3, status="repaired")
    c = Claim(statement="x", source=Source(kind=SourceKind.ARTICLE),
              attribution=Attribution.UNATTRIBUTED, evidence=[good, bad])  # fmt: skip
    assert brief([], [c]).check_offsets("abcdef") == [bad]


def test_draft_rejects_what_the_brief_rejects() -> None:
    payload = {
        "headline": "h", "summary": "s", "language": "it",
        "key_actors": [{"id": "blinken", "name": "Antony Blinken", "kind": "person"}],
        "claims": [{"statement": "x", "attribution": "indirect", "quotes": ["q"],
                    "source": {"actor_id": "blinken", "description": "un funzionario",
                               "kind": "anonymous"}}],
        "unresolved_issues": [],
    }  # fmt: skip
    with pytest.raises(ValidationError, match="anonymous source cannot be"):
        Draft.model_validate(payload)


def test_draft_needs_a_quote_per_claim() -> None:
    payload = {
        "headline": "h", "summary": "s", "language": "it", "key_actors": [],
        "claims": [{"statement": "x", "attribution": "unattributed", "quotes": [],
                    "source": {"actor_id": None, "description": "", "kind": "article"}}],
        "unresolved_issues": [],
    }  # fmt: skip
    with pytest.raises(ValidationError, match="quotes"):
        Draft.model_validate(payload)
