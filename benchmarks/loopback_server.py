"""A loopback OpenAI-compatible server that answers every article with a valid draft, for benchmarks.

    python benchmarks/loopback_server.py --latency 0.2 [--port 0]

It prints one line, ``LISTENING http://127.0.0.1:<port>/v1``, then serves until killed (SIGTERM or
SIGINT). Run it as its own process so that its CPU time does not count against newsbrief's.

* ``POST /v1/chat/completions``: a ``chat.completion`` in JSON mode whose content is a draft of the
  article in the request: the article is found between newsbrief's ``<article-…>`` tags (or, for a
  plain client, the last user message is taken as the article), 3 or more of its sentences are
  given verbatim as quotes, actors are the capitalised names it contains, and the number of claims
  follows the ``claims.minItems`` of the schema sent as ``response_format.schema`` (newsbrief does
  so for base_url servers), with an ``enum`` of allowed quotes honoured when there is one. Quote-fix
  re-asks get one ``null`` per numbered quote. Usage is reported as UTF-8 bytes / 4 of the prompt
  and of the answer. The reply is sent ``--latency`` seconds after the request was read (the
  server's own work is inside that time), so many requests wait concurrently.
* ``GET /stats``: ``{"chat_completions": n, "in_flight": n, "max_in_flight": n, "article_bytes":
  n, "message_bytes": n, "schema_bytes": n, ...}``; ``GET /stats?reset=1`` returns them and
  resets them to zero. ``GET /last`` is the body of the last chat request.

Plain ``asyncio`` from the standard library, no dependencies: one event loop with HTTP/1.1
keep-alive serves hundreds of concurrent connections, and a CPU-light handler keeps it far from
being the bottleneck (its CPU per request is in ``/stats`` as ``server_cpu_seconds``, and
benchmarks/batch_throughput.py reports it; the figures are in benchmarks/README.md).
"""

from __future__ import annotations

import argparse
import asyncio
import contextlib
import json
import re
import signal
import sys
import time
from typing import Any

ARTICLE_RE = re.compile(r"<(article-[0-9a-f]{12})>\n(.*)\n</\1>", re.DOTALL)
SENTENCE_RE = re.compile(r"[^\s][^\n]*?(?:[.!?…][»”\"’']*(?=\s|$)|(?=\n)|$)")
NAME_RE = re.compile(r"\b([A-Z][a-z]+(?:-[A-Z][a-z]+)? [A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")
ORG_RE = re.compile(
    r"\b((?:[A-Z][a-z]+ ){0,3}(?:Ministry|Agency|Council|Authority|Bank|Institute|Commission|"
    r"Board|Union|Association|Alliance|Company|Group|Office|Department)(?: of(?: the)? [A-Z][a-z]+)?)\b"
)
NOT_FIRST_NAMES = {
    "The", "A", "An", "In", "On", "At", "But", "And", "For", "By", "If", "As", "It", "Its", "This",
    "That", "Their", "His", "Her", "Our", "We", "They", "He", "She", "When", "After", "Before",
    "During", "Since", "While", "Asked", "According", "Under", "Over", "Last", "Next", "Until",
}  # fmt: skip
ORG_WORDS = {
    "Ministry", "Agency", "Council", "Authority", "Bank", "Institute", "Commission", "Board",
    "Union", "Association", "Company", "Group", "Office", "Department", "Investment", "Quarter",
    "Research", "Audit", "Engineering", "National", "European", "Alliance", "Green",
}  # fmt: skip
ANONYMOUS_HINTS = ("official", "person familiar", "source", "spokesperson who")


def _slug(name: str) -> str:
    return re.sub(r"[^a-z0-9]+", "-", name.lower()).strip("-")[:24] or "actor"


def _sentences(text: str) -> list[str]:
    found = (m.group(0).strip() for m in SENTENCE_RE.finditer(text))
    return list(dict.fromkeys(s for s in found if len(s) >= 12))


def _find(schema: dict[str, Any] | None, *path: str) -> Any:
    """schema[path...] following $ref into $defs, or None."""
    node: Any = schema
    for key in path:
        if not isinstance(node, dict):
            return None
        ref = node.get("$ref")
        if ref and schema is not None:
            node = schema.get("$defs", {}).get(ref.rsplit("/", 1)[-1], {})
        node = node.get(key)
    return node


def make_draft(article: str, schema: dict[str, Any] | None) -> dict[str, Any]:
    """A draft of ``article`` that satisfies newsbrief's Draft schema and integrity rules."""
    paragraphs = [p for p in article.split("\n\n") if p.strip()]
    minimum = _find(schema, "properties", "claims", "minItems") or 3
    claims_props = _find(schema, "properties", "claims", "items", "properties")
    enum = None
    if isinstance(claims_props, dict):
        enum = ((claims_props.get("quotes") or {}).get("items") or {}).get("enum")
    wanted = max(int(minimum), min(6, len(paragraphs)))

    people: dict[str, dict[str, Any]] = {}
    for match in NAME_RE.finditer(article):
        name = match.group(1)
        words = name.split()
        if words[0] in NOT_FIRST_NAMES or ORG_WORDS.intersection(words) or name in people:
            continue
        people[name] = {"id": _slug(name.split()[-1]), "name": name, "kind": "person",
                        "role": "quoted in the article"}  # fmt: skip
        if len(people) == 4:
            break
    orgs: dict[str, dict[str, Any]] = {}
    for match in ORG_RE.finditer(article):
        name = match.group(1).removeprefix("The ").strip()
        if name in orgs or name in people:
            continue
        orgs[name] = {"id": _slug(name), "name": name, "kind": "organization", "role": ""}
        if len(orgs) == 2:
            break
    actors: list[dict[str, Any]] = []
    for actor in [*people.values(), *orgs.values()]:
        if actor["id"] not in {a["id"] for a in actors}:
            actors.append(actor)
    by_name = {a["name"]: a for a in actors}

    per_paragraph = [_sentences(p) for p in paragraphs] or [_sentences(article)]
    pool: list[str] = []
    depth = 0
    while len(pool) < wanted + 2 and depth < 50:  # round robin over paragraphs
        for sents in per_paragraph:
            if depth < len(sents):
                pool.append(sents[depth])
        depth += 1
    if enum:
        pool = [s for s in pool if s in enum] or list(enum)
    if not pool:
        pool = [article.strip()[:200]]

    claims: list[dict[str, Any]] = []
    for k in range(wanted):
        quote = pool[k % len(pool)]
        second = pool[(k + wanted) % len(pool)]
        speaker = next(
            (a for n, a in by_name.items() if n in quote and a["kind"] == "person"), None
        )
        org = next((a for n, a in by_name.items() if n in quote and a["kind"] != "person"), None)
        quoted = any(mark in quote for mark in '"“”«»')
        if speaker is not None:
            source = {"actor_id": speaker["id"], "description": speaker["name"],
                      "kind": "named_person"}  # fmt: skip
            attribution, verb = ("direct" if quoted else "indirect"), "said"
        elif any(hint in quote.lower() for hint in ANONYMOUS_HINTS):
            source = {"actor_id": None, "description": "an official quoted anonymously",
                      "kind": "anonymous"}  # fmt: skip
            attribution, verb = "indirect", "told"
        elif org is not None:
            source = {"actor_id": org["id"], "description": org["name"], "kind": "organization"}
            attribution, verb = "indirect", "stated"
        else:
            source = {"actor_id": None, "description": "the article", "kind": "article"}
            attribution, verb = "unattributed", None
        statement = re.sub(r"[\"“”«»]", "", quote)
        quotes = [quote] if second == quote or k % 2 else [quote, second]
        claims.append({
            "statement": f"({k + 1}) {statement[:160]}",
            "source": source,
            "attribution": attribution,
            "reporting_verb": verb,
            "hedging": "reportedly" if k % 4 == 3 else None,
            "quotes": quotes,
        })  # fmt: skip
    last = pool[-1]
    first = per_paragraph[0][0] if per_paragraph[0] else pool[0]
    return {
        "headline": first[:90],
        "summary": " ".join(pool[:2])[:400],
        "language": "en",
        "key_actors": actors,
        "claims": claims,
        "unresolved_issues": [
            {"question": "What happens next?", "why_open": "The article does not say.",
             "quotes": [last]},
        ],
    }  # fmt: skip


def _fixes(user: str) -> dict[str, Any]:
    numbered = re.findall(r"^(\d+)\. for ", user, re.MULTILINE)
    return {"quotes": [None] * len(numbered)}


def _text(content: Any) -> str:
    if isinstance(content, str):
        return content
    if isinstance(content, list):
        return "".join(p.get("text", "") for p in content if isinstance(p, dict))
    return ""


class Stats:
    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self.chat_completions = 0
        self.in_flight = 0
        self.max_in_flight = 0
        self.article_bytes = 0
        self.message_bytes = 0
        self.schema_bytes = 0
        self.server_cpu_seconds = 0.0
        self.last: dict[str, Any] | None = None

    def as_dict(self) -> dict[str, Any]:
        return {k: v for k, v in vars(self).items() if k != "last"}


def answer(body: dict[str, Any], stats: Stats) -> dict[str, Any]:
    """The chat.completion for one request body."""
    messages = body.get("messages") or []
    texts = [_text(m.get("content")) for m in messages]
    user = next((t for m, t in zip(reversed(messages), reversed(texts)) if m.get("role") == "user"),
                "")  # fmt: skip
    schema = ((body.get("response_format") or {}).get("schema")) or None
    found = ARTICLE_RE.search(user)
    article = found.group(2) if found else user
    if "These quotes are not in the article" in user:
        content_obj: dict[str, Any] = _fixes(user)
    else:
        content_obj = make_draft(article, schema)
    content = json.dumps(content_obj, ensure_ascii=False)
    message_bytes = sum(len(t.encode("utf-8")) for t in texts)
    stats.article_bytes += len(article.encode("utf-8"))
    stats.message_bytes += message_bytes
    stats.schema_bytes += len(json.dumps(schema).encode("utf-8")) if schema else 0
    prompt_tokens = message_bytes // 4 + 8 * len(messages)
    completion_tokens = len(content.encode("utf-8")) // 4
    stats.chat_completions += 1
    return {
        "id": f"chatcmpl-loopback-{stats.chat_completions}",
        "object": "chat.completion",
        "created": int(time.time()),
        "model": body.get("model", "loopback"),
        "choices": [{"index": 0, "finish_reason": "stop",
                     "message": {"role": "assistant", "content": content, "refusal": None}}],
        "usage": {"prompt_tokens": prompt_tokens, "completion_tokens": completion_tokens,
                  "total_tokens": prompt_tokens + completion_tokens},
        "system_fingerprint": "loopback",
    }  # fmt: skip


class Server:
    def __init__(self, latency: float) -> None:
        self.latency = latency
        self.stats = Stats()

    async def _read_body(self, reader: asyncio.StreamReader, headers: dict[str, str]) -> bytes:
        if "chunked" in headers.get("transfer-encoding", "").lower():
            chunks: list[bytes] = []
            while True:
                size = int((await reader.readline()).split(b";")[0].strip() or b"0", 16)
                if size == 0:
                    await reader.readline()
                    return b"".join(chunks)
                chunks.append(await reader.readexactly(size))
                await reader.readline()
        return await reader.readexactly(int(headers.get("content-length", "0") or 0))

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            while True:
                try:
                    head = await reader.readuntil(b"\r\n\r\n")
                except (asyncio.IncompleteReadError, ConnectionError):
                    return
                lines = head.decode("latin-1").split("\r\n")
                method, target, _ = ([*lines[0].split(" ", 2), "", ""])[:3]
                headers = {}
                for line in lines[1:]:
                    if ":" in line:
                        key, value = line.split(":", 1)
                        headers[key.strip().lower()] = value.strip()
                raw = await self._read_body(reader, headers)
                status, payload = await self.route(method, target, raw)
                data = json.dumps(payload, ensure_ascii=False).encode("utf-8")
                close = headers.get("connection", "").lower() == "close"
                writer.write(
                    f"HTTP/1.1 {status} {'OK' if status == 200 else 'Error'}\r\n"
                    "content-type: application/json\r\n"
                    f"content-length: {len(data)}\r\n"
                    f"connection: {'close' if close else 'keep-alive'}\r\n\r\n".encode("latin-1")
                    + data
                )
                await writer.drain()
                if close:
                    return
        except (ConnectionError, asyncio.IncompleteReadError):
            return
        except asyncio.CancelledError:  # shutting down with the connection open
            return
        finally:
            writer.close()

    async def route(self, method: str, target: str, raw: bytes) -> tuple[int, Any]:
        path, _, query = target.partition("?")
        if method == "GET" and path == "/stats":
            counts = self.stats.as_dict()
            if "reset=1" in query:
                self.stats.reset()
            return 200, counts
        if method == "GET" and path == "/last":
            return 200, self.stats.last
        if method == "POST" and path.endswith("/chat/completions"):
            received = time.monotonic()
            cpu = time.thread_time()
            stats = self.stats
            stats.in_flight += 1
            stats.max_in_flight = max(stats.max_in_flight, stats.in_flight)
            try:
                body = json.loads(raw)
                stats.last = body
                reply = answer(body, stats)
                stats.server_cpu_seconds += time.thread_time() - cpu
                wait = self.latency - (time.monotonic() - received)
                if wait > 0:
                    await asyncio.sleep(wait)
                return 200, reply
            except Exception as exc:
                return 500, {"error": {"message": f"{type(exc).__name__}: {exc}",
                                       "type": "server_error", "param": None, "code": None}}  # fmt: skip
            finally:
                stats.in_flight -= 1
        return 404, {"error": {"message": f"no route {method} {path}", "type": "not_found",
                               "param": None, "code": None}}  # fmt: skip


async def serve(host: str, port: int, latency: float) -> None:
    server = Server(latency)
    listener = await asyncio.start_server(server.handle, host, port, backlog=1024)
    bound = listener.sockets[0].getsockname()[1]
    print(f"LISTENING http://{host}:{bound}/v1", flush=True)
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGTERM, signal.SIGINT):
        loop.add_signal_handler(sig, stop.set)
    async with listener:
        await stop.wait()


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--host", default="127.0.0.1")
    parser.add_argument("--port", type=int, default=0)
    parser.add_argument("--latency", type=float, default=0.0, help="seconds per request")
    args = parser.parse_args(argv)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(serve(args.host, args.port, args.latency))
    sys.exit(0)


if __name__ == "__main__":
    main()
