"""No secret ever lands in a cassette, and non-ASCII text survives them exactly."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest
import yaml

CASSETTES = sorted((Path(__file__).parent / "cassettes").rglob("*.yaml"))
SECRET_HEADERS = {
    "authorization", "api-key", "x-api-key", "cookie", "set-cookie",
    "openai-organization", "openai-project",
}  # fmt: skip
SECRET_PATTERNS = [
    re.compile(r"Bearer\s+(?!REDACTED)[A-Za-z0-9_.\-]{8,}"),
    re.compile(r"sk-[A-Za-z0-9_\-]{16,}"),
    re.compile(r"org-[A-Za-z0-9]{16,}"),
    re.compile(r"proj_[A-Za-z0-9]{16,}"),
    re.compile(r"[?&](api[_-]?key|key)=(?!REDACTED)[^&\s\"']+"),
    re.compile(r"\"(api_key|apiKey|api-key)\"\s*:\s*\"(?!REDACTED)[^\"]+\""),
]


def test_there_are_cassettes() -> None:
    assert len(CASSETTES) >= 8


@pytest.mark.parametrize("path", CASSETTES, ids=lambda p: p.name)
def test_cassette_holds_no_secret(path: Path) -> None:
    text = path.read_text(encoding="utf-8")
    for pattern in SECRET_PATTERNS:
        assert not pattern.search(text), f"{path.name} matches {pattern.pattern}"
    data = yaml.safe_load(text)
    for interaction in data["interactions"]:
        for part in ("request", "response"):
            headers = {k.lower(): v for k, v in (interaction[part].get("headers") or {}).items()}
            for name in SECRET_HEADERS & headers.keys():
                assert headers[name] == ["REDACTED"], f"{path.name}: {part} header {name}"


def test_secret_scan_catches_a_leak() -> None:
    leaked = "headers:\n  authorization:\n  - Bearer sk-proj-abcdefghijklmnopqrstuvwxyz\n"
    assert any(p.search(leaked) for p in SECRET_PATTERNS)


def test_cassette_keeps_non_ascii_exactly(seed_article: str) -> None:
    data = yaml.safe_load(
        (Path(__file__).parent / "cassettes/constructed/good_brief.yaml").read_text("utf-8")
    )
    body = data["interactions"][0]["response"]["body"]["string"]
    assert "risposto\\u00a0 Lavrov" not in body  # stored as the character, not an escape
    assert "risposto\u00a0 Lavrov" in body and "risposto\u00a0 Lavrov" in seed_article


RECORDED = sorted((Path(__file__).parent / "cassettes" / "recorded").glob("*.yaml"))
RECORDED_ARTICLES = {
    "seed_article.yaml": "g20-blinken-lavrov.it.txt",
    "harbor_strike.yaml": "harbor-strike.en.txt",
    "water_tariff.yaml": "water-tariff.de.txt",
}


@pytest.mark.parametrize("path", RECORDED, ids=lambda p: p.name)
def test_recorded_cassette_is_labelled_and_current(path: Path) -> None:
    """A recorded cassette names its model and re-record command, and was recorded with the
    prompt newsbrief sends today (else its answers are to a question no longer asked)."""
    import json

    from newsbrief.draft import draft_schema_for
    from newsbrief.prompt import SYSTEM_PROMPT
    from newsbrief.stages import STAGED_SYSTEM_PROMPT

    text = path.read_text(encoding="utf-8")
    assert text.startswith("# RECORDED from a real model server")
    assert "re-record: bash scripts/record_cassettes.sh" in text
    first = yaml.safe_load(text)["interactions"][0]["request"]["body"]
    sent = json.loads(first)
    if path.name.startswith("staged_"):
        # the staged tests match every request on its body: a changed prompt fails them
        system = sent["messages"][0]["content"]
        assert system.startswith(STAGED_SYSTEM_PROMPT), "re-record the cassettes"
        return
    assert sent["messages"][0]["content"].startswith(SYSTEM_PROMPT), "re-record the cassettes"
    if path.name not in RECORDED_ARTICLES:
        return  # a chunked article: each request's schema is its chunk's
    article = (Path(__file__).parent / "data" / RECORDED_ARTICLES[path.name]).read_text("utf-8")
    schema = draft_schema_for(article).model_json_schema()
    assert sent["response_format"]["schema"] == schema, "schema changed: re-record the cassettes"


def test_there_are_recorded_cassettes() -> None:
    assert {p.name for p in RECORDED} >= {"seed_article.yaml", "harbor_strike.yaml"}


@pytest.mark.parametrize("path", CASSETTES, ids=lambda p: p.name)
def test_every_cassette_says_how_it_was_made(path: Path) -> None:
    first = path.read_text(encoding="utf-8").splitlines()[0]
    assert first.startswith(("# CONSTRUCTED cassette", "# RECORDED from a real model server"))


def test_scrubbers_redact_body_keys_and_response_headers() -> None:
    from vcr.request import Request

    from .conftest import scrub_request, scrub_response

    body = json.dumps({"model": "m", "api_key": "sk-live-123", "nested": {"token": "t"},
                       "messages": [{"content": "Città «x»"}]}, ensure_ascii=False).encode()  # fmt: skip
    request = scrub_request(Request("POST", "http://127.0.0.1/v1", body, {}))
    sent = json.loads(request.body)
    assert sent["api_key"] == "REDACTED" and sent["nested"]["token"] == "REDACTED"
    assert sent["messages"][0]["content"] == "Città «x»"  # non-ASCII kept exactly
    response = scrub_response(
        {"headers": {"Set-Cookie": ["a=b"], "openai-organization": ["org-x"], "x-ok": ["1"]}}
    )
    assert response["headers"] == {
        "Set-Cookie": ["REDACTED"], "openai-organization": ["REDACTED"], "x-ok": ["1"]
    }  # fmt: skip
