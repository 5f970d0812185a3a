# Written from aio.py at generation (scripts/sync_twins.py): edit that, not this.
"""The Pictograph helpers: `pictograph_client.helpers` has them sync,
`pictograph_client.aio` async, with the same names and behaviour."""

# The one source of both forms: generation writes helpers.py from this file.

from __future__ import annotations

import os
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Any, Unpack

import httpx

from . import _common, _envelopes, _paths
from ._client import connect
from ._runtime.archive import DEFAULT_MAX_TOTAL_SIZE, UnsafeArchiveError, check_zip, extract_zip
from ._runtime.download import download
from ._runtime.errors import ConflictError, NotFoundError
from ._runtime.files import ExportOptions, FileOptions, export_options, file_options
from ._runtime.pagination import OffsetIterator
from ._runtime.polling import WaitOptions, poll, waiting
from ._runtime.walks import OffsetList, WalkOptions
from .api.exports import create_export as _create
from .api.exports import list_exports
from .client import Client
from .models import Export, ExportListEnvelope, ExportStatus, ExportSummary

__all__ = [
    "ExportStatus",
    "UnsafeArchiveError",
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

# Every server generation's answer is read into the current servers' envelope.
EXPORTS: OffsetList[ExportSummary] = OffsetList(
    list_exports,
    items="data",
    total="pagination.total",
    has_more="pagination.has_more",
    unit="exports",
    max_page_size=_common.MAX_PAGE_SIZE,
)


def _by_name(client: Client, operation: _paths.ByName, dataset_name: str, name: str) -> httpx.Response:
    """One request about one export, in the path form this client's server speaks: the
    page's first; on its 404, the current servers' form, remembered once it answers."""
    dataset, export_name = _common.name("dataset_name", dataset_name), _common.name("name", name)
    missing: NotFoundError | None = None
    for form in _paths.forms(client):
        try:
            response = client.get_httpx_client().request(**operation[form](dataset, export_name))
        except NotFoundError as error:
            missing = missing or error
            continue
        _paths.learn(client, form)
        return response
    assert missing is not None  # every form was tried and each answered 404
    raise missing


def get_export(client: Client, dataset_name: str, name: str) -> Export:
    """An export's status and details. Names may hold any character (spaces, `/`, `#`, ...)."""
    return _envelopes.export(_by_name(client, _paths.GET, dataset_name, name))


def create_export(
    client: Client,
    dataset_name: str,
    name: str,
    *,
    include_images: bool = False,
    class_filter: Sequence[str] | None = None,
    status_filter: str | None = None,
    exist_ok: bool = False,
    wait: bool = False,
    **wait_options: Unpack[WaitOptions[Export]],
) -> Export:
    """Create an export of a dataset; with `wait=True`, also wait until it is completed
    (`wait_options`: the options of every wait, `WaitOptions`).

    Safe to retry: the request carries an idempotency key, so a create whose answer was
    lost and is sent again is the same job. A name already taken in the dataset raises
    `ConflictError`; with `exist_ok=True`, the existing export is returned instead when
    it was made with the same settings (`include_images`, `class_filter`).
    """
    request = _common.create_request(dataset_name, name, include_images, class_filter, status_filter)
    waiting(wait_options)  # checked before the export is created
    known: Export | None = None
    try:
        # One key per create call, sent again by every retry of it: the API can tell a
        # retry from a second create.
        _create.sync(client=client, body=request, idempotency_key=str(uuid.uuid4()))
    except ConflictError as conflict:
        if not exist_ok:
            raise
        existing = get_export(client, request.dataset_name, request.name)
        known = _common.existing_export(existing, request, conflict)
    if not wait:
        return known if known is not None else get_export(client, request.dataset_name, request.name)
    return _wait(client, request.dataset_name, request.name, wait_options, known)


def wait_for_export(
    client: Client,
    dataset_name: str,
    name: str,
    **wait: Unpack[WaitOptions[Export]],
) -> Export:
    """Poll until the export is completed and return it (from its names alone, so any
    process can wait). Raises `JobFailedError` with the vendor's `error_message`, or
    `JobTimeoutError` after `timeout` seconds (the export goes on: wait again). `wait`:
    the options of every wait (`WaitOptions`)."""
    return _wait(client, dataset_name, name, wait, None)


def _wait(
    client: Client,
    dataset_name: str,
    name: str,
    wait: WaitOptions[Export],
    known: Export | None,
) -> Export:
    # A status already in hand is the first one polled: a wait that starts from it does
    # not read the status again without the poll gap.
    first = [known] if known is not None else []

    def fetch() -> Export:
        return first.pop() if first else get_export(client, dataset_name, name)

    job = _common.EXPORT_STATUS.job(f"{dataset_name}/{name}", client.clock)
    return poll(fetch, job, clock=client.clock, **waiting(wait))


def download_export(
    client: Client,
    dataset_name: str,
    name: str,
    dest: str | os.PathLike[str],
    **file: Unpack[FileOptions],
) -> Path:
    """Download a completed export's ZIP to `dest` and return the path.

    The file is streamed from the signed URL without credentials, checked against the
    `file_size` the API reports, and opened as a ZIP before it is put in place; an
    expired URL is exchanged for a fresh one and the download carries on.
    """

    def signed_url() -> str:
        return _envelopes.download_url(_by_name(client, _paths.DOWNLOAD_URL, dataset_name, name)).download_url

    first = _envelopes.download_url(_by_name(client, _paths.DOWNLOAD_URL, dataset_name, name))
    return download(
        client.get_httpx_client(),
        first.download_url,
        dest,
        expected_size=first.file_size,
        verify=check_zip,
        refresh_url=signed_url,
        clock=client.clock,
        **file_options(file),
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
    client: Client,
    dataset_name: str,
    name: str,
    dest: str | os.PathLike[str],
    *,
    include_images: bool = False,
    class_filter: Sequence[str] | None = None,
    status_filter: str | None = None,
    exist_ok: bool = False,
    **options: Unpack[ExportOptions[Export]],
) -> Path:
    """Create an export, wait for it and download its ZIP to `dest` (`exist_ok`: see
    `create_export`; `options`: those of every export, `ExportOptions`)."""
    file, wait = export_options(options)
    create_export(
        client,
        dataset_name,
        name,
        include_images=include_images,
        class_filter=class_filter,
        status_filter=status_filter,
        exist_ok=exist_ok,
        wait=True,
        **wait,
    )
    return download_export(client, dataset_name, name, dest, **file)


def iter_exports(
    client: Client,
    dataset_name: str | None = None,
    status: ExportStatus | str | None = None,
    **options: Unpack[WalkOptions],
) -> OffsetIterator[ExportSummary]:
    """The exports visible to the key, optionally of one dataset and/or in one status.

    Pages of `page_size` (100, at most 1000) are fetched as you iterate when the server
    pages the list (servers that do not page answer the whole list at once); `options`
    are those of every walk (`WalkOptions`). Arguments are checked by this call, before
    any request.
    """
    seen: set[str] = set()

    def fetch(**arguments: Any) -> ExportListEnvelope:
        response = client.get_httpx_client().request(**list_exports.request_kwargs(**arguments))
        return _envelopes.export_page(response, seen)

    query = _common.list_query(dataset_name, status)
    return EXPORTS.walk(client, query=query, options=options, fetch=fetch)


def delete_export(client: Client, dataset_name: str, name: str) -> None:
    """Delete an export and its archive (needs an admin or owner key: `PermissionDeniedError` otherwise).
    Any success status will do; a body, if the server sends one, is not read."""
    _by_name(client, _paths.DELETE, dataset_name, name)
