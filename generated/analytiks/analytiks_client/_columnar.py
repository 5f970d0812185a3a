"""Analytiks series as long tables: one row per (location, zone, metric, bucket).

A `LocationSeries` is a map of maps (metric -> time -> value) whose keys are data, not
columns; analysts want them as rows (`location_id, metric, timestamp, value`) to group
and pivot. The columnar walks find this through `EXPLODE` (see
`_runtime/columnar/batches.py`).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Any

from ._common import LocationSeries, MetricMap

Row = dict[str, Any]


def description(aware: bool) -> list[list[Any]]:
    """The long table's columns; timestamps in UTC when the walk asked in UTC, naive
    local times when it asked in local time (as the API answers)."""
    return [
        ["location_id", "int64", False],
        ["reference_number", "string", True],
        ["point_of_interest_id", "string", True],
        ["metric", "dictionary", False],
        ["timestamp", "timestamp[UTC]" if aware else "timestamp", False],
        ["value", "int64", True],
    ]


def _rows(location: LocationSeries, poi: str | None, metrics: dict[str, MetricMap]) -> list[Row]:
    return [
        {
            "location_id": location.location_id,
            "reference_number": location.reference_number,
            "point_of_interest_id": poi,
            "metric": metric,
            "timestamp": moment.isoformat(),
            "value": value,
        }
        for metric, series in sorted(metrics.items())
        for moment, value in sorted(series.items())
    ]


def _aware(location: LocationSeries) -> bool:
    moments: list[datetime] = [m for series in location.metrics.values() for m in series]
    moments += [m for poi in location.points_of_interest.values() for s in poi.metrics.values() for m in s]
    return any(m.tzinfo is not None for m in moments)


def explode(location: LocationSeries) -> tuple[list[list[Any]], list[Row]]:
    rows = _rows(location, None, location.metrics)
    for poi_id, poi in sorted(location.points_of_interest.items(), key=lambda kv: str(kv[0])):
        rows += _rows(location, str(poi_id), poi.metrics)
    return description(_aware(location)), rows


EXPLODE: dict[str, Callable[[Any], tuple[list[list[Any]], list[Row]]]] = {"LocationSeries": explode}
