"""Analytiks camera data pulled as a long table, a 5-day window and 50 locations per unit."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pyarrow.dataset as ds  # type: ignore[import-untyped]
import pytest

import analytiks_client as ak
from analytiks_client import bulk
from tests.columnar.test_sync import _files, interrupted
from vision_api_sims import analytiks
from vision_api_sims.kit import ManualClock
from vision_api_sims.server import RunningServer, serve

START = datetime(2023, 6, 1, tzinfo=UTC)
UNTIL = START + timedelta(days=12)
LOCATIONS = list(range(1, 61))  # two batches


@pytest.fixture(scope="module")
def hosts() -> Iterator[tuple[RunningServer, RunningServer]]:
    dataset = analytiks.build_dataset()
    store = analytiks.TokenStore(analytiks.default_accounts(dataset), clock=ManualClock())
    with serve(analytiks.create_token_app(store)) as tokens, serve(analytiks.create_exports_app(store, dataset)) as api:
        yield tokens, api


def _client(hosts: tuple[RunningServer, RunningServer]) -> ak.AuthenticatedClient:
    tokens, api = hosts
    return ak.connect(*analytiks.FULL_ACCESS, exports_url=api.base_url, token_url=tokens.base_url)


def test_the_long_table_holds_every_point_of_every_window_once(
    hosts: tuple[RunningServer, RunningServer], tmp_path: Path
) -> None:
    with _client(hosts) as client:
        units = bulk.plan(tmp_path, locations=LOCATIONS, since=START, until=UNTIL)
        report = bulk.sync(client, tmp_path, locations=LOCATIONS, until=UNTIL)
        typed = ak.fetch_camera_data(client, START, UNTIL - timedelta(minutes=15), locations=LOCATIONS)

    assert len(units) == 3 * 2  # 5-day windows times 50-location batches
    table = ds.dataset(tmp_path / "camera_data", partitioning="hive").to_table()
    expected = {
        (loc, metric, moment, value)
        for loc, series in typed.locations.items()
        for metric, points in series.metrics.items()
        for moment, value in points.items()
    }
    rows = table.filter(ds.field("point_of_interest_id").is_null()).select(
        ["location_id", "metric", "timestamp", "value"]
    )
    found = {(r["location_id"], r["metric"], r["timestamp"], r["value"]) for r in rows.to_pylist()}
    assert found == expected and len(expected) == rows.num_rows > 0
    assert report.watermarks == {"camera_data": UNTIL.isoformat()}


def test_killed_and_rerun_then_only_new_windows(hosts: tuple[RunningServer, RunningServer], tmp_path: Path) -> None:
    whole, broken = tmp_path / "whole", tmp_path / "broken"
    with _client(hosts) as client:
        bulk.sync(client, whole, locations=LOCATIONS, since=START, until=UNTIL)
        died = interrupted(
            lambda: bulk.sync(client, broken, locations=LOCATIONS, since=START, until=UNTIL),
            (("record", 1), ("write", 2), ("unit", 3)),
            "analytiks_client",
        )
        assert died > 0
        bulk.sync(client, broken, locations=LOCATIONS, until=UNTIL)
        assert _files(broken) == _files(whole)

        later = bulk.plan(broken, locations=LOCATIONS, until=UNTIL + timedelta(days=2))
    assert {u.start for u in later} == {UNTIL.isoformat()}


def test_the_cursor_walk_tables_as_long_rows(hosts: tuple[RunningServer, RunningServer]) -> None:
    end = START + timedelta(days=2)
    with _client(hosts) as client:
        typed = list(ak.iter_camera_data(client, START, end, brand_id=2048))
        table = ak.iter_camera_data(client, START, end, brand_id=2048).to_arrow()

    assert table.schema.names == [
        "location_id",
        "reference_number",
        "point_of_interest_id",
        "metric",
        "timestamp",
        "value",
    ]
    points = sum(
        len(p)
        for s in typed
        for p in [*s.metrics.values(), *(m for z in s.points_of_interest.values() for m in z.metrics.values())]
    )
    assert table.num_rows == points > 0
    assert str(table.schema.field("timestamp").type) == "timestamp[us, tz=UTC]"  # asked in UTC
    assert set(table.column("location_id").to_pylist()) == {s.location_id for s in typed}
