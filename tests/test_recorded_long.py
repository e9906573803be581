"""The long article briefed in chunks by a REAL model, replayed from a recorded cassette.

``tests/data/long-inquiry-liveblog.en.txt`` (153,433 characters, 35,045 tokens with the embedded
model's tokenizer: 4.3 times the 8,192-token context the server gives it) sent through newsbrief
to Qwen2.5-Coder-1.5B-Instruct Q4_K_M behind ``llama_cpp.server`` on loopback, recorded by
``bash scripts/record_cassettes.sh tests/test_recorded_long.py`` (73 minutes on 2 cores, 21 calls,
106k tokens).

``test_long_cassette.py`` checks the merge on answers written to order; this file checks it on
what a small real model actually wrote for each chunk: every offset indexes the whole text and
no person appears twice under two spellings, whatever the chunks called them.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsbrief import ActorKind, Summarizer
from newsbrief.names import normalize_name

TEXT = (Path(__file__).parent / "data" / "long-inquiry-liveblog.en.txt").read_text("utf-8")
BASE_URL = "http://127.0.0.1:8765/v1"
MODEL = "qwen2.5-coder-1.5b-instruct-q4_k_m"
CONTEXT = 8_192  # the server's --n_ctx in scripts/record_cassettes.sh
SURNAMES = ["albrecht", "okonjo", "vasquez", "tallis", "osei", "brandvold", "reddaway", "ashcombe"]


@pytest.mark.default_cassette("recorded/long_inquiry.yaml")
@pytest.mark.vcr
def test_long_article_recorded() -> None:
    # The call is made inside the test, so inside the cassette (a fixture of wider scope would
    # run outside it and record nothing).
    brief = Summarizer(
        MODEL, base_url=BASE_URL, temperature=0.0, context_window=CONTEXT,
        max_output_tokens=3072, constrain_quotes=True, timeout=3600,
    ).summarize(TEXT)  # fmt: skip
    meta = brief.metadata
    # 16 chunks (the server has no tokenizer newsbrief can use offline: UTF-8 bytes / 3), one
    # call each, 4 validation re-asks, one reduce call.
    assert len(meta.chunks) == 16
    assert meta.chunks[0][0] == 0 and meta.chunks[-1][1] == len(TEXT)
    kinds = [c.kind for c in meta.usage.calls]
    assert kinds.count("initial") == 16 and kinds.count("validation_reask") == 4
    assert kinds[-1] == "reduce" and len(kinds) == 21
    assert brief.headline == "Dam Safety Inquiry: Key Records Missing, Sirens Disputed"
    # Real mistakes of a small model, kept visible: one chunk's answer was cut off at the output
    # limit (that chunk has no brief, and the note says so); one chunk listed a "Glenda Albrecht"
    # that the article never names (left out); "Witness K" was made a named actor.
    notes = "\n".join(meta.dropped_claims)
    assert "chunk 10 (96759-107444) has no brief" in notes
    assert "'Glenda Albrecht' was left out" in notes
    # Every quote is the whole text's own words at the offsets given: 74 of 74 found.
    assert brief.check_offsets(TEXT) == []
    evidence = brief.evidence()
    assert len(evidence) == 74 and all(e.status == "verified" for e in evidence)
    assert all(TEXT[e.start : e.end] == e.quote for e in evidence if e.start is not None)
    assert max(e.start or 0 for e in evidence) > len(TEXT) * 9 // 10
    # No person twice under two spellings, however the chunks wrote and labelled them.
    people = [normalize_name(a.name).replace("-", " ") for a in brief.key_actors
              if a.kind is ActorKind.PERSON]  # fmt: skip
    for surname in SURNAMES:
        named = [p for p in people if surname in p.split()]
        assert len(named) <= 1, (surname, named)
    merged = meta.merged_names
    assert set(merged["Jürgen Albrecht"]) == {
        "Chief Engineer Jürgen Albrecht", "Albrecht", "Mr Albrecht", "J. Albrecht",
    }  # fmt: skip
    assert set(merged["Teodora Vasquez-Lind"]) == {
        "Infrastructure Minister Teodora Vasquez-Lind", "Vasquez-Lind", "Minister Vasquez-Lind",
    }  # fmt: skip
    # One actor per name, but for a one-word name given to a person and to an organisation.
    folded = [normalize_name(a.name) for a in brief.key_actors]
    assert sorted({n for n in folded if folded.count(n) > 1}) == ["valpress"]
    ids = {a.id for a in brief.key_actors}
    assert all(c.source.actor_id in ids for c in brief.claims if c.source.actor_id)
