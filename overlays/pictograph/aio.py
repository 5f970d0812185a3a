"""The async twins of the Pictograph helpers: same names, same behaviour."""

from __future__ import annotations

import asyncio
import os
from collections.abc import AsyncIterator, Callable, Sequence
from pathlib import Path
from typing import Any

import httpx

from . import _common, _envelopes
from ._client import connect
from ._runtime.archive import DEFAULT_MAX_TOTAL_SIZE, check_zip, extract_zip
from ._runtime.download import adownload
from ._runtime.errors import ConflictError, NotFoundError
from ._runtime.http import clock_of
from ._runtime.polling import Cancellation, PollPolicy, apoll
from ._runtime.progress import Progress
from .api.exports import create_export as _create
from .api.exports import list_exports as _list
from .client import AuthenticatedClient
from .models import DownloadUrl, Export, ExportStatus, ExportSummary
from .types import UNSET, Unset

__all__ = [
    "connect",
    "create_export",
    "delete_export",
    "download_export",
    "export",
    "extract_export",
    "get_export",
    "iter_exports",
    "wait_for_export",
]


async def _by_name(
    client: AuthenticatedClient,
    request: Callable[[_common.PathForm, str, str], dict[str, Any]],
    dataset_name: str,
    name: str,
) -> httpx.Response:
    """One request about one export, in the path form this client's server speaks: the
    page's first; on its 404, the current servers' form, remembered once it answers."""
    dataset, export_name = _common.name("dataset_name", dataset_name), _common.name("name", name)
    forms = _common.path_forms(client)
    missing: NotFoundError | None = None
    for form in forms:
        try:
            response = await client.get_async_httpx_client().request(**request(form, dataset, export_name))
        except NotFoundError as error:
            missing = missing or error
            continue
        _common.learn(client, form)
        return response
    assert missing is not None  # every form was tried and each answered 404
    raise missing


async def get_export(client: AuthenticatedClient, dataset_name: str, name: str) -> Export:
    """An export's status and details. Names may hold any character (spaces, `/`, `#`, ...)."""
    return _envelopes.export("get_export", await _by_name(client, _common.export_request, dataset_name, name))


async def create_export(
    client: AuthenticatedClient,
    dataset_name: str,
    name: str,
    *,
    include_images: bool = False,
    class_filter: Sequence[str] | None = None,
    status_filter: str | None = None,
    exist_ok: bool = False,
    wait: bool = False,
    timeout: float | None = _common.DEFAULT_WAIT_TIMEOUT,
    poll_interval: float = 2.0,
    on_status: Callable[[Export], None] | None = None,
) -> Export:
    """Create an export of a dataset; with `wait=True`, also wait until it is completed.

    Safe to retry: the request carries an idempotency key, so a create whose answer was
    lost and is sent again is the same job. A name already taken in the dataset raises
    `ConflictError`; with `exist_ok=True`, the existing export is returned instead when
    it was made with the same settings (`include_images`, `class_filter`).
    """
    request = _common.create_request(dataset_name, name, include_images, class_filter, status_filter)
    known: Export | None = None
    try:
        kwargs = _create.request_kwargs(body=request, idempotency_key=_common.idempotency_key())
        _envelopes.created(await client.get_async_httpx_client().request(**kwargs))
    except ConflictError as conflict:
        if not exist_ok:
            raise
        existing = await get_export(client, request.dataset_name, request.name)
        known = _common.existing_export(existing, request, conflict)
    if not wait:
        return known if known is not None else await get_export(client, request.dataset_name, request.name)
    return await _wait(client, request.dataset_name, request.name, poll_interval, timeout, on_status, None, known)


async def wait_for_export(
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
    return await _wait(client, dataset_name, name, poll_interval, timeout, on_status, cancel, None)


async def _wait(
    client: AuthenticatedClient,
    dataset_name: str,
    name: str,
    poll_interval: float,
    timeout: float | None,
    on_status: Callable[[Export], None] | None,
    cancel: Cancellation | None,
    known: Export | None,
) -> Export:
    first = _common.FirstThen(known)

    async def fetch() -> Export:
        return first.take() or await get_export(client, dataset_name, name)

    return await apoll(
        fetch,
        _common.export_job(dataset_name, name),
        policy=PollPolicy(interval=poll_interval, timeout=timeout),
        clock=clock_of(client),
        on_status=on_status,
        cancel=cancel,
    )


async def download_export(
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

    async def signed() -> DownloadUrl:
        response = await _by_name(client, _common.download_request, dataset_name, name)
        return _envelopes.download_url("get_export_download_url", response)

    first = await signed()

    async def fresh_url() -> str:
        return (await signed()).download_url

    return await adownload(
        client.get_async_httpx_client(),
        first.download_url,
        dest,
        expected_size=first.file_size,
        overwrite=overwrite,
        progress=progress,
        verify=check_zip,
        refresh_url=fresh_url,
        clock=clock_of(client),
    )


async def extract_export(
    path: str | os.PathLike[str],
    target_dir: str | os.PathLike[str],
    *,
    max_total_size: int = DEFAULT_MAX_TOTAL_SIZE,
    overwrite: bool = False,
) -> list[Path]:
    """Extract a downloaded export into `target_dir`, safely: a member that would land
    outside it (absolute path, `..`, link) or more than `max_total_size` bytes in all is
    refused with an error naming the member, before anything is written."""
    return await asyncio.to_thread(extract_zip, path, target_dir, max_total_size=max_total_size, overwrite=overwrite)


async def export(
    client: AuthenticatedClient,
    dataset_name: str,
    name: str,
    dest: str | os.PathLike[str],
    *,
    include_images: bool = False,
    class_filter: Sequence[str] | None = None,
    status_filter: str | None = None,
    exist_ok: bool = False,
    timeout: float | None = _common.DEFAULT_WAIT_TIMEOUT,
    poll_interval: float = 2.0,
    overwrite: bool = False,
    progress: Progress = None,
    on_status: Callable[[Export], None] | None = None,
) -> Path:
    """Create an export, wait for it and download its ZIP to `dest` (`exist_ok`: see `create_export`)."""
    await create_export(
        client,
        dataset_name,
        name,
        include_images=include_images,
        class_filter=class_filter,
        status_filter=status_filter,
        exist_ok=exist_ok,
        wait=True,
        timeout=timeout,
        poll_interval=poll_interval,
        on_status=on_status,
    )
    return await download_export(client, dataset_name, name, dest, overwrite=overwrite, progress=progress)


def iter_exports(
    client: AuthenticatedClient,
    dataset_name: str | None = None,
    status: ExportStatus | str | None = None,
    *,
    page_size: int = _common.DEFAULT_PAGE_SIZE,
) -> AsyncIterator[ExportSummary]:
    """The exports visible to the key, optionally of one dataset and/or in one status.

    Pages are fetched as you go when the server pages the list (`page_size` exports a
    request; servers that do not page answer the whole list at once). Arguments are
    checked by this call, before any request.
    """
    dataset: str | Unset = UNSET if dataset_name is None else _common.name("dataset_name", dataset_name)
    wanted = _common.status_filter(status)
    walk = _common.ListWalk(_common.page_size(page_size))

    async def pages() -> AsyncIterator[ExportSummary]:
        while walk.offset is not None:
            kwargs = _list.request_kwargs(dataset_name=dataset, status=wanted, limit=walk.size, offset=walk.offset)
            page = _envelopes.export_page(await client.get_async_httpx_client().request(**kwargs))
            for summary in walk.take(page):
                yield summary

    return pages()


async def delete_export(client: AuthenticatedClient, dataset_name: str, name: str) -> None:
    """Delete an export and its archive (needs an admin or owner key: `PermissionDeniedError` otherwise).
    Any success status will do; a body, if the server sends one, is not read."""
    await _by_name(client, _common.delete_request, dataset_name, name)
