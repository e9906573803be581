"""Build the CONSTRUCTED cassettes in tests/cassettes/constructed/.

These cassettes were not recorded from any server: they are written by this script to the response
shape OpenAI documents for Chat Completions (a ``chat.completion`` object whose message carries a
``tool_calls`` entry with the function arguments as a JSON string, ``finish_reason``, ``usage``)
and to its documented error body (``{"error": {"message", "type", "param", "code"}}``). The brief
content is hand-written from the seed article (tests/data/g20-blinken-lavrov.it.txt).

Re-create them with:  python tests/cassettes/build_constructed.py
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from vcr.serializers import yamlserializer

HERE = Path(__file__).parent / "constructed"
URL = "https://api.openai.com/v1/chat/completions"
MODEL = "gpt-4.1-mini-2025-04-14"
HEADER = (
    "# CONSTRUCTED cassette: written by tests/cassettes/build_constructed.py to OpenAI's documented\n"
    "# Chat Completions response shape. Not recorded from a server. Re-create with:\n"
    "#   python tests/cassettes/build_constructed.py\n"
)

ACTORS = [
    {"id": "blinken", "name": "Antony Blinken", "kind": "person", "role": "US Secretary of State"},
    {"id": "lavrov", "name": "Sergey Lavrov", "kind": "person", "role": "Russian Foreign Minister"},
    {"id": "whelan", "name": "Paul Whelan", "kind": "person", "role": "American detained in Russia"},
    {"id": "us_official", "name": "senior US official", "kind": "anonymous_source",
     "role": "briefed reporters anonymously"},
    {"id": "russian_mfa", "name": "Russian Foreign Ministry", "kind": "organization",
     "role": "confirmed the encounter"},
]  # fmt: skip


def _anon(description: str) -> dict[str, Any]:
    return {"actor_id": "us_official", "description": description, "kind": "anonymous"}


GOOD_CLAIMS = [
    {
        "statement": "Blinken and Lavrov spoke for about 10 minutes on the sidelines of the G20 "
        "in New Delhi.",
        "source": _anon("Funzionari statunitensi"),
        "attribution": "indirect",
        "reporting_verb": "hanno riferito",
        "quotes": [
            "Funzionari statunitensi hanno riferito che Blinken e Lavrov hanno parlato per circa "
            "10 minuti ai margini della conferenza del G20 a Nuova Delhi"
        ],
    },
    {
        "statement": "Blinken told Lavrov the US will keep supporting Ukraine until the end of "
        "the conflict.",
        "source": _anon("Un funzionario statunitense di primo piano"),
        "attribution": "indirect",
        "reporting_verb": "ha dichiarato",
        # The article has a non-breaking space then a space on both sides: kept exactly.
        "quotes": [
            "gli Usa\u00a0 continueranno a sostenere l'Ucraina\u00a0 fino alla fine del conflitto"
        ],
    },
    {
        "statement": "Blinken urged Moscow to release Paul Whelan.",
        "source": _anon("Un funzionario statunitense di primo piano"),
        "attribution": "indirect",
        "quotes": ["che Mosca dovrebbe rilasciare il cittadino americano Paul Whelan"],
    },
    {
        "statement": "The Russian Foreign Ministry confirmed the two met while walking but held "
        "no official talks.",
        "source": {"actor_id": "russian_mfa", "description": "il ministero degli Esteri russo",
                   "kind": "organization"},
        "attribution": "indirect",
        "reporting_verb": "ha confermato",
        "quotes": ["non hanno tenuto un colloquio ufficiale"],
    },
    {
        "statement": "Griner was later released in exchange for Viktor Bout.",
        "source": {"actor_id": None, "description": "the article", "kind": "article"},
        "attribution": "unattributed",
        "quotes": ["Griner è stata successivamente rilasciata in cambio di Viktor Bout"],
    },
]  # fmt: skip

GOOD_ISSUES = [
    {
        "question": "What did Lavrov answer?",
        "why_open": "The official gave no details of Lavrov's reply.",
        # U+00A0 follows "risposto" in the article.
        "quotes": ["non ha fornito dettagli su quanto ha risposto\u00a0 Lavrov"],
    }
]


def draft(
    claims: list[dict[str, Any]], actors: list[dict[str, Any]] | None = None
) -> dict[str, Any]:
    return {
        "headline": "Blinken and Lavrov meet briefly at the G20 in New Delhi",
        "summary": "US Secretary of State Blinken and Russian Foreign Minister Lavrov spoke for "
        "about ten minutes at the G20, their first high-level contact in months. A senior US "
        "official said Blinken reaffirmed support for Ukraine; Moscow said there were no formal "
        "talks.",
        "language": "it",
        "key_actors": actors if actors is not None else ACTORS,
        "claims": claims,
        "unresolved_issues": GOOD_ISSUES,
    }


def completion(
    name: str, arguments: dict[str, Any], usage: tuple[int, int], n: int
) -> dict[str, Any]:
    return {
        "id": f"chatcmpl-constructed{n:04d}",
        "object": "chat.completion",
        "created": 1767225600 + n,
        "model": MODEL,
        "choices": [
            {
                "index": 0,
                "message": {
                    "role": "assistant",
                    "content": None,
                    "refusal": None,
                    "tool_calls": [
                        {
                            "id": f"call_constructed{n:04d}",
                            "type": "function",
                            "function": {
                                "name": name,
                                "arguments": json.dumps(arguments, ensure_ascii=False),
                            },
                        }
                    ],
                },
                "logprobs": None,
                "finish_reason": "tool_calls",
            }
        ],
        "usage": {
            "prompt_tokens": usage[0],
            "completion_tokens": usage[1],
            "total_tokens": usage[0] + usage[1],
        },
        "system_fingerprint": "fp_constructed",
    }


def error_body(message: str, kind: str, code: str | None) -> dict[str, Any]:
    return {"error": {"message": message, "type": kind, "param": None, "code": code}}


def interaction(
    status: int, body: dict[str, Any], headers: dict[str, str] | None = None
) -> dict[str, Any]:
    reasons = {
        200: "OK",
        401: "Unauthorized",
        429: "Too Many Requests",
        500: "Internal Server Error",
    }
    response_headers = {"content-type": ["application/json"], "x-request-id": ["req_constructed"]}
    for key, value in (headers or {}).items():
        response_headers[key] = [value]
    return {
        "request": {
            "body": None,
            "headers": {"content-type": ["application/json"]},
            "method": "POST",
            "uri": URL,
        },
        "response": {
            "status": {"code": status, "message": reasons[status]},
            "headers": response_headers,
            "body": {"string": json.dumps(body, ensure_ascii=False)},
        },
    }


def write(name: str, interactions: list[dict[str, Any]]) -> None:
    HERE.mkdir(parents=True, exist_ok=True)
    text = yamlserializer.serialize({"interactions": interactions, "version": 1})
    (HERE / f"{name}.yaml").write_text(HEADER + text, encoding="utf-8")


def main() -> None:
    good = completion("Draft", draft(GOOD_CLAIMS), (1450, 620), 1)
    write("good_brief", [interaction(200, good)])

    # An invented quote, a quote normalised by the model (single spaces, curly apostrophe) and
    # a real sentence misplaced under the wrong claim; the re-ask cannot find the invented one.
    flawed_claims = json.loads(json.dumps(GOOD_CLAIMS))
    flawed_claims[1]["quotes"] = [
        "gli Usa continueranno a sostenere l\u2019Ucraina fino alla fine del conflitto"
    ]
    flawed_claims[2]["quotes"].append("Blinken ha promesso sanzioni immediate contro Mosca")
    flawed_claims[3]["quotes"] = ["Griner è stata successivamente rilasciata"]
    write(
        "invented_quote",
        [
            interaction(200, completion("Draft", draft(flawed_claims), (1450, 640), 2)),
            interaction(200, completion("QuoteFixes", {"quotes": [None]}, (1180, 12), 3)),
        ],
    )

    # First answer breaks integrity (a claim names an actor id that does not exist, and an
    # anonymous source is tied to a named person); the re-ask answers correctly.
    broken = json.loads(json.dumps(GOOD_CLAIMS))
    broken[0]["source"]["actor_id"] = "state_department"
    broken[1]["source"]["actor_id"] = "blinken"
    write(
        "reask_then_valid",
        [
            interaction(200, completion("Draft", draft(broken), (1450, 610), 4)),
            interaction(200, completion("Draft", draft(GOOD_CLAIMS), (2150, 620), 5)),
        ],
    )

    write(
        "auth_401",
        [
            interaction(
                401,
                error_body(
                    "Incorrect API key provided: sk-***. You can find your API key at "
                    "https://platform.openai.com/account/api-keys.",
                    "invalid_request_error",
                    "invalid_api_key",
                ),
            )
        ],
    )
    write(
        "rate_limit_429_then_ok",
        [
            interaction(
                429,
                error_body(
                    "Rate limit reached for gpt-4.1-mini on requests per min (RPM): Limit 3, "
                    "Used 3, Requested 1. Please try again in 2s.",
                    "requests",
                    "rate_limit_exceeded",
                ),
                {"retry-after": "2"},
            ),
            interaction(200, good),
        ],
    )
    write(
        "server_500_then_ok",
        [
            interaction(
                500,
                error_body("The server had an error while processing your request.",
                           "server_error", None),
            ),
            interaction(200, good),
        ],
    )  # fmt: skip
    write(
        "server_500_always",
        [
            interaction(500, error_body("The server had an error.", "server_error", None))
            for _ in range(4)  # exactly the documented budget: 1 call + 3 transport retries
        ],
    )
    write(
        "quota_429",
        [
            interaction(
                429,
                error_body(
                    "You exceeded your current quota, please check your plan and billing details.",
                    "insufficient_quota",
                    "insufficient_quota",
                ),
            )
        ],
    )


if __name__ == "__main__":
    main()
