from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_UNPARSED, UNSET, Unset, parse_datetime, parse_strictly, parse_uuid, parsing_strictly

T = TypeVar("T", bound="LabelKeypoint")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "keypoint_class_id",
        "x",
        "y",
        "id",
        "visible",
        "created_by",
        "create_date",
        "updated_by",
        "update_date",
        "norder",
    }
)

_JSON_NAMES: dict[str, str] = {
    "keypoint_class_id": "keypoint_class_id",
    "x": "x",
    "y": "y",
    "id": "id",
    "visible": "visible",
    "created_by": "created_by",
    "create_date": "create_date",
    "updated_by": "updated_by",
    "update_date": "update_date",
    "norder": "norder",
}


@_attrs_define
class LabelKeypoint:
    """A keypoint placed on a label.

    Attributes:
        keypoint_class_id (UUID):
        x (float):
        y (float):
        id (UUID | Unset):
        visible (bool | Unset):
        created_by (UUID | Unset):
        create_date (datetime.datetime | Unset):
        updated_by (UUID | Unset):
        update_date (datetime.datetime | Unset):
        norder (float | Unset):
    """

    keypoint_class_id: UUID
    x: float
    y: float
    id: UUID | Unset = UNSET
    visible: bool | Unset = UNSET
    created_by: UUID | Unset = UNSET
    create_date: datetime.datetime | Unset = UNSET
    updated_by: UUID | Unset = UNSET
    update_date: datetime.datetime | Unset = UNSET
    norder: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
        keypoint_class_id = str(self.keypoint_class_id)

        x = self.x

        y = self.y

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        visible = self.visible

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "keypoint_class_id": keypoint_class_id,
                "x": x,
                "y": y,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if visible is not UNSET:
            field_dict["visible"] = visible
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

        return field_dict

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
        if "keypoint_class_id" not in self.unparsed:
            keypoint_class_id = str(self.keypoint_class_id)
        else:  # read leniently: written back as the server sent it
            keypoint_class_id = self.unparsed["keypoint_class_id"].raw

        if "x" not in self.unparsed:
            x = self.x
        else:  # read leniently: written back as the server sent it
            x = self.unparsed["x"].raw

        if "y" not in self.unparsed:
            y = self.y
        else:  # read leniently: written back as the server sent it
            y = self.unparsed["y"].raw

        if "id" not in self.unparsed:
            id: str | Unset = UNSET
            if not isinstance(self.id, Unset):
                id = str(self.id)
        else:  # read leniently: written back as the server sent it
            id = self.unparsed["id"].raw

        if "visible" not in self.unparsed:
            visible = self.visible
        else:  # read leniently: written back as the server sent it
            visible = self.unparsed["visible"].raw

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "keypoint_class_id": keypoint_class_id,
                "x": x,
                "y": y,
            }
        )
        if id is not UNSET:
            field_dict["id"] = id
        if visible is not UNSET:
            field_dict["visible"] = visible
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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            keypoint_class_id = parse_uuid(d["keypoint_class_id"])

            x = d["x"]

            y = d["y"]

            _id = d.get("id", UNSET)
            id: UUID | Unset
            if isinstance(_id, Unset):
                id = UNSET
            else:
                id = parse_uuid(_id)

            visible = d.get("visible", UNSET)

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

            label_keypoint = cls(
                keypoint_class_id,
                x,
                y,
                id,
                visible,
                created_by,
                create_date,
                updated_by,
                update_date,
                norder,
            )

            extra = (
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 3 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            label_keypoint.additional_properties = extra
            return label_keypoint

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
            raise not_an_object("LabelKeypoint", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            keypoint_class_id = parse_uuid(d["keypoint_class_id"])

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            keypoint_class_id = unparsed_field(
                unparsed,
                "LabelKeypoint",
                "keypoint_class_id",
                d.get("keypoint_class_id"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            x = d["x"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            x = unparsed_field(
                unparsed,
                "LabelKeypoint",
                "x",
                d.get("x"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            y = d["y"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            y = unparsed_field(
                unparsed,
                "LabelKeypoint",
                "y",
                d.get("y"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

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
                "LabelKeypoint",
                "id",
                d.get("id"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            visible = d.get("visible", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            visible = unparsed_field(
                unparsed,
                "LabelKeypoint",
                "visible",
                d.get("visible"),
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
                "LabelKeypoint",
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
                "LabelKeypoint",
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
                "LabelKeypoint",
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
                "LabelKeypoint",
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
                "LabelKeypoint",
                "norder",
                d.get("norder"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        label_keypoint = cls(
            keypoint_class_id,
            x,
            y,
            id,
            visible,
            created_by,
            create_date,
            updated_by,
            update_date,
            norder,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 3 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        label_keypoint.additional_properties = extra
        label_keypoint.unparsed = unparsed
        return label_keypoint

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
