"""The Hasty helpers: `hasty_client.helpers` has them sync, `hasty_client.aio` async,
with the same names and behaviour. Every `iter_*` takes the options of every walk
(`WalkOptions`); its `position` is the offset of the next item: pass it as
`start_offset` to resume, losing nothing."""

# The one source of both forms: generation writes helpers.py from this file.

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from typing import Unpack
from uuid import UUID

from . import _aio_spec, _common, _images, models
from ._aio_spec import *  # noqa: F403 - the spec's helpers, listed in its __all__
from ._client import connect
from ._common import InsufficientCreditsError
from ._images import ImageOptions
from ._runtime.batching import chunks
from ._runtime.concurrency import amap_limited
from ._runtime.files import ExportOptions, export_options
from ._runtime.polling import WaitOptions, waiting
from ._runtime.progress import Progress, finish, resolve
from ._runtime.upload import aupload
from ._runtime.validate import check_int
from .api.automated_labeling import create_automated_labeling_job
from .api.exports import create_export
from .api.images import create_image
from .api.uploads import get_upload_urls
from .client import Client

__all__ = [
    "ImageOptions",
    "InsufficientCreditsError",
    "connect",
    "create_image_from_bucket",
    "create_image_from_url",
    "export_project",
    "run_automated_labeling",
    "upload_image",
    "upload_images",
]

__all__ += _aio_spec.__all__  # iter_images, wait_for_export, create_labels, ...: the spec's helpers

Id = UUID | str  # every id is taken as a UUID or its string, and checked before any request


async def export_project(
    client: Client,
    project_id: Id,
    format: models.ExportFormat | str,
    dest: str | os.PathLike[str],
    *,
    export_name: str | None = None,
    dataset_ids: Sequence[Id] | None = None,
    **options: Unpack[ExportOptions[models.Job]],
) -> Path:
    """Export the project (all of it, or `dataset_ids`), wait until the job is DONE and
    download the archive to `dest` (complete and opened as a ZIP, or not there at all);
    `options`: those of every export (`ExportOptions`: its file's and its wait's)."""
    project = _common.uuid("project_id", project_id)
    body = _common.export_request(format, export_name, dataset_ids)
    file, wait = export_options(options)
    waiting(wait)  # checked before the export is created
    job = await create_export.asyncio(project, client=client, body=body)
    await _aio_spec.wait_for_export(client, project, job.id, **wait)
    return await _aio_spec.download_export(client, project, job.id, dest, **file)


async def run_automated_labeling(
    client: Client,
    project_id: Id,
    experiment_id: Id,
    *,
    dataset_id: Id | None = None,
    confidence_threshold: float | None = None,
    max_detections_per_image: int | None = None,
    num_images: int | None = None,
    masker_threshold: float | None = None,
    **wait: Unpack[WaitOptions[models.AutomatedLabelingJob]],
) -> models.AutomatedLabelingJob:
    """Start automated labeling with an experiment's model and wait until it is done
    (settings not given are the server's defaults; `wait`: as
    `wait_for_automated_labeling`). Raises `InsufficientCreditsError` when the workspace
    is out of credits, and as `wait_for_export`."""
    project = _common.uuid("project_id", project_id)
    body = models.CreateAutomatedLabelingJobRequest(
        experiment_id=_common.uuid("experiment_id", experiment_id),
        dataset_id=_common.optional(None if dataset_id is None else str(_common.uuid("dataset_id", dataset_id))),
        confidence_threshold=_common.optional(confidence_threshold),
        max_detections_per_image=_common.optional(max_detections_per_image),
        num_images=_common.optional(num_images),
        masker_threshold=_common.optional(masker_threshold),
    )
    waiting(wait)  # checked before the job is started
    job = await create_automated_labeling_job.asyncio(project, client=client, body=body)
    return await _aio_spec.wait_for_automated_labeling(client, project, job.id, **wait)


async def upload_image(
    client: Client,
    project_id: Id,
    dataset_id: Id,
    path: str | os.PathLike[str],
    *,
    filename: str | None = None,
    progress: Progress = None,
) -> models.Image:
    """Upload one image file, as `upload_images`."""
    names = [filename] if filename else None
    return (await upload_images(client, project_id, dataset_id, [path], filenames=names, progress=progress))[0]


async def upload_images(
    client: Client,
    project_id: Id,
    dataset_id: Id,
    paths: Sequence[str | os.PathLike[str]],
    *,
    filenames: Sequence[str] | None = None,
    concurrency: int = 4,
    progress: Progress = None,
) -> list[models.Image]:
    """Upload image files, `concurrency` at a time: each is PUT to a signed URL (without
    the API key), then created in the dataset. Returns the images in order."""
    project, dataset = _common.uuid("project_id", project_id), _common.uuid("dataset_id", dataset_id)
    files = _images.image_files(paths, filenames)
    workers = check_int("concurrency", concurrency, minimum=1, maximum=32)
    callback = resolve(progress, "images", "files")
    http = client.get_async_httpx_client()
    images: list[models.Image] = []

    async def send(slot: _images.Slot) -> None:
        await aupload(http, slot.url, slot.file, content_type=_images.content_type(slot.file))

    for chunk in chunks(files, _images.UPLOAD_URL_BATCH):
        slots = _images.upload_slots(chunk, await get_upload_urls.asyncio(project, client=client, count=len(chunk)))
        await amap_limited(send, slots, workers)
        for slot in slots:  # created in order, once every file of the chunk is stored
            body = models.CreateImageRequest(dataset_id=dataset, upload_id=slot.upload_id, filename=slot.name)
            images.append(await create_image.asyncio(project, client=client, body=body))
            if callback is not None:
                callback(len(images), len(files))
    finish(callback)
    return images


async def create_image_from_url(
    client: Client, project_id: Id, dataset_id: Id, url: str, **image: Unpack[ImageOptions]
) -> models.Image:
    """An image the platform fetches from `url`; `image`: its name and the rest
    (`ImageOptions`)."""
    project, dataset = _common.uuid("project_id", project_id), _common.uuid("dataset_id", dataset_id)
    fields = _images.image_fields("url", url, image)
    body = models.CreateImageFromUrlRequest(dataset_id=dataset, url=url, **fields)
    return await create_image.asyncio(project, client=client, body=body)


async def create_image_from_bucket(
    client: Client, project_id: Id, dataset_id: Id, bucket_id: Id, path: str, **image: Unpack[ImageOptions]
) -> models.Image:
    """An image from the object at `path` of a bucket connected to the workspace
    (`bucket_id`: the credentials' `credential_id`); `image`: as `create_image_from_url`."""
    project, dataset = _common.uuid("project_id", project_id), _common.uuid("dataset_id", dataset_id)
    fields = _images.image_fields("path", path, image)
    bucket = _common.uuid("bucket_id", bucket_id)
    body = models.CreateImageFromBucketRequest(dataset_id=dataset, bucket_id=bucket, url=path, **fields)
    return await create_image.asyncio(project, client=client, body=body)
