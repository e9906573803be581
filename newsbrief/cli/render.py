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
from newsbrief.cli.common import EXIT_INPUT, fail, load_source
from newsbrief.cli.summarize import Format, rendered
from newsbrief.models import Brief

__all__ = ["render_command"]


def _load_brief(path: Path) -> Brief:
    try:
        raw = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise errors.InputError(f"Cannot read {path}: {exc}") from exc
    try:
        data = json.loads(raw)
        if isinstance(data, dict) and "brief" in data and "metadata" not in data:
            data = data["brief"]  # one line of `newsbrief batch`
        return Brief.model_validate(data)
    except (ValueError, ValidationError) as exc:
        raise errors.InputError(f"{path} is not a brief's JSON ({exc}).") from exc


def render_command(
    brief_path: Annotated[Path, typer.Argument(metavar="BRIEF.json", help="A brief, as JSON.")],
    article: Annotated[
        str | None,
        typer.Argument(
            help="The article it was made from (text file, saved page or URL); not needed when "
            "the brief keeps the page's text."
        ),
    ] = None,
    output_format: Annotated[Format, typer.Option("--format", "-f")] = Format.html,
) -> None:
    """Render a saved brief: --format html draws the article with its evidence in place."""
    try:
        brief = _load_brief(brief_path)
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
        out = rendered(brief, output_format, text)
    except errors.NewsbriefError as error:
        raise fail(error, EXIT_INPUT if isinstance(error, errors.InputError) else None) from error
    sys.stdout.write(out)
