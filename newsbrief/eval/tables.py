"""Tables of evaluation reports, for the terminal (``rich``)."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from rich import box
from rich.table import Table

from newsbrief.eval.metrics import METRICS
from newsbrief.eval.report import Aggregate, ModelReport

__all__ = ["article_table", "report_table"]

_LABELS = {
    "actor_recall": "actor recall",
    "actor_precision": "actor precision",
    "claim_recall": "claim recall",
    "claim_precision": "claim precision",
    "attribution_accuracy": "attribution accuracy",
    "evidence_honesty": "evidence honesty",
    "quotes_found": "quotes found",
    "issue_recall": "issue recall",
    "language_share": "brief in the language asked",
}


def _ratio_text(value: float | None) -> str:
    return "n/a" if value is None else f"{value:.3f}"


def _number(value: float | None, digits: int = 0) -> str:
    return "n/a" if value is None else f"{value:,.{digits}f}"


def report_table(reports: Sequence[ModelReport]) -> Table:
    """A table comparing models side by side: one row per figure, one column per model.

    Args:
        reports: The models' reports, one column each, in order.

    Returns:
        A ``rich`` table (print it with ``rich.console.Console().print``).
    """
    articles = max((r.aggregate.articles for r in reports), default=0)
    table = Table(
        title=f"newsbrief eval: {articles} gold article(s)",
        caption="n=k: mean over the k articles where the metric is defined; "
        "cost: per article run, cache hits left out",
        box=box.SIMPLE_HEAD,
    )
    table.add_column("metric")
    for report in reports:
        table.add_column(report.model, justify="right")

    def row(label: str, cell: Callable[[Aggregate], str]) -> None:
        table.add_row(label, *(cell(r.aggregate) for r in reports))

    row("articles scored", lambda a: f"{a.scored}/{a.articles}")
    for metric in METRICS:

        def cell(a: Aggregate, metric: str = metric) -> str:
            text = _ratio_text(a.means[metric])
            n = a.defined[metric]
            return f"{text} (n={n})" if 0 < n < a.scored else text

        row(_LABELS[metric], cell)
    row("anonymous as named (total)", lambda a: str(a.anonymous_named))
    row(
        "claims matched / gold / brief",
        lambda a: f"{a.micro.matched_claims} / {a.micro.gold_claims} / {a.micro.brief_claims}",
    )
    row("tokens / article", lambda a: _number(a.tokens))
    row("  in / out", lambda a: f"{_number(a.tokens_in)} / {_number(a.tokens_out)}")
    row("calls / article", lambda a: _number(a.calls, 1))
    row("seconds / article", lambda a: _number(a.seconds, 1))
    row("cache hits", lambda a: str(a.cache_hits))
    row("failures", lambda a: str(a.failures))
    return table


def _two(value: float | None) -> str:
    """Two decimals without the leading zero (".29", "1.00"): the per-article table is narrow."""
    return "n/a" if value is None else f"{value:.2f}".removeprefix("0")


def article_table(report: ModelReport) -> Table:
    """One model's figures article by article; failed articles are listed under the table.

    Args:
        report: The model's report.

    Returns:
        A ``rich`` table, one row per gold article (two decimals, to fit 80 columns).
    """
    failed = [f"{r.id}: {r.error_type}: {r.error}" for r in report.results if not r.ok]
    legend = (
        "actors, claims: recall/precision; attr: attribution accuracy; anon: anonymous as "
        "named; hon: evidence honesty; qf: quotes found; iss: issue recall; lang: brief in the "
        "language asked; * cache hit"
    )
    table = Table(
        title=f"{report.model}: per article",
        caption="\n".join([legend, *(f"failed: {line}" for line in failed)]),
        caption_justify="left",
        box=box.SIMPLE_HEAD,
        padding=0,
        show_edge=False,
    )
    table.add_column("article", overflow="fold")
    for header in ("actors", "claims", "attr", "anon", "hon", "qf", "iss", "lang", "tokens", "s"):
        table.add_column(header, justify="right", no_wrap=True)
    for r in report.results:
        name = f"{r.id} *" if r.cache_hit else r.id
        cost = [_number(r.tokens), _number(r.seconds)]
        s = r.score
        if s is None:
            table.add_row(name, "failed", *([""] * 7), *cost)
            continue
        table.add_row(
            name,
            f"{_two(s.actor_recall)}/{_two(s.actor_precision)}",
            f"{_two(s.claim_recall)}/{_two(s.claim_precision)}",
            _two(s.attribution_accuracy),
            str(s.anonymous_named),
            _two(s.evidence_honesty),
            _two(s.quotes_found),
            _two(s.issue_recall),
            _two(s.language_share),
            *cost,
        )
    return table
