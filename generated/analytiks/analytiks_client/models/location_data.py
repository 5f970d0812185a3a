from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_UNPARSED, UNSET, Unset, parse_strictly, parsing_strictly

if TYPE_CHECKING:
    from ..models.metric_series import MetricSeries
    from ..models.point_of_interest_data import PointOfInterestData

_lazy: dict[str, Any] = {}


T = TypeVar("T", bound="LocationData")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "locationId",
        "referenceNumber",
        "visits",
        "dwellTime",
        "groupVisits",
        "bounces",
        "allVisits",
        "peakOccupancy",
        "walkBys",
        "pointOfInterest",
    }
)

_JSON_NAMES: dict[str, str] = {
    "location_id": "locationId",
    "reference_number": "referenceNumber",
    "visits": "visits",
    "dwell_time": "dwellTime",
    "group_visits": "groupVisits",
    "bounces": "bounces",
    "all_visits": "allVisits",
    "peak_occupancy": "peakOccupancy",
    "walk_bys": "walkBys",
    "point_of_interest": "pointOfInterest",
}


@_attrs_define
class LocationData:
    """The metrics of one location, each a map from a bucket's start to a natural number:
    - visits: people who entered the location (excludes bounces);
    - dwellTime: how long people spent inside, in ms (calibrated cameras only);
    - groupVisits: groups of people who entered within a few seconds of each other;
    - bounces: people who entered but left within a few seconds;
    - allVisits: all visitors who entered (visits + bounces);
    - peakOccupancy: maximum number of visitors within the location in a bucket;
    - walkBys: people who walked past the location, including potential visitors.

    Keys are UTC (`2023-06-08T20:30:00Z`) when the request's dates were UTC, and local
    time without offset (`2023-06-08T16:30:00`, inferred form) when they were local.
    (The page also says "all dates are UTC" next to its example; its notes on dates say
    local requests get local dates, which this spec follows.)

    Inferred from the page's example: buckets with a zero value are left out of a
    map, and a metric the location's camera does not produce is absent (the example
    has only visits, dwellTime and groupVisits).

        Attributes:
            location_id (int):
            reference_number (str | Unset): The location's reference number, present when the request named locations by
                reference number.
            visits (MetricSeries | Unset): A natural number per bucket, keyed by the bucket's start (see LocationData).
            dwell_time (MetricSeries | Unset): A natural number per bucket, keyed by the bucket's start (see LocationData).
            group_visits (MetricSeries | Unset): A natural number per bucket, keyed by the bucket's start (see
                LocationData).
            bounces (MetricSeries | Unset): A natural number per bucket, keyed by the bucket's start (see LocationData).
            all_visits (MetricSeries | Unset): A natural number per bucket, keyed by the bucket's start (see LocationData).
            peak_occupancy (MetricSeries | Unset): A natural number per bucket, keyed by the bucket's start (see
                LocationData).
            walk_bys (MetricSeries | Unset): A natural number per bucket, keyed by the bucket's start (see LocationData).
            point_of_interest (list[PointOfInterestData] | Unset): Points of interest (zones) of the location; absent when
                it has none (inferred).
    """

    location_id: int
    reference_number: str | Unset = UNSET
    visits: MetricSeries | Unset = UNSET
    dwell_time: MetricSeries | Unset = UNSET
    group_visits: MetricSeries | Unset = UNSET
    bounces: MetricSeries | Unset = UNSET
    all_visits: MetricSeries | Unset = UNSET
    peak_occupancy: MetricSeries | Unset = UNSET
    walk_bys: MetricSeries | Unset = UNSET
    point_of_interest: list[PointOfInterestData] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
        location_id = self.location_id

        reference_number = self.reference_number

        visits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.visits, Unset):
            visits = self.visits.to_dict()

        dwell_time: dict[str, Any] | Unset = UNSET
        if not isinstance(self.dwell_time, Unset):
            dwell_time = self.dwell_time.to_dict()

        group_visits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.group_visits, Unset):
            group_visits = self.group_visits.to_dict()

        bounces: dict[str, Any] | Unset = UNSET
        if not isinstance(self.bounces, Unset):
            bounces = self.bounces.to_dict()

        all_visits: dict[str, Any] | Unset = UNSET
        if not isinstance(self.all_visits, Unset):
            all_visits = self.all_visits.to_dict()

        peak_occupancy: dict[str, Any] | Unset = UNSET
        if not isinstance(self.peak_occupancy, Unset):
            peak_occupancy = self.peak_occupancy.to_dict()

        walk_bys: dict[str, Any] | Unset = UNSET
        if not isinstance(self.walk_bys, Unset):
            walk_bys = self.walk_bys.to_dict()

        point_of_interest: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.point_of_interest, Unset):
            point_of_interest = []
            for point_of_interest_item_data in self.point_of_interest:
                point_of_interest_item = point_of_interest_item_data.to_dict()
                point_of_interest.append(point_of_interest_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "locationId": location_id,
            }
        )
        if reference_number is not UNSET:
            field_dict["referenceNumber"] = reference_number
        if visits is not UNSET:
            field_dict["visits"] = visits
        if dwell_time is not UNSET:
            field_dict["dwellTime"] = dwell_time
        if group_visits is not UNSET:
            field_dict["groupVisits"] = group_visits
        if bounces is not UNSET:
            field_dict["bounces"] = bounces
        if all_visits is not UNSET:
            field_dict["allVisits"] = all_visits
        if peak_occupancy is not UNSET:
            field_dict["peakOccupancy"] = peak_occupancy
        if walk_bys is not UNSET:
            field_dict["walkBys"] = walk_bys
        if point_of_interest is not UNSET:
            field_dict["pointOfInterest"] = point_of_interest

        return field_dict

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
        if "locationId" not in self.unparsed:
            location_id = self.location_id
        else:  # read leniently: written back as the server sent it
            location_id = self.unparsed["locationId"].raw

        if "referenceNumber" not in self.unparsed:
            reference_number = self.reference_number
        else:  # read leniently: written back as the server sent it
            reference_number = self.unparsed["referenceNumber"].raw

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

        if "groupVisits" not in self.unparsed:
            group_visits: dict[str, Any] | Unset = UNSET
            if not isinstance(self.group_visits, Unset):
                group_visits = self.group_visits.to_dict()
        else:  # read leniently: written back as the server sent it
            group_visits = self.unparsed["groupVisits"].raw

        if "bounces" not in self.unparsed:
            bounces: dict[str, Any] | Unset = UNSET
            if not isinstance(self.bounces, Unset):
                bounces = self.bounces.to_dict()
        else:  # read leniently: written back as the server sent it
            bounces = self.unparsed["bounces"].raw

        if "allVisits" not in self.unparsed:
            all_visits: dict[str, Any] | Unset = UNSET
            if not isinstance(self.all_visits, Unset):
                all_visits = self.all_visits.to_dict()
        else:  # read leniently: written back as the server sent it
            all_visits = self.unparsed["allVisits"].raw

        if "peakOccupancy" not in self.unparsed:
            peak_occupancy: dict[str, Any] | Unset = UNSET
            if not isinstance(self.peak_occupancy, Unset):
                peak_occupancy = self.peak_occupancy.to_dict()
        else:  # read leniently: written back as the server sent it
            peak_occupancy = self.unparsed["peakOccupancy"].raw

        if "walkBys" not in self.unparsed:
            walk_bys: dict[str, Any] | Unset = UNSET
            if not isinstance(self.walk_bys, Unset):
                walk_bys = self.walk_bys.to_dict()
        else:  # read leniently: written back as the server sent it
            walk_bys = self.unparsed["walkBys"].raw

        if "pointOfInterest" not in self.unparsed:
            point_of_interest: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.point_of_interest, Unset):
                point_of_interest = []
                for point_of_interest_item_data in self.point_of_interest:
                    point_of_interest_item = point_of_interest_item_data.to_dict()
                    point_of_interest.append(point_of_interest_item)

        else:  # read leniently: written back as the server sent it
            point_of_interest = self.unparsed["pointOfInterest"].raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "locationId": location_id,
            }
        )
        if reference_number is not UNSET:
            field_dict["referenceNumber"] = reference_number
        if visits is not UNSET:
            field_dict["visits"] = visits
        if dwell_time is not UNSET:
            field_dict["dwellTime"] = dwell_time
        if group_visits is not UNSET:
            field_dict["groupVisits"] = group_visits
        if bounces is not UNSET:
            field_dict["bounces"] = bounces
        if all_visits is not UNSET:
            field_dict["allVisits"] = all_visits
        if peak_occupancy is not UNSET:
            field_dict["peakOccupancy"] = peak_occupancy
        if walk_bys is not UNSET:
            field_dict["walkBys"] = walk_bys
        if point_of_interest is not UNSET:
            field_dict["pointOfInterest"] = point_of_interest

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
                PointOfInterestData = _lazy["PointOfInterestData"]
            except KeyError:
                from ..models.point_of_interest_data import PointOfInterestData  # noqa: PLC0415

                _lazy["PointOfInterestData"] = PointOfInterestData

        try:
            d = src_dict
            location_id = d["locationId"]

            reference_number = d.get("referenceNumber", UNSET)

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

            _group_visits = d.get("groupVisits", UNSET)
            group_visits: MetricSeries | Unset
            if isinstance(_group_visits, Unset):
                group_visits = UNSET
            else:
                group_visits = MetricSeries.from_dict(_group_visits)

            _bounces = d.get("bounces", UNSET)
            bounces: MetricSeries | Unset
            if isinstance(_bounces, Unset):
                bounces = UNSET
            else:
                bounces = MetricSeries.from_dict(_bounces)

            _all_visits = d.get("allVisits", UNSET)
            all_visits: MetricSeries | Unset
            if isinstance(_all_visits, Unset):
                all_visits = UNSET
            else:
                all_visits = MetricSeries.from_dict(_all_visits)

            _peak_occupancy = d.get("peakOccupancy", UNSET)
            peak_occupancy: MetricSeries | Unset
            if isinstance(_peak_occupancy, Unset):
                peak_occupancy = UNSET
            else:
                peak_occupancy = MetricSeries.from_dict(_peak_occupancy)

            _walk_bys = d.get("walkBys", UNSET)
            walk_bys: MetricSeries | Unset
            if isinstance(_walk_bys, Unset):
                walk_bys = UNSET
            else:
                walk_bys = MetricSeries.from_dict(_walk_bys)

            import gc  # noqa: PLC0415 - here, not at the top: endpoint modules build lists too

            _point_of_interest_gc = gc.isenabled()
            gc.disable()
            try:
                _point_of_interest = d.get("pointOfInterest", UNSET)
                point_of_interest: list[PointOfInterestData] | Unset = UNSET
                if _point_of_interest is not UNSET:
                    point_of_interest = []
                    for point_of_interest_item_data in _point_of_interest:
                        point_of_interest_item = PointOfInterestData.from_dict(point_of_interest_item_data)

                        point_of_interest.append(point_of_interest_item)

            finally:
                if _point_of_interest_gc:
                    gc.enable()

            location_data = cls(
                location_id,
                reference_number,
                visits,
                dwell_time,
                group_visits,
                bounces,
                all_visits,
                peak_occupancy,
                walk_bys,
                point_of_interest,
            )

            extra = (
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 1 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            location_data.additional_properties = extra
            return location_data

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
        from .._runtime.lenient import items_that_are_objects, not_an_object, unparsed_field  # noqa: PLC0415
        from ..models.metric_series import MetricSeries  # noqa: PLC0415
        from ..models.point_of_interest_data import PointOfInterestData  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise not_an_object("LocationData", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            location_id = d["locationId"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            location_id = unparsed_field(
                unparsed,
                "LocationData",
                "locationId",
                d.get("locationId"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            reference_number = d.get("referenceNumber", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            reference_number = unparsed_field(
                unparsed,
                "LocationData",
                "referenceNumber",
                d.get("referenceNumber"),
                exc_,
                required=False,
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
                "LocationData",
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
                "LocationData",
                "dwellTime",
                d.get("dwellTime"),
                exc_,
                required=False,
                structural=True,
                unset=UNSET,
            )

        try:
            _group_visits = d.get("groupVisits", UNSET)
            group_visits: MetricSeries | Unset
            if isinstance(_group_visits, Unset):
                group_visits = UNSET
            else:
                group_visits = MetricSeries.from_dict(_group_visits)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            group_visits = unparsed_field(
                unparsed,
                "LocationData",
                "groupVisits",
                d.get("groupVisits"),
                exc_,
                required=False,
                structural=True,
                unset=UNSET,
            )

        try:
            _bounces = d.get("bounces", UNSET)
            bounces: MetricSeries | Unset
            if isinstance(_bounces, Unset):
                bounces = UNSET
            else:
                bounces = MetricSeries.from_dict(_bounces)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            bounces = unparsed_field(
                unparsed,
                "LocationData",
                "bounces",
                d.get("bounces"),
                exc_,
                required=False,
                structural=True,
                unset=UNSET,
            )

        try:
            _all_visits = d.get("allVisits", UNSET)
            all_visits: MetricSeries | Unset
            if isinstance(_all_visits, Unset):
                all_visits = UNSET
            else:
                all_visits = MetricSeries.from_dict(_all_visits)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            all_visits = unparsed_field(
                unparsed,
                "LocationData",
                "allVisits",
                d.get("allVisits"),
                exc_,
                required=False,
                structural=True,
                unset=UNSET,
            )

        try:
            _peak_occupancy = d.get("peakOccupancy", UNSET)
            peak_occupancy: MetricSeries | Unset
            if isinstance(_peak_occupancy, Unset):
                peak_occupancy = UNSET
            else:
                peak_occupancy = MetricSeries.from_dict(_peak_occupancy)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            peak_occupancy = unparsed_field(
                unparsed,
                "LocationData",
                "peakOccupancy",
                d.get("peakOccupancy"),
                exc_,
                required=False,
                structural=True,
                unset=UNSET,
            )

        try:
            _walk_bys = d.get("walkBys", UNSET)
            walk_bys: MetricSeries | Unset
            if isinstance(_walk_bys, Unset):
                walk_bys = UNSET
            else:
                walk_bys = MetricSeries.from_dict(_walk_bys)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            walk_bys = unparsed_field(
                unparsed,
                "LocationData",
                "walkBys",
                d.get("walkBys"),
                exc_,
                required=False,
                structural=True,
                unset=UNSET,
            )

        try:
            point_of_interest = items_that_are_objects(
                unparsed,
                "LocationData",
                "pointOfInterest",
                d.get("pointOfInterest", UNSET),
                PointOfInterestData.from_dict,
                unset=UNSET,
            )
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            point_of_interest = unparsed_field(
                unparsed,
                "LocationData",
                "pointOfInterest",
                d.get("pointOfInterest"),
                exc_,
                required=False,
                structural=True,
                unset=UNSET,
            )

        location_data = cls(
            location_id,
            reference_number,
            visits,
            dwell_time,
            group_visits,
            bounces,
            all_visits,
            peak_occupancy,
            walk_bys,
            point_of_interest,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 1 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        location_data.additional_properties = extra
        location_data.unparsed = unparsed
        return location_data

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
