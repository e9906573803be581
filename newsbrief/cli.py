"""The ``newsbrief`` command.

Exit codes: 0 success, 1 unexpected error, 2 bad input or usage, 3 configuration error,
4 provider failure, 5 the model's output was unusable or not grounded.
"""

from __future__ import annotations

import sys
from enum import Enum
from pathlib import Path
from typing import Annotated

import typer

from newsbrief import errors
from newsbrief.render import render
from newsbrief.retry import DEFAULT_TIMEOUT
from newsbrief.summarizer import Summarizer

__all__ = ["EXIT_CONFIG", "EXIT_INPUT", "EXIT_OUTPUT", "EXIT_PROVIDER", "app"]

EXIT_INPUT = 2
EXIT_CONFIG = 3
EXIT_PROVIDER = 4
EXIT_OUTPUT = 5

app = typer.Typer(
    help="Grounded, source-attributed briefs of news articles.",
    no_args_is_help=True,
    add_completion=False,
)


class Format(str, Enum):
    markdown = "markdown"
    json = "json"
    text = "text"


def _exit_code(error: errors.NewsbriefError) -> int:
    if isinstance(error, errors.InputError):
        return EXIT_INPUT
    if isinstance(error, errors.ConfigurationError):
        return EXIT_CONFIG
    if isinstance(error, errors.ProviderError):
        return EXIT_PROVIDER
    return EXIT_OUTPUT


def _read(path: str) -> str:
    if path == "-":
        return sys.stdin.read()
    file = Path(path)
    try:
        return file.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise errors.InputError(f"No such file: {path}") from None
    except UnicodeDecodeError as exc:
        raise errors.InputError(f"{path} is not UTF-8 text ({exc.reason}).") from exc
    except IsADirectoryError:
        raise errors.InputError(f"{path} is a directory; pass one article file.") from None


@app.callback()
def main() -> None:
    """Grounded, source-attributed briefs of news articles."""


@app.command()
def summarize(
    path: Annotated[str, typer.Argument(help="Article text file, or - for standard input.")],
    model: Annotated[
        str | None, typer.Option("--model", "-m", help="Model, e.g. openai/gpt-4.1-mini, local.")
    ] = None,
    base_url: Annotated[
        str | None, typer.Option(help="OpenAI-compatible endpoint (Ollama, vLLM, llama.cpp).")
    ] = None,
    language: Annotated[
        str, typer.Option("--language", "-l", help="Brief language (ISO 639-1) or 'source'.")
    ] = "en",
    output_format: Annotated[Format, typer.Option("--format", "-f")] = Format.markdown,
    timeout: Annotated[
        float, typer.Option(help="Deadline in seconds for the whole article.")
    ] = DEFAULT_TIMEOUT,
) -> None:
    """Print a brief of one article."""
    try:
        text = _read(path)
        summarizer = Summarizer(model, base_url=base_url, language=language, timeout=timeout)
        typer.echo(f"newsbrief: using {summarizer.model} ({summarizer.backend.reason})", err=True)
        brief = summarizer.summarize(text)
    except errors.NewsbriefError as error:
        typer.echo(f"newsbrief: error: {error}", err=True)
        raise typer.Exit(_exit_code(error)) from error
    sys.stdout.write(render(brief, output_format.value))
