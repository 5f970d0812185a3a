from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.attribute_type import AttributeType
from ..types import NO_UNPARSED, UNSET, Unset, enum_member, parse_strictly, parse_uuid, parsing_strictly

T = TypeVar("T", bound="LabelAttributeValue")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "label_id",
        "name",
        "type",
        "description",
        "value",
    }
)

_JSON_NAMES: dict[str, str] = {
    "id": "id",
    "label_id": "label_id",
    "name": "name",
    "type_": "type",
    "description": "description",
    "value": "value",
}


@_attrs_define
class LabelAttributeValue:
    """The value of an attribute on a label.

    Attributes:
        id (UUID): Attribute ID.
        label_id (UUID):
        name (str | Unset): Attribute name.
        type_ (AttributeType | Unset): Attribute type.
        description (None | str | Unset):
        value (bool | float | list[str] | None | str | Unset): Value of an attribute: text, number, boolean, a list of
            strings (MULTIPLE-SELECTION) or null.
    """

    id: UUID
    label_id: UUID
    name: str | Unset = UNSET
    type_: AttributeType | Unset = UNSET
    description: None | str | Unset = UNSET
    value: bool | float | list[str] | None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
        id = str(self.id)

        label_id = str(self.label_id)

        name = self.name

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        value: bool | float | list[str] | None | str | Unset
        if isinstance(self.value, Unset):
            value = UNSET
        elif isinstance(self.value, list):
            value = self.value

        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "label_id": label_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
        if "id" not in self.unparsed:
            id = str(self.id)
        else:  # read leniently: written back as the server sent it
            id = self.unparsed["id"].raw

        if "label_id" not in self.unparsed:
            label_id = str(self.label_id)
        else:  # read leniently: written back as the server sent it
            label_id = self.unparsed["label_id"].raw

        if "name" not in self.unparsed:
            name = self.name
        else:  # read leniently: written back as the server sent it
            name = self.unparsed["name"].raw

        if "type" not in self.unparsed:
            type_: str | Unset = UNSET
            if not isinstance(self.type_, Unset):
                type_ = self.type_.value

        else:  # read leniently: written back as the server sent it
            type_ = self.unparsed["type"].raw

        if "description" not in self.unparsed:
            description: None | str | Unset
            if isinstance(self.description, Unset):
                description = UNSET
            else:
                description = self.description
        else:  # read leniently: written back as the server sent it
            description = self.unparsed["description"].raw

        if "value" not in self.unparsed:
            value: bool | float | list[str] | None | str | Unset
            if isinstance(self.value, Unset):
                value = UNSET
            elif isinstance(self.value, list):
                value = self.value

            else:
                value = self.value
        else:  # read leniently: written back as the server sent it
            value = self.unparsed["value"].raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "label_id": label_id,
            }
        )
        if name is not UNSET:
            field_dict["name"] = name
        if type_ is not UNSET:
            field_dict["type"] = type_
        if description is not UNSET:
            field_dict["description"] = description
        if value is not UNSET:
            field_dict["value"] = value

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            id = parse_uuid(d["id"])

            label_id = parse_uuid(d["label_id"])

            name = d.get("name", UNSET)

            _type_ = d.get("type", UNSET)
            type_: AttributeType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = enum_member(AttributeType, _type_)

            description = d.get("description", UNSET)

            def _parse_value(data: object) -> bool | float | list[str] | None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    componentsschemas_attribute_value_type_3 = cast(list[str], data)

                    return componentsschemas_attribute_value_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(bool | float | list[str] | None | str | Unset, data)

            value = _parse_value(d.get("value", UNSET))

            label_attribute_value = cls(
                id,
                label_id,
                name,
                type_,
                description,
                value,
            )

            extra = (
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 2 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            label_attribute_value.additional_properties = extra
            return label_attribute_value

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
            raise not_an_object("LabelAttributeValue", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            id = parse_uuid(d["id"])

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            id = unparsed_field(
                unparsed,
                "LabelAttributeValue",
                "id",
                d.get("id"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            label_id = parse_uuid(d["label_id"])

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            label_id = unparsed_field(
                unparsed,
                "LabelAttributeValue",
                "label_id",
                d.get("label_id"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            name = d.get("name", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            name = unparsed_field(
                unparsed,
                "LabelAttributeValue",
                "name",
                d.get("name"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            _type_ = d.get("type", UNSET)
            type_: AttributeType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = enum_member(AttributeType, _type_)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            type_ = unparsed_field(
                unparsed,
                "LabelAttributeValue",
                "type",
                d.get("type"),
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
                "LabelAttributeValue",
                "description",
                d.get("description"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:

            def _parse_value(data: object) -> bool | float | list[str] | None | str | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    componentsschemas_attribute_value_type_3 = cast(list[str], data)

                    return componentsschemas_attribute_value_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(bool | float | list[str] | None | str | Unset, data)

            value = _parse_value(d.get("value", UNSET))

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            value = unparsed_field(
                unparsed,
                "LabelAttributeValue",
                "value",
                d.get("value"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        label_attribute_value = cls(
            id,
            label_id,
            name,
            type_,
            description,
            value,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 2 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        label_attribute_value.additional_properties = extra
        label_attribute_value.unparsed = unparsed
        return label_attribute_value

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
