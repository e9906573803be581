"""An archive, resumably: read it, skip the ids already in the output, brief the rest and write
the results as they arrive (what ``newsbrief batch --engine ray`` runs)."""

from __future__ import annotations

import json
import logging
import os
import time
import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from typing import Any

try:
    import pyarrow as pa
    import pyarrow.compute as pc
    import pyarrow.parquet as pq
    import ray
    import ray.data
except ImportError as exc:  # pragma: no cover - depends on what is installed
    raise ImportError(
        'newsbrief.ray needs Ray Data: pip install "newsbrief[ray]" (or "ray[data]").'
    ) from exc

from newsbrief import errors
from newsbrief.ray.datasets import brief_dataset, check_actor_options, is_local, read_articles
from newsbrief.ray.rows import result_from_row

__all__ = ["ArchiveSummary", "brief_archive", "finished_ids"]


def _is_parquet_output(out: Path) -> bool:
    return out.suffix.lower() == ".parquet" or out.is_dir()


def _without(batch: Any, done: Any) -> Any:
    return batch.filter(pc.invert(pc.is_in(batch.column("id"), value_set=done)))


def finished_ids(out: str | Path, *, retry_failed: bool = True) -> set[str]:
    """The ids already in an output of :func:`brief_archive` (or of ``newsbrief batch``).

    A JSONL line cut short by a kill is removed from the file first; a Parquet part is
    written whole or not at all (under a temporary name, then renamed).

    Args:
        out: A JSONL file, or a folder of Parquet part files.
        retry_failed: Leave out the ids that have only error rows (to try them again).
    """
    out = Path(out)
    if not out.exists():
        return set()
    done: set[str] = set()
    if _is_parquet_output(out):
        for part in sorted(out.glob("*.parquet")):
            table = pq.read_table(part, columns=["id", "ok"])
            for article_id, ok in zip(table.column("id").to_pylist(),
                                      table.column("ok").to_pylist()):  # fmt: skip
                if ok or not retry_failed:
                    done.add(article_id)
        return done
    _drop_cut_line(out)
    with out.open("rb") as lines:  # line by line: an archive's output may not fit in memory
        for line in lines:
            try:
                record = json.loads(line)
            except ValueError:
                continue
            wanted = isinstance(record, dict) and ("brief" in record or not retry_failed)
            if wanted and "id" in record:
                done.add(str(record["id"]))
    return done


def _drop_cut_line(path: Path, chunk: int = 1 << 16) -> None:
    """Remove a last line without its newline (cut short by a kill)."""
    with path.open("rb+") as file:
        end = file.seek(0, os.SEEK_END)
        position = end
        while position > 0:
            start = max(0, position - chunk)
            file.seek(start)
            data = file.read(position - start)
            if position == end and data.endswith(b"\n"):
                return
            newline = data.rfind(b"\n")
            if newline >= 0:
                file.truncate(start + newline + 1)
                return
            position = start
        file.truncate(0)


@dataclass
class ArchiveSummary:
    """What :func:`brief_archive` did.

    Attributes:
        briefs: Articles briefed (``cached`` of them from the brief cache).
        failed: Articles whose result is an error row.
        skipped: Ids already in the output, not briefed again.
        tokens: Tokens spent.
        seconds: Wall time of the run.
        out: Where the results were written.
    """

    briefs: int = 0
    failed: int = 0
    cached: int = 0
    skipped: int = 0
    tokens: int = 0
    seconds: float = 0.0
    out: str = ""


class _JsonlWriter:
    def __init__(self, out: Path) -> None:
        out.parent.mkdir(parents=True, exist_ok=True)
        self._file = out.open("a", encoding="utf-8")

    def write(self, table: Any) -> None:
        lines = [result_from_row(row).to_json_line() + "\n" for row in table.to_pylist()]
        self._file.write("".join(lines))
        self._file.flush()  # a kill loses at most the line being written

    def close(self) -> None:
        self._file.close()


class _ParquetWriter:
    """Part files of at most ``rows`` rows or ``seconds`` of results, each written to a
    temporary name and renamed, so a kill leaves whole parts only (and a ``.tmp`` file, removed
    by the next run)."""

    def __init__(self, out: Path, rows: int = 1000, seconds: float = 10.0) -> None:
        out.mkdir(parents=True, exist_ok=True)
        for leftover in out.glob("*.parquet.tmp"):
            leftover.unlink()
        self._out = out
        self._prefix = f"part-{time.strftime('%Y%m%dT%H%M%S')}-{uuid.uuid4().hex[:8]}"
        self._tables: list[Any] = []
        self._rows = 0
        self._parts = 0
        self._limit = rows
        self._seconds = seconds
        self._since: float | None = None  # when the rows held now started to arrive

    def write(self, table: Any) -> None:
        self._tables.append(table)
        self._rows += table.num_rows
        self._since = self._since if self._since is not None else time.monotonic()
        if self._rows >= self._limit or time.monotonic() - self._since >= self._seconds:
            self.flush()

    def flush(self) -> None:
        if not self._tables:
            return
        target = self._out / f"{self._prefix}-{self._parts:05d}.parquet"
        temporary = target.with_name(target.name + ".tmp")
        pq.write_table(pa.concat_tables(self._tables), temporary)
        os.replace(temporary, target)
        self._parts += 1
        self._tables, self._rows, self._since = [], 0, None

    def close(self) -> None:
        self.flush()


def brief_archive(
    source: str | Path,
    out: str | Path,
    *,
    address: str | None = None,
    num_actors: int | None = None,
    retry_failed: bool = True,
    progress: bool | None = None,
    id_column: str = "id",
    text_column: str = "text",
    **options: Any,
) -> ArchiveSummary:
    """Brief an archive on Ray, resumably: what ``newsbrief batch --engine ray`` runs.

    Articles are read with Ray Data's readers (see :func:`read_articles`), the ids already in
    ``out`` are skipped, the rest are briefed by :func:`brief_dataset` and written by this
    process as results arrive: to a JSONL file (one line per article, ``{"id", "brief"}`` or
    ``{"id", "error"}``, the format of ``newsbrief batch``) or, for a ``.parquet`` path or a
    folder, to Parquet part files of :data:`~newsbrief.ray.OUTPUT_SCHEMA` in that folder. A
    killed run loses at most the results not yet written, and a re-run briefs only what is
    missing.

    Args:
        source: Input for :func:`read_articles`.
        out: A ``.jsonl`` file to append to, or a folder (``*.parquet``) of part files.
        address: The Ray cluster to join (``"auto"``, ``"ray://head:10001"``); ``None``
            starts Ray on this machine, unless this process already runs it.
        num_actors: Actors in the pool; default: one per CPU of the cluster.
        retry_failed: Brief again the ids whose earlier result was an error.
        progress: Ray Data's progress bars on stderr; default: Ray's own choice.
        id_column: The records' id field.
        text_column: The records' text field.
        **options: :func:`brief_dataset` and :class:`~newsbrief.Summarizer` options.

    Raises:
        InputError: No such input, or one it cannot read.
        ConfigurationError: Bad options.
    """
    started = time.monotonic()
    out = Path(out)
    if is_local(source) and not Path(source).exists():
        raise errors.InputError(f"No such file or folder: {source}")
    check_actor_options({k: v for k, v in options.items() if k not in _DATASET_OPTIONS})
    done = finished_ids(out, retry_failed=retry_failed)
    summary = ArchiveSummary(skipped=len(done), out=str(out))
    started_ray = False
    if not ray.is_initialized():
        try:
            ray.init(address=address, include_dashboard=False, logging_level=logging.WARNING)
        except (ConnectionError, RuntimeError, ValueError) as exc:
            where = f"the Ray cluster at {address}" if address else "Ray on this machine"
            raise errors.ConfigurationError(
                f"Could not start or join {where} ({type(exc).__name__}: {exc}). Check the "
                "address (`ray status` on a node of the cluster shows it)."
            ) from exc
        started_ray = True
    try:
        if progress is not None:
            ray.data.DataContext.get_current().enable_progress_bars = progress
        if num_actors is None:
            cpus = ray.cluster_resources().get("CPU", 1)  # type: ignore[no-untyped-call,unused-ignore]
            num_actors = max(1, int(cpus))
        articles = read_articles(source, id_column=id_column, text_column=text_column)
        if done:
            done_ref = pa.array(sorted(done), pa.string())
            articles = articles.map_batches(
                partial(_without, done=done_ref), batch_format="pyarrow"
            )
        results = brief_dataset(articles, num_actors=num_actors, **options)
        writer: _JsonlWriter | _ParquetWriter = (
            _ParquetWriter(out) if _is_parquet_output(out) else _JsonlWriter(out)
        )
        try:
            tables: Iterable[Any] = results.iter_batches(batch_format="pyarrow", batch_size=None)
            for table in tables:
                writer.write(table)
                for row in table.select(["ok", "cache_hit", "total_tokens"]).to_pylist():
                    summary.briefs += bool(row["ok"])
                    summary.failed += not row["ok"]
                    summary.cached += bool(row["cache_hit"])
                    summary.tokens += int(row["total_tokens"] or 0)
        finally:
            writer.close()
    finally:
        if started_ray:
            ray.shutdown()
    summary.seconds = time.monotonic() - started
    return summary


_DATASET_OPTIONS = frozenset(
    {"concurrency", "requests_per_minute", "tokens_per_minute", "limiter", "batch_size",
     "num_cpus"}
)  # fmt: skip
