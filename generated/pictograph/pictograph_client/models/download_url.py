from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_UNPARSED, UNSET, parse_datetime, parse_strictly, parsing_strictly

T = TypeVar("T", bound="DownloadUrl")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "download_url",
        "expires_at",
        "file_size",
    }
)

_JSON_NAMES: dict[str, str] = {
    "download_url": "download_url",
    "expires_at": "expires_at",
    "file_size": "file_size",
}


@_attrs_define
class DownloadUrl:
    """
    Attributes:
        download_url (str): Signed URL of the ZIP file on the storage host (not the API host). Fetch it without
            credentials; it supports `Range` requests (inferred).
        expires_at (datetime.datetime): When the signed URL stops working.
        file_size (int): Size of the ZIP file in bytes.
    """

    download_url: str
    expires_at: datetime.datetime
    file_size: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
        download_url = self.download_url

        expires_at = self.expires_at.isoformat().replace("+00:00", "Z")

        file_size = self.file_size

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "download_url": download_url,
                "expires_at": expires_at,
                "file_size": file_size,
            }
        )

        return field_dict

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
        if "download_url" not in self.unparsed:
            download_url = self.download_url
        else:  # read leniently: written back as the server sent it
            download_url = self.unparsed["download_url"].raw

        if "expires_at" not in self.unparsed:
            expires_at = self.expires_at.isoformat().replace("+00:00", "Z")
        else:  # read leniently: written back as the server sent it
            expires_at = self.unparsed["expires_at"].raw

        if "file_size" not in self.unparsed:
            file_size = self.file_size
        else:  # read leniently: written back as the server sent it
            file_size = self.unparsed["file_size"].raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "download_url": download_url,
                "expires_at": expires_at,
                "file_size": file_size,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            download_url = d["download_url"]

            expires_at = parse_datetime(d["expires_at"])

            file_size = d["file_size"]

            download_url = cls(
                download_url,
                expires_at,
                file_size,
            )

            extra = (
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 3 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            download_url.additional_properties = extra
            return download_url

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
            raise not_an_object("DownloadUrl", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            download_url = d["download_url"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            download_url = unparsed_field(
                unparsed,
                "DownloadUrl",
                "download_url",
                d.get("download_url"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            expires_at = parse_datetime(d["expires_at"])

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            expires_at = unparsed_field(
                unparsed,
                "DownloadUrl",
                "expires_at",
                d.get("expires_at"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            file_size = d["file_size"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            file_size = unparsed_field(
                unparsed,
                "DownloadUrl",
                "file_size",
                d.get("file_size"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        download_url = cls(
            download_url,
            expires_at,
            file_size,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 3 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        download_url.additional_properties = extra
        download_url.unparsed = unparsed
        return download_url

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
