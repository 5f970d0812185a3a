"""Downloads read a body of stated length from the connection itself: its failures are
httpx's, and resumed like any other."""

from __future__ import annotations

import os
import re
import socket
import threading
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from citylens_client._runtime.download import adownload, download
from tests.conftest import FakeClock

DATA = os.urandom(1 << 21)
SENT_BEFORE_STALL = 300_000  # past what h11 reads with the headers: read from the connection


class StallingServer:
    """Answers the first request with part of the body and then nothing (the connection
    stays open), and a Range request with the rest."""

    def __init__(self) -> None:
        self._listener = socket.create_server(("127.0.0.1", 0))
        self.url = f"http://127.0.0.1:{self._listener.getsockname()[1]}/f"
        self.ranges: list[str | None] = []
        self._release = threading.Event()
        self._thread = threading.Thread(target=self._serve, daemon=True)
        self._thread.start()

    def _serve(self) -> None:
        while True:
            try:
                connection, _ = self._listener.accept()
            except OSError:
                return
            threading.Thread(target=self._answer, args=(connection,), daemon=True).start()

    def _answer(self, connection: socket.socket) -> None:
        with connection:
            head = b""
            while b"\r\n\r\n" not in head:
                head += connection.recv(4096)
            match = re.search(rb"(?i)\r\nrange: bytes=(\d+)-", head)
            self.ranges.append(match.group(1).decode() if match else None)
            if match is None:
                connection.sendall(b"HTTP/1.1 200 OK\r\nContent-Length: %d\r\n\r\n" % len(DATA))
                connection.sendall(DATA[:SENT_BEFORE_STALL])
                self._release.wait()  # the client gives up first (its read timeout)
                return
            start = int(match.group(1))
            connection.sendall(
                b"HTTP/1.1 206 Partial Content\r\nContent-Length: %d\r\nContent-Range: bytes %d-%d/%d\r\n\r\n"
                % (len(DATA) - start, start, len(DATA) - 1, len(DATA))
            )
            connection.sendall(DATA[start:])

    def close(self) -> None:
        self._release.set()
        self._listener.close()


@pytest.fixture
def stalling() -> Iterator[StallingServer]:
    server = StallingServer()
    yield server
    server.close()


def test_a_body_that_stops_arriving_is_resumed_where_it_stopped(
    stalling: StallingServer, clock: FakeClock, tmp_path: Path
) -> None:
    with httpx.Client(timeout=httpx.Timeout(5.0, read=0.3)) as http:
        dest = download(http, stalling.url, tmp_path / "f.bin", clock=clock)
    assert dest.read_bytes() == DATA
    assert stalling.ranges == [None, str(SENT_BEFORE_STALL)]


async def test_an_async_body_that_stops_arriving_is_resumed_where_it_stopped(
    stalling: StallingServer, clock: FakeClock, tmp_path: Path
) -> None:
    async with httpx.AsyncClient(timeout=httpx.Timeout(5.0, read=0.3)) as http:
        dest = await adownload(http, stalling.url, tmp_path / "f.bin", clock=clock)
    assert dest.read_bytes() == DATA
    assert stalling.ranges == [None, str(SENT_BEFORE_STALL)]
