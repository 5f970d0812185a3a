"""The Analytiks helpers (sync). Their async twins, same names, are in `analytiks_client.aio`."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from . import _common
from ._common import CameraData, LocationSeries
from ._runtime.errors import AuthenticationError, expect
from ._runtime.pagination import CursorIterator, CursorPage
from ._runtime.progress import Progress, resolve
from ._runtime.progress import finish as finish_progress
from ._runtime.validate import check_int
from .api.exports import export_camera_data_v2, export_camera_data_v3
from .client import AuthenticatedClient
from .models import ExportV2Response, ExportV3Request, ExportV3Response, Interval

__all__ = ["fetch_camera_data", "iter_camera_data"]


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
) -> CameraData:
    """Camera data for any range and any number of locations, merged per location.

    The range is split into windows of at most 5 days and the locations (or a brand's
    reference numbers) into batches of at most 50, as the API requires; each piece goes
    to the v2 export, so locations the credentials may not read come back in
    `failed_locations` instead of failing everything. Naive datetimes mean local time
    and give local-time keys; aware ones mean UTC and give UTC keys. `progress` counts
    requests: a `(done, total)` callback or True for a bar on stderr.
    """
    plan = _plan(start, end, locations, brand_id, reference_numbers, interval)
    callback = resolve(progress, "camera data", "requests")
    result = CameraData()
    for body in plan:
        try:
            answer = expect(export_camera_data_v2.sync(client=client, body=body), ExportV2Response, "export v2")
        except AuthenticationError as error:
            refused = _common.all_refused(error.body)
            if refused is None:
                raise
            answer = refused
        result.add(answer)
        if callback is not None:
            callback(result.requests, len(plan))
    finish_progress(callback)
    return result


def _plan(
    start: datetime,
    end: datetime,
    locations: Sequence[int] | None,
    brand_id: int | None,
    reference_numbers: Sequence[str] | None,
    interval: Interval | str,
) -> list[_common.ExportRequest]:
    first, last = _common.period(start, end)
    chosen = _common.interval(interval)
    return list(_common.requests(first, last, chosen, _common.batches(locations, brand_id, reference_numbers)))


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
    """Every location of a brand the credentials may read, a batch per request (the v3
    cursor walk), for a range of at most 5 days. The iterator's `cursor` is where to
    resume an interrupted walk (at most one batch is repeated, none skipped)."""
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
