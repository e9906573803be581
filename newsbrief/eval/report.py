"""What an evaluation reports: per-article results, a model's aggregate, the JSON report."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

from newsbrief.eval.metrics import METRICS, Score, ScoreCounts, ratio

__all__ = ["Aggregate", "ArticleResult", "EvalReport", "ModelReport", "aggregate"]


class ArticleResult(BaseModel):
    """What one model did on one gold article.

    Attributes:
        id: The article's id (its gold file's stem).
        model: The model that made the brief.
        score: The brief's score, or ``None`` when there is no brief.
        error_type: Why there is no brief: the newsbrief error class (``"UnexpectedError"``
            for anything else; ``"MissingBrief"`` when a briefs file has no line for the
            article).
        error: The error's message.
        tokens_in: Input tokens over every call for the article.
        tokens_out: Output tokens over every call for the article.
        calls: HTTP calls made, including retries and re-asks.
        seconds: Wall time for the article, where known.
        cache_hit: Whether the brief came from the cache (no call, no cost).
        ran: Whether the model was run on the article (``False`` when a briefs file has no
            line for it); only such articles count in the cost per article.
    """

    model_config = ConfigDict(extra="forbid")

    id: str
    model: str
    score: Score | None = None
    error_type: str | None = None
    error: str | None = None
    tokens_in: int = 0
    tokens_out: int = 0
    calls: int = 0
    seconds: float | None = None
    cache_hit: bool = False
    ran: bool = True

    @property
    def ok(self) -> bool:
        """Whether the article got a brief and a score."""
        return self.score is not None

    @property
    def tokens(self) -> int:
        """Input plus output tokens."""
        return self.tokens_in + self.tokens_out


class Aggregate(BaseModel):
    """One model's figures over a gold set (see the module docstring).

    Attributes:
        articles: Gold articles.
        scored: Articles with a brief and a score.
        failures: Articles without a brief (``articles - scored``).
        cache_hits: Briefs that came from the cache.
        means: Per metric of :data:`METRICS`, its mean over the articles where it is defined
            (``None`` when it is defined on none).
        defined: Per metric, how many articles its mean covers.
        anonymous_named: Anonymous sources presented as named persons, over all articles.
        micro: The score counts summed over the scored articles.
        micro_claim_recall: Matched claims / gold claims, summed over the scored articles.
        micro_claim_precision: Matched claims / brief claims, likewise.
        micro_attribution_accuracy: Right sources / matched claims, likewise.
        micro_evidence_honesty: Honest spans / grounded spans, likewise.
        costed: Articles the cost figures cover: those the model ran, cache hits excluded.
        tokens_in: Mean input tokens per costed article.
        tokens_out: Mean output tokens per costed article.
        calls: Mean HTTP calls per costed article.
        seconds: Mean seconds per costed article whose time is known.
    """

    model_config = ConfigDict(extra="forbid")

    articles: int
    scored: int
    failures: int
    cache_hits: int
    means: dict[str, float | None]
    defined: dict[str, int]
    anonymous_named: int
    micro: ScoreCounts
    micro_claim_recall: float | None
    micro_claim_precision: float | None
    micro_attribution_accuracy: float | None
    micro_evidence_honesty: float | None
    costed: int
    tokens_in: float | None
    tokens_out: float | None
    calls: float | None
    seconds: float | None

    @property
    def tokens(self) -> float | None:
        """Mean tokens (in plus out) per costed article."""
        if self.tokens_in is None or self.tokens_out is None:
            return None
        return self.tokens_in + self.tokens_out


def _mean(values: Sequence[float | None]) -> float | None:
    known = [v for v in values if v is not None]
    return sum(known) / len(known) if known else None


def aggregate(results: Sequence[ArticleResult]) -> Aggregate:
    """The :class:`Aggregate` of a model's per-article results."""
    scores = [r.score for r in results if r.score is not None]
    micro = sum((s.counts for s in scores), ScoreCounts())
    costed = [r for r in results if r.ran and not r.cache_hit]
    return Aggregate(
        articles=len(results),
        scored=len(scores),
        failures=len(results) - len(scores),
        cache_hits=sum(1 for r in results if r.cache_hit),
        means={m: _mean([getattr(s, m) for s in scores]) for m in METRICS},
        defined={m: sum(1 for s in scores if getattr(s, m) is not None) for m in METRICS},
        anonymous_named=sum(s.anonymous_named for s in scores),
        micro=micro,
        micro_claim_recall=ratio(micro.matched_claims, micro.gold_claims),
        micro_claim_precision=ratio(micro.matched_claims, micro.brief_claims),
        micro_attribution_accuracy=ratio(micro.right_attribution, micro.matched_claims),
        micro_evidence_honesty=ratio(micro.honest, micro.grounded),
        costed=len(costed),
        tokens_in=_mean([r.tokens_in for r in costed]),
        tokens_out=_mean([r.tokens_out for r in costed]),
        calls=_mean([r.calls for r in costed]),
        seconds=_mean([r.seconds for r in costed]),
    )


class ModelReport(BaseModel):
    """One model's results on a gold set.

    Attributes:
        model: The model's label (a ``--model`` value, or the model in the briefs' metadata).
        source: ``"model"`` when the model was run, ``"briefs"`` when existing briefs were scored.
        briefs_file: The briefs file, for ``source == "briefs"``.
        unmatched_ids: Ids of the briefs file that name no gold article (or more than one).
        results: One result per gold article, in the gold set's order.
        aggregate: The figures over all of them.
    """

    model_config = ConfigDict(extra="forbid")

    model: str
    source: Literal["model", "briefs"]
    briefs_file: str | None = None
    unmatched_ids: list[str] = Field(default_factory=list)
    results: list[ArticleResult]
    aggregate: Aggregate


class EvalReport(BaseModel):
    """The JSON report of ``newsbrief eval``: ``EvalReport.model_dump_json(indent=2)``.

    Attributes:
        gold_dir: The gold directory.
        articles: The gold articles' ids, in order.
        models: One report per model, in the order given.
    """

    model_config = ConfigDict(extra="forbid")

    gold_dir: str
    articles: list[str]
    models: list[ModelReport]
