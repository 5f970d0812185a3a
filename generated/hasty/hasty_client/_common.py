"""What the sync and async Hasty helpers share."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any, TypeVar
from uuid import UUID

from ._runtime.errors import ParameterError, ParameterTypeError, UnexpectedResponseError
from ._runtime.http import VendorInfo
from ._runtime.pagination import Page
from ._runtime.polling import JobSpec
from .models import (
    AutomatedLabelingJob,
    CreateAutomatedLabelingJobRequest,
    CreateExportRequest,
    CreateImageFromBucketRequest,
    CreateImageFromUrlRequest,
    CreateLabelRequest,
    ExportFormat,
    Job,
    LabelRef,
    ListMeta,
    UpdateLabelRequest,
)
from .types import UNSET, Unset

VENDOR = VendorInfo(package="hasty_client", distribution="hasty-client", env_prefix="HASTY")
DEFAULT_BASE_URL = "https://api.hasty.ai"
API_KEY_HEADER = "X-Api-Key"
# What lists are asked for by default (the page's default `limit`). The page states no
# maximum, so larger sizes are sent as asked: a server that clamps answers fewer items,
# and the walk follows the items it gets and `meta.total`, never the size it asked for.
PAGE_SIZE = 100
# The page states no batch maximum; the vendor's public client sends at most 100 labels.
LABEL_BATCH = 100
# `count` of the upload-URL operation is 1..50 (spec).
UPLOAD_URL_BATCH = 50
DEFAULT_WAIT_TIMEOUT = 1800.0
DONE, FAILED = "DONE", "FAILED"
T = TypeVar("T")
LabelT = TypeVar("LabelT", CreateLabelRequest, UpdateLabelRequest)


def page_of(answer: object, operation: str) -> Page[Any]:
    """A runtime `Page` from any generated `{meta, items}` model."""
    meta, items = getattr(answer, "meta", None), getattr(answer, "items", None)
    if not isinstance(items, list) or not isinstance(meta, ListMeta):
        raise UnexpectedResponseError(f"{operation}: expected a {{meta, items}} list, got {type(answer).__name__}")
    total = meta.total if isinstance(meta.total, int) else None
    return Page(items, total)


def uuid(name: str, value: object) -> UUID:
    if isinstance(value, UUID):
        return value
    if isinstance(value, str):
        try:
            return UUID(value)
        except ValueError:
            raise ParameterError(name, f"not an id: {value!r}") from None
    raise ParameterTypeError(name, f"expected a UUID or str, got {type(value).__name__}")


def page_size(value: object) -> int:
    from ._runtime.validate import check_int

    return check_int("page_size", value, minimum=1)


def export_format(value: ExportFormat | str) -> ExportFormat:
    known = [f.value for f in ExportFormat]
    if value in known:  # an unknown value (even as an ExportFormat pseudo-member) is not sent
        return ExportFormat(value)
    raise ParameterError("format", f"expected one of {', '.join(known)}, got {value!r}")


def export_request(
    fmt: ExportFormat | str, export_name: str | None, dataset_ids: Sequence[UUID | str] | None
) -> CreateExportRequest:
    return CreateExportRequest(
        format_=export_format(fmt),
        export_name=UNSET if export_name is None else export_name,
        dataset_id=UNSET if dataset_ids is None else [uuid("dataset_ids", d) for d in dataset_ids],
    )


def job_spec(job_id: UUID, describe: Callable[[Any], str] = lambda s: str(s.status)) -> JobSpec[Any]:
    def failure(status: Any) -> str | None:
        if str(status.status).upper() != FAILED:
            return None
        meta = getattr(status, "meta", None)
        extra = getattr(meta, "additional_properties", {}) if meta is not None else {}
        return str(extra.get("error") or "the job failed")

    return JobSpec(
        job_id=str(job_id),
        is_done=lambda s: str(s.status).upper() in (DONE, "COMPLETED"),
        failure=failure,
        describe=describe,
    )


def labeling_progress(status: AutomatedLabelingJob) -> str:
    progress = status.progress if isinstance(status.progress, float | int) else None
    return f"{status.status}" + (f" {progress:.0%}" if progress is not None else "")


def export_url(job: Job) -> str:
    url = None if isinstance(job.meta, Unset) else job.meta.url
    if not isinstance(url, str) or not url:
        raise UnexpectedResponseError(f"export {job.id} is {job.status} but has no download URL")
    return url


def check_label(index: int, label: CreateLabelRequest) -> CreateLabelRequest:
    """Geometry the API would refuse, refused here with the label's position in the list."""
    where = f"labels[{index}]"
    if not isinstance(label, CreateLabelRequest):
        raise ParameterTypeError(where, f"expected CreateLabelRequest, got {type(label).__name__}")
    return check_geometry(where, label)


def check_update(index: int, label: UpdateLabelRequest) -> UpdateLabelRequest:
    """As `check_label`, and the label must be named (by `id`, or `label_id` as the vendor's code sends)."""
    where = f"labels[{index}]"
    if not isinstance(label, UpdateLabelRequest):
        raise ParameterTypeError(where, f"expected UpdateLabelRequest, got {type(label).__name__}")
    if isinstance(label.id, Unset) and isinstance(label.label_id, Unset):
        raise ParameterError(f"{where}.id", "names no label: set `id` to the label's id")
    return check_geometry(where, label)


def check_geometry(where: str, label: LabelT) -> LabelT:
    if isinstance(label.bbox, list) and len(label.bbox) != 4:
        raise ParameterError(f"{where}.bbox", f"needs 4 numbers [x_min, y_min, x_max, y_max], got {len(label.bbox)}")
    if isinstance(label.polygon, list):
        for n, point in enumerate(label.polygon):
            if len(point) != 2:
                raise ParameterError(f"{where}.polygon[{n}]", f"a point is [x, y], got {len(point)} numbers")
    if isinstance(label.mask, list) and len(label.mask) % 2:
        raise ParameterError(f"{where}.mask", f"an RLE mask has an even length, got {len(label.mask)}")
    return label


def label_batches(labels: Sequence[CreateLabelRequest]) -> Iterator[list[CreateLabelRequest]]:
    checked = [check_label(i, label) for i, label in enumerate(labels)]
    yield from batches(checked)


def update_batches(labels: Sequence[UpdateLabelRequest]) -> Iterator[list[UpdateLabelRequest]]:
    checked = [check_update(i, label) for i, label in enumerate(labels)]
    yield from batches(checked)


def label_refs(label_ids: Sequence[UUID | str]) -> Iterator[list[LabelRef]]:
    """The ids to delete, checked all before the first batch goes out."""
    if isinstance(label_ids, str | UUID):  # a lone id would be iterated character by character
        raise ParameterTypeError("label_ids", "expected a list of ids, got a single id")
    refs = [LabelRef(id=uuid(f"label_ids[{n}]", value)) for n, value in enumerate(label_ids)]
    yield from batches(refs)


def batches(items: list[T]) -> Iterator[list[T]]:
    for start in range(0, len(items), LABEL_BATCH):
        yield items[start : start + LABEL_BATCH]


def optional(value: T | None) -> T | Unset:
    return UNSET if value is None else value


def image_from_url(
    dataset_id: UUID, url: str, filename: str | None, copy_original: bool | None, external_id: str | None
) -> CreateImageFromUrlRequest:
    from ._runtime.validate import check_str

    check_str("url", url)
    return CreateImageFromUrlRequest(
        dataset_id=dataset_id,
        url=url,
        filename=filename or file_name_of(url),
        copy_original=optional(copy_original),
        external_id=optional(external_id),
    )


def image_from_bucket(
    dataset_id: UUID,
    bucket_id: UUID,
    path: str,
    filename: str | None,
    copy_original: bool | None,
    external_id: str | None,
) -> CreateImageFromBucketRequest:
    from ._runtime.validate import check_str

    check_str("path", path)
    return CreateImageFromBucketRequest(
        dataset_id=dataset_id,
        bucket_id=bucket_id,
        url=path,
        filename=filename or file_name_of(path),
        copy_original=optional(copy_original),
        external_id=optional(external_id),
    )


def file_name_of(location: str) -> str:
    """The last path segment of a URL or bucket path, without its query: the image's default name."""
    name = location.split("?", 1)[0].split("#", 1)[0].rstrip("/").rsplit("/", 1)[-1]
    if not name:
        raise ParameterError("filename", f"cannot name the image after {location!r}: pass filename=")
    return name


def labeling_request(
    experiment_id: UUID | str,
    dataset_id: UUID | str | None,
    confidence_threshold: float | None,
    max_detections_per_image: int | None,
    num_images: int | None,
    masker_threshold: float | None,
) -> CreateAutomatedLabelingJobRequest:
    """The job's settings; those not given are left to the server's defaults."""
    return CreateAutomatedLabelingJobRequest(
        experiment_id=uuid("experiment_id", experiment_id),
        dataset_id=UNSET if dataset_id is None else str(uuid("dataset_id", dataset_id)),
        confidence_threshold=optional(confidence_threshold),
        max_detections_per_image=optional(max_detections_per_image),
        num_images=optional(num_images),
        masker_threshold=optional(masker_threshold),
    )


def image_files(paths: Sequence[str | os.PathLike[str]]) -> list[Path]:
    files = [Path(p) for p in paths]
    for file in files:
        if not file.is_file():
            raise ParameterError("paths", f"{file} is not a file")
    return files


def content_type(path: Path) -> str:
    return {".png": "image/png", ".jpg": "image/jpeg", ".jpeg": "image/jpeg"}.get(
        path.suffix.lower(), "application/octet-stream"
    )
