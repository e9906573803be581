"""Build the CONSTRUCTED Batch API cassettes tests/cassettes/constructed/openai_batch_*.yaml.

These cassettes were not recorded from any server (OpenAI's API is not reachable where they were
made): this script writes them to the shapes OpenAI documents for the Files and Batch APIs:

* ``POST /v1/files`` (purpose ``batch``) answers a ``file`` object;
* ``POST /v1/batches`` and ``GET /v1/batches/{id}`` answer a ``batch`` object: ``status``
  (validating, in_progress, finalizing, completed, failed, expired, cancelling, cancelled),
  ``request_counts``, ``output_file_id``, ``error_file_id``, ``errors`` and timestamps;
* ``GET /v1/batches`` answers a list page of batch objects;
* ``GET /v1/files/{id}/content`` answers the JSONL output or error file, one request output
  object a line: ``{"id", "custom_id", "response": {"status_code", "request_id", "body"},
  "error"}``, the body a ``chat.completion`` whose message carries a ``tool_calls`` entry with
  the draft as a JSON string (instructor's tools mode, newsbrief's default for OpenAI); a request
  that failed without an HTTP answer has ``"response": null`` and ``"error": {"code",
  "message"}`` (``batch_expired`` for one left undone when the 24h window ended).

The drafts are hand-written from tests/data/harbor-strike.en.txt (below) and the seed article
tests/data/g20-blinken-lavrov.it.txt (the draft of build_constructed.py), with quotes copied from
the articles so grounding verifies them. Ids, timestamps and tokens are made up.

Re-create them with:  python tests/cassettes/build_openai_batch.py
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

# the sibling script (run from this directory): the seed article's draft and completion shape
from build_constructed import GOOD_CLAIMS, completion, draft
from vcr.serializers import yamlserializer

HERE = Path(__file__).parent / "constructed"
API = "https://api.openai.com/v1"
MODEL = "gpt-4.1-mini"
HEADER = (
    "# CONSTRUCTED cassette: written by tests/cassettes/build_openai_batch.py to OpenAI's\n"
    "# documented Files and Batch API response shapes. Not recorded from a server.\n"
    "# Re-create with:\n"
    "#   python tests/cassettes/build_openai_batch.py\n"
)
CREATED = 1767225600  # 2026-01-01T00:00:00Z
SUBMISSION_TOKEN = "constructedsubmission0001"  # what the create-retry test makes the token

# ---- the harbor-strike article's draft ------------------------------------------------------

HARBOR_ACTORS = [
    {"id": "okafor", "name": "Maria Okafor", "kind": "person",
     "role": "head of the Portmere Dockers' Union"},
    {"id": "union", "name": "Portmere Dockers' Union", "kind": "organization", "role": "on strike"},
    {"id": "ministry_official", "name": "senior transport ministry official",
     "kind": "anonymous_source", "role": "spoke on condition of anonymity"},
    {"id": "port_authority", "name": "port authority", "kind": "organization",
     "role": "runs the port"},
]  # fmt: skip

HARBOR_CLAIMS = [
    {
        "statement": "Dock workers in Portmere went on strike on Monday, halting cargo traffic.",
        "source": {"actor_id": None, "description": "the article", "kind": "article"},
        "attribution": "unattributed",
        "quotes": ["Dock workers in Portmere walked off the job on Monday"],
    },
    {
        "statement": "The union will not return until the night-shift cuts are withdrawn.",
        "source": {"actor_id": "okafor", "description": "Maria Okafor", "kind": "named_person"},
        "attribution": "direct",
        "reporting_verb": "said",
        "quotes": ["We are not going back until the night-shift cuts are withdrawn"],
    },
    {
        "statement": "The government would offer a six-month pause on the cuts but not drop them.",
        "source": {"actor_id": "ministry_official",
                   "description": "A senior official at the transport ministry",
                   "kind": "anonymous"},
        "attribution": "indirect",
        "reporting_verb": "said",
        "quotes": [("the government was prepared to offer a six-month pause on the cuts but "
                    "would not abandon them")],
    },
    {
        "statement": "Fourteen container ships were waiting offshore.",
        "source": {"actor_id": "port_authority", "description": "The port authority",
                   "kind": "organization"},
        "attribution": "indirect",
        "reporting_verb": "said in a statement",
        "quotes": ["14 container ships were waiting offshore"],
    },
]  # fmt: skip

HARBOR_ISSUES = [
    {
        "question": "Will the union accept a pause instead of a withdrawal of the cuts?",
        "why_open": "The union demands withdrawal; the ministry offers only a pause.",
        "quotes": ["prepared to offer a six-month pause on the cuts"],
    }
]


def harbor_draft(claims: list[dict[str, Any]] | None = None) -> dict[str, Any]:
    return {
        "headline": "Portmere dockers strike over night-shift cuts",
        "summary": "Dock workers at Portmere walked out on Monday, halting cargo traffic. The "
        "union wants night-shift cuts withdrawn; the ministry offers a six-month pause.",
        "language": "en",
        "key_actors": HARBOR_ACTORS,
        "claims": HARBOR_CLAIMS if claims is None else claims,
        "unresolved_issues": HARBOR_ISSUES,
    }


# ---- Files and Batch API objects ------------------------------------------------------------


def file_object(file_id: str, purpose: str, size: int, filename: str) -> dict[str, Any]:
    return {
        "id": file_id, "object": "file", "bytes": size, "created_at": CREATED,
        "filename": filename, "purpose": purpose, "status": "processed", "expires_at": None,
        "status_details": None,
    }  # fmt: skip


def batch_object(
    batch_id: str,
    status: str,
    counts: tuple[int, int, int],
    *,
    output: str | None = None,
    error: str | None = None,
    errors: list[dict[str, Any]] | None = None,
    ended: int = 0,
    token: str | None = None,
) -> dict[str, Any]:
    total, completed, failed = counts
    ended_at = CREATED + ended if ended else None
    return {
        "id": batch_id,
        "object": "batch",
        "endpoint": "/v1/chat/completions",
        "model": MODEL,
        "errors": {"object": "list", "data": errors} if errors is not None else None,
        "input_file_id": "file-constructedinput0001",
        "completion_window": "24h",
        "status": status,
        "output_file_id": output,
        "error_file_id": error,
        "created_at": CREATED,
        "in_progress_at": CREATED + 5 if status not in ("validating", "failed") else None,
        "expires_at": CREATED + 86400,
        "finalizing_at": ended_at if status in ("finalizing", "completed") else None,
        "completed_at": ended_at if status == "completed" else None,
        "failed_at": ended_at if status == "failed" else None,
        "expired_at": ended_at if status == "expired" else None,
        "cancelling_at": None,
        "cancelled_at": None,
        "request_counts": {"total": total, "completed": completed, "failed": failed},
        "metadata": {"newsbrief_submission": token or SUBMISSION_TOKEN,
                     "newsbrief_articles": str(total)},
    }  # fmt: skip


def output_line(custom_id: str, n: int, arguments: dict[str, Any], usage: tuple[int, int]) -> str:
    body = completion("Draft", arguments, usage, n)
    body["model"] = "gpt-4.1-mini-2025-04-14"
    return json.dumps(
        {
            "id": f"batch_req_constructed{n:04d}",
            "custom_id": custom_id,
            "response": {"status_code": 200, "request_id": f"req_constructed{n:04d}", "body": body},
            "error": None,
        },
        ensure_ascii=False,
    )


def http_error_line(custom_id: str, n: int, status: int, message: str, kind: str) -> str:
    body = {"error": {"message": message, "type": kind, "param": None, "code": None}}
    return json.dumps(
        {
            "id": f"batch_req_constructed{n:04d}",
            "custom_id": custom_id,
            "response": {
                "status_code": status,
                "request_id": f"req_constructed{n:04d}",
                "body": body,
            },
            "error": None,
        }
    )


def error_line(custom_id: str, n: int, code: str, message: str) -> str:
    return json.dumps(
        {
            "id": f"batch_req_constructed{n:04d}",
            "custom_id": custom_id,
            "response": None,
            "error": {"code": code, "message": message},
        }
    )


REASONS = {200: "OK", 401: "Unauthorized", 500: "Internal Server Error",
           503: "Service Unavailable"}  # fmt: skip


def interaction(
    method: str,
    path: str,
    status: int,
    body: dict[str, Any] | str,
    content_type: str = "application/json",
) -> dict[str, Any]:
    text = body if isinstance(body, str) else json.dumps(body, ensure_ascii=False)
    return {
        "request": {
            "body": None,
            "headers": {"content-type": ["application/json"]} if method == "POST" else {},
            "method": method,
            "uri": f"{API}{path}",
        },
        "response": {
            "status": {"code": status, "message": REASONS[status]},
            "headers": {"content-type": [content_type], "x-request-id": ["req_constructed"]},
            "body": {"string": text},
        },
    }


def upload(size: int = 24_000) -> dict[str, Any]:
    return interaction(
        "POST", "/files", 200,
        file_object("file-constructedinput0001", "batch", size, "newsbrief-batch.jsonl"),
    )  # fmt: skip


def create(batch: dict[str, Any]) -> dict[str, Any]:
    return interaction("POST", "/batches", 200, batch)


def retrieve(batch: dict[str, Any]) -> dict[str, Any]:
    return interaction("GET", f"/batches/{batch['id']}", 200, batch)


def content(file_id: str, lines: list[str]) -> dict[str, Any]:
    return interaction(
        "GET", f"/files/{file_id}/content", 200, "\n".join(lines) + "\n",
        content_type="application/octet-stream",
    )  # fmt: skip


def server_error(method: str, path: str, status: int = 500) -> dict[str, Any]:
    body = {"error": {"message": "The server had an error while processing your request.",
                      "type": "server_error", "param": None, "code": None}}  # fmt: skip
    return interaction(method, path, status, body)


def write(name: str, interactions: list[dict[str, Any]]) -> None:
    HERE.mkdir(parents=True, exist_ok=True)
    text = yamlserializer.serialize({"interactions": interactions, "version": 1})
    (HERE / f"openai_batch_{name}.yaml").write_text(HEADER + text, encoding="utf-8")


SEED_DRAFT = draft(GOOD_CLAIMS)


def main() -> None:
    # Happy path: items harbor, g20 (and a blank one that is never uploaded). The batch is
    # validating when created, then in progress twice, finalizing, completed; the output file
    # lists the answers in another order than the input, as OpenAI allows.
    bid = "batch_constructedhappy01"
    write("happy", [
        upload(),
        create(batch_object(bid, "validating", (0, 0, 0))),
        retrieve(batch_object(bid, "in_progress", (2, 0, 0))),
        retrieve(batch_object(bid, "in_progress", (2, 1, 0))),
        retrieve(batch_object(bid, "finalizing", (2, 2, 0), ended=1790)),
        retrieve(batch_object(bid, "completed", (2, 2, 0), output="file-constructedoutput01",
                              ended=1800)),
        content("file-constructedoutput01", [
            output_line("g20", 1, SEED_DRAFT, (1450, 620)),
            output_line("harbor", 2, harbor_draft(), (980, 410)),
        ]),
    ])  # fmt: skip

    # Partial failure: a answered (one invented quote: stays unverified, no re-ask), b failed
    # with a 500 inside the batch (error file), c has no line at all, d answered with a draft
    # that has no claims (invalid; nothing to salvage).
    bid = "batch_constructedpartial1"
    invented = json.loads(json.dumps(HARBOR_CLAIMS))
    invented[3]["quotes"].append("The mayor promised to end the strike by Friday")
    write("partial", [
        upload(),
        create(batch_object(bid, "in_progress", (4, 0, 0))),
        retrieve(batch_object(bid, "completed", (4, 2, 1), output="file-constructedoutput02",
                              error="file-constructederrors02", ended=2400)),
        content("file-constructedoutput02", [
            output_line("a", 3, harbor_draft(invented), (980, 430)),
            output_line("d", 4, harbor_draft([]), (980, 120)),
        ]),
        content("file-constructederrors02", [
            http_error_line("b", 5, 500, "The server had an error processing your request.",
                            "server_error"),
        ]),
    ])  # fmt: skip

    # Expired: the 24h window ended with x done and y not run (error file, batch_expired).
    bid = "batch_constructedexpired1"
    write("expired", [
        upload(),
        create(batch_object(bid, "in_progress", (2, 0, 0))),
        retrieve(batch_object(bid, "expired", (2, 1, 0), output="file-constructedoutput03",
                              error="file-constructederrors03", ended=86400)),
        content("file-constructedoutput03", [output_line("x", 6, harbor_draft(), (980, 410))]),
        content("file-constructederrors03", [
            error_line("y", 7, "batch_expired",
                       "This request could not be executed before the completion window "
                       "expired."),
        ]),
    ])  # fmt: skip

    # Failed: the input failed validation, blaming line 2 (q); nothing ran, no files.
    bid = "batch_constructedfailed01"
    problem = {
        "code": "invalid_request",
        "line": 2,
        "param": "body",
        "message": "This request's body exceeds the maximum size of a batch request.",
    }
    write("failed", [
        upload(),
        create(batch_object(bid, "validating", (0, 0, 0))),
        retrieve(batch_object(bid, "failed", (0, 0, 0), errors=[problem], ended=30)),
    ])  # fmt: skip

    # Resume: a first run gives up waiting (max_wait) after one in_progress check; a second run
    # with the same state_path only checks the batch again and downloads its output.
    bid = "batch_constructedresume01"
    write("resume", [
        upload(),
        create(batch_object(bid, "validating", (0, 0, 0))),
        retrieve(batch_object(bid, "in_progress", (1, 0, 0))),
        retrieve(batch_object(bid, "completed", (1, 1, 0), output="file-constructedoutput05",
                              ended=3600)),
        content("file-constructedoutput05", [output_line("harbor", 8, harbor_draft(), (980, 410))]),
    ])  # fmt: skip

    # Create fails with a 500 after OpenAI made the batch: the batch is found by its submission
    # token in the list (not created twice); a 503 on the next check is retried.
    bid = "batch_constructedretry001"
    other = batch_object("batch_constructedsomeone1", "completed", (5, 5, 0), ended=600,
                         token="someoneelsestoken")  # fmt: skip
    listed = {"object": "list", "data": [other, batch_object(bid, "validating", (0, 0, 0))],
              "first_id": other["id"], "last_id": bid, "has_more": False}  # fmt: skip
    write("create_retry", [
        upload(),
        server_error("POST", "/batches"),
        interaction("GET", "/batches?limit=100", 200, listed),
        server_error("GET", f"/batches/{bid}", 503),
        retrieve(batch_object(bid, "completed", (1, 1, 0), output="file-constructedoutput06",
                              ended=900)),
        content("file-constructedoutput06", [output_line("harbor", 9, harbor_draft(), (980, 410))]),
    ])  # fmt: skip

    # The upload is refused: a 401 is not retried and nothing else is called.
    write("upload_401", [
        interaction("POST", "/files", 401, {"error": {
            "message": "Incorrect API key provided: test-key***. You can find your API key at "
            "https://platform.openai.com/account/api-keys.",
            "type": "invalid_request_error", "param": None, "code": "invalid_api_key"}}),
    ])  # fmt: skip


if __name__ == "__main__":
    main()
