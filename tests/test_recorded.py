"""Briefs replayed from cassettes RECORDED from a real model (see scripts/record_cassettes.sh).

The model (Qwen2.5-Coder-1.5B-Instruct Q4_K_M behind llama_cpp.server) is small and makes real
mistakes. These tests pin what it did and, above all, what grounding did with it: whatever the
model wrote, every quote shown as verified or repaired is the article's text at its offsets.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsbrief import Brief, SourceKind, Summarizer

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
    assert brief.check_offsets(text) == []
    names = {a.name for a in brief.key_actors}
    assert {"Antony Blinken", "Sergey Lavrov"} <= names
    assert len(brief.claims) == 4 and brief.language == "en"  # wrong: the article is Italian
    assert "July 15" in brief.claims[0].statement  # an invented date: the article has none
    # Every quote is real, but one two-sentence span is the evidence of three different claims:
    # grounding proves the words are in the article, not that they support the claim.
    spans = [(e.start, e.end) for c in brief.claims for e in c.evidence]
    assert spans == [(0, 257), (258, 564), (258, 564), (258, 564)]
    assert all(e.status == "verified" for e in brief.evidence())
    # The model missed the anonymous US officials and gave every claim to a "document".
    assert all(c.source.kind is SourceKind.DOCUMENT for c in brief.claims)
    meta = brief.metadata
    assert meta.attempts == 1 and meta.grounding.verified == 4
    assert meta.usage.calls[0].prompt_tokens == 1934


@pytest.mark.default_cassette("recorded/harbor_strike.yaml")
@pytest.mark.vcr
def test_harbor_strike_recorded() -> None:
    brief, text = brief_of("harbor-strike.en.txt")
    assert brief.check_offsets(text) == []
    assert len(brief.claims) == 3
    # The anonymous ministry official's claim was given to the article itself, and the union
    # leader's direct quote was left out: real errors, kept as the model gave them.
    official = brief.claims[1]
    assert official.statement.startswith("A senior official at the transport ministry")
    assert official.source.kind is SourceKind.ARTICLE
    assert "Maria Okafor" not in {a.name for a in brief.key_actors}
    assert all(e.status == "verified" for e in brief.evidence())
    assert brief.metadata.attempts == 1


@pytest.mark.default_cassette("recorded/water_tariff.yaml")
@pytest.mark.vcr
def test_water_tariff_recorded() -> None:
    brief, text = brief_of("water-tariff.de.txt")
    assert brief.check_offsets(text) == []
    assert brief.language == "de" and brief.headline.startswith("Hallbrunn")
    g = brief.metadata.grounding
    assert (g.verified, g.repaired, g.unverified) == (2, 2, 0)
    repaired = [e for e in brief.evidence() if e.status == "repaired"]
    # The model changed a word ("der" -> "Die") at the start of a mid-sentence quote...
    assert repaired[0].model_quote is not None
    assert repaired[0].model_quote.startswith("Die Aufsichtsrat am Dienstagabend")
    assert repaired[0].quote.startswith("der Aufsichtsrat am Dienstagabend")
    # ...and closed another quote with a full stop the article does not have there.
    assert repaired[1].model_quote is not None and repaired[1].model_quote.endswith("gestimmt.")
    assert repaired[1].quote.endswith("gegen die Erhöhung gestimmt")
    for evidence in repaired:
        assert text[evidence.start : evidence.end] == evidence.quote
    assert brief.metadata.attempts == 1
