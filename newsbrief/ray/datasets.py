"""Datasets: articles in (Ray Data's readers, or items on the driver), briefs out, on a pool of
:class:`~newsbrief.ray.BriefArticles` actors."""

from __future__ import annotations

import hashlib
import json
import os
import pickle
import warnings
from collections.abc import Iterable, Mapping
from functools import partial
from pathlib import Path
from typing import Any

try:
    import pyarrow as pa
    import pyarrow.compute as pc
    import ray
    import ray.data
except ImportError as exc:  # pragma: no cover - depends on what is installed
    raise ImportError(
        'newsbrief.ray needs Ray Data: pip install "newsbrief[ray]" (or "ray[data]").'
    ) from exc

from newsbrief import errors
from newsbrief.batch import DEFAULT_CONCURRENCY, Item, parse_item
from newsbrief.ray.actors import BriefArticles
from newsbrief.ray.budget import RateWindow, shared_limiter
from newsbrief.ray.rows import INPUT_ERROR_COLUMN
from newsbrief.summarizer import Summarizer

__all__ = [
    "ARTICLE_SUFFIXES",
    "DEFAULT_ACTOR_CPUS",
    "DEFAULT_BATCH_SIZE",
    "DEFAULT_NUM_ACTORS",
    "articles_dataset",
    "brief_dataset",
    "check_actor_options",
    "is_local",
    "read_articles",
]

DEFAULT_NUM_ACTORS = 2
"""Actors in the pool when none is asked for."""
DEFAULT_BATCH_SIZE = 16
"""Articles per batch handed to an actor: small enough that an actor that dies loses little
work, large enough that Ray's per-task cost is small beside one request."""
DEFAULT_ACTOR_CPUS = 0.5
"""CPUs Ray reserves per actor. An actor mostly waits on the model; a whole CPU each would let
the actors take every CPU of a small machine and leave none for Ray Data's read tasks."""
ARTICLE_SUFFIXES = (".txt", ".md", ".html", ".htm")
"""Files read as articles from a folder (as ``newsbrief batch`` does)."""


def check_actor_options(options: Mapping[str, Any]) -> None:
    """Check :class:`~newsbrief.Summarizer` options before any actor starts: plain values that
    can be sent to the actors, and accepted by a summarizer built here from them.

    Raises:
        ConfigurationError: A client or summarizer object, a value that cannot be pickled, or
            options a :class:`~newsbrief.Summarizer` refuses.
    """
    if "client" in options or "summarizer" in options:
        raise errors.ConfigurationError(
            "A client or summarizer cannot be shipped to Ray actors: give plain options "
            "(model=, base_url=, api_key=...) and each actor builds its own."
        )
    try:
        pickle.dumps(dict(options))
    except Exception as exc:
        raise errors.ConfigurationError(
            f"Summarizer options for Ray actors must be plain values; one cannot be sent "
            f"({type(exc).__name__}: {exc}). Give a model string, not a model object."
        ) from exc
    Summarizer(**options)  # bad options fail here, before any actor starts


def _warn_if_no_cpu_is_left(num_actors: int, num_cpus: float) -> None:
    """Actors that reserve every CPU leave none for Ray Data's own tasks (reading, cutting
    blocks), which then never run: the job waits forever. Checked against the cluster as it is
    now (a cluster that autoscales may grow: hence a warning, not an error)."""
    if not ray.is_initialized():
        return
    total = ray.cluster_resources().get("CPU", 0)  # type: ignore[no-untyped-call,unused-ignore]
    if total and num_actors * num_cpus > total - 1:
        warnings.warn(
            f"{num_actors} actors x {num_cpus} CPUs leave less than one of the cluster's "
            f"{total:g} CPUs to Ray Data's read tasks: the run may wait forever. Give fewer "
            "actors or a smaller num_cpus (unless the cluster autoscales).",
            RuntimeWarning,
            stacklevel=3,
        )


def brief_dataset(
    ds: ray.data.Dataset,
    *,
    text_column: str = "text",
    id_column: str = "id",
    num_actors: int = DEFAULT_NUM_ACTORS,
    concurrency: int = DEFAULT_CONCURRENCY,
    requests_per_minute: float | None = None,
    tokens_per_minute: float | None = None,
    limiter: Any = None,
    batch_size: int = DEFAULT_BATCH_SIZE,
    num_cpus: float = DEFAULT_ACTOR_CPUS,
    **options: Any,
) -> ray.data.Dataset:
    """Brief every article of a Ray ``Dataset`` on a pool of actors; lazy, like any transform.

    Args:
        ds: One row per article, with an id and a text column.
        text_column: The column holding each article (str, or UTF-8 bytes).
        id_column: The column holding each article's id.
        num_actors: Actors in the pool (each one process with one summarizer).
        concurrency: Requests in flight at once per actor (the cluster runs up to
            ``num_actors * concurrency``).
        requests_per_minute: Articles started per minute by all actors together, held by a
            :func:`shared_limiter` made for this dataset. Under a budget an actor holds at most
            ``concurrency`` articles in progress, so that an admitted article is sent at once.
        tokens_per_minute: Estimated prompt tokens per minute for all actors together.
        limiter: A :func:`shared_limiter` to use instead (to share one budget between jobs).
        batch_size: Articles per batch handed to an actor.
        num_cpus: CPUs Ray reserves per actor (``DEFAULT_ACTOR_CPUS``). Leave at least one
            CPU of the cluster to Ray Data's own tasks, or they never run (a warning says so).
            For the embedded model, a node's cores less one: one actor per node (of 3 cores
            or more).
        **options: :class:`~newsbrief.Summarizer` arguments, plain values: ``model``,
            ``base_url``, ``language``, ``timeout``, ``cache`` (a directory on each node)...

    Returns:
        A ``Dataset`` of :data:`~newsbrief.ray.OUTPUT_SCHEMA` rows, one per input row (in no
        set order).

    Raises:
        ConfigurationError: Bad options or limits, or a column the dataset does not have (when
            its schema is known without running it), before any actor starts.
    """
    if num_actors < 1 or concurrency < 1 or batch_size < 1:
        raise errors.ConfigurationError(
            "num_actors, concurrency and batch_size must be at least 1."
        )
    if num_cpus < 0:
        raise errors.ConfigurationError("num_cpus cannot be negative.")
    if limiter is not None and (requests_per_minute or tokens_per_minute):
        raise errors.ConfigurationError(
            "Give either limiter= or requests_per_minute/tokens_per_minute, not both."
        )
    RateWindow(requests_per_minute, tokens_per_minute)  # checks the limits
    check_actor_options(options)
    columns = ds.columns(fetch_if_missing=False)
    if columns is not None:
        missing = [c for c in (id_column, text_column) if c not in columns]
        if missing:
            raise errors.ConfigurationError(
                f"The dataset has no {', '.join(map(repr, missing))} column (it has "
                f"{', '.join(columns)}); name yours with text_column= and id_column=."
            )
    _warn_if_no_cpu_is_left(num_actors, num_cpus)
    if limiter is None and (requests_per_minute or tokens_per_minute):
        limiter = shared_limiter(requests_per_minute, tokens_per_minute)
    # Enough batches per actor that its requests stay in flight while one batch finishes.
    calls = max(2, -(-2 * concurrency // batch_size) + 1)
    # Blocks of one batch each, so that any actor can take any batch: a reader gives one large
    # block per file, which would otherwise go whole to one actor.
    ds = ds.repartition(target_num_rows_per_block=batch_size)
    return ds.map_batches(
        BriefArticles,
        fn_constructor_kwargs={
            "options": dict(options),
            "text_column": text_column,
            "id_column": id_column,
            "concurrency": concurrency,
            "limiter": limiter,
        },
        batch_size=batch_size,
        batch_format="pyarrow",
        compute=ray.data.ActorPoolStrategy(size=num_actors, max_concurrent_calls_per_actor=calls),
        num_cpus=num_cpus,
        udf_modifying_row_count=False,
    )


def articles_dataset(items: Iterable[Item]) -> ray.data.Dataset:
    """A ``Dataset`` of ``id``/``text`` rows from the items ``summarize_many`` takes.

    Texts, ``(id, text)`` pairs and ``{"id", "text"}`` mappings, read on the driver: an item
    that is none of these, or whose text is not a str or bytes (a number, an object that cannot
    be serialised), becomes a row marked in :data:`INPUT_ERROR_COLUMN`, that article's error
    row once briefed, instead of failing the dataset.

    The whole list is held on the driver: for a large corpus, read it with Ray Data's readers
    (:func:`read_articles`).
    """
    rows: list[dict[str, Any]] = []
    for position, item in enumerate(items):
        try:
            article_id, text = parse_item(position, item)
        except errors.InputError as exc:
            rows.append({"id": str(position), "text": None, INPUT_ERROR_COLUMN: exc.message})
            continue
        except Exception as exc:  # a reader's own report on a bad record
            rows.append({"id": str(position), "text": None, INPUT_ERROR_COLUMN: str(exc)})
            continue
        if not isinstance(text, (str, bytes)):
            problem = f"The text of {article_id!r} is a {type(text).__name__}, not str or bytes."
            rows.append({"id": article_id, "text": None, INPUT_ERROR_COLUMN: problem})
        else:
            rows.append({"id": article_id, "text": text, INPUT_ERROR_COLUMN: None})
    if any(isinstance(row["text"], bytes) for row in rows):
        # One Arrow type per column: str becomes UTF-8 bytes, which briefs to the same text
        # and offsets (only the cache key differs).
        for row in rows:
            if isinstance(row["text"], str):
                row["text"] = row["text"].encode("utf-8")
    schema_text = pa.binary() if any(isinstance(r["text"], bytes) for r in rows) else pa.string()
    table = pa.table(
        {
            "id": pa.array([r["id"] for r in rows], pa.string()),
            "text": pa.array([r["text"] for r in rows], schema_text),
            INPUT_ERROR_COLUMN: pa.array([r[INPUT_ERROR_COLUMN] for r in rows], pa.string()),
        }
    )
    return ray.data.from_arrow(table)


def is_local(source: str | Path) -> bool:
    """Whether ``source`` is a path on this machine rather than a URI (``s3://...``)."""
    return "://" not in str(source)


def _relative_ids(batch: Any, root: str) -> Any:
    paths = batch.column("path").to_pylist()
    ids = [os.path.relpath(p, root).replace(os.sep, "/") for p in paths]
    return pa.table({"id": pa.array(ids, pa.string()), "text": batch.column("bytes")})


def _jsonl_records(batch: Any, path: str, id_column: str, text_column: str) -> Any:
    """Lines of a JSONL file (Ray Data's ``read_text``) to ``id``/``text`` rows; a line that is
    not a record with an id and a text becomes that line's error row, as in ``newsbrief
    batch``. Its id is made from its content (the reader gives no line numbers)."""
    ids: list[str] = []
    texts: list[str | None] = []
    problems: list[str | None] = []
    name = path.rstrip("/").rsplit("/", 1)[-1]
    for line in batch.column("text").to_pylist():
        try:
            record = json.loads(line)
            article_id, text = str(record[id_column]), record[text_column]
        except (ValueError, KeyError, TypeError) as exc:
            digest = hashlib.sha256(line.encode("utf-8")).hexdigest()[:12]
            ids.append(f"line-{digest}")
            texts.append(None)
            problems.append(
                f"A line of {name} is not a JSON object with {id_column!r} and "
                f"{text_column!r} ({type(exc).__name__}: {exc}): {line[:80]!r}"
            )
            continue
        ids.append(article_id)
        texts.append(text if isinstance(text, str) else None)
        problems.append(
            None
            if isinstance(text, str)
            else f"The {text_column!r} of {article_id!r} is a {type(text).__name__}, not text."
        )
    return pa.table(
        {
            "id": pa.array(ids, pa.string()),
            "text": pa.array(texts, pa.string()),
            INPUT_ERROR_COLUMN: pa.array(problems, pa.string()),
        }
    )


def _normalise(batch: Any, id_column: str, text_column: str) -> Any:
    for column in (id_column, text_column):
        if column not in batch.column_names:
            raise errors.InputError(
                f"The input has no {column!r} column (it has {', '.join(batch.column_names)})."
            )
    ids = pc.cast(batch.column(id_column), pa.string())
    return pa.table({"id": ids, "text": batch.column(text_column)})


def read_articles(
    source: str | Path, *, id_column: str = "id", text_column: str = "text"
) -> ray.data.Dataset:
    """Articles as a ``Dataset`` of ``id``/``text`` rows, read by Ray Data's readers.

    Args:
        source: A folder of ``.txt``/``.md``/``.html`` files (ids: their paths under it; texts:
            their bytes), a ``.jsonl`` file of records (a line that is not one becomes an
            error row, as in ``newsbrief batch``), or a ``.parquet`` file or
            folder of them whose name ends in ``.parquet``. Any URI Ray Data reads
            (``s3://...``) works; on a cluster the input must be where every node can read it.
        id_column: The records' id field (JSONL, Parquet).
        text_column: The records' text field (JSONL, Parquet).

    Raises:
        InputError: No such file or folder, or a kind of file it does not read.
    """
    path = str(source)
    suffix = Path(path.rstrip("/")).suffix.lower()
    if is_local(path) and not Path(path).exists():
        raise errors.InputError(f"No such file or folder: {path}")
    if suffix == ".parquet":
        ds = ray.data.read_parquet(path)
        # Checked here, from the files' metadata: an error raised in a Ray task reaches this
        # process as Ray's, with the worker's traceback.
        columns = ds.columns()
        missing = [c for c in (id_column, text_column) if columns is not None and c not in columns]
        if missing:
            raise errors.InputError(
                f"{path} has no {' or '.join(map(repr, missing))} column (it has "
                f"{', '.join(columns or [])}); records need 'id' and 'text' (in the library: "
                "id_column=, text_column=)."
            )
    elif suffix in (".jsonl", ".json", ".ndjson"):
        lines = ray.data.read_text(path)
        return lines.map_batches(
            partial(_jsonl_records, path=path, id_column=id_column, text_column=text_column),
            batch_format="pyarrow",
        )
    elif not is_local(path) or Path(path).is_dir():
        root = os.path.abspath(path) if is_local(path) else path
        files = ray.data.read_binary_files(
            path, include_paths=True, file_extensions=[s.lstrip(".") for s in ARTICLE_SUFFIXES]
        )
        return files.map_batches(partial(_relative_ids, root=root), batch_format="pyarrow")
    else:
        raise errors.InputError(
            f"{path}: give a folder of {'/'.join(ARTICLE_SUFFIXES)} files, a .jsonl or a "
            ".parquet file."
        )
    return ds.map_batches(
        partial(_normalise, id_column=id_column, text_column=text_column),
        batch_format="pyarrow",
    )
