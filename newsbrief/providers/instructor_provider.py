"""Any provider instructor supports, by its model string (``"anthropic/claude-3-5-haiku-latest"``),
and callers' ready instructor clients."""

from __future__ import annotations

from typing import Any

import instructor

from newsbrief.errors import ConfigurationError
from newsbrief.providers.base import MODES, Backend, ModeName

__all__ = ["instructor_client_backend", "provider_string_backend"]


def provider_string_backend(model: str, mode: ModeName | None, *, api_key: str | None) -> Backend:
    """:func:`instructor.from_provider` for ``model``; the SDK and the key are the caller's."""
    options: dict[str, Any] = {}
    if mode is not None:
        options["mode"] = MODES[mode]
    if api_key is not None:
        options["api_key"] = api_key

    def build(async_client: bool) -> Any:
        try:
            return instructor.from_provider(model, async_client=async_client, **options)  # type: ignore[call-overload]
        except Exception as exc:  # instructor raises several types for unknown/uninstalled
            raise ConfigurationError(
                f"Cannot use model {model!r}: {exc}. Check the provider prefix and that its "
                "SDK is installed."
            ) from exc

    def make_sync() -> instructor.Instructor:
        client: instructor.Instructor = build(False)
        return client

    def make_async() -> instructor.AsyncInstructor:
        client: instructor.AsyncInstructor = build(True)
        return client

    return Backend(
        label=model,
        model_name=None,
        make_sync=make_sync,
        make_async=make_async,
        mode=MODES[mode] if mode is not None else instructor.Mode.TOOLS,
    )


def instructor_client_backend(
    client: instructor.Instructor | instructor.AsyncInstructor, model: str | None
) -> Backend:
    """A caller's ready instructor client; ``model`` names the model to call, if the client
    needs one."""
    name = model.removeprefix("openai/") if model else None
    if isinstance(client, instructor.AsyncInstructor):
        async_ready = client
        return Backend(
            label=model or "instructor client",
            model_name=name,
            make_sync=None,
            make_async=lambda: async_ready,
            owns_clients=False,
            mode=client.mode,
        )
    sync_ready = client
    return Backend(
        label=model or "instructor client",
        model_name=name,
        make_sync=lambda: sync_ready,
        make_async=None,
        owns_clients=False,
        mode=client.mode,
    )
