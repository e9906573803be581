"""``newsbrief extract``: print what the model will see for a page, a URL or a text file."""

from __future__ import annotations

import dataclasses
import json
from typing import Annotated

import typer

from newsbrief import errors
from newsbrief.cli.common import fail, load_source

__all__ = ["extract"]


def extract(
    path: Annotated[
        str, typer.Argument(help="A saved page (.html), an http(s) URL, or a text file.")
    ],
    as_json: Annotated[
        bool, typer.Option("--json", help="The text and its metadata as one JSON object.")
    ] = False,
) -> None:
    """Print the article's text as newsbrief extracts it, with the page's metadata: the way to
    check an input before briefing it."""
    try:
        source = load_source(path)
    except errors.NewsbriefError as error:
        raise fail(error) from error
    if isinstance(source, str):
        fields: dict[str, object] = {"text": source}
    else:
        fields = dataclasses.asdict(source)
        fields["notes"] = list(source.notes)
    if as_json:
        typer.echo(json.dumps(fields, ensure_ascii=False, indent=2))
        return
    for name, value in fields.items():
        if name not in ("text", "notes") and value is not None:
            typer.echo(f"{name}: {value}")
    for note in fields.get("notes") or []:  # type: ignore[attr-defined]
        typer.echo(f"note: {note}", err=True)
    typer.echo("")
    typer.echo(str(fields["text"]))
