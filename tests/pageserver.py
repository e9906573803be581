"""A loopback web server that serves scripted pages, for fetch tests.

Each path answers with its :class:`Page`: status, headers, body (sent gzip-compressed when
``gzip`` is set), an optional delay before the headers and a trickle (the body sent a few bytes
at a time). It records the requests it got. A real HTTP server on 127.0.0.1, so the client stack
(httpx2, newsbrief) runs as it does against a site.
"""

from __future__ import annotations

import gzip as gzip_module
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Page:
    """What one path answers."""

    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=lambda: {"content-type": "text/html"})
    gzip: bool = False
    """Send ``body`` gzip-compressed, with ``content-encoding: gzip``."""
    delay: float = 0.0
    """Seconds to wait before answering."""
    trickle: float = 0.0
    """Seconds between pieces of the body (each ``piece`` bytes); 0 sends it at once."""
    piece: int = 64
    length: bool = True
    """Announce the body's length; without it the body ends when the connection closes."""


@dataclass
class Seen:
    """One request the server got."""

    path: str
    headers: dict[str, str]


class PageServer:
    """The running server: ``url(path)`` to fetch, ``requests`` it received."""

    def __init__(self, pages: dict[str, Page]) -> None:
        self.pages = pages
        self.requests: list[Seen] = []
        self.stopping = threading.Event()
        server = self

        class Handler(BaseHTTPRequestHandler):
            protocol_version = "HTTP/1.1"

            def log_message(self, *args: Any) -> None:
                pass

            def do_GET(self) -> None:
                server.requests.append(Seen(self.path, dict(self.headers)))
                page = server.pages.get(self.path, Page(b"not found", 404))
                if page.delay:
                    server.stopping.wait(page.delay)
                body = gzip_module.compress(page.body) if page.gzip else page.body
                try:
                    self.send_response(page.status)
                    for key, value in page.headers.items():
                        self.send_header(key, value)
                    if page.gzip:
                        self.send_header("content-encoding", "gzip")
                    if page.length:
                        self.send_header("content-length", str(len(body)))
                    else:
                        self.send_header("connection", "close")
                        self.close_connection = True
                    self.end_headers()
                    if not page.trickle:
                        self.wfile.write(body)
                        return
                    for start in range(0, len(body), page.piece):
                        if server.stopping.is_set():
                            return
                        self.wfile.write(body[start : start + page.piece])
                        self.wfile.flush()
                        time.sleep(page.trickle)
                except (BrokenPipeError, ConnectionResetError):
                    pass

        self.httpd = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.base = f"http://127.0.0.1:{self.httpd.server_address[1]}"
        self.thread = threading.Thread(
            target=self.httpd.serve_forever, kwargs={"poll_interval": 0.02}, daemon=True
        )

    def url(self, path: str) -> str:
        """The full URL of ``path`` on this server."""
        return self.base + path


def redirect(to: str, status: int = 302) -> Page:
    """A redirect to ``to`` (a path on the same server, or a full URL)."""
    return Page(b"", status, {"location": to, "content-type": "text/html"})


@contextmanager
def serve_pages(pages: dict[str, Page]) -> Iterator[PageServer]:
    """Run a :class:`PageServer` for the duration of the block."""
    server = PageServer(pages)
    server.thread.start()
    try:
        yield server
    finally:
        server.stopping.set()
        server.httpd.shutdown()
        server.httpd.server_close()
