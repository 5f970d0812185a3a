"""Bulk pulls: Analytiks camera data into a Parquet dataset as a long table (location,
metric, timestamp, value), incrementally, on one thread (`sync`) or as work units on
many workers (`plan`, `run_unit`, `share_budget`).

    from datetime import UTC, datetime
    from analytiks_client import connect
    from analytiks_client.bulk import sync
    with connect(client_id, secret) as client:
        sync(client, "analytiks-data", locations=ids, since=datetime(2026, 1, 1, tzinfo=UTC))
        sync(client, "analytiks-data", locations=ids)          # later: only the windows since

The units are the splits `fetch_camera_data` makes: 5-day windows times batches of 50
locations (or reference numbers), one v2 export request each, one Parquet file each
(`camera_data/window=2026-01-01/...`). Needs the `[arrow]` extra. See docs/columnar.md.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from datetime import UTC, datetime
from typing import Any, TypedDict, Unpack

from . import _common
from ._columnar import description, explode
from ._runtime.columnar.budget import share_budget
from ._runtime.columnar.convert import BatchMaker
from ._runtime.columnar.syncing import SyncReport, WorkUnit, open_manifest, run_single_unit, sync_units
from ._runtime.errors import ParameterError
from ._runtime.splits import Split, period
from ._runtime.validate import check_member, check_option_names
from .client import Client
from .helpers import fetch_camera_data
from .models import Interval

__all__ = ["Selection", "SyncReport", "WorkUnit", "plan", "run_unit", "share_budget", "sync"]

STREAM = "camera_data"


def _end(until: datetime | None, aware: bool) -> datetime:
    """Windows end before `until` (default now): a quarter-hour is pulled only once complete."""
    moment = until if until is not None else datetime.now(UTC) if aware else datetime.now()
    return moment.replace(minute=moment.minute - moment.minute % 15, second=0, microsecond=0)


class Selection(TypedDict, total=False):
    """What `plan` and `sync` pull: the locations (or a brand's reference numbers, as in
    `fetch_camera_data`), from `since` (the first pull; aware means UTC, naive means each
    location's local time) to `until` (default now), at `interval` (default hourly)."""

    locations: Sequence[int] | None
    brand_id: int | None
    reference_numbers: Sequence[str] | None
    since: datetime | None
    until: datetime | None
    interval: Interval | str


def plan(dataset: str | os.PathLike[str], **selection: Unpack[Selection]) -> list[WorkUnit]:
    """The work units of the next pull: 5-day windows from the watermark (or `since` on
    the first pull) to `until`, times batches of at most 50 locations."""
    units, _ = _plan(dataset, selection)
    return units


def _plan(dataset: str | os.PathLike[str], selection: Selection) -> tuple[list[WorkUnit], datetime]:
    check_option_names(selection, Selection.__annotations__, "a pull")
    kind, fields = _common.selection(
        selection.get("locations"), selection.get("brand_id"), selection.get("reference_numbers")
    )
    split = Split.of(kind)
    groups = split.batches(fields)
    chosen = check_member("interval", selection.get("interval", Interval.HOURLY), Interval).value
    since, until = selection.get("since"), selection.get("until")
    manifest = open_manifest(dataset)
    try:
        mark = manifest.watermark(STREAM)
        if mark is None and since is None:
            raise ParameterError("since", "the first pull needs a start (since=...)")
        start = datetime.fromisoformat(mark) if mark else period(since, since)[0]
        end = _end(until, start.tzinfo is not None)
        if mark is None:
            manifest.set_watermark(STREAM, start.isoformat())
        spans = split.windows(*period(start, end - split.step)) if start < end else []
        units = [
            WorkUnit(
                STREAM,
                f"{lo.isoformat()}#{n}",
                lo.isoformat(),
                hi.isoformat(),
                f"window={lo.date()}",
                {**group, "interval": chosen},
            )
            for lo, hi in spans
            for n, group in enumerate(groups)
        ]
        manifest.plan([(u.stream, u.unit) for u in units])
        return units, end
    finally:
        manifest.close()


def run_unit(client: Client, dataset: str | os.PathLike[str], unit: WorkUnit) -> int:
    """Pull one work unit (one window of one batch) into `dataset`; returns its rows."""
    start, end = datetime.fromisoformat(unit.start), datetime.fromisoformat(unit.end)

    def fetch() -> Any:
        data = fetch_camera_data(client, start, end, **unit.options)
        maker = BatchMaker(description(start.tzinfo is not None))
        return maker.from_rows([row for _, series in sorted(data.locations.items()) for row in explode(series)[1]])

    return run_single_unit(dataset, unit, fetch)


def sync(client: Client, dataset: str | os.PathLike[str], **selection: Unpack[Selection]) -> SyncReport:
    """Pull every window since the last pull into `dataset` (see
    `citylens_client.bulk.sync` for the guarantees when killed and rerun)."""
    units, end = _plan(dataset, selection)
    return sync_units(dataset, units, lambda unit: run_unit(client, dataset, unit), end.isoformat())
