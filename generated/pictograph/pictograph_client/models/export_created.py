from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.export_status import ExportStatus
from ..types import NO_UNPARSED, UNSET, enum_member, parse_datetime, parse_strictly, parsing_strictly

T = TypeVar("T", bound="ExportCreated")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "name",
        "status",
        "created_at",
    }
)

_JSON_NAMES: dict[str, str] = {
    "id": "id",
    "name": "name",
    "status": "status",
    "created_at": "created_at",
}


@_attrs_define
class ExportCreated:
    """A newly created export, as `create_export` answers.

    Attributes:
        id (str): Identifier of the export (the page's example is not a UUID, so no format is declared).
        name (str):
        status (ExportStatus): - `pending`: the export is queued.
            - `processing`: the export is being created.
            - `completed`: the export is ready for download.
            - `failed`: the export failed (see `error_message`).
        created_at (datetime.datetime):
    """

    id: str
    name: str
    status: ExportStatus
    created_at: datetime.datetime
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
        id = self.id

        name = self.name

        status = self.status.value

        created_at = self.created_at.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "status": status,
                "created_at": created_at,
            }
        )

        return field_dict

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
        if "id" not in self.unparsed:
            id = self.id
        else:  # read leniently: written back as the server sent it
            id = self.unparsed["id"].raw

        if "name" not in self.unparsed:
            name = self.name
        else:  # read leniently: written back as the server sent it
            name = self.unparsed["name"].raw

        if "status" not in self.unparsed:
            status = self.status.value
        else:  # read leniently: written back as the server sent it
            status = self.unparsed["status"].raw

        if "created_at" not in self.unparsed:
            created_at = self.created_at.isoformat().replace("+00:00", "Z")
        else:  # read leniently: written back as the server sent it
            created_at = self.unparsed["created_at"].raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "status": status,
                "created_at": created_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            id = d["id"]

            name = d["name"]

            status = enum_member(ExportStatus, d["status"])

            created_at = parse_datetime(d["created_at"])

            export_created = cls(
                id,
                name,
                status,
                created_at,
            )

            extra = (
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 4 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            export_created.additional_properties = extra
            return export_created

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
            raise not_an_object("ExportCreated", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            id = d["id"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            id = unparsed_field(
                unparsed,
                "ExportCreated",
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
                "ExportCreated",
                "name",
                d.get("name"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            status = enum_member(ExportStatus, d["status"])

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            status = unparsed_field(
                unparsed,
                "ExportCreated",
                "status",
                d.get("status"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            created_at = parse_datetime(d["created_at"])

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            created_at = unparsed_field(
                unparsed,
                "ExportCreated",
                "created_at",
                d.get("created_at"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        export_created = cls(
            id,
            name,
            status,
            created_at,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 4 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        export_created.additional_properties = extra
        export_created.unparsed = unparsed
        return export_created

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
