"""Run a model on a gold set, or read briefs made already, and score every article."""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Protocol

from pydantic import ValidationError

from newsbrief import errors
from newsbrief.batch import BatchError, BatchResult
from newsbrief.eval.gold import GoldArticle, GoldError, load_gold
from newsbrief.eval.metrics import score_brief
from newsbrief.eval.report import ArticleResult, ModelReport, aggregate
from newsbrief.models import Brief

__all__ = ["SupportsSummarize", "evaluate_briefs", "evaluate_model", "load_gold_dir"]


def load_gold_dir(path: str | Path) -> list[tuple[str, GoldArticle]]:
    """Load every gold file (``*.json``) of a directory, with its article.

    Args:
        path: The gold directory.

    Returns:
        ``(id, gold)`` pairs sorted by id, the id being the gold file's stem
        (``harbor-strike.en`` for ``harbor-strike.en.json``).

    Raises:
        GoldError: The directory does not exist or holds no gold file, or a gold file is
            malformed or does not hold in its article (see :func:`~newsbrief.eval.load_gold`).
    """
    directory = Path(path)
    if not directory.is_dir():
        raise GoldError(f"{directory}: not a directory of gold files.")
    files = sorted(directory.glob("*.json"))
    if not files:
        raise GoldError(f"{directory}: no gold files (*.json) in it.")
    return [(file.stem, load_gold(file)) for file in files]


class SupportsSummarize(Protocol):
    """Anything that makes a brief of an article text, like :class:`~newsbrief.Summarizer`."""

    def summarize(self, text: str) -> Brief:
        """Make a brief of ``text``."""
        ...


def _brief_result(
    item_id: str, brief: Brief, gold: GoldArticle, seconds: float, language: str | None
) -> ArticleResult:
    meta = brief.metadata
    return ArticleResult(
        id=item_id,
        model=meta.model,
        score=score_brief(brief, gold, language=language),
        tokens_in=meta.usage.prompt_tokens,
        tokens_out=meta.usage.completion_tokens,
        calls=meta.attempts,
        seconds=seconds,
        cache_hit=meta.cache_hit,
    )


def _error_result(item_id: str, model: str, exc: Exception, seconds: float) -> ArticleResult:
    if not isinstance(exc, errors.NewsbriefError):
        return ArticleResult(
            id=item_id,
            model=model,
            error_type="UnexpectedError",
            error=f"{type(exc).__name__}: {exc}",
            seconds=seconds,
        )
    usage = exc.usage
    return ArticleResult(
        id=item_id,
        model=model,
        error_type=type(exc).__name__,
        error=exc.message,
        tokens_in=usage.prompt_tokens if usage is not None else 0,
        tokens_out=usage.completion_tokens if usage is not None else 0,
        calls=exc.attempts,
        seconds=exc.elapsed or seconds,
    )


def evaluate_model(
    gold_items: Sequence[tuple[str, GoldArticle]],
    summarizer: SupportsSummarize,
    *,
    label: str | None = None,
    language: str | None = None,
    progress: Callable[[int, int, ArticleResult], None] | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> ModelReport:
    """Run a summarizer on every gold article and score each brief.

    A failure on one article (any ``Exception``) becomes that article's result; the others still
    run. The summarizer keeps its own options (language, cache...): actors and sources are
    compared by name, so the brief's language does not change the scores.

    Args:
        gold_items: ``(id, gold)`` pairs, as :func:`load_gold_dir` gives them.
        summarizer: A :class:`~newsbrief.Summarizer`, or anything with its ``summarize``.
        label: The model's name in the report; default the summarizer's ``model``.
        language: The language the summarizer briefs in (ISO 639-1 or ``"source"``), to score
            the share of each brief written in it; default the summarizer's ``language``.
        progress: Called after each article with ``(position from 1, total, result)``.
        clock: Wall clock, for articles whose brief or error does not give its time.

    Returns:
        The model's report.
    """
    name = label if label is not None else str(getattr(summarizer, "model", "model"))
    if language is None:
        given = getattr(summarizer, "language", None)
        language = given if isinstance(given, str) else None
    results: list[ArticleResult] = []
    for position, (item_id, gold) in enumerate(gold_items, start=1):
        started = clock()
        try:
            brief = summarizer.summarize(gold.text)
        except Exception as exc:
            result = _error_result(item_id, name, exc, clock() - started)
        else:
            elapsed = brief.metadata.duration_seconds or clock() - started
            result = _brief_result(item_id, brief, gold, elapsed, language)
            result = result.model_copy(update={"model": name})
        results.append(result)
        if progress is not None:
            progress(position, len(gold_items), result)
    return ModelReport(model=name, source="model", results=results, aggregate=aggregate(results))


def _read_batch(path: Path) -> list[BatchResult]:
    """The lines of a batch output; a last line cut short by a kill (no newline) is left out."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise errors.InputError(f"No such briefs file: {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise errors.InputError(f"{path}: cannot read it ({exc}).") from exc
    lines = text.splitlines()
    read: list[BatchResult] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            read.append(BatchResult.model_validate_json(line))
        except ValidationError as exc:
            if number == len(lines) and not text.endswith("\n"):
                break  # cut short: `newsbrief batch` drops it too when it resumes
            first = exc.errors()[0]
            where = ".".join(str(x) for x in first["loc"])
            raise errors.InputError(
                f"{path}:{number}: not a `newsbrief batch` line ({where}: {first['msg']})."
            ) from exc
    return read


def _resolve(line_id: str, gold_items: Sequence[tuple[str, GoldArticle]]) -> str | None:
    """The gold id a batch line's id names: a gold stem, else a unique article file name."""
    candidates = [line_id, Path(line_id).name]
    stems = {item_id for item_id, _ in gold_items}
    for candidate in candidates:
        if candidate in stems:
            return candidate
    for candidate in candidates:
        owners = [item_id for item_id, g in gold_items if Path(g.article).name == candidate]
        if len(owners) == 1:
            return owners[0]
    return None


def evaluate_briefs(
    gold_items: Sequence[tuple[str, GoldArticle]],
    briefs_path: str | Path,
    *,
    label: str | None = None,
    language: str | None = None,
) -> ModelReport:
    """Score existing briefs (the JSON lines ``newsbrief batch`` writes); no model is called.

    A line's ``id`` names a gold article by its gold file's stem (``harbor-strike.en``) or by its
    article's file name (``harbor-strike.en.txt``, also as a path). As in ``newsbrief batch``,
    when several lines name the same article the last one wins (an error, then a brief on a
    re-run). Error lines count as failures with their cost; gold articles without a line fail as
    ``MissingBrief``; lines that name no gold article are listed in ``unmatched_ids``.

    Args:
        gold_items: ``(id, gold)`` pairs, as :func:`load_gold_dir` gives them.
        briefs_path: The JSON lines file.
        label: The model's name in the report; default the model(s) in the briefs' metadata.
        language: The language the briefs were asked in (ISO 639-1 or ``"source"``), to score
            the share of each brief written in it; ``None``: not scored.

    Returns:
        The report, ``source == "briefs"``.

    Raises:
        InputError: The file is missing or unreadable, or a line is not a batch result.
    """
    path = Path(briefs_path)
    by_id: dict[str, BatchResult] = {}
    unmatched: list[str] = []
    for line in _read_batch(path):
        item_id = _resolve(line.id, gold_items)
        if item_id is None:
            unmatched.append(line.id)
        else:
            by_id[item_id] = line  # the last line wins
    models = sorted({r.brief.metadata.model for r in by_id.values() if r.brief is not None})
    name = label if label is not None else (", ".join(models) or path.name)
    results: list[ArticleResult] = []
    for item_id, gold in gold_items:
        if item_id not in by_id:
            missing = ArticleResult(
                id=item_id,
                model=name,
                error_type="MissingBrief",
                error=f"no line for this article in {path}",
                ran=False,
            )
            results.append(missing)
            continue
        line = by_id[item_id]
        if line.brief is not None:
            meta = line.brief.metadata
            result = _brief_result(item_id, line.brief, gold, meta.duration_seconds, language)
            results.append(result)
        else:
            failure = line.error or BatchError(type="UnexpectedError", message="no brief, no error")
            failed = ArticleResult(
                id=item_id,
                model=name,
                error_type=failure.type,
                error=failure.message,
                tokens_in=failure.usage.prompt_tokens,
                tokens_out=failure.usage.completion_tokens,
                calls=failure.attempts,
            )
            results.append(failed)
    return ModelReport(
        model=name,
        source="briefs",
        briefs_file=str(path),
        unmatched_ids=unmatched,
        results=results,
        aggregate=aggregate(results),
    )
