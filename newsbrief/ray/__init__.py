"""Ray Data: brief an archive of any size on a Ray cluster, or on every core of one machine.

Install with ``pip install "newsbrief[ray]"``. The pieces, from the highest level down:

* :func:`brief_archive`: the job ``newsbrief batch INPUT --out OUT --engine ray`` runs: read a
  folder, a JSONL or a Parquet file with Ray Data's readers, skip the ids already in ``OUT``,
  brief the rest on an actor pool and write JSONL or Parquet as results arrive, so a killed run
  resumes where it stopped.
* :func:`brief_dataset`: ``Dataset`` of articles in, ``Dataset`` of results out (lazy, like
  every Ray Data transform): write it with ``write_parquet``/``write_json``, or join it back.
* :class:`BriefArticles`: the callable class behind it, for ``Dataset.map_batches`` with an
  actor pool. Each actor builds its :class:`~newsbrief.Summarizer` once, from plain options, and
  briefs through one :func:`~newsbrief.batch.asummarize_many` that every batch it is given
  feeds: an actor keeps ``concurrency`` requests in flight however Ray hands it batches.
* :func:`shared_limiter` and :class:`RateWindow`: one request and token budget for the whole
  cluster, held by a small Ray actor that every article asks before it starts.

Output columns (:data:`OUTPUT_SCHEMA`): ``id``, ``ok``, ``headline``, ``language``, ``claims``
(each claim with its source and evidence spans, flattened for queries), ``brief_json`` (the
whole :class:`~newsbrief.Brief`), ``error_type``, ``error_message``, ``retryable``,
``error_json``, ``attempts``, token counts, ``cache_hit`` and ``model``; one row per input row.

Fault tolerance is Ray's: an actor that dies is restarted (``max_restarts=-1``) and its
unfinished tasks are retried on it (``max_task_retries=-1``). A task's output rows are reported
only when its batch is done, and a retried task's outputs replace the lost ones rather than add
to them, so an article whose actor died is briefed again (with the brief cache on, for free when
it was finished before the death) but appears once in the output.

Example:
    >>> import ray
    >>> from newsbrief.ray import brief_dataset
    >>> articles = ray.data.read_parquet("s3://archive/articles/")  # doctest: +SKIP
    >>> briefs = brief_dataset(  # doctest: +SKIP
    ...     articles, model="openai/gpt-4.1-mini", num_actors=8, requests_per_minute=3_000
    ... )
    >>> briefs.write_parquet("s3://archive/briefs/")  # doctest: +SKIP
"""

# isort: off
# In the order of the reference page (mkdocstrings lists re-exported names as they are imported
# here): from the rows up to the archive, as the data flows.
from newsbrief.ray.rows import INPUT_ERROR_COLUMN, OUTPUT_SCHEMA, result_row, result_from_row
from newsbrief.ray.budget import RateWindow, shared_limiter
from newsbrief.ray.actors import BriefArticles
from newsbrief.ray.datasets import (
    DEFAULT_NUM_ACTORS,
    DEFAULT_BATCH_SIZE,
    DEFAULT_ACTOR_CPUS,
    ARTICLE_SUFFIXES,
    brief_dataset,
    articles_dataset,
    read_articles,
)
from newsbrief.ray.archive import ArchiveSummary, finished_ids, brief_archive
# isort: on

__all__ = [
    "ARTICLE_SUFFIXES",
    "DEFAULT_ACTOR_CPUS",
    "DEFAULT_BATCH_SIZE",
    "DEFAULT_NUM_ACTORS",
    "INPUT_ERROR_COLUMN",
    "OUTPUT_SCHEMA",
    "ArchiveSummary",
    "BriefArticles",
    "RateWindow",
    "articles_dataset",
    "brief_archive",
    "brief_dataset",
    "finished_ids",
    "read_articles",
    "result_from_row",
    "result_row",
    "shared_limiter",
]
