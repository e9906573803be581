"""What the ``newsbrief`` commands share: exit codes, option types, reading an article file."""

from __future__ import annotations

import logging
import sys
from pathlib import Path
from typing import Annotated

import typer

from newsbrief import errors
from newsbrief.redaction import redact
from newsbrief.web import WebArticle, extract_article, fetch_article

__all__ = [
    "EXIT_CONFIG",
    "EXIT_INPUT",
    "EXIT_OUTPUT",
    "EXIT_PARTIAL",
    "EXIT_PROVIDER",
    "BaseUrlOption",
    "LanguageOption",
    "ModelOption",
    "NoCacheOption",
    "configure_logging",
    "exit_code",
    "fail",
    "load_source",
    "read_article",
]

EXIT_INPUT = 2
"""Bad input or usage."""
EXIT_CONFIG = 3
"""A configuration error (no model, no key...)."""
EXIT_PROVIDER = 4
"""The model provider failed."""
EXIT_OUTPUT = 5
"""The model's output was unusable or not grounded."""
EXIT_PARTIAL = 6
"""``newsbrief batch`` finished but some articles failed."""


def exit_code(error: errors.NewsbriefError) -> int:
    """The exit code for ``error``."""
    if isinstance(error, errors.InputError):
        return EXIT_INPUT
    if isinstance(error, errors.ConfigurationError):
        return EXIT_CONFIG
    if isinstance(error, errors.ProviderError):
        return EXIT_PROVIDER
    return EXIT_OUTPUT


class _Redacting(logging.Filter):
    def filter(self, record: logging.LogRecord) -> bool:
        record.msg, record.args = redact(record.getMessage()), None
        return True


def configure_logging() -> None:
    """Warnings and errors of every library on stderr, with credentials redacted (see
    :func:`newsbrief.redaction.redact`); instructor's report of each failed attempt is left out
    (newsbrief reports what a failure cost itself, and a retried attempt is not news)."""
    root = logging.getLogger()
    if not any(isinstance(f, _Redacting) for h in root.handlers for f in h.filters):
        handler = logging.StreamHandler(sys.stderr)
        handler.setLevel(logging.WARNING)
        handler.addFilter(_Redacting())
        root.addHandler(handler)
    logging.getLogger("instructor").setLevel(logging.CRITICAL)


def fail(error: errors.NewsbriefError, code: int | None = None) -> typer.Exit:
    """Print ``error`` on stderr and return the ``typer.Exit`` to raise."""
    typer.echo(f"newsbrief: error: {error}", err=True)
    return typer.Exit(exit_code(error) if code is None else code)


def read_article(path: str) -> str:
    """The text of an article file (``-``: standard input).

    Raises:
        InputError: No such file, a directory, or not UTF-8.
    """
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


# Options shared by the commands.
ModelOption = Annotated[
    str | None, typer.Option("--model", "-m", help="Model, e.g. openai/gpt-4.1-mini, local.")
]
BaseUrlOption = Annotated[
    str | None, typer.Option(help="OpenAI-compatible endpoint (Ollama, vLLM, llama.cpp).")
]
LanguageOption = Annotated[
    str, typer.Option("--language", "-l", help="Brief language (ISO 639-1) or 'source'.")
]
NoCacheOption = Annotated[
    bool,
    typer.Option(
        "--no-cache", envvar="NEWSBRIEF_NO_CACHE", help="Neither read nor write the brief cache."
    ),
]


HTML_SUFFIXES = (".html", ".htm")


def load_source(path: str) -> str | WebArticle:
    """What ``path`` names, ready to brief: an http(s) URL is fetched and its article extracted,
    an ``.html``/``.htm`` file is extracted (its bytes, so that its charset is honoured), any
    other file (or ``-``, standard input) is read as UTF-8 text.

    Raises:
        InputError: No such file, not UTF-8, or the page cannot be fetched (``FetchError``).
    """
    if path.startswith(("http://", "https://")):
        return fetch_article(path)
    if path != "-" and Path(path).suffix.lower() in HTML_SUFFIXES:
        try:
            return extract_article(Path(path).read_bytes())
        except FileNotFoundError:
            raise errors.InputError(f"No such file: {path}") from None
        except IsADirectoryError:
            raise errors.InputError(f"{path} is a directory; pass one page.") from None
    return read_article(path)
