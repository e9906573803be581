"""Test your own code that calls newsbrief, offline, with ``newsbrief.testing.TestModel``.

    pytest examples/test_with_testmodel.py

``TestModel`` briefs any article deterministically from its own sentences: no key, no server, no
cassette. Its answers still go through newsbrief's validation and grounding, so what your code
gets is a real ``Brief`` whose quotes hold at their offsets.
"""

from __future__ import annotations

import newsbrief
from newsbrief.testing import TestModel

ARTICLE = (
    "The city council approved the new tram line on Monday. "
    '"It will change how people move," the mayor said.\n\n'
    "Construction is expected to start next year."
)


def headline_and_sources(text: str, summarizer: newsbrief.Summarizer) -> list[str]:
    """The code under test: a headline, then one line per claim with its source."""
    brief = summarizer.summarize(text)
    return [brief.headline] + [f"{c.statement} ({c.source.kind.value})" for c in brief.claims]


def test_my_code_gets_a_grounded_brief() -> None:
    model = TestModel()
    lines = headline_and_sources(ARTICLE, newsbrief.Summarizer(model=model))
    assert lines[0] == "The city council approved the new tram line on Monday."
    assert len(lines) > 1
    assert len(model.requests) == 1  # one call: every quote was found, no re-ask


def test_offsets_hold() -> None:
    brief = newsbrief.Summarizer(model="test").summarize(ARTICLE)
    assert brief.check_offsets(ARTICLE) == []
    assert all(e.status == "verified" for e in brief.evidence())
