"""An article four times the embedded model's context, briefed in chunks, from a cassette.

``tests/data/long-inquiry-liveblog.en.txt`` (written for the test set: 153,433 characters, 35,045
tokens with the embedded model's tokenizer, 4.3 times the 8,192-token context newsbrief gives it)
replayed from ``constructed/long_inquiry.yaml``: CONSTRUCTED by
``tests/cassettes/build_long_article.py``, whose server answers each chunk from the chunk's own
text with the spelling of each person that chunk uses ("Chief Engineer Jürgen Albrecht", "Mr
Albrecht", "J. Albrecht", "Juergen Albrecht"...). What is checked is newsbrief's own work: the chunk
plan, one call per chunk and one reduce call, offsets into the whole text, and one actor per person.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from newsbrief import ActorKind, Brief, Summarizer
from newsbrief.names import normalize_name

TEXT = (Path(__file__).parent / "data" / "long-inquiry-liveblog.en.txt").read_text("utf-8")
CONTEXT = (
    8_192  # what newsbrief gives the embedded model (newsbrief.providers.local.DEFAULT_CONTEXT)
)
SURNAMES = ["albrecht", "okonjo", "vasquez", "tallis", "osei", "brandvold", "reddaway", "ashcombe"]


def brief_of_long_article() -> Brief:
    return Summarizer(
        "constructed-drafter", base_url="http://127.0.0.1:8766/v1", api_key="not-a-secret",
        context_window=CONTEXT, max_output_tokens=3072, constrain_quotes=True,
    ).summarize(TEXT)  # fmt: skip


@pytest.mark.vcr("constructed/long_inquiry.yaml")
def test_long_article_is_briefed_in_chunks_with_offsets_into_the_whole_text() -> None:
    brief = brief_of_long_article()
    meta = brief.metadata
    assert len(meta.chunks) == 16
    assert meta.chunks[0][0] == 0 and meta.chunks[-1][1] == len(TEXT)
    assert all(a[1] > b[0] for a, b in zip(meta.chunks, meta.chunks[1:]))  # overlapping
    kinds = [(c.kind, c.chunk) for c in meta.usage.calls]
    assert kinds == [("initial", i) for i in range(16)] + [("reduce", None)]
    assert brief.headline.startswith("Greyhollow inquiry")
    grounded = [e for e in brief.evidence() if e.is_grounded]
    assert len(grounded) > 100 and len(grounded) == len(brief.evidence())
    assert brief.check_offsets(TEXT) == []
    assert all(TEXT[e.start : e.end] == e.quote for e in grounded)
    assert max(e.start for e in grounded if e.start is not None) > len(TEXT) * 9 // 10
    # a quote seen by two overlapping chunks is shown once
    spans = [(e.start, e.end) for c in brief.claims for e in c.evidence]
    assert len(spans) == len(set(spans))


@pytest.mark.vcr("constructed/long_inquiry.yaml")
def test_no_person_is_listed_twice_under_two_spellings() -> None:
    brief = brief_of_long_article()
    people = [a.name for a in brief.key_actors if a.kind is ActorKind.PERSON]
    for surname in SURNAMES:
        named = [p for p in people if surname in normalize_name(p).replace("-", " ")]
        assert len(named) == 1, (surname, named)
    assert "Jürgen Albrecht" in people and "Miriam Okonjo-Hale" in people
    merged = brief.metadata.merged_names
    assert {"Chief Engineer Jürgen Albrecht", "Mr Albrecht"} <= set(merged["Jürgen Albrecht"])
    assert len(merged["Jürgen Albrecht"]) >= 3
    organisations = [a.name for a in brief.key_actors if a.kind is ActorKind.ORGANIZATION]
    assert sum(n in ("Upper Carrow Water Authority", "UCWA") for n in organisations) == 1
    # the anonymous source stays one anonymous actor, never merged into a person
    anonymous = [a for a in brief.key_actors if a.kind is ActorKind.ANONYMOUS_SOURCE]
    assert [a.name for a in anonymous] == ["a source who asked not to be named"]
    # every claim points at an actor that exists, the anonymous ones at the anonymous actor
    ids = {a.id for a in brief.key_actors}
    assert all(c.source.actor_id in ids for c in brief.claims if c.source.actor_id)
