from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_UNPARSED, UNSET, Unset, parse_strictly, parse_uuid, parsing_strictly

T = TypeVar("T", bound="KeypointSkeleton")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "keypoint_schema_id",
        "keypoint_class_id_a",
        "keypoint_class_id_b",
        "color",
    }
)

_JSON_NAMES: dict[str, str] = {
    "id": "id",
    "keypoint_schema_id": "keypoint_schema_id",
    "keypoint_class_id_a": "keypoint_class_id_a",
    "keypoint_class_id_b": "keypoint_class_id_b",
    "color": "color",
}


@_attrs_define
class KeypointSkeleton:
    """An edge of the skeleton between two keypoints.

    Attributes:
        id (UUID | Unset):
        keypoint_schema_id (UUID | Unset):
        keypoint_class_id_a (UUID | Unset): One end of the edge.
        keypoint_class_id_b (UUID | Unset): The other end of the edge.
        color (str | Unset): Colour of the edge, `#RRGGBB`.
    """

    id: UUID | Unset = UNSET
    keypoint_schema_id: UUID | Unset = UNSET
    keypoint_class_id_a: UUID | Unset = UNSET
    keypoint_class_id_b: UUID | Unset = UNSET
    color: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        keypoint_schema_id: str | Unset = UNSET
        if not isinstance(self.keypoint_schema_id, Unset):
            keypoint_schema_id = str(self.keypoint_schema_id)

        keypoint_class_id_a: str | Unset = UNSET
        if not isinstance(self.keypoint_class_id_a, Unset):
            keypoint_class_id_a = str(self.keypoint_class_id_a)

        keypoint_class_id_b: str | Unset = UNSET
        if not isinstance(self.keypoint_class_id_b, Unset):
            keypoint_class_id_b = str(self.keypoint_class_id_b)

        color = self.color

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if keypoint_schema_id is not UNSET:
            field_dict["keypoint_schema_id"] = keypoint_schema_id
        if keypoint_class_id_a is not UNSET:
            field_dict["keypoint_class_id_a"] = keypoint_class_id_a
        if keypoint_class_id_b is not UNSET:
            field_dict["keypoint_class_id_b"] = keypoint_class_id_b
        if color is not UNSET:
            field_dict["color"] = color

        return field_dict

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
        if "id" not in self.unparsed:
            id: str | Unset = UNSET
            if not isinstance(self.id, Unset):
                id = str(self.id)
        else:  # read leniently: written back as the server sent it
            id = self.unparsed["id"].raw

        if "keypoint_schema_id" not in self.unparsed:
            keypoint_schema_id: str | Unset = UNSET
            if not isinstance(self.keypoint_schema_id, Unset):
                keypoint_schema_id = str(self.keypoint_schema_id)
        else:  # read leniently: written back as the server sent it
            keypoint_schema_id = self.unparsed["keypoint_schema_id"].raw

        if "keypoint_class_id_a" not in self.unparsed:
            keypoint_class_id_a: str | Unset = UNSET
            if not isinstance(self.keypoint_class_id_a, Unset):
                keypoint_class_id_a = str(self.keypoint_class_id_a)
        else:  # read leniently: written back as the server sent it
            keypoint_class_id_a = self.unparsed["keypoint_class_id_a"].raw

        if "keypoint_class_id_b" not in self.unparsed:
            keypoint_class_id_b: str | Unset = UNSET
            if not isinstance(self.keypoint_class_id_b, Unset):
                keypoint_class_id_b = str(self.keypoint_class_id_b)
        else:  # read leniently: written back as the server sent it
            keypoint_class_id_b = self.unparsed["keypoint_class_id_b"].raw

        if "color" not in self.unparsed:
            color = self.color
        else:  # read leniently: written back as the server sent it
            color = self.unparsed["color"].raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if id is not UNSET:
            field_dict["id"] = id
        if keypoint_schema_id is not UNSET:
            field_dict["keypoint_schema_id"] = keypoint_schema_id
        if keypoint_class_id_a is not UNSET:
            field_dict["keypoint_class_id_a"] = keypoint_class_id_a
        if keypoint_class_id_b is not UNSET:
            field_dict["keypoint_class_id_b"] = keypoint_class_id_b
        if color is not UNSET:
            field_dict["color"] = color

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            _id = d.get("id", UNSET)
            id: UUID | Unset
            if isinstance(_id, Unset):
                id = UNSET
            else:
                id = parse_uuid(_id)

            _keypoint_schema_id = d.get("keypoint_schema_id", UNSET)
            keypoint_schema_id: UUID | Unset
            if isinstance(_keypoint_schema_id, Unset):
                keypoint_schema_id = UNSET
            else:
                keypoint_schema_id = parse_uuid(_keypoint_schema_id)

            _keypoint_class_id_a = d.get("keypoint_class_id_a", UNSET)
            keypoint_class_id_a: UUID | Unset
            if isinstance(_keypoint_class_id_a, Unset):
                keypoint_class_id_a = UNSET
            else:
                keypoint_class_id_a = parse_uuid(_keypoint_class_id_a)

            _keypoint_class_id_b = d.get("keypoint_class_id_b", UNSET)
            keypoint_class_id_b: UUID | Unset
            if isinstance(_keypoint_class_id_b, Unset):
                keypoint_class_id_b = UNSET
            else:
                keypoint_class_id_b = parse_uuid(_keypoint_class_id_b)

            color = d.get("color", UNSET)

            keypoint_skeleton = cls(
                id,
                keypoint_schema_id,
                keypoint_class_id_a,
                keypoint_class_id_b,
                color,
            )

            extra = (
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 0 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            keypoint_skeleton.additional_properties = extra
            return keypoint_skeleton

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
            raise not_an_object("KeypointSkeleton", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            _id = d.get("id", UNSET)
            id: UUID | Unset
            if isinstance(_id, Unset):
                id = UNSET
            else:
                id = parse_uuid(_id)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            id = unparsed_field(
                unparsed,
                "KeypointSkeleton",
                "id",
                d.get("id"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            _keypoint_schema_id = d.get("keypoint_schema_id", UNSET)
            keypoint_schema_id: UUID | Unset
            if isinstance(_keypoint_schema_id, Unset):
                keypoint_schema_id = UNSET
            else:
                keypoint_schema_id = parse_uuid(_keypoint_schema_id)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            keypoint_schema_id = unparsed_field(
                unparsed,
                "KeypointSkeleton",
                "keypoint_schema_id",
                d.get("keypoint_schema_id"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            _keypoint_class_id_a = d.get("keypoint_class_id_a", UNSET)
            keypoint_class_id_a: UUID | Unset
            if isinstance(_keypoint_class_id_a, Unset):
                keypoint_class_id_a = UNSET
            else:
                keypoint_class_id_a = parse_uuid(_keypoint_class_id_a)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            keypoint_class_id_a = unparsed_field(
                unparsed,
                "KeypointSkeleton",
                "keypoint_class_id_a",
                d.get("keypoint_class_id_a"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            _keypoint_class_id_b = d.get("keypoint_class_id_b", UNSET)
            keypoint_class_id_b: UUID | Unset
            if isinstance(_keypoint_class_id_b, Unset):
                keypoint_class_id_b = UNSET
            else:
                keypoint_class_id_b = parse_uuid(_keypoint_class_id_b)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            keypoint_class_id_b = unparsed_field(
                unparsed,
                "KeypointSkeleton",
                "keypoint_class_id_b",
                d.get("keypoint_class_id_b"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            color = d.get("color", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            color = unparsed_field(
                unparsed,
                "KeypointSkeleton",
                "color",
                d.get("color"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        keypoint_skeleton = cls(
            id,
            keypoint_schema_id,
            keypoint_class_id_a,
            keypoint_class_id_b,
            color,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 0 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        keypoint_skeleton.additional_properties = extra
        keypoint_skeleton.unparsed = unparsed
        return keypoint_skeleton

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
