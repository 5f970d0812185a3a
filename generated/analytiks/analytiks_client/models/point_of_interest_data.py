from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_UNPARSED, UNSET, Unset, parse_strictly, parse_uuid, parsing_strictly

if TYPE_CHECKING:
    from ..models.metric_series import MetricSeries

_lazy: dict[str, Any] = {}


T = TypeVar("T", bound="PointOfInterestData")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "visits",
        "dwellTime",
        "peakVisits",
    }
)

_JSON_NAMES: dict[str, str] = {
    "id": "id",
    "visits": "visits",
    "dwell_time": "dwellTime",
    "peak_visits": "peakVisits",
}


@_attrs_define
class PointOfInterestData:
    """One zone of a location: visits (people who visited it and stayed long enough),
    dwellTime (how long people spent there, in ms), peakVisits (maximum number of
    visitors observed there in a bucket).

        Attributes:
            id (UUID):
            visits (MetricSeries | Unset): A natural number per bucket, keyed by the bucket's start (see LocationData).
            dwell_time (MetricSeries | Unset): A natural number per bucket, keyed by the bucket's start (see LocationData).
            peak_visits (MetricSeries | Unset): A natural number per bucket, keyed by the bucket's start (see LocationData).
    """

    id: UUID
    visits: MetricSeries | Unset = UNSET
    dwell_time: MetricSeries | Unset = UNSET
    peak_visits: MetricSeries | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
        id = str(self.id)

        visits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.visits, Unset):
            visits = self.visits.to_dict()

        dwell_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dwell_time, Unset):
            dwell_time = self.dwell_time.to_dict()

        peak_visits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.peak_visits, Unset):
            peak_visits = self.peak_visits.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if visits is not UNSET:
            field_dict["visits"] = visits
        if dwell_time is not UNSET:
            field_dict["dwellTime"] = dwell_time
        if peak_visits is not UNSET:
            field_dict["peakVisits"] = peak_visits

        return field_dict

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
        if "id" not in self.unparsed:
            id = str(self.id)
        else:  # read leniently: written back as the server sent it
            id = self.unparsed["id"].raw

        if "visits" not in self.unparsed:
            visits: dict[str, Any] | Unset = UNSET
            if not isinstance(self.visits, Unset):
                visits = self.visits.to_dict()
        else:  # read leniently: written back as the server sent it
            visits = self.unparsed["visits"].raw

        if "dwellTime" not in self.unparsed:
            dwell_time: dict[str, Any] | Unset = UNSET
            if not isinstance(self.dwell_time, Unset):
                dwell_time = self.dwell_time.to_dict()
        else:  # read leniently: written back as the server sent it
            dwell_time = self.unparsed["dwellTime"].raw

        if "peakVisits" not in self.unparsed:
            peak_visits: dict[str, Any] | Unset = UNSET
            if not isinstance(self.peak_visits, Unset):
                peak_visits = self.peak_visits.to_dict()
        else:  # read leniently: written back as the server sent it
            peak_visits = self.unparsed["peakVisits"].raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
            }
        )
        if visits is not UNSET:
            field_dict["visits"] = visits
        if dwell_time is not UNSET:
            field_dict["dwellTime"] = dwell_time
        if peak_visits is not UNSET:
            field_dict["peakVisits"] = peak_visits

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:
            try:
                MetricSeries = _lazy["MetricSeries"]
            except KeyError:
                from ..models.metric_series import MetricSeries  # noqa: PLC0415

                _lazy["MetricSeries"] = MetricSeries

        try:
            d = src_dict
            id = parse_uuid(d["id"])

            _visits = d.get("visits", UNSET)
            visits: MetricSeries | Unset
            if isinstance(_visits, Unset):
                visits = UNSET
            else:
                visits = MetricSeries.from_dict(_visits)

            _dwell_time = d.get("dwellTime", UNSET)
            dwell_time: MetricSeries | Unset
            if isinstance(_dwell_time, Unset):
                dwell_time = UNSET
            else:
                dwell_time = MetricSeries.from_dict(_dwell_time)

            _peak_visits = d.get("peakVisits", UNSET)
            peak_visits: MetricSeries | Unset
            if isinstance(_peak_visits, Unset):
                peak_visits = UNSET
            else:
                peak_visits = MetricSeries.from_dict(_peak_visits)

            point_of_interest_data = cls(
                id,
                visits,
                dwell_time,
                peak_visits,
            )

            extra = (
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 1 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            point_of_interest_data.additional_properties = extra
            return point_of_interest_data

        except Exception:  # noqa: BLE001
            if parsing_strictly():
                raise
            return cls._from_dict_lenient(src_dict)

    @classmethod
    def from_json(cls: type[T], content: bytes) -> T:
        """`from_dict(loads_json(content))`, the same model, decoded in C when the body fits
        the schema exactly (see _runtime/fastdecode.py)."""
        from .._runtime.fastdecode import decode_model  # noqa: PLC0415 - msgspec loads on first use

        return decode_model(cls, content)

    @classmethod
    def _from_dict_strict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """`from_dict` that raises when the object does not fit (a union trying its shapes)."""
        return parse_strictly(cls.from_dict, src_dict)

    @classmethod
    def _from_dict_lenient(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """`from_dict` field by field: what cannot be read keeps its raw value (in `unparsed`)."""
        from .._runtime.lenient import not_an_object, unparsed_field  # noqa: PLC0415
        from ..models.metric_series import MetricSeries  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise not_an_object("PointOfInterestData", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            id = parse_uuid(d["id"])

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            id = unparsed_field(
                unparsed,
                "PointOfInterestData",
                "id",
                d.get("id"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            _visits = d.get("visits", UNSET)
            visits: MetricSeries | Unset
            if isinstance(_visits, Unset):
                visits = UNSET
            else:
                visits = MetricSeries.from_dict(_visits)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            visits = unparsed_field(
                unparsed,
                "PointOfInterestData",
                "visits",
                d.get("visits"),
                exc_,
                required=False,
                structural=True,
                unset=UNSET,
            )

        try:
            _dwell_time = d.get("dwellTime", UNSET)
            dwell_time: MetricSeries | Unset
            if isinstance(_dwell_time, Unset):
                dwell_time = UNSET
            else:
                dwell_time = MetricSeries.from_dict(_dwell_time)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            dwell_time = unparsed_field(
                unparsed,
                "PointOfInterestData",
                "dwellTime",
                d.get("dwellTime"),
                exc_,
                required=False,
                structural=True,
                unset=UNSET,
            )

        try:
            _peak_visits = d.get("peakVisits", UNSET)
            peak_visits: MetricSeries | Unset
            if isinstance(_peak_visits, Unset):
                peak_visits = UNSET
            else:
                peak_visits = MetricSeries.from_dict(_peak_visits)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            peak_visits = unparsed_field(
                unparsed,
                "PointOfInterestData",
                "peakVisits",
                d.get("peakVisits"),
                exc_,
                required=False,
                structural=True,
                unset=UNSET,
            )

        point_of_interest_data = cls(
            id,
            visits,
            dwell_time,
            peak_visits,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 1 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        point_of_interest_data.additional_properties = extra
        point_of_interest_data.unparsed = unparsed
        return point_of_interest_data

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
