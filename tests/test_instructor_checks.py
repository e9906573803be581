"""instructor's async-validator check: once per newsbrief class, unchanged for everyone else."""

from __future__ import annotations

import json
from typing import Any

import httpx2
import instructor
import openai
import pytest
from instructor.validation import async_field_validator
from pydantic import BaseModel

from newsbrief import _instructor_checks
from newsbrief._worker_warmup import warm_up
from newsbrief.draft import CachedSchema


def test_newsbrief_response_classes_are_walked_once_not_on_every_request(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    warm_up()  # builds newsbrief's response classes, which runs instructor's check on them
    assert _instructor_checks.is_installed(), (
        "instructor no longer has reject_async_validators where newsbrief replaces it: every "
        "request walks the response model again (about 1.5 ms of CPU a brief); see "
        "newsbrief/_instructor_checks.py"
    )
    real = _instructor_checks._original
    assert real is not None
    walked: list[Any] = []

    def counting(model: Any) -> None:
        walked.append(model)
        real(model)

    monkeypatch.setattr(_instructor_checks, "_original", counting)
    for _ in range(3):
        brief = warm_up()
        assert brief.claims and all(c.evidence[0].status == "verified" for c in brief.claims)
    assert walked == []


class _Answer(BaseModel):
    text: str

    @async_field_validator("text")
    async def _looked_up(self, value: str) -> None:  # pragma: no cover - never run
        return None


def test_instructor_still_refuses_an_applications_model_with_an_async_validator() -> None:
    _instructor_checks.install()
    requests: list[httpx2.Request] = []

    def answer(request: httpx2.Request) -> httpx2.Response:
        requests.append(request)
        content = json.dumps({"text": "hi"})
        return httpx2.Response(200, json={
            "id": "x", "object": "chat.completion", "created": 0, "model": "m",
            "choices": [{"index": 0, "finish_reason": "stop",
                         "message": {"role": "assistant", "content": content}}],
        })  # fmt: skip

    http = httpx2.Client(transport=httpx2.MockTransport(answer))
    client = instructor.from_openai(
        openai.OpenAI(api_key="k", base_url="http://x.invalid/v1", http_client=http),
        mode=instructor.Mode.JSON,
    )
    for _ in range(2):  # the second time too: nothing about this class is remembered
        with pytest.raises(ValueError, match="async validators are not supported"):
            client.chat.completions.create(
                model="m", response_model=_Answer, messages=[{"role": "user", "content": "hi"}]
            )
    assert requests == []


def test_a_newsbrief_class_with_an_async_validator_is_refused_and_not_remembered() -> None:
    class Risky(CachedSchema):
        text: str

        @async_field_validator("text")
        async def _looked_up(self, value: str) -> None:  # pragma: no cover - never run
            return None

    for _ in range(2):
        with pytest.raises(ValueError, match="async validators are not supported"):
            _instructor_checks.check_once(Risky)
    assert Risky not in _instructor_checks._checked
