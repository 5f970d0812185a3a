from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_UNPARSED, UNSET, Unset, parse_strictly, parsing_strictly

T = TypeVar("T", bound="JobMeta")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "url",
        "export_name",
    }
)

_JSON_NAMES: dict[str, str] = {
    "url": "url",
    "export_name": "export_name",
}


@_attrs_define
class JobMeta:
    """Job-specific data, empty while the job runs. For a DONE export: `url`, the archive's download URL, and `export_name`
    (public client). Other keys may appear for other job types.

        Attributes:
            url (str | Unset): Download URL of the export archive (a ZIP), signed, on a storage host: fetch it without the
                API key.
            export_name (str | Unset): Name of the export (the public client names the downloaded file after it).
    """

    url: str | Unset = UNSET
    export_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
        url = self.url

        export_name = self.export_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if export_name is not UNSET:
            field_dict["export_name"] = export_name

        return field_dict

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
        if "url" not in self.unparsed:
            url = self.url
        else:  # read leniently: written back as the server sent it
            url = self.unparsed["url"].raw

        if "export_name" not in self.unparsed:
            export_name = self.export_name
        else:  # read leniently: written back as the server sent it
            export_name = self.unparsed["export_name"].raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if url is not UNSET:
            field_dict["url"] = url
        if export_name is not UNSET:
            field_dict["export_name"] = export_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            url = d.get("url", UNSET)

            export_name = d.get("export_name", UNSET)

            job_meta = cls(
                url,
                export_name,
            )

            extra = (
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 0 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            job_meta.additional_properties = extra
            return job_meta

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
            raise not_an_object("JobMeta", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            url = d.get("url", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            url = unparsed_field(
                unparsed,
                "JobMeta",
                "url",
                d.get("url"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            export_name = d.get("export_name", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            export_name = unparsed_field(
                unparsed,
                "JobMeta",
                "export_name",
                d.get("export_name"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        job_meta = cls(
            url,
            export_name,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 0 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        job_meta.additional_properties = extra
        job_meta.unparsed = unparsed
        return job_meta

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
