"""An HTTP/1.1 server on 127.0.0.1 whose routes misbehave in scripted ways.

Each route serves a body (JSON or bytes) and consumes a list of faults, one per
request, before behaving normally: an error status (with Retry-After), a reset of
the connection after K bytes of body, a body shorter than its Content-Length, a
stall, a redirect. A route can ignore Range, refuse requests that carry
credentials, or expire its signed URLs. Every request is logged with its headers,
so tests can count attempts and check that no secret reached the wrong host.

Written on the standard library's socket server rather than an ASGI stack because
the faults live below HTTP: a reset needs the socket (SO_LINGER 0).
"""

from __future__ import annotations

import argparse
import json
import re
import socket
import struct
import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

CREDENTIAL_HEADERS = ("x-api-key", "authorization")
RESET_SETTLE = 0.05


@dataclass
class Status:
    code: int
    headers: dict[str, str] = field(default_factory=dict)
    body: bytes = b'{"detail": "injected failure"}'


@dataclass
class Reset:
    """Send the headers and `after` bytes of body, then reset the connection."""

    after: int


@dataclass
class Short:
    """Announce the full Content-Length, send `after` bytes, close cleanly."""

    after: int


@dataclass
class Stall:
    seconds: float


@dataclass
class Redirect:
    location: str
    code: int = 302


Fault = Status | Reset | Short | Stall | Redirect


@dataclass
class Route:
    body: bytes = b"{}"
    content_type: str = "application/json"
    faults: list[Fault] = field(default_factory=list)
    ignore_range: bool = False
    refuse_credentials: bool = False
    # Signed URLs: `?expires=<server clock seconds>`; later requests get 403.
    signed: bool = False
    send_length: bool = True
    chunk: int = 1 << 20


@dataclass
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


class _QuietServer(ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request: object, client_address: object) -> None:
        pass  # clients that hang up mid-response are what this server is for


class FaultServer:
    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.requests: list[Seen] = []
        self.now = 0.0  # the clock signed URLs are checked against; tests move it
        self._lock = threading.Lock()
        self._httpd = _QuietServer(("127.0.0.1", 0), _make_handler(self))
        self._thread = threading.Thread(target=self._httpd.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True)

    @property
    def base_url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host!s}:{port}"

    def url(self, path: str) -> str:
        return self.base_url + path

    def route(self, path: str, **kwargs: object) -> Route:
        route = Route(**kwargs)  # type: ignore[arg-type]
        self.routes[path] = route
        return route

    def hits(self, path: str) -> list[Seen]:
        return [r for r in self.requests if urlsplit(r.path).path == path]

    def start(self) -> FaultServer:
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._thread.is_alive():
            self._httpd.shutdown()
            self._thread.join(timeout=5)
        self._httpd.server_close()

    def _next_fault(self, route: Route) -> Fault | None:
        with self._lock:
            return route.faults.pop(0) if route.faults else None


@contextmanager
def running() -> Iterator[FaultServer]:
    server = FaultServer().start()
    try:
        yield server
    finally:
        server.stop()


_RANGE = re.compile(r"bytes=(\d+)-$")


def _make_handler(server: FaultServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def log_message(self, format: str, *args: object) -> None:
            pass

        def do_GET(self) -> None:
            self._handle()

        def do_PUT(self) -> None:
            self._handle()

        def do_POST(self) -> None:
            self._handle()

        def do_DELETE(self) -> None:
            self._handle()

        def _handle(self) -> None:
            length = int(self.headers.get("content-length", 0) or 0)
            body = self.rfile.read(length) if length else b""
            headers = {k.lower(): v for k, v in self.headers.items()}
            server.requests.append(Seen(self.command, self.path, headers, body))
            split = urlsplit(self.path)
            route = server.routes.get(split.path)
            if route is None:
                return self._send(404, b'{"detail": "no such route"}')
            if route.refuse_credentials and any(h in headers for h in CREDENTIAL_HEADERS):
                return self._send(400, b'{"detail": "credentials are not accepted here"}')
            if route.signed:
                expires = parse_qs(split.query).get("expires", ["0"])[0]
                if float(expires) < server.now:
                    return self._send(403, b"<Error><Code>AccessDenied</Code><Message>Request has expired</Message>")
            fault = server._next_fault(route)
            if isinstance(fault, Status):
                return self._send(fault.code, fault.body, fault.headers)
            if isinstance(fault, Redirect):
                return self._send(fault.code, b"", {"Location": fault.location})
            if isinstance(fault, Stall):
                time.sleep(fault.seconds)
            if self.command in ("PUT", "POST"):
                return self._send_body(route, json.dumps({"received": len(body)}).encode(), {}, fault)
            self._send_body(route, route.body, headers, fault)

        def _send_body(self, route: Route, data: bytes, headers: dict[str, str], fault: Fault | None) -> None:
            start, status = 0, 200
            match = _RANGE.match(headers.get("range", ""))
            extra: dict[str, str] = {"Accept-Ranges": "bytes"}
            if match and not route.ignore_range:
                start = int(match.group(1))
                if start >= len(data):
                    return self._send(416, b"", {"Content-Range": f"bytes */{len(data)}"})
                status = 206
                extra["Content-Range"] = f"bytes {start}-{len(data) - 1}/{len(data)}"
            payload = memoryview(data)[start:]
            self.send_response(status)
            self.send_header("Content-Type", route.content_type)
            if route.send_length:
                self.send_header("Content-Length", str(len(payload)))
            else:
                self.send_header("Connection", "close")
            for k, v in extra.items():
                self.send_header(k, v)
            self.end_headers()
            cut = fault.after if isinstance(fault, Reset | Short) else None
            end = len(payload) if cut is None else min(cut, len(payload))
            for offset in range(0, end, route.chunk):
                self.wfile.write(payload[offset : min(offset + route.chunk, end)])
            self.wfile.flush()
            if isinstance(fault, Reset):
                # Data still unread by the client is dropped when an RST arrives: let it
                # land first, so the client sees exactly `after` bytes, then reset.
                time.sleep(RESET_SETTLE)
                # SO_LINGER 0: close() sends RST instead of FIN.
                self.connection.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
            if cut is not None or not route.send_length:
                self.close_connection = True

        def _send(self, code: int, body: bytes, headers: dict[str, str] | None = None) -> None:
            self.send_response(code)
            self.send_header("Content-Length", str(len(body)))
            for k, v in (headers or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(body)

    return Handler


def main() -> None:
    """Serve one file at /file (for benchmarks against curl): prints the base URL."""
    parser = argparse.ArgumentParser()
    parser.add_argument("file", type=Path)
    parser.add_argument("--resets", type=int, default=0, help="reset the connection this many times, spread out")
    args = parser.parse_args()
    data = args.file.read_bytes()
    server = FaultServer()
    step = len(data) // (args.resets + 1)
    server.route(
        "/file", body=data, content_type="application/octet-stream", faults=[Reset(step) for _ in range(args.resets)]
    )
    server.start()
    print(server.base_url, flush=True)
    try:
        while True:
            time.sleep(3600)
    except KeyboardInterrupt:
        server.stop()


if __name__ == "__main__":
    main()
