"""The scripts in examples/ run as documented: on constructed cassettes where the model's answer
matters, on newsbrief.testing.TestModel (offline, deterministic) where it does not."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from newsbrief.testing import TestModel
from tests.fakeserver import Reply, serve

EXAMPLES = Path(__file__).parent.parent / "examples"


def load(name: str) -> ModuleType:
    spec = importlib.util.spec_from_file_location(name, EXAMPLES / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_sample_article_is_the_seed(seed_article: str) -> None:
    assert (EXAMPLES / "g20-blinken-lavrov.it.txt").read_text(encoding="utf-8") == seed_article


@pytest.mark.vcr("constructed/good_brief.yaml")
def test_quickstart_prints_markdown() -> None:
    out = load("quickstart").main(["--model", "openai/gpt-4.1-mini"])
    assert out.startswith("# ") and "## Claims" in out


@pytest.mark.vcr("constructed/invented_quote.yaml")
def test_evidence_offsets_example_shows_spans_and_unverified() -> None:
    lines = load("evidence_offsets").main(["--model", "openai/gpt-4.1-mini"])
    assert any(line.strip().startswith("verified [258:401]") for line in lines)
    assert any("UNVERIFIED" in line and "sanzioni" in line for line in lines)


def test_folder_of_articles_writes_one_line_per_article(tmp_path: Path) -> None:
    folder = tmp_path / "articles"
    (folder / "world").mkdir(parents=True)
    (folder / "a.txt").write_text("The council met on Monday. It approved the budget.")
    (folder / "world" / "b.txt").write_text("The port reopened. Ships are moving again.")
    (folder / "empty.txt").write_text("   ")
    out = tmp_path / "briefs.jsonl"
    briefed, failed = load("folder_of_articles").main([str(folder), str(out), "--model", "test"])
    lines = [json.loads(line) for line in out.read_text().splitlines()]
    assert (briefed, failed) == (2, 1)
    assert {line["id"] for line in lines} == {"a.txt", "world/b.txt", "empty.txt"}
    assert (
        next(line for line in lines if line["id"] == "empty.txt")["error"]["type"] == "InputError"
    )


def test_async_briefs_brief_one_then_many(tmp_path: Path, seed_article: str) -> None:
    other = tmp_path / "other.txt"
    other.write_text("The port reopened on Tuesday. Ships are moving again.")
    lines = load("async_briefs").main(
        [str(EXAMPLES / "g20-blinken-lavrov.it.txt"), str(other), "--model", "test"]
    )
    assert lines[0].startswith("g20-blinken-lavrov.it.txt (asummarize): ")
    assert sorted(line.split(":")[0] for line in lines[1:]) == [
        "g20-blinken-lavrov.it.txt",
        "other.txt",
    ]


@pytest.mark.block_network(allowed_hosts=["127.0.0.1"])
def test_local_server_example_talks_to_an_openai_compatible_server() -> None:
    model = TestModel()

    def answer(body: dict[str, Any]) -> Reply:
        return Reply(200, model.create(**body).model_dump())

    with serve(answer) as server:
        text = load("local_server").main(["--model", "qwen", "--base-url", server.url])
    assert server.calls == 1
    sent = server.requests[0].body
    assert sent["model"] == "qwen" and "schema" in sent["response_format"]
    assert "test-key-not-a-secret" not in str(server.requests[0].headers)  # no OpenAI key sent
    assert text.startswith("Il ")  # the sample's first sentence, as TestModel's headline


def test_evaluate_example_scores_every_gold_article() -> None:
    report = load("evaluate").main([str(Path(__file__).parent / "gold"), "--model", "test"])
    assert report.aggregate.articles == report.aggregate.scored >= 6
    assert report.aggregate.means["evidence_honesty"] == 1.0


def test_the_testmodel_example_tests_pass() -> None:
    module = load("test_with_testmodel")
    module.test_my_code_gets_a_grounded_brief()
    module.test_offsets_hold()
