"""``newsbrief eval``: run models on a gold set, or score existing briefs, and compare them.

See :mod:`newsbrief.eval`
for the metrics, the table and the JSON report.

Exit codes: 0 when the evaluation ran (articles that failed are in the table and the report),
2 on usage errors, a bad gold directory or a bad briefs file, 3 on configuration errors.
"""

from __future__ import annotations

from pathlib import Path
from typing import Annotated

import typer
from rich.console import Console

from newsbrief import errors
from newsbrief.cli.common import EXIT_CONFIG, EXIT_INPUT, fail
from newsbrief.eval import (
    ArticleResult,
    EvalReport,
    ModelReport,
    SupportsSummarize,
    article_table,
    evaluate_briefs,
    evaluate_model,
    load_gold_dir,
    report_table,
)
from newsbrief.retry import DEFAULT_TIMEOUT
from newsbrief.summarizer import Summarizer

__all__ = ["eval_command"]


def _make_summarizer(
    model: str, language: str, timeout: float, use_cache: bool
) -> SupportsSummarize:
    """The summarizer ``newsbrief eval`` runs for one ``--model`` value (the one place one is made).

    ``use_cache`` turns on the default brief cache (:mod:`newsbrief.cache`).
    """
    return Summarizer(model, language=language, timeout=timeout, cache=use_cache)


def _progress(position: int, total: int, result: ArticleResult) -> None:
    cost = f"{result.seconds or 0:,.0f} s, {result.tokens:,} tokens"
    if result.ok:
        cached = " (cached)" if result.cache_hit else ""
        typer.echo(f"[{position}/{total}] {result.id}: {cost}{cached}", err=True)
    else:
        typer.echo(
            f"[{position}/{total}] {result.id}: FAILED {result.error_type}: {result.error} "
            f"({cost})",
            err=True,
        )


def eval_command(
    gold_dir: Annotated[
        Path,
        typer.Argument(
            metavar="GOLD_DIR", help="Gold directory: gold files (*.json) naming their articles."
        ),
    ],
    model: Annotated[
        list[str] | None,
        typer.Option(
            "--model",
            "-m",
            metavar="MODEL",
            help="Model to run on every article; repeat to compare models.",
        ),
    ] = None,
    briefs: Annotated[
        Path | None,
        typer.Option(
            metavar="FILE",
            help="Score these briefs (`newsbrief batch` JSON lines); no model is called.",
        ),
    ] = None,
    language: Annotated[
        str, typer.Option("--language", "-l", help="Brief language (ISO 639-1) or 'source'.")
    ] = "en",
    json_out: Annotated[
        Path | None,
        typer.Option("--json", metavar="PATH", help="Write the JSON report to this file."),
    ] = None,
    timeout: Annotated[
        float, typer.Option(help="Deadline in seconds for each article.")
    ] = DEFAULT_TIMEOUT,
    no_cache: Annotated[
        bool,
        typer.Option(
            "--no-cache", envvar="NEWSBRIEF_NO_CACHE", help="Run every article, even if cached."
        ),
    ] = False,
    per_article: Annotated[
        bool, typer.Option("--per-article", help="Also print each model's per-article table.")
    ] = False,
) -> None:
    """Score models (or existing briefs) on a gold set and print a comparison table."""

    models = list(model or [])
    if bool(models) == (briefs is not None):
        raise typer.BadParameter(
            "give --model (one or more, to run models) or --briefs FILE (to score briefs made "
            "already), not both."
            if models
            else "give --model M (one or more) or --briefs FILE.",
            param_hint="'--model' / '--briefs'",
        )
    if json_out is not None and not json_out.parent.is_dir():
        raise typer.BadParameter(
            f"no directory {json_out.parent} to write the report in.", param_hint="'--json'"
        )
    try:
        items = load_gold_dir(gold_dir)
    except errors.NewsbriefError as error:
        raise fail(error, EXIT_INPUT) from error

    reports: list[ModelReport] = []
    if briefs is not None:
        try:
            report = evaluate_briefs(items, briefs, language=language)
        except errors.NewsbriefError as error:
            raise fail(error, EXIT_INPUT) from error
        typer.echo(
            f"newsbrief: scored {report.aggregate.scored} of {len(items)} article(s) from "
            f"{briefs} ({report.model})",
            err=True,
        )
        if report.unmatched_ids:
            typer.echo(
                "newsbrief: lines naming no gold article: " + ", ".join(report.unmatched_ids),
                err=True,
            )
        reports.append(report)
    else:
        summarizers: list[tuple[str, SupportsSummarize]] = []
        for name in models:
            try:
                summarizer = _make_summarizer(name, language, timeout, not no_cache)
            except errors.ConfigurationError as error:
                raise fail(error, EXIT_CONFIG) from error
            except errors.NewsbriefError as error:
                raise fail(error, EXIT_INPUT) from error
            label = getattr(summarizer, "model", None)
            summarizers.append((label if isinstance(label, str) else name, summarizer))
        for label, summarizer in summarizers:
            reason = getattr(getattr(summarizer, "backend", None), "reason", None)
            using = f"{label} ({reason})" if reason else label
            typer.echo(f"newsbrief: evaluating {using} on {len(items)} article(s)", err=True)
            reports.append(
                evaluate_model(
                    items, summarizer, label=label, language=language, progress=_progress
                )
            )

    console = Console()
    console.print(report_table(reports))
    if per_article:
        for report in reports:
            console.print(article_table(report))
    if json_out is not None:
        full = EvalReport(gold_dir=str(gold_dir), articles=[i for i, _ in items], models=reports)
        try:
            json_out.write_text(full.model_dump_json(indent=2) + "\n", encoding="utf-8")
        except OSError as exc:
            typer.echo(f"newsbrief: error: cannot write {json_out}: {exc}", err=True)
            raise typer.Exit(EXIT_INPUT) from exc
        typer.echo(f"newsbrief: JSON report written to {json_out}", err=True)
