"""Analytiks date handling, windows and batches, and merging the answers into one
result per location."""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import UTC, datetime, timedelta
from typing import Any, TypeVar
from uuid import UUID

import attrs

from ._runtime.batching import chunks
from ._runtime.errors import ParameterError, ParameterTypeError
from ._runtime.lenient import warn_once
from ._runtime.validate import check_int, check_member, check_str
from .models import (
    ExportFailures,
    ExportV2Response,
    Interval,
    LocationData,
    LocationIdsExportRequest,
    MetricSeries,
    PointOfInterestData,
    ReferenceNumbersExportRequest,
)
from .types import Unset

T = TypeVar("T")

AUDIENCE = "https://gql.analytiks.ai"
MAX_DAYS = timedelta(days=5)
MAX_LOCATIONS = 50
# Data is kept in quarter-hours: a window ends one quarter-hour before the next begins,
# so no bucket is counted in two windows, nor cut in two (both ends are inclusive).
QUARTER = timedelta(minutes=15)
LOCATION_METRICS = ("visits", "dwell_time", "group_visits", "bounces", "all_visits", "peak_occupancy", "walk_bys")
POI_METRICS = ("visits", "dwell_time", "peak_visits")

MetricMap = dict[datetime, int]
ExportRequest = LocationIdsExportRequest | ReferenceNumbersExportRequest


@attrs.define
class PointOfInterestSeries:
    id: UUID
    metrics: dict[str, MetricMap] = attrs.field(factory=dict)
    """By metric (`visits`, `dwell_time`, `peak_visits`): time -> value."""


@attrs.define
class LocationSeries:
    """One location's data over the whole range asked for."""

    location_id: int
    reference_number: str | None = None
    metrics: dict[str, MetricMap] = attrs.field(factory=dict)
    """By metric (`visits`, `dwell_time`, `group_visits`, `bounces`, `all_visits`,
    `peak_occupancy`, `walk_bys`): time -> value. Times are aware UTC datetimes when you
    asked in UTC, naive local times when you asked in local time."""
    points_of_interest: dict[UUID, PointOfInterestSeries] = attrs.field(factory=dict)

    def merge(self, other: LocationSeries) -> None:
        _merge_metrics(self.metrics, other.metrics)
        self.reference_number = self.reference_number or other.reference_number
        for poi_id, poi in other.points_of_interest.items():
            _merge_metrics(
                self.points_of_interest.setdefault(poi_id, PointOfInterestSeries(poi_id)).metrics, poi.metrics
            )


@attrs.define
class CameraData:
    """The merged answer of every window and batch."""

    locations: dict[int, LocationSeries] = attrs.field(factory=dict)
    failed_locations: list[int] = attrs.field(factory=list)
    """Locations the credentials may not read (v2 reports them instead of failing)."""
    failed_reference_numbers: list[str] = attrs.field(factory=list)
    requests: int = 0

    def add(self, answer: ExportV2Response) -> None:
        self.requests += 1
        for location in _listed(answer.successes, LocationData, "successes"):
            series = to_series(location)
            if series.location_id in self.locations:
                self.locations[series.location_id].merge(series)
            else:
                self.locations[series.location_id] = series
        failures: object = answer.failures
        if not isinstance(failures, ExportFailures):  # a null the server sent: nothing rejected
            return
        _extend_unique(self.failed_locations, _listed(failures.locations, int, "failures.locations"))
        _extend_unique(
            self.failed_reference_numbers, _listed(failures.reference_numbers, str, "failures.reference_numbers")
        )


def _extend_unique(target: list[Any], items: Sequence[Any]) -> None:
    target.extend(item for item in items if item not in target)


def _merge_metrics(target: dict[str, MetricMap], source: dict[str, MetricMap]) -> None:
    for name, values in source.items():
        target.setdefault(name, {}).update(values)


def _listed(value: object, kind: type[T], where: str) -> list[T]:
    """The items of a list in an answer that are what the spec says: an odd one (a null,
    read leniently) is left out with a warning, and the rest are kept."""
    items = value if isinstance(value, list) else []
    kept = [item for item in items if isinstance(item, kind) and not isinstance(item, bool)]
    if len(kept) < len(items):
        warn_once(
            ("export_camera_data_v2", where), f"export_camera_data_v2: odd items of {where} left out", stacklevel=3
        )
    return kept


def _series(value: object) -> MetricMap | None:
    """A metric's values by time; a time that does not parse, or a value that is no
    number, is left out with a warning (the rest of the series stays)."""
    if not isinstance(value, MetricSeries):
        return None
    series: MetricMap = {}
    for key, count in value.additional_properties.items():
        try:
            if isinstance(count, bool) or not isinstance(count, int | float):
                raise TypeError(count)
            series[datetime.fromisoformat(key)] = count
        except (TypeError, ValueError):
            warn_once(
                ("export_camera_data_v2", "metric"), f"export_camera_data_v2: left out {key!r}: {count!r}", stacklevel=3
            )
    return series


def to_series(location: LocationData) -> LocationSeries:
    series = LocationSeries(
        location_id=location.location_id,
        reference_number=None if isinstance(location.reference_number, Unset) else location.reference_number,
    )
    for name in LOCATION_METRICS:
        values = _series(getattr(location, name))
        if values is not None:
            series.metrics[name] = values
    for poi in _listed(location.point_of_interest, PointOfInterestData, "pointOfInterest"):
        poi_series = PointOfInterestSeries(poi.id)
        for name in POI_METRICS:
            values = _series(getattr(poi, name))
            if values is not None:
                poi_series.metrics[name] = values
        series.points_of_interest[poi.id] = poi_series
    return series


def _datetime(name: str, value: object) -> datetime:
    if not isinstance(value, datetime):
        raise ParameterTypeError(name, f"expected a datetime, got {type(value).__name__}")
    return value


def period(start_arg: object, end_arg: object) -> tuple[datetime, datetime]:
    """Both naive (local time) or both aware (UTC); mixing them is refused."""
    start, end = _datetime("start", start_arg), _datetime("end", end_arg)
    if (start.tzinfo is None) != (end.tzinfo is None):
        raise ParameterError(
            "end", "start and end must both be naive (local time) or both aware (UTC); the API cannot mix them"
        )
    if start.tzinfo is not None:
        start, end = start.astimezone(UTC), end.astimezone(UTC)
    if start > end:
        raise ParameterError("end", f"{end.isoformat()} is before start {start.isoformat()}")
    return start, end


def api_date(value: datetime) -> str:
    """`...Z` for UTC, no suffix for local time: the API answers in the same form."""
    text = value.strftime("%Y-%m-%dT%H:%M:%S.") + f"{value.microsecond // 1000:03d}"
    return text + "Z" if value.tzinfo is not None else text


def windows(start: datetime, end: datetime) -> list[tuple[datetime, datetime]]:
    spans = []
    cursor = start
    while cursor <= end:
        spans.append((cursor, min(cursor + MAX_DAYS - QUARTER, end)))
        cursor += MAX_DAYS
    return spans


@attrs.frozen
class Batches:
    """Location ids, or a brand's reference numbers, in batches the API accepts."""

    locations: list[list[int]] | None = None
    brand_id: int = 0
    reference_numbers: list[list[str]] = attrs.field(factory=list)


def batches(locations: Sequence[int] | None, brand_id: int | None, reference_numbers: Sequence[str] | None) -> Batches:
    if (locations is None) == (reference_numbers is None):
        raise ParameterError("locations", "give either locations, or brand_id with reference_numbers")
    if locations is not None:
        if brand_id is not None:
            raise ParameterError("brand_id", "goes with reference_numbers, not with locations")
        if isinstance(locations, str | bytes) or not locations:
            raise ParameterError("locations", "expected a non-empty list of location ids")
        ids = list(dict.fromkeys(check_int("locations", i, minimum=1) for i in locations))
        return Batches(locations=chunks(ids, MAX_LOCATIONS))
    if brand_id is None or reference_numbers is None:
        raise ParameterError("brand_id", "is required with reference_numbers")
    if isinstance(reference_numbers, str) or not reference_numbers:
        raise ParameterError("reference_numbers", "expected a non-empty list of reference numbers")
    refs = list(dict.fromkeys(check_str("reference_numbers", r) for r in reference_numbers))
    return Batches(brand_id=check_int("brand_id", brand_id, minimum=1), reference_numbers=chunks(refs, MAX_LOCATIONS))


def requests(start: datetime, end: datetime, chosen: Interval, pieces: Batches) -> Iterator[ExportRequest]:
    for window_start, window_end in windows(start, end):
        first, last = api_date(window_start), api_date(window_end)
        if pieces.locations is not None:
            for ids in pieces.locations:
                yield LocationIdsExportRequest(start_date=first, end_date=last, locations=ids, interval=chosen)
        else:
            for refs in pieces.reference_numbers:
                yield ReferenceNumbersExportRequest(
                    start_date=first, end_date=last, brand_id=pieces.brand_id, reference_numbers=refs, interval=chosen
                )


def all_refused(body: object) -> ExportV2Response | None:
    """v2 answers 401 in its own shape when no location of a batch may be read."""
    if isinstance(body, dict) and "successes" in body and "failures" in body:
        return ExportV2Response.from_dict(body)
    return None


def single_window(start: datetime, end: datetime) -> None:
    if end - start > MAX_DAYS:
        raise ParameterError("end", "the cursor walk covers at most 5 days; use fetch_camera_data for longer ranges")


def plan(
    start: datetime,
    end: datetime,
    locations: Sequence[int] | None,
    brand_id: int | None,
    reference_numbers: Sequence[str] | None,
    every: Interval | str,
) -> list[ExportRequest]:
    """The v2 requests that together cover the range and the locations, checked first."""
    first, last = period(start, end)
    return list(
        requests(
            first, last, check_member("interval", every, Interval), batches(locations, brand_id, reference_numbers)
        )
    )
