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
    load_source,
)
from newsbrief.models import Brief
from newsbrief.render import render
from newsbrief.report import render_html
from newsbrief.retry import DEFAULT_TIMEOUT
from newsbrief.summarizer import Summarizer

__all__ = ["Format", "rendered", "summarize"]


class Format(str, Enum):
    """Output formats of ``newsbrief summarize`` and ``newsbrief render``."""

    markdown = "markdown"
    json = "json"
    text = "text"
    html = "html"


def rendered(brief: Brief, output_format: Format, text: str | None) -> str:
    """``brief`` in ``output_format``; ``text`` is what its offsets index (for the HTML page).

    Raises:
        InputError: For ``html``, ``text`` is not the text the brief's offsets index.
    """
    if output_format is Format.html:
        return render_html(brief, text)
    return render(brief, output_format.value)


def summarize(
    path: Annotated[
        str,
        typer.Argument(
            help="An article text file, a saved page (.html), an http(s) URL, or - for "
            "standard input."
        ),
    ],
    model: ModelOption = None,
    base_url: BaseUrlOption = None,
    language: LanguageOption = "en",
    output_format: Annotated[
        Format,
        typer.Option("--format", "-f", help="html: one self-contained page, evidence in place."),
    ] = Format.markdown,
    timeout: Annotated[
        float, typer.Option(help="Deadline in seconds for the whole article.")
    ] = DEFAULT_TIMEOUT,
    no_cache: NoCacheOption = False,
) -> None:
    """Print a brief of one article (a file, a saved page or a URL)."""
    try:
        source = load_source(path)
        summarizer = Summarizer(
            model,
            base_url=base_url,
            language=language,
            timeout=timeout,
            cache=not no_cache,
        )
        typer.echo(f"newsbrief: using {summarizer.model} ({summarizer.backend.reason})", err=True)
        brief = summarizer.summarize(source)
        text = brief.article.text if brief.article is not None else summarizer.prepare(source).text
        out = rendered(brief, output_format, text)
    except errors.NewsbriefError as error:
        raise fail(error) from error
    sys.stdout.write(out)
