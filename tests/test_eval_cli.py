"""``newsbrief eval``: scoring existing briefs and running (fake) models on a gold set.

No model runs here: ``--briefs`` reads hand-written batch lines and ``--model`` goes through a
fake summarizer put in place of ``newsbrief.cli.eval._make_summarizer``. Expected figures are
computed by hand in the comments (the per-brief scores are those of tests/test_eval.py).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from typing import Any

import pytest
from typer.testing import CliRunner

from newsbrief import (
    Actor,
    ActorKind,
    Brief,
    ConfigurationError,
    ProviderUnavailableError,
    RunMetadata,
    SourceKind,
    Usage,
    UsageRecord,
)  # fmt: skip
from newsbrief.batch import BatchError, BatchResult
from newsbrief.cli import app
from newsbrief.cli.common import EXIT_CONFIG, EXIT_INPUT
from newsbrief.eval import EvalReport, evaluate_briefs, load_gold_dir
from newsbrief.eval.gold import GoldError

from .test_eval import DATA, HARBOR_TEXT, brief, claim, g20_brief, harbor_gold_data, hspan

runner = CliRunner()

WATER_TEXT = (DATA / "water-tariff.de.txt").read_text(encoding="utf-8")
WATER_QUOTE = "Die Stadtwerke von Hallbrunn erhöhen zum 1. März die Wasserpreise um 18 Prozent."


def run(*args: str) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args))
    return result.exit_code, result.stdout, result.stderr


def usage(*calls: tuple[int, int]) -> Usage:
    return Usage(calls=[UsageRecord(kind="initial", prompt_tokens=p, completion_tokens=c)
                        for p, c in calls])  # fmt: skip


def with_metadata(made: Brief, **metadata: Any) -> Brief:
    return made.model_copy(update={"metadata": RunMetadata(**metadata)})


def harbor_brief() -> Brief:
    """Against harbor_gold_data(): actors 3/4 recall, 3/3 precision; claims 4/5 and 4/4;
    attribution 3/4 (h2 names the wrong person); anonymous_named 0; honesty 1, quotes found 1;
    issues 0/1."""
    actors = [
        Actor(id="okafor", name="Maria Okafor", kind=ActorKind.PERSON),
        Actor(id="official", name="A senior official at the transport ministry",
              kind=ActorKind.ANONYMOUS_SOURCE),
        Actor(id="authority", name="The port authority", kind=ActorKind.ORGANIZATION),
    ]  # fmt: skip
    claims = [
        claim(SourceKind.NAMED_PERSON, hspan("h1"), actor_id="okafor"),  # right
        claim(SourceKind.NAMED_PERSON, hspan("h2"), description="Petra Lindqvist"),  # wrong person
        claim(SourceKind.ANONYMOUS, hspan("h3"), actor_id="official"),  # right
        claim(SourceKind.ORGANIZATION, hspan("h4"), actor_id="authority"),  # right
    ]
    return brief(actors, claims, [])


@pytest.fixture
def gold_dir(tmp_path: Path) -> Path:
    """tmp/gold: g20-blinken-lavrov.it, harbor-strike.en, water-tariff.de; articles in tmp/data."""
    data, gold = tmp_path / "data", tmp_path / "gold"
    data.mkdir()
    gold.mkdir()
    for name in ("g20-blinken-lavrov.it.txt", "harbor-strike.en.txt", "water-tariff.de.txt"):
        shutil.copy(DATA / name, data)
    g20 = json.loads((DATA / "g20-blinken-lavrov.it.json").read_text(encoding="utf-8"))
    g20["article"] = "../data/g20-blinken-lavrov.it.txt"
    harbor = {**harbor_gold_data(), "article": "../data/harbor-strike.en.txt"}
    water = {
        "article": "../data/water-tariff.de.txt",
        "language": "de",
        "key_actors": [{"name": "Petra Lindqvist", "aliases": ["Lindqvist"], "kind": "person"}],
        "claims": [{"id": "w1", "statement": "Prices rise by 18 percent.",
                    "source": {"kind": "author", "who": "the article"},
                    "attribution": "unattributed",
                    "evidence": [{"quote": WATER_QUOTE, "start": 0, "end": len(WATER_QUOTE)}]}],
    }  # fmt: skip
    for stem, content in (("g20-blinken-lavrov.it", g20), ("harbor-strike.en", harbor),
                          ("water-tariff.de", water)):  # fmt: skip
        text = json.dumps(content, ensure_ascii=False, indent=1)
        (gold / f"{stem}.json").write_text(text, encoding="utf-8")
    (gold / "README.md").write_text("not a gold file\n", encoding="utf-8")
    return gold


@pytest.fixture
def briefs_file(tmp_path: Path) -> Path:
    lines = [
        # by the article's file name
        BatchResult(id="g20-blinken-lavrov.it.txt", brief=with_metadata(
            g20_brief(), model="m-test", usage=usage((1000, 200)), attempts=1,
            duration_seconds=10.0)),
        # by the gold stem
        BatchResult(id="harbor-strike.en", brief=with_metadata(
            harbor_brief(), model="m-test", usage=usage((400, 50), (400, 50)), attempts=2,
            duration_seconds=6.0)),
        BatchResult(id="water-tariff.de", error=BatchError(
            type="RateLimitError", message="Rate limited by m-test.", attempts=3,
            usage=usage((300, 0)), retryable=True)),
        BatchResult(id="not-in-gold", error=BatchError(type="InputError", message="empty")),
    ]  # fmt: skip
    path = tmp_path / "briefs.jsonl"
    text = "\n".join(line.to_json_line() for line in lines)
    path.write_text(text + "\n\n", encoding="utf-8")
    return path


def table_row(out: str, label: str) -> list[str]:
    """The cells of the table row starting with ``label``."""
    line = next(x for x in out.splitlines() if x.strip().startswith(label))
    return line.strip()[len(label) :].split()


def test_briefs_are_scored_end_to_end(gold_dir: Path, briefs_file: Path, tmp_path: Path) -> None:
    report_path = tmp_path / "report.json"
    code, out, err = run("eval", str(gold_dir), "--briefs", str(briefs_file),
                         "--json", str(report_path))  # fmt: skip
    assert code == 0, err
    assert "m-test" in out
    # g20: actors 2/7 and 2/3, claims 3/8 and 3/4, attribution 2/3, quotes found 5/6, issues 1/4;
    # harbor: 3/4 and 1, 4/5 and 1, attribution 3/4, quotes found 1, issues 0; water failed.
    assert table_row(out, "articles scored") == ["2/3"]
    assert table_row(out, "actor recall") == ["0.518"]  # (2/7 + 3/4) / 2 = 29/56
    assert table_row(out, "actor precision") == ["0.833"]  # (2/3 + 1) / 2
    assert table_row(out, "claim precision") == ["0.875"]  # (3/4 + 1) / 2
    assert table_row(out, "attribution accuracy") == ["0.708"]  # (2/3 + 3/4) / 2 = 17/24
    assert table_row(out, "evidence honesty") == ["1.000"]
    assert table_row(out, "quotes found") == ["0.917"]  # (5/6 + 1) / 2
    assert table_row(out, "issue recall") == ["0.125"]  # (1/4 + 0) / 2
    assert table_row(out, "anonymous as named (total)") == ["1"]
    assert table_row(out, "claims matched / gold / brief") == ["7", "/", "13", "/", "8"]
    # cost over the three articles run (the failed one spent 300 tokens in 3 calls):
    # tokens (1200 + 900 + 300) / 3 = 800, in (1000 + 800 + 300) / 3 = 700, out 300 / 3 = 100;
    # calls (1 + 2 + 3) / 3 = 2; seconds (10 + 6) / 2 = 8 (the error line has no time)
    assert table_row(out, "tokens / article") == ["800"]
    assert table_row(out, "in / out") == ["700", "/", "100"]
    assert table_row(out, "calls / article") == ["2.0"]
    assert table_row(out, "seconds / article") == ["8.0"]
    assert table_row(out, "failures") == ["1"]
    assert "not-in-gold" in err and "scored 2 of 3" in err

    report = EvalReport.model_validate_json(report_path.read_text(encoding="utf-8"))
    assert report.articles == ["g20-blinken-lavrov.it", "harbor-strike.en", "water-tariff.de"]
    (model,) = report.models
    assert model.model == "m-test" and model.source == "briefs"
    assert model.unmatched_ids == ["not-in-gold"]
    agg = model.aggregate
    assert agg.means["claim_recall"] == pytest.approx((3 / 8 + 4 / 5) / 2)
    assert agg.means["actor_recall"] == pytest.approx(29 / 56)
    assert agg.means["attribution_accuracy"] == pytest.approx(17 / 24)
    assert agg.defined["attribution_accuracy"] == 2
    assert agg.micro_claim_recall == pytest.approx(7 / 13)
    assert agg.micro_attribution_accuracy == pytest.approx(5 / 7)  # 2 + 3 right of 3 + 4
    assert (agg.tokens_in, agg.tokens_out, agg.calls, agg.seconds) == (700, 100, 2, 8)
    assert (agg.scored, agg.failures, agg.costed, agg.cache_hits) == (2, 1, 3, 0)
    water = model.results[2]
    assert water.error_type == "RateLimitError" and water.tokens_in == 300 and not water.ok
    harbor = model.results[1].score
    assert harbor is not None and harbor.attribution_accuracy == pytest.approx(3 / 4)


def test_a_missing_line_is_a_failure_and_ids_can_be_paths(gold_dir: Path, tmp_path: Path) -> None:
    made = with_metadata(harbor_brief(), model="m-test")
    path = tmp_path / "one.jsonl"
    path.write_text(BatchResult(id="some/dir/harbor-strike.en.txt", brief=made).to_json_line())
    report = evaluate_briefs(load_gold_dir(gold_dir), path)
    assert [r.ok for r in report.results] == [False, True, False]
    assert report.results[0].error_type == "MissingBrief" and not report.results[0].ran
    assert report.aggregate.costed == 1  # only the article that ran counts in the cost


def test_the_last_line_for_an_article_wins(gold_dir: Path, tmp_path: Path) -> None:
    # as `newsbrief batch` writes on a re-run: an error, then a brief; then a line cut by a kill
    failed = BatchResult(
        id="harbor-strike.en", error=BatchError(type="RateLimitError", message="x")
    )
    made = BatchResult(id="harbor-strike.en.txt", brief=with_metadata(harbor_brief(), model="m"))
    path = tmp_path / "rerun.jsonl"
    path.write_text(failed.to_json_line() + "\n" + made.to_json_line() + "\n" + '{"id": "wat')
    code, out, err = run("eval", str(gold_dir), "--briefs", str(path))
    assert code == 0, err
    assert table_row(out, "articles scored") == ["1/3"]
    assert table_row(out, "attribution accuracy") == ["0.750"]  # the harbor brief's 3/4
    # the same cut line followed by a newline is not a cut line: it is bad input
    path.write_text(made.to_json_line() + "\n" + '{"id": "wat\n')
    code, _, err = run("eval", str(gold_dir), "--briefs", str(path))
    assert code == EXIT_INPUT and "rerun.jsonl:2" in err


def test_a_malformed_briefs_line_is_bad_input(gold_dir: Path, tmp_path: Path) -> None:
    path = tmp_path / "bad.jsonl"
    path.write_text('{"id": "x", "brief": {"headline": "h"}}\n')
    code, out, err = run("eval", str(gold_dir), "--briefs", str(path))
    assert code == EXIT_INPUT and out == "" and "bad.jsonl:1" in err
    code, _, err = run("eval", str(gold_dir), "--briefs", str(tmp_path / "nope.jsonl"))
    assert code == EXIT_INPUT and "No such briefs file" in err


class FakeSummarizer:
    """Harbor gets a brief (a cache hit for ``fake-b``); g20 fails at the provider; water hits
    a bug (a non-newsbrief exception)."""

    def __init__(self, model: str) -> None:
        self.model = model

    def summarize(self, text: str) -> Brief:
        if text == HARBOR_TEXT:
            if self.model == "fake-b":
                return with_metadata(harbor_brief(), model=self.model, cache_hit=True,
                                     duration_seconds=0.01)  # fmt: skip
            return with_metadata(harbor_brief(), model=self.model, usage=usage((800, 100)),
                                 attempts=1, duration_seconds=4.0)  # fmt: skip
        if text == WATER_TEXT:
            raise ValueError("boom")
        raise ProviderUnavailableError("server down", attempts=4, usage=usage((120, 0)),
                                       elapsed=2.5)  # fmt: skip


@pytest.fixture
def fake_models(monkeypatch: pytest.MonkeyPatch) -> list[tuple[str, str, float, bool]]:
    made: list[tuple[str, str, float, bool]] = []

    def make(model: str, language: str, timeout: float, use_cache: bool) -> FakeSummarizer:
        made.append((model, language, timeout, use_cache))
        return FakeSummarizer(model)

    monkeypatch.setattr("newsbrief.cli.eval._make_summarizer", make)
    return made


def test_a_failing_article_is_reported_and_the_run_completes(
    gold_dir: Path, fake_models: list[Any], tmp_path: Path
) -> None:
    report_path = tmp_path / "r.json"
    code, out, err = run("eval", str(gold_dir), "--model", "fake-a", "--json", str(report_path),
                         "--per-article", "--language", "de", "--timeout", "30")  # fmt: skip
    assert code == 0, err
    assert fake_models == [("fake-a", "de", 30.0, False)]  # NEWSBRIEF_NO_CACHE=1 in the tests
    err_lines = err.splitlines()
    assert "[1/3] g20-blinken-lavrov.it: FAILED ProviderUnavailableError: server down" in err
    assert "[2/3] harbor-strike.en: 4 s, 900 tokens" in err_lines
    assert "[3/3] water-tariff.de: FAILED UnexpectedError: ValueError: boom" in err
    assert table_row(out, "articles scored") == ["1/3"]
    assert table_row(out, "failures") == ["2"]
    assert table_row(out, "attribution accuracy") == ["0.750"]  # harbor alone: 3/4
    assert "ProviderUnavailableError" in out and "UnexpectedError" in out  # per-article table
    model = EvalReport.model_validate_json(report_path.read_text()).models[0]
    assert [r.error_type for r in model.results] == ["ProviderUnavailableError", None,
                                                     "UnexpectedError"]  # fmt: skip
    assert model.results[0].tokens_in == 120 and model.results[0].calls == 4
    assert model.results[0].seconds == 2.5
    # tokens over all three articles run: (120 + 900 + 0) / 3 = 340
    assert model.aggregate.tokens == pytest.approx(340)


def test_two_models_give_two_columns(gold_dir: Path, fake_models: list[Any]) -> None:
    code, out, err = run("eval", str(gold_dir), "-m", "fake-a", "-m", "fake-b")
    assert code == 0, err
    header = next(x for x in out.splitlines() if "metric" in x)
    assert header.split() == ["metric", "fake-a", "fake-b"]
    assert table_row(out, "cache hits") == ["0", "1"]
    # fake-b's harbor brief came from the cache: its cost covers the two failures only,
    # (120 + 0) / 2 = 60 tokens; fake-a's covers all three, 340
    assert table_row(out, "tokens / article") == ["340", "60"]
    assert table_row(out, "attribution accuracy") == ["0.750", "0.750"]
    assert [m for m, *_ in fake_models] == ["fake-a", "fake-b"]


def test_the_cache_is_on_unless_turned_off(gold_dir: Path, fake_models: list[Any],
                                           monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    monkeypatch.delenv("NEWSBRIEF_NO_CACHE")
    run("eval", str(gold_dir), "-m", "fake-a")
    run("eval", str(gold_dir), "-m", "fake-a", "--no-cache")
    assert [use_cache for *_, use_cache in fake_models] == [True, False]


def test_the_real_summarizer_gets_the_options(tmp_path: Path,
                                              monkeypatch: pytest.MonkeyPatch) -> None:  # fmt: skip
    from newsbrief.cli.eval import _make_summarizer

    monkeypatch.setenv("NEWSBRIEF_CACHE_DIR", str(tmp_path))
    cached = _make_summarizer("openai/gpt-4.1-mini", "fr", 30.0, True)
    assert cached.language == "fr" and cached.timeout == 30.0
    assert cached.cache is not None
    assert _make_summarizer("openai/gpt-4.1-mini", "en", 30.0, False).cache is None


def test_a_configuration_error_exits_3(gold_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object) -> None:
        raise ConfigurationError("no key for fake")

    monkeypatch.setattr("newsbrief.cli.eval._make_summarizer", refuse)
    code, out, err = run("eval", str(gold_dir), "--model", "fake")
    assert code == EXIT_CONFIG and out == "" and "no key for fake" in err


def test_a_bad_gold_dir_exits_2(tmp_path: Path, fake_models: list[Any]) -> None:
    code, out, err = run("eval", str(tmp_path / "missing"), "--model", "fake-a")
    assert code == EXIT_INPUT and out == "" and "not a directory" in err
    code, _, err = run("eval", str(tmp_path), "--model", "fake-a")
    assert code == EXIT_INPUT and "no gold files" in err
    assert fake_models == []  # refused before any summarizer was made
    with pytest.raises(GoldError, match="no gold files"):
        load_gold_dir(tmp_path)


def test_model_or_briefs_exactly_one(gold_dir: Path, briefs_file: Path,
                                     fake_models: list[Any]) -> None:  # fmt: skip
    code, out, err = run("eval", str(gold_dir))
    assert code == 2 and out == "" and "--model" in err and "--briefs" in err
    code, out, err = run("eval", str(gold_dir), "-m", "fake-a", "--briefs", str(briefs_file))
    assert code == 2 and out == "" and "not both" in err
    assert fake_models == []


def test_gold_ids_are_sorted_stems(gold_dir: Path) -> None:
    items = load_gold_dir(gold_dir)
    assert [i for i, _ in items] == ["g20-blinken-lavrov.it", "harbor-strike.en", "water-tariff.de"]
    assert items[1][1].text == HARBOR_TEXT


def test_a_metric_defined_on_fewer_articles_shows_its_n() -> None:
    from io import StringIO

    from rich.console import Console

    from newsbrief.eval import ArticleResult, ModelReport, Score, aggregate, report_table

    def result(item_id: str, attribution: float | None) -> ArticleResult:
        score = Score(actor_recall=0.5, actor_precision=None, claim_recall=0.0,
                      claim_precision=0.0, attribution_accuracy=attribution, anonymous_named=0,
                      evidence_honesty=1.0, quotes_found=1.0, issue_recall=None)  # fmt: skip
        return ArticleResult(id=item_id, model="m", score=score)

    # attribution is defined on one of the two articles (no matched claims in the other)
    results = [result("a", 0.25), result("b", None)]
    report = ModelReport(model="m", source="model", results=results, aggregate=aggregate(results))
    out = StringIO()
    Console(file=out, width=100).print(report_table([report]))
    assert table_row(out.getvalue(), "attribution accuracy") == ["0.250", "(n=1)"]
    assert table_row(out.getvalue(), "actor recall") == ["0.500"]  # on both: no n
    assert table_row(out.getvalue(), "actor precision") == ["n/a"]  # on none
