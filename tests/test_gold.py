"""Gold annotations load, validate against their article, and refuse offsets that do not hold."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from newsbrief.eval.gold import GoldError, gold_json_schema, load_gold

DATA = Path(__file__).parent / "data"
SEED_GOLD = DATA / "g20-blinken-lavrov.it.json"


def test_seed_gold_loads_and_every_offset_holds() -> None:
    gold = load_gold(SEED_GOLD)
    assert gold.language == "it" and len(gold.claims) == 8 and len(gold.key_actors) == 7
    assert all(gold.text[e.start : e.end] == e.quote for e in gold.evidence())
    assert gold.claims[0].evidence[0].start == 258
    anonymous = [a for a in gold.key_actors if a.kind == "anonymous_source"]
    assert "funzionario statunitense di primo piano" in anonymous[0].aliases


def test_a_wrong_offset_is_refused_with_the_span(tmp_path: Path) -> None:
    data = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    data["claims"][0]["evidence"][0]["start"] += 1
    shutil.copy(DATA / "g20-blinken-lavrov.it.txt", tmp_path)
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(GoldError, match=r"\[259:401\]"):
        load_gold(broken)


def test_a_malformed_gold_file_is_refused(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"article": "x.txt", "language": "it"}', encoding="utf-8")
    with pytest.raises(GoldError, match="key_actors"):
        load_gold(bad)


def test_a_missing_article_is_refused(tmp_path: Path) -> None:
    data = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    lonely = tmp_path / "lonely.json"
    lonely.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(GoldError, match="not found"):
        load_gold(lonely)


def test_a_named_persons_claim_that_names_no_key_actor_is_refused(tmp_path: Path) -> None:
    """A named person's claim must name a key actor: "Blinken (to reporters)" matches no brief's
    source, so no brief could ever be scored right on it."""
    data = json.loads(SEED_GOLD.read_text(encoding="utf-8"))
    data["claims"][0]["source"] = {"kind": "named_person", "who": "Antony Blinken (to reporters)"}
    shutil.copy(DATA / "g20-blinken-lavrov.it.txt", tmp_path)
    broken = tmp_path / "broken.json"
    broken.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    with pytest.raises(GoldError, match=r"must name a key actor.*Blinken \(to reporters\)"):
        load_gold(broken)


def test_the_json_schema_describes_the_format() -> None:
    schema = gold_json_schema()
    assert set(schema["required"]) >= {"article", "language", "key_actors", "claims"}
    assert "text" not in schema["properties"]
