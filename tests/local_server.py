"""A small HTTP server on 127.0.0.1 for the fetch tests: the only network the tests use."""

from __future__ import annotations

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass(frozen=True)
class Route:
    """What the server answers at one path."""

    body: bytes = b""
    status: int = 200
    headers: dict[str, str] = field(default_factory=lambda: {"Content-Type": "text/html"})
    delay: float = 0.0
    """Seconds to wait before answering (a slow server)."""
    length: bool = True
    """Send Content-Length; without it the body ends when the connection closes."""


@contextmanager
def serve(routes: dict[str, Route], agents: list[str] | None = None) -> Iterator[str]:
    """Serve ``routes`` on a free port of 127.0.0.1; yields the base address, no slash.
    ``agents`` collects the User-Agent of every request."""

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.0"

        def do_GET(self) -> None:
            if agents is not None:
                agents.append(self.headers.get("User-Agent", ""))
            route = routes.get(self.path)
            if route is None:
                route = Route(b"<html><body>no such page</body></html>", status=404)
            if route.delay:
                time.sleep(route.delay)
            self.send_response(route.status)
            for name, value in route.headers.items():
                self.send_header(name, value)
            if route.length:
                self.send_header("Content-Length", str(len(route.body)))
            self.end_headers()
            # the client may give up, as it should on a page too large
            with suppress(BrokenPipeError, ConnectionResetError):
                self.wfile.write(route.body)

        def log_message(self, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, args=(0.05,), daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
