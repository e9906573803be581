"""Shared fixtures. Tests never reach the network: cassettes replay with record mode ``none``
and ``--block-network`` is on (see pyproject.toml)."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

DATA = Path(__file__).parent / "data"
CASSETTES = Path(__file__).parent / "cassettes"
SEED_ARTICLE = DATA / "g20-blinken-lavrov.it.txt"

SECRET_HEADERS = [
    "authorization",
    "api-key",
    "x-api-key",
    "cookie",
    "set-cookie",
    "openai-organization",
    "openai-project",
]
SECRET_QUERY = ["api_key", "key", "api-key"]


SECRET_BODY_KEYS = {"api_key", "apikey", "api-key", "key", "token", "access_token", "secret",
                    "password", "authorization"}  # fmt: skip


def _scrub_json(value: Any) -> Any:
    if isinstance(value, dict):
        return {
            k: ("REDACTED" if k.lower() in SECRET_BODY_KEYS else _scrub_json(v))
            for k, v in value.items()
        }
    if isinstance(value, list):
        return [_scrub_json(v) for v in value]
    return value


def scrub_request(request: Any) -> Any:
    """Redact secret keys in a JSON request body (headers and query are filtered by vcr)."""
    body = request.body
    if body:
        try:
            data = json.loads(body)
        except (ValueError, UnicodeDecodeError):
            return request
        scrubbed = json.dumps(_scrub_json(data), ensure_ascii=False)
        request.body = scrubbed.encode("utf-8") if isinstance(body, bytes) else scrubbed
    return request


def scrub_response(response: dict[str, Any]) -> dict[str, Any]:
    """Redact secret response headers (cookies, organisation and project ids)."""
    headers = response.get("headers", {})
    for name in list(headers):
        if name.lower() in SECRET_HEADERS:
            headers[name] = ["REDACTED"]
    return response


@pytest.fixture(scope="module")
def vcr_config() -> dict[str, Any]:
    # Bodies are kept as the exact UTF-8 text: no quote or Unicode normalisation, since
    # grounding depends on exact characters.
    return {
        "filter_headers": [(h, "REDACTED") for h in SECRET_HEADERS],
        "filter_query_parameters": [(q, "REDACTED") for q in SECRET_QUERY],
        "before_record_request": scrub_request,
        "before_record_response": scrub_response,
        "decode_compressed_response": True,
    }


@pytest.fixture(scope="session")
def seed_article() -> str:
    return SEED_ARTICLE.read_text(encoding="utf-8")


@pytest.fixture(autouse=True)
def clean_env(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Each test starts with no model configured, a dummy OpenAI key that is not a secret, and
    the CLI's brief cache off."""
    for name in ("NEWSBRIEF_MODEL", "OPENAI_BASE_URL", "NEWSBRIEF_LOCAL_MODEL", "OPENAI_ORG_ID"):
        monkeypatch.delenv(name, raising=False)
    monkeypatch.setenv("OPENAI_API_KEY", "test-key-not-a-secret")
    monkeypatch.setenv("NEWSBRIEF_NO_CACHE", "1")  # the CLI's default cache stays out of tests
    yield


@pytest.fixture(scope="module")
def vcr_cassette_dir() -> str:
    return str(CASSETTES)


@pytest.fixture(autouse=True)
def _every_recorded_interaction_is_played(request: pytest.FixtureRequest) -> Iterator[None]:
    """A cassette with interactions a test never played is stale: fail the test."""
    yield
    if request.node.get_closest_marker("vcr") is None or "vcr" not in request.fixturenames:
        return
    if request.config.getoption("--record-mode") not in (None, "none"):
        return  # recording: nothing to play yet
    cassette = request.getfixturevalue("vcr")
    if hasattr(cassette, "all_played") and not request.node.get_closest_marker("partial_cassette"):
        unplayed = len(cassette.data) - cassette.play_count
        assert cassette.all_played, f"{unplayed} recorded interaction(s) were never played"
