"""``newsbrief batch --engine ray``: the same job on Ray Data (see :mod:`newsbrief.ray`)."""

from __future__ import annotations

from pathlib import Path

import typer

from newsbrief import errors
from newsbrief.cli.common import EXIT_INPUT, EXIT_PARTIAL, fail

__all__ = ["ENGINES", "batch_on_ray"]

ENGINES = ("process", "ray")
"""``--engine`` values: one process (the async batch path), or Ray Data."""


def batch_on_ray(
    *,
    engine: str,
    source: Path,
    out: Path,
    address: str | None,
    num_actors: int | None,
    model: str | None,
    base_url: str | None,
    language: str,
    concurrency: int,
    requests_per_minute: float | None,
    tokens_per_minute: float | None,
    timeout: float,
    ordered: bool,
    retry_failed: bool,
    progress: bool | None,
    no_cache: bool,
    provider_batch: bool,
) -> None:
    """Run ``newsbrief batch`` on Ray: read with Ray Data, brief on an actor pool, write JSONL
    (``--out *.jsonl``) or Parquet part files (``--out *.parquet`` or a folder), resumably.

    Raises:
        typer.Exit: 2 for bad usage or input, 3 for configuration, 6 when some articles failed.
    """
    if engine not in ENGINES:
        raise fail(errors.InputError(f"--engine must be one of {', '.join(ENGINES)}."), EXIT_INPUT)
    if engine != "ray":
        raise fail(errors.InputError("--address and --num-actors go with --engine ray."))
    if provider_batch or ordered:
        raise fail(errors.InputError("--provider-batch and --ordered do not go with --engine ray."))
    try:
        from newsbrief.ray import brief_archive
    except ImportError as exc:
        raise fail(errors.ConfigurationError(str(exc))) from exc
    where = f"the Ray cluster at {address}" if address else "Ray on this machine"
    typer.echo(f"newsbrief: briefing on {where}", err=True)
    try:
        summary = brief_archive(
            source,
            out,
            address=address,
            num_actors=num_actors,
            retry_failed=retry_failed,
            progress=progress,
            model=model,
            base_url=base_url,
            language=language,
            timeout=timeout,
            cache=not no_cache,
            concurrency=concurrency,
            requests_per_minute=requests_per_minute,
            tokens_per_minute=tokens_per_minute,
        )
    except errors.NewsbriefError as error:
        raise fail(error) from error
    if summary.skipped:
        typer.echo(f"newsbrief: {summary.skipped} id(s) already in {out}, skipped", err=True)
    typer.echo(
        f"newsbrief: {summary.briefs} brief(s) ({summary.cached} from the cache), "
        f"{summary.failed} failed, {summary.tokens:,} tokens, {summary.seconds:.1f}s -> {out}",
        err=True,
    )
    if summary.failed:
        raise typer.Exit(EXIT_PARTIAL)
