from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.interval import Interval
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExportV3Request")


@_attrs_define
class ExportV3Request:
    """A brand's locations, a batch at a time.

    `startDate` and `endDate` are ISO 8601 and both UTC (ending in `Z`, for example
    `2023-06-08T11:30:00.000Z`) or both local time of each location (no offset,
    for example `2023-06-08T09:00:00.000`); the response's timestamps follow the
    same form. At most 5 days apart; both ends are included (inferred). Explicit
    offsets such as `+02:00` are not documented and not accepted (inferred).

        Attributes:
            start_date (str): ISO 8601, UTC (`2023-06-08T11:30:00.000Z`) or local time (`2023-06-08T09:00:00.000`).
            end_date (str): ISO 8601, UTC (`2023-06-08T11:30:00.000Z`) or local time (`2023-06-08T09:00:00.000`).
            brand_id (int):
            interval (Interval | Unset): Bucket size. `15min` must be enabled for the account by Analytiks; hourly is the
                default.
            cursor (None | str | Unset): The `cursor` of the previous response; null or absent for the first batch.
    """

    start_date: str
    end_date: str
    brand_id: int
    interval: Interval | Unset = UNSET
    cursor: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        start_date = self.start_date

        end_date = self.end_date

        brand_id = self.brand_id

        interval: str | Unset = UNSET
        if not isinstance(self.interval, Unset):
            interval = self.interval.value

        cursor: None | str | Unset
        if isinstance(self.cursor, Unset):
            cursor = UNSET
        else:
            cursor = self.cursor

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "startDate": start_date,
                "endDate": end_date,
                "brandId": brand_id,
            }
        )
        if interval is not UNSET:
            field_dict["interval"] = interval
        if cursor is not UNSET:
            field_dict["cursor"] = cursor

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        start_date = d["startDate"]

        end_date = d["endDate"]

        brand_id = d["brandId"]

        _interval = d.get("interval", UNSET)
        interval: Interval | Unset
        if isinstance(_interval, Unset):
            interval = UNSET
        else:
            interval = Interval(_interval)

        def _parse_cursor(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        cursor = _parse_cursor(d.get("cursor", UNSET))

        export_v3_request = cls(
            start_date,
            end_date,
            brand_id,
            interval,
            cursor,
        )

        return export_v3_request
