from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.attribute_type import AttributeType
from ..types import UNSET, Unset

T = TypeVar("T", bound="LabelsAttribute")


@_attrs_define
class LabelsAttribute:
    """An attribute that applies to the given labels.

    Attributes:
        id (UUID): Attribute ID.
        name (str):
        type_ (AttributeType): Attribute type.
        is_required (bool | Unset):
        description (None | str | Unset):
        norder (float | Unset):
        is_conflicting (bool | Unset): Not explained on the page. Inferred: the given labels hold different values of
            this attribute.
    """

    id: UUID
    name: str
    type_: AttributeType
    is_required: bool | Unset = UNSET
    description: None | str | Unset = UNSET
    norder: float | Unset = UNSET
    is_conflicting: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        type_ = self.type_.value

        is_required = self.is_required

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        norder = self.norder

        is_conflicting = self.is_conflicting

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "type": type_,
            }
        )
        if is_required is not UNSET:
            field_dict["is_required"] = is_required
        if description is not UNSET:
            field_dict["description"] = description
        if norder is not UNSET:
            field_dict["norder"] = norder
        if is_conflicting is not UNSET:
            field_dict["is_conflicting"] = is_conflicting

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = UUID(d["id"])

        name = d["name"]

        type_ = AttributeType(d["type"])

        is_required = d.get("is_required", UNSET)

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.get("description", UNSET))

        norder = d.get("norder", UNSET)

        is_conflicting = d.get("is_conflicting", UNSET)

        labels_attribute = cls(
            id,
            name,
            type_,
            is_required,
            description,
            norder,
            is_conflicting,
        )

        extra = (
            {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "id",
                    "name",
                    "type",
                    "is_required",
                    "description",
                    "norder",
                    "is_conflicting",
                }
            }
            if len(d) > 3
            else {}
        )
        labels_attribute.additional_properties = extra
        return labels_attribute

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
