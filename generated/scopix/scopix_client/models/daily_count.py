from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_UNPARSED, UNSET, parse_strictly, parsing_strictly

T = TypeVar("T", bound="DailyCount")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "date",
        "count",
    }
)

_JSON_NAMES: dict[str, str] = {
    "date": "date",
    "count": "count",
}


@_attrs_define
class DailyCount:
    """
    Attributes:
        date (datetime.date):
        count (int):
    """

    date: datetime.date
    count: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
        date = self.date.isoformat()

        count = self.count

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "count": count,
            }
        )

        return field_dict

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
        if "date" not in self.unparsed:
            date = self.date.isoformat()
        else:  # read leniently: written back as the server sent it
            date = self.unparsed["date"].raw

        if "count" not in self.unparsed:
            count = self.count
        else:  # read leniently: written back as the server sent it
            count = self.unparsed["count"].raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date": date,
                "count": count,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            date = datetime.date.fromisoformat(d["date"])

            count = d["count"]

            daily_count = cls(
                date,
                count,
            )

            extra = (
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 2 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            daily_count.additional_properties = extra
            return daily_count

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
            raise not_an_object("DailyCount", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            date = datetime.date.fromisoformat(d["date"])

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            date = unparsed_field(
                unparsed,
                "DailyCount",
                "date",
                d.get("date"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            count = d["count"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            count = unparsed_field(
                unparsed,
                "DailyCount",
                "count",
                d.get("count"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        daily_count = cls(
            date,
            count,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 2 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        daily_count.additional_properties = extra
        daily_count.unparsed = unparsed
        return daily_count

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
