# Written from aio.py at generation (scripts/sync_twins.py): edit that, not this.
"""The async twins of the Hasty helpers: same names, same behaviour."""

from __future__ import annotations

import os
from collections.abc import Callable, Sequence
from pathlib import Path
from types import ModuleType
from typing import Any
from uuid import UUID

import sync

from . import _common
from ._client import connect
from ._runtime.archive import check_zip
from ._runtime.download import download
from ._runtime.errors import expect
from ._runtime.http import clock_of
from ._runtime.pagination import OffsetIterator, Page
from ._runtime.polling import Cancellation, PollPolicy, poll
from ._runtime.progress import Progress, resolve
from ._runtime.upload import upload
from ._runtime.validate import check_int
from .api.attributes import list_attributes
from .api.automated_labeling import create_automated_labeling_job, get_automated_labeling_job
from .api.datasets import list_datasets
from .api.exports import create_export, get_export
from .api.images import create_image, list_images
from .api.label_classes import list_label_classes
from .api.labels import create_labels_batch, delete_labels_batch, list_image_labels, update_labels_batch
from .api.projects import list_projects
from .api.segments import list_segments
from .api.tag_classes import list_tag_classes
from .api.uploads import get_upload_urls
from .api.videos import list_videos
from .client import AuthenticatedClient
from .models import (
    Attribute,
    AutomatedLabelingJob,
    CreateImageRequest,
    CreateLabelRequest,
    Dataset,
    ExportFormat,
    Image,
    Job,
    Label,
    LabelClass,
    LabelList,
    Project,
    Segment,
    TagClass,
    UpdateLabelRequest,
    UploadUrlList,
    Video,
)

__all__ = [
    "connect",
    "create_image_from_bucket",
    "create_image_from_url",
    "create_labels",
    "delete_labels",
    "download_export",
    "export_project",
    "iter_attributes",
    "iter_datasets",
    "iter_images",
    "iter_items",
    "iter_label_classes",
    "iter_labels",
    "iter_projects",
    "iter_segments",
    "iter_tag_classes",
    "iter_videos",
    "run_automated_labeling",
    "update_labels",
    "upload_image",
    "upload_images",
    "wait_for_automated_labeling",
    "wait_for_export",
]


def iter_items(
    client: AuthenticatedClient,
    operation: ModuleType,
    /,
    *path: Any,
    page_size: int = _common.PAGE_SIZE,
    start_offset: int = 0,
    progress: Progress = None,
    **params: Any,
) -> OffsetIterator[Any]:
    """Every item of any `{meta, items}` list operation, e.g.
    `iter_items(client, hasty_client.api.images.list_images, project_id, image_status=[...])`.
    `position` is the offset of the next item: pass it as `start_offset` to resume."""
    size, start = _common.page_size(page_size), check_int("start_offset", start_offset, minimum=0)

    def fetch(offset: int, limit: int) -> Page[Any]:
        answer = operation.sync(*path, client=client, offset=offset, limit=limit, **params)
        return _common.page_of(answer, operation.__name__)

    return OffsetIterator(fetch, page_size=size, start_offset=start, progress=resolve(progress, "items"))


def iter_projects(
    client: AuthenticatedClient, *, page_size: int = 100, start_offset: int = 0
) -> OffsetIterator[Project]:
    """Every project the key can see."""
    return iter_items(client, list_projects, page_size=page_size, start_offset=start_offset)


def iter_datasets(
    client: AuthenticatedClient, project_id: UUID | str, *, page_size: int = 100, start_offset: int = 0
) -> OffsetIterator[Dataset]:
    """Every dataset of a project."""
    return iter_items(
        client, list_datasets, _common.uuid("project_id", project_id), page_size=page_size, start_offset=start_offset
    )


def iter_images(
    client: AuthenticatedClient,
    project_id: UUID | str,
    *,
    page_size: int = 100,
    start_offset: int = 0,
    progress: Progress = None,
    **filters: Any,
) -> OffsetIterator[Image]:
    """Every image of a project; `filters` are `list_images`' query parameters
    (`dataset_id=[...]`, `image_status=[DefaultStatus.DONE]`, ...)."""
    project = _common.uuid("project_id", project_id)
    return iter_items(
        client, list_images, project, page_size=page_size, start_offset=start_offset, progress=progress, **filters
    )


def iter_labels(
    client: AuthenticatedClient,
    project_id: UUID | str,
    image_id: UUID | str,
    *,
    page_size: int = 100,
    start_offset: int = 0,
) -> OffsetIterator[Label]:
    """Every label of an image."""
    ids = _common.uuid("project_id", project_id), _common.uuid("image_id", image_id)
    return iter_items(client, list_image_labels, *ids, page_size=page_size, start_offset=start_offset)


def iter_label_classes(
    client: AuthenticatedClient, project_id: UUID | str, *, page_size: int = 100
) -> OffsetIterator[LabelClass]:
    """Every label class of a project."""
    return iter_items(client, list_label_classes, _common.uuid("project_id", project_id), page_size=page_size)


def iter_attributes(
    client: AuthenticatedClient, project_id: UUID | str, *, page_size: int = 100
) -> OffsetIterator[Attribute]:
    """Every attribute of a project."""
    return iter_items(client, list_attributes, _common.uuid("project_id", project_id), page_size=page_size)


def iter_tag_classes(
    client: AuthenticatedClient, project_id: UUID | str, *, page_size: int = 100
) -> OffsetIterator[TagClass]:
    """Every tag class of a project."""
    return iter_items(client, list_tag_classes, _common.uuid("project_id", project_id), page_size=page_size)


def iter_videos(client: AuthenticatedClient, project_id: UUID | str, *, page_size: int = 100) -> OffsetIterator[Video]:
    """Every video of a project."""
    return iter_items(client, list_videos, _common.uuid("project_id", project_id), page_size=page_size)


def iter_segments(
    client: AuthenticatedClient, project_id: UUID | str, video_id: UUID | str, *, page_size: int = 100
) -> OffsetIterator[Segment]:
    """Every segment of a video."""
    ids = _common.uuid("project_id", project_id), _common.uuid("video_id", video_id)
    return iter_items(client, list_segments, *ids, page_size=page_size)


def wait_for_export(
    client: AuthenticatedClient,
    project_id: UUID | str,
    export_id: UUID | str,
    *,
    timeout: float | None = _common.DEFAULT_WAIT_TIMEOUT,
    poll_interval: float = 2.0,
    on_status: Callable[[Job], None] | None = None,
    cancel: Cancellation | None = None,
) -> Job:
    """Poll an export job until DONE (raises `JobFailedError` on FAILED); from its ids alone."""
    project, job = _common.uuid("project_id", project_id), _common.uuid("export_id", export_id)
    clock = clock_of(client)

    def status() -> Job:
        return expect(get_export.sync(project, job, client=client), Job, "get_export")

    done: Job = poll(
        status,
        _common.job_spec(job),
        policy=PollPolicy(interval=poll_interval, timeout=timeout),
        clock=clock,
        on_status=on_status,
        cancel=cancel,
    )
    return done


def export_project(
    client: AuthenticatedClient,
    project_id: UUID | str,
    format: ExportFormat | str,
    dest: str | os.PathLike[str],
    *,
    export_name: str | None = None,
    dataset_ids: Sequence[UUID | str] | None = None,
    timeout: float | None = _common.DEFAULT_WAIT_TIMEOUT,
    poll_interval: float = 2.0,
    overwrite: bool = False,
    progress: Progress = None,
    on_status: Callable[[Job], None] | None = None,
) -> Path:
    """Start an export of the project, wait until it is DONE, download the archive to
    `dest` (complete, opened as a ZIP, or not there at all) and return the path."""
    project = _common.uuid("project_id", project_id)
    body = _common.export_request(format, export_name, dataset_ids)
    job = expect(create_export.sync(project, client=client, body=body), Job, "create_export")
    done = wait_for_export(client, project, job.id, timeout=timeout, poll_interval=poll_interval, on_status=on_status)

    def fresh_url() -> str:
        return _common.export_url(wait_for_export(client, project, job.id))

    return download(
        client.get_httpx_client(),
        _common.export_url(done),
        dest,
        overwrite=overwrite,
        progress=progress,
        verify=check_zip,
        refresh_url=fresh_url,
        clock=clock_of(client),
    )


def download_export(
    client: AuthenticatedClient,
    project_id: UUID | str,
    export_id: UUID | str,
    dest: str | os.PathLike[str],
    *,
    overwrite: bool = False,
    progress: Progress = None,
) -> Path:
    """Download a finished export's archive to `dest` from its ids alone (so another
    process can pick up a job `export_project` started); an expired URL is renewed."""
    project, job = _common.uuid("project_id", project_id), _common.uuid("export_id", export_id)
    done = wait_for_export(client, project, job)

    def fresh_url() -> str:
        return _common.export_url(wait_for_export(client, project, job))

    return download(
        client.get_httpx_client(),
        _common.export_url(done),
        dest,
        overwrite=overwrite,
        progress=progress,
        verify=check_zip,
        refresh_url=fresh_url,
        clock=clock_of(client),
    )


def wait_for_automated_labeling(
    client: AuthenticatedClient,
    project_id: UUID | str,
    job_id: UUID | str,
    *,
    timeout: float | None = _common.DEFAULT_WAIT_TIMEOUT,
    poll_interval: float = 5.0,
    on_status: Callable[[AutomatedLabelingJob], None] | None = None,
    cancel: Cancellation | None = None,
) -> AutomatedLabelingJob:
    """Poll an automated labeling job until it is done; `on_status` sees its `progress`."""
    project, job = _common.uuid("project_id", project_id), _common.uuid("job_id", job_id)

    def status() -> AutomatedLabelingJob:
        answer = get_automated_labeling_job.sync(project, job, client=client)
        return expect(answer, AutomatedLabelingJob, "automated labeling")

    done: AutomatedLabelingJob = poll(
        status,
        _common.job_spec(job, _common.labeling_progress),
        policy=PollPolicy(interval=poll_interval, timeout=timeout),
        clock=clock_of(client),
        on_status=on_status,
        cancel=cancel,
    )
    return done


def upload_image(
    client: AuthenticatedClient,
    project_id: UUID | str,
    dataset_id: UUID | str,
    path: str | os.PathLike[str],
    *,
    filename: str | None = None,
    progress: Progress = None,
) -> Image:
    """Upload one image file; see the sync form."""
    names = [filename] if filename else None
    return (upload_images(client, project_id, dataset_id, [path], filenames=names, progress=progress))[0]


def upload_images(
    client: AuthenticatedClient,
    project_id: UUID | str,
    dataset_id: UUID | str,
    paths: Sequence[str | os.PathLike[str]],
    *,
    filenames: Sequence[str] | None = None,
    concurrency: int = 4,
    progress: Progress = None,
) -> list[Image]:
    """Upload many image files, `concurrency` at a time; returns the images in order."""
    project, dataset = _common.uuid("project_id", project_id), _common.uuid("dataset_id", dataset_id)
    files = _common.image_files(paths)
    names = list(filenames) if filenames else [f.name for f in files]
    limit = sync.Semaphore(check_int("concurrency", concurrency, minimum=1, maximum=32))
    callback = resolve(progress, "images", "files")
    http = client.get_httpx_client()
    images: list[Image] = []

    def send(file: Path, url: str) -> None:
        with limit:
            upload(http, url, file, content_type=_common.content_type(file))

    for start in range(0, len(files), _common.UPLOAD_URL_BATCH):
        chunk = files[start : start + _common.UPLOAD_URL_BATCH]
        answer = get_upload_urls.sync(project, client=client, count=len(chunk))
        urls = expect(answer, UploadUrlList, "get_upload_urls")
        sync.gather(*(send(file, slot.url) for file, slot in zip(chunk, urls.items, strict=False)))
        for offset, slot in enumerate(urls.items[: len(chunk)]):
            body = CreateImageRequest(dataset_id=dataset, upload_id=UUID(slot.id), filename=names[start + offset])
            images.append(expect(create_image.sync(project, client=client, body=body), Image, "create_image"))
            if callback is not None:
                callback(len(images), len(files))
    return images


def create_labels(
    client: AuthenticatedClient,
    project_id: UUID | str,
    image_id: UUID | str,
    labels: Sequence[CreateLabelRequest],
) -> list[Label]:
    """Create any number of labels on an image, in batches; see the sync form."""
    project, image = _common.uuid("project_id", project_id), _common.uuid("image_id", image_id)
    created: list[Label] = []
    for batch in _common.label_batches(labels):
        answer = create_labels_batch.sync(project, image, client=client, body=batch)
        created.extend(expect(answer, LabelList, "labels").items)
    return created


def update_labels(
    client: AuthenticatedClient,
    project_id: UUID | str,
    image_id: UUID | str,
    labels: Sequence[UpdateLabelRequest],
) -> list[Label]:
    """Replace labels of an image, in batches; see the sync form."""
    project, image = _common.uuid("project_id", project_id), _common.uuid("image_id", image_id)
    updated: list[Label] = []
    for batch in _common.update_batches(labels):
        answer = update_labels_batch.sync(project, image, client=client, body=batch)
        updated.extend(expect(answer, LabelList, "update_labels_batch").items)
    return updated


def delete_labels(
    client: AuthenticatedClient,
    project_id: UUID | str,
    image_id: UUID | str,
    label_ids: Sequence[UUID | str],
) -> None:
    """Delete labels of an image by id, in batches; see the sync form."""
    project, image = _common.uuid("project_id", project_id), _common.uuid("image_id", image_id)
    for batch in _common.label_refs(label_ids):
        delete_labels_batch.sync_detailed(project, image, client=client, body=batch)


def create_image_from_url(
    client: AuthenticatedClient,
    project_id: UUID | str,
    dataset_id: UUID | str,
    url: str,
    *,
    filename: str | None = None,
    copy_original: bool | None = None,
    external_id: str | None = None,
) -> Image:
    """An image the platform fetches from `url`; see the sync form."""
    project, dataset = _common.uuid("project_id", project_id), _common.uuid("dataset_id", dataset_id)
    body = _common.image_from_url(dataset, url, filename, copy_original, external_id)
    return expect(create_image.sync(project, client=client, body=body), Image, "create_image")


def create_image_from_bucket(
    client: AuthenticatedClient,
    project_id: UUID | str,
    dataset_id: UUID | str,
    bucket_id: UUID | str,
    path: str,
    *,
    filename: str | None = None,
    copy_original: bool | None = None,
    external_id: str | None = None,
) -> Image:
    """An image from the object at `path` of a connected bucket; see the sync form."""
    project, dataset = _common.uuid("project_id", project_id), _common.uuid("dataset_id", dataset_id)
    bucket = _common.uuid("bucket_id", bucket_id)
    body = _common.image_from_bucket(dataset, bucket, path, filename, copy_original, external_id)
    return expect(create_image.sync(project, client=client, body=body), Image, "create_image")


def run_automated_labeling(
    client: AuthenticatedClient,
    project_id: UUID | str,
    experiment_id: UUID | str,
    *,
    dataset_id: UUID | str | None = None,
    confidence_threshold: float | None = None,
    max_detections_per_image: int | None = None,
    num_images: int | None = None,
    masker_threshold: float | None = None,
    timeout: float | None = _common.DEFAULT_WAIT_TIMEOUT,
    poll_interval: float = 5.0,
    on_status: Callable[[AutomatedLabelingJob], None] | None = None,
    cancel: Cancellation | None = None,
) -> AutomatedLabelingJob:
    """Start automated labeling and wait until it is done; see the sync form."""
    project = _common.uuid("project_id", project_id)
    body = _common.labeling_request(
        experiment_id, dataset_id, confidence_threshold, max_detections_per_image, num_images, masker_threshold
    )
    answer = create_automated_labeling_job.sync(project, client=client, body=body)
    job = expect(answer, AutomatedLabelingJob, "create_automated_labeling_job")
    return wait_for_automated_labeling(
        client, project, job.id, timeout=timeout, poll_interval=poll_interval, on_status=on_status, cancel=cancel
    )
