"""Pictograph snapshots: one export job per snapshot, kept across a killed pull."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pyarrow.parquet as pq  # type: ignore[import-untyped]
import pytest
from starlette.applications import Starlette

import pictograph_client as pg
from pictograph_client import bulk
from tests.columnar.test_sync import _files, interrupted
from vision_api_sims import pictograph
from vision_api_sims.server import serve

KEY = "pk_live_admin"
DATASET = "street-scenes"


@pytest.fixture
def api() -> Iterator[tuple[str, Starlette]]:
    app = pictograph.create_app(pending_seconds=0.05, processing_seconds=0.1)
    storage_app = pictograph.create_storage_app(app.state.storage)
    with serve(storage_app) as storage, serve(app) as server:
        app.state.storage_app = storage_app
        app.state.storage_base_url = storage.base_url
        yield server.base_url, app


def _creates(app: Starlette) -> int:
    return sum(1 for r in app.state.request_log if r.method == "POST" and r.path.rstrip("/").endswith("/exports"))


def test_a_killed_snapshot_pull_reuses_its_export_and_writes_the_same_tables(
    api: tuple[str, Starlette], tmp_path: Path
) -> None:
    base_url, app = api
    with pg.connect(KEY, base_url=base_url) as client:
        died = interrupted(
            lambda: bulk.sync(client, tmp_path / "broken", DATASET, snapshot="2026-01-05", poll_interval=0.05),
            (("record", 1), ("write", 2), ("unit", 1)),
            "pictograph_client",
        )
        again = bulk.sync(client, tmp_path / "broken", DATASET, snapshot="2026-01-05", poll_interval=0.05)
        creates = _creates(app)
        assert bulk.sync(client, tmp_path / "broken", DATASET, snapshot="2026-01-05").units_done == 0
        whole = bulk.sync(client, tmp_path / "whole", DATASET, snapshot="2026-01-05", poll_interval=0.05)

    assert died == 3 and whole.rows > 0 and again.units_done > 0
    assert creates == 1  # the job the first, killed pull recorded was waited for, not started again
    assert _files(tmp_path / "broken") == _files(tmp_path / "whole")
    annotations = pq.read_table(next((tmp_path / "whole" / "annotations").rglob("*.parquet")))
    assert annotations.num_rows > 0 and "category" in annotations.schema.names
