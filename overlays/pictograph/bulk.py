"""Bulk pulls: a Pictograph dataset's annotations into a Parquet dataset, one export job
per snapshot, recorded so that a pull killed anywhere picks the same job up again.

    from pictograph_client import connect
    from pictograph_client.bulk import sync
    with connect(key) as client:
        sync(client, "pictograph-data", "street-signs")        # today's snapshot

Pictograph exports have no "since": each pull is a snapshot of the dataset, named
(default: the UTC date) so that one snapshot is pulled once. The manifest beside the
data records the export job of each snapshot (a rerun waits for it instead of starting
another), the ZIP downloaded and every table written, with sizes and sha256:
`{images,annotations,categories}/dataset=<name>/snapshot=<date>/*.parquet`.
Needs the `[arrow]` extra. See docs/columnar.md.
"""

from __future__ import annotations

import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Unpack

from ._runtime.columnar.annotations import coco_tables
from ._runtime.columnar.deps import need
from ._runtime.columnar.manifest import Manifest, PageRecord, sha256_of
from ._runtime.columnar.store import store_errors
from ._runtime.columnar.syncing import SyncReport, WorkUnit, open_manifest, write_page
from ._runtime.polling import WaitOptions, waiting
from .client import Client
from .helpers import create_export, download_export, wait_for_export
from .models import Export

__all__ = ["SyncReport", "sync"]

TABLES = ("images", "annotations", "categories")


@store_errors
def sync(
    client: Client,
    dataset: str | os.PathLike[str],
    dataset_name: str,
    *,
    snapshot: str | None = None,
    **wait: Unpack[WaitOptions[Export]],
) -> SyncReport:
    """Pull snapshot `snapshot` (default: today's UTC date) of the Pictograph dataset
    `dataset_name` into `dataset`; a snapshot already pulled is not pulled again.
    `wait`: the options of every wait, for the export job (`WaitOptions`)."""
    waiting(wait)  # checked before any request
    name = snapshot or datetime.now(UTC).date().isoformat()
    units = [
        WorkUnit(table, f"{dataset_name}@{name}", name, name, f"dataset={dataset_name}/snapshot={name}")
        for table in TABLES
    ]
    manifest = open_manifest(dataset)
    try:
        manifest.plan([(u.stream, u.unit) for u in units])
        pending = [u for u in units if not manifest.is_done(u.stream, u.unit)]
        rows = 0
        if pending:
            tables = coco_tables(_download(client, manifest, dataset_name, name, wait))
            for unit in pending:
                rows += write_page(manifest, unit, 0, _one_batch(tables[unit.stream]), None)
                manifest.unit_done(unit.stream, unit.unit)
            manifest.set_watermark(dataset_name, name)
        return SyncReport(units_done=len(pending), rows=rows, watermarks={dataset_name: name})
    finally:
        manifest.close()


def _download(client: Client, manifest: Manifest, dataset_name: str, name: str, wait: WaitOptions[Export]) -> Path:
    """The snapshot's export ZIP, from the job recorded for it (started and recorded
    first if there is none: a rerun waits for that job, never starts a second)."""
    job = manifest.job(dataset_name, name)
    if job is None:
        job = f"vision-sync-{name}"
        create_export(client, dataset_name, job, exist_ok=True)
        manifest.set_job(dataset_name, name, job)
    wait_for_export(client, dataset_name, job, **wait)
    archive = manifest.folder / "_downloads" / dataset_name / f"{name}.zip"
    archive.parent.mkdir(parents=True, exist_ok=True)
    download_export(client, dataset_name, job, archive, overwrite=True)
    rel = archive.relative_to(manifest.folder).as_posix()
    manifest.page_done(dataset_name, name, PageRecord(0, 0, rel, archive.stat().st_size, sha256_of(archive), None))
    return archive


def _one_batch(table: Any) -> Any:
    batches = table.combine_chunks().to_batches()
    if batches:
        return batches[0]
    pa = need("pyarrow")
    return pa.RecordBatch.from_arrays([pa.nulls(0, f.type) for f in table.schema], schema=table.schema)
