from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="ExportError")


@_attrs_define
class ExportError:
    """Error body of the exports host (inferred; the page documents none).

    Attributes:
        error (str): `invalid_request` (400), `unauthorized` (401), `forbidden` (403).
        message (str):
        locations (list[int] | Unset): The location IDs that were not authorized (401 only).
        reference_numbers (list[str] | Unset): The reference numbers that were not authorized (401 only).
    """

    error: str
    message: str
    locations: list[int] | Unset = UNSET
    reference_numbers: list[str] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        error = self.error

        message = self.message

        locations: list[int] | Unset = UNSET
        if not isinstance(self.locations, Unset):
            locations = self.locations

        reference_numbers: list[str] | Unset = UNSET
        if not isinstance(self.reference_numbers, Unset):
            reference_numbers = self.reference_numbers

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
                "message": message,
            }
        )
        if locations is not UNSET:
            field_dict["locations"] = locations
        if reference_numbers is not UNSET:
            field_dict["referenceNumbers"] = reference_numbers

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        error = d["error"]

        message = d["message"]

        locations = cast(list[int], d.get("locations", UNSET))

        reference_numbers = cast(list[str], d.get("referenceNumbers", UNSET))

        export_error = cls(
            error,
            message,
            locations,
            reference_numbers,
        )

        extra = (
            {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "error",
                    "message",
                    "locations",
                    "referenceNumbers",
                }
            }
            if len(d) > 2
            else {}
        )
        export_error.additional_properties = extra
        return export_error

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
