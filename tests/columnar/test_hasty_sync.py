"""Hasty images pulled incrementally, a UTC day of upload per unit (`created_since`)."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import parse_qs

import pytest
from starlette.applications import Starlette

import hasty_client
from hasty_client import bulk
from tests.columnar.test_sync import _files, interrupted
from vision_api_sims import hasty
from vision_api_sims.kit import Profile
from vision_api_sims.server import RunningServer, serve

KEY = "hasty-key-owner"
# The simulator's images are uploaded a minute apart from 2024-03-01 09:00 UTC.
SINCE, UNTIL = datetime(2024, 3, 1, tzinfo=UTC), datetime(2024, 3, 3, tzinfo=UTC)


@pytest.fixture(scope="module")
def hasty_app() -> Starlette:
    return hasty.create_app(image_count=3000)


@pytest.fixture(scope="module")
def hasty_server(hasty_app: Starlette) -> Iterator[RunningServer]:
    with serve(hasty_app) as server:
        yield server


def _project(client: hasty_client.Client) -> str:
    return str(next(iter(hasty_client.iter_projects(client))).id)


def test_a_pull_holds_each_image_of_the_days_once(hasty_server: RunningServer, tmp_path: Path) -> None:
    with hasty_client.connect(KEY, base_url=hasty_server.base_url) as client:
        project = _project(client)
        report = bulk.sync(client, project, tmp_path, since=SINCE, until=UNTIL, page_size=300)
        typed = list(hasty_client.iter_images(client, project, page_size=1000))

    import pyarrow.dataset as ds  # type: ignore[import-untyped]

    table = ds.dataset(tmp_path / "images", partitioning="hive").to_table()
    expected = sorted(str(i.id) for i in typed if isinstance(i.uploaded_on, datetime) and i.uploaded_on < UNTIL)
    assert sorted(table.column("id").to_pylist()) == expected and report.rows == len(expected) > 0
    assert sorted(p.name for p in (tmp_path / "images").iterdir()) == [
        "uploaded_date=2024-03-01",
        "uploaded_date=2024-03-02",
    ]


@pytest.mark.parametrize("reading", ["unix_seconds", "unix_ms", "seconds_ago"])
def test_each_day_holds_its_images_whatever_created_since_means(reading: str, tmp_path: Path) -> None:
    # The page says only "an integer": a server reading it as milliseconds or as
    # seconds ago sends images of other days too; each day keeps exactly its own.
    app = hasty.create_app(image_count=2000, profile=Profile(overrides={"images.created_since": reading}))
    with serve(app) as server, hasty_client.connect(KEY, base_url=server.base_url) as client:
        project = _project(client)
        report = bulk.sync(client, project, tmp_path, since=SINCE, until=UNTIL, page_size=500)
        typed = list(hasty_client.iter_images(client, project, page_size=1000))

    import pyarrow.dataset as ds

    table = ds.dataset(tmp_path / "images", partitioning="hive").to_table()
    days = {str(i.id): i.uploaded_on.date().isoformat() for i in typed if isinstance(i.uploaded_on, datetime)}
    got = dict(zip(table.column("id").to_pylist(), map(str, table.column("uploaded_date").to_pylist()), strict=True))
    assert got == {i: day for i, day in days.items() if day < UNTIL.date().isoformat()}
    assert report.rows == len(got) > 1000


def test_killed_and_rerun_it_writes_the_same_files_and_then_asks_only_for_new_days(
    hasty_server: RunningServer, hasty_app: Starlette, tmp_path: Path
) -> None:
    whole, broken = tmp_path / "whole", tmp_path / "broken"
    with hasty_client.connect(KEY, base_url=hasty_server.base_url) as client:
        project = _project(client)
        bulk.sync(client, project, whole, since=SINCE, until=UNTIL, page_size=300)
        died = interrupted(
            lambda: bulk.sync(client, project, broken, since=SINCE, until=UNTIL, page_size=300),
            (("record", 2), ("write", 1), ("unit", 1)),
            "hasty_client",
        )
        assert died > 0
        bulk.sync(client, project, broken, until=UNTIL, page_size=300)
        assert _files(broken) == _files(whole)

        hasty_app.state.request_log.clear()
        bulk.sync(client, project, broken, until=datetime(2024, 3, 4, tzinfo=UTC), page_size=300)
    asked = {parse_qs(r.query)["created_since"][0] for r in hasty_app.state.request_log if "created_since" in r.query}
    assert asked == {str(int(UNTIL.timestamp()))}
