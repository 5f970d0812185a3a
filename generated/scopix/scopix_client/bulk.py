"""Bulk pulls: Scopix descriptions into a Parquet dataset, incrementally, on one thread
(`sync`) or as work units on many workers (`plan`, `run_unit`, `share_budget`).

    from datetime import UTC, datetime
    from scopix_client import connect
    from scopix_client.bulk import sync
    with connect(key) as client:
        sync(client, "scopix-data", since=datetime(2026, 1, 1, tzinfo=UTC))  # first run
        sync(client, "scopix-data")                                          # nightly

One unit per UTC day (`descriptions/created_date=2026-01-01/`), asked for with
`start_date`/`end_date`, so a later pull fetches only the days after the watermark in
`_manifest.sqlite`. Needs the `[arrow]` extra. See docs/columnar.md.
"""

from __future__ import annotations

import os
from datetime import datetime
from typing import Any

from ._arrow_schemas import SCHEMAS
from ._runtime.columnar.budget import share_budget
from ._runtime.columnar.syncing import SyncReport, UtcDailyStream, WorkUnit
from .client import Client
from .helpers import iter_descriptions

__all__ = ["SyncReport", "WorkUnit", "plan", "run_unit", "share_budget", "sync"]

DESCRIPTIONS = UtcDailyStream("descriptions", "created_date", SCHEMAS["description"], "created_at")


def plan(
    dataset: str | os.PathLike[str], *, since: datetime | None = None, until: datetime | None = None
) -> list[WorkUnit]:
    """The work units of the next pull into `dataset`: one per UTC day from the
    watermark (or `since`, timezone-aware, on the first pull) to the start of `until`'s day."""
    return DESCRIPTIONS.plan(dataset, since, until)


def run_unit(client: Client, dataset: str | os.PathLike[str], unit: WorkUnit, *, page_size: int = 1000) -> int:
    """Pull one work unit into `dataset` (resuming after its last recorded page);
    returns the rows it wrote. Safe to run in several processes at once."""
    start, end = datetime.fromisoformat(unit.start), datetime.fromisoformat(unit.end)

    def walk_from(offset: int) -> Any:
        return iter_descriptions(client, start_date=start, end_date=end, page_size=page_size, start_offset=offset)

    return DESCRIPTIONS.run(dataset, unit, walk_from)


def sync(
    client: Client,
    dataset: str | os.PathLike[str],
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    page_size: int = 1000,
) -> SyncReport:
    """Pull every description created since the last pull into the Parquet dataset
    `dataset` (see `citylens_client.bulk.sync` for the guarantees: killed and rerun, it
    ends with exactly the files an uninterrupted pull writes)."""
    return DESCRIPTIONS.sync(dataset, since, until, lambda unit: run_unit(client, dataset, unit, page_size=page_size))
