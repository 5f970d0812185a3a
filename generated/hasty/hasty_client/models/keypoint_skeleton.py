from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="KeypointSkeleton")


@_attrs_define
class KeypointSkeleton:
    """An edge of the skeleton between two keypoints.

    Attributes:
        id (UUID | Unset):
        keypoint_schema_id (UUID | Unset):
        keypoint_class_id_a (UUID | Unset): One end of the edge.
        keypoint_class_id_b (UUID | Unset): The other end of the edge.
        color (str | Unset): Colour of the edge, `#RRGGBB`.
    """

    id: UUID | Unset = UNSET
    keypoint_schema_id: UUID | Unset = UNSET
    keypoint_class_id_a: UUID | Unset = UNSET
    keypoint_class_id_b: UUID | Unset = UNSET
    color: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        keypoint_schema_id: str | Unset = UNSET
        if not isinstance(self.keypoint_schema_id, Unset):
            keypoint_schema_id = str(self.keypoint_schema_id)

        keypoint_class_id_a: str | Unset = UNSET
        if not isinstance(self.keypoint_class_id_a, Unset):
            keypoint_class_id_a = str(self.keypoint_class_id_a)

        keypoint_class_id_b: str | Unset = UNSET
        if not isinstance(self.keypoint_class_id_b, Unset):
            keypoint_class_id_b = str(self.keypoint_class_id_b)

        color = self.color

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if keypoint_schema_id is not UNSET:
            field_dict["keypoint_schema_id"] = keypoint_schema_id
        if keypoint_class_id_a is not UNSET:
            field_dict["keypoint_class_id_a"] = keypoint_class_id_a
        if keypoint_class_id_b is not UNSET:
            field_dict["keypoint_class_id_b"] = keypoint_class_id_b
        if color is not UNSET:
            field_dict["color"] = color

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        _id = d.get("id", UNSET)
        id: UUID | Unset
        if isinstance(_id, Unset):
            id = UNSET
        else:
            id = UUID(_id)

        _keypoint_schema_id = d.get("keypoint_schema_id", UNSET)
        keypoint_schema_id: UUID | Unset
        if isinstance(_keypoint_schema_id, Unset):
            keypoint_schema_id = UNSET
        else:
            keypoint_schema_id = UUID(_keypoint_schema_id)

        _keypoint_class_id_a = d.get("keypoint_class_id_a", UNSET)
        keypoint_class_id_a: UUID | Unset
        if isinstance(_keypoint_class_id_a, Unset):
            keypoint_class_id_a = UNSET
        else:
            keypoint_class_id_a = UUID(_keypoint_class_id_a)

        _keypoint_class_id_b = d.get("keypoint_class_id_b", UNSET)
        keypoint_class_id_b: UUID | Unset
        if isinstance(_keypoint_class_id_b, Unset):
            keypoint_class_id_b = UNSET
        else:
            keypoint_class_id_b = UUID(_keypoint_class_id_b)

        color = d.get("color", UNSET)

        keypoint_skeleton = cls(
            id,
            keypoint_schema_id,
            keypoint_class_id_a,
            keypoint_class_id_b,
            color,
        )

        extra = (
            {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "id",
                    "keypoint_schema_id",
                    "keypoint_class_id_a",
                    "keypoint_class_id_b",
                    "color",
                }
            }
            if len(d) > 0
            else {}
        )
        keypoint_skeleton.additional_properties = extra
        return keypoint_skeleton

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
