"""Bulk pulls: CityLens detections and frames into a Parquet dataset, incrementally,
on one thread (`sync`) or as work units on many workers (`plan`, `run_unit`,
`share_budget`).

    from citylens_client import connect
from citylens_client.bulk import sync
    with connect(key, base_url=url) as client:
        sync(client, "citylens-data", since="2025-11-01T00:00:00")   # first run
        sync(client, "citylens-data")                                 # nightly: only what is new

The dataset is Hive-partitioned by capture day (`detections/capture_date=2025-11-01/`),
one work unit per stream and day; `_manifest.sqlite` beside it holds the watermarks
(`from_dt` of the next pull), the units and every page file with its sha256. Needs the
`[arrow]` extra.
"""

from __future__ import annotations

import os
from datetime import datetime
from typing import Any

from ._arrow_schemas import SCHEMAS
from ._runtime.columnar.budget import share_budget
from ._runtime.columnar.syncing import (
    SyncReport,
    WorkUnit,
    before,
    day_start,
    plan_dataset,
    run_offset_unit,
    sync_units,
)
from ._runtime.errors import ParameterError
from ._runtime.validate import naive_datetime
from .client import Client
from .helpers import iter_detected_objects, iter_frames

__all__ = ["SyncReport", "WorkUnit", "plan", "run_unit", "share_budget", "sync"]

STREAMS = ("detections", "frames")
# The column a stream's rows are placed in a day by: the API filters on it, both ends
# of the period included, so a row at midnight is sent for two days and kept in one.
_TIME_COLUMN = {"detections": "first_seen_datetime", "frames": "date"}


def _parse(name: str, value: datetime | str | None) -> datetime:
    return datetime.fromisoformat(naive_datetime(name, value))


def _until(until: datetime | str | None) -> datetime:
    """Only whole days are pulled: the end is the start of `until`'s day (default today,
    in the naive local time CityLens uses)."""
    return day_start(datetime.now() if until is None else _parse("until", until))


def plan(
    dataset: str | os.PathLike[str],
    *,
    since: datetime | str | None = None,
    until: datetime | str | None = None,
    streams: tuple[str, ...] = STREAMS,
) -> list[WorkUnit]:
    """The work units of the next pull into `dataset`: one per stream and day, from the
    stream's watermark (or `since` on the first pull) to the start of `until`'s day.

    Each unit is independent: `run_unit(client, dataset, unit)` can run on any worker
    (give each its own client); see docs/columnar.md for a thread-pool example."""
    unknown = set(streams) - set(STREAMS)
    if unknown:
        raise ParameterError("streams", f"unknown {sorted(unknown)}; known: {', '.join(STREAMS)}")
    start = None if since is None else _parse("since", since)
    return plan_dataset(dataset, streams, start, _until(until), "capture_date")


def run_unit(client: Client, dataset: str | os.PathLike[str], unit: WorkUnit, *, page_size: int = 1000) -> int:
    """Pull one work unit into `dataset` (resuming after its last recorded page);
    returns the rows it wrote. Safe to run in several processes at once."""
    walk = iter_detected_objects if unit.stream == "detections" else iter_frames

    def walk_from(offset: int) -> Any:
        return walk(client, unit.start, unit.end, page_size=page_size, start_offset=offset)

    description = SCHEMAS["detectedobject" if unit.stream == "detections" else "frame"]
    return run_offset_unit(dataset, unit, walk_from, description, before(_TIME_COLUMN[unit.stream], unit.end))


def sync(
    client: Client,
    dataset: str | os.PathLike[str],
    *,
    since: datetime | str | None = None,
    until: datetime | str | None = None,
    streams: tuple[str, ...] = STREAMS,
    page_size: int = 1000,
) -> SyncReport:
    """Pull everything new since the last pull into the Parquet dataset `dataset`.

    The first pull starts at `since`; later ones at the stream's watermark in the
    manifest, asking the API only for days not yet pulled (`from_dt`). Whole days up
    to the start of `until`'s day (default: today) are pulled. Killed at any point and
    run again, it continues where it stopped: no page is missing or written twice."""
    end = _until(until)  # once: a pull running past midnight still stops where it planned to
    units = plan(dataset, since=since, until=end, streams=streams)
    return sync_units(
        dataset, units, lambda unit: run_unit(client, dataset, unit, page_size=page_size), end.isoformat()
    )
