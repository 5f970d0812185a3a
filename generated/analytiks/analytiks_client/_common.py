"""Analytiks answers merged into one result per location, and the v2 requests of a
period and of locations, split as the spec's `x-period` and `x-split` say
(`_runtime/splits.py`)."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from typing import Any
from uuid import UUID

import attrs

from ._runtime.errors import AuthenticationError, ParameterError
from ._runtime.lenient import items_of, warn_once
from ._runtime.splits import bodies, unique_items
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

V2 = "export_camera_data_v2"

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
        for location in items_of(answer.successes, LocationData, V2, "successes"):
            series = to_series(location)
            self.locations.setdefault(series.location_id, LocationSeries(series.location_id)).merge(series)
        failures: object = answer.failures
        if not isinstance(failures, ExportFailures):  # a null the server sent: nothing rejected
            return
        _extend_unique(self.failed_locations, items_of(failures.locations, int, V2, "failures.locations"))
        refs = items_of(failures.reference_numbers, str, V2, "failures.reference_numbers")
        _extend_unique(self.failed_reference_numbers, refs)


def _extend_unique(target: list[Any], items: Sequence[Any]) -> None:
    target.extend(item for item in items if item not in target)


def _merge_metrics(target: dict[str, MetricMap], source: dict[str, MetricMap]) -> None:
    for name, values in source.items():
        target.setdefault(name, {}).update(values)


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
            warn_once((V2, "metric"), f"{V2}: left out {key!r}: {count!r}", stacklevel=4)
    return series


def _metrics(model: LocationData | PointOfInterestData) -> dict[str, MetricMap]:
    """The model's metrics: its fields the spec types `MetricSeries`, in the spec's order."""
    metrics = {}
    for field in attrs.fields(type(model)):
        values = _series(getattr(model, field.name))
        if values is not None:
            metrics[field.name] = values
    return metrics


def to_series(location: LocationData) -> LocationSeries:
    reference = None if isinstance(location.reference_number, Unset) else location.reference_number
    series = LocationSeries(location.location_id, reference, _metrics(location))
    for poi in items_of(location.point_of_interest, PointOfInterestData, V2, "pointOfInterest"):
        series.points_of_interest[poi.id] = PointOfInterestSeries(poi.id, _metrics(poi))
    return series


def selection(
    locations: Sequence[int] | None, brand_id: int | None, reference_numbers: Sequence[str] | None
) -> tuple[type[ExportRequest], dict[str, Any]]:
    """The request model and its fields for location ids, or a brand's reference numbers."""
    if (locations is None) == (reference_numbers is None):
        raise ParameterError("locations", "give either locations, or brand_id with reference_numbers")
    if locations is not None:
        if brand_id is not None:
            raise ParameterError("brand_id", "goes with reference_numbers, not with locations")
        ids = unique_items("locations", locations, lambda name, i: check_int(name, i, minimum=1), "location ids")
        return LocationIdsExportRequest, {"locations": ids}
    if brand_id is None:
        raise ParameterError("brand_id", "is required with reference_numbers")
    refs = unique_items("reference_numbers", reference_numbers, check_str, "reference numbers")
    brand = check_int("brand_id", brand_id, minimum=1)
    return ReferenceNumbersExportRequest, {"brand_id": brand, "reference_numbers": refs}


def all_refused(error: AuthenticationError) -> ExportV2Response:
    """v2 answers 401 in its own shape when no location of a batch may be read: that
    answer, or `error` raised again when the 401 says something else."""
    if isinstance(error.body, dict) and "successes" in error.body and "failures" in error.body:
        return ExportV2Response.from_dict(error.body)
    raise error


def plan(
    start: datetime,
    end: datetime,
    locations: Sequence[int] | None,
    brand_id: int | None,
    reference_numbers: Sequence[str] | None,
    every: Interval | str,
) -> list[ExportRequest]:
    """The v2 requests that together cover the range and the locations, checked first."""
    chosen = check_member("interval", every, Interval)
    kind, fields = selection(locations, brand_id, reference_numbers)
    return bodies(kind, start, end, interval=chosen, **fields)
