from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.export_status import ExportStatus

T = TypeVar("T", bound="ExportCreated")


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

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        name = d["name"]

        status = ExportStatus(d["status"])

        created_at = datetime.datetime.fromisoformat(d["created_at"].upper())

        export_created = cls(
            id,
            name,
            status,
            created_at,
        )

        extra = (
            {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "id",
                    "name",
                    "status",
                    "created_at",
                }
            }
            if len(d) > 4
            else {}
        )
        export_created.additional_properties = extra
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
