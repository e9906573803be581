"""The brief cache stores data, not code: JSON text only, never unpickled; a private directory;
a hit validated and its offsets re-checked against the article before it is returned."""

from __future__ import annotations

import logging
import sqlite3
import stat
from pathlib import Path

import diskcache
import pytest

from newsbrief import BriefCache, Summarizer
from newsbrief.cache import TextOnlyDisk, cache_key
from newsbrief.testing import TestModel

ARTICLE = (
    "The council met on Monday. The mayor said the budget would pass. Critics said the vote "
    "was rushed and asked for a review."
)


class Planted:
    """What an attacker plants: unpickling it touches a file (it could run anything)."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self) -> tuple[object, tuple[str]]:
        return (Path.touch, (str(self.marker),))  # type: ignore[return-value]


def make(directory: Path) -> tuple[Summarizer, TestModel]:
    model = TestModel()
    return Summarizer(model=model, cache=directory), model


def test_a_pickled_value_planted_in_the_cache_is_never_unpickled(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    directory = tmp_path / "briefs"
    summarizer, model = make(directory)
    key = cache_key(ARTICLE, summarizer.fingerprint())
    marker = tmp_path / "pwned"
    with diskcache.Cache(str(directory)) as planted:  # diskcache's default: pickle
        planted.set(key, Planted(marker))
    with caplog.at_level(logging.WARNING, logger="newsbrief.cache"):
        brief = summarizer.summarize(ARTICLE)
    assert not marker.exists()  # the planted code never ran
    assert not brief.metadata.cache_hit and len(model.requests) == 1  # a miss: briefed afresh
    assert "not plain text" in caplog.text
    again = summarizer.summarize(ARTICLE)  # the fresh brief replaced the planted entry
    assert again.metadata.cache_hit and len(model.requests) == 1


def test_a_planted_file_path_is_neither_read_nor_deleted(tmp_path: Path) -> None:
    directory = tmp_path / "briefs"
    summarizer, _ = make(directory)
    key = cache_key(ARTICLE, summarizer.fingerprint())
    victim = tmp_path / "precious.txt"
    victim.write_text('{"headline": "planted"}')
    summarizer.cache.set(key, summarizer.summarize(ARTICLE))  # type: ignore[union-attr]
    with sqlite3.connect(directory / "cache.db") as db:  # point the entry at another file
        db.execute(
            "UPDATE Cache SET mode = 2, filename = ?, value = NULL WHERE key = ?",
            ("../precious.txt", key),
        )
    fresh = Summarizer(model=TestModel(), cache=directory)
    assert fresh.cached_brief(ARTICLE) is None
    fresh.cache.clear()  # type: ignore[union-attr]
    assert victim.read_text() == '{"headline": "planted"}'


def test_a_cached_brief_whose_offsets_do_not_hold_is_a_logged_miss(
    tmp_path: Path, caplog: pytest.LogCaptureFixture
) -> None:
    summarizer, model = make(tmp_path / "briefs")
    honest = summarizer.summarize(ARTICLE)
    claim = honest.claims[0]
    evidence = claim.evidence[0]
    assert evidence.status == "verified" and evidence.start is not None
    moved = evidence.model_copy(update={"start": evidence.start + 4, "end": evidence.end + 4})  # type: ignore[operator]
    forged = honest.model_copy(
        update={"claims": [claim.model_copy(update={"evidence": [moved]}), *honest.claims[1:]]}
    )
    assert forged.check_offsets(ARTICLE)  # the forged brief's quote is not at its offsets
    key = cache_key(ARTICLE, summarizer.fingerprint())
    summarizer.cache.set(key, forged)  # type: ignore[union-attr]
    with caplog.at_level(logging.WARNING, logger="newsbrief.cache"):
        brief = summarizer.summarize(ARTICLE)
    assert not brief.metadata.cache_hit and len(model.requests) == 2
    assert brief.check_offsets(ARTICLE) == []
    assert "not at its offsets" in caplog.text


def test_an_entry_that_is_not_a_brief_is_a_miss(tmp_path: Path) -> None:
    summarizer, model = make(tmp_path / "briefs")
    key = cache_key(ARTICLE, summarizer.fingerprint())
    with diskcache.Cache(str(tmp_path / "briefs")) as planted:
        planted.set(key, '{"headline": "only this"}')  # text, but not a brief
    assert not summarizer.summarize(ARTICLE).metadata.cache_hit
    assert len(model.requests) == 1


def test_the_cache_directory_is_created_private(tmp_path: Path) -> None:
    directory = tmp_path / "new" / "briefs"
    BriefCache(directory)
    assert stat.S_IMODE(directory.stat().st_mode) == 0o700
    assert stat.S_IMODE(directory.parent.stat().st_mode) == 0o700


def test_only_text_goes_in(tmp_path: Path) -> None:
    BriefCache(tmp_path / "briefs")
    store = diskcache.Cache(str(tmp_path / "briefs"), disk=TextOnlyDisk)
    with pytest.raises(TypeError):
        store.set("key", {"a": 1})
    with pytest.raises(TypeError):
        store.set(("tuple", "key"), "value")
