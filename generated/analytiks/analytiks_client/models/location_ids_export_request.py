from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.interval import Interval
from ..types import NO_UNPARSED, UNSET, Unset, enum_member, parse_strictly, parsing_strictly

T = TypeVar("T", bound="LocationIdsExportRequest")


_JSON_NAMES: dict[str, str] = {
    "start_date": "startDate",
    "end_date": "endDate",
    "locations": "locations",
    "interval": "interval",
}


@_attrs_define
class LocationIdsExportRequest:
    """Locations named by ID.

    `startDate` and `endDate` are ISO 8601 and both UTC (ending in `Z`, for example
    `2023-06-08T11:30:00.000Z`) or both local time of each location (no offset,
    for example `2023-06-08T09:00:00.000`); the response's timestamps follow the
    same form. At most 5 days apart; both ends are included (inferred). Explicit
    offsets such as `+02:00` are not documented and not accepted (inferred).

        Attributes:
            start_date (str): ISO 8601, UTC (`2023-06-08T11:30:00.000Z`) or local time (`2023-06-08T09:00:00.000`).
            end_date (str): ISO 8601, UTC (`2023-06-08T11:30:00.000Z`) or local time (`2023-06-08T09:00:00.000`).
            locations (list[int]): Location IDs (see the GraphQL API), at most 50. An empty list is inferred to be a 400.
            interval (Interval | Unset): Bucket size. `15min` must be enabled for the account by Analytiks; hourly is the
                default.
    """

    start_date: str
    end_date: str
    locations: list[int]
    interval: Interval | Unset = UNSET
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
        start_date = self.start_date

        end_date = self.end_date

        locations = self.locations

        interval: str | Unset = UNSET
        if not isinstance(self.interval, Unset):
            interval = self.interval.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "startDate": start_date,
                "endDate": end_date,
                "locations": locations,
            }
        )
        if interval is not UNSET:
            field_dict["interval"] = interval

        return field_dict

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
        if "startDate" not in self.unparsed:
            start_date = self.start_date
        else:  # read leniently: written back as the server sent it
            start_date = self.unparsed["startDate"].raw

        if "endDate" not in self.unparsed:
            end_date = self.end_date
        else:  # read leniently: written back as the server sent it
            end_date = self.unparsed["endDate"].raw

        if "locations" not in self.unparsed:
            locations = self.locations

        else:  # read leniently: written back as the server sent it
            locations = self.unparsed["locations"].raw

        if "interval" not in self.unparsed:
            interval: str | Unset = UNSET
            if not isinstance(self.interval, Unset):
                interval = self.interval.value

        else:  # read leniently: written back as the server sent it
            interval = self.unparsed["interval"].raw

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "startDate": start_date,
                "endDate": end_date,
                "locations": locations,
            }
        )
        if interval is not UNSET:
            field_dict["interval"] = interval

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            start_date = d["startDate"]

            end_date = d["endDate"]

            locations = cast(list[int], d["locations"])

            _interval = d.get("interval", UNSET)
            interval: Interval | Unset
            if isinstance(_interval, Unset):
                interval = UNSET
            else:
                interval = enum_member(Interval, _interval)

            location_ids_export_request = cls(
                start_date,
                end_date,
                locations,
                interval,
            )

            return location_ids_export_request

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

        if not isinstance(src_dict, Mapping):
            raise not_an_object("LocationIdsExportRequest", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            start_date = d["startDate"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            start_date = unparsed_field(
                unparsed,
                "LocationIdsExportRequest",
                "startDate",
                d.get("startDate"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            end_date = d["endDate"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            end_date = unparsed_field(
                unparsed,
                "LocationIdsExportRequest",
                "endDate",
                d.get("endDate"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            locations = cast(list[int], d["locations"])

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            locations = unparsed_field(
                unparsed,
                "LocationIdsExportRequest",
                "locations",
                d.get("locations"),
                exc_,
                required=True,
                structural=True,
                unset=UNSET,
            )

        try:
            _interval = d.get("interval", UNSET)
            interval: Interval | Unset
            if isinstance(_interval, Unset):
                interval = UNSET
            else:
                interval = enum_member(Interval, _interval)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            interval = unparsed_field(
                unparsed,
                "LocationIdsExportRequest",
                "interval",
                d.get("interval"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        location_ids_export_request = cls(
            start_date,
            end_date,
            locations,
            interval,
        )

        location_ids_export_request.unparsed = unparsed
        return location_ids_export_request
