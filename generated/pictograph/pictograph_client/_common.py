"""Pictograph argument checks and request shapes, for the helpers and the CLI."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from ._runtime.errors import ConflictError, ParameterError
from ._runtime.jobs import StatusOperation
from ._runtime.validate import check_member, check_optional_str, check_str
from .api.exports import get_export
from .models import CreateExportRequest, Export, ExportStatus
from .types import UNSET, Unset

# The vendor's own SDK waits 300 s by default; exports of large datasets take longer.
# The current servers cap a page of `list_exports` at 1000.
MAX_PAGE_SIZE = 1000
# How an export's status reads (`_runtime/jobs.py`); it is fetched by name (`_paths.py`).
EXPORT_STATUS: StatusOperation[Export] = StatusOperation(
    get_export, done=("completed",), failed=("failed",), reason="error_message"
)


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


def existing_export(existing: Export, request: CreateExportRequest, conflict: ConflictError) -> Export:
    """A create answered 409 and the caller said `exist_ok=True`: the export of that name
    is theirs to reuse when it was asked for with the same settings. Another export
    under the name is still the caller's conflict.

    (A create retried after a lost answer never gets here: its idempotency key makes
    the server answer the first create again.)"""
    wanted = [] if isinstance(request.class_filter, Unset) else sorted(request.class_filter)
    found = existing.class_filter if isinstance(existing.class_filter, list) else []
    images = existing.include_images if isinstance(existing.include_images, bool) else False
    if images == request.include_images and sorted(found) == wanted:
        return existing
    raise conflict


def list_query(dataset_name: str | None, status: ExportStatus | str | None) -> dict[str, Any]:
    """The filters of `list_exports`, checked; those not given are left out."""
    query: dict[str, Any] = {}
    if dataset_name is not None:
        query["dataset_name"] = name("dataset_name", dataset_name)
    if status is not None:
        query["status"] = check_member("status", status, ExportStatus)
    return query
