"""The Scopix helpers (sync). Their async twins, same names, are in `scopix_client.aio`."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from datetime import datetime
from uuid import UUID

from . import _common
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
from .models import Description, DescriptionsPage, Export, ExportRequest
from .records import iter_export_records

__all__ = [
    "create_export",
    "download_export",
    "export",
    "get_export",
    "iter_descriptions",
    "iter_export_records",
    "wait_for_export",
]


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
    """Every description in the processing history that matches the filters.

    Dates must be timezone-aware. `search` and `source_types` take lists (sent
    comma-separated, as the API expects). Pages of `page_size` (1..1000) are fetched as
    you iterate, until `has_more` is false. The iterator's `position` is the offset of
    the next item: pass it as `start_offset` to resume. `progress`: `(done, total)`
    callback or True for a bar on stderr.
    """
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
    """Start an export; returns the job (status `pending` or `processing`)."""
    body = _common.check_request(request)
    return expect(_create.sync(client=client, body=body), Export, "create_export")


def get_export(client: AuthenticatedClient, export_id: UUID | str | Export) -> Export:
    """The export's current status (with a fresh download URL once completed)."""
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
    """Poll until the export is completed and return it; works from the id alone, so a
    job started by another process can be waited for.

    Waits start at `poll_interval` and grow to 30 s; the export's
    `estimated_completion_time` may bring a look forward, never put it off. At the
    deadline the export is looked at once more. Raises `JobFailedError` with the vendor's
    `error_message`, or `JobTimeoutError` after `timeout` seconds (the job goes on:
    wait again by its id).
    """
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
    """Download a completed export's file to `dest`, complete and verified or not at all.

    Download URLs expire after an hour: when the storage host refuses one, a fresh one is
    fetched from the export's status and the download carries on from the bytes it has.
    """
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
    """Create an export, wait for it, download it to `dest`; returns path, format,
    record count and export id. If waiting or downloading is interrupted, carry on
    with `wait_for_export` / `download_export` and the export id."""
    job = create_export(client, request)
    done = wait_for_export(client, job, timeout=timeout, poll_interval=poll_interval, on_status=on_status)
    return download_export(client, done, dest, overwrite=overwrite, progress=progress)
