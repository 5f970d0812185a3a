from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_UNPARSED, UNSET, Unset, parse_datetime, parse_strictly, parse_uuid, parsing_strictly

T = TypeVar("T", bound="KeypointClass")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "name",
        "keypoint_schema_id",
        "description",
        "min_points",
        "max_points",
        "created_by",
        "create_date",
        "updated_by",
        "update_date",
        "norder",
        "editor_x",
        "editor_y",
    }
)

_JSON_NAMES: dict[str, str] = {
    "id": "id",
    "name": "name",
    "keypoint_schema_id": "keypoint_schema_id",
    "description": "description",
    "min_points": "min_points",
    "max_points": "max_points",
    "created_by": "created_by",
    "create_date": "create_date",
    "updated_by": "updated_by",
    "update_date": "update_date",
    "norder": "norder",
    "editor_x": "editor_x",
    "editor_y": "editor_y",
}


@_attrs_define
class KeypointClass:
    """A keypoint of a keypoint schema.

    Attributes:
        id (UUID):
        name (str): Name of the keypoint, for example `Right Hip`.
        keypoint_schema_id (UUID | Unset):
        description (None | str | Unset):
        min_points (int | Unset):
        max_points (int | Unset):
        created_by (UUID | Unset):
        create_date (datetime.datetime | Unset):
        updated_by (UUID | Unset):
        update_date (datetime.datetime | Unset):
        norder (float | Unset):
        editor_x (float | Unset): Position in the schema editor.
        editor_y (float | Unset):
    """

    id: UUID
    name: str
    keypoint_schema_id: UUID | Unset = UNSET
    description: None | str | Unset = UNSET
    min_points: int | Unset = UNSET
    max_points: int | Unset = UNSET
    created_by: UUID | Unset = UNSET
    create_date: datetime.datetime | Unset = UNSET
    updated_by: UUID | Unset = UNSET
    update_date: datetime.datetime | Unset = UNSET
    norder: float | Unset = UNSET
    editor_x: float | Unset = UNSET
    editor_y: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
        id = str(self.id)

        name = self.name

        keypoint_schema_id: str | Unset = UNSET
        if not isinstance(self.keypoint_schema_id, Unset):
            keypoint_schema_id = str(self.keypoint_schema_id)

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        min_points = self.min_points

        max_points = self.max_points

        created_by: str | Unset = UNSET
        if not isinstance(self.created_by, Unset):
            created_by = str(self.created_by)

        create_date: str | Unset = UNSET
        if not isinstance(self.create_date, Unset):
            create_date = self.create_date.isoformat().replace("+00:00", "Z")

        updated_by: str | Unset = UNSET
        if not isinstance(self.updated_by, Unset):
            updated_by = str(self.updated_by)

        update_date: str | Unset = UNSET
        if not isinstance(self.update_date, Unset):
            update_date = self.update_date.isoformat().replace("+00:00", "Z")

        norder = self.norder

        editor_x = self.editor_x

        editor_y = self.editor_y

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if keypoint_schema_id is not UNSET:
            field_dict["keypoint_schema_id"] = keypoint_schema_id
        if description is not UNSET:
            field_dict["description"] = description
        if min_points is not UNSET:
            field_dict["min_points"] = min_points
        if max_points is not UNSET:
            field_dict["max_points"] = max_points
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if create_date is not UNSET:
            field_dict["create_date"] = create_date
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by
        if update_date is not UNSET:
            field_dict["update_date"] = update_date
        if norder is not UNSET:
            field_dict["norder"] = norder
        if editor_x is not UNSET:
            field_dict["editor_x"] = editor_x
        if editor_y is not UNSET:
            field_dict["editor_y"] = editor_y

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

        if "keypoint_schema_id" not in self.unparsed:
            keypoint_schema_id: str | Unset = UNSET
            if not isinstance(self.keypoint_schema_id, Unset):
                keypoint_schema_id = str(self.keypoint_schema_id)
        else:  # read leniently: written back as the server sent it
            keypoint_schema_id = self.unparsed["keypoint_schema_id"].raw

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

        if "created_by" not in self.unparsed:
            created_by: str | Unset = UNSET
            if not isinstance(self.created_by, Unset):
                created_by = str(self.created_by)
        else:  # read leniently: written back as the server sent it
            created_by = self.unparsed["created_by"].raw

        if "create_date" not in self.unparsed:
            create_date: str | Unset = UNSET
            if not isinstance(self.create_date, Unset):
                create_date = self.create_date.isoformat().replace("+00:00", "Z")
        else:  # read leniently: written back as the server sent it
            create_date = self.unparsed["create_date"].raw

        if "updated_by" not in self.unparsed:
            updated_by: str | Unset = UNSET
            if not isinstance(self.updated_by, Unset):
                updated_by = str(self.updated_by)
        else:  # read leniently: written back as the server sent it
            updated_by = self.unparsed["updated_by"].raw

        if "update_date" not in self.unparsed:
            update_date: str | Unset = UNSET
            if not isinstance(self.update_date, Unset):
                update_date = self.update_date.isoformat().replace("+00:00", "Z")
        else:  # read leniently: written back as the server sent it
            update_date = self.unparsed["update_date"].raw

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
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if keypoint_schema_id is not UNSET:
            field_dict["keypoint_schema_id"] = keypoint_schema_id
        if description is not UNSET:
            field_dict["description"] = description
        if min_points is not UNSET:
            field_dict["min_points"] = min_points
        if max_points is not UNSET:
            field_dict["max_points"] = max_points
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if create_date is not UNSET:
            field_dict["create_date"] = create_date
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by
        if update_date is not UNSET:
            field_dict["update_date"] = update_date
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
            id = parse_uuid(d["id"])

            name = d["name"]

            _keypoint_schema_id = d.get("keypoint_schema_id", UNSET)
            keypoint_schema_id: UUID | Unset
            if isinstance(_keypoint_schema_id, Unset):
                keypoint_schema_id = UNSET
            else:
                keypoint_schema_id = parse_uuid(_keypoint_schema_id)

            description = d.get("description", UNSET)

            min_points = d.get("min_points", UNSET)

            max_points = d.get("max_points", UNSET)

            _created_by = d.get("created_by", UNSET)
            created_by: UUID | Unset
            if isinstance(_created_by, Unset):
                created_by = UNSET
            else:
                created_by = parse_uuid(_created_by)

            _create_date = d.get("create_date", UNSET)
            create_date: datetime.datetime | Unset
            if isinstance(_create_date, Unset):
                create_date = UNSET
            else:
                create_date = parse_datetime(_create_date)

            _updated_by = d.get("updated_by", UNSET)
            updated_by: UUID | Unset
            if isinstance(_updated_by, Unset):
                updated_by = UNSET
            else:
                updated_by = parse_uuid(_updated_by)

            _update_date = d.get("update_date", UNSET)
            update_date: datetime.datetime | Unset
            if isinstance(_update_date, Unset):
                update_date = UNSET
            else:
                update_date = parse_datetime(_update_date)

            norder = d.get("norder", UNSET)

            editor_x = d.get("editor_x", UNSET)

            editor_y = d.get("editor_y", UNSET)

            keypoint_class = cls(
                id,
                name,
                keypoint_schema_id,
                description,
                min_points,
                max_points,
                created_by,
                create_date,
                updated_by,
                update_date,
                norder,
                editor_x,
                editor_y,
            )

            extra = (
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 2 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            keypoint_class.additional_properties = extra
            return keypoint_class

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
            raise not_an_object("KeypointClass", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            id = parse_uuid(d["id"])

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            id = unparsed_field(
                unparsed,
                "KeypointClass",
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
                "KeypointClass",
                "name",
                d.get("name"),
                exc_,
                required=True,
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
                "KeypointClass",
                "keypoint_schema_id",
                d.get("keypoint_schema_id"),
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
                "KeypointClass",
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
                "KeypointClass",
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
                "KeypointClass",
                "max_points",
                d.get("max_points"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            _created_by = d.get("created_by", UNSET)
            created_by: UUID | Unset
            if isinstance(_created_by, Unset):
                created_by = UNSET
            else:
                created_by = parse_uuid(_created_by)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            created_by = unparsed_field(
                unparsed,
                "KeypointClass",
                "created_by",
                d.get("created_by"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            _create_date = d.get("create_date", UNSET)
            create_date: datetime.datetime | Unset
            if isinstance(_create_date, Unset):
                create_date = UNSET
            else:
                create_date = parse_datetime(_create_date)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            create_date = unparsed_field(
                unparsed,
                "KeypointClass",
                "create_date",
                d.get("create_date"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            _updated_by = d.get("updated_by", UNSET)
            updated_by: UUID | Unset
            if isinstance(_updated_by, Unset):
                updated_by = UNSET
            else:
                updated_by = parse_uuid(_updated_by)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            updated_by = unparsed_field(
                unparsed,
                "KeypointClass",
                "updated_by",
                d.get("updated_by"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            _update_date = d.get("update_date", UNSET)
            update_date: datetime.datetime | Unset
            if isinstance(_update_date, Unset):
                update_date = UNSET
            else:
                update_date = parse_datetime(_update_date)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            update_date = unparsed_field(
                unparsed,
                "KeypointClass",
                "update_date",
                d.get("update_date"),
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
                "KeypointClass",
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
                "KeypointClass",
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
                "KeypointClass",
                "editor_y",
                d.get("editor_y"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        keypoint_class = cls(
            id,
            name,
            keypoint_schema_id,
            description,
            min_points,
            max_points,
            created_by,
            create_date,
            updated_by,
            update_date,
            norder,
            editor_x,
            editor_y,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 2 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        keypoint_class.additional_properties = extra
        keypoint_class.unparsed = unparsed
        return keypoint_class

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
