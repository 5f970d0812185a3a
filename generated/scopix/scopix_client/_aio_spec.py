"""The async helpers the spec declares on its operations (`x-walk`, `x-wait`, `x-batch`),
written by scripts/spec_helpers.py at generation: edit the spec, not this."""

from __future__ import annotations

import datetime
from collections.abc import Sequence
from typing import Unpack
from uuid import UUID

from . import models
from ._runtime import filters
from ._runtime.jobs import StatusOperation
from ._runtime.pagination import AsyncOffsetIterator
from ._runtime.polling import WaitOptions
from ._runtime.validate import check_uuid
from ._runtime.walks import OffsetList, WalkOptions
from .api.descriptions import list_descriptions
from .api.exports import get_export
from .client import Client

__all__ = ["iter_descriptions", "wait_for_export"]

_DESCRIPTIONS: OffsetList[models.Description] = OffsetList(
    list_descriptions, items="items", total="total_count", has_more="has_more", unit="descriptions", max_page_size=1000
)
_EXPORT: StatusOperation[models.Export] = StatusOperation(
    get_export, done=("completed",), failed=("failed",), reason="error_message", hint="estimated_completion_time"
)


def iter_descriptions(
    client: Client,
    *,
    start_date: datetime.datetime | None = None,
    end_date: datetime.datetime | None = None,
    min_confidence: float | None = None,
    max_confidence: float | None = None,
    search: Sequence[str] | None = None,
    source_types: Sequence[str] | None = None,
    **options: Unpack[WalkOptions],
) -> AsyncOffsetIterator[models.Description]:
    """Every description of your processing history that matches the filters. Dates must be timezone-aware;
    `search` and `source_types` take one term or several. The walk's `position`, passed as
    `start_offset`, resumes it losing nothing.

    `list_descriptions`, page by page; `options`: those of every walk (`WalkOptions`).

    Filters:
        start_date: Only items created at or after this time (ISO 8601). Inferred: a time without offset is
            taken as UTC.
        end_date: Only items created at or before this time (ISO 8601; inferred, as `start_date`).
        min_confidence: Minimum confidence score (0-1), useful for extraction and rule results; descriptions
            have a null score and so drop out when a bound is given.
        max_confidence: Maximum confidence score (0-1).
        search: Search terms, comma-separated (`landscape,mountain`).
        source_types: Source types, comma-separated (`single,batch`). The page shows `single` and `batch`; `api`
            is inferred. Unknown values match nothing.
    """
    return _DESCRIPTIONS.awalk(
        client,
        query=filters.coerce(
            list_descriptions,
            {
                "start_date": start_date,
                "end_date": end_date,
                "min_confidence": min_confidence,
                "max_confidence": max_confidence,
                "search": search,
                "source_types": source_types,
            },
        ),
        options=options,
    )


async def wait_for_export(
    client: Client,
    export_id: UUID | str | models.Export,
    **wait: Unpack[WaitOptions[models.Export]],
) -> models.Export:
    """Poll until the export is completed (sooner when the server estimates a time); `JobFailedError` if it
    fails. Takes the export's id or the `Export` itself.

    `get_export` until the job is done; `wait`: the options of every wait (`WaitOptions`).
    """
    return await _EXPORT.awatch(
        client,
        check_uuid("export_id", export_id.export_id if isinstance(export_id, models.Export) else export_id),
        wait=wait,
    )
