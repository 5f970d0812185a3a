from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="LabelKeypointInput")


@_attrs_define
class LabelKeypointInput:
    """A keypoint as sent with a label (without the read-only audit fields, as the page's sample shows).

    Attributes:
        keypoint_class_id (UUID):
        x (float):
        y (float):
        id (UUID | Unset):
        visible (bool | Unset):
        norder (float | Unset):
    """

    keypoint_class_id: UUID
    x: float
    y: float
    id: UUID | Unset = UNSET
    visible: bool | Unset = UNSET
    norder: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        keypoint_class_id = str(self.keypoint_class_id)

        x = self.x

        y = self.y

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        visible = self.visible

        norder = self.norder

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "keypoint_class_id": keypoint_class_id,
                "x": x,
                "y": y,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if visible is not UNSET:
            field_dict["visible"] = visible
        if norder is not UNSET:
            field_dict["norder"] = norder

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        keypoint_class_id = UUID(d["keypoint_class_id"])

        x = d["x"]

        y = d["y"]

        _id = d.get("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        visible = d.get("visible", UNSET)

        norder = d.get("norder", UNSET)

        label_keypoint_input = cls(
            keypoint_class_id,
            x,
            y,
            id,
            visible,
            norder,
        )

        extra = (
            {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "keypoint_class_id",
                    "x",
                    "y",
                    "id",
                    "visible",
                    "norder",
                }
            }
            if len(d) > 3
            else {}
        )
        label_keypoint_input.additional_properties = extra
        return label_keypoint_input

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
