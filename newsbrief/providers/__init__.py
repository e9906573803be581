"""Model strings and clients in, a :class:`Backend` out: every vendor quirk lives in this package.

The summarizer only sees a :class:`Backend`; one module per family builds them. Accepted models:

* ``"openai/<model>"`` (or a bare ``"<model>"`` with no ``base_url``): OpenAI, reading
  ``OPENAI_API_KEY`` and ``OPENAI_BASE_URL`` as the SDK does, or the ``api_key``/``base_url`` given
  (:mod:`~newsbrief.providers.openai_sdk`).
* ``"<model>"`` with ``base_url``: an OpenAI-compatible server (Ollama, vLLM, llama.cpp server).
  JSON mode, with the schema also sent as ``response_format.schema``, which llama.cpp's server
  enforces as a grammar and other servers ignore.
* any other ``"<provider>/<model>"``: :func:`instructor.from_provider`
  (:mod:`~newsbrief.providers.instructor_provider`).
* ``"local"`` or ``"local:/path/model.gguf"``: the embedded llama.cpp model
  (:mod:`~newsbrief.providers.local`).
* ``"test"``: :class:`~newsbrief.testing.TestModel`, a deterministic offline model for tests
  (:mod:`~newsbrief.providers.testmodel`).
* a ready ``openai.OpenAI``/``openai.AsyncOpenAI`` or instructor client, with ``model=`` naming
  the model to call.

An OpenAI key is never sent to a ``base_url`` given here unless ``api_key`` is given too.
"""

from __future__ import annotations

import os
from typing import Any

import instructor
import openai

from newsbrief.errors import ConfigurationError
from newsbrief.providers import local, testmodel
from newsbrief.providers.base import MODES, Backend, ModeName
from newsbrief.providers.instructor_provider import (
    instructor_client_backend,
    provider_string_backend,
)
from newsbrief.providers.openai_sdk import (
    DEFAULT_MAX_RESPONSE_BYTES,
    client_backend,
    compatible_server_backend,
    openai_backend,
)
from newsbrief.redaction import remember_secret, remember_url_secrets

__all__ = [
    "DEFAULT_MAX_RESPONSE_BYTES",
    "DEFAULT_OPENAI_MODEL",
    "Backend",
    "ModeName",
    "default_model",
    "resolve_backend",
]

DEFAULT_OPENAI_MODEL = "openai/gpt-4.1-mini"


def default_model() -> tuple[str, str]:
    """The model used when none is given, and why it was chosen.

    In order: ``NEWSBRIEF_MODEL``; OpenAI when ``OPENAI_API_KEY`` is set; the embedded model when
    it is installed.

    Raises:
        ConfigurationError: Nothing is configured; the message says what to set.
    """
    configured = os.environ.get("NEWSBRIEF_MODEL", "").strip()
    if configured:
        return configured, "NEWSBRIEF_MODEL is set"
    if os.environ.get("OPENAI_API_KEY", "").strip():
        return DEFAULT_OPENAI_MODEL, "OPENAI_API_KEY is set"
    if local.is_available():
        return local.LOCAL_MODEL, "no model or key configured and the embedded model is installed"
    raise ConfigurationError(
        "No model configured. Do one of: set OPENAI_API_KEY (uses "
        f"{DEFAULT_OPENAI_MODEL}); set NEWSBRIEF_MODEL (e.g. 'ollama/llama3.1' or "
        "'anthropic/claude-3-5-haiku-latest'); pass model=... (and base_url=... for an "
        "OpenAI-compatible server); or install the embedded model with "
        "pip install 'newsbrief[local]'."
    )


def resolve_backend(
    model: str | testmodel.TestModel | None = None,
    *,
    client: Any = None,
    base_url: str | None = None,
    api_key: str | None = None,
    mode: ModeName | None = None,
    timeout: float | None = None,
    max_response_bytes: int = DEFAULT_MAX_RESPONSE_BYTES,
) -> Backend:
    """Turn the caller's model options into a :class:`Backend`, without any network call.

    Args:
        model: A model string (see the module docstring), a
            :class:`~newsbrief.testing.TestModel`, or ``None`` for :func:`default_model`.
        client: A ready ``openai.OpenAI``/``AsyncOpenAI`` or instructor client.
        base_url: An OpenAI-compatible endpoint.
        api_key: The key for ``base_url`` or OpenAI.
        mode: Force an instructor mode (``"tools"``, ``"json"``, ``"json_schema"``, ``"md_json"``).
        timeout: Per-request timeout for clients newsbrief builds.
        max_response_bytes: The largest response body the clients newsbrief builds read,
            decompressed.

    Raises:
        ConfigurationError: The options do not name a reachable model.
    """
    remember_secret(api_key)  # never shown in a message, label or output line
    remember_url_secrets(base_url)
    if mode is not None and mode not in MODES:
        raise ConfigurationError(f"Unknown mode {mode!r}; use one of {', '.join(MODES)}.")
    if isinstance(model, testmodel.TestModel):
        return testmodel.backend(model)
    if client is not None:
        if isinstance(client, (instructor.Instructor, instructor.AsyncInstructor)):
            return instructor_client_backend(client, model)
        if isinstance(client, (openai.OpenAI, openai.AsyncOpenAI)):
            return client_backend(client, model, mode)
        raise ConfigurationError(
            f"Unsupported client {type(client).__name__}; pass openai.OpenAI, openai.AsyncOpenAI "
            "or an instructor client."
        )
    if model is not None and not model.strip():
        raise ConfigurationError(
            "model is empty; pass a model string such as 'openai/gpt-4.1-mini'."
        )
    reason = "given"
    if model is None and base_url is None:
        model, reason = default_model()
    if model is None:
        raise ConfigurationError(
            f"base_url={base_url!r} needs model=... naming the model the server should run."
        )
    if model == local.LOCAL_MODEL or model.startswith(f"{local.LOCAL_MODEL}:"):
        chosen = local.backend(model)
    elif model == "test":
        chosen = testmodel.backend()
    else:
        provider, _, name = model.partition("/")
        if base_url is not None and provider != "openai":
            return compatible_server_backend(
                model,
                base_url=base_url,
                api_key=api_key,
                mode=mode,
                timeout=timeout,
                max_response_bytes=max_response_bytes,
            )
        if provider == "openai" or not name:
            model_name = name if provider == "openai" else model
            if not model_name:
                raise ConfigurationError(
                    "'openai/' needs a model name, e.g. 'openai/gpt-4.1-mini'."
                )
            return openai_backend(
                model_name,
                base_url=base_url,
                api_key=api_key,
                mode=mode,
                timeout=timeout,
                reason=reason,
                max_response_bytes=max_response_bytes,
            )
        chosen = provider_string_backend(model, mode, api_key=api_key)
    chosen.reason = reason
    return chosen
