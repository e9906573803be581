"""End-to-end summaries replayed from CONSTRUCTED cassettes (see tests/cassettes/build_constructed.py)."""

from __future__ import annotations

import pytest
import vcr

import newsbrief
from newsbrief import Summarizer

from .conftest import CASSETTES

CASSETTE = "constructed/{}.yaml"


def cassette(name: str) -> pytest.MarkDecorator:
    return pytest.mark.vcr(CASSETTE.format(name))


class Sleeps:
    """Records the waits the retry policy asks for instead of sleeping."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


def summarizer(**options: object) -> tuple[Summarizer, Sleeps]:
    s = Summarizer("openai/gpt-4.1-mini", **options)  # type: ignore[arg-type]
    sleeps = Sleeps()
    s._sleep = sleeps
    return s, sleeps


@cassette("good_brief")
def test_good_brief_every_quote_grounded_at_its_offsets(seed_article: str) -> None:
    brief = summarizer()[0].summarize(seed_article)
    assert {a.name for a in brief.key_actors} >= {"Antony Blinken", "Sergey Lavrov"}
    assert len(brief.claims) == 5
    assert brief.check_offsets(seed_article) == []
    statuses = [e.status for e in brief.evidence()]
    assert statuses == ["verified"] * len(statuses)
    # The article's non-breaking spaces survive the cassette and grounding exactly.
    support = brief.claims[1].evidence[0]
    assert seed_article[support.start : support.end] == support.quote
    assert "Usa\u00a0 continueranno" in support.quote
    issue = brief.unresolved_issues[0].evidence[0]
    assert "\u00a0" in issue.quote and (issue.start, issue.end) == (1201, 1254)
    meta = brief.metadata
    assert meta.attempts == 1 and meta.validation_reasks == 0 and meta.grounding_reasks == 0
    assert meta.usage.prompt_tokens == 1450 and meta.usage.completion_tokens == 620
    assert meta.model == "openai/gpt-4.1-mini"


@cassette("good_brief")
def test_anonymous_source_stays_anonymous(seed_article: str) -> None:
    brief = summarizer()[0].summarize(seed_article)
    anonymous = [c for c in brief.claims if c.source.kind is newsbrief.SourceKind.ANONYMOUS]
    assert anonymous and all(c.source.actor_id == "us_official" for c in anonymous)
    assert anonymous[1].source.description == "Un funzionario statunitense di primo piano"
    unattributed = [c for c in brief.claims if c.attribution is newsbrief.Attribution.UNATTRIBUTED]
    assert unattributed[0].source.kind is newsbrief.SourceKind.ARTICLE


@cassette("invented_quote")
def test_invented_quote_flagged_and_normalised_quote_repaired(seed_article: str) -> None:
    brief = summarizer()[0].summarize(seed_article)
    assert brief.check_offsets(seed_article) == []
    repaired = brief.claims[1].evidence[0]
    assert repaired.status == "repaired"
    assert repaired.quote == seed_article[repaired.start : repaired.end]
    assert repaired.model_quote is not None and "\u2019" in repaired.model_quote
    assert "Usa\u00a0 continueranno a sostenere l'Ucraina\u00a0 fino" in repaired.quote
    invented = brief.claims[2].evidence[1]
    assert invented.status == "unverified" and invented.start is None
    assert invented.quote == "Blinken ha promesso sanzioni immediate contro Mosca"
    # A real sentence given under the wrong claim is found where the article has it.
    misplaced = brief.claims[3].evidence[0]
    assert misplaced.status == "verified"
    assert (misplaced.start, misplaced.end) == (
        seed_article.index("Griner è stata"),
        seed_article.index("Griner è stata") + len(misplaced.quote),
    )
    meta = brief.metadata
    assert meta.grounding.unverified == 1 and meta.grounding.repaired == 1
    assert meta.grounding_reasks == 1 and meta.attempts == 2
    assert [c.kind for c in meta.usage.calls] == ["initial", "grounding_reask"]
    assert meta.usage.total_tokens == 1450 + 640 + 1180 + 12


@cassette("invented_quote")
def test_drop_policy_removes_unverified_evidence(seed_article: str) -> None:
    brief = summarizer(on_unverified="drop")[0].summarize(seed_article)
    assert all(e.is_grounded for e in brief.evidence())
    assert brief.metadata.grounding.dropped == 1


@cassette("invented_quote")
def test_raise_policy_raises_grounding_error_with_the_quote(seed_article: str) -> None:
    with pytest.raises(newsbrief.GroundingError) as caught:
        summarizer(on_unverified="raise")[0].summarize(seed_article)
    assert [e.quote for e in caught.value.unverified] == [
        "Blinken ha promesso sanzioni immediate contro Mosca"
    ]
    assert caught.value.attempts == 2


@cassette("reask_then_valid")
def test_validation_reask_counts_usage_of_both_attempts(seed_article: str) -> None:
    brief = summarizer()[0].summarize(seed_article)
    meta = brief.metadata
    assert meta.attempts == 2 and meta.validation_reasks == 1
    assert [c.kind for c in meta.usage.calls] == ["initial", "validation_reask"]
    assert meta.usage.prompt_tokens == 1450 + 2150
    assert meta.usage.completion_tokens == 610 + 620
    assert brief.claims[0].source.actor_id == "us_official"


@cassette("auth_401")
def test_401_is_one_call_and_an_authentication_error(seed_article: str) -> None:
    s, sleeps = summarizer()
    with pytest.raises(newsbrief.AuthenticationError) as caught:
        s.summarize(seed_article)
    assert caught.value.attempts == 1 and caught.value.status_code == 401
    assert sleeps.waits == []
    assert "API key" in str(caught.value)


@cassette("quota_429")
def test_insufficient_quota_is_not_retried(seed_article: str) -> None:
    s, sleeps = summarizer()
    with pytest.raises(newsbrief.QuotaExceededError) as caught:
        s.summarize(seed_article)
    assert caught.value.attempts == 1 and sleeps.waits == []


@cassette("rate_limit_429_then_ok")
def test_429_waits_retry_after_then_succeeds(seed_article: str) -> None:
    s, sleeps = summarizer()
    brief = s.summarize(seed_article)
    assert sleeps.waits == [2.0]
    assert brief.metadata.attempts == 2
    assert [c.kind for c in brief.metadata.usage.calls] == ["transport_retry"]


@cassette("server_500_then_ok")
def test_500_is_retried_with_backoff(seed_article: str) -> None:
    s, sleeps = summarizer()
    brief = s.summarize(seed_article)
    assert brief.metadata.attempts == 2
    assert len(sleeps.waits) == 1 and 0 <= sleeps.waits[0] <= 1.0


@cassette("server_500_always")
def test_500_forever_costs_the_documented_budget(seed_article: str) -> None:
    s, sleeps = summarizer()
    with pytest.raises(newsbrief.ProviderUnavailableError) as caught:
        s.summarize(seed_article)
    assert caught.value.attempts == 1 + s.retry_policy.max_transport_retries == 4
    assert len(sleeps.waits) == 3
    assert isinstance(caught.value.__cause__, Exception)


@cassette("good_brief")
async def test_async_summarize_matches_sync(seed_article: str) -> None:
    brief = await newsbrief.asummarize(seed_article, model="openai/gpt-4.1-mini")
    # The same cassette, replayed through the sync path in its own test, gives this brief.
    with vcr.use_cassette(str(CASSETTES / "constructed/good_brief.yaml"), record_mode="none"):
        sync = summarizer()[0].summarize(seed_article)
    ignore = {"metadata": {"duration_seconds"}}
    assert brief.model_dump(exclude=ignore) == sync.model_dump(exclude=ignore)
    assert brief.check_offsets(seed_article) == []
