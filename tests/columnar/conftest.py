"""A CityLens simulator for the columnar tests (its data set is read-only: one per session)."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from starlette.applications import Starlette

from vision_api_sims import citylens
from vision_api_sims.server import RunningServer, serve

API_KEY = "ck_columnar_test"
FROM, TO = "2025-11-01T00:00:00", "2025-11-03T12:00:00"


@pytest.fixture(scope="session")
def citylens_app() -> Starlette:
    return citylens.create_app(api_key=API_KEY)


@pytest.fixture(scope="session")
def citylens_server(citylens_app: Starlette) -> Iterator[RunningServer]:
    with serve(citylens_app) as server:
        yield server
