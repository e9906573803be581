"""``newsbrief cache``: inspect or empty the brief cache."""

from __future__ import annotations

import typer

from newsbrief.cache import BriefCache

__all__ = ["cache_app"]

cache_app = typer.Typer(help="Inspect or empty the brief cache.", no_args_is_help=True)


@cache_app.command("info")
def cache_info() -> None:
    """Where the cache is, how many briefs it holds and its size on disk."""
    store = BriefCache()
    typer.echo(f"{store.directory}: {len(store)} brief(s), {store.volume() / 1e6:.1f} MB")


@cache_app.command("clear")
def cache_clear() -> None:
    """Remove every cached brief."""
    store = BriefCache()
    typer.echo(f"removed {store.clear()} brief(s) from {store.directory}")
