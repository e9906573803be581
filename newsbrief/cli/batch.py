"""``newsbrief batch``: brief every article of a folder or JSONL file into a JSONL file."""

from __future__ import annotations

import codecs
import contextlib
import json
import os
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import Annotated, Any

import filelock
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

__all__ = ["ARTICLE_SUFFIXES", "article_texts", "batch"]

ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")


def _folder_paths(root: Path) -> list[Path]:
    return sorted(
        p for p in root.rglob("*") if p.is_file() and p.suffix.lower() in ARTICLE_SUFFIXES
    )


def _folder_items(root: Path, paths: list[Path], done: set[str]) -> Iterator[Item]:
    for path in paths:
        article_id = path.relative_to(root).as_posix()
        if article_id in done:
            continue
        try:
            data = path.read_bytes()  # decoded (and checked) per article
        except OSError as exc:
            yield article_id, errors.InputError(f"{article_id} cannot be read ({exc.strerror}).")
            continue
        yield article_id, data


def _jsonl_lines(path: Path) -> Iterator[tuple[int, str]]:
    """``(number, text)`` of each line of a JSONL file.

    Raises:
        InputError: The file cannot be read, or a line is not UTF-8.
    """
    try:
        with path.open("rb") as file:
            for number, raw in enumerate(file, 1):
                try:
                    line = raw.decode("utf-8-sig" if number == 1 else "utf-8")
                except UnicodeDecodeError as exc:
                    raise errors.InputError(
                        f"{path} is not UTF-8: line {number}, byte {exc.start + 1} "
                        f"({exc.reason}); convert it to UTF-8. Nothing was briefed."
                    ) from None
                yield number, line
    except OSError as exc:
        raise errors.InputError(f"{path} cannot be read ({exc.strerror}).") from None


def _record(path: Path, number: int, line: str) -> tuple[str, Any] | errors.InputError:
    """The ``(id, text)`` of a JSONL line, or the error that is that line's result."""
    try:
        record = json.loads(line)
    except ValueError as exc:
        return errors.InputError(f"{path.name} line {number} is not JSON ({exc}).")
    if not isinstance(record, dict):
        return errors.InputError(
            f"{path.name} line {number} is a JSON {type(record).__name__}, not an object with "
            "'id' and 'text'."
        )
    article_id = record.get("id")
    if article_id is None or (isinstance(article_id, str) and not article_id.strip()):
        return errors.InputError(
            f"{path.name} line {number} has no id ('id' is missing, null or empty); give each "
            "record a unique id."
        )
    if isinstance(article_id, (dict, list)):
        return errors.InputError(f"{path.name} line {number}: 'id' must be a string or a number.")
    if "text" not in record:
        return errors.InputError(f"{path.name} line {number} has no 'text'.")
    return str(article_id), record["text"]


def _duplicate_ids(path: Path) -> dict[str, list[int]]:
    """Ids given on more than one line of a JSONL file, with those lines (a full pass, before
    any call: it also proves the whole file readable and UTF-8).

    Raises:
        InputError: The file cannot be read, or a line is not UTF-8.
    """
    seen: dict[str, list[int]] = {}
    for number, line in _jsonl_lines(path):
        if not line.strip():
            continue
        found = _record(path, number, line)
        if not isinstance(found, errors.InputError):
            seen.setdefault(found[0], []).append(number)
    return {i: numbers for i, numbers in seen.items() if len(numbers) > 1}


def _jsonl_items(path: Path, done: set[str], skip_repeats: bool) -> Iterator[Item]:
    given: set[str] = set()
    for number, line in _jsonl_lines(path):
        if not line.strip():
            continue
        found = _record(path, number, line)
        if isinstance(found, errors.InputError):
            yield f"line {number}", found
            continue
        article_id, text = found
        if skip_repeats and article_id in given:
            continue
        given.add(article_id)
        if article_id not in done:
            yield article_id, text


def article_texts(source: Path) -> dict[str, str]:
    """The articles of a batch's input (a folder or a JSONL file) by id, as ``newsbrief batch``
    reads them; records that cannot be read are left out.

    Raises:
        InputError: The JSONL file cannot be read or is not UTF-8.
    """
    if source.is_dir():
        items: Iterator[Item] = _folder_items(source, _folder_paths(source), set())
    else:
        items = _jsonl_items(source, set(), skip_repeats=True)
    texts: dict[str, str] = {}
    for item in items:
        if not isinstance(item, tuple):
            continue
        article_id, text = item
        if isinstance(text, bytes):
            texts[article_id] = text.decode("utf-8", "replace")
        elif isinstance(text, str):
            texts[article_id] = text
    return texts


def _same_file(a: Path, b: Path) -> bool:
    try:
        return a.exists() and b.exists() and os.path.samefile(a, b)
    except OSError:
        return False


def _check_out(out: Path, source: Path, inputs: list[Path]) -> None:
    """``--out`` must be a file newsbrief may append to, and none of the inputs.

    Raises:
        InputError: It is a directory, or the same file as an input (by path, symbolic or hard
            link), or a file the folder's scan would read as an article.
    """
    if out.is_dir():
        raise errors.InputError(f"--out {out} is a directory; give the JSONL file to write.")
    same = next((p for p in inputs if _same_file(out, p)), None)
    if same is not None:
        raise errors.InputError(
            f"--out {out} is the input {same}: the batch would read what it writes. Write the "
            "results to another file."
        )
    if source.is_dir() and out.suffix.lower() in ARTICLE_SUFFIXES:
        inside = Path(os.path.realpath(out)).is_relative_to(os.path.realpath(source))
        if inside:
            raise errors.InputError(
                f"--out {out} is inside {source} with an article's suffix: it would be read as "
                "an article. Write the results to a .jsonl file."
            )


def _finished_ids(out: Path, retry_failed: bool) -> set[str]:
    """Ids already in the output; a line cut short by a kill is removed first, and only once
    the whole file has been read as UTF-8 (a file that is not is left as it is).

    Raises:
        InputError: The output cannot be read or is not UTF-8.
    """
    if not out.exists():
        return set()
    try:
        data = out.read_bytes()
    except OSError as exc:
        raise errors.InputError(f"--out {out} cannot be read ({exc.strerror}).") from None
    complete = data[: data.rfind(b"\n") + 1] if not data.endswith(b"\n") else data
    try:
        # the whole file, the cut line too (only a character cut in half may end it)
        codecs.getincrementaldecoder("utf-8")().decode(data, final=False)
        text = complete.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise errors.InputError(
            f"--out {out} is not UTF-8 (byte {exc.start + 1}: {exc.reason}), so it is not a "
            "newsbrief batch output; it was left untouched. Choose another --out."
        ) from None
    if len(complete) < len(data):
        try:
            with out.open("rb+") as file:
                file.truncate(len(complete))
        except OSError as exc:
            raise errors.InputError(f"--out {out} cannot be written ({exc.strerror}).") from None
    done: set[str] = set()
    for line in text.splitlines():
        try:
            record = json.loads(line)
        except ValueError:
            continue
        if isinstance(record, dict) and "id" in record and ("brief" in record or not retry_failed):
            done.add(str(record["id"]))
    return done


def _lock(out: Path) -> filelock.FileLock:
    """Hold ``--out``'s lock (``OUT.lock``, by its real path) for the run.

    Raises:
        InputError: Another run holds it.
    """
    real = Path(os.path.realpath(out))
    lock = filelock.FileLock(real.with_name(real.name + ".lock"), blocking=False)
    try:
        lock.acquire()
    except filelock.Timeout:
        raise errors.InputError(
            f"Another newsbrief batch is writing {out} (its lock {lock.lock_file} is held); "
            "wait for it to finish, or write to another --out."
        ) from None
    return lock


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
    dedupe: Annotated[
        bool,
        typer.Option(
            "--dedupe", help="Keep the first record of an id given more than once (else: error)."
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
    processes: Annotated[int | None, typer.Option(hidden=True)] = None,
) -> None:
    """Brief every article of a folder or JSONL file into a JSONL file, one line per article.

    Re-running with the same --out skips the ids already there, so a killed run resumes where
    it stopped. Each line is {"id", "brief"} or {"id", "error"}; for an id that appears more than
    once (an error, then a brief on a re-run), the last line wins.

    Before any call: --out must not be a directory or an input (by path or link), every input
    and the output must be readable UTF-8, and ids in a JSONL file must be unique (--dedupe keeps
    the first); a record without an id is an error line. OUT.lock keeps a second run off the
    same --out while this one writes it.

    With --provider-batch the job's id is kept in OUT.openai-batch.json until its results are
    written, so re-running after a kill waits for the same job instead of paying again.

    With --engine ray the articles are briefed by Ray Data actors (see newsbrief.ray).
    """
    if processes is not None:
        raise typer.BadParameter(
            "--processes is gone: brief on this machine's cores or a cluster with --engine ray "
            "[--num-actors N] (pip install 'newsbrief[ray]'); one process keeps --concurrency "
            "requests in flight.",
            param_hint="'--processes'",
        )
    if engine != "process" or address is not None or num_actors is not None:
        _batch_on_ray(
            engine=engine, source=source, out=out, address=address, num_actors=num_actors,
            model=model, base_url=base_url, language=language, concurrency=concurrency,
            requests_per_minute=requests_per_minute, tokens_per_minute=tokens_per_minute,
            timeout=timeout, ordered=ordered, retry_failed=retry_failed, progress=progress,
            no_cache=no_cache, provider_batch=provider_batch,
        )  # fmt: skip
        return
    with contextlib.ExitStack() as held:
        try:
            if not source.exists():
                raise errors.InputError(f"No such file or folder: {source}")
            paths = _folder_paths(source) if source.is_dir() else [source]
            _check_out(out, source, paths)
            repeated = {} if source.is_dir() else _duplicate_ids(source)
            if repeated and not dedupe:
                shown = "; ".join(
                    f"{i!r} on lines {', '.join(map(str, n))}"
                    for i, n in list(repeated.items())[:10]
                )
                more = f" (and {len(repeated) - 10} more)" if len(repeated) > 10 else ""
                raise errors.InputError(
                    f"{source} gives {len(repeated)} id(s) more than once: {shown}{more}. Make "
                    "the ids unique, or pass --dedupe to keep each id's first record."
                )
            lock = _lock(out)
            held.callback(lock.release)
            done = _finished_ids(out, retry_failed)
            items = (
                _folder_items(source, paths, done)
                if source.is_dir()
                else _jsonl_items(source, done, skip_repeats=dedupe)
            )
            summarizer = Summarizer(
                model,
                base_url=base_url,
                language=language,
                timeout=timeout,
                cache=not no_cache,
            )
            out.parent.mkdir(parents=True, exist_ok=True)
            file = held.enter_context(out.open("a", encoding="utf-8"))
        except OSError as exc:
            raise fail(
                errors.InputError(f"--out {out} cannot be written ({exc.strerror}).")
            ) from exc
        except errors.NewsbriefError as error:
            raise fail(error) from error
        if repeated:
            typer.echo(
                f"newsbrief: {len(repeated)} id(s) given more than once: kept each one's first "
                "record (--dedupe)",
                err=True,
            )
        _run(file, items, summarizer, out, done, provider_batch, concurrency, requests_per_minute,
             tokens_per_minute, ordered, progress)  # fmt: skip


def _batch_on_ray(*, source: Path, out: Path, **options: Any) -> None:
    """``--engine ray``: the same checks on --out and its lock, then Ray Data does the work."""
    from newsbrief.cli.ray_batch import batch_on_ray

    try:
        if not source.exists():
            raise errors.InputError(f"No such file or folder: {source}")
        parquet = out.suffix.lower() == ".parquet" or out.is_dir()  # a folder of Parquet parts
        if not parquet:
            _check_out(out, source, _folder_paths(source) if source.is_dir() else [source])
        elif any(_same_file(out, p) for p in [source]):
            raise errors.InputError(f"--out {out} is the input {source}; write elsewhere.")
        lock = _lock(out)
    except errors.NewsbriefError as error:
        raise fail(error) from error
    try:
        batch_on_ray(source=source, out=out, **options)
    finally:
        lock.release()


def _run(
    file: Any,
    items: Iterable[Item],
    summarizer: Summarizer,
    out: Path,
    done: set[str],
    provider_batch: bool,
    concurrency: int,
    requests_per_minute: float | None,
    tokens_per_minute: float | None,
    ordered: bool,
    progress: bool | None,
) -> None:
    typer.echo(f"newsbrief: using {summarizer.model} ({summarizer.backend.reason})", err=True)
    if done:
        typer.echo(f"newsbrief: {len(done)} id(s) already in {out}, skipped", err=True)
    started = time.monotonic()
    counts = {"briefs": 0, "failed": 0, "cached": 0, "tokens": 0}
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
