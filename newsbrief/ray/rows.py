"""Rows in and out of the actors: the output schema, one row per article, and the conversions
between a row and a :class:`~newsbrief.BatchResult`."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

try:
    import pyarrow as pa
except ImportError as exc:  # pragma: no cover - depends on what is installed
    raise ImportError(
        'newsbrief.ray needs Ray Data: pip install "newsbrief[ray]" (or "ray[data]").'
    ) from exc

from newsbrief.batch import BatchError, BatchResult
from newsbrief.models import Brief, Claim

__all__ = ["INPUT_ERROR_COLUMN", "OUTPUT_SCHEMA", "result_from_row", "result_row"]

INPUT_ERROR_COLUMN = "input_error"
"""A row whose input column holds a message here becomes that article's ``InputError`` row
(:func:`~newsbrief.ray.articles_dataset` sets it for items it could not take)."""

_EVIDENCE = pa.struct(
    [
        ("quote", pa.string()),
        ("start", pa.int64()),
        ("end", pa.int64()),
        ("status", pa.string()),
    ]
)
_CLAIM = pa.struct(
    [
        ("statement", pa.string()),
        ("source", pa.string()),
        ("source_kind", pa.string()),
        ("actor_id", pa.string()),
        ("actor_name", pa.string()),
        ("attribution", pa.string()),
        ("evidence", pa.list_(_EVIDENCE)),
    ]
)
OUTPUT_SCHEMA = pa.schema(
    [
        ("id", pa.string()),
        ("ok", pa.bool_()),
        ("headline", pa.string()),
        ("language", pa.string()),
        ("claims", pa.list_(_CLAIM)),
        ("brief_json", pa.string()),
        ("error_type", pa.string()),
        ("error_message", pa.string()),
        ("retryable", pa.bool_()),
        ("error_json", pa.string()),
        ("attempts", pa.int64()),
        ("prompt_tokens", pa.int64()),
        ("completion_tokens", pa.int64()),
        ("total_tokens", pa.int64()),
        ("cache_hit", pa.bool_()),
        ("model", pa.string()),
    ]
)
"""The columns of a briefed dataset, one row per article (``brief_json``/``error_json`` hold the
whole :class:`~newsbrief.Brief` or :class:`~newsbrief.batch.BatchError`)."""


def _claim_row(claim: Claim, names: Mapping[str, str]) -> dict[str, Any]:
    actor_id = claim.source.actor_id
    return {
        "statement": claim.statement,
        "source": claim.source.description,
        "source_kind": claim.source.kind.value,
        "actor_id": actor_id,
        "actor_name": names.get(actor_id) if actor_id else None,
        "attribution": claim.attribution.value,
        "evidence": [
            {"quote": e.quote, "start": e.start, "end": e.end, "status": e.status}
            for e in claim.evidence
        ],
    }


def result_row(result: BatchResult, model: str | None = None) -> dict[str, Any]:
    """One row of :data:`OUTPUT_SCHEMA` for ``result`` (``model``: for an error row)."""
    brief, error = result.brief, result.error
    row: dict[str, Any] = {"id": result.id, "ok": brief is not None, "model": model}
    if brief is not None:
        names = {actor.id: actor.name for actor in brief.key_actors}
        usage = brief.metadata.usage
        row.update(
            headline=brief.headline,
            language=brief.language,
            claims=[_claim_row(claim, names) for claim in brief.claims],
            brief_json=brief.model_dump_json(),
            retryable=False,
            attempts=brief.metadata.attempts,
            cache_hit=brief.metadata.cache_hit,
            model=brief.metadata.model,
        )
    else:
        failure = error if error is not None else BatchError(type="UnexpectedError", message="")
        usage = failure.usage
        row.update(
            claims=[],
            error_type=failure.type,
            error_message=failure.message,
            retryable=failure.retryable,
            error_json=failure.model_dump_json(),
            attempts=failure.attempts,
            cache_hit=False,
        )
    row.update(
        prompt_tokens=usage.prompt_tokens,
        completion_tokens=usage.completion_tokens,
        total_tokens=usage.total_tokens,
    )
    return row


def result_from_row(row: Mapping[str, Any]) -> BatchResult:
    """The :class:`~newsbrief.BatchResult` a row of :data:`OUTPUT_SCHEMA` holds."""
    brief_json, error_json = row.get("brief_json"), row.get("error_json")
    return BatchResult(
        id=str(row["id"]),
        brief=Brief.model_validate_json(brief_json) if brief_json else None,
        error=BatchError.model_validate_json(error_json) if error_json else None,
    )
