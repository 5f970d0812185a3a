from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="JobMeta")


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

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        url = d.get("url", UNSET)

        export_name = d.get("export_name", UNSET)

        job_meta = cls(
            url,
            export_name,
        )

        extra = (
            {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "url",
                    "export_name",
                }
            }
            if len(d) > 0
            else {}
        )
        job_meta.additional_properties = extra
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
