from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_UNPARSED, UNSET, parse_strictly, parse_uuid, parsing_strictly

T = TypeVar("T", bound="LabelAttributeValueUpdate")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "label_id",
        "value",
    }
)

_JSON_NAMES: dict[str, str] = {
    "id": "id",
    "label_id": "label_id",
    "value": "value",
}


@_attrs_define
class LabelAttributeValueUpdate:
    """A new value of an attribute on a label of the image.

    Attributes:
        id (UUID): Attribute identifier.
        label_id (UUID): Label identifier.
        value (bool | float | list[str] | None | str): Value of an attribute: text, number, boolean, a list of strings
            (MULTIPLE-SELECTION) or null.
    """

    id: UUID
    label_id: UUID
    value: bool | float | list[str] | None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
        id = str(self.id)

        label_id = str(self.label_id)

        value: bool | float | list[str] | None | str
        if isinstance(self.value, list):
            value = self.value

        else:
            value = self.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "label_id": label_id,
                "value": value,
            }
        )

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

        if "value" not in self.unparsed:
            value: bool | float | list[str] | None | str
            if isinstance(self.value, list):
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
                "value": value,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            id = parse_uuid(d["id"])

            label_id = parse_uuid(d["label_id"])

            def _parse_value(data: object) -> bool | float | list[str] | None | str:
                if data is None:
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    componentsschemas_attribute_value_type_3 = cast(list[str], data)

                    return componentsschemas_attribute_value_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(bool | float | list[str] | None | str, data)

            value = _parse_value(d["value"])

            label_attribute_value_update = cls(
                id,
                label_id,
                value,
            )

            extra = (
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 3 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            label_attribute_value_update.additional_properties = extra
            return label_attribute_value_update

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
            raise not_an_object("LabelAttributeValueUpdate", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            id = parse_uuid(d["id"])

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            id = unparsed_field(
                unparsed,
                "LabelAttributeValueUpdate",
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
                "LabelAttributeValueUpdate",
                "label_id",
                d.get("label_id"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:

            def _parse_value(data: object) -> bool | float | list[str] | None | str:
                if data is None:
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    componentsschemas_attribute_value_type_3 = cast(list[str], data)

                    return componentsschemas_attribute_value_type_3
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(bool | float | list[str] | None | str, data)

            value = _parse_value(d["value"])

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            value = unparsed_field(
                unparsed,
                "LabelAttributeValueUpdate",
                "value",
                d.get("value"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        label_attribute_value_update = cls(
            id,
            label_id,
            value,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 3 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        label_attribute_value_update.additional_properties = extra
        label_attribute_value_update.unparsed = unparsed
        return label_attribute_value_update

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
