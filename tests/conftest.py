"""Fixtures shared by every test: a fake clock, the fault server."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta

import pytest

from tests.faults.server import FaultServer


class FakeClock:
    """Time that moves only when someone sleeps: tests never wait for real."""

    def __init__(self) -> None:
        self.t = 0.0
        self.sleeps: list[float] = []
        self.start = datetime(2026, 1, 1, tzinfo=UTC)

    def monotonic(self) -> float:
        return self.t

    def now(self) -> datetime:
        return self.start + timedelta(seconds=self.t)

    def sleep(self, seconds: float) -> None:
        self.sleeps.append(seconds)
        self.t += seconds

    async def asleep(self, seconds: float) -> None:
        self.sleep(seconds)
        await asyncio.sleep(0)


def pytest_addoption(parser: pytest.Parser) -> None:
    group = parser.getgroup("simulators")
    group.addoption(
        "--sim-seed",
        type=int,
        action="append",
        default=None,
        help="run the contract scenarios against the simulator profile of this seed (repeatable)",
    )
    group.addoption(
        "--sim-seeds",
        type=int,
        default=None,
        help="run the contract scenarios against the canonical profile and seeds 1..N",
    )


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def faults() -> Iterator[FaultServer]:
    server = FaultServer().start()
    yield server
    server.stop()


@pytest.fixture
def storage() -> Iterator[FaultServer]:
    """A second host, for signed URLs and cross-origin redirects."""
    server = FaultServer().start()
    yield server
    server.stop()
