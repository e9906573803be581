"""Model resolution: what is configured, which key goes where, and clear errors before any call."""

from __future__ import annotations

import openai
import pytest

import newsbrief
from newsbrief import Summarizer
from newsbrief.providers import DEFAULT_OPENAI_MODEL, resolve_backend


def openai_client_of(summarizer: Summarizer) -> openai.OpenAI:
    client = summarizer.backend.sync_client().client
    assert isinstance(client, openai.OpenAI)
    return client


def test_no_model_and_no_key_says_what_to_set(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_API_KEY")
    monkeypatch.setattr("newsbrief.providers.local.is_available", lambda: False)
    with pytest.raises(newsbrief.ConfigurationError) as caught:
        Summarizer()
    message = str(caught.value)
    assert "OPENAI_API_KEY" in message and "NEWSBRIEF_MODEL" in message
    assert "newsbrief[local]" in message


def test_openai_key_selects_the_openai_default() -> None:
    assert Summarizer().model == DEFAULT_OPENAI_MODEL


def test_newsbrief_model_env_sets_the_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSBRIEF_MODEL", "openai/gpt-4.1-nano")
    assert Summarizer().model == "openai/gpt-4.1-nano"


def test_openai_model_without_key_fails_before_any_call(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_API_KEY")
    with pytest.raises(newsbrief.ConfigurationError, match="OPENAI_API_KEY"):
        Summarizer("openai/gpt-4.1-mini")


def test_openai_base_url_env_is_honoured(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("OPENAI_BASE_URL", "https://proxy.example/v1")
    client = openai_client_of(Summarizer("openai/gpt-4.1-mini"))
    assert str(client.base_url).startswith("https://proxy.example/v1")
    assert client.api_key == "test-key-not-a-secret"  # the SDK's own convention
    assert client.max_retries == 0  # newsbrief retries; the SDK does not


def test_openai_key_never_goes_to_a_custom_base_url() -> None:
    s = Summarizer("llama3.1", base_url="http://127.0.0.1:11434/v1")
    client = openai_client_of(s)
    assert client.api_key != "test-key-not-a-secret"
    s2 = Summarizer("openai/gpt-4.1-mini", base_url="http://127.0.0.1:8000/v1")
    assert openai_client_of(s2).api_key != "test-key-not-a-secret"


def test_explicit_key_goes_to_the_custom_base_url() -> None:
    s = Summarizer("qwen", base_url="http://127.0.0.1:8000/v1", api_key="server-key")
    assert openai_client_of(s).api_key == "server-key"


def test_compatible_server_uses_json_mode_with_schema_grammar() -> None:
    backend = resolve_backend("qwen", base_url="http://127.0.0.1:8000/v1")
    from newsbrief.draft import Draft

    kwargs = backend.request_kwargs(Draft)
    assert kwargs["model"] == "qwen"
    fmt = kwargs["extra_body"]["response_format"]
    assert fmt["type"] == "json_object" and fmt["schema"]["title"] == "Draft"
    assert backend.sync_client().mode.value == "json_mode"


def test_callers_openai_client_is_not_mutated() -> None:
    client = openai.OpenAI(api_key="caller-key", max_retries=5)
    s = Summarizer("gpt-4.1-mini", client=client)
    assert client.max_retries == 5
    assert openai_client_of(s).max_retries == 0


def test_async_client_only_serves_asummarize() -> None:
    s = Summarizer("gpt-4.1-mini", client=openai.AsyncOpenAI(api_key="k"))
    with pytest.raises(newsbrief.ConfigurationError, match="asummarize"):
        s.summarize("Un articolo.")


def test_client_needs_a_model_name() -> None:
    with pytest.raises(newsbrief.ConfigurationError, match="model="):
        Summarizer(client=openai.OpenAI(api_key="k"))


def test_unknown_provider_is_a_configuration_error() -> None:
    s = Summarizer("nosuchprovider/some-model")
    with pytest.raises(newsbrief.ConfigurationError, match="nosuchprovider"):
        s.backend.sync_client()


@pytest.mark.parametrize(
    "options",
    [{"on_unverified": "ignore"}, {"timeout": 0}, {"max_retries": -1}, {"language": " "},
     {"mode": "xml"}],
)  # fmt: skip
def test_bad_options_fail_at_construction(options: dict[str, object]) -> None:
    with pytest.raises(newsbrief.ConfigurationError):
        Summarizer("openai/gpt-4.1-mini", **options)  # type: ignore[arg-type]


@pytest.mark.parametrize("text", ["", "   ", "\n\t\u00a0 \n"])
def test_empty_input_fails_before_any_call(text: str) -> None:
    # No cassette and the network is blocked: any call would raise something else.
    with pytest.raises(newsbrief.InputError):
        newsbrief.summarize(text, model="openai/gpt-4.1-mini")


def test_bytes_that_are_not_utf8_are_refused_with_advice() -> None:
    with pytest.raises(newsbrief.InputError, match="not UTF-8 .byte 4"):
        newsbrief.summarize("Città".encode("latin-1"), model="openai/gpt-4.1-mini")


async def test_async_empty_input_fails_before_any_call() -> None:
    with pytest.raises(newsbrief.InputError):
        await newsbrief.asummarize("  ", model="openai/gpt-4.1-mini")


def test_max_calls_is_documented_number() -> None:
    assert newsbrief.RetryPolicy().max_calls == 6
    assert Summarizer("openai/gpt-4.1-mini", max_retries=1).retry_policy.max_calls == 4


def test_default_order_env_model_beats_key_beats_local(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsbrief.providers import default_model

    monkeypatch.setattr("newsbrief.providers.local.is_available", lambda: True)
    monkeypatch.setenv("NEWSBRIEF_MODEL", "ollama/llama3.1")
    assert default_model() == ("ollama/llama3.1", "NEWSBRIEF_MODEL is set")
    monkeypatch.delenv("NEWSBRIEF_MODEL")
    assert default_model() == (DEFAULT_OPENAI_MODEL, "OPENAI_API_KEY is set")
    monkeypatch.delenv("OPENAI_API_KEY")
    model, reason = default_model()
    assert model == "local" and "embedded model is installed" in reason


def test_explicit_model_beats_every_default(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("NEWSBRIEF_MODEL", "ollama/llama3.1")
    s = Summarizer("openai/gpt-4.1-nano")
    assert s.model == "openai/gpt-4.1-nano" and s.backend.reason == "given"
    assert Summarizer().backend.reason == "NEWSBRIEF_MODEL is set"
