"""Bulk briefs through OpenAI's Batch API, replayed from CONSTRUCTED cassettes
(see tests/cassettes/build_openai_batch.py): nothing here was recorded from OpenAI."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import httpx2
import openai
import pytest
import yaml
from openai.resources.batches import Batches
from openai.resources.files import Files

import newsbrief
from newsbrief import Summarizer, openai_batch
from newsbrief.batch import BatchResult
from newsbrief.openai_batch import build_batch_requests, run_openai_batch
from newsbrief.providers import Backend, ModeName

from .conftest import CASSETTES, DATA

HARBOR = (DATA / "harbor-strike.en.txt").read_text(encoding="utf-8")
SUBMISSION_TOKEN = "constructedsubmission0001"  # as in build_openai_batch.py


def cassette(name: str) -> pytest.MarkDecorator:
    return pytest.mark.vcr(f"constructed/openai_batch_{name}.yaml")


class Sleeps:
    """Records the waits asked for instead of sleeping."""

    def __init__(self) -> None:
        self.waits: list[float] = []

    def __call__(self, seconds: float) -> None:
        self.waits.append(seconds)


class Spy:
    """Counts calls of an SDK method on every client (a class attribute), still making them."""

    def __init__(self, monkeypatch: pytest.MonkeyPatch, owner: type, name: str) -> None:
        self.calls: list[dict[str, Any]] = []
        original = getattr(owner, name)

        def spy(this: object, *args: Any, **kwargs: Any) -> Any:
            self.calls.append(kwargs)
            return original(this, *args, **kwargs)

        monkeypatch.setattr(owner, name, spy)


@pytest.fixture
def spies(monkeypatch: pytest.MonkeyPatch) -> dict[str, Spy]:
    return {
        "upload": Spy(monkeypatch, Files, "create"),
        "create": Spy(monkeypatch, Batches, "create"),
        "retrieve": Spy(monkeypatch, Batches, "retrieve"),
    }


def summarizer(**options: Any) -> Summarizer:
    return Summarizer("openai/gpt-4.1-mini", **options)


def uploaded_lines(spy: Spy) -> list[dict[str, Any]]:
    (call,) = spy.calls
    assert call["purpose"] == "batch"
    name, data, _ = call["file"]
    assert name.endswith(".jsonl")
    return [json.loads(line) for line in data.decode("utf-8").splitlines()]


def grounded(result: BatchResult, article: str) -> newsbrief.Brief:
    assert result.brief is not None, result.error
    assert result.brief.check_offsets(article) == []
    for evidence in result.brief.evidence():
        if evidence.is_grounded:
            assert article[evidence.start : evidence.end] == evidence.quote
    return result.brief


# ---- the happy path ---------------------------------------------------------------------------


@cassette("happy")
def test_happy_path_uploads_valid_articles_and_grounds_every_brief(
    seed_article: str, spies: dict[str, Spy], tmp_path: Path
) -> None:
    sleeps = Sleeps()
    state = tmp_path / "batch.json"
    results = run_openai_batch(
        [("harbor", HARBOR), ("g20", seed_article), ("blank", "  \n ")],
        summarizer(),
        poll_interval=1,
        max_poll_interval=3,
        sleep=sleeps,
        state_path=state,
    )
    lines = uploaded_lines(spies["upload"])
    assert [line["custom_id"] for line in lines] == ["harbor", "g20"]  # the blank one never goes
    assert {(line["method"], line["url"]) for line in lines} == {("POST", "/v1/chat/completions")}
    assert {line["body"]["model"] for line in lines} == {"gpt-4.1-mini"}
    assert all(line["body"]["tool_choice"]["function"]["name"] == "Draft" for line in lines)
    assert HARBOR in lines[0]["body"]["messages"][-1]["content"]
    (create,) = spies["create"].calls
    assert create["endpoint"] == "/v1/chat/completions" and create["completion_window"] == "24h"
    assert create["input_file_id"] == "file-constructedinput0001"

    assert [r.id for r in results] == ["harbor", "g20", "blank"]  # input order, not output order
    harbor = grounded(results[0], HARBOR)
    g20 = grounded(results[1], seed_article)
    assert {e.status for e in harbor.evidence() + g20.evidence()} == {"verified"}
    assert harbor.key_actors[0].id == "okafor" and len(g20.claims) == 5
    assert harbor.metadata.usage.prompt_tokens == 980
    assert harbor.metadata.usage.completion_tokens == 410
    assert [c.kind for c in g20.metadata.usage.calls] == ["initial"]
    assert g20.metadata.usage.total_tokens == 1450 + 620
    assert harbor.metadata.attempts == 1 and harbor.metadata.grounding_reasks == 0
    assert harbor.metadata.model == "openai/gpt-4.1-mini"
    assert harbor.metadata.duration_seconds == 1800  # the batch's wall time
    blank = results[2].error
    assert blank is not None and blank.type == "InputError" and not blank.retryable

    # validating -> in_progress -> in_progress -> finalizing -> completed: waits double, capped
    assert sleeps.waits == [1, 2, 3, 3]
    assert len(spies["retrieve"].calls) == 4
    assert not state.exists()  # removed once the results are made


def test_each_request_body_is_exactly_what_summarize_sends() -> None:
    """The batch line's body equals the body summarize() posts, in every supported mode."""
    modes: tuple[ModeName, ...] = ("tools", "json", "json_schema", "md_json")
    for mode in modes:
        client, sent = _mock_openai(mode)
        s = Summarizer("openai/gpt-4.1-mini", client=client, mode=mode, temperature=0.2)
        brief = s.summarize(HARBOR)
        assert brief.metadata.attempts == 1, mode
        (request,) = build_batch_requests([HARBOR], s).requests
        assert request["custom_id"] == "0"
        assert request["body"] == sent[0], mode


def test_cached_articles_are_not_sent(spies: dict[str, Spy], tmp_path: Path) -> None:
    client, sent = _mock_openai("tools")
    s = Summarizer("openai/gpt-4.1-mini", client=client, cache=tmp_path / "cache")
    first = s.summarize(HARBOR)
    (result,) = run_openai_batch([("harbor", HARBOR)], s, sleep=Sleeps())
    assert result.brief is not None and result.brief.metadata.cache_hit
    assert result.brief.claims == first.claims
    assert len(sent) == 1 and not any(spy.calls for spy in spies.values())


# ---- failures inside the batch ---------------------------------------------------------------


@cassette("partial")
def test_error_line_missing_line_and_invalid_draft_become_error_results(
    spies: dict[str, Spy],
) -> None:
    items = [("a", HARBOR), ("b", HARBOR), ("c", HARBOR), ("d", HARBOR)]
    results = run_openai_batch(items, summarizer(), poll_interval=1, sleep=Sleeps())
    assert [r.id for r in results] == ["a", "b", "c", "d"]
    assert [line["custom_id"] for line in uploaded_lines(spies["upload"])] == ["a", "b", "c", "d"]

    brief = grounded(results[0], HARBOR)
    invented = brief.claims[3].evidence[1]  # no re-ask in a batch: the invented quote is flagged
    assert invented.status == "unverified" and invented.start is None
    assert invented.quote == "The mayor promised to end the strike by Friday"
    assert brief.metadata.grounding.unverified == 1 and brief.metadata.grounding_reasks == 0

    server = results[1].error
    assert server is not None and server.type == "ProviderUnavailableError"
    assert server.retryable and "500" in server.message

    missing = results[2].error
    assert missing is not None and missing.type == "ProviderUnavailableError"
    assert missing.retryable and "no output or error line" in missing.message

    invalid = results[3].error
    assert invalid is not None and invalid.type == "ValidationExhaustedError"
    assert not invalid.retryable and "does not re-ask" in invalid.message
    assert invalid.usage.total_tokens == 980 + 120 and invalid.attempts == 1


@cassette("expired")
def test_expired_batch_keeps_completed_lines_and_marks_the_rest_retryable(
    seed_article: str,
) -> None:
    client = openai.OpenAI(api_key="test-key-not-a-secret", max_retries=5)
    results = run_openai_batch(
        [("x", HARBOR), ("y", seed_article)], summarizer(), client=client, poll_interval=1,
        sleep=Sleeps(),
    )  # fmt: skip
    grounded(results[0], HARBOR)
    expired = results[1].error
    assert results[1].id == "y" and expired is not None
    assert expired.type == "DeadlineExceededError" and expired.retryable
    assert "24h" in expired.message


@cassette("failed")
def test_failed_batch_gives_every_article_an_error_blaming_the_right_line(
    seed_article: str,
) -> None:
    results = run_openai_batch(
        [("p", HARBOR), ("q", seed_article)], summarizer(), poll_interval=1, sleep=Sleeps()
    )
    p, q = (r.error for r in results)
    assert p is not None and q is not None
    assert p.type == q.type == "BadRequestError"
    assert "exceeds the maximum size" in q.message and "this article's request" in q.message
    assert not q.retryable  # its own request is at fault: the same request fails again
    assert p.retryable and "another article's request" in p.message


# ---- resuming, retries, management failures ----------------------------------------------------


@cassette("resume")
def test_a_second_run_with_the_state_path_resumes_without_submitting_again(
    spies: dict[str, Spy], tmp_path: Path
) -> None:
    state = tmp_path / "run" / "batch.json"
    first = Sleeps()
    with pytest.raises(newsbrief.DeadlineExceededError) as caught:
        run_openai_batch([("harbor", HARBOR)], summarizer(), poll_interval=1, max_wait=1,
                         state_path=state, sleep=first)  # fmt: skip
    assert "batch_constructedresume01" in str(caught.value) and str(state) in str(caught.value)
    assert first.waits == [1]
    saved = json.loads(state.read_text(encoding="utf-8"))
    assert saved["batch_id"] == "batch_constructedresume01" and saved["ids"] == ["harbor"]
    assert len(spies["upload"].calls) == len(spies["create"].calls) == 1

    second = Sleeps()
    (result,) = run_openai_batch([("harbor", HARBOR)], summarizer(), state_path=state,
                                 sleep=second)  # fmt: skip
    grounded(result, HARBOR)
    assert len(spies["upload"].calls) == len(spies["create"].calls) == 1  # not submitted again
    assert second.waits == [] and not state.exists()


def test_state_of_other_articles_is_refused_before_any_call(
    spies: dict[str, Spy], tmp_path: Path
) -> None:
    state = tmp_path / "batch.json"
    other = {"version": 1, "batch_id": "batch_x", "ids": ["other"], "digests": {},
             "model": "gpt-4.1-mini", "mode": "tool_call"}  # fmt: skip
    state.write_text(json.dumps(other))
    with pytest.raises(newsbrief.ConfigurationError, match="other articles"):
        run_openai_batch([("harbor", HARBOR)], summarizer(), state_path=state, sleep=Sleeps())
    assert state.exists()
    assert not any(spy.calls for spy in spies.values())


@cassette("create_retry")
def test_create_failing_after_the_batch_exists_does_not_create_a_second_one(
    spies: dict[str, Spy], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(openai_batch, "_submission_token", lambda: SUBMISSION_TOKEN)
    sleeps = Sleeps()
    (result,) = run_openai_batch([("harbor", HARBOR)], summarizer(), poll_interval=1,
                                 sleep=sleeps)  # fmt: skip
    grounded(result, HARBOR)
    (create,) = spies["create"].calls  # the 500 was not retried blindly: the list found it
    assert create["metadata"]["newsbrief_submission"] == SUBMISSION_TOKEN
    # one poll wait, then one backoff wait for the 503 on the check (retry policy, jittered)
    assert len(sleeps.waits) == 2 and sleeps.waits[0] == 1 and 0 <= sleeps.waits[1] <= 1
    assert len(spies["retrieve"].calls) == 2


@cassette("upload_401")
def test_rejected_upload_is_an_authentication_error_and_nothing_else_runs(
    spies: dict[str, Spy], tmp_path: Path
) -> None:
    sleeps = Sleeps()
    state = tmp_path / "batch.json"
    with pytest.raises(newsbrief.AuthenticationError) as caught:
        run_openai_batch([HARBOR], summarizer(), state_path=state, sleep=sleeps)
    assert caught.value.status_code == 401 and caught.value.attempts == 1
    assert "OPENAI_API_KEY" in caught.value.message
    assert sleeps.waits == [] and not spies["create"].calls and not state.exists()


# ---- only OpenAI qualifies; input checks -------------------------------------------------------


def _local_like() -> Summarizer:
    s = summarizer()

    def boom() -> Any:
        raise AssertionError("the local model must not be built")

    s.backend = Backend(label="local (model.gguf)", model_name=None, make_sync=boom,
                        make_async=boom)  # fmt: skip
    return s


@pytest.mark.parametrize(
    "make",
    [
        lambda: Summarizer("llama3.1", base_url="http://127.0.0.1:11434/v1"),
        lambda: Summarizer("openai/gpt-4.1-mini", base_url="http://127.0.0.1:8000/v1"),
        lambda: Summarizer("anthropic/claude-3-5-haiku-latest"),
        _local_like,
    ],
    ids=["base_url-server", "openai-prefix-on-base_url", "other-provider", "local"],
)
def test_non_openai_summarizer_is_refused_before_any_call(make: Any, spies: dict[str, Spy]) -> None:
    s = make()
    with pytest.raises(newsbrief.ConfigurationError, match="The Batch API is OpenAI's"):
        run_openai_batch([HARBOR], s, sleep=Sleeps())
    with pytest.raises(newsbrief.ConfigurationError, match="The Batch API is OpenAI's"):
        build_batch_requests([HARBOR], s)
    assert not any(spy.calls for spy in spies.values())


def test_openai_base_url_from_the_environment_is_refused(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", "http://127.0.0.1:9999/v1")
    with pytest.raises(newsbrief.ConfigurationError, match="127.0.0.1:9999"):
        build_batch_requests([HARBOR], summarizer())


def test_async_client_needs_a_sync_client_for_the_batch_calls() -> None:
    s = Summarizer("openai/gpt-4.1-mini", client=openai.AsyncOpenAI(api_key="test-key"))
    assert len(build_batch_requests([HARBOR], s).requests) == 1  # the requests can be built
    with pytest.raises(newsbrief.ConfigurationError, match=r"client=openai.OpenAI"):
        run_openai_batch([HARBOR], s, sleep=Sleeps())


def test_duplicate_ids_are_refused() -> None:
    with pytest.raises(newsbrief.InputError, match="unique"):
        build_batch_requests([("a", HARBOR), ("a", HARBOR)], summarizer())


def test_bad_inputs_are_results_and_nothing_is_sent(spies: dict[str, Spy]) -> None:
    items: list[Any] = ["", 42, ("ok-but-empty", b"   ")]
    results = run_openai_batch(items, summarizer(), sleep=Sleeps())
    assert [r.id for r in results] == ["0", "1", "ok-but-empty"]
    assert all(r.error is not None and r.error.type == "InputError" for r in results)
    assert not any(spy.calls for spy in spies.values())


def test_option_ranges_are_checked() -> None:
    with pytest.raises(newsbrief.ConfigurationError, match="poll_interval"):
        run_openai_batch([HARBOR], summarizer(), poll_interval=10, max_poll_interval=5)


# ---- helpers ----------------------------------------------------------------------------------


def _harbor_completion() -> dict[str, Any]:
    """The harbor article's chat completion from the happy cassette's output file."""
    data = yaml.safe_load((CASSETTES / "constructed/openai_batch_happy.yaml").read_text("utf-8"))
    output = data["interactions"][-1]["response"]["body"]["string"]
    lines = [json.loads(line) for line in output.splitlines()]
    (line,) = [line for line in lines if line["custom_id"] == "harbor"]
    body: dict[str, Any] = line["response"]["body"]
    return body


def _mock_openai(mode: str) -> tuple[openai.OpenAI, list[dict[str, Any]]]:
    """An OpenAI client whose transport answers the harbor draft in ``mode`` and keeps the
    request bodies it was sent."""
    answer = _harbor_completion()
    sent: list[dict[str, Any]] = []

    def reply(request: httpx2.Request) -> httpx2.Response:
        sent.append(json.loads(request.content))
        return httpx2.Response(200, json=_in_mode(answer, mode))

    client = openai.OpenAI(
        api_key="test-key-not-a-secret",
        http_client=httpx2.Client(transport=httpx2.MockTransport(reply)),
    )
    return client, sent


def _in_mode(completion: dict[str, Any], mode: str) -> dict[str, Any]:
    answer: dict[str, Any] = json.loads(json.dumps(completion))
    message = answer["choices"][0]["message"]
    if mode == "tools":
        return answer
    arguments = message.pop("tool_calls")[0]["function"]["arguments"]
    message["content"] = f"```json\n{arguments}\n```" if mode == "md_json" else arguments
    answer["choices"][0]["finish_reason"] = "stop"
    return answer
