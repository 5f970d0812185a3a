"""Run an ASGI app with uvicorn on a free local port, in a background thread."""

from __future__ import annotations

import asyncio
import contextlib
import socket
import threading
import time
from collections.abc import Iterator

import uvicorn
from starlette.types import ASGIApp

__all__ = ["RunningServer", "serve", "start", "start_pair"]

_HOST = "127.0.0.1"
_START_TIMEOUT = 5.0


class _Server(uvicorn.Server):
    """A uvicorn server that wakes up as soon as it is told to stop.

    uvicorn polls `should_exit` every 0.1 s; waiting on an event instead makes a
    stop take only the time uvicorn needs to close its connections.
    """

    def __init__(self, config: uvicorn.Config) -> None:
        super().__init__(config)
        self._loop: asyncio.AbstractEventLoop | None = None
        self._stop: asyncio.Event | None = None

    async def main_loop(self) -> None:
        self._loop = asyncio.get_running_loop()
        self._stop = asyncio.Event()
        if self.should_exit:
            return
        # on_tick refreshes the Date header once a second, as the stock main loop does.
        counter = 0
        while not await self.on_tick(counter):
            counter = (counter + 1) % 864000
            with contextlib.suppress(TimeoutError):
                await asyncio.wait_for(self._stop.wait(), timeout=0.1)

    def request_stop(self) -> None:
        self.should_exit = True
        loop, stop = self._loop, self._stop
        if loop is not None and stop is not None:
            with contextlib.suppress(RuntimeError):  # the loop has already closed
                loop.call_soon_threadsafe(stop.set)


class RunningServer:
    """A server started by `start` or `serve`; call `stop` when done with it."""

    def __init__(self, server: _Server, thread: threading.Thread, port: int) -> None:
        self._server = server
        self._thread = thread
        self.port = port
        self.base_url = f"http://{_HOST}:{port}"

    def stop(self) -> None:
        """Shut the server down and wait for its thread; calling it twice is harmless."""
        self._server.request_stop()
        self._thread.join()

    def __repr__(self) -> str:
        return f"RunningServer({self.base_url!r})"


def start(app: ASGIApp, port: int = 0) -> RunningServer:
    """Serve `app` on 127.0.0.1 at `port` (0: one the OS picks); returns once it accepts connections."""
    # Binding here rather than in uvicorn gives the port before the thread starts and
    # leaves no window in which another server could take it.
    # IPPROTO_TCP, not 0: asyncio sets TCP_NODELAY only on sockets that say they are TCP,
    # and without it every kept-alive request waits ~40 ms for the peer's delayed ACK.
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    # A simulator restarted on its fixed port must not wait out the old one's TIME_WAIT.
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((_HOST, port))
    port = sock.getsockname()[1]
    config = uvicorn.Config(
        app,
        log_config=None,  # keep uvicorn from reconfiguring the test process's logging
        log_level="warning",
        access_log=False,
        lifespan="auto",
    )
    server = _Server(config)
    thread = threading.Thread(target=server.run, kwargs={"sockets": [sock]}, name=f"uvicorn-{port}", daemon=True)
    thread.start()
    deadline = time.monotonic() + _START_TIMEOUT
    while not server.started:
        if not thread.is_alive() or time.monotonic() > deadline:
            server.request_stop()
            thread.join(timeout=1.0)
            sock.close()
            raise RuntimeError(f"uvicorn did not start on port {port}")
        time.sleep(0.001)
    return RunningServer(server, thread, port)


def start_pair(api: ASGIApp, second: ASGIApp, port: int = 0) -> tuple[RunningServer, RunningServer]:
    """Serve an API at `port` and its second host (storage, tokens) at the next port, or
    both at free ports for 0; returns (api, second) once both accept connections."""
    # The second first: an API may hand out its URLs from its first answer on.
    second_server = start(second, port + 1 if port else 0)
    try:
        api_server = start(api, port)
    except BaseException:
        second_server.stop()
        raise
    return api_server, second_server


@contextlib.contextmanager
def serve(app: ASGIApp) -> Iterator[RunningServer]:
    """Serve `app` for the duration of a `with` block."""
    running = start(app)
    try:
        yield running
    finally:
        running.stop()
