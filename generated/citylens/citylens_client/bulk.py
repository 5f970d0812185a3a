"""Bulk pulls: CityLens detections and frames into a Parquet dataset, incrementally,
on one thread (`sync`) or as work units on many workers (`plan`, `run_unit`,
`share_budget`).

    from citylens_client import connect, sync
    with connect(url, key) as client:
        sync(client, "citylens-data", since="2025-11-01T00:00:00")   # first run
        sync(client, "citylens-data")                                 # nightly: only what is new

The dataset is Hive-partitioned by capture day (`detections/capture_date=2025-11-01/`),
one work unit per stream and day; `_manifest.sqlite` beside it holds the watermarks
(`from_dt` of the next pull), the units and every page file with its sha256. Needs the
`[arrow]` extra.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from datetime import datetime, timedelta
from typing import Any

from ._arrow_schemas import SCHEMAS
from ._runtime.columnar.budget import share_budget
from ._runtime.columnar.deps import need
from ._runtime.columnar.syncing import SyncReport, WorkUnit, advance, clean_partials, open_manifest, run_offset_unit
from ._runtime.errors import ParameterError
from ._runtime.validate import naive_datetime
from .client import AuthenticatedClient
from .helpers import iter_detected_objects, iter_frames

__all__ = ["SyncReport", "WorkUnit", "plan", "run_unit", "share_budget", "sync"]

STREAMS = ("detections", "frames")
_DAY = timedelta(days=1)
# The column a stream's rows are placed in a day by: the API filters on it, both ends
# of the period included, so a row at midnight is sent for two days and kept in one.
_TIME_COLUMN = {"detections": "first_seen_datetime", "frames": "date"}


def _day_start(value: datetime) -> datetime:
    return value.replace(hour=0, minute=0, second=0, microsecond=0)


def _parse(name: str, value: datetime | str | None) -> datetime:
    return datetime.fromisoformat(naive_datetime(name, value))


def _until(until: datetime | str | None) -> datetime:
    """Only whole days are pulled: the end is the start of `until`'s day (default today,
    in the naive local time CityLens uses)."""
    return _day_start(datetime.now() if until is None else _parse("until", until))


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
    manifest = open_manifest(dataset)
    try:
        end = _until(until)
        units: list[WorkUnit] = []
        for stream in streams:
            mark = manifest.watermark(stream)
            if mark is None and since is None:
                raise ParameterError("since", f"the first pull of {stream} needs a start (since=...)")
            day = datetime.fromisoformat(mark) if mark else _day_start(_parse("since", since))
            if mark is None:  # nothing before the start is wanted: the start is the first watermark
                manifest.set_watermark(stream, day.isoformat())
            while day < end:
                name = day.date().isoformat()
                units.append(WorkUnit(stream, name, day.isoformat(), (day + _DAY).isoformat(), f"capture_date={name}"))
                day += _DAY
        manifest.plan([(u.stream, u.unit) for u in units])
        return units
    finally:
        manifest.close()


def _before(column: str, end: str) -> Callable[[Any], Any]:
    """Keep the rows before the window's end (the API includes the end itself)."""
    pa, pc = need("pyarrow"), need("pyarrow.compute")
    limit = pa.scalar(datetime.fromisoformat(end), type=pa.timestamp("us"))
    return lambda batch: batch.filter(pc.less(batch.column(column), limit))


def run_unit(
    client: AuthenticatedClient, dataset: str | os.PathLike[str], unit: WorkUnit, *, page_size: int = 1000
) -> int:
    """Pull one work unit into `dataset` (resuming after its last recorded page);
    returns the rows it wrote. Safe to run in several processes at once."""
    manifest = open_manifest(dataset)
    try:
        walk = iter_detected_objects if unit.stream == "detections" else iter_frames

        def walk_from(offset: int) -> Any:
            return walk(client, unit.start, unit.end, page_size=page_size, start_offset=offset)

        description = SCHEMAS["detectedobject" if unit.stream == "detections" else "frame"]
        return run_offset_unit(manifest, unit, walk_from, description, _before(_TIME_COLUMN[unit.stream], unit.end))
    finally:
        manifest.close()


def sync(
    client: AuthenticatedClient,
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
    units = plan(dataset, since=since, until=until, streams=streams)
    manifest = open_manifest(dataset)
    try:
        clean_partials(manifest.folder)
        rows = sum(run_unit(client, dataset, unit, page_size=page_size) for unit in units)
        marks = advance(manifest, units, _until(until).isoformat())
        return SyncReport(units_done=len(units), rows=rows, watermarks=marks)
    finally:
        manifest.close()
