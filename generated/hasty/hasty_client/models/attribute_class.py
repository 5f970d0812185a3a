from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="AttributeClass")


@_attrs_define
class AttributeClass:
    """A link between an attribute and a label class, with orders.

    Attributes:
        attribute_id (str): Attribute ID.
        class_id (str): Label class ID.
        attribute_order (float): Order of attributes within the class.
        class_order (float): Order of classes within the attribute.
    """

    attribute_id: str
    class_id: str
    attribute_order: float
    class_order: float
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        attribute_id = self.attribute_id

        class_id = self.class_id

        attribute_order = self.attribute_order

        class_order = self.class_order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "attribute_id": attribute_id,
                "class_id": class_id,
                "attribute_order": attribute_order,
                "class_order": class_order,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        attribute_id = d["attribute_id"]

        class_id = d["class_id"]

        attribute_order = d["attribute_order"]

        class_order = d["class_order"]

        attribute_class = cls(
            attribute_id,
            class_id,
            attribute_order,
            class_order,
        )

        extra = (
            {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "attribute_id",
                    "class_id",
                    "attribute_order",
                    "class_order",
                }
            }
            if len(d) > 4
            else {}
        )
        attribute_class.additional_properties = extra
        return attribute_class

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
