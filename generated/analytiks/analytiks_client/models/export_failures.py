from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExportFailures")


@_attrs_define
class ExportFailures:
    """Locations that were rejected. Empty (`{}`) when every location was authorized
    (inferred reading of "the failures object will just be empty").

        Attributes:
            description (str | Unset):
            locations (list[int] | Unset): Rejected location IDs.
            reference_numbers (list[str] | Unset): Rejected reference numbers, when the request named locations by reference
                number (inferred).
    """

    description: str | Unset = UNSET
    locations: list[int] | Unset = UNSET
    reference_numbers: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        description = self.description

        locations: list[int] | Unset = UNSET
        if not isinstance(self.locations, Unset):
            locations = self.locations

        reference_numbers: list[str] | Unset = UNSET
        if not isinstance(self.reference_numbers, Unset):
            reference_numbers = self.reference_numbers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if description is not UNSET:
            field_dict["description"] = description
        if locations is not UNSET:
            field_dict["locations"] = locations
        if reference_numbers is not UNSET:
            field_dict["referenceNumbers"] = reference_numbers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        description = d.get("description", UNSET)

        locations = cast(list[int], d.get("locations", UNSET))

        reference_numbers = cast(list[str], d.get("referenceNumbers", UNSET))

        export_failures = cls(
            description,
            locations,
            reference_numbers,
        )

        extra = (
            {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "description",
                    "locations",
                    "referenceNumbers",
                }
            }
            if len(d) > 0
            else {}
        )
        export_failures.additional_properties = extra
        return export_failures

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
