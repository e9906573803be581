"""A brief whose quotes change a fact, through the whole pipeline on a loopback server.

The server (tests/fakeserver.py) answers CONSTRUCTED completions: a draft whose quotes change a
number, a year, a negation or a polarity word of the article, then the targeted re-ask's answer.
Such quotes are never "repaired": they go to the re-ask, and what is still not found follows
``on_unverified``.
"""

from __future__ import annotations

from typing import Any

import pytest

import newsbrief
from newsbrief import RetryPolicy, Summarizer

from .fakeserver import Reply, completion, serve
from .test_grounding import CHANGED_FACTS, FACTS

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

# The issue's four changed facts (each was "repaired" before), shared with test_grounding.py.
ARTICLE, CHANGED = FACTS, CHANGED_FACTS
GOOD = "told shareholders on Monday"


def claim(statement: str, quotes: list[str]) -> dict[str, Any]:
    return {
        "statement": statement,
        "attribution": "indirect",
        "quotes": quotes,
        "source": {"actor_id": "reyes", "description": "Dana Reyes", "kind": "named_person"},
    }


def draft(claims: list[dict[str, Any]], issue_quotes: list[str] | None = None) -> dict[str, Any]:
    return {
        "headline": "Company loses money",
        "summary": "The company lost money; the prime minister will stay.",
        "language": "en",
        "key_actors": [{"id": "reyes", "name": "Dana Reyes", "kind": "person", "role": "CEO"}],
        "claims": claims,
        "unresolved_issues": [
            {"question": "Was the merger approved?", "why_open": "The ministry denies it.",
             "quotes": issue_quotes or []}
        ],
    }  # fmt: skip


CHANGED_DRAFT = draft(
    [claim(f"Fact {n}", [quote]) for n, (quote, _) in enumerate(CHANGED)]
    + [claim("Reyes spoke on Monday.", [GOOD])]
)
FAST = RetryPolicy(initial_backoff=0.01, max_backoff=0.05)


def summarizer(url: str, **options: Any) -> Summarizer:
    return Summarizer("fake-model", base_url=url, retry_policy=FAST, **options)


def reask_quotes(body: dict[str, Any]) -> str:
    """The re-ask's list of quotes not found (the article follows it in the message)."""
    return str(body["messages"][-1]["content"]).split("For each number")[0]


def test_changed_facts_go_to_the_reask_and_the_article_words_replace_them() -> None:
    fixes = {"quotes": [original for _, original in CHANGED]}
    with serve([Reply(200, completion(CHANGED_DRAFT)), Reply(200, completion(fixes))]) as server:
        brief = summarizer(server.url).summarize(ARTICLE)
    assert server.calls == 2
    asked = reask_quotes(server.requests[1].body)
    assert all(quote in asked for quote, _ in CHANGED) and GOOD not in asked
    meta = brief.metadata
    assert meta.grounding_reasks == 1 and meta.grounding.fixed_by_reask == 4
    assert [e.quote for c in brief.claims[:4] for e in c.evidence] == [o for _, o in CHANGED]
    assert {e.status for e in brief.evidence()} == {"verified"}
    assert brief.check_offsets(ARTICLE) == []


@pytest.mark.parametrize("policy", ["flag", "drop"])
def test_changed_facts_not_fixed_are_never_repaired(policy: str) -> None:
    nothing = {"quotes": [None] * len(CHANGED)}
    script = [Reply(200, completion(CHANGED_DRAFT)), Reply(200, completion(nothing))]
    with serve(script) as server:
        brief = summarizer(server.url, on_unverified=policy).summarize(ARTICLE)
    assert server.calls == 2
    stats = brief.metadata.grounding
    assert stats.repaired == 0 and stats.fixed_by_reask == 0
    if policy == "drop":
        assert [c.statement for c in brief.claims] == ["Reyes spoke on Monday."]
        assert stats.dropped == 4 and stats.unverified == 0 and stats.verified == 1
    else:
        assert [e.status for c in brief.claims for e in c.evidence] == ["unverified"] * 4 + [
            "verified"
        ]
        assert [e.quote for c in brief.claims[:4] for e in c.evidence] == [q for q, _ in CHANGED]
        assert stats.unverified == 4 and stats.dropped == 0


def test_changed_facts_raise_when_the_policy_says_so() -> None:
    nothing = {"quotes": [None] * len(CHANGED)}
    script = [Reply(200, completion(CHANGED_DRAFT)), Reply(200, completion(nothing))]
    with serve(script) as server, pytest.raises(newsbrief.GroundingError) as caught:
        summarizer(server.url, on_unverified="raise").summarize(ARTICLE)
    assert [e.quote for e in caught.value.unverified] == [q for q, _ in CHANGED]
    assert caught.value.attempts == 2


async def test_async_changed_facts_are_dropped_too() -> None:
    nothing = {"quotes": [None] * len(CHANGED)}
    script = [Reply(200, completion(CHANGED_DRAFT)), Reply(200, completion(nothing))]
    with serve(script) as server:
        brief = await summarizer(server.url, on_unverified="drop").asummarize(ARTICLE)
    assert [c.statement for c in brief.claims] == ["Reyes spoke on Monday."]
    assert brief.metadata.grounding.dropped == 4


def test_typography_is_repaired_without_a_reask() -> None:
    typographic = draft(
        [
            claim("He stays.", ["“THE PRIME MINISTER TOLD REPORTERS ON TUESDAY THAT HE WOULD NOT"]),
            claim("Reyes spoke on Monday.", [GOOD]),
        ]
    )
    with serve([Reply(200, completion(typographic))]) as server:
        brief = summarizer(server.url).summarize(ARTICLE)
    assert server.calls == 1
    [evidence], [good] = (c.evidence for c in brief.claims)
    assert good.status == "verified"
    assert evidence.status == "repaired"
    assert evidence.quote == "The prime minister told reporters on Tuesday that he would not"
    assert ARTICLE[evidence.start : evidence.end] == evidence.quote


# ---- a claim whose quotes are all blank (issue 12, point 10) ---------------------------------

BLANK_DRAFT = draft(
    [claim("Reyes will stay.", ["", "   "]), claim("Reyes spoke on Monday.", [GOOD, ""])],
    issue_quotes=["\t"],
)


def test_blank_quotes_are_unverified_evidence_and_go_to_the_reask() -> None:
    nothing = {"quotes": [None, None, None]}
    script = [Reply(200, completion(BLANK_DRAFT)), Reply(200, completion(nothing))]
    with serve(script) as server:
        brief = summarizer(server.url).summarize(ARTICLE)
    assert server.calls == 2  # the blank quotes were re-asked
    blank, spoke = brief.claims
    assert [(e.quote, e.status) for e in blank.evidence] == [
        ("", "unverified"),
        ("   ", "unverified"),
    ]
    assert [e.status for e in spoke.evidence] == ["verified"]  # a blank beside a real quote
    assert [e.status for e in brief.unresolved_issues[0].evidence] == ["unverified"]
    assert brief.metadata.grounding.unverified == 3


def test_blank_quotes_fixed_by_the_reask() -> None:
    fixes = {"quotes": ["he would not resign", None, None]}
    script = [Reply(200, completion(BLANK_DRAFT)), Reply(200, completion(fixes))]
    with serve(script) as server:
        brief = summarizer(server.url).summarize(ARTICLE)
    assert [e.quote for e in brief.claims[0].evidence] == ["he would not resign", "   "]
    assert brief.metadata.grounding.fixed_by_reask == 1


def test_a_claim_with_only_blank_quotes_is_dropped_and_counted() -> None:
    nothing = {"quotes": [None, None, None]}
    script = [Reply(200, completion(BLANK_DRAFT)), Reply(200, completion(nothing))]
    with serve(script) as server:
        brief = summarizer(server.url, on_unverified="drop").summarize(ARTICLE)
    assert [c.statement for c in brief.claims] == ["Reyes spoke on Monday."]
    assert brief.unresolved_issues[0].evidence == []
    assert brief.metadata.grounding.dropped == 3
