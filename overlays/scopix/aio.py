"""The Scopix helpers: `scopix_client.helpers` has them sync, `scopix_client.aio` async,
with the same names and behaviour."""

# The one source of both forms: generation writes helpers.py from this file.

from __future__ import annotations

import os
from collections.abc import AsyncIterator
from typing import Unpack
from uuid import UUID

from . import _aio_spec, _common
from ._aio_spec import *  # noqa: F403 - the spec's helpers, listed in its __all__
from ._client import connect
from ._common import ExportResult, ExportStatus
from ._runtime.concurrency import ain_thread
from ._runtime.download import adownload
from ._runtime.files import ExportOptions, FileOptions, export_options, file_options
from ._runtime.polling import waiting
from ._runtime.records import RecordFormatError
from .api.exports import create_export as _create
from .api.exports import get_export as _get
from .client import Client
from .export_records import ScopixExportRecord
from .models import Export, ExportRequest
from .records import ExportFormatName
from .records import iter_export_records as _iter_records

__all__ = [
    "ExportResult",
    "ExportStatus",
    "RecordFormatError",
    "ScopixExportRecord",
    "connect",
    "create_export",
    "download_export",
    "export",
    "get_export",
    "iter_export_records",
]
__all__ += _aio_spec.__all__  # iter_descriptions, wait_for_export

_RECORD_BATCH = 2000


async def create_export(client: Client, request: ExportRequest) -> Export:
    """Start an export (its documented bounds are checked first); returns its status."""
    return await _create.asyncio(client=client, body=_common.check_request(request))


async def get_export(client: Client, export_id: UUID | str | Export) -> Export:
    """The export's current status."""
    return await _get.asyncio(_common.export_id(export_id), client=client)


async def download_export(
    client: Client,
    export_id: UUID | str | Export,
    dest: str | os.PathLike[str],
    **file: Unpack[FileOptions],
) -> ExportResult:
    """Download a completed export's file to `dest`, verified and atomic; an expired
    signed URL is renewed and the download resumed where it stopped."""
    job = _common.export_id(export_id)
    status = export_id if isinstance(export_id, Export) and export_id.download_url else await get_export(client, job)

    async def fresh_url() -> str:
        return _common.download_url(await get_export(client, job))

    path = await adownload(
        client.get_async_httpx_client(),
        _common.download_url(status),
        dest,
        refresh_url=fresh_url,
        clock=client.clock,
        **file_options(file),
    )
    return _common.result(status, path)


async def export(
    client: Client,
    request: ExportRequest,
    dest: str | os.PathLike[str],
    **options: Unpack[ExportOptions[Export]],
) -> ExportResult:
    """Create an export, wait for it, download it: the whole job in one call (`options`:
    those of every export, `ExportOptions`: its file's and its wait's)."""
    file, wait = export_options(options)
    waiting(wait)  # checked before the export is created
    job = await create_export(client, request)
    done = await _aio_spec.wait_for_export(client, job, **wait)
    return await download_export(client, done, dest, **file)


async def iter_export_records(
    path: str | os.PathLike[str], format: ExportFormatName | None = None
) -> AsyncIterator[ScopixExportRecord]:
    """The typed records of a downloaded export (CSV, JSON or JSONL, from the file name
    unless `format` is given), read in batches (async: in a worker thread)."""
    records = _iter_records(path, format)

    def batch() -> list[ScopixExportRecord]:
        return [record for _, record in zip(range(_RECORD_BATCH), records, strict=False)]

    while chunk := await ain_thread(batch):
        for record in chunk:
            yield record
