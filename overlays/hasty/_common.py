"""What the sync and async Hasty helpers share."""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any
from uuid import UUID

from ._runtime.errors import ParameterError, ParameterTypeError, UnexpectedResponseError
from ._runtime.http import VendorInfo
from ._runtime.pagination import Page
from ._runtime.polling import JobSpec
from .models import AutomatedLabelingJob, CreateExportRequest, CreateLabelRequest, ExportFormat, Job, ListMeta
from .types import UNSET, Unset

VENDOR = VendorInfo(package="hasty_client", distribution="hasty-client", env_prefix="HASTY")
DEFAULT_BASE_URL = "https://api.hasty.ai"
API_KEY_HEADER = "X-Api-Key"
MAX_PAGE_SIZE = 100
# The page states no batch maximum; the vendor's public client sends at most 100 labels.
LABEL_BATCH = 100
# `count` of the upload-URL operation is 1..50 (spec).
UPLOAD_URL_BATCH = 50
DEFAULT_WAIT_TIMEOUT = 1800.0
DONE, FAILED = "DONE", "FAILED"


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

    return check_int("page_size", value, minimum=1, maximum=MAX_PAGE_SIZE)


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
    for start in range(0, len(checked), LABEL_BATCH):
        yield checked[start : start + LABEL_BATCH]


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
