# Written from aio.py at generation (scripts/sync_twins.py): edit that, not this.
"""The async twins of the Analytiks helpers: same names, same behaviour."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

import sync

from . import _common
from ._client import connect
from ._common import CameraData, LocationSeries
from ._runtime.errors import AuthenticationError, expect
from ._runtime.pagination import CursorIterator, CursorPage
from ._runtime.progress import Progress, resolve
from ._runtime.progress import finish as finish_progress
from ._runtime.validate import check_int
from .api.exports import export_camera_data_v2, export_camera_data_v3
from .client import AuthenticatedClient
from .helpers import _plan
from .models import ExportV2Response, ExportV3Request, ExportV3Response, Interval

__all__ = ["connect", "fetch_camera_data", "iter_camera_data"]

DEFAULT_CONCURRENCY = 4


def fetch_camera_data(
    client: AuthenticatedClient,
    start: datetime,
    end: datetime,
    *,
    locations: Sequence[int] | None = None,
    brand_id: int | None = None,
    reference_numbers: Sequence[str] | None = None,
    interval: Interval | str = Interval.HOURLY,
    progress: Progress = None,
    concurrency: int = DEFAULT_CONCURRENCY,
) -> CameraData:
    """See the sync form; here the windows and batches run `concurrency` at a time, and
    the result is the same as the sync form's, whatever order the answers come in."""
    plan = _plan(start, end, locations, brand_id, reference_numbers, interval)
    limit = sync.Semaphore(check_int("concurrency", concurrency, minimum=1))
    callback = resolve(progress, "camera data", "requests")
    done = 0

    def run(body: _common.ExportRequest) -> ExportV2Response:
        nonlocal done
        with limit:
            try:
                answer = expect(export_camera_data_v2.sync(client=client, body=body), ExportV2Response, "export v2")
            except AuthenticationError as error:
                refused = _common.all_refused(error.body)
                if refused is None:
                    raise
                answer = refused
        done += 1
        if callback is not None:
            callback(done, len(plan))
        return answer

    answers = sync.gather(*(run(body) for body in plan))
    finish_progress(callback)
    result = CameraData()
    for answer in answers:  # merged in plan order: the same result as the sync form
        result.add(answer)
    return result


def iter_camera_data(
    client: AuthenticatedClient,
    start: datetime,
    end: datetime,
    brand_id: int,
    *,
    interval: Interval | str = Interval.HOURLY,
    cursor: str | None = None,
    progress: Progress = None,
) -> CursorIterator[LocationSeries]:
    """See the sync form (`async for`)."""
    first, last = _common.period(start, end)
    _common.single_window(first, last)
    body = ExportV3Request(
        start_date=_common.api_date(first),
        end_date=_common.api_date(last),
        brand_id=check_int("brand_id", brand_id, minimum=1),
        interval=_common.interval(interval),
    )

    def fetch(position: str | None) -> CursorPage[LocationSeries]:
        body.cursor = position
        page = expect(export_camera_data_v3.sync(client=client, body=body), ExportV3Response, "export v3")
        return CursorPage([_common.to_series(item) for item in page.data], page.cursor)

    return CursorIterator(fetch, cursor=cursor, progress=resolve(progress, "locations"))
