from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_UNPARSED, UNSET, parse_strictly, parsing_strictly

T = TypeVar("T", bound="AttributeClass")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "attribute_id",
        "class_id",
        "attribute_order",
        "class_order",
    }
)

_JSON_NAMES: dict[str, str] = {
    "attribute_id": "attribute_id",
    "class_id": "class_id",
    "attribute_order": "attribute_order",
    "class_order": "class_order",
}


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
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
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

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
        if "attribute_id" not in self.unparsed:
            attribute_id = self.attribute_id
        else:  # read leniently: written back as the server sent it
            attribute_id = self.unparsed["attribute_id"].raw

        if "class_id" not in self.unparsed:
            class_id = self.class_id
        else:  # read leniently: written back as the server sent it
            class_id = self.unparsed["class_id"].raw

        if "attribute_order" not in self.unparsed:
            attribute_order = self.attribute_order
        else:  # read leniently: written back as the server sent it
            attribute_order = self.unparsed["attribute_order"].raw

        if "class_order" not in self.unparsed:
            class_order = self.class_order
        else:  # read leniently: written back as the server sent it
            class_order = self.unparsed["class_order"].raw

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
        try:
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
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 4 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            attribute_class.additional_properties = extra
            return attribute_class

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
            raise not_an_object("AttributeClass", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            attribute_id = d["attribute_id"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            attribute_id = unparsed_field(
                unparsed,
                "AttributeClass",
                "attribute_id",
                d.get("attribute_id"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            class_id = d["class_id"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            class_id = unparsed_field(
                unparsed,
                "AttributeClass",
                "class_id",
                d.get("class_id"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            attribute_order = d["attribute_order"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            attribute_order = unparsed_field(
                unparsed,
                "AttributeClass",
                "attribute_order",
                d.get("attribute_order"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            class_order = d["class_order"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            class_order = unparsed_field(
                unparsed,
                "AttributeClass",
                "class_order",
                d.get("class_order"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        attribute_class = cls(
            attribute_id,
            class_id,
            attribute_order,
            class_order,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 4 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        attribute_class.additional_properties = extra
        attribute_class.unparsed = unparsed
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
