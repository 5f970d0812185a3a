"""The async helpers the spec declares on its operations (`x-walk`, `x-wait`, `x-batch`),
written by scripts/spec_helpers.py at generation: edit the spec, not this."""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path
from types import ModuleType
from typing import Any, Unpack
from uuid import UUID

from . import models
from ._runtime import filters
from ._runtime.any_list import any_list
from ._runtime.archive import check_zip
from ._runtime.batch_operations import BatchOperation
from ._runtime.files import FileOptions
from ._runtime.jobs import StatusOperation
from ._runtime.pagination import AsyncOffsetIterator
from ._runtime.polling import WaitOptions
from ._runtime.validate import check_uuid
from ._runtime.walks import OffsetList, WalkOptions
from .api.attributes import list_attributes
from .api.automated_labeling import get_automated_labeling_job
from .api.datasets import list_datasets
from .api.exports import get_export
from .api.images import list_images
from .api.label_classes import list_label_classes
from .api.labels import create_labels_batch, delete_labels_batch, list_image_labels, update_labels_batch
from .api.projects import list_projects
from .api.segments import list_segments
from .api.tag_classes import list_tag_classes
from .api.videos import list_videos
from .client import Client
from .models import DefaultStatus, EFUserAction, ErrorType, HealthStatus, VideoStatus

__all__ = [
    "create_labels",
    "delete_labels",
    "download_export",
    "iter_attributes",
    "iter_datasets",
    "iter_images",
    "iter_label_classes",
    "iter_labels",
    "iter_projects",
    "iter_segments",
    "iter_tag_classes",
    "iter_videos",
    "update_labels",
    "wait_for_automated_labeling",
    "wait_for_export",
    "iter_items",
]

_ATTRIBUTES: OffsetList[models.Attribute] = OffsetList(
    list_attributes, items="items", total="meta.total", unit="attributes"
)
_DATASETS: OffsetList[models.Dataset] = OffsetList(list_datasets, items="items", total="meta.total", unit="datasets")
_IMAGES: OffsetList[models.Image] = OffsetList(list_images, items="items", total="meta.total", unit="images")
_LABEL_CLASSES: OffsetList[models.LabelClass] = OffsetList(
    list_label_classes, items="items", total="meta.total", unit="label classes"
)
_LABELS: OffsetList[models.Label] = OffsetList(list_image_labels, items="items", total="meta.total", unit="labels")
_PROJECTS: OffsetList[models.Project] = OffsetList(list_projects, items="items", total="meta.total", unit="projects")
_SEGMENTS: OffsetList[models.Segment] = OffsetList(list_segments, items="items", total="meta.total", unit="segments")
_TAG_CLASSES: OffsetList[models.TagClass] = OffsetList(
    list_tag_classes, items="items", total="meta.total", unit="tag classes"
)
_VIDEOS: OffsetList[models.Video] = OffsetList(list_videos, items="items", total="meta.total", unit="videos")
_AUTOMATED_LABELING: StatusOperation[models.AutomatedLabelingJob] = StatusOperation(
    get_automated_labeling_job,
    done=("DONE", "COMPLETED"),
    failed=("FAILED",),
    reason="meta.error",
    progress="progress",
    poll_interval=5.0,
)
_EXPORT: StatusOperation[models.Job] = StatusOperation(
    get_export, done=("DONE", "COMPLETED"), failed=("FAILED",), reason="meta.error", url="meta.url", verify=check_zip
)
_CREATE_LABELS: BatchOperation[models.CreateLabelRequest] = BatchOperation(
    create_labels_batch, models.CreateLabelRequest, 100, "labels", answer="items"
)
_DELETE_LABELS: BatchOperation[models.LabelRef] = BatchOperation(
    delete_labels_batch, models.LabelRef, 100, "label_ids", wrap="id", check=check_uuid
)
_UPDATE_LABELS: BatchOperation[models.UpdateLabelRequest] = BatchOperation(
    update_labels_batch, models.UpdateLabelRequest, 100, "labels", answer="items"
)


def iter_attributes(
    client: Client,
    project_id: UUID | str,
    **options: Unpack[WalkOptions],
) -> AsyncOffsetIterator[models.Attribute]:
    """Every attribute of a project.

    `list_attributes`, page by page; `options`: those of every walk (`WalkOptions`).
    """
    return _ATTRIBUTES.awalk(client, check_uuid("project_id", project_id), options=options)


def iter_datasets(
    client: Client,
    project_id: UUID | str,
    *,
    name: str | None = None,
    **options: Unpack[WalkOptions],
) -> AsyncOffsetIterator[models.Dataset]:
    """Every dataset of a project.

    `list_datasets`, page by page; `options`: those of every walk (`WalkOptions`).

    Filters:
        name: Filter datasets which contain name (case-insensitive).
    """
    return _DATASETS.awalk(
        client,
        check_uuid("project_id", project_id),
        query=filters.coerce(list_datasets, {"name": name}),
        options=options,
    )


def iter_images(
    client: Client,
    project_id: UUID | str,
    *,
    dataset_id: Sequence[UUID] | None = None,
    image_name: str | None = None,
    image_status: Sequence[DefaultStatus | str] | None = None,
    status_id: Sequence[UUID] | None = None,
    tag_class_id: Sequence[str] | None = None,
    updated_since: int | None = None,
    created_since: int | None = None,
    queue_id: str | None = None,
    batch_id: str | None = None,
    ef_run_ids: Sequence[UUID] | None = None,
    ef_user_action: EFUserAction | str | None = None,
    ef_error_type: ErrorType | str | None = None,
    aldi_session_id: UUID | None = None,
    has_missing_attributes: bool | None = None,
    has_missing_tags: bool | None = None,
    **options: Unpack[WalkOptions],
) -> AsyncOffsetIterator[models.Image]:
    """Every image of a project.

    `list_images`, page by page; `options`: those of every walk (`WalkOptions`).

    Filters:
        dataset_id: ID of the dataset that the label belongs to (comma-separated list).
        image_name: Image name filter.
        image_status: Status of the image (comma-separated list).
        status_id: Status ID of media (comma-separated list).
        tag_class_id: Tag class IDs (one or a comma-separated list: the page says `Array of strings or
            strings`).
        updated_since: Filter for getting images updated since (an integer; inferred: a Unix timestamp in
            seconds).
        created_since: Filter for getting images created since (an integer; inferred: a Unix timestamp in
            seconds).
        queue_id: Queue ID (the page says `string or string`).
        batch_id: Batch ID (the page says `string or string`).
        ef_run_ids: Error finder run IDs (comma-separated list).
        ef_user_action: Error finder user action.
        ef_error_type: Error finder error type.
        aldi_session_id: ALDI session ID.
        has_missing_attributes: Has missing required attributes.
        has_missing_tags: Missing required image tags.
    """
    return _IMAGES.awalk(
        client,
        check_uuid("project_id", project_id),
        query=filters.coerce(
            list_images,
            {
                "dataset_id": dataset_id,
                "image_name": image_name,
                "image_status": image_status,
                "status_id": status_id,
                "tag_class_id": tag_class_id,
                "updated_since": updated_since,
                "created_since": created_since,
                "queue_id": queue_id,
                "batch_id": batch_id,
                "ef_run_ids": ef_run_ids,
                "ef_user_action": ef_user_action,
                "ef_error_type": ef_error_type,
                "aldi_session_id": aldi_session_id,
                "has_missing_attributes": has_missing_attributes,
                "has_missing_tags": has_missing_tags,
            },
        ),
        options=options,
    )


def iter_label_classes(
    client: Client,
    project_id: UUID | str,
    **options: Unpack[WalkOptions],
) -> AsyncOffsetIterator[models.LabelClass]:
    """Every label class of a project.

    `list_label_classes`, page by page; `options`: those of every walk (`WalkOptions`).
    """
    return _LABEL_CLASSES.awalk(client, check_uuid("project_id", project_id), options=options)


def iter_labels(
    client: Client,
    project_id: UUID | str,
    image_id: UUID | str,
    *,
    include_border_mask: bool | None = None,
    include_errors: bool | None = None,
    **options: Unpack[WalkOptions],
) -> AsyncOffsetIterator[models.Label]:
    """Every label of an image.

    `list_image_labels`, page by page; `options`: those of every walk (`WalkOptions`).

    Filters:
        include_border_mask: Whether to calculate the border mask.
        include_errors: Whether to return labels with errors.
    """
    return _LABELS.awalk(
        client,
        check_uuid("project_id", project_id),
        check_uuid("image_id", image_id),
        query=filters.coerce(
            list_image_labels, {"include_border_mask": include_border_mask, "include_errors": include_errors}
        ),
        options=options,
    )


def iter_projects(
    client: Client,
    *,
    name: str | None = None,
    **options: Unpack[WalkOptions],
) -> AsyncOffsetIterator[models.Project]:
    """Every project the key can see.

    `list_projects`, page by page; `options`: those of every walk (`WalkOptions`).

    Filters:
        name: Filter projects which contain name (case-insensitive).
    """
    return _PROJECTS.awalk(client, query=filters.coerce(list_projects, {"name": name}), options=options)


def iter_segments(
    client: Client,
    project_id: UUID | str,
    video_id: UUID | str,
    *,
    activity_type_id: UUID | None = None,
    start_time_ms: int | None = None,
    end_time_ms: int | None = None,
    **options: Unpack[WalkOptions],
) -> AsyncOffsetIterator[models.Segment]:
    """Every segment of a video.

    `list_segments`, page by page; `options`: those of every walk (`WalkOptions`).

    Filters:
        activity_type_id: Activity type ID.
        start_time_ms: Filter by segment start (in milliseconds).
        end_time_ms: Filter by segment end (in milliseconds).
    """
    return _SEGMENTS.awalk(
        client,
        check_uuid("project_id", project_id),
        check_uuid("video_id", video_id),
        query=filters.coerce(
            list_segments,
            {"activity_type_id": activity_type_id, "start_time_ms": start_time_ms, "end_time_ms": end_time_ms},
        ),
        options=options,
    )


def iter_tag_classes(
    client: Client,
    project_id: UUID | str,
    **options: Unpack[WalkOptions],
) -> AsyncOffsetIterator[models.TagClass]:
    """Every tag class of a project.

    `list_tag_classes`, page by page; `options`: those of every walk (`WalkOptions`).
    """
    return _TAG_CLASSES.awalk(client, check_uuid("project_id", project_id), options=options)


def iter_videos(
    client: Client,
    project_id: UUID | str,
    *,
    dataset_id: Sequence[UUID] | None = None,
    video_status: Sequence[VideoStatus | str] | None = None,
    status_id: Sequence[UUID] | None = None,
    video_name: str | None = None,
    health_status: Sequence[HealthStatus | str] | None = None,
    activity: Sequence[UUID] | None = None,
    queue_id: str | None = None,
    batch_id: str | None = None,
    **options: Unpack[WalkOptions],
) -> AsyncOffsetIterator[models.Video]:
    """Every video of a project.

    `list_videos`, page by page; `options`: those of every walk (`WalkOptions`).

    Filters:
        dataset_id: ID of the dataset that the label belongs to (comma-separated list).
        video_status: Status of the video (comma-separated list).
        status_id: Status ID of media (comma-separated list).
        video_name: Video name filter.
        health_status: Health status of the video (comma-separated list).
        activity: Video which has a segment of the given activity (comma-separated list).
        queue_id: Queue ID (the page says `string or string`).
        batch_id: Batch ID (the page says `string or string`).
    """
    return _VIDEOS.awalk(
        client,
        check_uuid("project_id", project_id),
        query=filters.coerce(
            list_videos,
            {
                "dataset_id": dataset_id,
                "video_status": video_status,
                "status_id": status_id,
                "video_name": video_name,
                "health_status": health_status,
                "activity": activity,
                "queue_id": queue_id,
                "batch_id": batch_id,
            },
        ),
        options=options,
    )


async def wait_for_automated_labeling(
    client: Client,
    project_id: UUID | str,
    job_id: UUID | str,
    **wait: Unpack[WaitOptions[models.AutomatedLabelingJob]],
) -> models.AutomatedLabelingJob:
    """Poll an automated labeling job until it is done (looks every 5 s at first), as `wait_for_export`;
    `on_status` sees its `progress`.

    `get_automated_labeling_job` until the job is done; `wait`: the options of every wait
    (`WaitOptions`).
    """
    return await _AUTOMATED_LABELING.awatch(
        client, check_uuid("project_id", project_id), check_uuid("job_id", job_id), wait=wait
    )


async def wait_for_export(
    client: Client,
    project_id: UUID | str,
    export_id: UUID | str,
    **wait: Unpack[WaitOptions[models.Job]],
) -> models.Job:
    """Poll an export job, from its ids alone, until it is DONE; `JobFailedError` if it fails.

    `get_export` until the job is done; `wait`: the options of every wait (`WaitOptions`).
    """
    return await _EXPORT.awatch(
        client, check_uuid("project_id", project_id), check_uuid("export_id", export_id), wait=wait
    )


async def download_export(
    client: Client,
    project_id: UUID | str,
    export_id: UUID | str,
    dest: str | os.PathLike[str],
    **file: Unpack[FileOptions],
) -> Path:
    """Download a finished export's archive to `dest` from its ids alone (so another process can pick up a
    job `export_project` started), opened as a ZIP before it is kept.

    Once `get_export` says the job is done; verified and atomic, an expired URL renewed; `file`: the
    options of every file written (`FileOptions`).
    """
    return await _EXPORT.asave(
        client, check_uuid("project_id", project_id), check_uuid("export_id", export_id), dest=dest, file=file
    )


def iter_items(client: Client, operation: ModuleType, /, *path: Any, **params: Any) -> AsyncOffsetIterator[Any]:
    """Every item of any `{meta, items}` list operation; `params` are the walk options and the
    operation's filters, e.g. `iter_items(client, hasty_client.api.images.list_images, project_id,
    image_status=["DONE"], page_size=500)`."""
    shape = {"items": "items", "total": "meta.total"}
    entry, options, query = any_list(operation, params, **shape)
    return entry.awalk(client, *path, query=query, options=options)


async def create_labels(
    client: Client,
    project_id: UUID | str,
    image_id: UUID | str,
    labels: Sequence[models.CreateLabelRequest],
) -> list[models.Label]:
    """Create any number of labels on an image; returns them as created, in order. Bad geometry (a bbox not
    of 4, a polygon point not of 2, an odd-length RLE mask) is refused before anything is sent.

    Sends `create_labels_batch` 100 at a time, in order, once every item is checked (its type and the
    spec's rules, errors naming it by its position) so that nothing is sent when one is refused.
    """
    return await _CREATE_LABELS.asend(
        client, check_uuid("project_id", project_id), check_uuid("image_id", image_id), items=labels
    )


async def delete_labels(
    client: Client,
    project_id: UUID | str,
    image_id: UUID | str,
    label_ids: Sequence[UUID | str],
) -> None:
    """Delete labels of an image by id.

    Sends `delete_labels_batch` 100 at a time, in order, once every item is checked (its type and the
    spec's rules, errors naming it by its position) so that nothing is sent when one is refused.
    """
    await _DELETE_LABELS.asend(
        client, check_uuid("project_id", project_id), check_uuid("image_id", image_id), items=label_ids
    )


async def update_labels(
    client: Client,
    project_id: UUID | str,
    image_id: UUID | str,
    labels: Sequence[models.UpdateLabelRequest],
) -> list[models.Label]:
    """Replace labels of an image, each named by its `id` (or `label_id`); returns them as updated, in
    order. Checked as `create_labels`, and a label not named is refused.

    Sends `update_labels_batch` 100 at a time, in order, once every item is checked (its type and the
    spec's rules, errors naming it by its position) so that nothing is sent when one is refused.
    """
    return await _UPDATE_LABELS.asend(
        client, check_uuid("project_id", project_id), check_uuid("image_id", image_id), items=labels
    )
