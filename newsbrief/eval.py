"""Score briefs against gold annotations, and compare models on a whole gold set.

Metrics of one brief against one gold annotation (:func:`score_brief`; each in [0, 1], ``None``
when its denominator is zero):

* **actor recall / precision**: a brief actor matches a gold actor when its name equals the gold
  name or one of its aliases, compared case- and accent-insensitively (NFKD, marks dropped,
  casefold). Recall = gold actors matched / gold actors; precision = brief actors matching some
  gold actor / brief actors. Example: gold {Antony Blinken (alias Blinken), Sergey Lavrov}, brief
  {"blinken", "US State"}: recall 1/2, precision 1/2.
* **claim recall / precision**: a brief claim matches a gold claim when one of its grounded
  evidence spans overlaps one of the gold claim's spans by at least half of the shorter span.
  Pairs are matched one to one, best overlap first. Example: gold claims with spans [0:100] and
  [200:300], brief claims with spans [10:90] and [500:600]: recall 1/2, precision 1/2.
* **attribution accuracy**: over matched claims, the share whose source is right. The source
  kind must equal the gold one (gold ``author`` is the brief's ``article``) and, when the gold
  source is a ``named_person``, the brief must also name that person: the name of the actor its
  ``source.actor_id`` points to, or its ``source.description``, must equal the gold ``who`` or,
  when ``who`` names a gold actor, that actor's name or one of its aliases (compared like actor
  names: equal once normalised; a description that only contains the name, "Maria Okafor, the
  union's head", does not count, so set ``actor_id``). ``anonymous_named`` counts the worst error: a gold anonymous source presented as a
  named person. Example: gold claims h1 (named_person, who "Maria Okafor", a gold actor with
  alias "Okafor"), h2 (anonymous) and h3 (organization); matched brief claims: h1 as
  named_person with actor "Okafor" (right), h2 as named_person (wrong, and ``anonymous_named``
  1), h3 as organization (right): accuracy 2/3. With actor "Petra Lindqvist" for h1, it would be
  1/3: the kind is right but the person is not.
* **evidence honesty**: grounded evidence whose offsets hold / grounded evidence; must be 1.0.
  **quotes found**: grounded evidence / all evidence.
* **issue recall**: gold unresolved issues whose evidence overlaps the evidence of some brief issue.

:class:`Score` also carries the counts behind each ratio (:class:`ScoreCounts`).

Over a gold set (:func:`evaluate_model`, :func:`evaluate_briefs`), each model gets a
:class:`ModelReport`: one :class:`ArticleResult` per gold article (its score, or the error that
stopped it; a failure on one article never stops the others) and an :class:`Aggregate`: the MEAN
of each metric over the articles where it is defined (not ``None``), with how many articles that
is; micro figures over the summed counts (claims matched / gold claims, ...); the total
``anonymous_named``; the cost per article (mean tokens in and out, calls and seconds over the
articles the model actually ran: cache hits cost nothing and are counted apart); and the failures.

From the command line (``--json`` writes :class:`EvalReport` as JSON; the table goes to stdout,
progress to stderr)::

    # run one or more models on every article of the gold set and compare them
    newsbrief eval tests/gold --model local
    newsbrief eval tests/gold --model local --model openai/gpt-4.1-mini --json report.json
    # score briefs made already (the JSON lines ``newsbrief batch`` writes); no model is called
    newsbrief eval tests/gold --briefs briefs.jsonl --per-article

It exits 0 when the evaluation ran, even if some articles failed (they are in the table and the
report); 2 on a usage error, a bad gold directory or briefs file; 3 on a configuration error.
``--language`` (default ``en``), ``--timeout`` (per article) and ``--no-cache`` go to each model.

The table (:func:`report_table`) has one row per metric and one column per model: articles
scored, the mean metrics (``(n=k)`` when a metric is defined on fewer articles than were
scored), anonymous sources presented as named, claims matched / gold / brief (summed),
tokens, calls and seconds per article, cache hits, failures. ``--per-article`` adds one table per
model with each article's figures (:func:`article_table`). The JSON report is
``EvalReport.model_dump_json(indent=2)``: the gold directory, the article ids, and per model every
article's result (score with counts, error, tokens, calls, seconds, cache hit) and the aggregate.
A gold set is a directory of gold files (``*.json``, see :mod:`newsbrief.gold`), read by
:func:`load_gold_dir`; an article's id is its gold file's stem (``harbor-strike.en``).
"""

from __future__ import annotations

import time
import unicodedata
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Literal, Protocol

from pydantic import BaseModel, ConfigDict, Field, ValidationError
from rich import box
from rich.table import Table

from newsbrief import errors
from newsbrief.gold import GoldArticle, GoldError, GoldEvidence, load_gold
from newsbrief.models import Brief, Claim, Evidence, SourceKind

if TYPE_CHECKING:
    from newsbrief.batch import BatchResult

# newsbrief.batch is imported where it is used: the summarizer's chunking imports this module,
# and newsbrief.batch imports the summarizer.

__all__ = [
    "METRICS",
    "Aggregate",
    "ArticleResult",
    "EvalReport",
    "ModelReport",
    "Score",
    "ScoreCounts",
    "SupportsSummarize",
    "aggregate",
    "article_table",
    "evaluate_briefs",
    "evaluate_model",
    "load_gold_dir",
    "normalize_name",
    "overlap",
    "report_table",
    "score_brief",
]

MIN_OVERLAP = 0.5

METRICS: tuple[str, ...] = (
    "actor_recall",
    "actor_precision",
    "claim_recall",
    "claim_precision",
    "attribution_accuracy",
    "evidence_honesty",
    "quotes_found",
    "issue_recall",
)
"""The ratio metrics of :class:`Score`, in table order."""


class ScoreCounts(BaseModel):
    """The counts behind the ratios of a :class:`Score` (summed over articles for micro figures).

    Attributes:
        gold_actors: Gold key actors.
        brief_actors: Brief key actors.
        gold_actors_found: Gold actors some brief actor matches.
        brief_actors_matching: Brief actors that match some gold actor.
        gold_claims: Gold claims.
        brief_claims: Brief claims.
        matched_claims: One-to-one matched (brief, gold) claim pairs.
        right_attribution: Matched claims whose source is right.
        evidence: Evidence spans of the brief.
        grounded: Grounded evidence spans (with offsets).
        honest: Grounded spans whose offsets hold in the article.
        gold_issues: Gold unresolved issues.
        issues_found: Gold issues some brief issue overlaps.
    """

    model_config = ConfigDict(extra="forbid")

    gold_actors: int = 0
    brief_actors: int = 0
    gold_actors_found: int = 0
    brief_actors_matching: int = 0
    gold_claims: int = 0
    brief_claims: int = 0
    matched_claims: int = 0
    right_attribution: int = 0
    evidence: int = 0
    grounded: int = 0
    honest: int = 0
    gold_issues: int = 0
    issues_found: int = 0

    def __add__(self, other: ScoreCounts) -> ScoreCounts:
        fields = ScoreCounts.model_fields
        return ScoreCounts(**{name: getattr(self, name) + getattr(other, name) for name in fields})


class Score(BaseModel):
    """The scores of one brief against one gold annotation (see the module docstring)."""

    actor_recall: float | None
    actor_precision: float | None
    claim_recall: float | None
    claim_precision: float | None
    attribution_accuracy: float | None
    anonymous_named: int
    evidence_honesty: float | None
    quotes_found: float | None
    issue_recall: float | None
    counts: ScoreCounts = Field(default_factory=ScoreCounts)


def normalize_name(name: str) -> str:
    """Case- and accent-insensitive form of a name ("Sergéy  LAVROV" -> "sergey lavrov")."""
    decomposed = unicodedata.normalize("NFKD", name)
    bare = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(bare.casefold().split())


def overlap(a: tuple[int, int], b: tuple[int, int]) -> float:
    """Characters shared by two spans over the length of the shorter one (0 when disjoint)."""
    shared = min(a[1], b[1]) - max(a[0], b[0])
    shorter = min(a[1] - a[0], b[1] - b[0])
    return max(shared, 0) / shorter if shorter > 0 else 0.0


def _ratio(part: int, whole: int) -> float | None:
    return part / whole if whole else None


def _spans(evidence: Sequence[Evidence]) -> list[tuple[int, int]]:
    return [(e.start, e.end) for e in evidence if e.start is not None and e.end is not None]


def _gold_spans(evidence: Sequence[GoldEvidence]) -> list[tuple[int, int]]:
    return [(e.start, e.end) for e in evidence]


def _best(brief_spans: list[tuple[int, int]], gold_spans: list[tuple[int, int]]) -> float:
    return max((overlap(b, g) for b in brief_spans for g in gold_spans), default=0.0)


def _match(
    brief_items: list[list[tuple[int, int]]], gold_items: list[list[tuple[int, int]]]
) -> list[tuple[int, int]]:
    """One-to-one ``(brief index, gold index)`` pairs, best overlap first."""
    candidates = sorted(
        ((_best(b, g), i, j) for i, b in enumerate(brief_items) for j, g in enumerate(gold_items)),
        reverse=True,
    )
    used_brief: set[int] = set()
    used_gold: set[int] = set()
    pairs: list[tuple[int, int]] = []
    for value, i, j in candidates:
        if value < MIN_OVERLAP:
            break
        if i not in used_brief and j not in used_gold:
            used_brief.add(i)
            used_gold.add(j)
            pairs.append((i, j))
    return pairs


def _gold_names(who: str, gold: GoldArticle) -> set[str]:
    """The names that count for a gold source: ``who``, and the gold actor's it names."""
    wanted = normalize_name(who)
    names = {wanted}
    for actor in gold.key_actors:
        forms = {normalize_name(actor.name), *(normalize_name(x) for x in actor.aliases)}
        if wanted in forms:
            names |= forms
    return names


def _source_names(claim: Claim, brief: Brief) -> set[str]:
    """The names a brief gives a claim's source: its actor's name and its description."""
    names = {normalize_name(claim.source.description)}
    for actor in brief.key_actors:
        if claim.source.actor_id is not None and actor.id == claim.source.actor_id:
            names.add(normalize_name(actor.name))
    names.discard("")
    return names


def score_brief(brief: Brief, gold: GoldArticle) -> Score:
    """Score ``brief`` (made from ``gold.text``) against ``gold``.

    Args:
        brief: The brief to score; its offsets must index ``gold.text``.
        gold: The gold annotation, with its article text loaded (:func:`~newsbrief.gold.load_gold`).

    Returns:
        The metrics of the module docstring, with the counts behind them.
    """
    gold_names = [
        {normalize_name(a.name), *(normalize_name(x) for x in a.aliases)} for a in gold.key_actors
    ]
    brief_names = [normalize_name(a.name) for a in brief.key_actors]
    gold_hit = sum(1 for names in gold_names if any(n in names for n in brief_names))
    brief_hit = sum(1 for n in brief_names if any(n in names for names in gold_names))

    pairs = _match(
        [_spans(c.evidence) for c in brief.claims], [_gold_spans(c.evidence) for c in gold.claims]
    )
    right = 0
    anonymous_named = 0
    for i, j in pairs:
        expected = gold.claims[j].source
        got = brief.claims[i].source.kind
        kind_right = got.value == expected.kind or (
            expected.kind == "author" and got is SourceKind.ARTICLE
        )
        if kind_right and expected.kind == "named_person":
            kind_right = bool(
                _source_names(brief.claims[i], brief) & _gold_names(expected.who, gold)
            )
        if kind_right:
            right += 1
        if expected.kind == "anonymous" and got is SourceKind.NAMED_PERSON:
            anonymous_named += 1

    evidence = brief.evidence()
    grounded = [e for e in evidence if e.is_grounded]
    honest = sum(1 for e in grounded if gold.text[e.start : e.end] == e.quote)

    issue_spans = [_spans(u.evidence) for u in brief.unresolved_issues]
    issues_hit = sum(
        1
        for u in gold.unresolved_issues
        if any(_best(spans, _gold_spans(u.evidence)) >= MIN_OVERLAP for spans in issue_spans)
    )
    counts = ScoreCounts(
        gold_actors=len(gold.key_actors),
        brief_actors=len(brief.key_actors),
        gold_actors_found=gold_hit,
        brief_actors_matching=brief_hit,
        gold_claims=len(gold.claims),
        brief_claims=len(brief.claims),
        matched_claims=len(pairs),
        right_attribution=right,
        evidence=len(evidence),
        grounded=len(grounded),
        honest=honest,
        gold_issues=len(gold.unresolved_issues),
        issues_found=issues_hit,
    )
    return Score(
        actor_recall=_ratio(gold_hit, len(gold.key_actors)),
        actor_precision=_ratio(brief_hit, len(brief.key_actors)),
        claim_recall=_ratio(len(pairs), len(gold.claims)),
        claim_precision=_ratio(len(pairs), len(brief.claims)),
        attribution_accuracy=_ratio(right, len(pairs)),
        anonymous_named=anonymous_named,
        evidence_honesty=_ratio(honest, len(grounded)),
        quotes_found=_ratio(len(grounded), len(evidence)),
        issue_recall=_ratio(issues_hit, len(gold.unresolved_issues)),
        counts=counts,
    )


# ---- a gold set -----------------------------------------------------------------------------


def load_gold_dir(path: str | Path) -> list[tuple[str, GoldArticle]]:
    """Load every gold file (``*.json``) of a directory, with its article.

    Args:
        path: The gold directory.

    Returns:
        ``(id, gold)`` pairs sorted by id, the id being the gold file's stem
        (``harbor-strike.en`` for ``harbor-strike.en.json``).

    Raises:
        GoldError: The directory does not exist or holds no gold file, or a gold file is
            malformed or does not hold in its article (see :func:`~newsbrief.gold.load_gold`).
    """
    directory = Path(path)
    if not directory.is_dir():
        raise GoldError(f"{directory}: not a directory of gold files.")
    files = sorted(directory.glob("*.json"))
    if not files:
        raise GoldError(f"{directory}: no gold files (*.json) in it.")
    return [(file.stem, load_gold(file)) for file in files]


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
        micro_claim_recall=_ratio(micro.matched_claims, micro.gold_claims),
        micro_claim_precision=_ratio(micro.matched_claims, micro.brief_claims),
        micro_attribution_accuracy=_ratio(micro.right_attribution, micro.matched_claims),
        micro_evidence_honesty=_ratio(micro.honest, micro.grounded),
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


class SupportsSummarize(Protocol):
    """Anything that makes a brief of an article text, like :class:`~newsbrief.Summarizer`."""

    def summarize(self, text: str) -> Brief:
        """Make a brief of ``text``."""
        ...


def _brief_result(item_id: str, brief: Brief, gold: GoldArticle, seconds: float) -> ArticleResult:
    meta = brief.metadata
    return ArticleResult(
        id=item_id,
        model=meta.model,
        score=score_brief(brief, gold),
        tokens_in=meta.usage.prompt_tokens,
        tokens_out=meta.usage.completion_tokens,
        calls=meta.attempts,
        seconds=seconds,
        cache_hit=meta.cache_hit,
    )


def _error_result(item_id: str, model: str, exc: Exception, seconds: float) -> ArticleResult:
    if not isinstance(exc, errors.NewsbriefError):
        return ArticleResult(
            id=item_id,
            model=model,
            error_type="UnexpectedError",
            error=f"{type(exc).__name__}: {exc}",
            seconds=seconds,
        )
    usage = exc.usage
    return ArticleResult(
        id=item_id,
        model=model,
        error_type=type(exc).__name__,
        error=exc.message,
        tokens_in=usage.prompt_tokens if usage is not None else 0,
        tokens_out=usage.completion_tokens if usage is not None else 0,
        calls=exc.attempts,
        seconds=exc.elapsed or seconds,
    )


def evaluate_model(
    gold_items: Sequence[tuple[str, GoldArticle]],
    summarizer: SupportsSummarize,
    *,
    label: str | None = None,
    progress: Callable[[int, int, ArticleResult], None] | None = None,
    clock: Callable[[], float] = time.monotonic,
) -> ModelReport:
    """Run a summarizer on every gold article and score each brief.

    A failure on one article (any ``Exception``) becomes that article's result; the others still
    run. The summarizer keeps its own options (language, cache...): actors and sources are
    compared by name, so the brief's language does not change the scores.

    Args:
        gold_items: ``(id, gold)`` pairs, as :func:`load_gold_dir` gives them.
        summarizer: A :class:`~newsbrief.Summarizer`, or anything with its ``summarize``.
        label: The model's name in the report; default the summarizer's ``model``.
        progress: Called after each article with ``(position from 1, total, result)``.
        clock: Wall clock, for articles whose brief or error does not give its time.

    Returns:
        The model's report.
    """
    name = label if label is not None else str(getattr(summarizer, "model", "model"))
    results: list[ArticleResult] = []
    for position, (item_id, gold) in enumerate(gold_items, start=1):
        started = clock()
        try:
            brief = summarizer.summarize(gold.text)
        except Exception as exc:  # noqa: BLE001 - one article's failure never stops the set
            result = _error_result(item_id, name, exc, clock() - started)
        else:
            elapsed = brief.metadata.duration_seconds or clock() - started
            result = _brief_result(item_id, brief, gold, elapsed).model_copy(update={"model": name})
        results.append(result)
        if progress is not None:
            progress(position, len(gold_items), result)
    return ModelReport(model=name, source="model", results=results, aggregate=aggregate(results))


def _read_batch(path: Path) -> list[BatchResult]:
    """The lines of a batch output; a last line cut short by a kill (no newline) is left out."""
    from newsbrief.batch import BatchResult

    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise errors.InputError(f"No such briefs file: {path}") from None
    except (OSError, UnicodeDecodeError) as exc:
        raise errors.InputError(f"{path}: cannot read it ({exc}).") from exc
    lines = text.splitlines()
    read: list[BatchResult] = []
    for number, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        try:
            read.append(BatchResult.model_validate_json(line))
        except ValidationError as exc:
            if number == len(lines) and not text.endswith("\n"):
                break  # cut short: `newsbrief batch` drops it too when it resumes
            first = exc.errors()[0]
            where = ".".join(str(x) for x in first["loc"])
            raise errors.InputError(
                f"{path}:{number}: not a `newsbrief batch` line ({where}: {first['msg']})."
            ) from exc
    return read


def _resolve(line_id: str, gold_items: Sequence[tuple[str, GoldArticle]]) -> str | None:
    """The gold id a batch line's id names: a gold stem, else a unique article file name."""
    candidates = [line_id, Path(line_id).name]
    stems = {item_id for item_id, _ in gold_items}
    for candidate in candidates:
        if candidate in stems:
            return candidate
    for candidate in candidates:
        owners = [item_id for item_id, g in gold_items if Path(g.article).name == candidate]
        if len(owners) == 1:
            return owners[0]
    return None


def evaluate_briefs(
    gold_items: Sequence[tuple[str, GoldArticle]],
    briefs_path: str | Path,
    *,
    label: str | None = None,
) -> ModelReport:
    """Score existing briefs (the JSON lines ``newsbrief batch`` writes); no model is called.

    A line's ``id`` names a gold article by its gold file's stem (``harbor-strike.en``) or by its
    article's file name (``harbor-strike.en.txt``, also as a path). As in ``newsbrief batch``,
    when several lines name the same article the last one wins (an error, then a brief on a
    re-run). Error lines count as failures with their cost; gold articles without a line fail as
    ``MissingBrief``; lines that name no gold article are listed in ``unmatched_ids``.

    Args:
        gold_items: ``(id, gold)`` pairs, as :func:`load_gold_dir` gives them.
        briefs_path: The JSON lines file.
        label: The model's name in the report; default the model(s) in the briefs' metadata.

    Returns:
        The report, ``source == "briefs"``.

    Raises:
        InputError: The file is missing or unreadable, or a line is not a batch result.
    """
    from newsbrief.batch import BatchError

    path = Path(briefs_path)
    by_id: dict[str, BatchResult] = {}
    unmatched: list[str] = []
    for line in _read_batch(path):
        item_id = _resolve(line.id, gold_items)
        if item_id is None:
            unmatched.append(line.id)
        else:
            by_id[item_id] = line  # the last line wins
    models = sorted({r.brief.metadata.model for r in by_id.values() if r.brief is not None})
    name = label if label is not None else (", ".join(models) or path.name)
    results: list[ArticleResult] = []
    for item_id, gold in gold_items:
        if item_id not in by_id:
            missing = ArticleResult(
                id=item_id,
                model=name,
                error_type="MissingBrief",
                error=f"no line for this article in {path}",
                ran=False,
            )
            results.append(missing)
            continue
        line = by_id[item_id]
        if line.brief is not None:
            meta = line.brief.metadata
            result = _brief_result(item_id, line.brief, gold, meta.duration_seconds)
            results.append(result)
        else:
            failure = line.error or BatchError(type="UnexpectedError", message="no brief, no error")
            failed = ArticleResult(
                id=item_id,
                model=name,
                error_type=failure.type,
                error=failure.message,
                tokens_in=failure.usage.prompt_tokens,
                tokens_out=failure.usage.completion_tokens,
                calls=failure.attempts,
            )
            results.append(failed)
    return ModelReport(
        model=name,
        source="briefs",
        briefs_file=str(path),
        unmatched_ids=unmatched,
        results=results,
        aggregate=aggregate(results),
    )


# ---- tables ---------------------------------------------------------------------------------

_LABELS = {
    "actor_recall": "actor recall",
    "actor_precision": "actor precision",
    "claim_recall": "claim recall",
    "claim_precision": "claim precision",
    "attribution_accuracy": "attribution accuracy",
    "evidence_honesty": "evidence honesty",
    "quotes_found": "quotes found",
    "issue_recall": "issue recall",
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
        "named; hon: evidence honesty; qf: quotes found; iss: issue recall; * cache hit"
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
    for header in ("actors", "claims", "attr", "anon", "hon", "qf", "iss", "tokens", "s"):
        table.add_column(header, justify="right", no_wrap=True)
    for r in report.results:
        name = f"{r.id} *" if r.cache_hit else r.id
        cost = [_number(r.tokens), _number(r.seconds)]
        s = r.score
        if s is None:
            table.add_row(name, "failed", *([""] * 6), *cost)
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
            *cost,
        )
    return table
