"""The ``newsbrief`` command: output formats and exit codes that tell failures apart."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from typer.testing import CliRunner

from newsbrief import Brief
from newsbrief.cli import app
from newsbrief.cli.common import EXIT_CONFIG, EXIT_INPUT, EXIT_PROVIDER

from .conftest import SEED_ARTICLE

runner = CliRunner()


def run(*args: str, stdin: str | None = None) -> tuple[int, str, str]:
    result = runner.invoke(app, list(args), input=stdin)
    return result.exit_code, result.stdout, result.stderr


@pytest.mark.vcr("constructed/good_brief.yaml")
def test_json_output_is_the_whole_brief_with_honest_offsets(seed_article: str) -> None:
    code, out, err = run("summarize", str(SEED_ARTICLE), "--model", "openai/gpt-4.1-mini",
                         "--format", "json")  # fmt: skip
    assert code == 0, err
    brief = Brief.model_validate_json(out)
    assert brief.metadata.model == "openai/gpt-4.1-mini"
    assert brief.check_offsets(seed_article) == []
    assert json.loads(out)["metadata"]["usage"]["calls"][0]["prompt_tokens"] == 1450
    assert "using openai/gpt-4.1-mini" in err


@pytest.mark.vcr("constructed/invented_quote.yaml")
def test_markdown_marks_unverified_evidence() -> None:
    code, out, _ = run("summarize", str(SEED_ARTICLE), "-m", "openai/gpt-4.1-mini")
    assert code == 0
    assert out.startswith("# Blinken and Lavrov meet briefly")
    line = next(x for x in out.splitlines() if "sanzioni immediate" in x)
    assert "UNVERIFIED" in line
    assert "Source: Un funzionario statunitense di primo piano (senior US official)" in out
    assert "(repaired)" in out


def test_stdin_and_text_format(seed_article: str) -> None:
    # the test model: what the model says does not matter here, only how it is read and shown
    code, out, err = run("summarize", "-", "-m", "test", "-f", "text", stdin=seed_article)
    assert code == 0, err
    first_sentence = seed_article.split(". ")[0]
    assert out.startswith(first_sentence[:40]) and "using test" in err


def test_missing_file_is_bad_input(tmp_path: Path) -> None:
    code, out, err = run("summarize", str(tmp_path / "nope.txt"), "-m", "openai/gpt-4.1-mini")
    assert code == EXIT_INPUT and out == "" and "No such file" in err


def test_empty_file_is_bad_input(tmp_path: Path) -> None:
    empty = tmp_path / "empty.txt"
    empty.write_text("  \n", encoding="utf-8")
    code, _, err = run("summarize", str(empty), "-m", "openai/gpt-4.1-mini")
    assert code == EXIT_INPUT and "empty" in err


def test_no_configuration_is_a_config_error(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("OPENAI_API_KEY")
    monkeypatch.setattr("newsbrief.providers.local.is_available", lambda: False)
    code, _, err = run("summarize", str(SEED_ARTICLE))
    assert code == EXIT_CONFIG and "OPENAI_API_KEY" in err


@pytest.mark.vcr("constructed/auth_401.yaml")
def test_provider_failure_has_its_own_exit_code() -> None:
    code, out, err = run("summarize", str(SEED_ARTICLE), "-m", "openai/gpt-4.1-mini")
    assert code == EXIT_PROVIDER and out == "" and "credentials" in err


def test_the_default_deadline_applies_to_the_cli(monkeypatch: pytest.MonkeyPatch) -> None:
    from newsbrief import Summarizer
    from newsbrief.retry import DEFAULT_TIMEOUT

    seen: list[float | None] = []
    real_init = Summarizer.__init__

    def spy(self: Summarizer, *args: object, **kwargs: object) -> None:
        real_init(self, *args, **kwargs)  # type: ignore[arg-type]
        seen.append(self.timeout)
        raise SystemExit(0)

    monkeypatch.setattr(Summarizer, "__init__", spy)
    run("summarize", str(SEED_ARTICLE), "-m", "openai/gpt-4.1-mini")
    assert seen == [DEFAULT_TIMEOUT]
