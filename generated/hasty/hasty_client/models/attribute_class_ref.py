from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AttributeClassRef")


@_attrs_define
class AttributeClassRef:
    """A link between an attribute and a label class, to remove.

    Attributes:
        attribute_id (str): Attribute ID.
        class_id (str): Label class ID.
    """

    attribute_id: str
    class_id: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attribute_id = self.attribute_id

        class_id = self.class_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attribute_id": attribute_id,
                "class_id": class_id,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        attribute_id = d["attribute_id"]

        class_id = d["class_id"]

        attribute_class_ref = cls(
            attribute_id,
            class_id,
        )

        extra = (
            {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "attribute_id",
                    "class_id",
                }
            }
            if len(d) > 2
            else {}
        )
        attribute_class_ref.additional_properties = extra
        return attribute_class_ref

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
