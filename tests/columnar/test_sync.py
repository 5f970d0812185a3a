"""Incremental pulls: killed anywhere and rerun, a sync ends with the same dataset."""

from __future__ import annotations

import importlib
import os
import random
from collections.abc import Callable, Sequence
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs

import duckdb
import pytest
from starlette.applications import Starlette

import citylens_client as cl
from citylens_client import bulk
from citylens_client._runtime.columnar import manifest as manifest_module
from citylens_client._runtime.columnar import syncing
from citylens_client.api.detections import list_detected_objects
from citylens_client.bulk import sync
from tests.columnar.conftest import API_KEY
from vision_api_sims.server import RunningServer

SINCE, UNTIL = "2025-11-01T00:00:00", "2025-11-04T00:00:00"


class Killed(BaseException):
    """The process dying: nothing after it runs, no `except Exception` catches it."""


def _files(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in folder.rglob("*.parquet")}


def _sync_all(base_url: str, folder: Path) -> syncing.SyncReport:
    with cl.connect(API_KEY, base_url=base_url) as client:
        return sync(client, folder, since=SINCE, until=UNTIL, page_size=700)


@pytest.fixture(scope="module")
def uninterrupted(citylens_server: RunningServer, tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("whole")
    _sync_all(citylens_server.base_url, folder)
    return folder


def test_a_sync_writes_every_object_once_partitioned_by_day(
    citylens_server: RunningServer, uninterrupted: Path
) -> None:
    with cl.connect(API_KEY, base_url=citylens_server.base_url) as client:
        expected = [o.id for o in cl.iter_detected_objects(client, SINCE, "2025-11-03T23:59:59")]
    scan = f"read_parquet('{uninterrupted}/detections/**/*.parquet', hive_partitioning=true)"
    relation = duckdb.sql(f"select id from {scan} order by id")
    assert relation is not None
    assert [r[0] for r in relation.fetchall()] == sorted(expected)
    days = sorted(p.name for p in (uninterrupted / "detections").iterdir())
    assert days == ["capture_date=2025-11-01", "capture_date=2025-11-02", "capture_date=2025-11-03"]


# Where a kill lands: fetching a page, writing its file (before the rename), after the
# rename but before the manifest records it, and before a unit is marked done.
_POINTS = ["fetch", "write", "record", "unit"]


def _arm(monkeypatch: pytest.MonkeyPatch, point: str, after: int, package: str = "citylens_client") -> None:
    calls = {"n": 0}

    def tick() -> None:
        calls["n"] += 1
        if calls["n"] > after:
            raise Killed(point)

    targets: dict[str, tuple[Any, str]] = {
        # Every page a walk fetches is read by the operation's `parse_response` (the walk
        # sends the page's request itself: see _runtime/walks.py's PageRequests).
        "fetch": (list_detected_objects, "parse_response"),
        "write": (os, "replace"),
        "record": (_manifest_class(package), "page_done"),
        "unit": (_manifest_class(package), "unit_done"),
    }
    owner, name = targets[point]
    original = getattr(owner, name)

    def wrapped(*args: Any, **kwargs: Any) -> Any:
        tick()
        return original(*args, **kwargs)

    monkeypatch.setattr(owner, name, wrapped)


def _manifest_class(package: str) -> Any:
    # Every package has its own copy of the runtime: patch the one that runs.
    return importlib.import_module(f"{package}._runtime.columnar.manifest").Manifest


def interrupted(run: Callable[[], object], kills: Sequence[tuple[str, int]], package: str) -> int:
    """Run `run` once per kill (point, calls let through), dying there; how many died."""
    died = 0
    for point, after in kills:
        with pytest.MonkeyPatch.context() as monkeypatch:
            _arm(monkeypatch, point, after, package)
            try:
                run()
            except Killed:
                died += 1
    return died


@pytest.mark.parametrize("seed", range(6))
def test_a_sync_killed_anywhere_and_rerun_ends_with_the_same_dataset(
    citylens_server: RunningServer, uninterrupted: Path, tmp_path: Path, seed: int
) -> None:
    rng = random.Random(seed)
    kills = 0
    while True:
        with pytest.MonkeyPatch.context() as monkeypatch:
            _arm(monkeypatch, rng.choice(_POINTS), rng.randrange(0, 6))
            try:
                _sync_all(citylens_server.base_url, tmp_path)
                break
            except Killed:
                kills += 1
        assert kills < 100  # each run gets further: the manifest keeps what was done

    assert kills > 0
    assert _files(tmp_path) == _files(uninterrupted)
    assert not list(tmp_path.rglob("*.partial"))


def test_the_next_sync_asks_only_for_new_days(
    citylens_server: RunningServer, citylens_app: Starlette, tmp_path: Path
) -> None:
    with cl.connect(API_KEY, base_url=citylens_server.base_url) as client:
        first = sync(client, tmp_path, since=SINCE, until="2025-11-03T00:00:00", page_size=2000)
        citylens_app.state.request_log.clear()
        second = sync(client, tmp_path, until=UNTIL, page_size=2000)

    asked = {parse_qs(r.query)["from_dt"][0] for r in citylens_app.state.request_log}
    assert asked == {"2025-11-03T00:00:00"}
    assert first.watermarks == {"detections": "2025-11-03T00:00:00", "frames": "2025-11-03T00:00:00"}
    assert second.watermarks == {"detections": UNTIL, "frames": UNTIL}


def test_the_manifest_records_every_file_with_its_digest(uninterrupted: Path) -> None:
    import hashlib

    manifest = manifest_module.Manifest(uninterrupted)
    try:
        pages = [p for day in ("2025-11-01", "2025-11-02") for p in manifest.pages("detections", day)]
    finally:
        manifest.close()
    assert pages and all(p.rows > 0 for p in pages)
    for page in pages:
        data = (uninterrupted / page.file).read_bytes()
        assert (len(data), hashlib.sha256(data).hexdigest()) == (page.size, page.sha256)


def test_the_first_sync_needs_a_start(tmp_path: Path, citylens_server: RunningServer) -> None:
    with (
        cl.connect(API_KEY, base_url=citylens_server.base_url) as client,
        pytest.raises(cl.ParameterError, match="since"),
    ):
        sync(client, tmp_path, until=UNTIL)
    assert bulk.STREAMS == ("detections", "frames")


def test_work_units_on_a_thread_pool_write_the_same_dataset(
    citylens_server: RunningServer, uninterrupted: Path, tmp_path: Path
) -> None:
    units = bulk.plan(tmp_path, since=SINCE, until=UNTIL)

    def work(unit: bulk.WorkUnit) -> int:
        with cl.connect(API_KEY, base_url=citylens_server.base_url) as client:
            bulk.share_budget(client, tmp_path / "_manifest.sqlite", rate=1000)
            return bulk.run_unit(client, tmp_path, unit, page_size=700)

    with ThreadPoolExecutor(3) as pool:
        rows = sum(pool.map(work, units))
    with cl.connect(API_KEY, base_url=citylens_server.base_url) as client:
        report = sync(client, tmp_path, until=UNTIL)

    assert rows > 0 and report.rows == 0  # the units pulled everything
    assert report.watermarks == {"detections": UNTIL, "frames": UNTIL}
    assert _files(tmp_path) == _files(uninterrupted)
