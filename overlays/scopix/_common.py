"""Scopix argument checks, the export job's description for the poller, and the result type."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from enum import StrEnum
from pathlib import Path
from typing import Any
from uuid import UUID

import attrs

from ._runtime.clock import Clock
from ._runtime.errors import ParameterError, ParameterTypeError
from ._runtime.polling import JobSpec
from ._runtime.validate import check_aware_datetime, check_int, check_number, check_str, check_uuid
from .models import Export, ExportRequest
from .types import Unset

MAX_PAGE_SIZE = 1000  # documented: "limit" at most 1000
MAX_EXPORT_RECORDS = 100_000


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


def aware_datetime(name: str, value: object) -> datetime | None:
    return None if value is None else check_aware_datetime(name, value)


def confidence(name: str, value: object) -> float | None:
    return None if value is None else check_number(name, value, minimum=0, maximum=1)


def terms(name: str, value: str | Sequence[str] | None) -> list[str] | None:
    """A list for a comma-separated parameter; a comma inside a term would split it."""
    if value is None:
        return None
    items = [value] if isinstance(value, str) else list(value)
    for item in items:
        if check_str(name, item) and "," in item:
            raise ParameterError(name, f"{item!r}: terms are sent comma-separated, so none may contain a comma")
    return items


def descriptions_query(
    *,
    start_date: datetime | None,
    end_date: datetime | None,
    min_confidence: float | None,
    max_confidence: float | None,
    search: str | Sequence[str] | None,
    source_types: str | Sequence[str] | None,
) -> dict[str, Any]:
    query = {
        "start_date": aware_datetime("start_date", start_date),
        "end_date": aware_datetime("end_date", end_date),
        "min_confidence": confidence("min_confidence", min_confidence),
        "max_confidence": confidence("max_confidence", max_confidence),
        "search": terms("search", search),
        "source_types": terms("source_types", source_types),
    }
    _ordered("start_date", query["start_date"], "end_date", query["end_date"])
    _ordered("min_confidence", query["min_confidence"], "max_confidence", query["max_confidence"])
    return {k: v for k, v in query.items() if v is not None}


def _ordered(low_name: str, low: Any, high_name: str, high: Any) -> None:
    if low is not None and high is not None and low > high:
        raise ParameterError(high_name, f"{high} is below {low_name} {low}")


def check_request(request: object) -> ExportRequest:
    """The documented bounds of an export request, checked before it is sent."""
    if not isinstance(request, ExportRequest):
        expected = "scopix_client.models.ExportRequest"
        raise ParameterTypeError("request", f"expected {expected}, got {type(request).__name__}")
    if not isinstance(request.limit, Unset):
        check_int("request.limit", request.limit, minimum=1, maximum=MAX_EXPORT_RECORDS)
    for name in ("min_confidence", "max_confidence"):
        value = getattr(request, name)
        if not isinstance(value, Unset):
            confidence(f"request.{name}", value)
    for name in ("start_date", "end_date"):
        value = getattr(request, name)
        if not isinstance(value, Unset):
            aware_datetime(f"request.{name}", value)
    return request


def export_id(value: object) -> UUID:
    return value.export_id if isinstance(value, Export) else check_uuid("export_id", value)


def export_job(job_id: UUID, clock: Clock) -> JobSpec[Export]:
    def hint(status: Export) -> float | None:
        eta = status.estimated_completion_time
        return None if eta is None else (eta - clock.now()).total_seconds()

    return JobSpec(
        job_id=str(job_id),
        is_done=lambda s: s.status == ExportStatus.COMPLETED,
        failure=lambda s: (s.error_message or "no reason given") if s.status == ExportStatus.FAILED else None,
        hint=hint,
        describe=lambda s: s.status,
    )


def download_url(status: Export) -> str:
    if status.status != ExportStatus.COMPLETED or not status.download_url:
        raise ParameterError("export_id", f"export {status.export_id} is {status.status}, not completed")
    return status.download_url


def result(status: Export, path: Path) -> ExportResult:
    return ExportResult(
        path=path, format=str(status.format_), record_count=status.record_count, export_id=status.export_id
    )
