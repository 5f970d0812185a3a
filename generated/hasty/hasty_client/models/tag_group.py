from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tag_group_type import TagGroupType
from ..types import UNSET, Unset

T = TypeVar("T", bound="TagGroup")


@_attrs_define
class TagGroup:
    """A tag group.

    Attributes:
        id (UUID):
        name (str): Tag group name.
        type_ (TagGroupType): Tag group type.
        is_required (bool | Unset): Tag group is required. Default: False.
        norder (float | Unset): Tag groups order.
    """

    id: UUID
    name: str
    type_: TagGroupType
    is_required: bool | Unset = False
    norder: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        name = self.name

        type_ = self.type_.value

        is_required = self.is_required

        norder = self.norder

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
        if norder is not UNSET:
            field_dict["norder"] = norder

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = UUID(d["id"])

        name = d["name"]

        type_ = TagGroupType(d["type"])

        is_required = d.get("is_required", UNSET)

        norder = d.get("norder", UNSET)

        tag_group = cls(
            id,
            name,
            type_,
            is_required,
            norder,
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
                    "norder",
                }
            }
            if len(d) > 3
            else {}
        )
        tag_group.additional_properties = extra
        return tag_group

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
