from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_UNPARSED, UNSET, Unset, parse_strictly, parsing_strictly

T = TypeVar("T", bound="SetLabelAttributeRequest")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "value",
        "predicted_values",
    }
)

_JSON_NAMES: dict[str, str] = {
    "value": "value",
    "predicted_values": "predicted_values",
}


@_attrs_define
class SetLabelAttributeRequest:
    """
    Attributes:
        value (bool | float | list[str] | None | str): Value of an attribute: text, number, boolean, a list of strings
            (MULTIPLE-SELECTION) or null.
        predicted_values (list[str] | str | Unset): Predicted value of the attribute.
    """

    value: bool | float | list[str] | None | str
    predicted_values: list[str] | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
        value: bool | float | list[str] | None | str
        if isinstance(self.value, list):
            value = self.value

        else:
            value = self.value

        predicted_values: list[str] | str | Unset
        if isinstance(self.predicted_values, Unset):
            predicted_values = UNSET
        elif isinstance(self.predicted_values, list):
            predicted_values = self.predicted_values

        else:
            predicted_values = self.predicted_values

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
            }
        )
        if predicted_values is not UNSET:
            field_dict["predicted_values"] = predicted_values

        return field_dict

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
        if "value" not in self.unparsed:
            value: bool | float | list[str] | None | str
            if isinstance(self.value, list):
                value = self.value

            else:
                value = self.value
        else:  # read leniently: written back as the server sent it
            value = self.unparsed["value"].raw

        if "predicted_values" not in self.unparsed:
            predicted_values: list[str] | str | Unset
            if isinstance(self.predicted_values, Unset):
                predicted_values = UNSET
            elif isinstance(self.predicted_values, list):
                predicted_values = self.predicted_values

            else:
                predicted_values = self.predicted_values
        else:  # read leniently: written back as the server sent it
            predicted_values = self.unparsed["predicted_values"].raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "value": value,
            }
        )
        if predicted_values is not UNSET:
            field_dict["predicted_values"] = predicted_values

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict

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

            def _parse_predicted_values(data: object) -> list[str] | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    predicted_values_type_1 = cast(list[str], data)

                    return predicted_values_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | str | Unset, data)

            predicted_values = _parse_predicted_values(d.get("predicted_values", UNSET))

            set_label_attribute_request = cls(
                value,
                predicted_values,
            )

            extra = (
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 1 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            set_label_attribute_request.additional_properties = extra
            return set_label_attribute_request

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
            raise not_an_object("SetLabelAttributeRequest", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
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
                "SetLabelAttributeRequest",
                "value",
                d.get("value"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:

            def _parse_predicted_values(data: object) -> list[str] | str | Unset:
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    predicted_values_type_1 = cast(list[str], data)

                    return predicted_values_type_1
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | str | Unset, data)

            predicted_values = _parse_predicted_values(d.get("predicted_values", UNSET))

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            predicted_values = unparsed_field(
                unparsed,
                "SetLabelAttributeRequest",
                "predicted_values",
                d.get("predicted_values"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        set_label_attribute_request = cls(
            value,
            predicted_values,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 1 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        set_label_attribute_request.additional_properties = extra
        set_label_attribute_request.unparsed = unparsed
        return set_label_attribute_request

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
