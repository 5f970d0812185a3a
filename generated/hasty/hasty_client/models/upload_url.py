from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_UNPARSED, UNSET, parse_strictly, parsing_strictly

T = TypeVar("T", bound="UploadUrl")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "url",
    }
)

_JSON_NAMES: dict[str, str] = {
    "id": "id",
    "url": "url",
}


@_attrs_define
class UploadUrl:
    """
    Attributes:
        id (str): Upload ID, to pass as `upload_id` when creating the image or video.
        url (str): Signed URL on the storage host: PUT the file's bytes to it, without the API key (credentials must not
            be sent to a signed URL).
    """

    id: str
    url: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
        id = self.id

        url = self.url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "url": url,
            }
        )

        return field_dict

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
        if "id" not in self.unparsed:
            id = self.id
        else:  # read leniently: written back as the server sent it
            id = self.unparsed["id"].raw

        if "url" not in self.unparsed:
            url = self.url
        else:  # read leniently: written back as the server sent it
            url = self.unparsed["url"].raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "url": url,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            id = d["id"]

            url = d["url"]

            upload_url = cls(
                id,
                url,
            )

            extra = (
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 2 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            upload_url.additional_properties = extra
            return upload_url

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
            raise not_an_object("UploadUrl", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            id = d["id"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            id = unparsed_field(
                unparsed,
                "UploadUrl",
                "id",
                d.get("id"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            url = d["url"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            url = unparsed_field(
                unparsed,
                "UploadUrl",
                "url",
                d.get("url"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        upload_url = cls(
            id,
            url,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 2 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        upload_url.additional_properties = extra
        upload_url.unparsed = unparsed
        return upload_url

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
