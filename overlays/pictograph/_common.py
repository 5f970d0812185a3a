"""Pictograph argument checks and request shapes, for the helpers and the CLI."""

from __future__ import annotations

from collections.abc import Sequence

from ._runtime.errors import ConflictError, ParameterError
from ._runtime.segments import segment
from ._runtime.validate import check_optional_str, check_str
from .models import CreateExportRequest, Export
from .types import UNSET, Unset


def names(dataset_name: str, export_name: str) -> tuple[str, str]:
    """An export's address, checked: its dataset's name and its own."""
    return name("dataset_name", dataset_name), name("name", export_name)


def name(parameter: str, value: object) -> str:
    """A dataset or export name. Any character goes (it is percent-encoded), except
    the two names a URL path cannot carry as a segment."""
    text = check_str(parameter, value)
    segment(parameter, text)  # refuses `.` and `..`
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
