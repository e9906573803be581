"""The scripts in examples/ run as documented (replayed from a constructed cassette)."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType

import pytest

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
