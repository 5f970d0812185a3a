from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.location_data import LocationData


T = TypeVar("T", bound="ExportV3Response")


@_attrs_define
class ExportV3Response:
    """
    Attributes:
        cursor (None | str): Opaque; send it with the next request. Null when everything has been fetched.
        data (list[LocationData]): One batch of locations, as in v1.
    """

    cursor: None | str
    data: list[LocationData]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        cursor: None | str
        cursor = self.cursor

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cursor": cursor,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.location_data import LocationData  # noqa: PLC0415

        d = src_dict

        def _parse_cursor(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        cursor = _parse_cursor(d["cursor"])

        data = []
        _data = d["data"]
        for data_item_data in _data:
            data_item = LocationData.from_dict(data_item_data)

            data.append(data_item)

        export_v3_response = cls(
            cursor,
            data,
        )

        extra = (
            {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "cursor",
                    "data",
                }
            }
            if len(d) > 2
            else {}
        )
        export_v3_response.additional_properties = extra
        return export_v3_response

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
