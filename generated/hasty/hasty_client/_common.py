"""Hasty basics for the helpers and the CLI: ids, optional fields, export requests."""

from __future__ import annotations

from collections.abc import Sequence
from typing import TypeVar
from uuid import UUID

from ._runtime.errors import PaymentRequiredError
from ._runtime.validate import check_member, check_uuid
from .models import CreateExportRequest, ExportFormat
from .types import UNSET, Unset

T = TypeVar("T")


# Hasty answers 402 when the workspace is out of credits (automated labeling, ranking):
# the same class as `PaymentRequiredError`, under the name a Hasty user looks for.
InsufficientCreditsError = PaymentRequiredError
uuid = check_uuid  # ids are taken as a UUID or its text, checked before any request


def export_request(
    fmt: ExportFormat | str, export_name: str | None, dataset_ids: Sequence[UUID | str] | None
) -> CreateExportRequest:
    return CreateExportRequest(
        format_=check_member("format", fmt, ExportFormat),
        export_name=optional(export_name),
        dataset_id=UNSET if dataset_ids is None else [uuid("dataset_ids", d) for d in dataset_ids],
    )


def optional(value: T | None) -> T | Unset:
    return UNSET if value is None else value
