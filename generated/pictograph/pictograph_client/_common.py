"""What the sync and async Pictograph helpers share."""

from __future__ import annotations

import uuid
from collections.abc import Sequence

from ._runtime.errors import ConflictError, ParameterError
from ._runtime.http import VendorInfo
from ._runtime.polling import JobSpec
from ._runtime.validate import check_optional_str, check_str
from .models import CreateExportRequest, Export, ExportStatus
from .types import UNSET, Unset

VENDOR = VendorInfo(package="pictograph_client", distribution="pictograph-client", env_prefix="PICTOGRAPH")
DEFAULT_BASE_URL = "https://api.pictograph.io"
API_KEY_HEADER = "X-API-Key"
# The vendor's own SDK waits 300 s by default; exports of large datasets take longer.
DEFAULT_WAIT_TIMEOUT = 1800.0


def name(parameter: str, value: object) -> str:
    """A dataset or export name. Any character goes (it is percent-encoded), except
    the two names a URL path cannot carry as a segment."""
    text = check_str(parameter, value)
    if text in (".", ".."):
        raise ParameterError(parameter, f"{text!r} cannot be addressed: URL paths resolve it as a dot segment")
    return text


def create_request(
    dataset_name: str,
    export_name: str,
    include_images: bool,
    class_filter: Sequence[str] | None,
    status_filter: str | None,
) -> CreateExportRequest:
    if not isinstance(include_images, bool):
        raise ParameterError("include_images", f"expected a bool, got {type(include_images).__name__}")
    classes: list[str] | Unset = UNSET
    if class_filter is not None:
        if isinstance(class_filter, str):
            raise ParameterError("class_filter", "expected a list of class names, got a single string")
        classes = [check_str("class_filter", c) for c in class_filter]
    status = check_optional_str("status_filter", status_filter)
    return CreateExportRequest(
        dataset_name=name("dataset_name", dataset_name),
        name=name("name", export_name),
        include_images=include_images,
        class_filter=classes,
        status_filter=UNSET if status is None else status,
    )


def idempotency_key() -> str:
    # One key per create call, sent again by every retry of it: the API can tell a
    # retry from a second create.
    return str(uuid.uuid4())


def same_job(existing: Export, request: CreateExportRequest, conflict: ConflictError) -> Export:
    """A create answered 409: the export exists. It is ours (a retried create whose first
    answer was lost) when it was asked for with the same settings; otherwise the name
    is taken by another export, and that is the caller's conflict."""
    wanted = [] if isinstance(request.class_filter, Unset) else sorted(request.class_filter)
    found = [] if isinstance(existing.class_filter, Unset) or existing.class_filter is None else existing.class_filter
    if existing.include_images == request.include_images and sorted(found) == wanted:
        return existing
    raise conflict


def export_job(dataset_name: str, export_name: str) -> JobSpec[Export]:
    return JobSpec(
        job_id=f"{dataset_name}/{export_name}",
        is_done=lambda s: s.status == ExportStatus.COMPLETED,
        failure=lambda s: (
            (s.error_message if isinstance(s.error_message, str) else None) or "no reason given"
            if s.status == ExportStatus.FAILED
            else None
        ),
        describe=lambda s: str(s.status),
    )


def status_filter(value: ExportStatus | str | None) -> ExportStatus | Unset:
    if value is None:
        return UNSET
    known = [s.value for s in ExportStatus]
    if value not in known:  # ExportStatus() itself accepts new vendor values: not what a filter wants
        raise ParameterError("status", f"expected one of {', '.join(known)}, got {value!r}")
    return ExportStatus(value)
