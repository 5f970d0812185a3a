"""Workers in several processes sharing one API key share one request budget."""

from __future__ import annotations

import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
from starlette.types import ASGIApp, Receive, Scope, Send

import citylens_client as cl
from citylens_client._runtime.columnar.budget import SharedBudget, retry_after_seconds, share_budget
from citylens_client.api.detectors import list_detectors
from tests.columnar.conftest import API_KEY
from tests.conftest import FakeClock
from vision_api_sims import citylens
from vision_api_sims.server import RunningServer, serve

RATE = 8.0  # requests per second the simulated API allows per key


class RateLimited:
    """The API's own limit: a token bucket per server, 429 with Retry-After when empty."""

    def __init__(self, app: ASGIApp, rate: float, burst: float) -> None:
        self.app, self.rate, self.burst = app, rate, burst
        self.tokens, self.updated = burst, time.monotonic()
        self.statuses: list[int] = []
        self._lock = threading.Lock()

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        with self._lock:
            now = time.monotonic()
            self.tokens = min(self.burst, self.tokens + (now - self.updated) * self.rate)
            self.updated = now
            allowed = self.tokens >= 1
            if allowed:
                self.tokens -= 1
            self.statuses.append(200 if allowed else 429)
        if allowed:
            await self.app(scope, receive, send)
            return
        headers = [(b"retry-after", b"1"), (b"content-type", b"application/json")]
        await send({"type": "http.response.start", "status": 429, "headers": headers})
        await send({"type": "http.response.body", "body": b'{"detail": "rate limited"}'})


@pytest.fixture
def limited() -> Iterator[tuple[RunningServer, RateLimited]]:
    app = RateLimited(citylens.create_app(api_key=API_KEY), rate=RATE, burst=4)
    with serve(app) as server:
        yield server, app


_WORKER = """
import sys
import citylens_client as cl
from citylens_client._runtime.columnar.budget import share_budget
base, key, path, requests, rate = sys.argv[1:6]
with cl.connect(key, base_url=base, retries=20) as client:
    if path != "-":
        share_budget(client, path, rate=float(rate), burst=2)
    walk = cl.iter_frames(client, "2025-11-01T00:00:00", "2025-11-06T00:00:00", page_size=50)
    for page, _ in zip(range(int(requests)), walk.record_batches()):
        pass
"""


def _workers(server: RunningServer, budget: str, count: int, requests: int) -> None:
    args = [server.base_url, API_KEY, budget, str(requests), str(RATE)]
    procs = [subprocess.Popen([sys.executable, "-c", _WORKER, *args]) for _ in range(count)]
    assert [p.wait() for p in procs] == [0] * count


def test_two_processes_on_one_key_see_no_429_storm(limited: tuple[RunningServer, RateLimited], tmp_path: Path) -> None:
    server, app = limited
    _workers(server, str(tmp_path / "_manifest.sqlite"), count=2, requests=16)
    assert app.statuses.count(200) >= 32
    assert app.statuses.count(429) <= 1  # a stray one at most: no storm


async def test_the_budget_paces_the_client_its_copies_and_its_async_form(
    limited: tuple[RunningServer, RateLimited], tmp_path: Path
) -> None:
    server, app = limited
    clock = FakeClock()  # the budget's waits are the client's sleeps: recorded, not waited
    with cl.connect(API_KEY, base_url=server.base_url, clock=clock) as client:
        share_budget(client, tmp_path / "_manifest.sqlite", rate=1, burst=1)
        list_detectors.sync(client=client)
        list_detectors.sync(client=client.with_options(timeout=30))  # a copy made after: the same budget
        await list_detectors.asyncio(client=client)
        await client.aclose()
    assert len(clock.sleeps) == 3 and clock.sleeps[0] == 0  # each took its turn; only the first was free
    assert app.statuses == [200, 200, 200]


def test_a_budget_is_shared_only_by_clients_of_connect(tmp_path: Path) -> None:
    with pytest.raises(cl.ParameterError, match="client"):
        share_budget(object(), tmp_path / "b.sqlite", rate=1)


def test_a_429_holds_every_sharer_until_retry_after(tmp_path: Path) -> None:
    now = [1000.0]
    first = SharedBudget(tmp_path / "b.sqlite", rate=10, burst=1, now=lambda: now[0])
    second = SharedBudget(tmp_path / "b.sqlite", rate=10, burst=1, now=lambda: now[0])
    assert first.reserve() == 0
    second.observe(429, "3")
    assert first.reserve() == pytest.approx(3.0)
    now[0] += 3
    assert second.reserve() == 0  # the bucket refilled while everyone waited
    assert first.reserve() == pytest.approx(0.2)  # at half the rate: 5 per second
    first.close()
    second.close()


def test_retry_after_as_seconds_or_date() -> None:
    assert retry_after_seconds("7", 0) == 7
    assert retry_after_seconds("Thu, 01 Jan 1970 00:00:10 GMT", 4) == 6
    assert retry_after_seconds("soon", 0) is None
