"""The console commands, run as a user types them (`python -m <package>.cli ...`, in a
subprocess) against the simulators served from this process.

A subprocess cannot share the contract tests' fake clock, so the simulators run on
real time with short jobs; `Throttle` slows a simulator down (per request, or per
piece of a response body) so that a test can interrupt a command halfway.

A subprocess costs ~0.3 s (mostly importing httpx), so the end-to-end flows run as
subprocesses and the many ways of getting the command line wrong run in-process
(`Cli.inproc`), through the same `main()`. The simulators' spec validation is left to
the contract tests, which drive the same client code.
"""

from __future__ import annotations

import asyncio
import contextlib
import importlib
import io
import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from starlette.applications import Starlette
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from vision_api_sims import analytiks, citylens, pictograph, scopix
from vision_api_sims.server import RunningServer, serve

CITYLENS_KEY = "ck_cli_4b9e2d7a61"
SCOPIX_KEY = "scopix_cli_8c1f3e5a97"
PICTOGRAPH_KEY = "pk_live_admin"  # the simulator's admin key (deletes allowed)
ANALYTIKS_ID, ANALYTIKS_SECRET = analytiks.FULL_ACCESS
VENDOR_PREFIXES = ("CITYLENS_", "SCOPIX_", "PICTOGRAPH_", "ANALYTIKS_", "VISION_API_")
SUBPROCESS_TIMEOUT = 60.0


class Throttle:
    """Wraps an ASGI app: waits `delay` seconds before each request, and sends response
    bodies in pieces of `chunk` bytes, `pause` seconds apart. Both off by default."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app
        self.delay = 0.0
        self.chunk = 0
        self.pause = 0.0

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        if self.delay:
            await asyncio.sleep(self.delay)
        chunk, pause = self.chunk, self.pause

        async def trickle(message: Message) -> None:
            body = message.get("body", b"")
            if message["type"] != "http.response.body" or not chunk or len(body) <= chunk:
                await send(message)
                return
            more = message.get("more_body", False)
            for start in range(0, len(body), chunk):
                last = start + chunk >= len(body)
                await send(
                    {"type": "http.response.body", "body": body[start : start + chunk], "more_body": more or not last}
                )
                await asyncio.sleep(pause)

        await self.app(scope, receive, trickle)

    def reset(self) -> None:
        self.delay, self.chunk, self.pause = 0.0, 0, 0.0


def _clean_env(extra: dict[str, str]) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(VENDOR_PREFIXES)}
    env.pop("COLUMNS", None)
    return {**env, **extra}


@dataclass
class Cli:
    """One package's command, with the environment a user would set for it."""

    package: str
    env: dict[str, str]
    cwd: Path

    def command(self, *args: str) -> list[str]:
        return [sys.executable, "-m", f"{self.package}.cli", *args]

    def __call__(self, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            self.command(*args),
            env=_clean_env({**self.env, **(env or {})}),
            cwd=self.cwd,
            capture_output=True,
            text=True,
            timeout=SUBPROCESS_TIMEOUT,
        )

    def inproc(self, *args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        """The same command run by calling `main(args)` in this process (fast; no signals)."""
        main = importlib.import_module(f"{self.package}.cli").main
        out, err = io.StringIO(), io.StringIO()
        saved = dict(os.environ)
        os.environ.clear()
        os.environ.update(_clean_env({**self.env, **(env or {})}))
        try:
            with contextlib.chdir(self.cwd), contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                try:
                    main(list(args))
                except SystemExit as exit_:
                    code = exit_.code if isinstance(exit_.code, int) else 1
                else:
                    code = 0
        finally:
            os.environ.clear()
            os.environ.update(saved)
        return subprocess.CompletedProcess(list(args), code, out.getvalue(), err.getvalue())

    def start(self, *args: str) -> subprocess.Popen[str]:
        return subprocess.Popen(
            self.command(*args),
            env=_clean_env(self.env),
            cwd=self.cwd,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )


def interrupt_when(
    process: subprocess.Popen[str], ready: Callable[[], bool], *, timeout: float = 20.0
) -> subprocess.CompletedProcess[str]:
    """Send SIGINT (Ctrl-C) to `process` once `ready()`; return how it ended."""
    deadline = time.monotonic() + timeout
    while not ready():
        if process.poll() is not None:
            out, err = process.communicate()
            pytest.fail(f"the command ended (exit {process.returncode}) before it could be interrupted:\n{out}{err}")
        if time.monotonic() > deadline:
            process.kill()
            pytest.fail("the command never reached the point to interrupt it at")
        time.sleep(0.005)
    process.send_signal(signal.SIGINT)
    out, err = process.communicate(timeout=SUBPROCESS_TIMEOUT)
    return subprocess.CompletedProcess(process.args, process.returncode, out, err)


def grew(path: Path, size: int = 1) -> Callable[[], bool]:
    return lambda: path.exists() and path.stat().st_size >= size


# --- simulators, one of each per session (their state is cleaned per test) -----------------


@dataclass
class Sim:
    servers: list[RunningServer]
    apps: dict[str, Starlette]
    throttles: dict[str, Throttle]

    @property
    def url(self) -> str:
        return self.servers[0].base_url

    def reset(self) -> None:
        for throttle in self.throttles.values():
            throttle.reset()


@pytest.fixture(scope="session")
def citylens_server() -> Iterator[Sim]:
    app = citylens.create_app(api_key=CITYLENS_KEY)
    throttle = Throttle(app)
    with serve(throttle) as server:
        yield Sim([server], {"api": app}, {"api": throttle})


@pytest.fixture(scope="session")
def scopix_server() -> Iterator[Sim]:
    app = scopix.create_app(api_key=SCOPIX_KEY, queue_seconds=0.1, export_seconds=0.3)
    storage_app = scopix.create_storage_app(app.state.exports)
    throttle = Throttle(storage_app)
    with serve(app) as api, serve(throttle) as storage:
        app.state.storage_base_url = storage.base_url
        yield Sim([api, storage], {"api": app, "storage": storage_app}, {"storage": throttle})


@pytest.fixture(scope="session")
def pictograph_server() -> Iterator[Sim]:
    app = pictograph.create_app(pending_seconds=0.1, processing_seconds=0.3)
    storage_app = pictograph.create_storage_app(app.state.storage)
    throttle = Throttle(storage_app)
    with serve(throttle) as storage, serve(app) as api:
        app.state.storage_app = storage_app
        app.state.storage_base_url = storage.base_url
        yield Sim([api, storage], {"api": app, "storage": storage_app}, {"storage": throttle})


@pytest.fixture(scope="session")
def analytiks_server() -> Iterator[Sim]:
    dataset = analytiks.build_dataset()
    store = analytiks.TokenStore(analytiks.default_accounts(dataset))
    token_app = analytiks.create_token_app(store)
    exports_app = analytiks.create_exports_app(store, dataset)
    with serve(exports_app) as exports, serve(token_app) as tokens:
        yield Sim([exports, tokens], {"exports": exports_app, "tokens": token_app}, {})


@pytest.fixture
def citylens_sim(citylens_server: Sim) -> Iterator[Sim]:
    yield citylens_server
    citylens_server.reset()


@pytest.fixture
def scopix_sim(scopix_server: Sim) -> Iterator[Sim]:
    yield scopix_server
    scopix_server.reset()


@pytest.fixture
def pictograph_sim(pictograph_server: Sim) -> Iterator[Sim]:
    yield pictograph_server
    pictograph_server.reset()


@pytest.fixture
def analytiks_sim(analytiks_server: Sim) -> Iterator[Sim]:
    yield analytiks_server
    analytiks_server.apps["exports"].state.faults.latency = 0.0


@pytest.fixture
def citylens_cli(citylens_sim: Sim, tmp_path: Path) -> Cli:
    return Cli("citylens_client", {"CITYLENS_BASE_URL": citylens_sim.url, "CITYLENS_API_KEY": CITYLENS_KEY}, tmp_path)


@pytest.fixture
def scopix_cli(scopix_sim: Sim, tmp_path: Path) -> Cli:
    return Cli("scopix_client", {"SCOPIX_BASE_URL": scopix_sim.url, "SCOPIX_API_KEY": SCOPIX_KEY}, tmp_path)


@pytest.fixture
def pictograph_cli(pictograph_sim: Sim, tmp_path: Path) -> Cli:
    env = {"PICTOGRAPH_BASE_URL": pictograph_sim.url, "PICTOGRAPH_API_KEY": PICTOGRAPH_KEY}
    return Cli("pictograph_client", env, tmp_path)


@pytest.fixture
def analytiks_cli(analytiks_sim: Sim, tmp_path: Path) -> Cli:
    env = {
        "ANALYTIKS_EXPORTS_URL": analytiks_sim.servers[0].base_url,
        "ANALYTIKS_TOKEN_URL": analytiks_sim.servers[1].base_url,
        "ANALYTIKS_CLIENT_ID": ANALYTIKS_ID,
        "ANALYTIKS_CLIENT_SECRET": ANALYTIKS_SECRET,
    }
    return Cli("analytiks_client", env, tmp_path)
