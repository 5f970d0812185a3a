from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.attribute_type import AttributeType
from ..types import NO_UNPARSED, UNSET, Unset, enum_member, parse_strictly, parse_uuid, parsing_strictly

T = TypeVar("T", bound="LabelsAttribute")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "name",
        "type",
        "is_required",
        "description",
        "norder",
        "is_conflicting",
    }
)

_JSON_NAMES: dict[str, str] = {
    "id": "id",
    "name": "name",
    "type_": "type",
    "is_required": "is_required",
    "description": "description",
    "norder": "norder",
    "is_conflicting": "is_conflicting",
}


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
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
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

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
        if "id" not in self.unparsed:
            id = str(self.id)
        else:  # read leniently: written back as the server sent it
            id = self.unparsed["id"].raw

        if "name" not in self.unparsed:
            name = self.name
        else:  # read leniently: written back as the server sent it
            name = self.unparsed["name"].raw

        if "type" not in self.unparsed:
            type_ = self.type_.value
        else:  # read leniently: written back as the server sent it
            type_ = self.unparsed["type"].raw

        if "is_required" not in self.unparsed:
            is_required = self.is_required
        else:  # read leniently: written back as the server sent it
            is_required = self.unparsed["is_required"].raw

        if "description" not in self.unparsed:
            description: None | str | Unset
            if isinstance(self.description, Unset):
                description = UNSET
            else:
                description = self.description
        else:  # read leniently: written back as the server sent it
            description = self.unparsed["description"].raw

        if "norder" not in self.unparsed:
            norder = self.norder
        else:  # read leniently: written back as the server sent it
            norder = self.unparsed["norder"].raw

        if "is_conflicting" not in self.unparsed:
            is_conflicting = self.is_conflicting
        else:  # read leniently: written back as the server sent it
            is_conflicting = self.unparsed["is_conflicting"].raw

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
        try:
            d = src_dict
            id = parse_uuid(d["id"])

            name = d["name"]

            type_ = enum_member(AttributeType, d["type"])

            is_required = d.get("is_required", UNSET)

            description = d.get("description", UNSET)

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
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 3 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            labels_attribute.additional_properties = extra
            return labels_attribute

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
            raise not_an_object("LabelsAttribute", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            id = parse_uuid(d["id"])

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            id = unparsed_field(
                unparsed,
                "LabelsAttribute",
                "id",
                d.get("id"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            name = d["name"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            name = unparsed_field(
                unparsed,
                "LabelsAttribute",
                "name",
                d.get("name"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            type_ = enum_member(AttributeType, d["type"])

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            type_ = unparsed_field(
                unparsed,
                "LabelsAttribute",
                "type",
                d.get("type"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            is_required = d.get("is_required", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            is_required = unparsed_field(
                unparsed,
                "LabelsAttribute",
                "is_required",
                d.get("is_required"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            description = d.get("description", UNSET)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            description = unparsed_field(
                unparsed,
                "LabelsAttribute",
                "description",
                d.get("description"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            norder = d.get("norder", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            norder = unparsed_field(
                unparsed,
                "LabelsAttribute",
                "norder",
                d.get("norder"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            is_conflicting = d.get("is_conflicting", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            is_conflicting = unparsed_field(
                unparsed,
                "LabelsAttribute",
                "is_conflicting",
                d.get("is_conflicting"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

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
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 3 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        labels_attribute.additional_properties = extra
        labels_attribute.unparsed = unparsed
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
