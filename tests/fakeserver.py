"""A scripted OpenAI-compatible HTTP server on loopback, for fault tests.

It answers ``POST /v1/chat/completions`` with the next scripted reply (status, headers, body,
delay, trickle), repeating the last one when the script runs out, or with what a responder
function returns for the request's body; it records every request it got and the most requests
it was answering at once. It is a real HTTP server on 127.0.0.1, so the whole client stack
(openai SDK, httpx, instructor, tenacity, newsbrief) runs as it does against a provider.
"""

from __future__ import annotations

import itertools
import json
import select
import socket
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Reply:
    """One scripted answer."""

    status: int = 200
    body: Any = None
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0
    trickle: float = 0.0
    """Seconds over which the body is sent, a piece every 50 ms after the headers: a slow response
    that never leaves a client's per-read timeout idle for long."""
    raw: bytes | None = None
    """The body's exact bytes (HTML, JSON cut short, gzip...), sent instead of ``body`` as JSON."""
    drip: float = 0.0
    """Send the body one byte at a time, this many seconds apart (a server that trickles)."""
    drip_headers: bool = False
    """With ``drip``, trickle the status line and headers too, not only the body."""
    default_headers: bool = True
    """Send ``content-type: application/json`` and ``content-length`` unless ``headers`` has
    its own (by name, any case); ``False``: only ``headers``."""


@dataclass
class Received:
    """One request the server got."""

    at: float
    headers: dict[str, str]
    body: dict[str, Any]


def completion(arguments: dict[str, Any] | str, *, finish_reason: str = "stop",
               usage: tuple[int, int] = (100, 50), refusal: str | None = None) -> dict[str, Any]:  # fmt: skip
    """A chat.completion in JSON mode (the content is the JSON answer)."""
    content = arguments if isinstance(arguments, str) else json.dumps(arguments, ensure_ascii=False)
    return {
        "id": "chatcmpl-fake",
        "object": "chat.completion",
        "created": 1767225600,
        "model": "fake-model",
        "choices": [
            {
                "index": 0,
                "message": {"role": "assistant", "content": None if refusal else content,
                            "refusal": refusal},
                "finish_reason": finish_reason,
            }
        ],
        "usage": {"prompt_tokens": usage[0], "completion_tokens": usage[1],
                  "total_tokens": sum(usage)},
    }  # fmt: skip


def error(
    status: int, message: str, code: str | None = None, kind: str = "error"
) -> dict[str, Any]:
    return {"error": {"message": message, "type": kind, "param": None, "code": code}}


class FakeServer:
    """The running server: ``url`` to point newsbrief at, ``requests`` it received."""

    def __init__(
        self, script: list[Reply] | Callable[[dict[str, Any]], Reply], port: int = 0
    ) -> None:
        self.responder = script if callable(script) else None
        self.script = [] if callable(script) else list(script)
        self.in_flight = 0
        self.max_in_flight = 0
        self.requests: list[Received] = []
        self.stopping = threading.Event()
        self.open_connections = 0
        self._lock = threading.Lock()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def setup(self) -> None:
                super().setup()
                with server._lock:
                    server.open_connections += 1

            def finish(self) -> None:
                try:
                    super().finish()
                finally:
                    with server._lock:
                        server.open_connections -= 1

            def _wait_while_client_connected(self, seconds: float) -> bool:
                """Sleep up to ``seconds``; False if the client hung up or the server stops."""
                deadline = time.monotonic() + seconds
                while time.monotonic() < deadline:
                    if server.stopping.is_set():
                        return False
                    readable, _, _ = select.select([self.connection], [], [], 0.05)
                    if readable and not self.connection.recv(1, socket.MSG_PEEK):
                        self.close_connection = True
                        return False
                return True

            def _drip(self, data: bytes, interval: float) -> None:
                """Send ``data`` a byte at a time, ``interval`` seconds apart."""
                try:
                    for i in range(len(data)):
                        if server.stopping.is_set():
                            break
                        self.wfile.write(data[i : i + 1])
                        self.wfile.flush()
                        time.sleep(interval)
                except OSError:
                    pass
                self.close_connection = True

            def do_POST(self) -> None:
                length = int(self.headers.get("content-length", 0))
                raw = self.rfile.read(length)
                with server._lock:
                    server.requests.append(
                        Received(time.monotonic(), dict(self.headers), json.loads(raw or b"{}"))
                    )
                    index = len(server.requests) - 1
                    if server.responder is None:
                        reply = server.script[min(index, len(server.script) - 1)]
                    server.in_flight += 1
                    server.max_in_flight = max(server.max_in_flight, server.in_flight)
                try:
                    if server.responder is not None:
                        reply = server.responder(server.requests[index].body)
                    if reply.delay and not self._wait_while_client_connected(reply.delay):
                        return
                finally:
                    with server._lock:
                        server.in_flight -= 1
                body = (
                    reply.raw
                    if reply.raw is not None
                    else json.dumps(reply.body, ensure_ascii=False).encode("utf-8")
                )
                own = {key.lower() for key in reply.headers}
                if reply.drip and reply.drip_headers:
                    head = f"HTTP/1.1 {reply.status} X\r\ncontent-type: application/json\r\n"
                    head += f"content-length: {len(body)}\r\n\r\n"
                    self._drip(head.encode() + body, reply.drip)
                    return
                try:
                    self.send_response(reply.status)
                    if reply.default_headers and "content-type" not in own:
                        self.send_header("content-type", "application/json")
                    if reply.default_headers and "content-length" not in own:
                        self.send_header("content-length", str(len(body)))
                    for key, value in reply.headers.items():
                        self.send_header(key, value)
                    self.end_headers()
                    if reply.drip:
                        self._drip(body, reply.drip)
                        return
                    pieces = max(1, round(reply.trickle / 0.05))
                    for i in range(pieces):
                        start, end = len(body) * i // pieces, len(body) * (i + 1) // pieces
                        self.wfile.write(body[start:end])
                        if reply.trickle:
                            self.wfile.flush()
                            time.sleep(0.05)
                except (BrokenPipeError, ConnectionResetError, OSError):
                    self.close_connection = True

        class Server(ThreadingHTTPServer):
            def handle_error(self, request: Any, client_address: Any) -> None:
                pass  # a client that hangs up (a cut-off read, a closed pool) is not news here

        self.httpd = Server(("127.0.0.1", port), Handler)
        self.httpd.daemon_threads = True
        self.url = f"http://127.0.0.1:{self.httpd.server_address[1]}/v1"
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    @property
    def calls(self) -> int:
        return len(self.requests)

    def waits(self) -> list[float]:
        """Seconds between consecutive requests."""
        times = [r.at for r in self.requests]
        return [b - a for a, b in itertools.pairwise(times)]


@contextmanager
def serve(
    script: list[Reply] | Callable[[dict[str, Any]], Reply], port: int = 0
) -> Iterator[FakeServer]:
    """Run a :class:`FakeServer` for the duration of the block (on ``port``, 0 for any)."""
    server = FakeServer(script, port)
    server.thread.start()
    try:
        yield server
    finally:
        server.stopping.set()
        server.httpd.shutdown()
        server.httpd.server_close()
