"""The sync helpers the spec declares on its operations (`x-walk`, `x-wait`, `x-batch`),
written by scripts/spec_helpers.py at generation: edit the spec, not this."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Unpack

from . import models
from ._runtime import filters
from ._runtime.archive import check_zip
from ._runtime.files import FileOptions
from ._runtime.jobs import StatusOperation
from ._runtime.pagination import OffsetIterator
from ._runtime.polling import WaitOptions
from ._runtime.validate import check_str
from ._runtime.walks import OffsetList, WalkOptions
from .api.exports import get_export, get_export_download_url, list_exports
from .client import Client
from .models import ExportStatus

__all__ = ["download_export", "iter_exports", "wait_for_export"]

_EXPORTS: OffsetList[models.ExportSummary] = OffsetList(
    list_exports,
    items=("data", "exports"),
    total="pagination.total",
    has_more="pagination.has_more",
    unique="id",
    unit="exports",
    max_page_size=1000,
)
_EXPORT: StatusOperation[models.Export] = StatusOperation(
    get_export,
    done=("completed",),
    failed=("failed",),
    reason="error_message",
    url="download_url",
    size="file_size",
    verify=check_zip,
    url_operation=get_export_download_url,
    label_parts=2,
)


def iter_exports(
    client: Client,
    dataset_name: str | None = None,
    status: ExportStatus | str | None = None,
    **options: Unpack[WalkOptions],
) -> OffsetIterator[models.ExportSummary]:
    """The exports visible to the key, optionally of one dataset and/or in one status. Pages are fetched as
    you iterate when the server pages the list (servers that do not page answer the whole list at once,
    a bare array); an export already listed is not listed again (a server that ignores `offset` answers
    the same ones again).

    `list_exports`, page by page; `options`: those of every walk (`WalkOptions`).

    Filters:
        dataset_name: Filter by dataset slug.
        status: Filter by status: pending, processing, completed, failed.
    """
    return _EXPORTS.walk(
        client,
        query=filters.coerce(list_exports, {"dataset_name": dataset_name, "status": status}, closed=True),
        options=options,
    )


def wait_for_export(
    client: Client,
    dataset_name: str,
    name: str,
    **wait: Unpack[WaitOptions[models.Export]],
) -> models.Export:
    """Poll until the export is completed and return it (from its names alone, so any process can wait).
    Raises `JobFailedError` with the vendor's `error_message`, or `JobTimeoutError` after `timeout`
    seconds (the export goes on: wait again).

    `get_export` until the job is done; `wait`: the options of every wait (`WaitOptions`).
    """
    return _EXPORT.watch(client, check_str("dataset_name", dataset_name), check_str("name", name), wait=wait)


def download_export(
    client: Client,
    dataset_name: str,
    name: str,
    dest: str | os.PathLike[str],
    **file: Unpack[FileOptions],
) -> Path:
    """Download a completed export's ZIP to `dest` and return the path. The file is streamed from the
    signed URL without credentials, checked against the `file_size` the API reports, and opened as a ZIP
    before it is put in place; an expired URL is exchanged for a fresh one and the download carries on.

    From `get_export_download_url`, which refuses a job not done; verified and atomic, an expired URL
    renewed; `file`: the options of every file written (`FileOptions`).
    """
    return _EXPORT.save(client, check_str("dataset_name", dataset_name), check_str("name", name), dest=dest, file=file)
