"""Scopix descriptions pulled incrementally, a UTC day per unit (`start_date`/`end_date`)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import parse_qs

import pytest
from starlette.applications import Starlette

import scopix_client
from scopix_client import bulk
from tests.columnar.test_sync import _files, interrupted
from vision_api_sims import scopix
from vision_api_sims.server import RunningServer, serve

KEY = "scopix_columnar_0a1b2c3d"
SINCE, UNTIL = datetime(2025, 1, 1, tzinfo=UTC), datetime(2025, 1, 4, tzinfo=UTC)


@pytest.fixture(scope="module")
def scopix_app() -> Starlette:
    return scopix.create_app(api_key=KEY)


@pytest.fixture(scope="module")
def scopix_server(scopix_app: Starlette) -> Iterator[RunningServer]:
    with serve(scopix_app) as server:
        yield server


def test_a_pull_holds_each_description_of_the_days_once(scopix_server: RunningServer, tmp_path: Path) -> None:
    with scopix_client.connect(KEY, base_url=scopix_server.base_url) as client:
        report = bulk.sync(client, tmp_path, since=SINCE, until=UNTIL, page_size=300)
        typed = list(scopix_client.iter_descriptions(client, start_date=SINCE, end_date=UNTIL))

    import pyarrow.dataset as ds  # type: ignore[import-untyped]

    table = ds.dataset(tmp_path / "descriptions", partitioning="hive").to_table()
    expected = sorted(d.id for d in typed if d.created_at < UNTIL)
    assert sorted(table.column("id").to_pylist()) == expected and report.rows == len(expected) > 0
    assert sorted(p.name for p in (tmp_path / "descriptions").iterdir()) == [
        "created_date=2025-01-01", "created_date=2025-01-02", "created_date=2025-01-03"]  # fmt: skip


def test_killed_and_rerun_it_writes_the_same_files_and_then_asks_only_for_new_days(
    scopix_server: RunningServer, scopix_app: Starlette, tmp_path: Path
) -> None:
    whole, broken = tmp_path / "whole", tmp_path / "broken"
    with scopix_client.connect(KEY, base_url=scopix_server.base_url) as client:
        bulk.sync(client, whole, since=SINCE, until=UNTIL, page_size=300)
        died = interrupted(
            lambda: bulk.sync(client, broken, since=SINCE, until=UNTIL, page_size=300),
            (("record", 2), ("write", 1), ("unit", 1)),
            "scopix_client",
        )
        assert died > 0
        bulk.sync(client, broken, until=UNTIL, page_size=300)
        assert _files(broken) == _files(whole)

        scopix_app.state.request_log.clear()
        bulk.sync(client, broken, until=datetime(2025, 1, 5, tzinfo=UTC), page_size=300)
    asked = {parse_qs(r.query)["start_date"][0] for r in scopix_app.state.request_log if "start_date" in r.query}
    assert asked == {"2025-01-04T00:00:00Z"}
