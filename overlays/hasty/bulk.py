"""Bulk pulls: a Hasty project's images into a Parquet dataset, incrementally, on one
thread (`sync`) or as work units on many workers (`plan`, `run_unit`, `share_budget`).

    from datetime import UTC, datetime
    from hasty_client import connect
    from hasty_client.bulk import sync
    with connect(key) as client:
        sync(client, project_id, "hasty-images", since=datetime(2026, 1, 1, tzinfo=UTC))  # first run
        sync(client, project_id, "hasty-images")                                          # nightly

One unit per UTC day of upload (`images/uploaded_date=2026-01-01/`). The API filters by
`created_since` only (no end), so each day's unit asks from its start and keeps the
rows uploaded before its end; a later pull asks only for the days after the watermark
in `_manifest.sqlite`. An image changed after its day was pulled keeps the row of that
day (the API's `updated_since` has no end to page by either). Needs the `[arrow]` extra.
See docs/columnar.md.
"""

from __future__ import annotations

import os
from datetime import datetime
from typing import Any
from uuid import UUID

from ._arrow_schemas import SCHEMAS
from ._common import uuid
from ._runtime.columnar.budget import share_budget
from ._runtime.columnar.syncing import SyncReport, UtcDailyStream, WorkUnit
from .client import Client
from .helpers import iter_images

__all__ = ["SyncReport", "WorkUnit", "plan", "run_unit", "share_budget", "sync"]

IMAGES = UtcDailyStream("images", "uploaded_date", SCHEMAS["image"], "uploaded_on")


def plan(
    dataset: str | os.PathLike[str], *, since: datetime | None = None, until: datetime | None = None
) -> list[WorkUnit]:
    """The work units of the next pull into `dataset`, as `scopix_client.bulk.plan`."""
    return IMAGES.plan(dataset, since, until)


def run_unit(
    client: Client, project_id: UUID | str, dataset: str | os.PathLike[str], unit: WorkUnit, *, page_size: int = 1000
) -> int:
    """Pull one work unit of the project into `dataset`, as `scopix_client.bulk.run_unit`."""
    project, since = uuid("project_id", project_id), int(datetime.fromisoformat(unit.start).timestamp())

    def walk_from(offset: int) -> Any:
        return iter_images(client, project, created_since=since, page_size=page_size, start_offset=offset)

    return IMAGES.run(dataset, unit, walk_from)


def sync(
    client: Client,
    project_id: UUID | str,
    dataset: str | os.PathLike[str],
    *,
    since: datetime | None = None,
    until: datetime | None = None,
    page_size: int = 1000,
) -> SyncReport:
    """Pull every image of the project uploaded since the last pull into the Parquet
    dataset `dataset` (see `citylens_client.bulk.sync` for the guarantees: killed and
    rerun, it ends with exactly the files an uninterrupted pull writes)."""
    project = uuid("project_id", project_id)
    return IMAGES.sync(
        dataset, since, until, lambda unit: run_unit(client, project, dataset, unit, page_size=page_size)
    )
