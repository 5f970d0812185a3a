"""Incremental pulls into a Parquet dataset: the vendor-independent part.

A pull is a plan of independent work units (a day of detections, a window of series).
Each unit is walked a page at a time; every page becomes one Parquet file whose name
is fixed by the unit and the page's offset, written under a temporary name, renamed,
then recorded in the manifest with its size and sha256. A rerun skips the units done
and resumes a unit after its last recorded page, so a pull killed anywhere ends,
once rerun, with exactly the files an uninterrupted pull writes.

Units are independent: map `run_unit` over them with the engine you have (a thread
pool, Dask, Ray, Spark) and call `advance` afterwards; the vendors' `sync` does it in
order on one thread.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

import attrs

from ..errors import ParameterError
from ..validate import check_aware_datetime
from .store import store_errors

if TYPE_CHECKING:  # sqlite3 is imported when a pull starts, not with the package
    from .manifest import Manifest


@attrs.frozen
class WorkUnit:
    """One independent piece of a pull: `stream` (detections, frames...), `unit` (its
    name in the manifest, e.g. a day `2025-11-01`), the window it covers and the Hive
    partition its files go to (e.g. `capture_date=2025-11-01`)."""

    stream: str
    unit: str
    start: str
    end: str
    partition: str
    options: dict[str, Any] = attrs.field(factory=dict)


@attrs.frozen
class SyncReport:
    units_done: int
    rows: int
    watermarks: dict[str, str]


def open_manifest(dataset: str | os.PathLike[str]) -> Manifest:
    from .manifest import Manifest

    return Manifest(dataset)


def _write_atomically(batch: Any, target: Path) -> None:
    from .deps import need

    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    need("pyarrow.parquet").write_table(need("pyarrow").Table.from_batches([batch]), partial)
    with open(partial, "rb") as file:
        os.fsync(file.fileno())  # the rename must not land before the data does
    os.replace(partial, target)


@store_errors
def run_offset_unit(
    dataset: str | os.PathLike[str],
    unit: WorkUnit,
    walk_from: Callable[[int], Any],
    description: list[list[Any]],
    keep: Callable[[Any], Any] | None = None,
) -> int:
    """Pull one unit whose walk pages by offset (`walk_from(offset)` makes the walk) of
    items of `description` (the generated schema); `keep` filters each page's rows (a
    window's half-open end). Returns its rows."""
    manifest = open_manifest(dataset)
    try:
        return _run_offset_unit(manifest, unit, walk_from, description, keep)
    finally:
        manifest.close()


def _run_offset_unit(
    manifest: Manifest,
    unit: WorkUnit,
    walk_from: Callable[[int], Any],
    description: list[list[Any]],
    keep: Callable[[Any], Any] | None,
) -> int:
    from .batches import offset_pages

    if manifest.is_done(unit.stream, unit.unit):
        return 0
    done = manifest.pages(unit.stream, unit.unit)
    start = done[-1].next_offset if done else 0
    rows = 0
    if start is not None:
        for offset, batch, following in offset_pages(walk_from(start), description):
            rows += write_page(manifest, unit, offset, batch if keep is None else keep(batch), following)
    manifest.unit_done(unit.stream, unit.unit)
    return rows


def write_page(manifest: Manifest, unit: WorkUnit, offset: int, batch: Any, following: int | None) -> int:
    """Write a page's batch to its file (fixed by unit and offset), then record it."""
    from .manifest import PageRecord, sha256_of

    rel = f"{unit.stream}/{unit.partition}/{unit.unit}-{offset:012d}.parquet"
    size, digest = 0, ""
    if batch.num_rows:
        _write_atomically(batch, manifest.folder / rel)
        size, digest = (manifest.folder / rel).stat().st_size, sha256_of(manifest.folder / rel)
    record = PageRecord(offset, batch.num_rows, rel if batch.num_rows else "", size, digest, following)
    manifest.page_done(unit.stream, unit.unit, record)
    return int(batch.num_rows)


@store_errors
def run_single_unit(dataset: str | os.PathLike[str], unit: WorkUnit, fetch: Callable[[], Any]) -> int:
    """Pull a unit that is one request (`fetch()` gives its batch): Analytiks windows."""
    manifest = open_manifest(dataset)
    try:
        if manifest.is_done(unit.stream, unit.unit):
            return 0
        rows = write_page(manifest, unit, 0, fetch(), None)
        manifest.unit_done(unit.stream, unit.unit)
        return rows
    finally:
        manifest.close()


def advance(manifest: Manifest, units: Sequence[WorkUnit], until: str) -> dict[str, str]:
    """Move each stream's watermark to the start of its first unit not done (or to
    `until` when all are): what the next pull starts from."""
    marks: dict[str, str] = {}
    for stream in sorted({u.stream for u in units}):
        ordered = sorted((u for u in units if u.stream == stream), key=lambda u: u.start)
        pending = [u for u in ordered if not manifest.is_done(stream, u.unit)]
        mark = pending[0].start if pending else until
        if mark != manifest.watermark(stream):
            manifest.set_watermark(stream, mark)
        marks[stream] = mark
    return marks


def clean_partials(folder: Path) -> None:
    """Remove files a killed pull left half-written (they were never recorded)."""
    for partial in folder.rglob("*.partial"):
        partial.unlink(missing_ok=True)


def day_start(value: datetime) -> datetime:
    return value.replace(hour=0, minute=0, second=0, microsecond=0)


def plan_days(
    manifest: Manifest, streams: Sequence[str], since: datetime | None, end: datetime, partition: str
) -> list[WorkUnit]:
    """One unit per stream and day, from the stream's watermark (or the day of `since`
    on the first pull, which becomes the watermark) to `end` (a day start); each day's
    files go to the Hive partition `<partition>=YYYY-MM-DD`. Days keep the zone (or
    the naivety) of `since` and `end`, as the API speaks."""
    units: list[WorkUnit] = []
    for stream in streams:
        mark = manifest.watermark(stream)
        if mark is None and since is None:
            raise ParameterError("since", f"the first pull of {stream} needs a start (since=...)")
        day = datetime.fromisoformat(mark) if mark else day_start(since)  # type: ignore[arg-type]
        if mark is None:  # nothing before the start is wanted: the start is the first watermark
            manifest.set_watermark(stream, day.isoformat())
        while day < end:
            name = day.date().isoformat()
            following = day + timedelta(days=1)
            units.append(WorkUnit(stream, name, day.isoformat(), following.isoformat(), f"{partition}={name}"))
            day = following
    manifest.plan([(u.stream, u.unit) for u in units])
    return units


@store_errors
def plan_dataset(
    dataset: str | os.PathLike[str], streams: Sequence[str], since: datetime | None, end: datetime, partition: str
) -> list[WorkUnit]:
    """`plan_days` on the manifest of `dataset`: a vendor's `plan`."""
    manifest = open_manifest(dataset)
    try:
        return plan_days(manifest, streams, since, end, partition)
    finally:
        manifest.close()


def utc_day_end(until: datetime | None) -> datetime:
    """Whole UTC days are pulled: the end is the start of `until`'s UTC day (default
    today), for an API that speaks timezone-aware times."""
    moment = datetime.now(UTC) if until is None else check_aware_datetime("until", until)
    return day_start(moment.astimezone(UTC))


def utc_since(since: datetime | None) -> datetime | None:
    return None if since is None else check_aware_datetime("since", since).astimezone(UTC)


def before(column: str, end: str) -> Callable[[Any], Any]:
    """A filter keeping the rows of `column` before `end`: APIs that include both ends
    of a period send a row at midnight for two days; each day keeps it only once."""
    from .deps import need

    pa, pc = need("pyarrow"), need("pyarrow.compute")
    moment = datetime.fromisoformat(end)

    def keep(batch: Any) -> Any:
        limit = pa.scalar(moment, type=batch.schema.field(column).type)
        return batch.filter(pc.less(batch.column(column), limit))

    return keep


def within(column: str, start: str, end: str) -> Callable[[Any], Any]:
    """A filter keeping the rows of `column` in [start, end): for an API whose filter is
    one-sided or read another way than we send it (Hasty's `created_since`, an integer
    the page does not define), a day keeps exactly its own rows whatever came back."""
    from .deps import need

    pa, pc = need("pyarrow"), need("pyarrow.compute")
    first, limit = datetime.fromisoformat(start), datetime.fromisoformat(end)

    def keep(batch: Any) -> Any:
        kind = batch.schema.field(column).type
        values = batch.column(column)
        inside = pc.and_(
            pc.greater_equal(values, pa.scalar(first, type=kind)), pc.less(values, pa.scalar(limit, type=kind))
        )
        return batch.filter(inside)

    return keep


@store_errors
def sync_units(
    dataset: str | os.PathLike[str], units: Sequence[WorkUnit], run: Callable[[WorkUnit], int], until: str
) -> SyncReport:
    """Run every unit in order on this thread, then move the watermarks: a vendor's `sync`."""
    manifest = open_manifest(dataset)
    try:
        clean_partials(manifest.folder)
        rows = sum(run(unit) for unit in units)
        return SyncReport(units_done=len(units), rows=rows, watermarks=advance(manifest, units, until))
    finally:
        manifest.close()


@attrs.frozen
class UtcDailyStream:
    """A stream pulled one UTC day at a time by an offset walk: what a vendor's `plan`,
    `run_unit` and `sync` do, given how to walk a day (Scopix descriptions, Hasty images).

    name: the stream (and its folder); partition: the Hive key of a day's folder;
    description: the generated schema of its rows; time_column: the column that places
    a row in a day (a day keeps only its own rows, whatever the server sent).
    """

    name: str
    partition: str
    description: list[list[Any]]
    time_column: str

    def plan(self, dataset: str | os.PathLike[str], since: datetime | None, until: datetime | None) -> list[WorkUnit]:
        return plan_dataset(dataset, (self.name,), utc_since(since), utc_day_end(until), self.partition)

    def run(self, dataset: str | os.PathLike[str], unit: WorkUnit, walk_from: Callable[[int], Any]) -> int:
        return run_offset_unit(
            dataset, unit, walk_from, self.description, within(self.time_column, unit.start, unit.end)
        )

    def sync(
        self,
        dataset: str | os.PathLike[str],
        since: datetime | None,
        until: datetime | None,
        run: Callable[[WorkUnit], int],
    ) -> SyncReport:
        end = utc_day_end(until)  # once: a pull running past midnight still stops where it planned to
        return sync_units(dataset, self.plan(dataset, since, end), run, end.isoformat())
