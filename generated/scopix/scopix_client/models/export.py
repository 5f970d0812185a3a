from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.export_format import ExportFormat
from ..types import NO_UNPARSED, UNSET, enum_member, parse_datetime, parse_strictly, parse_uuid, parsing_strictly

T = TypeVar("T", bound="Export")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "export_id",
        "status",
        "download_url",
        "record_count",
        "format",
        "created_at",
        "estimated_completion_time",
        "error_message",
    }
)

_JSON_NAMES: dict[str, str] = {
    "export_id": "export_id",
    "status": "status",
    "download_url": "download_url",
    "record_count": "record_count",
    "format_": "format",
    "created_at": "created_at",
    "estimated_completion_time": "estimated_completion_time",
    "error_message": "error_message",
}


@_attrs_define
class Export:
    """An export job.

    Attributes:
        export_id (UUID):
        status (str): State of the job. An open set (a plain string in the vendor's published
            document): the documented values are `pending`, `processing`, `completed`
            and `failed`; treat any other value as not finished. `completed` and
            `failed` are final.
        download_url (None | str): Presigned URL of the file on the storage host once `completed`, else null.
            It expires after one hour; send no credentials to it.
        record_count (int | None): Number of records in the file once `completed`, else null.
        format_ (ExportFormat): File format of an export.
        created_at (datetime.datetime):
        estimated_completion_time (datetime.datetime | None): When the job is expected to finish while `pending` or
            `processing`, else null.
        error_message (None | str): Why the job failed once `failed`, else null.
    """

    export_id: UUID
    status: str
    download_url: None | str
    record_count: int | None
    format_: ExportFormat
    created_at: datetime.datetime
    estimated_completion_time: datetime.datetime | None
    error_message: None | str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
        export_id = str(self.export_id)

        status = self.status

        download_url: None | str
        download_url = self.download_url

        record_count: int | None
        record_count = self.record_count

        format_ = self.format_.value

        created_at = self.created_at.isoformat().replace("+00:00", "Z")

        estimated_completion_time: None | str
        if isinstance(self.estimated_completion_time, datetime.datetime):
            estimated_completion_time = self.estimated_completion_time.isoformat().replace("+00:00", "Z")
        else:
            estimated_completion_time = self.estimated_completion_time

        error_message: None | str
        error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "export_id": export_id,
                "status": status,
                "download_url": download_url,
                "record_count": record_count,
                "format": format_,
                "created_at": created_at,
                "estimated_completion_time": estimated_completion_time,
                "error_message": error_message,
            }
        )

        return field_dict

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
        if "export_id" not in self.unparsed:
            export_id = str(self.export_id)
        else:  # read leniently: written back as the server sent it
            export_id = self.unparsed["export_id"].raw

        if "status" not in self.unparsed:
            status = self.status
        else:  # read leniently: written back as the server sent it
            status = self.unparsed["status"].raw

        if "download_url" not in self.unparsed:
            download_url: None | str
            download_url = self.download_url
        else:  # read leniently: written back as the server sent it
            download_url = self.unparsed["download_url"].raw

        if "record_count" not in self.unparsed:
            record_count: int | None
            record_count = self.record_count
        else:  # read leniently: written back as the server sent it
            record_count = self.unparsed["record_count"].raw

        if "format" not in self.unparsed:
            format_ = self.format_.value
        else:  # read leniently: written back as the server sent it
            format_ = self.unparsed["format"].raw

        if "created_at" not in self.unparsed:
            created_at = self.created_at.isoformat().replace("+00:00", "Z")
        else:  # read leniently: written back as the server sent it
            created_at = self.unparsed["created_at"].raw

        if "estimated_completion_time" not in self.unparsed:
            estimated_completion_time: None | str
            if isinstance(self.estimated_completion_time, datetime.datetime):
                estimated_completion_time = self.estimated_completion_time.isoformat().replace("+00:00", "Z")
            else:
                estimated_completion_time = self.estimated_completion_time
        else:  # read leniently: written back as the server sent it
            estimated_completion_time = self.unparsed["estimated_completion_time"].raw

        if "error_message" not in self.unparsed:
            error_message: None | str
            error_message = self.error_message
        else:  # read leniently: written back as the server sent it
            error_message = self.unparsed["error_message"].raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "export_id": export_id,
                "status": status,
                "download_url": download_url,
                "record_count": record_count,
                "format": format_,
                "created_at": created_at,
                "estimated_completion_time": estimated_completion_time,
                "error_message": error_message,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            export_id = parse_uuid(d["export_id"])

            status = d["status"]

            download_url = d["download_url"]

            record_count = d["record_count"]

            format_ = enum_member(ExportFormat, d["format"])

            created_at = parse_datetime(d["created_at"])

            def _parse_estimated_completion_time(data: object) -> datetime.datetime | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    estimated_completion_time_type_0 = parse_datetime(data)

                    return estimated_completion_time_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None, data)

            estimated_completion_time = _parse_estimated_completion_time(d["estimated_completion_time"])

            error_message = d["error_message"]

            export = cls(
                export_id,
                status,
                download_url,
                record_count,
                format_,
                created_at,
                estimated_completion_time,
                error_message,
            )

            extra = (
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 8 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            export.additional_properties = extra
            return export

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
            raise not_an_object("Export", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            export_id = parse_uuid(d["export_id"])

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            export_id = unparsed_field(
                unparsed,
                "Export",
                "export_id",
                d.get("export_id"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            status = d["status"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            status = unparsed_field(
                unparsed,
                "Export",
                "status",
                d.get("status"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            download_url = d["download_url"]

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            download_url = unparsed_field(
                unparsed,
                "Export",
                "download_url",
                d.get("download_url"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            record_count = d["record_count"]

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            record_count = unparsed_field(
                unparsed,
                "Export",
                "record_count",
                d.get("record_count"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            format_ = enum_member(ExportFormat, d["format"])

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            format_ = unparsed_field(
                unparsed,
                "Export",
                "format",
                d.get("format"),
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
                "Export",
                "created_at",
                d.get("created_at"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:

            def _parse_estimated_completion_time(data: object) -> datetime.datetime | None:
                if data is None:
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    estimated_completion_time_type_0 = parse_datetime(data)

                    return estimated_completion_time_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None, data)

            estimated_completion_time = _parse_estimated_completion_time(d["estimated_completion_time"])

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            estimated_completion_time = unparsed_field(
                unparsed,
                "Export",
                "estimated_completion_time",
                d.get("estimated_completion_time"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            error_message = d["error_message"]

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            error_message = unparsed_field(
                unparsed,
                "Export",
                "error_message",
                d.get("error_message"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        export = cls(
            export_id,
            status,
            download_url,
            record_count,
            format_,
            created_at,
            estimated_completion_time,
            error_message,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 8 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        export.additional_properties = extra
        export.unparsed = unparsed
        return export

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
