from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_UNPARSED, UNSET, Unset, parse_strictly, parse_uuid, parsing_strictly

T = TypeVar("T", bound="KeypointSchemaClass")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "keypoint_schema_id",
        "label_class_order",
        "label_class_id",
    }
)

_JSON_NAMES: dict[str, str] = {
    "keypoint_schema_id": "keypoint_schema_id",
    "label_class_order": "label_class_order",
    "label_class_id": "label_class_id",
}


@_attrs_define
class KeypointSchemaClass:
    """A link between a keypoint schema and a label class.

    Attributes:
        keypoint_schema_id (UUID): Keypoint schema ID.
        label_class_order (float): Order of label class within the keypoint schema.
        label_class_id (UUID | Unset): Label class ID.
    """

    keypoint_schema_id: UUID
    label_class_order: float
    label_class_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
        keypoint_schema_id = str(self.keypoint_schema_id)

        label_class_order = self.label_class_order

        label_class_id: str | Unset = UNSET
        if not isinstance(self.label_class_id, Unset):
            label_class_id = str(self.label_class_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "keypoint_schema_id": keypoint_schema_id,
                "label_class_order": label_class_order,
            }
        )
        if label_class_id is not UNSET:
            field_dict["label_class_id"] = label_class_id

        return field_dict

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
        if "keypoint_schema_id" not in self.unparsed:
            keypoint_schema_id = str(self.keypoint_schema_id)
        else:  # read leniently: written back as the server sent it
            keypoint_schema_id = self.unparsed["keypoint_schema_id"].raw

        if "label_class_order" not in self.unparsed:
            label_class_order = self.label_class_order
        else:  # read leniently: written back as the server sent it
            label_class_order = self.unparsed["label_class_order"].raw

        if "label_class_id" not in self.unparsed:
            label_class_id: str | Unset = UNSET
            if not isinstance(self.label_class_id, Unset):
                label_class_id = str(self.label_class_id)
        else:  # read leniently: written back as the server sent it
            label_class_id = self.unparsed["label_class_id"].raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "keypoint_schema_id": keypoint_schema_id,
                "label_class_order": label_class_order,
            }
        )
        if label_class_id is not UNSET:
            field_dict["label_class_id"] = label_class_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            keypoint_schema_id = parse_uuid(d["keypoint_schema_id"])

            label_class_order = d["label_class_order"]

            _label_class_id = d.get("label_class_id", UNSET)
            label_class_id: UUID | Unset
            if isinstance(_label_class_id, Unset):
                label_class_id = UNSET
            else:
                label_class_id = parse_uuid(_label_class_id)

            keypoint_schema_class = cls(
                keypoint_schema_id,
                label_class_order,
                label_class_id,
            )

            extra = (
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 2 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            keypoint_schema_class.additional_properties = extra
            return keypoint_schema_class

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
            raise not_an_object("KeypointSchemaClass", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            keypoint_schema_id = parse_uuid(d["keypoint_schema_id"])

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            keypoint_schema_id = unparsed_field(
                unparsed,
                "KeypointSchemaClass",
                "keypoint_schema_id",
                d.get("keypoint_schema_id"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            label_class_order = d["label_class_order"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            label_class_order = unparsed_field(
                unparsed,
                "KeypointSchemaClass",
                "label_class_order",
                d.get("label_class_order"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            _label_class_id = d.get("label_class_id", UNSET)
            label_class_id: UUID | Unset
            if isinstance(_label_class_id, Unset):
                label_class_id = UNSET
            else:
                label_class_id = parse_uuid(_label_class_id)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            label_class_id = unparsed_field(
                unparsed,
                "KeypointSchemaClass",
                "label_class_id",
                d.get("label_class_id"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        keypoint_schema_class = cls(
            keypoint_schema_id,
            label_class_order,
            label_class_id,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 2 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        keypoint_schema_class.additional_properties = extra
        keypoint_schema_class.unparsed = unparsed
        return keypoint_schema_class

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
