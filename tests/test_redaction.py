"""Secrets never leave in what newsbrief says: messages, reprs, metadata, the cache key's
material, the cache itself and the CLI's output lines (``newsbrief.redaction.redact``)."""

from __future__ import annotations

import json
import socket
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

import newsbrief
from newsbrief import RetryPolicy, Summarizer
from newsbrief.cli import app
from newsbrief.redaction import REDACTED, redact, redact_url

from .fakeserver import Reply, completion, error, serve
from .test_faults import ARTICLE, DRAFT

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

FAST = RetryPolicy(initial_backoff=0.01, max_backoff=0.02)
PASSWORD = "hunter2-pw"
QUERY_KEY = "qkey-0123456789"
API_KEY = "opaque-key-without-a-known-shape-42"
SECRETS = (PASSWORD, QUERY_KEY, API_KEY, "sk-")


def with_secrets(url: str) -> str:
    """``url`` with a userinfo and a secret query parameter."""
    scheme, rest = url.split("://", 1)
    return f"{scheme}://alice:{PASSWORD}@{rest}?api_key={QUERY_KEY}"


def clean(*texts: Any) -> None:
    for text in texts:
        shown = text if isinstance(text, str) else repr(text)
        for secret in SECRETS:
            assert secret not in shown, f"{secret!r} leaked in {shown[:300]!r}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("http://u:p@host/v1", "http://host/v1"),
        ("https://TOKEN@github.com/x y", "https://github.com/x y"),
        ("GET http://h/v1?api_key=s3cr3t&model=m", f"GET http://h/v1?api_key={REDACTED}&model=m"),
        ("Authorization: Bearer abcdefghijkl", f"Authorization: Bearer {REDACTED}"),
        ("key sk-proj-abcdefghijklmnopqrstuvwx rejected", f"key {REDACTED} rejected"),
        ("Anthropic sk-ant-api03-abcdefghijklmnopqrst", f"Anthropic {REDACTED}"),
        ('{"api_key": "zzz-secret", "model": "m"}', f'{{"api_key": "{REDACTED}", "model": "m"}}'),
        ("password=pa55 token: t0k3n", f"password={REDACTED} token: {REDACTED}"),
        ("Error code: 429 - max_tokens=4096, prompt_tokens: 12", None),  # nothing secret
        ("http://127.0.0.1:8080/v1", None),
        ("key_actors ids must be unique", None),
    ],
)  # fmt: skip
def test_redact(text: str, expected: str | None) -> None:
    assert redact(text) == (text if expected is None else expected)


def test_redact_url_keeps_what_is_not_secret() -> None:
    assert redact_url("https://u:p@news.example/a?id=3&api_key=s3cret#x") == (
        f"https://news.example/a?id=3&api_key={REDACTED}#x"
    )


def test_a_remembered_key_is_masked_wherever_it_appears() -> None:
    Summarizer("fake-model", base_url="http://127.0.0.1:9/v1", api_key=API_KEY)
    assert redact(f"the server said: bad key {API_KEY}!") == f"the server said: bad key {REDACTED}!"


@pytest.mark.parametrize(
    ("reply", "expected"),
    [
        (Reply(401, error(401, f"Incorrect API key provided: {API_KEY}")),
         newsbrief.AuthenticationError),
        (Reply(400, error(400, f"bad request from {API_KEY}")), newsbrief.BadRequestError),
        (Reply(500, error(500, "boom")), newsbrief.ProviderUnavailableError),
        (Reply(200, raw=b"<html>no</html>", headers={"content-type": "text/html"}),
         newsbrief.MalformedResponseError),
    ],
)  # fmt: skip
def test_errors_show_no_secret(reply: Reply, expected: type[Exception]) -> None:
    with serve([reply]) as server:
        chosen = Summarizer("fake-model", base_url=with_secrets(server.url), api_key=API_KEY,
                            retry_policy=FAST)  # fmt: skip
        with pytest.raises(expected) as caught:
            chosen.summarize(ARTICLE)
    err = caught.value
    assert isinstance(err, newsbrief.NewsbriefError)
    clean(str(err), repr(err), err.message, err.model, chosen.model, repr(chosen.backend))


def test_a_connection_error_shows_no_secret() -> None:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    chosen = Summarizer("fake-model", base_url=with_secrets(f"http://127.0.0.1:{port}/v1"),
                        api_key=API_KEY, retry_policy=FAST, max_retries=0)  # fmt: skip
    with pytest.raises(newsbrief.ProviderUnavailableError) as caught:
        chosen.summarize(ARTICLE)
    clean(str(caught.value), repr(caught.value), caught.value.model)


def test_metadata_fingerprint_and_cache_show_no_secret(tmp_path: Path) -> None:
    with serve([Reply(200, completion(DRAFT))]) as server:
        chosen = Summarizer("fake-model", base_url=with_secrets(server.url), api_key=API_KEY,
                            cache=tmp_path / "cache")  # fmt: skip
        brief = chosen.summarize(ARTICLE)
    assert "127.0.0.1" in brief.metadata.model  # the server is still named
    clean(brief.metadata.model, brief.model_dump_json(), json.dumps(chosen.fingerprint()))
    for path in (tmp_path / "cache").rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            for secret in SECRETS:
                assert secret.encode() not in data, f"{secret} in {path.name}"


def test_cli_output_lines_show_no_secret(tmp_path: Path) -> None:
    source = tmp_path / "in.jsonl"
    records = [{"id": "ok", "text": ARTICLE}, {"id": "bad", "text": ARTICLE + " FAIL"}]
    source.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    out = tmp_path / "out.jsonl"

    def reply(body: dict[str, Any]) -> Reply:
        if "FAIL" in json.dumps(body):
            return Reply(400, error(400, f"no: {PASSWORD} {QUERY_KEY}"))
        return Reply(200, completion(DRAFT))

    with serve(reply) as server:
        result = CliRunner().invoke(app, ["batch", str(source), "--out", str(out), "--base-url",
                                          with_secrets(server.url), "-m", "fake-model",
                                          "--no-progress"])  # fmt: skip
        single = CliRunner().invoke(app, ["summarize", "-", "--base-url", with_secrets(server.url),
                                          "-m", "fake-model"], input=ARTICLE + " FAIL")  # fmt: skip
    assert result.exit_code == 6, result.stderr  # one article failed
    assert single.exit_code != 0
    clean(result.stdout, result.stderr, out.read_text("utf-8"), single.stdout, single.stderr)
    assert "127.0.0.1" in result.stderr
