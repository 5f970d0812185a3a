"""The Pictograph helpers: `pictograph_client.helpers` has them sync,
`pictograph_client.aio` async, with the same names and behaviour.

Every server generation is read the same way (see `specs/pictograph.yaml`): the
generated operations try the page's path form and, on its 404, the current servers'
(`x-moved-to`), and read answers bare or in either envelope (`x-envelope`);
`wait_for_export`, `download_export` and `iter_exports` are the spec's (`x-wait`,
`x-walk`)."""

# The one source of both forms: generation writes helpers.py from this file.

from __future__ import annotations

import os
import uuid
from collections.abc import Sequence
from pathlib import Path
from typing import Unpack

from . import _aio_spec, _common
from ._aio_spec import *  # noqa: F403 - the spec's helpers, listed in its __all__
from ._client import connect
from ._runtime.archive import DEFAULT_MAX_TOTAL_SIZE, UnsafeArchiveError, aextract_zip
from ._runtime.errors import ConflictError
from ._runtime.files import ExportOptions, export_options
from ._runtime.polling import WaitOptions, waiting
from .api.exports import create_export as _create
from .api.exports import delete_export as _delete
from .api.exports import get_export as _get
from .client import Client
from .models import Export, ExportStatus

__all__ = [
    "ExportStatus",
    "UnsafeArchiveError",
    "connect",
    "create_export",
    "delete_export",
    "export",
    "extract_export",
    "get_export",
]

__all__ += _aio_spec.__all__  # download_export, iter_exports, wait_for_export: the spec's x-wait and x-walk


async def get_export(client: Client, dataset_name: str, name: str) -> Export:
    """An export's status and details. Names may hold any character (spaces, `/`, `#`, ...)."""
    return await _get.asyncio(*_common.names(dataset_name, name), client=client)


async def create_export(
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
        await _create.asyncio(client=client, body=request, idempotency_key=str(uuid.uuid4()))
    except ConflictError as conflict:
        if not exist_ok:
            raise
        existing = await get_export(client, request.dataset_name, request.name)
        known = _common.existing_export(existing, request, conflict)
    if not wait:
        return known if known is not None else await get_export(client, request.dataset_name, request.name)
    # A status already in hand is the first one polled: no second read without the poll gap.
    path = (request.dataset_name, request.name)
    return await _aio_spec._EXPORT.awatch(client, *path, wait=wait_options, known=known)


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
    return await aextract_zip(path, target_dir, max_total_size=max_total_size, overwrite=overwrite)


async def export(
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
    await create_export(
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
    return await _aio_spec.download_export(client, dataset_name, name, dest, **file)


async def delete_export(client: Client, dataset_name: str, name: str) -> None:
    """Delete an export and its archive (needs an admin or owner key: `PermissionDeniedError` otherwise).
    Any success status will do; a body, if the server sends one, is not read."""
    await _delete.asyncio_detailed(*_common.names(dataset_name, name), client=client)
