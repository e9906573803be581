"""``newsbrief batch``: brief every article of a folder or JSONL file into a JSONL file."""

from __future__ import annotations

import json
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Annotated

import typer

from newsbrief import errors
from newsbrief.batch import DEFAULT_CONCURRENCY, BatchResult, Item, summarize_many
from newsbrief.cli.common import (
    EXIT_PARTIAL,
    BaseUrlOption,
    LanguageOption,
    ModelOption,
    NoCacheOption,
    fail,
)
from newsbrief.retry import DEFAULT_TIMEOUT
from newsbrief.summarizer import Summarizer

__all__ = ["ARTICLE_SUFFIXES", "batch"]

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")


def _folder_items(root: Path, done: set[str]) -> Iterator[Item]:
    paths = sorted(
        p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
    )
    for path in paths:
        article_id = path.relative_to(root).as_posix()
        if article_id not in done:
            yield article_id, path.read_bytes()  # decoded (and checked) per article


def _jsonl_items(path: Path, done: set[str]) -> Iterator[Item]:
    with path.open(encoding="utf-8") as lines:
        for number, line in enumerate(lines, 1):
            if not line.strip():
                continue
            try:
                record = json.loads(line)
                article_id, text = str(record["id"]), record["text"]
            except (ValueError, KeyError, TypeError) as exc:
                problem = errors.InputError(
                    f"{path.name} line {number} is not a JSON object with 'id' and 'text' "
                    f"({type(exc).__name__}: {exc})."
                )
                yield f"line {number}", problem
                continue
            if article_id not in done:
                yield article_id, text


def _finished_ids(out: Path, retry_failed: bool) -> set[str]:
    """Ids already in the output; a line cut short by a kill is removed first."""
    if not out.exists():
        return set()
    with out.open("rb+") as file:
        data = file.read()
        if data and not data.endswith(b"\n"):
            file.truncate(data.rfind(b"\n") + 1)
            data = data[: data.rfind(b"\n") + 1]
    done: set[str] = set()
    for line in data.decode("utf-8").splitlines():
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if isinstance(record, dict) and "id" in record and ("brief" in record or not retry_failed):
            done.add(str(record["id"]))
    return done


def batch(
    source: Annotated[
        Path,
        typer.Argument(
            help="A folder of .txt/.md/.html articles (ids: their paths), or a JSONL file of "
            '{"id", "text"} records.'
        ),
    ],
    out: Annotated[Path, typer.Option("--out", "-o", help="JSONL file to append results to.")],
    model: ModelOption = None,
    base_url: BaseUrlOption = None,
    language: LanguageOption = "en",
    concurrency: Annotated[
        int,
        typer.Option("--concurrency", "-c", min=1, help="Requests to the model in flight at once."),
    ] = DEFAULT_CONCURRENCY,
    requests_per_minute: Annotated[
        float | None, typer.Option("--rpm", help="Start at most this many articles a minute.")
    ] = None,
    tokens_per_minute: Annotated[
        float | None, typer.Option("--tpm", help="Spend at most about this many tokens a minute.")
    ] = None,
    timeout: Annotated[
        float, typer.Option(help="Deadline in seconds for each article.")
    ] = DEFAULT_TIMEOUT,
    ordered: Annotated[
        bool, typer.Option(help="Write results in input order, not as they complete.")
    ] = False,
    retry_failed: Annotated[
        bool,
        typer.Option(help="On a re-run, try again the ids whose last result was an error."),
    ] = True,
    progress: Annotated[
        bool | None, typer.Option(help="Progress bar (default: when stderr is a terminal).")
    ] = None,
    no_cache: NoCacheOption = False,
    provider_batch: Annotated[
        bool,
        typer.Option(
            "--provider-batch",
            help="Send all articles as one OpenAI Batch API job (half price, within 24 h) and "
            "wait for it; a killed run resumes the same job.",
        ),
    ] = False,
    engine: Annotated[
        str,
        typer.Option(
            help="process: this process (async); ray: Ray Data, on this machine's cores or a "
            "cluster (pip install 'newsbrief[ray]'; INPUT may also be .parquet, OUT .parquet).",
        ),
    ] = "process",
    address: Annotated[
        str | None,
        typer.Option(help="With --engine ray: the cluster to join (auto, ray://head:10001)."),
    ] = None,
    num_actors: Annotated[
        int | None,
        typer.Option(min=1, help="With --engine ray: actors briefing (default: one per CPU)."),
    ] = None,
) -> None:
    """Brief every article of a folder or JSONL file into a JSONL file, one line per article.

    Re-running with the same --out skips the ids already there, so a killed run resumes where
    it stopped. Each line is {"id", "brief"} or {"id", "error"}; for an id that appears more than
    once (an error, then a brief on a re-run), the last line wins.

    With --provider-batch the job's id is kept in OUT.openai-batch.json until its results are
    written, so re-running after a kill waits for the same job instead of paying again.

    With --engine ray the articles are briefed by Ray Data actors (see newsbrief.ray).
    """
    if engine != "process" or address is not None or num_actors is not None:
        from newsbrief.cli.ray_batch import batch_on_ray

        return batch_on_ray(
            engine=engine, source=source, out=out, address=address, num_actors=num_actors,
            model=model, base_url=base_url, language=language, concurrency=concurrency,
            requests_per_minute=requests_per_minute, tokens_per_minute=tokens_per_minute,
            timeout=timeout, ordered=ordered, retry_failed=retry_failed, progress=progress,
            no_cache=no_cache, provider_batch=provider_batch,
        )  # fmt: skip
    try:
        if not source.exists():
            raise errors.InputError(f"No such file or folder: {source}")
        done = _finished_ids(out, retry_failed)
        items = _folder_items(source, done) if source.is_dir() else _jsonl_items(source, done)
        summarizer = Summarizer(
            model,
            base_url=base_url,
            language=language,
            timeout=timeout,
            cache=not no_cache,
        )
    except errors.NewsbriefError as error:
        raise fail(error) from error
    typer.echo(f"newsbrief: using {summarizer.model} ({summarizer.backend.reason})", err=True)
    if done:
        typer.echo(f"newsbrief: {len(done)} id(s) already in {out}, skipped", err=True)
    started = time.monotonic()
    counts = {"briefs": 0, "failed": 0, "cached": 0, "tokens": 0}
    out.parent.mkdir(parents=True, exist_ok=True)
    if provider_batch:
        from newsbrief.openai_batch import run_openai_batch

        try:
            results: Iterable[BatchResult] = run_openai_batch(
                items, summarizer, state_path=out.with_name(out.name + ".openai-batch.json")
            )
        except errors.NewsbriefError as error:
            raise fail(error) from error
    else:
        results = summarize_many(
            items,
            summarizer=summarizer,
            concurrency=concurrency,
            requests_per_minute=requests_per_minute,
            tokens_per_minute=tokens_per_minute,
            ordered=ordered,
            progress=progress,
        )
    with out.open("a", encoding="utf-8") as file:
        try:
            for result in results:
                file.write(result.to_json_line() + "\n")
                file.flush()  # a kill loses at most the line being written
                if result.brief is not None:
                    counts["briefs"] += 1
                    counts["cached"] += result.brief.metadata.cache_hit
                    counts["tokens"] += result.brief.metadata.usage.total_tokens
                elif result.error is not None:
                    counts["failed"] += 1
                    counts["tokens"] += result.error.usage.total_tokens
        except errors.NewsbriefError as error:  # the batch's own setup, not one article
            raise fail(error) from error
    typer.echo(
        f"newsbrief: {counts['briefs']} brief(s) ({counts['cached']} from the cache), "
        f"{counts['failed']} failed, {counts['tokens']:,} tokens, "
        f"{time.monotonic() - started:.1f}s -> {out}",
        err=True,
    )
    if counts["failed"]:
        raise typer.Exit(EXIT_PARTIAL)
