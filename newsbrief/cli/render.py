"""``newsbrief render``: show a brief made earlier (the JSON ``summarize --format json`` or a
line of ``newsbrief batch`` wrote) in another format, the HTML page included."""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Annotated

import typer
from pydantic import ValidationError

from newsbrief import errors
from newsbrief.batch import BatchResult
from newsbrief.cli.batch import article_texts
from newsbrief.cli.common import EXIT_INPUT, fail, load_source
from newsbrief.cli.summarize import Format, rendered
from newsbrief.models import Brief
from newsbrief.report import write_batch_report

__all__ = ["render_command"]


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise errors.InputError(f"Cannot read {path}: {exc}") from exc


def _batch_results(raw: str, path: Path) -> list[BatchResult] | None:
    """The lines of a ``newsbrief batch`` output, or ``None`` when ``raw`` is one brief."""
    lines = [line for line in raw.splitlines() if line.strip()]
    if not lines:
        raise errors.InputError(f"{path} is empty.")
    try:
        first = json.loads(lines[0])
    except ValueError:
        return None
    if len(lines) == 1 and not (isinstance(first, dict) and "id" in first):
        return None
    results: dict[str, BatchResult] = {}
    for number, line in enumerate(lines, 1):
        try:
            result = BatchResult.model_validate_json(line)
        except (ValueError, ValidationError) as exc:
            raise errors.InputError(
                f"{path} line {number} is not a `newsbrief batch` line ({exc})."
            ) from exc
        results[result.id] = result  # the last line for an id wins, as for a resumed batch
    return list(results.values())


def _load_brief(path: Path, raw: str) -> Brief:
    try:
        return Brief.model_validate(json.loads(raw))
    except (ValueError, ValidationError) as exc:
        raise errors.InputError(f"{path} is not a brief's JSON ({exc}).") from exc


def render_command(
    brief_path: Annotated[
        Path,
        typer.Argument(
            metavar="BRIEF.json|BRIEFS.jsonl",
            help="A brief, as JSON; or the output of `newsbrief batch` (with --out DIR).",
        ),
    ],
    article: Annotated[
        str | None,
        typer.Argument(
            help="The article it was made from (text file, saved page or URL); not needed when "
            "the brief keeps the page's text."
        ),
    ] = None,
    output_format: Annotated[Format, typer.Option("--format", "-f")] = Format.html,
    out: Annotated[
        Path | None,
        typer.Option(
            "--out",
            "-o",
            help="For a batch's output: the folder of the HTML report (one page per article "
            "and an index.html).",
        ),
    ] = None,
    articles: Annotated[
        Path | None,
        typer.Option(
            "--articles",
            help="For a batch's output: the batch's input (folder or JSONL), to draw each "
            "article with its evidence.",
        ),
    ] = None,
) -> None:
    """Render saved briefs: --format html draws the article with its evidence in place; a
    batch's output becomes an HTML report, one page per article and an index."""
    try:
        raw = _read(brief_path)
        results = _batch_results(raw, brief_path)
        if results is not None:
            if out is None:
                raise errors.InputError(
                    f"{brief_path} is a batch's output: give --out DIR for its HTML report."
                )
            texts = article_texts(articles) if articles is not None else None
            index = write_batch_report(results, out, texts)
            typer.echo(f"newsbrief: {len(results)} article(s) -> {index}", err=True)
            return
        brief = _load_brief(brief_path, raw)
        text: str | None = None
        if brief.article is not None and brief.article.text is not None:
            text = brief.article.text
        elif article is not None:
            source = load_source(article)
            text = source if isinstance(source, str) else source.text
        elif output_format is Format.html:
            raise errors.InputError(
                "Give the article the brief was made from: the HTML page draws the evidence "
                "in its text."
            )
        page = rendered(brief, output_format, text)
    except errors.NewsbriefError as error:
        raise fail(error, EXIT_INPUT if isinstance(error, errors.InputError) else None) from error
    sys.stdout.write(page)
