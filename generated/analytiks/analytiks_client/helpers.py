# Written from aio.py at generation (scripts/sync_twins.py): edit that, not this.
"""The Analytiks helpers: `analytiks_client.helpers` has them sync, `analytiks_client.aio`
async, with the same names and behaviour."""

# The one source of both forms: generation writes helpers.py from this file.

from __future__ import annotations

import itertools
from collections.abc import Sequence
from datetime import datetime

from . import _common
from ._client import connect
from ._common import CameraData, LocationSeries, PointOfInterestSeries
from ._runtime.concurrency import map_limited
from ._runtime.errors import AuthenticationError
from ._runtime.pagination import CursorIterator, CursorPage
from ._runtime.progress import Progress, resolve
from ._runtime.progress import finish as finish_progress
from ._runtime.splits import one
from ._runtime.validate import check_int, check_member
from .api.exports import export_camera_data_v2, export_camera_data_v3
from .client import Client
from .models import ExportV2Response, ExportV3Request, Interval

__all__ = [
    "CameraData",
    "Interval",
    "LocationSeries",
    "PointOfInterestSeries",
    "connect",
    "fetch_camera_data",
    "iter_camera_data",
]

DEFAULT_CONCURRENCY = 4


def fetch_camera_data(
    client: Client,
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
    """Camera data for any range and any number of locations, merged per location.

    The range is split into windows of at most 5 days and the locations (or a brand's
    reference numbers) into batches of at most 50, as the API requires; each piece goes
    to the v2 export, `concurrency` at a time, so locations the credentials may not read
    come back in `failed_locations` instead of failing everything. Answers are merged in
    plan order, so the result does not depend on which came first. Naive datetimes mean
    local time and give local-time keys; aware ones mean UTC and give UTC keys.
    `progress` counts requests: a `(done, total)` callback or True for a bar on stderr.
    """
    plan = _common.plan(start, end, locations, brand_id, reference_numbers, interval)
    limit = check_int("concurrency", concurrency, minimum=1)
    callback = resolve(progress, "camera data", "requests")
    done = itertools.count(1)  # next() on it is atomic: the sync form counts from threads

    def run(body: _common.ExportRequest) -> ExportV2Response:
        try:
            answer = export_camera_data_v2.sync(client=client, body=body)
        except AuthenticationError as error:
            answer = _common.all_refused(error)  # v2's answer when no location of a batch may be read
        if callback is not None:
            callback(next(done), len(plan))
        return answer

    answers = map_limited(run, plan, limit)
    finish_progress(callback)
    result = CameraData()
    for answer in answers:
        result.add(answer)
    return result


def iter_camera_data(
    client: Client,
    start: datetime,
    end: datetime,
    brand_id: int,
    *,
    interval: Interval | str = Interval.HOURLY,
    cursor: str | None = None,
    progress: Progress = None,
) -> CursorIterator[LocationSeries]:
    """Every location of a brand the credentials may read, a batch per request (the v3
    cursor walk), for a range of at most 5 days. The walk's `cursor` is where to resume
    an interrupted walk (at most one batch is repeated, none skipped)."""
    brand, chosen = check_int("brand_id", brand_id, minimum=1), check_member("interval", interval, Interval)
    longer = "use fetch_camera_data for longer ranges"
    body = one(ExportV3Request, start, end, longer, brand_id=brand, interval=chosen)

    def fetch(position: str | None) -> CursorPage[LocationSeries]:
        body.cursor = position
        page = export_camera_data_v3.sync(client=client, body=body)
        return CursorPage([_common.to_series(item) for item in page.data], page.cursor)

    return CursorIterator(fetch, cursor=cursor, progress=resolve(progress, "locations"))
