"""No secret ever lands in a cassette, and non-ASCII text survives them exactly."""

from __future__ import annotations

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


def test_secret_scan_catches_a_leak(tmp_path: Path) -> None:
    leaked = "headers:\n  authorization:\n  - Bearer sk-proj-abcdefghijklmnopqrstuvwxyz\n"
    assert any(p.search(leaked) for p in SECRET_PATTERNS)


def test_cassette_keeps_non_ascii_exactly(seed_article: str) -> None:
    data = yaml.safe_load(
        (Path(__file__).parent / "cassettes/constructed/good_brief.yaml").read_text("utf-8")
    )
    body = data["interactions"][0]["response"]["body"]["string"]
    assert "risposto\\u00a0 Lavrov" not in body  # stored as the character, not an escape
    assert "risposto\u00a0 Lavrov" in body and "risposto\u00a0 Lavrov" in seed_article
