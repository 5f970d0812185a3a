from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="BoundingBox")


@_attrs_define
class BoundingBox:
    """Position of the object in the frame, in pixels.

    Attributes:
        x_from (int): Left edge.
        y_from (int): Top edge.
        width (int):
        height (int):
    """

    x_from: int
    y_from: int
    width: int
    height: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        x_from = self.x_from

        y_from = self.y_from

        width = self.width

        height = self.height

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "x_from": x_from,
                "y_from": y_from,
                "width": width,
                "height": height,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        x_from = d["x_from"]

        y_from = d["y_from"]

        width = d["width"]

        height = d["height"]

        bounding_box = cls(
            x_from,
            y_from,
            width,
            height,
        )

        extra = (
            {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "x_from",
                    "y_from",
                    "width",
                    "height",
                }
            }
            if len(d) > 4
            else {}
        )
        bounding_box.additional_properties = extra
        return bounding_box

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
