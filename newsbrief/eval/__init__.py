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
  union's head", does not count, so set ``actor_id``). ``anonymous_named`` counts the worst
  error: a gold anonymous source presented as a
  named person. Example: gold claims h1 (named_person, who "Maria Okafor", a gold actor with
  alias "Okafor"), h2 (anonymous) and h3 (organization); matched brief claims: h1 as
  named_person with actor "Okafor" (right), h2 as named_person (wrong, and ``anonymous_named``
  1), h3 as organization (right): accuracy 2/3. With actor "Petra Lindqvist" for h1, it would be
  1/3: the kind is right but the person is not.
* **evidence honesty**: grounded evidence whose offsets hold / grounded evidence; must be 1.0.
  **quotes found**: grounded evidence / all evidence.
* **issue recall**: gold unresolved issues whose evidence overlaps the evidence of some brief issue.
* **brief in the language asked** (``language_share``): the share of the characters of the brief's
  own text (headline, summary, claim statements, questions) detected in the language the brief
  was asked in (:func:`newsbrief.language.language_share`; sentences under four words are not
  judged). Scored when the language is known: by ``newsbrief eval``, always.

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
A gold set is a directory of gold files (``*.json``, see :mod:`newsbrief.eval.gold`), read by
:func:`load_gold_dir`; an article's id is its gold file's stem (``harbor-strike.en``).
"""

from newsbrief.eval.gold import GoldArticle, GoldError, load_gold
from newsbrief.eval.metrics import METRICS, Score, ScoreCounts, score_brief
from newsbrief.eval.report import Aggregate, ArticleResult, EvalReport, ModelReport, aggregate
from newsbrief.eval.runner import SupportsSummarize, evaluate_briefs, evaluate_model, load_gold_dir
from newsbrief.eval.tables import article_table, report_table

__all__ = [
    "METRICS",
    "Aggregate",
    "ArticleResult",
    "EvalReport",
    "GoldArticle",
    "GoldError",
    "ModelReport",
    "Score",
    "ScoreCounts",
    "SupportsSummarize",
    "aggregate",
    "article_table",
    "evaluate_briefs",
    "evaluate_model",
    "load_gold",
    "load_gold_dir",
    "report_table",
    "score_brief",
]
