"""A deterministic offline model for tests: :class:`TestModel` (``model="test"``).

It answers every request by filling the JSON schema it was sent with the article's own
sentences: the first sentence is the headline, the first two the summary, each claim quotes one
sentence in the article's own voice. No network, no server, no cassette, the same answer every
time: for testing code that calls newsbrief, where what the model says does not matter. Its
answers go through instructor, validation and grounding like any model's.
"""

from __future__ import annotations

import json
import re
import threading
import time
from typing import Any

import instructor
from openai.types.chat import ChatCompletion

from newsbrief.article import sentences
from newsbrief.providers.base import Backend

__all__ = ["TestModel", "backend"]

_ARTICLE = re.compile(r"<(article-[0-9a-f]{12})>\n(.*)\n</\1>", re.DOTALL)


class TestModel:
    """A model that briefs any article offline, deterministically, from its own sentences.

    Use it as ``Summarizer(model=TestModel())`` or ``Summarizer(model="test")``.

    Args:
        language: The ISO 639-1 code it gives as the article's language.
        max_claims: The most claims it makes (one per sentence, in order; never fewer than the
            schema's minimum).

    Attributes:
        requests: Every request it answered, as the keyword arguments instructor sent
            (``messages``, ``extra_body`` with the schema...), for assertions in tests.

    Example:
        >>> import newsbrief
        >>> from newsbrief.testing import TestModel
        >>> brief = newsbrief.Summarizer(model=TestModel()).summarize(
        ...     "The council met on Monday. It approved the budget."
        ... )
        >>> brief.headline
        'The council met on Monday.'
    """

    __test__ = False  # not a pytest test class

    def __init__(self, *, language: str = "en", max_claims: int = 5) -> None:
        self.language = language
        self.max_claims = max_claims
        self.requests: list[dict[str, Any]] = []
        self._lock = threading.Lock()

    def create(self, **kwargs: Any) -> ChatCompletion:
        """Answer one chat completion request (the OpenAI SDK's ``create`` keyword arguments, or
        the JSON body an OpenAI-compatible server receives: the schema is read from
        ``response_format.schema``)."""
        with self._lock:
            self.requests.append(kwargs)
        messages = kwargs.get("messages") or []
        text = ""
        for message in messages:
            found = _ARTICLE.search(str(message.get("content") or ""))
            if found:
                text = found.group(2)
        response_format = (kwargs.get("extra_body") or {}).get("response_format") or kwargs.get(
            "response_format"
        )
        schema = (response_format or {}).get("schema")
        if not isinstance(schema, dict):
            schema = {"type": "object", "properties": {}}
        answer = _Filler(schema, sentences(text) or [text.strip() or "No text."], self).value()
        content = json.dumps(answer, ensure_ascii=False)
        prompt = sum(len(str(m.get("content") or "")) for m in messages) // 4 + 1
        return ChatCompletion.model_validate(
            {
                "id": "chatcmpl-test",
                "object": "chat.completion",
                "created": int(time.time()),
                "model": "test",
                "choices": [
                    {
                        "index": 0,
                        "message": {"role": "assistant", "content": content},
                        "finish_reason": "stop",
                    }
                ],
                "usage": {
                    "prompt_tokens": prompt,
                    "completion_tokens": len(content) // 4 + 1,
                    "total_tokens": prompt + len(content) // 4 + 1,
                },
            }
        )


class _Filler:
    """Fills a JSON schema with values taken from the article's sentences."""

    def __init__(self, schema: dict[str, Any], said: list[str], model: TestModel) -> None:
        self.root = schema
        self.said = said
        self.model = model
        self.next_sentence = 0

    def sentence(self) -> str:
        chosen = self.said[self.next_sentence % len(self.said)]
        self.next_sentence += 1
        return chosen

    def resolve(self, schema: dict[str, Any]) -> dict[str, Any]:
        ref = schema.get("$ref")
        if isinstance(ref, str) and ref.startswith("#/"):
            target: Any = self.root
            for part in ref[2:].split("/"):
                target = target[part]
            return self.resolve(dict(target))
        return schema

    def value(self) -> Any:
        return self.fill(self.root, "")

    def fill(self, schema: dict[str, Any], name: str) -> Any:
        schema = self.resolve(schema)
        options = schema.get("anyOf") or schema.get("oneOf")
        if options:
            concrete = [o for o in options if self.resolve(o).get("type") != "null"]
            if not concrete:
                return None
            if name in ("actor_id", "reporting_verb", "hedging"):
                return None
            return self.fill(concrete[0], name)
        if "enum" in schema:
            preferred = {"kind": "article", "attribution": "unattributed"}.get(name)
            return preferred if preferred in schema["enum"] else schema["enum"][0]
        if "const" in schema:
            return schema["const"]
        kind = schema.get("type")
        if kind == "object":
            properties: dict[str, Any] = schema.get("properties", {})
            return {key: self.fill(sub, key) for key, sub in properties.items()}
        if kind == "array":
            return self.array(schema, name)
        if kind == "string":
            return self.string(name)
        if kind == "integer":
            return int(schema.get("minimum", 0))
        if kind == "number":
            return float(schema.get("minimum", 0))
        if kind == "boolean":
            return False
        return None

    def array(self, schema: dict[str, Any], name: str) -> list[Any]:
        low = int(schema.get("minItems", 0))
        high = int(schema.get("maxItems", 10**6))
        wanted = {"claims": self.model.max_claims, "quotes": 1}.get(name, 0)
        count = max(low, min(wanted, high))
        items = schema.get("items", {})
        return [self.fill(items, name) for _ in range(count)]

    def string(self, name: str) -> str:
        if name == "headline":
            return self.said[0]
        if name == "summary":
            return " ".join(self.said[:2])
        if name == "language":
            return self.model.language
        if name == "kind":
            return "article"
        if name == "quotes":
            return self.sentence()
        if name in ("statement", "question"):
            # what the last quote says, or the next sentence when there was none
            if self.next_sentence:
                return self.said[(self.next_sentence - 1) % len(self.said)]
            return self.sentence()
        return ""


def backend(model: TestModel | None = None) -> Backend:
    """The :class:`~newsbrief.providers.base.Backend` for ``model`` (a new one by default)."""
    chosen = model if model is not None else TestModel()
    mode = instructor.Mode.JSON

    async def acreate(**kwargs: Any) -> ChatCompletion:
        return chosen.create(**kwargs)

    return Backend(
        label="test",
        model_name=None,
        make_sync=lambda: instructor.Instructor(
            client=None, create=instructor.patch(create=chosen.create, mode=mode), mode=mode
        ),
        make_async=lambda: instructor.AsyncInstructor(
            client=None, create=instructor.patch(create=acreate, mode=mode), mode=mode
        ),
        schema_in_response_format=True,
        mode=mode,
    )
