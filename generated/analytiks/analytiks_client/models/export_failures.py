from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_UNPARSED, UNSET, Unset, parse_strictly, parsing_strictly

T = TypeVar("T", bound="ExportFailures")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "description",
        "locations",
        "referenceNumbers",
    }
)

_JSON_NAMES: dict[str, str] = {
    "description": "description",
    "locations": "locations",
    "reference_numbers": "referenceNumbers",
}


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
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
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

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
        if "description" not in self.unparsed:
            description = self.description
        else:  # read leniently: written back as the server sent it
            description = self.unparsed["description"].raw

        if "locations" not in self.unparsed:
            locations: list[int] | Unset = UNSET
            if not isinstance(self.locations, Unset):
                locations = self.locations

        else:  # read leniently: written back as the server sent it
            locations = self.unparsed["locations"].raw

        if "referenceNumbers" not in self.unparsed:
            reference_numbers: list[str] | Unset = UNSET
            if not isinstance(self.reference_numbers, Unset):
                reference_numbers = self.reference_numbers

        else:  # read leniently: written back as the server sent it
            reference_numbers = self.unparsed["referenceNumbers"].raw

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
        try:
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
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 0 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            export_failures.additional_properties = extra
            return export_failures

        except Exception:  # noqa: BLE001
            if parsing_strictly():
                raise
            return cls._from_dict_lenient(src_dict)

    @classmethod
    def from_json(cls: type[T], content: bytes) -> T:
        """`from_dict(loads_json(content))`, the same model, decoded in C when the body fits
        the schema exactly (see _runtime/fastdecode.py)."""
        from .._runtime.fastdecode import decode_model  # noqa: PLC0415 - msgspec loads on first use

        return decode_model(cls, content)

    @classmethod
    def _from_dict_strict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """`from_dict` that raises when the object does not fit (a union trying its shapes)."""
        return parse_strictly(cls.from_dict, src_dict)

    @classmethod
    def _from_dict_lenient(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        """`from_dict` field by field: what cannot be read keeps its raw value (in `unparsed`)."""
        from .._runtime.lenient import not_an_object, unparsed_field  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise not_an_object("ExportFailures", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            description = d.get("description", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            description = unparsed_field(
                unparsed,
                "ExportFailures",
                "description",
                d.get("description"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            locations = cast(list[int], d.get("locations", UNSET))

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            locations = unparsed_field(
                unparsed,
                "ExportFailures",
                "locations",
                d.get("locations"),
                exc_,
                required=False,
                structural=True,
                unset=UNSET,
            )

        try:
            reference_numbers = cast(list[str], d.get("referenceNumbers", UNSET))

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            reference_numbers = unparsed_field(
                unparsed,
                "ExportFailures",
                "referenceNumbers",
                d.get("referenceNumbers"),
                exc_,
                required=False,
                structural=True,
                unset=UNSET,
            )

        export_failures = cls(
            description,
            locations,
            reference_numbers,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 0 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        export_failures.additional_properties = extra
        export_failures.unparsed = unparsed
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
