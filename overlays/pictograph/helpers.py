"""The Pictograph helpers (sync). Their async twins, same names, are in `pictograph_client.aio`."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path

from . import _common
from ._runtime.archive import DEFAULT_MAX_TOTAL_SIZE, check_zip, extract_zip
from ._runtime.download import download
from ._runtime.errors import ConflictError, expect
from ._runtime.http import clock_of
from ._runtime.polling import Cancellation, PollPolicy, poll
from ._runtime.progress import Progress
from .api.exports import create_export as _create
from .api.exports import delete_export as _delete
from .api.exports import get_export as _get
from .api.exports import get_export_download_url as _download_url
from .api.exports import list_exports as _list
from .client import AuthenticatedClient
from .models import DownloadUrl, Export, ExportCreated, ExportStatus, ExportSummary
from .types import UNSET, Unset

__all__ = [
    "create_export",
    "delete_export",
    "download_export",
    "export",
    "extract_export",
    "get_export",
    "iter_exports",
    "wait_for_export",
]


def get_export(client: AuthenticatedClient, dataset_name: str, name: str) -> Export:
    """An export's status and details. Names may hold any character (spaces, `/`, `#`, ...)."""
    dataset, export_name = _common.name("dataset_name", dataset_name), _common.name("name", name)
    return expect(_get.sync(dataset, export_name, client=client), Export, "get_export")


def create_export(
    client: AuthenticatedClient,
    dataset_name: str,
    name: str,
    *,
    include_images: bool = False,
    class_filter: Sequence[str] | None = None,
    status_filter: str | None = None,
    wait: bool = False,
    timeout: float | None = _common.DEFAULT_WAIT_TIMEOUT,
    poll_interval: float = 2.0,
    on_status: Callable[[Export], None] | None = None,
) -> Export:
    """Create an export of a dataset; with `wait=True`, also wait until it is completed.

    Safe to retry: the request carries an idempotency key, and if the export turns out
    to exist already with the same settings (a create whose answer was lost), it is
    that job, not an error. A name taken by a different export raises `ConflictError`.
    """
    request = _common.create_request(dataset_name, name, include_images, class_filter, status_filter)
    try:
        expect(
            _create.sync(client=client, body=request, idempotency_key=_common.idempotency_key()),
            ExportCreated,
            "create_export",
        )
        job = get_export(client, request.dataset_name, request.name)
    except ConflictError as conflict:
        job = _common.same_job(get_export(client, request.dataset_name, request.name), request, conflict)
    if not wait:
        return job
    return wait_for_export(
        client, request.dataset_name, request.name, timeout=timeout, poll_interval=poll_interval, on_status=on_status
    )


def wait_for_export(
    client: AuthenticatedClient,
    dataset_name: str,
    name: str,
    *,
    timeout: float | None = _common.DEFAULT_WAIT_TIMEOUT,
    poll_interval: float = 2.0,
    on_status: Callable[[Export], None] | None = None,
    cancel: Cancellation | None = None,
) -> Export:
    """Poll until the export is completed and return it (from its names alone, so any
    process can wait). Raises `JobFailedError` with the vendor's `error_message`, or
    `JobTimeoutError` after `timeout` seconds (the export goes on: wait again)."""
    clock = clock_of(client)
    return poll(
        lambda: get_export(client, dataset_name, name),
        _common.export_job(dataset_name, name),
        policy=PollPolicy(interval=poll_interval, timeout=timeout),
        clock=clock,
        on_status=on_status,
        cancel=cancel,
    )


def download_export(
    client: AuthenticatedClient,
    dataset_name: str,
    name: str,
    dest: str | os.PathLike[str],
    *,
    overwrite: bool = False,
    progress: Progress = None,
) -> Path:
    """Download a completed export's ZIP to `dest` and return the path.

    The file is streamed from the signed URL without credentials, checked against the
    `file_size` the API reports, and opened as a ZIP before it is put in place; an
    expired URL is exchanged for a fresh one and the download carries on.
    """

    def signed() -> DownloadUrl:
        dataset, export_name = _common.name("dataset_name", dataset_name), _common.name("name", name)
        return expect(_download_url.sync(dataset, export_name, client=client), DownloadUrl, "get_export_download_url")

    first = signed()
    return download(
        client.get_httpx_client(),
        first.download_url,
        dest,
        expected_size=first.file_size,
        overwrite=overwrite,
        progress=progress,
        verify=check_zip,
        refresh_url=lambda: signed().download_url,
        clock=clock_of(client),
    )


def extract_export(
    path: str | os.PathLike[str],
    target_dir: str | os.PathLike[str],
    *,
    max_total_size: int = DEFAULT_MAX_TOTAL_SIZE,
    overwrite: bool = False,
) -> list[Path]:
    """Extract a downloaded export into `target_dir`, safely: a member that would land
    outside it (absolute path, `..`, link) or more than `max_total_size` bytes in all is
    refused with an error naming the member, before anything is written."""
    return extract_zip(path, target_dir, max_total_size=max_total_size, overwrite=overwrite)


def export(
    client: AuthenticatedClient,
    dataset_name: str,
    name: str,
    dest: str | os.PathLike[str],
    *,
    include_images: bool = False,
    class_filter: Sequence[str] | None = None,
    status_filter: str | None = None,
    timeout: float | None = _common.DEFAULT_WAIT_TIMEOUT,
    poll_interval: float = 2.0,
    overwrite: bool = False,
    progress: Progress = None,
    on_status: Callable[[Export], None] | None = None,
) -> Path:
    """Create an export, wait for it and download its ZIP to `dest`."""
    create_export(
        client,
        dataset_name,
        name,
        include_images=include_images,
        class_filter=class_filter,
        status_filter=status_filter,
        wait=True,
        timeout=timeout,
        poll_interval=poll_interval,
        on_status=on_status,
    )
    return download_export(client, dataset_name, name, dest, overwrite=overwrite, progress=progress)


def iter_exports(
    client: AuthenticatedClient, dataset_name: str | None = None, status: ExportStatus | str | None = None
) -> Iterator[ExportSummary]:
    """The exports visible to the key, optionally of one dataset and/or in one status
    (the API lists them in one answer: the request is made by this call)."""
    dataset: str | Unset = UNSET if dataset_name is None else _common.name("dataset_name", dataset_name)
    result = _list.sync(client=client, dataset_name=dataset, status=_common.status_filter(status))
    summaries: list[ExportSummary] = expect(result, list, "list_exports")
    return iter(summaries)


def delete_export(client: AuthenticatedClient, dataset_name: str, name: str) -> None:
    """Delete an export and its archive (needs an admin or owner key: `PermissionDeniedError` otherwise)."""
    _delete.sync_detailed(_common.name("dataset_name", dataset_name), _common.name("name", name), client=client)
