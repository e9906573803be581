"""Briefs replayed from cassettes RECORDED from a real model (see scripts/record_cassettes.sh).

The model (Qwen2.5-Coder-1.5B-Instruct Q4_K_M behind llama_cpp.server) is small and makes real
mistakes. These tests pin what it did and, above all, what grounding did with it: whatever the
model wrote, every quote shown as verified or repaired is the article's text at its offsets.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsbrief import ActorKind, Brief, SourceKind, Summarizer

DATA = Path(__file__).parent / "data"
BASE_URL = "http://127.0.0.1:8765/v1"
MODEL = "qwen2.5-coder-1.5b-instruct-q4_k_m"


def brief_of(name: str) -> tuple[Brief, str]:
    text = (DATA / name).read_text(encoding="utf-8")
    summarizer = Summarizer(MODEL, base_url=BASE_URL, temperature=0.0)
    return summarizer.summarize(text), text


@pytest.mark.default_cassette("recorded/seed_article.yaml")
@pytest.mark.vcr
def test_seed_article_recorded() -> None:
    brief, text = brief_of("g20-blinken-lavrov.it.txt")
    assert {"Antony Blinken", "Sergey Lavrov"} <= {a.name for a in brief.key_actors}
    assert len(brief.claims) == 4
    assert "July 15" in brief.claims[0].statement  # an invented date: the article has none
    # Every "quote" is an English paraphrase of the Italian article. None is shown as evidence:
    # all four stay unverified, without offsets, even after the targeted re-ask.
    evidence = brief.evidence()
    assert [e.status for e in evidence] == ["unverified"] * 4
    assert all(e.start is None and e.quote not in text for e in evidence)
    assert evidence[1].quote == (
        "Blinken said he would continue to support Ukraine until the conflict was over."
    )
    meta = brief.metadata
    assert [c.kind for c in meta.usage.calls] == ["initial", "grounding_reask"]
    assert meta.grounding.unverified == 4 and meta.grounding.fixed_by_reask == 0
    assert meta.usage.calls[0].prompt_tokens == 1976


@pytest.mark.default_cassette("recorded/harbor_strike.yaml")
@pytest.mark.vcr
def test_harbor_strike_recorded() -> None:
    brief, text = brief_of("harbor-strike.en.txt")
    assert brief.check_offsets(text) == []
    kinds = {a.name: a.kind for a in brief.key_actors}
    assert kinds["Senior official at the transport ministry"] is ActorKind.ANONYMOUS_SOURCE
    assert "Maria Okafor" in kinds
    # The model found the anonymous official, yet gave his claim to the article itself, and left
    # out the union leader's direct quote: real errors, kept as the model gave them.
    official = brief.claims[1]
    assert official.statement.startswith("A senior official at the transport ministry")
    assert official.source.kind is SourceKind.ARTICLE and official.source.actor_id is None
    assert len(brief.claims) == 3
    assert all(e.status == "verified" for e in brief.evidence())
    assert brief.metadata.grounding.verified == 6 and brief.metadata.attempts == 1


@pytest.mark.default_cassette("recorded/water_tariff.yaml")
@pytest.mark.vcr
def test_water_tariff_recorded() -> None:
    brief, text = brief_of("water-tariff.de.txt")
    assert brief.check_offsets(text) == []
    meta = brief.metadata
    # The model looped: twelve claims (the schema's maximum stopped it), ten of them repeats.
    assert meta.usage.calls[0].completion_tokens == 1340
    assert len(brief.claims) == 2 and meta.duplicate_claims == 10
    # It closed a quote with a full stop the article does not have there: repaired, and the
    # brief keeps the article's own words.
    repaired = brief.claims[0].evidence[0]
    assert repaired.status == "repaired"
    assert repaired.model_quote == (
        "Wir haben keine andere Wahl, die Leitungen sind zum Teil über hundert Jahre alt."
    )
    assert text[repaired.start : repaired.end] == repaired.quote == repaired.model_quote[:-1]
    # A real sentence (the anonymous board member) given as evidence for another claim (the
    # opposition's): found where it is, though it does not support the claim.
    misplaced = brief.claims[1].evidence[0]
    assert misplaced.status == "verified"
    assert misplaced.quote.startswith("Ein Mitglied des Aufsichtsrats")
    assert brief.claims[1].statement.startswith("The opposition in the Stadtrat")
