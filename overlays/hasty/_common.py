"""Hasty basics for the helpers and the CLI: the vendor, ids, exports and jobs."""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from typing import Any, TypeVar
from uuid import UUID

from ._runtime.errors import ParameterError, PaymentRequiredError, UnexpectedResponseError
from ._runtime.polling import JobSpec
from ._runtime.validate import check_uuid
from .models import CreateExportRequest, ExportFormat, Job
from .types import UNSET, Unset

T = TypeVar("T")


# Hasty answers 402 when the workspace is out of credits (automated labeling, ranking):
# the same class as `PaymentRequiredError`, under the name a Hasty user looks for.
InsufficientCreditsError = PaymentRequiredError
uuid = check_uuid  # ids are taken as a UUID or its text, checked before any request


def export_request(
    fmt: ExportFormat | str, export_name: str | None, dataset_ids: Sequence[UUID | str] | None
) -> CreateExportRequest:
    known = [f.value for f in ExportFormat]
    if fmt not in known:  # an unknown value (even as an ExportFormat pseudo-member) is not sent
        raise ParameterError("format", f"expected one of {', '.join(known)}, got {fmt!r}")
    return CreateExportRequest(
        format_=ExportFormat(fmt),
        export_name=optional(export_name),
        dataset_id=UNSET if dataset_ids is None else [uuid("dataset_ids", d) for d in dataset_ids],
    )


def job_spec(job_id: UUID, describe: Callable[[Any], str] = lambda s: str(s.status)) -> JobSpec[Any]:
    def failure(status: Any) -> str | None:
        if str(status.status).upper() != "FAILED":
            return None
        extra = getattr(getattr(status, "meta", None), "additional_properties", {})
        return str(extra.get("error") or "the job failed")

    done = ("DONE", "COMPLETED")  # exports say DONE, automated labeling jobs COMPLETED
    return JobSpec(str(job_id), is_done=lambda s: str(s.status).upper() in done, failure=failure, describe=describe)


def labeling_progress(status: Any) -> str:
    progress = status.progress if isinstance(status.progress, float | int) else None
    return f"{status.status}" + (f" {progress:.0%}" if progress is not None else "")


def export_url(job: Job) -> str:
    url = None if isinstance(job.meta, Unset) else job.meta.url
    if not isinstance(url, str) or not url:
        raise UnexpectedResponseError(f"export {job.id} is {job.status} but has no download URL")
    return url


def chunks(items: Sequence[T], size: int) -> Iterator[list[T]]:
    return (list(items[start : start + size]) for start in range(0, len(items), size))


def optional(value: T | None) -> T | Unset:
    return UNSET if value is None else value
