"""Simulators for the contract tests, with every exchange checked against the spec."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from starlette.applications import Starlette

from tests.simulators import citylens
from tests.simulators.server import RunningServer, serve

API_KEY = "ck_test_7f3a9c1e5b"


@pytest.fixture(scope="session")
def citylens_violations() -> list[str]:
    return []


@pytest.fixture(scope="session")
def citylens_app(citylens_violations: list[str]) -> Starlette:
    return citylens.create_app(api_key=API_KEY, validator_violations=citylens_violations)


@pytest.fixture(scope="session")
def citylens_server(citylens_app: Starlette) -> Iterator[RunningServer]:
    with serve(citylens_app) as server:
        yield server


@pytest.fixture
def citylens_sim(
    citylens_server: RunningServer, citylens_app: Starlette, citylens_violations: list[str]
) -> Iterator[RunningServer]:
    """The simulator; the test fails if any request or response broke the spec."""
    citylens_violations.clear()
    citylens_app.state.requests.clear()
    yield citylens_server
    assert citylens_violations == [], "spec violations:\n" + "\n".join(citylens_violations)
