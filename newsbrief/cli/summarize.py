"""``newsbrief summarize``: print a brief of one article."""

from __future__ import annotations

import sys
from enum import Enum
from typing import Annotated

import typer

from newsbrief import errors
from newsbrief.cli.common import (
    BaseUrlOption,
    LanguageOption,
    ModelOption,
    NoCacheOption,
    fail,
    read_article,
)
from newsbrief.render import render
from newsbrief.retry import DEFAULT_TIMEOUT
from newsbrief.summarizer import Summarizer

__all__ = ["Format", "summarize"]


class Format(str, Enum):
    """Output formats of ``newsbrief summarize``."""

    markdown = "markdown"
    json = "json"
    text = "text"


def summarize(
    path: Annotated[str, typer.Argument(help="Article text file, or - for standard input.")],
    model: ModelOption = None,
    base_url: BaseUrlOption = None,
    language: LanguageOption = "en",
    output_format: Annotated[Format, typer.Option("--format", "-f")] = Format.markdown,
    timeout: Annotated[
        float, typer.Option(help="Deadline in seconds for the whole article.")
    ] = DEFAULT_TIMEOUT,
    no_cache: NoCacheOption = False,
) -> None:
    """Print a brief of one article."""
    try:
        text = read_article(path)
        summarizer = Summarizer(
            model,
            base_url=base_url,
            language=language,
            timeout=timeout,
            cache=not no_cache,
        )
        typer.echo(f"newsbrief: using {summarizer.model} ({summarizer.backend.reason})", err=True)
        brief = summarizer.summarize(text)
    except errors.NewsbriefError as error:
        raise fail(error) from error
    sys.stdout.write(render(brief, output_format.value))
