"""The gold set in tests/gold/: every file loads (so every offset holds) and the set is varied."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from newsbrief.gold import GoldArticle, gold_json_schema, load_gold

GOLD_DIR = Path(__file__).parent / "gold"
GOLD_FILES = sorted(GOLD_DIR.glob("*.json"))


def _language_tag(article: Path) -> str:
    """``harbor-strike.en.txt`` -> ``en``."""
    return article.name.removesuffix(".txt").rsplit(".", 1)[-1]


@pytest.fixture(scope="module")
def golds() -> dict[Path, GoldArticle]:
    return {path: load_gold(path) for path in GOLD_FILES}


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_each_gold_loads_and_fits_its_article(path: Path) -> None:
    gold = load_gold(path)  # raises on any offset that does not hold
    article = (path.parent / gold.article).resolve()
    assert article.is_file(), f"{path.name}: article {gold.article!r} is not at {article}"
    assert article.name == path.name.removesuffix(".json") + ".txt"
    assert gold.language == _language_tag(article)
    assert gold.key_actors and gold.claims and gold.unresolved_issues
    assert all(gold.text[e.start : e.end] == e.quote for e in gold.evidence())
    ids = [c.id for c in gold.claims] + [u.id for u in gold.unresolved_issues]
    assert len(ids) == len(set(ids)), f"{path.name}: duplicate ids"


def test_the_set_covers_enough_articles_and_languages(golds: dict[Path, GoldArticle]) -> None:
    assert len(golds) >= 13
    assert len({g.language for g in golds.values()}) >= 5


def test_the_set_covers_every_main_source_kind(golds: dict[Path, GoldArticle]) -> None:
    kinds = {c.source.kind for g in golds.values() for c in g.claims}
    assert kinds >= {"named_person", "anonymous", "media", "organization", "author"}


def test_the_set_contains_non_breaking_spaces_in_evidence(golds: dict[Path, GoldArticle]) -> None:
    assert any("\u00a0" in e.quote for g in golds.values() for e in g.evidence())


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_each_gold_validates_against_the_json_schema(path: Path) -> None:
    jsonschema = pytest.importorskip("jsonschema")
    jsonschema.validate(json.loads(path.read_text(encoding="utf-8")), gold_json_schema())
