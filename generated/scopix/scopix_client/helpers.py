# Written from aio.py at generation (scripts/sync_twins.py): edit that, not this.
"""The async twins of the Scopix helpers: same names, same behaviour."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from datetime import datetime
from uuid import UUID

import sync

from . import _common
from ._client import connect
from ._common import ExportResult
from ._runtime.download import download
from ._runtime.errors import expect
from ._runtime.http import clock_of
from ._runtime.pagination import OffsetIterator, Page
from ._runtime.polling import Cancellation, PollPolicy, poll
from ._runtime.progress import Progress, resolve
from .api.descriptions import list_descriptions
from .api.exports import create_export as _create
from .api.exports import get_export as _get
from .client import AuthenticatedClient
from .export_records import ScopixExportRecord
from .models import Description, DescriptionsPage, Export, ExportRequest
from .records import ExportFormatName
from .records import iter_export_records as _iter_records

__all__ = [
    "connect",
    "create_export",
    "download_export",
    "export",
    "get_export",
    "iter_descriptions",
    "iter_export_records",
    "wait_for_export",
]

_RECORD_BATCH = 2000


def iter_descriptions(
    client: AuthenticatedClient,
    *,
    start_date: datetime | None = None,
    end_date: datetime | None = None,
    min_confidence: float | None = None,
    max_confidence: float | None = None,
    search: str | Sequence[str] | None = None,
    source_types: str | Sequence[str] | None = None,
    page_size: int = 100,
    start_offset: int = 0,
    progress: Progress = None,
) -> OffsetIterator[Description]:
    """Every matching description (`async for`); see the sync form."""
    query = _common.descriptions_query(
        start_date=start_date,
        end_date=end_date,
        min_confidence=min_confidence,
        max_confidence=max_confidence,
        search=search,
        source_types=source_types,
    )
    page_size, start_offset = _common.paging(page_size, start_offset)

    def fetch(offset: int, limit: int) -> Page[Description]:
        page = expect(
            list_descriptions.sync(client=client, offset=offset, limit=limit, **query),
            DescriptionsPage,
            "list_descriptions",
        )
        return Page(page.items, page.total_count, page.has_more)

    return OffsetIterator(
        fetch, page_size=page_size, start_offset=start_offset, progress=resolve(progress, "descriptions")
    )


def create_export(client: AuthenticatedClient, request: ExportRequest) -> Export:
    """Start an export; see the sync form."""
    body = _common.check_request(request)
    return expect(_create.sync(client=client, body=body), Export, "create_export")


def get_export(client: AuthenticatedClient, export_id: UUID | str | Export) -> Export:
    """The export's current status; see the sync form."""
    job = _common.export_id(export_id)
    return expect(_get.sync(job, client=client), Export, "get_export")


def wait_for_export(
    client: AuthenticatedClient,
    export_id: UUID | str | Export,
    *,
    timeout: float | None = _common.DEFAULT_WAIT_TIMEOUT,
    poll_interval: float = 2.0,
    on_status: Callable[[Export], None] | None = None,
    cancel: Cancellation | None = None,
) -> Export:
    """Poll until the export is completed; see the sync form. Cancelling the task stops waiting."""
    job = _common.export_id(export_id)
    clock = clock_of(client)
    return poll(
        lambda: get_export(client, job),
        _common.export_job(job, clock),
        policy=PollPolicy(interval=poll_interval, timeout=timeout),
        clock=clock,
        on_status=on_status,
        cancel=cancel,
    )


def download_export(
    client: AuthenticatedClient,
    export_id: UUID | str | Export,
    dest: str | os.PathLike[str],
    *,
    overwrite: bool = False,
    progress: Progress = None,
) -> ExportResult:
    """Download a completed export's file to `dest`; see the sync form."""
    job = _common.export_id(export_id)
    status = export_id if isinstance(export_id, Export) and export_id.download_url else get_export(client, job)

    def fresh_url() -> str:
        return _common.download_url(get_export(client, job))

    path = download(
        client.get_httpx_client(),
        _common.download_url(status),
        dest,
        overwrite=overwrite,
        progress=progress,
        refresh_url=fresh_url,
        clock=clock_of(client),
    )
    return _common.result(status, path)


def export(
    client: AuthenticatedClient,
    request: ExportRequest,
    dest: str | os.PathLike[str],
    *,
    timeout: float | None = _common.DEFAULT_WAIT_TIMEOUT,
    poll_interval: float = 2.0,
    overwrite: bool = False,
    progress: Progress = None,
    on_status: Callable[[Export], None] | None = None,
) -> ExportResult:
    """Create, wait, download; see the sync form."""
    job = create_export(client, request)
    done = wait_for_export(client, job, timeout=timeout, poll_interval=poll_interval, on_status=on_status)
    return download_export(client, done, dest, overwrite=overwrite, progress=progress)


def iter_export_records(
    path: str | os.PathLike[str], format: ExportFormatName | None = None
) -> Iterator[ScopixExportRecord]:
    """The records of a downloaded export (`async for`), read in a worker thread in
    batches so the event loop is never blocked on disk or parsing."""
    records = _iter_records(path, format)

    def batch() -> list[ScopixExportRecord]:
        return [record for _, record in zip(range(_RECORD_BATCH), records, strict=False)]

    while chunk := sync.to_thread(batch):
        for record in chunk:
            yield record
