"""Long articles: split into chunks, briefed one by one, merged, one reduce call (loopback server).

The server drafts each chunk from the text it is sent, so what the merge gets is what a model
would: offsets relative to the chunk, and the same person under two spellings in two chunks.
"""

from __future__ import annotations

import json
import re
from typing import Any

import pytest

import newsbrief
from newsbrief import Summarizer
from newsbrief.prompt import REDUCE_PROMPT

from .fakeserver import Reply, completion, serve

pytestmark = pytest.mark.block_network(allowed_hosts=["127.0.0.1"])

PARAGRAPH = (
    'Paragraph {n} of the hearing. {who} told the inquiry: "We saw the cracks in week {n}." '
    "A senior engineer who asked not to be named said the readings for day {n} were lost. "
    "The authority said in a statement that repairs for section {n} were approved."
)


def long_text(paragraphs: int = 24) -> str:
    names = ["Dr. Helena Marsh", "Dr Marsh", "Marsh", "Helena Marsh"]
    return "\n\n".join(PARAGRAPH.format(n=n, who=names[n % len(names)]) for n in range(paragraphs))


def _article_of(body: dict[str, Any]) -> str:
    user = "\n".join(str(m["content"]) for m in body["messages"] if m["role"] == "user")
    match = re.search(r"<(article-[0-9a-f]+)>\n(.*)\n</\1>", user, re.S)
    assert match, "the article is delimited"
    return match.group(2)


def drafter(body: dict[str, Any]) -> Reply:
    if REDUCE_PROMPT in str(body["messages"][0]["content"]):
        parts = len(re.findall(r"Part \d+:", _article_of(body)))
        return Reply(200, completion({"headline": f"Hearing in {parts} parts",
                                      "summary": "Cracks were seen.", "language": "en"}))  # fmt: skip
    text = _article_of(body)
    # the claims of every whole paragraph in the chunk, the person as the first one spells them
    found = re.findall(r"Paragraph (\d+) of the hearing\. (.+?) told the inquiry", text)
    assert found, "every chunk holds at least one whole paragraph"
    spelled = found[0][1]
    claims: list[dict[str, Any]] = []
    for n, _ in found:
        claims += [
            {"statement": f"Cracks were seen in week {n}.", "attribution": "direct",
             "quotes": [f"We saw the cracks in week {n}."],
             "source": {"actor_id": "marsh", "description": spelled, "kind": "named_person"}},
            {"statement": f"Readings for day {n} were lost.", "attribution": "indirect",
             "quotes": [f"the readings for day {n} were lost"],
             "source": {"actor_id": "engineer", "description": "A senior engineer who asked not "
                        "to be named", "kind": "anonymous"}},
            {"statement": f"Repairs for section {n} were approved.", "attribution": "indirect",
             "quotes": [f"repairs for section {n} were approved"],
             "source": {"actor_id": None, "description": "The authority",
                        "kind": "organization"}},
        ]  # fmt: skip
    draft = {
        "headline": f"Part from paragraph {found[0][0]}", "summary": "Testimony.",
        "language": "en",
        "key_actors": [
            {"id": "marsh", "name": spelled, "kind": "person", "role": "witness"},
            {"id": "engineer", "name": "senior engineer", "kind": "anonymous_source", "role": ""},
        ],
        "claims": claims,
        "unresolved_issues": [],
    }  # fmt: skip
    return Reply(200, completion(draft, usage=(400, 100)))


def make(url: str, **options: Any) -> Summarizer:
    # about three paragraphs a chunk: the drafter's claims stay within the schema's 12
    options.setdefault("chunk_tokens", 300)
    return Summarizer("fake-model", base_url=url, context_window=2_000, max_output_tokens=300,
                      **options)  # fmt: skip


def test_long_article_is_chunked_merged_and_offsets_index_the_whole_text() -> None:
    text = long_text()
    with serve(drafter) as server:
        brief = make(server.url).summarize(text)
    meta = brief.metadata
    assert len(meta.chunks) >= 4
    assert meta.chunks[0][0] == 0 and meta.chunks[-1][1] == len(text)
    # every chunk was briefed (one call each) and one reduce call wrote the headline
    kinds = [(c.kind, c.chunk) for c in meta.usage.calls]
    assert kinds == [("initial", i) for i in range(len(meta.chunks))] + [("reduce", None)]
    assert server.calls == len(meta.chunks) + 1
    assert brief.headline == f"Hearing in {len(meta.chunks)} parts"
    # offsets index the caller's whole text, and quotes from every part of it are there
    assert brief.check_offsets(text) == []
    grounded = [e for e in brief.evidence() if e.is_grounded]
    assert grounded and all(text[e.start : e.end] == e.quote for e in grounded)
    assert max(e.start for e in grounded if e.start is not None) > len(text) * 3 // 4
    # one person, four spellings: one actor; the anonymous engineer stays one anonymous actor
    people = [a for a in brief.key_actors if a.kind is newsbrief.ActorKind.PERSON]
    assert [a.name for a in people] == ["Helena Marsh"]
    assert sum(a.kind is newsbrief.ActorKind.ANONYMOUS_SOURCE for a in brief.key_actors) == 1
    assert meta.merged_names and set(next(iter(meta.merged_names.values()))) >= {"Marsh"}
    # a claim seen by two overlapping chunks is shown once
    statements = [c.statement for c in brief.claims]
    assert len(statements) == len(set(statements))
    assert {f"Cracks were seen in week {n}." for n in range(24)} <= set(statements)


async def test_async_twin_gives_the_same_brief() -> None:
    text = long_text(12)
    with serve(drafter) as server:
        sync = make(server.url).summarize(text)
        async_ = await make(server.url).asummarize(text)
    assert async_.model_dump(exclude={"metadata"}) == sync.model_dump(exclude={"metadata"})
    assert async_.metadata.chunks == sync.metadata.chunks


def test_long_articles_error_refuses_before_any_call() -> None:
    with serve(drafter) as server:
        with pytest.raises(newsbrief.ArticleTooLongError, match="long_articles='chunk'"):
            make(server.url, long_articles="error").summarize(long_text())
    assert server.calls == 0


def test_an_article_that_fits_is_not_chunked() -> None:
    text = long_text(2)
    with serve(drafter) as server:
        brief = make(server.url).summarize(text)
    assert brief.metadata.chunks == [] and server.calls == 1


def test_a_failed_reduce_keeps_the_brief(monkeypatch: pytest.MonkeyPatch) -> None:
    def broken_reduce(body: dict[str, Any]) -> Reply:
        if REDUCE_PROMPT in str(body["messages"][0]["content"]):
            return Reply(200, completion("not json at all"))
        return drafter(body)

    text = long_text(12)
    with serve(broken_reduce) as server:
        brief = make(server.url).summarize(text)
    assert brief.headline == "Part from paragraph 0"
    assert any("reduce step failed" in note for note in brief.metadata.dropped_claims)
    assert json.loads(brief.model_dump_json())["metadata"]["chunks"]
