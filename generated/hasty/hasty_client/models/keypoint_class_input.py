from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_UNPARSED, UNSET, Unset, parse_strictly, parse_uuid, parsing_strictly

T = TypeVar("T", bound="KeypointClassInput")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "keypoint_schema_id",
        "name",
        "description",
        "min_points",
        "max_points",
        "norder",
        "editor_x",
        "editor_y",
    }
)

_JSON_NAMES: dict[str, str] = {
    "keypoint_schema_id": "keypoint_schema_id",
    "name": "name",
    "description": "description",
    "min_points": "min_points",
    "max_points": "max_points",
    "norder": "norder",
    "editor_x": "editor_x",
    "editor_y": "editor_y",
}


@_attrs_define
class KeypointClassInput:
    """A keypoint as sent in a keypoint schema (the page's `KeypointClass` without its read-only `id` and audit fields, as
    its request sample shows).

        Attributes:
            keypoint_schema_id (UUID | Unset):
            name (str | Unset): Name of the keypoint, for example `Right Hip`.
            description (None | str | Unset):
            min_points (int | Unset):
            max_points (int | Unset):
            norder (float | Unset):
            editor_x (float | Unset): Position in the schema editor.
            editor_y (float | Unset):
    """

    keypoint_schema_id: UUID | Unset = UNSET
    name: str | Unset = UNSET
    description: None | str | Unset = UNSET
    min_points: int | Unset = UNSET
    max_points: int | Unset = UNSET
    norder: float | Unset = UNSET
    editor_x: float | Unset = UNSET
    editor_y: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
        keypoint_schema_id: str | Unset = UNSET
        if not isinstance(self.keypoint_schema_id, Unset):
            keypoint_schema_id = str(self.keypoint_schema_id)

        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        min_points = self.min_points

        max_points = self.max_points

        norder = self.norder

        editor_x = self.editor_x

        editor_y = self.editor_y

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if keypoint_schema_id is not UNSET:
            field_dict["keypoint_schema_id"] = keypoint_schema_id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if min_points is not UNSET:
            field_dict["min_points"] = min_points
        if max_points is not UNSET:
            field_dict["max_points"] = max_points
        if norder is not UNSET:
            field_dict["norder"] = norder
        if editor_x is not UNSET:
            field_dict["editor_x"] = editor_x
        if editor_y is not UNSET:
            field_dict["editor_y"] = editor_y

        return field_dict

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
        if "keypoint_schema_id" not in self.unparsed:
            keypoint_schema_id: str | Unset = UNSET
            if not isinstance(self.keypoint_schema_id, Unset):
                keypoint_schema_id = str(self.keypoint_schema_id)
        else:  # read leniently: written back as the server sent it
            keypoint_schema_id = self.unparsed["keypoint_schema_id"].raw

        if "name" not in self.unparsed:
            name = self.name
        else:  # read leniently: written back as the server sent it
            name = self.unparsed["name"].raw

        if "description" not in self.unparsed:
            description: None | str | Unset
            if isinstance(self.description, Unset):
                description = UNSET
            else:
                description = self.description
        else:  # read leniently: written back as the server sent it
            description = self.unparsed["description"].raw

        if "min_points" not in self.unparsed:
            min_points = self.min_points
        else:  # read leniently: written back as the server sent it
            min_points = self.unparsed["min_points"].raw

        if "max_points" not in self.unparsed:
            max_points = self.max_points
        else:  # read leniently: written back as the server sent it
            max_points = self.unparsed["max_points"].raw

        if "norder" not in self.unparsed:
            norder = self.norder
        else:  # read leniently: written back as the server sent it
            norder = self.unparsed["norder"].raw

        if "editor_x" not in self.unparsed:
            editor_x = self.editor_x
        else:  # read leniently: written back as the server sent it
            editor_x = self.unparsed["editor_x"].raw

        if "editor_y" not in self.unparsed:
            editor_y = self.editor_y
        else:  # read leniently: written back as the server sent it
            editor_y = self.unparsed["editor_y"].raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if keypoint_schema_id is not UNSET:
            field_dict["keypoint_schema_id"] = keypoint_schema_id
        if name is not UNSET:
            field_dict["name"] = name
        if description is not UNSET:
            field_dict["description"] = description
        if min_points is not UNSET:
            field_dict["min_points"] = min_points
        if max_points is not UNSET:
            field_dict["max_points"] = max_points
        if norder is not UNSET:
            field_dict["norder"] = norder
        if editor_x is not UNSET:
            field_dict["editor_x"] = editor_x
        if editor_y is not UNSET:
            field_dict["editor_y"] = editor_y

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            _keypoint_schema_id = d.get("keypoint_schema_id", UNSET)
            keypoint_schema_id: UUID | Unset
            if isinstance(_keypoint_schema_id, Unset):
                keypoint_schema_id = UNSET
            else:
                keypoint_schema_id = parse_uuid(_keypoint_schema_id)

            name = d.get("name", UNSET)

            description = d.get("description", UNSET)

            min_points = d.get("min_points", UNSET)

            max_points = d.get("max_points", UNSET)

            norder = d.get("norder", UNSET)

            editor_x = d.get("editor_x", UNSET)

            editor_y = d.get("editor_y", UNSET)

            keypoint_class_input = cls(
                keypoint_schema_id,
                name,
                description,
                min_points,
                max_points,
                norder,
                editor_x,
                editor_y,
            )

            extra = (
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 0 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            keypoint_class_input.additional_properties = extra
            return keypoint_class_input

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
            raise not_an_object("KeypointClassInput", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
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
                "KeypointClassInput",
                "keypoint_schema_id",
                d.get("keypoint_schema_id"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            name = d.get("name", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            name = unparsed_field(
                unparsed,
                "KeypointClassInput",
                "name",
                d.get("name"),
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
                "KeypointClassInput",
                "description",
                d.get("description"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            min_points = d.get("min_points", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            min_points = unparsed_field(
                unparsed,
                "KeypointClassInput",
                "min_points",
                d.get("min_points"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            max_points = d.get("max_points", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            max_points = unparsed_field(
                unparsed,
                "KeypointClassInput",
                "max_points",
                d.get("max_points"),
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
                "KeypointClassInput",
                "norder",
                d.get("norder"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            editor_x = d.get("editor_x", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            editor_x = unparsed_field(
                unparsed,
                "KeypointClassInput",
                "editor_x",
                d.get("editor_x"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            editor_y = d.get("editor_y", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            editor_y = unparsed_field(
                unparsed,
                "KeypointClassInput",
                "editor_y",
                d.get("editor_y"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        keypoint_class_input = cls(
            keypoint_schema_id,
            name,
            description,
            min_points,
            max_points,
            norder,
            editor_x,
            editor_y,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 0 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        keypoint_class_input.additional_properties = extra
        keypoint_class_input.unparsed = unparsed
        return keypoint_class_input

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
