"""The ``newsbrief`` command: one module per subcommand, registered here.

Exit codes: 0 success, 1 unexpected error, 2 bad input or usage, 3 configuration error,
4 provider failure, 5 the model's output was unusable or not grounded, 6 ``newsbrief batch``
finished but some articles failed (their error lines are in the output).

Briefs are cached on disk (see :mod:`newsbrief.cache`) unless ``--no-cache`` is given or
``NEWSBRIEF_NO_CACHE=1`` is set.
"""

from __future__ import annotations

import typer

from newsbrief.cli.batch import batch
from newsbrief.cli.cache import cache_app
from newsbrief.cli.common import configure_logging
from newsbrief.cli.eval import eval_command
from newsbrief.cli.extract import extract
from newsbrief.cli.render import render_command
from newsbrief.cli.summarize import summarize

__all__ = ["app"]

app = typer.Typer(
    help="Grounded, source-attributed briefs of news articles.",
    no_args_is_help=True,
    add_completion=False,
)


@app.callback()
def main() -> None:
    """Grounded, source-attributed briefs of news articles."""
    configure_logging()


app.command()(summarize)
app.command()(extract)
app.command("render")(render_command)
app.command()(batch)
app.add_typer(cache_app, name="cache")
app.command("eval")(eval_command)
