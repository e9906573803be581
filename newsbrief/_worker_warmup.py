"""Imported once, by the fork server of :mod:`newsbrief.processes` (nowhere else).

A worker forked from the server inherits what is loaded here, so its first article does not pay
for what the first brief of a process costs once: the imports the OpenAI SDK and instructor make
lazily (about a second on 2 cores), the CA bundle (about 20 ms), the draft schemas and their
JSON schemas (a first brief took 0.12 s under cProfile after those imports, the next ones
0.02 s). One brief of a short article is made here, answered by an in-memory transport: nothing
leaves the process.
"""

from __future__ import annotations

import asyncio
import contextlib
import json

import httpx2
import openai

import newsbrief.processes  # noqa: F401
from newsbrief.models import Brief
from newsbrief.providers import tls_context
from newsbrief.summarizer import Summarizer

_ARTICLE = (
    "Mayor Ada Lind said on Monday that the Old Bridge would reopen in May.\n\n"
    "\u201cWe are on schedule,\u201d Lind told reporters.\n\n"
    "An engineer who asked not to be named said the load tests were not finished."
)
_DRAFT = {
    "headline": "Old Bridge to reopen in May",
    "summary": "The mayor says the bridge reopens in May; an engineer says tests are unfinished.",
    "language": "en",
    "key_actors": [
        {"id": "lind", "name": "Ada Lind", "kind": "person", "role": "mayor"},
        {"id": "engineer", "name": "An engineer", "kind": "anonymous_source", "role": ""},
    ],
    "claims": [
        {"quotes": ["the Old Bridge would reopen in May"], "attribution": "indirect",
         "statement": "The bridge reopens in May.",
         "source": {"actor_id": "lind", "description": "Mayor Ada Lind", "kind": "named_person"}},
        {"quotes": ["We are on schedule"], "attribution": "direct",
         "statement": "The work is on schedule.",
         "source": {"actor_id": "lind", "description": "Lind", "kind": "named_person"}},
        {"quotes": ["the load tests were not finished"], "attribution": "indirect",
         "statement": "The load tests are not finished.",
         "source": {"actor_id": "engineer", "description": "An engineer who asked not to be named",
                    "kind": "anonymous"}},
    ],
    "unresolved_issues": [],
}  # fmt: skip


def _answer(request: httpx2.Request) -> httpx2.Response:
    return httpx2.Response(200, json={
        "id": "warm-up", "object": "chat.completion", "created": 0, "model": "warm-up",
        "choices": [{"index": 0, "finish_reason": "stop",
                     "message": {"role": "assistant", "content": json.dumps(_DRAFT)}}],
        "usage": {"prompt_tokens": 1, "completion_tokens": 1, "total_tokens": 2},
    })  # fmt: skip


def warm_up() -> Brief:
    """Load what a first brief loads; the brief of the warm-up article."""
    tls_context()
    http = httpx2.AsyncClient(transport=httpx2.MockTransport(_answer))
    client = openai.AsyncOpenAI(api_key="warm-up", base_url="http://warm-up.invalid/v1",
                                http_client=http)  # fmt: skip
    return asyncio.run(Summarizer("warm-up", client=client, mode="json").asummarize(_ARTICLE))


with contextlib.suppress(Exception):  # a warm-up that fails leaves the workers cold, no worse
    warm_up()
