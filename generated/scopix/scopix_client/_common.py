"""Scopix argument checks, the export job's description for the poller, and the result type."""

from __future__ import annotations

from enum import StrEnum
from pathlib import Path
from typing import Any
from uuid import UUID

import attrs

from ._runtime import filters
from ._runtime.errors import ParameterError, ParameterTypeError
from ._runtime.request_rules import check_body
from ._runtime.validate import check_uuid
from .api.descriptions import list_descriptions
from .models import Export, ExportRequest

MAX_EXPORT_RECORDS = 100_000  # documented: an export's `limit` (the CLI's --limit range)
MAX_PAGE_SIZE = 1000  # documented: "limit" at most 1000 (the walk reads it from the spec)


class ExportStatus(StrEnum):
    """The documented export statuses. `Export.status` is a plain string, so a status
    the vendor adds later still reads; compare with these: `export.status == ExportStatus.COMPLETED`."""

    PENDING = "pending"
    PROCESSING = "processing"
    COMPLETED = "completed"
    FAILED = "failed"


@attrs.frozen
class ExportResult:
    """A finished, downloaded export."""

    path: Path
    format: str
    record_count: int | None
    export_id: UUID


def descriptions_query(**given: Any) -> dict[str, Any]:
    """The filters of `iter_descriptions`, checked as the walk checks them."""
    return filters.coerce(list_descriptions, given)


def check_request(request: object) -> ExportRequest:
    """The export request, checked against the spec's bounds before it is sent."""
    if not isinstance(request, ExportRequest):
        expected = "scopix_client.models.ExportRequest"
        raise ParameterTypeError("request", f"expected {expected}, got {type(request).__name__}")
    check_body("create_export", request, "request")
    return request


def export_id(value: object) -> UUID:
    return value.export_id if isinstance(value, Export) else check_uuid("export_id", value)


def download_url(status: Export) -> str:
    if status.status != ExportStatus.COMPLETED or not status.download_url:
        raise ParameterError("export_id", f"export {status.export_id} is {status.status}, not completed")
    return status.download_url


def result(status: Export, path: Path) -> ExportResult:
    return ExportResult(
        path=path, format=str(status.format_), record_count=status.record_count, export_id=status.export_id
    )
