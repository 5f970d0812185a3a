from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.export_status import ExportStatus
from ..types import NO_UNPARSED, UNSET, Unset, enum_member, parse_datetime, parse_strictly, parsing_strictly

T = TypeVar("T", bound="ExportSummary")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
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
        "include_images",
        "class_filter",
        "dataset_id",
        "project_id",
        "format",
        "status_filter",
        "expires_at",
        "download_url",
        "organization_id",
    }
)

_JSON_NAMES: dict[str, str] = {
    "id": "id",
    "name": "name",
    "dataset_name": "dataset_name",
    "status": "status",
    "created_at": "created_at",
    "image_count": "image_count",
    "annotation_count": "annotation_count",
    "file_size": "file_size",
    "completed_at": "completed_at",
    "error_message": "error_message",
    "include_images": "include_images",
    "class_filter": "class_filter",
    "dataset_id": "dataset_id",
    "project_id": "project_id",
    "format_": "format",
    "status_filter": "status_filter",
    "expires_at": "expires_at",
    "download_url": "download_url",
    "organization_id": "organization_id",
}


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
        include_images (bool | None | Unset): Whether the archive includes the image files (on legacy and current
            servers' list records).
        class_filter (list[str] | None | Unset):
        dataset_id (None | str | Unset): The dataset's id (current servers; `project_id` before).
        project_id (None | str | Unset): The dataset's id, under its older name.
        format_ (None | str | Unset): The archive format (see `CreateExportRequest.format`).
        status_filter (None | str | Unset):
        expires_at (datetime.datetime | None | Unset): When the archive may be removed.
        download_url (None | str | Unset): A signed URL of the archive, on some servers' records; the client asks for a
            fresh one instead.
        organization_id (None | str | Unset):
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
    include_images: bool | None | Unset = UNSET
    class_filter: list[str] | None | Unset = UNSET
    dataset_id: None | str | Unset = UNSET
    project_id: None | str | Unset = UNSET
    format_: None | str | Unset = UNSET
    status_filter: None | str | Unset = UNSET
    expires_at: datetime.datetime | None | Unset = UNSET
    download_url: None | str | Unset = UNSET
    organization_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
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

        include_images: bool | None | Unset
        if isinstance(self.include_images, Unset):
            include_images = UNSET
        else:
            include_images = self.include_images

        class_filter: list[str] | None | Unset
        if isinstance(self.class_filter, Unset):
            class_filter = UNSET
        elif isinstance(self.class_filter, list):
            class_filter = self.class_filter

        else:
            class_filter = self.class_filter

        dataset_id: None | str | Unset
        if isinstance(self.dataset_id, Unset):
            dataset_id = UNSET
        else:
            dataset_id = self.dataset_id

        project_id: None | str | Unset
        if isinstance(self.project_id, Unset):
            project_id = UNSET
        else:
            project_id = self.project_id

        format_: None | str | Unset
        if isinstance(self.format_, Unset):
            format_ = UNSET
        else:
            format_ = self.format_

        status_filter: None | str | Unset
        if isinstance(self.status_filter, Unset):
            status_filter = UNSET
        else:
            status_filter = self.status_filter

        expires_at: None | str | Unset
        if isinstance(self.expires_at, Unset):
            expires_at = UNSET
        elif isinstance(self.expires_at, datetime.datetime):
            expires_at = self.expires_at.isoformat().replace("+00:00", "Z")
        else:
            expires_at = self.expires_at

        download_url: None | str | Unset
        if isinstance(self.download_url, Unset):
            download_url = UNSET
        else:
            download_url = self.download_url

        organization_id: None | str | Unset
        if isinstance(self.organization_id, Unset):
            organization_id = UNSET
        else:
            organization_id = self.organization_id

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
        if include_images is not UNSET:
            field_dict["include_images"] = include_images
        if class_filter is not UNSET:
            field_dict["class_filter"] = class_filter
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if format_ is not UNSET:
            field_dict["format"] = format_
        if status_filter is not UNSET:
            field_dict["status_filter"] = status_filter
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if download_url is not UNSET:
            field_dict["download_url"] = download_url
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id

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

        if "dataset_name" not in self.unparsed:
            dataset_name = self.dataset_name
        else:  # read leniently: written back as the server sent it
            dataset_name = self.unparsed["dataset_name"].raw

        if "status" not in self.unparsed:
            status = self.status.value
        else:  # read leniently: written back as the server sent it
            status = self.unparsed["status"].raw

        if "created_at" not in self.unparsed:
            created_at = self.created_at.isoformat().replace("+00:00", "Z")
        else:  # read leniently: written back as the server sent it
            created_at = self.unparsed["created_at"].raw

        if "image_count" not in self.unparsed:
            image_count: int | None | Unset
            if isinstance(self.image_count, Unset):
                image_count = UNSET
            else:
                image_count = self.image_count
        else:  # read leniently: written back as the server sent it
            image_count = self.unparsed["image_count"].raw

        if "annotation_count" not in self.unparsed:
            annotation_count: int | None | Unset
            if isinstance(self.annotation_count, Unset):
                annotation_count = UNSET
            else:
                annotation_count = self.annotation_count
        else:  # read leniently: written back as the server sent it
            annotation_count = self.unparsed["annotation_count"].raw

        if "file_size" not in self.unparsed:
            file_size: int | None | Unset
            if isinstance(self.file_size, Unset):
                file_size = UNSET
            else:
                file_size = self.file_size
        else:  # read leniently: written back as the server sent it
            file_size = self.unparsed["file_size"].raw

        if "completed_at" not in self.unparsed:
            completed_at: None | str | Unset
            if isinstance(self.completed_at, Unset):
                completed_at = UNSET
            elif isinstance(self.completed_at, datetime.datetime):
                completed_at = self.completed_at.isoformat().replace("+00:00", "Z")
            else:
                completed_at = self.completed_at
        else:  # read leniently: written back as the server sent it
            completed_at = self.unparsed["completed_at"].raw

        if "error_message" not in self.unparsed:
            error_message: None | str | Unset
            if isinstance(self.error_message, Unset):
                error_message = UNSET
            else:
                error_message = self.error_message
        else:  # read leniently: written back as the server sent it
            error_message = self.unparsed["error_message"].raw

        if "include_images" not in self.unparsed:
            include_images: bool | None | Unset
            if isinstance(self.include_images, Unset):
                include_images = UNSET
            else:
                include_images = self.include_images
        else:  # read leniently: written back as the server sent it
            include_images = self.unparsed["include_images"].raw

        if "class_filter" not in self.unparsed:
            class_filter: list[str] | None | Unset
            if isinstance(self.class_filter, Unset):
                class_filter = UNSET
            elif isinstance(self.class_filter, list):
                class_filter = self.class_filter

            else:
                class_filter = self.class_filter
        else:  # read leniently: written back as the server sent it
            class_filter = self.unparsed["class_filter"].raw

        if "dataset_id" not in self.unparsed:
            dataset_id: None | str | Unset
            if isinstance(self.dataset_id, Unset):
                dataset_id = UNSET
            else:
                dataset_id = self.dataset_id
        else:  # read leniently: written back as the server sent it
            dataset_id = self.unparsed["dataset_id"].raw

        if "project_id" not in self.unparsed:
            project_id: None | str | Unset
            if isinstance(self.project_id, Unset):
                project_id = UNSET
            else:
                project_id = self.project_id
        else:  # read leniently: written back as the server sent it
            project_id = self.unparsed["project_id"].raw

        if "format" not in self.unparsed:
            format_: None | str | Unset
            if isinstance(self.format_, Unset):
                format_ = UNSET
            else:
                format_ = self.format_
        else:  # read leniently: written back as the server sent it
            format_ = self.unparsed["format"].raw

        if "status_filter" not in self.unparsed:
            status_filter: None | str | Unset
            if isinstance(self.status_filter, Unset):
                status_filter = UNSET
            else:
                status_filter = self.status_filter
        else:  # read leniently: written back as the server sent it
            status_filter = self.unparsed["status_filter"].raw

        if "expires_at" not in self.unparsed:
            expires_at: None | str | Unset
            if isinstance(self.expires_at, Unset):
                expires_at = UNSET
            elif isinstance(self.expires_at, datetime.datetime):
                expires_at = self.expires_at.isoformat().replace("+00:00", "Z")
            else:
                expires_at = self.expires_at
        else:  # read leniently: written back as the server sent it
            expires_at = self.unparsed["expires_at"].raw

        if "download_url" not in self.unparsed:
            download_url: None | str | Unset
            if isinstance(self.download_url, Unset):
                download_url = UNSET
            else:
                download_url = self.download_url
        else:  # read leniently: written back as the server sent it
            download_url = self.unparsed["download_url"].raw

        if "organization_id" not in self.unparsed:
            organization_id: None | str | Unset
            if isinstance(self.organization_id, Unset):
                organization_id = UNSET
            else:
                organization_id = self.organization_id
        else:  # read leniently: written back as the server sent it
            organization_id = self.unparsed["organization_id"].raw

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
        if include_images is not UNSET:
            field_dict["include_images"] = include_images
        if class_filter is not UNSET:
            field_dict["class_filter"] = class_filter
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if format_ is not UNSET:
            field_dict["format"] = format_
        if status_filter is not UNSET:
            field_dict["status_filter"] = status_filter
        if expires_at is not UNSET:
            field_dict["expires_at"] = expires_at
        if download_url is not UNSET:
            field_dict["download_url"] = download_url
        if organization_id is not UNSET:
            field_dict["organization_id"] = organization_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            id = d["id"]

            name = d["name"]

            dataset_name = d["dataset_name"]

            status = enum_member(ExportStatus, d["status"])

            created_at = parse_datetime(d["created_at"])

            image_count = d.get("image_count", UNSET)

            annotation_count = d.get("annotation_count", UNSET)

            file_size = d.get("file_size", UNSET)

            def _parse_completed_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    completed_at_type_0 = parse_datetime(data)

                    return completed_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            completed_at = _parse_completed_at(d.get("completed_at", UNSET))

            error_message = d.get("error_message", UNSET)

            include_images = d.get("include_images", UNSET)

            def _parse_class_filter(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    class_filter_type_0 = cast(list[str], data)

                    return class_filter_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None | Unset, data)

            class_filter = _parse_class_filter(d.get("class_filter", UNSET))

            dataset_id = d.get("dataset_id", UNSET)

            project_id = d.get("project_id", UNSET)

            format_ = d.get("format", UNSET)

            status_filter = d.get("status_filter", UNSET)

            def _parse_expires_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    expires_at_type_0 = parse_datetime(data)

                    return expires_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            expires_at = _parse_expires_at(d.get("expires_at", UNSET))

            download_url = d.get("download_url", UNSET)

            organization_id = d.get("organization_id", UNSET)

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
                include_images,
                class_filter,
                dataset_id,
                project_id,
                format_,
                status_filter,
                expires_at,
                download_url,
                organization_id,
            )

            extra = (
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 5 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            export_summary.additional_properties = extra
            return export_summary

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
            raise not_an_object("ExportSummary", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            id = d["id"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            id = unparsed_field(
                unparsed,
                "ExportSummary",
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
                "ExportSummary",
                "name",
                d.get("name"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            dataset_name = d["dataset_name"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            dataset_name = unparsed_field(
                unparsed,
                "ExportSummary",
                "dataset_name",
                d.get("dataset_name"),
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
                "ExportSummary",
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
                "ExportSummary",
                "created_at",
                d.get("created_at"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            image_count = d.get("image_count", UNSET)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            image_count = unparsed_field(
                unparsed,
                "ExportSummary",
                "image_count",
                d.get("image_count"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            annotation_count = d.get("annotation_count", UNSET)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            annotation_count = unparsed_field(
                unparsed,
                "ExportSummary",
                "annotation_count",
                d.get("annotation_count"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            file_size = d.get("file_size", UNSET)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            file_size = unparsed_field(
                unparsed,
                "ExportSummary",
                "file_size",
                d.get("file_size"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:

            def _parse_completed_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    completed_at_type_0 = parse_datetime(data)

                    return completed_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            completed_at = _parse_completed_at(d.get("completed_at", UNSET))

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            completed_at = unparsed_field(
                unparsed,
                "ExportSummary",
                "completed_at",
                d.get("completed_at"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            error_message = d.get("error_message", UNSET)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            error_message = unparsed_field(
                unparsed,
                "ExportSummary",
                "error_message",
                d.get("error_message"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            include_images = d.get("include_images", UNSET)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            include_images = unparsed_field(
                unparsed,
                "ExportSummary",
                "include_images",
                d.get("include_images"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:

            def _parse_class_filter(data: object) -> list[str] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    class_filter_type_0 = cast(list[str], data)

                    return class_filter_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[str] | None | Unset, data)

            class_filter = _parse_class_filter(d.get("class_filter", UNSET))

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            class_filter = unparsed_field(
                unparsed,
                "ExportSummary",
                "class_filter",
                d.get("class_filter"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            dataset_id = d.get("dataset_id", UNSET)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            dataset_id = unparsed_field(
                unparsed,
                "ExportSummary",
                "dataset_id",
                d.get("dataset_id"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            project_id = d.get("project_id", UNSET)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            project_id = unparsed_field(
                unparsed,
                "ExportSummary",
                "project_id",
                d.get("project_id"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            format_ = d.get("format", UNSET)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            format_ = unparsed_field(
                unparsed,
                "ExportSummary",
                "format",
                d.get("format"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            status_filter = d.get("status_filter", UNSET)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            status_filter = unparsed_field(
                unparsed,
                "ExportSummary",
                "status_filter",
                d.get("status_filter"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:

            def _parse_expires_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    expires_at_type_0 = parse_datetime(data)

                    return expires_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            expires_at = _parse_expires_at(d.get("expires_at", UNSET))

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            expires_at = unparsed_field(
                unparsed,
                "ExportSummary",
                "expires_at",
                d.get("expires_at"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            download_url = d.get("download_url", UNSET)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            download_url = unparsed_field(
                unparsed,
                "ExportSummary",
                "download_url",
                d.get("download_url"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            organization_id = d.get("organization_id", UNSET)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            organization_id = unparsed_field(
                unparsed,
                "ExportSummary",
                "organization_id",
                d.get("organization_id"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

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
            include_images,
            class_filter,
            dataset_id,
            project_id,
            format_,
            status_filter,
            expires_at,
            download_url,
            organization_id,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 5 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        export_summary.additional_properties = extra
        export_summary.unparsed = unparsed
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
