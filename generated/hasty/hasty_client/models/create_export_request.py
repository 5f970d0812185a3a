from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.default_status import DefaultStatus
from ..models.export_format import ExportFormat
from ..models.labels_order import LabelsOrder
from ..models.semantic_format import SemanticFormat
from ..types import NO_UNPARSED, UNSET, Unset, enum_member, parse_datetime, parse_strictly, parse_uuid, parsing_strictly

T = TypeVar("T", bound="CreateExportRequest")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "format",
        "dataset_id",
        "tag",
        "class",
        "status_start_time",
        "video_status",
        "image_status",
        "sign_urls",
        "export_name",
        "semantic_format",
        "labels_order",
    }
)

_JSON_NAMES: dict[str, str] = {
    "format_": "format",
    "dataset_id": "dataset_id",
    "tag": "tag",
    "class_": "class",
    "status_start_time": "status_start_time",
    "video_status": "video_status",
    "image_status": "image_status",
    "sign_urls": "sign_urls",
    "export_name": "export_name",
    "semantic_format": "semantic_format",
    "labels_order": "labels_order",
}


@_attrs_define
class CreateExportRequest:
    """
    Attributes:
        format_ (ExportFormat): Export format. Video projects only support `json_v1.1`.
        dataset_id (list[UUID] | Unset): List of dataset IDs to be filtered.
        tag (list[UUID] | Unset): List of tag class IDs to be filtered.
        class_ (list[UUID] | Unset): List of label class IDs to be filtered.
        status_start_time (datetime.datetime | None | Unset): Start time filter for status.
        video_status (list[DefaultStatus] | Unset): List of video statuses to be filtered. This is only in effect for
            video projects.
        image_status (list[DefaultStatus] | Unset): List of image statuses to be filtered. This is only in effect for
            image projects.
        sign_urls (bool | Unset): Whether to add signed URLs for publicly accessing images/videos.
        export_name (str | Unset): Exported filename.
        semantic_format (None | SemanticFormat | Unset): Semantic pixel encoding format.
        labels_order (list[LabelsOrder] | None | Unset): The order in which the labels should be drawn. Only applicable
            for images.
    """

    format_: ExportFormat
    dataset_id: list[UUID] | Unset = UNSET
    tag: list[UUID] | Unset = UNSET
    class_: list[UUID] | Unset = UNSET
    status_start_time: datetime.datetime | None | Unset = UNSET
    video_status: list[DefaultStatus] | Unset = UNSET
    image_status: list[DefaultStatus] | Unset = UNSET
    sign_urls: bool | Unset = UNSET
    export_name: str | Unset = UNSET
    semantic_format: None | SemanticFormat | Unset = UNSET
    labels_order: list[LabelsOrder] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
        format_ = self.format_.value

        dataset_id: list[str] | Unset = UNSET
        if not isinstance(self.dataset_id, Unset):
            dataset_id = []
            for dataset_id_item_data in self.dataset_id:
                dataset_id_item = str(dataset_id_item_data)
                dataset_id.append(dataset_id_item)

        tag: list[str] | Unset = UNSET
        if not isinstance(self.tag, Unset):
            tag = []
            for tag_item_data in self.tag:
                tag_item = str(tag_item_data)
                tag.append(tag_item)

        class_: list[str] | Unset = UNSET
        if not isinstance(self.class_, Unset):
            class_ = []
            for class_item_data in self.class_:
                class_item = str(class_item_data)
                class_.append(class_item)

        status_start_time: None | str | Unset
        if isinstance(self.status_start_time, Unset):
            status_start_time = UNSET
        elif isinstance(self.status_start_time, datetime.datetime):
            status_start_time = self.status_start_time.isoformat().replace("+00:00", "Z")
        else:
            status_start_time = self.status_start_time

        video_status: list[str] | Unset = UNSET
        if not isinstance(self.video_status, Unset):
            video_status = []
            for video_status_item_data in self.video_status:
                video_status_item = video_status_item_data.value
                video_status.append(video_status_item)

        image_status: list[str] | Unset = UNSET
        if not isinstance(self.image_status, Unset):
            image_status = []
            for image_status_item_data in self.image_status:
                image_status_item = image_status_item_data.value
                image_status.append(image_status_item)

        sign_urls = self.sign_urls

        export_name = self.export_name

        semantic_format: None | str | Unset
        if isinstance(self.semantic_format, Unset):
            semantic_format = UNSET
        elif isinstance(self.semantic_format, SemanticFormat):
            semantic_format = self.semantic_format.value
        else:
            semantic_format = self.semantic_format

        labels_order: list[str] | None | Unset
        if isinstance(self.labels_order, Unset):
            labels_order = UNSET
        elif isinstance(self.labels_order, list):
            labels_order = []
            for labels_order_type_0_item_data in self.labels_order:
                labels_order_type_0_item = labels_order_type_0_item_data.value
                labels_order.append(labels_order_type_0_item)

        else:
            labels_order = self.labels_order

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "format": format_,
            }
        )
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if tag is not UNSET:
            field_dict["tag"] = tag
        if class_ is not UNSET:
            field_dict["class"] = class_
        if status_start_time is not UNSET:
            field_dict["status_start_time"] = status_start_time
        if video_status is not UNSET:
            field_dict["video_status"] = video_status
        if image_status is not UNSET:
            field_dict["image_status"] = image_status
        if sign_urls is not UNSET:
            field_dict["sign_urls"] = sign_urls
        if export_name is not UNSET:
            field_dict["export_name"] = export_name
        if semantic_format is not UNSET:
            field_dict["semantic_format"] = semantic_format
        if labels_order is not UNSET:
            field_dict["labels_order"] = labels_order

        return field_dict

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
        if "format" not in self.unparsed:
            format_ = self.format_.value
        else:  # read leniently: written back as the server sent it
            format_ = self.unparsed["format"].raw

        if "dataset_id" not in self.unparsed:
            dataset_id: list[str] | Unset = UNSET
            if not isinstance(self.dataset_id, Unset):
                dataset_id = []
                for dataset_id_item_data in self.dataset_id:
                    dataset_id_item = str(dataset_id_item_data)
                    dataset_id.append(dataset_id_item)

        else:  # read leniently: written back as the server sent it
            dataset_id = self.unparsed["dataset_id"].raw

        if "tag" not in self.unparsed:
            tag: list[str] | Unset = UNSET
            if not isinstance(self.tag, Unset):
                tag = []
                for tag_item_data in self.tag:
                    tag_item = str(tag_item_data)
                    tag.append(tag_item)

        else:  # read leniently: written back as the server sent it
            tag = self.unparsed["tag"].raw

        if "class" not in self.unparsed:
            class_: list[str] | Unset = UNSET
            if not isinstance(self.class_, Unset):
                class_ = []
                for class_item_data in self.class_:
                    class_item = str(class_item_data)
                    class_.append(class_item)

        else:  # read leniently: written back as the server sent it
            class_ = self.unparsed["class"].raw

        if "status_start_time" not in self.unparsed:
            status_start_time: None | str | Unset
            if isinstance(self.status_start_time, Unset):
                status_start_time = UNSET
            elif isinstance(self.status_start_time, datetime.datetime):
                status_start_time = self.status_start_time.isoformat().replace("+00:00", "Z")
            else:
                status_start_time = self.status_start_time
        else:  # read leniently: written back as the server sent it
            status_start_time = self.unparsed["status_start_time"].raw

        if "video_status" not in self.unparsed:
            video_status: list[str] | Unset = UNSET
            if not isinstance(self.video_status, Unset):
                video_status = []
                for video_status_item_data in self.video_status:
                    video_status_item = video_status_item_data.value
                    video_status.append(video_status_item)

        else:  # read leniently: written back as the server sent it
            video_status = self.unparsed["video_status"].raw

        if "image_status" not in self.unparsed:
            image_status: list[str] | Unset = UNSET
            if not isinstance(self.image_status, Unset):
                image_status = []
                for image_status_item_data in self.image_status:
                    image_status_item = image_status_item_data.value
                    image_status.append(image_status_item)

        else:  # read leniently: written back as the server sent it
            image_status = self.unparsed["image_status"].raw

        if "sign_urls" not in self.unparsed:
            sign_urls = self.sign_urls
        else:  # read leniently: written back as the server sent it
            sign_urls = self.unparsed["sign_urls"].raw

        if "export_name" not in self.unparsed:
            export_name = self.export_name
        else:  # read leniently: written back as the server sent it
            export_name = self.unparsed["export_name"].raw

        if "semantic_format" not in self.unparsed:
            semantic_format: None | str | Unset
            if isinstance(self.semantic_format, Unset):
                semantic_format = UNSET
            elif isinstance(self.semantic_format, SemanticFormat):
                semantic_format = self.semantic_format.value
            else:
                semantic_format = self.semantic_format
        else:  # read leniently: written back as the server sent it
            semantic_format = self.unparsed["semantic_format"].raw

        if "labels_order" not in self.unparsed:
            labels_order: list[str] | None | Unset
            if isinstance(self.labels_order, Unset):
                labels_order = UNSET
            elif isinstance(self.labels_order, list):
                labels_order = []
                for labels_order_type_0_item_data in self.labels_order:
                    labels_order_type_0_item = labels_order_type_0_item_data.value
                    labels_order.append(labels_order_type_0_item)

            else:
                labels_order = self.labels_order
        else:  # read leniently: written back as the server sent it
            labels_order = self.unparsed["labels_order"].raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "format": format_,
            }
        )
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if tag is not UNSET:
            field_dict["tag"] = tag
        if class_ is not UNSET:
            field_dict["class"] = class_
        if status_start_time is not UNSET:
            field_dict["status_start_time"] = status_start_time
        if video_status is not UNSET:
            field_dict["video_status"] = video_status
        if image_status is not UNSET:
            field_dict["image_status"] = image_status
        if sign_urls is not UNSET:
            field_dict["sign_urls"] = sign_urls
        if export_name is not UNSET:
            field_dict["export_name"] = export_name
        if semantic_format is not UNSET:
            field_dict["semantic_format"] = semantic_format
        if labels_order is not UNSET:
            field_dict["labels_order"] = labels_order

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            format_ = enum_member(ExportFormat, d["format"])

            _dataset_id = d.get("dataset_id", UNSET)
            dataset_id: list[UUID] | Unset = UNSET
            if _dataset_id is not UNSET:
                dataset_id = []
                for dataset_id_item_data in _dataset_id:
                    dataset_id_item = parse_uuid(dataset_id_item_data)

                    dataset_id.append(dataset_id_item)

            _tag = d.get("tag", UNSET)
            tag: list[UUID] | Unset = UNSET
            if _tag is not UNSET:
                tag = []
                for tag_item_data in _tag:
                    tag_item = parse_uuid(tag_item_data)

                    tag.append(tag_item)

            _class_ = d.get("class", UNSET)
            class_: list[UUID] | Unset = UNSET
            if _class_ is not UNSET:
                class_ = []
                for class_item_data in _class_:
                    class_item = parse_uuid(class_item_data)

                    class_.append(class_item)

            def _parse_status_start_time(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    status_start_time_type_0 = parse_datetime(data)

                    return status_start_time_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            status_start_time = _parse_status_start_time(d.get("status_start_time", UNSET))

            _video_status = d.get("video_status", UNSET)
            video_status: list[DefaultStatus] | Unset = UNSET
            if _video_status is not UNSET:
                video_status = []
                for video_status_item_data in _video_status:
                    video_status_item = enum_member(DefaultStatus, video_status_item_data)

                    video_status.append(video_status_item)

            _image_status = d.get("image_status", UNSET)
            image_status: list[DefaultStatus] | Unset = UNSET
            if _image_status is not UNSET:
                image_status = []
                for image_status_item_data in _image_status:
                    image_status_item = enum_member(DefaultStatus, image_status_item_data)

                    image_status.append(image_status_item)

            sign_urls = d.get("sign_urls", UNSET)

            export_name = d.get("export_name", UNSET)

            def _parse_semantic_format(data: object) -> None | SemanticFormat | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    semantic_format_type_0 = enum_member(SemanticFormat, data)

                    return semantic_format_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | SemanticFormat | Unset, data)

            semantic_format = _parse_semantic_format(d.get("semantic_format", UNSET))

            def _parse_labels_order(data: object) -> list[LabelsOrder] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    labels_order_type_0 = []
                    _labels_order_type_0 = data
                    for labels_order_type_0_item_data in _labels_order_type_0:
                        labels_order_type_0_item = enum_member(LabelsOrder, labels_order_type_0_item_data)

                        labels_order_type_0.append(labels_order_type_0_item)

                    return labels_order_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[LabelsOrder] | None | Unset, data)

            labels_order = _parse_labels_order(d.get("labels_order", UNSET))

            create_export_request = cls(
                format_,
                dataset_id,
                tag,
                class_,
                status_start_time,
                video_status,
                image_status,
                sign_urls,
                export_name,
                semantic_format,
                labels_order,
            )

            extra = (
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 1 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            create_export_request.additional_properties = extra
            return create_export_request

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
            raise not_an_object("CreateExportRequest", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            format_ = enum_member(ExportFormat, d["format"])

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            format_ = unparsed_field(
                unparsed,
                "CreateExportRequest",
                "format",
                d.get("format"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            _dataset_id = d.get("dataset_id", UNSET)
            dataset_id: list[UUID] | Unset = UNSET
            if _dataset_id is not UNSET:
                dataset_id = []
                for dataset_id_item_data in _dataset_id:
                    dataset_id_item = parse_uuid(dataset_id_item_data)

                    dataset_id.append(dataset_id_item)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            dataset_id = unparsed_field(
                unparsed,
                "CreateExportRequest",
                "dataset_id",
                d.get("dataset_id"),
                exc_,
                required=False,
                structural=True,
                unset=UNSET,
            )

        try:
            _tag = d.get("tag", UNSET)
            tag: list[UUID] | Unset = UNSET
            if _tag is not UNSET:
                tag = []
                for tag_item_data in _tag:
                    tag_item = parse_uuid(tag_item_data)

                    tag.append(tag_item)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            tag = unparsed_field(
                unparsed,
                "CreateExportRequest",
                "tag",
                d.get("tag"),
                exc_,
                required=False,
                structural=True,
                unset=UNSET,
            )

        try:
            _class_ = d.get("class", UNSET)
            class_: list[UUID] | Unset = UNSET
            if _class_ is not UNSET:
                class_ = []
                for class_item_data in _class_:
                    class_item = parse_uuid(class_item_data)

                    class_.append(class_item)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            class_ = unparsed_field(
                unparsed,
                "CreateExportRequest",
                "class",
                d.get("class"),
                exc_,
                required=False,
                structural=True,
                unset=UNSET,
            )

        try:

            def _parse_status_start_time(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    status_start_time_type_0 = parse_datetime(data)

                    return status_start_time_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            status_start_time = _parse_status_start_time(d.get("status_start_time", UNSET))

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            status_start_time = unparsed_field(
                unparsed,
                "CreateExportRequest",
                "status_start_time",
                d.get("status_start_time"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            _video_status = d.get("video_status", UNSET)
            video_status: list[DefaultStatus] | Unset = UNSET
            if _video_status is not UNSET:
                video_status = []
                for video_status_item_data in _video_status:
                    video_status_item = enum_member(DefaultStatus, video_status_item_data)

                    video_status.append(video_status_item)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            video_status = unparsed_field(
                unparsed,
                "CreateExportRequest",
                "video_status",
                d.get("video_status"),
                exc_,
                required=False,
                structural=True,
                unset=UNSET,
            )

        try:
            _image_status = d.get("image_status", UNSET)
            image_status: list[DefaultStatus] | Unset = UNSET
            if _image_status is not UNSET:
                image_status = []
                for image_status_item_data in _image_status:
                    image_status_item = enum_member(DefaultStatus, image_status_item_data)

                    image_status.append(image_status_item)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            image_status = unparsed_field(
                unparsed,
                "CreateExportRequest",
                "image_status",
                d.get("image_status"),
                exc_,
                required=False,
                structural=True,
                unset=UNSET,
            )

        try:
            sign_urls = d.get("sign_urls", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            sign_urls = unparsed_field(
                unparsed,
                "CreateExportRequest",
                "sign_urls",
                d.get("sign_urls"),
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
                "CreateExportRequest",
                "export_name",
                d.get("export_name"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:

            def _parse_semantic_format(data: object) -> None | SemanticFormat | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    semantic_format_type_0 = enum_member(SemanticFormat, data)

                    return semantic_format_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | SemanticFormat | Unset, data)

            semantic_format = _parse_semantic_format(d.get("semantic_format", UNSET))

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            semantic_format = unparsed_field(
                unparsed,
                "CreateExportRequest",
                "semantic_format",
                d.get("semantic_format"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:

            def _parse_labels_order(data: object) -> list[LabelsOrder] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    labels_order_type_0 = []
                    _labels_order_type_0 = data
                    for labels_order_type_0_item_data in _labels_order_type_0:
                        labels_order_type_0_item = enum_member(LabelsOrder, labels_order_type_0_item_data)

                        labels_order_type_0.append(labels_order_type_0_item)

                    return labels_order_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[LabelsOrder] | None | Unset, data)

            labels_order = _parse_labels_order(d.get("labels_order", UNSET))

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            labels_order = unparsed_field(
                unparsed,
                "CreateExportRequest",
                "labels_order",
                d.get("labels_order"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        create_export_request = cls(
            format_,
            dataset_id,
            tag,
            class_,
            status_start_time,
            video_status,
            image_status,
            sign_urls,
            export_name,
            semantic_format,
            labels_order,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 1 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        create_export_request.additional_properties = extra
        create_export_request.unparsed = unparsed
        return create_export_request

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
