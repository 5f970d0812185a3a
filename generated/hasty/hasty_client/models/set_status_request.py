from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.default_status_write import DefaultStatusWrite

T = TypeVar("T", bound="SetStatusRequest")


@_attrs_define
class SetStatusRequest:
    """
    Attributes:
        status (DefaultStatusWrite): A status that may be set (the page's `DefaultStatusWrite`): `AUTO-LABELLED` is set
            only by the platform.
    """

    status: DefaultStatusWrite
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        status = self.status.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "status": status,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        status = DefaultStatusWrite(d["status"])

        set_status_request = cls(
            status,
        )

        extra = (
            {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "status",
                }
            }
            if len(d) > 1
            else {}
        )
        set_status_request.additional_properties = extra
        return set_status_request

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
