"""Briefs replayed from cassettes RECORDED from a real model (see scripts/record_cassettes.sh).

The model is small and makes real mistakes; these tests pin what grounding did with them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsbrief import Brief, Summarizer

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
    print(brief.model_dump_json(indent=1))


@pytest.mark.default_cassette("recorded/harbor_strike.yaml")
@pytest.mark.vcr
def test_harbor_strike_recorded() -> None:
    brief, text = brief_of("harbor-strike.en.txt")
    assert brief.check_offsets(text) == []
    print(brief.model_dump_json(indent=1))
