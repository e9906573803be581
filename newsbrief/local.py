"""Embedded llama.cpp backend (``model="local"``): placeholder until the embedded-model issue."""

from __future__ import annotations

from newsbrief.errors import ConfigurationError
from newsbrief.providers import Backend

LOCAL_MODEL = "local"


def is_available() -> bool:
    """Whether the embedded backend can run here."""
    return False


def backend(model: str) -> Backend:
    """The embedded backend for ``model`` (``"local"`` or ``"local:/path.gguf"``)."""
    raise ConfigurationError("The embedded model is not available yet.")
