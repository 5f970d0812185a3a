from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ImageTag")


@_attrs_define
class ImageTag:
    """A tag on an image (fields as the public client reads them).

    Attributes:
        id (UUID): Tag ID.
        tag_class_id (UUID):
        tag_class_name (str | Unset):
    """

    id: UUID
    tag_class_id: UUID
    tag_class_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        tag_class_id = str(self.tag_class_id)

        tag_class_name = self.tag_class_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "tag_class_id": tag_class_id,
            }
        )
        if tag_class_name is not UNSET:
            field_dict["tag_class_name"] = tag_class_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = UUID(d["id"])

        tag_class_id = UUID(d["tag_class_id"])

        tag_class_name = d.get("tag_class_name", UNSET)

        image_tag = cls(
            id,
            tag_class_id,
            tag_class_name,
        )

        extra = (
            {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "id",
                    "tag_class_id",
                    "tag_class_name",
                }
            }
            if len(d) > 2
            else {}
        )
        image_tag.additional_properties = extra
        return image_tag

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
