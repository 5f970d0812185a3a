from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.export_status import ExportStatus
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExportSummary")


@_attrs_define
class ExportSummary:
    """An export as `list_exports` lists it.

    Attributes:
        id (str):
        name (str):
        dataset_name (str):
        status (ExportStatus): - `pending`: the export is queued.
            - `processing`: the export is being created.
            - `completed`: the export is ready for download.
            - `failed`: the export failed (see `error_message`).
        created_at (datetime.datetime):
        image_count (int | None | Unset): Number of images in the archive; null until completed (inferred).
        annotation_count (int | None | Unset): Number of annotations in the archive; null until completed (inferred).
        file_size (int | None | Unset): Size of the ZIP file in bytes; null until completed (inferred).
        completed_at (datetime.datetime | None | Unset): When the export completed; null until then, and for a failed
            export (inferred).
        error_message (None | str | Unset): Why the export failed. The page mentions it for `failed` exports without
            showing where; inferred to be a field of the export, present when failed.
    """

    id: str
    name: str
    dataset_name: str
    status: ExportStatus
    created_at: datetime.datetime
    image_count: int | None | Unset = UNSET
    annotation_count: int | None | Unset = UNSET
    file_size: int | None | Unset = UNSET
    completed_at: datetime.datetime | None | Unset = UNSET
    error_message: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        name = self.name

        dataset_name = self.dataset_name

        status = self.status.value

        created_at = self.created_at.isoformat().replace("+00:00", "Z")

        image_count: int | None | Unset
        if isinstance(self.image_count, Unset):
            image_count = UNSET
        else:
            image_count = self.image_count

        annotation_count: int | None | Unset
        if isinstance(self.annotation_count, Unset):
            annotation_count = UNSET
        else:
            annotation_count = self.annotation_count

        file_size: int | None | Unset
        if isinstance(self.file_size, Unset):
            file_size = UNSET
        else:
            file_size = self.file_size

        completed_at: None | str | Unset
        if isinstance(self.completed_at, Unset):
            completed_at = UNSET
        elif isinstance(self.completed_at, datetime.datetime):
            completed_at = self.completed_at.isoformat().replace("+00:00", "Z")
        else:
            completed_at = self.completed_at

        error_message: None | str | Unset
        if isinstance(self.error_message, Unset):
            error_message = UNSET
        else:
            error_message = self.error_message

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "dataset_name": dataset_name,
                "status": status,
                "created_at": created_at,
            }
        )
        if image_count is not UNSET:
            field_dict["image_count"] = image_count
        if annotation_count is not UNSET:
            field_dict["annotation_count"] = annotation_count
        if file_size is not UNSET:
            field_dict["file_size"] = file_size
        if completed_at is not UNSET:
            field_dict["completed_at"] = completed_at
        if error_message is not UNSET:
            field_dict["error_message"] = error_message

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = d["id"]

        name = d["name"]

        dataset_name = d["dataset_name"]

        status = ExportStatus(d["status"])

        created_at = datetime.datetime.fromisoformat(d["created_at"].upper())

        def _parse_image_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        image_count = _parse_image_count(d.get("image_count", UNSET))

        def _parse_annotation_count(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        annotation_count = _parse_annotation_count(d.get("annotation_count", UNSET))

        def _parse_file_size(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        file_size = _parse_file_size(d.get("file_size", UNSET))

        def _parse_completed_at(data: object) -> datetime.datetime | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                completed_at_type_0 = datetime.datetime.fromisoformat(data.upper())

                return completed_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None | Unset, data)

        completed_at = _parse_completed_at(d.get("completed_at", UNSET))

        def _parse_error_message(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        error_message = _parse_error_message(d.get("error_message", UNSET))

        export_summary = cls(
            id,
            name,
            dataset_name,
            status,
            created_at,
            image_count,
            annotation_count,
            file_size,
            completed_at,
            error_message,
        )

        extra = (
            {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "id",
                    "name",
                    "dataset_name",
                    "status",
                    "created_at",
                    "image_count",
                    "annotation_count",
                    "file_size",
                    "completed_at",
                    "error_message",
                }
            }
            if len(d) > 5
            else {}
        )
        export_summary.additional_properties = extra
        return export_summary

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
