from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.video_status import VideoStatus
from ..types import NO_UNPARSED, UNSET, Unset, enum_member, parse_datetime, parse_strictly, parse_uuid, parsing_strictly

T = TypeVar("T", bound="Video")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "name",
        "dataset_id",
        "status",
        "width",
        "height",
        "format",
        "frame_rate",
        "public_url",
        "uploaded_at",
        "url",
        "duration_ms",
        "duration_frames",
        "status_id",
        "health_status",
        "dataset_name",
        "queue_ids",
    }
)

_JSON_NAMES: dict[str, str] = {
    "id": "id",
    "name": "name",
    "dataset_id": "dataset_id",
    "status": "status",
    "width": "width",
    "height": "height",
    "format_": "format",
    "frame_rate": "frame_rate",
    "public_url": "public_url",
    "uploaded_at": "uploaded_at",
    "url": "url",
    "duration_ms": "duration_ms",
    "duration_frames": "duration_frames",
    "status_id": "status_id",
    "health_status": "health_status",
    "dataset_name": "dataset_name",
    "queue_ids": "queue_ids",
}


@_attrs_define
class Video:
    """A video of a project.

    Attributes:
        id (UUID):
        name (str):
        dataset_id (UUID):
        status (VideoStatus): Status of a video (the page's `VideoStatus`). The page lists the literal `[CUSTOM
            STATUS]`; inferred: it stands for the names of a workspace's custom statuses, which the generated enum keeps as
            unknown values.
        width (int | Unset):
        height (int | Unset):
        format_ (str | Unset):
        frame_rate (float | Unset):
        public_url (str | Unset):
        uploaded_at (datetime.datetime | Unset):
        url (str | Unset):
        duration_ms (int | Unset):
        duration_frames (int | Unset):
        status_id (UUID | Unset):
        health_status (str | Unset): Health of the stored media: OK, ERROR, UNHEALTHY or PROCESSING (an open set here).
        dataset_name (str | Unset):
        queue_ids (list[UUID] | Unset):
    """

    id: UUID
    name: str
    dataset_id: UUID
    status: VideoStatus
    width: int | Unset = UNSET
    height: int | Unset = UNSET
    format_: str | Unset = UNSET
    frame_rate: float | Unset = UNSET
    public_url: str | Unset = UNSET
    uploaded_at: datetime.datetime | Unset = UNSET
    url: str | Unset = UNSET
    duration_ms: int | Unset = UNSET
    duration_frames: int | Unset = UNSET
    status_id: UUID | Unset = UNSET
    health_status: str | Unset = UNSET
    dataset_name: str | Unset = UNSET
    queue_ids: list[UUID] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
        id = str(self.id)

        name = self.name

        dataset_id = str(self.dataset_id)

        status = self.status.value

        width = self.width

        height = self.height

        format_ = self.format_

        frame_rate = self.frame_rate

        public_url = self.public_url

        uploaded_at: str | Unset = UNSET
        if not isinstance(self.uploaded_at, Unset):
            uploaded_at = self.uploaded_at.isoformat().replace("+00:00", "Z")

        url = self.url

        duration_ms = self.duration_ms

        duration_frames = self.duration_frames

        status_id: str | Unset = UNSET
        if not isinstance(self.status_id, Unset):
            status_id = str(self.status_id)

        health_status = self.health_status

        dataset_name = self.dataset_name

        queue_ids: list[str] | Unset = UNSET
        if not isinstance(self.queue_ids, Unset):
            queue_ids = []
            for queue_ids_item_data in self.queue_ids:
                queue_ids_item = str(queue_ids_item_data)
                queue_ids.append(queue_ids_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "dataset_id": dataset_id,
                "status": status,
            }
        )
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if format_ is not UNSET:
            field_dict["format"] = format_
        if frame_rate is not UNSET:
            field_dict["frame_rate"] = frame_rate
        if public_url is not UNSET:
            field_dict["public_url"] = public_url
        if uploaded_at is not UNSET:
            field_dict["uploaded_at"] = uploaded_at
        if url is not UNSET:
            field_dict["url"] = url
        if duration_ms is not UNSET:
            field_dict["duration_ms"] = duration_ms
        if duration_frames is not UNSET:
            field_dict["duration_frames"] = duration_frames
        if status_id is not UNSET:
            field_dict["status_id"] = status_id
        if health_status is not UNSET:
            field_dict["health_status"] = health_status
        if dataset_name is not UNSET:
            field_dict["dataset_name"] = dataset_name
        if queue_ids is not UNSET:
            field_dict["queue_ids"] = queue_ids

        return field_dict

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
        if "id" not in self.unparsed:
            id = str(self.id)
        else:  # read leniently: written back as the server sent it
            id = self.unparsed["id"].raw

        if "name" not in self.unparsed:
            name = self.name
        else:  # read leniently: written back as the server sent it
            name = self.unparsed["name"].raw

        if "dataset_id" not in self.unparsed:
            dataset_id = str(self.dataset_id)
        else:  # read leniently: written back as the server sent it
            dataset_id = self.unparsed["dataset_id"].raw

        if "status" not in self.unparsed:
            status = self.status.value
        else:  # read leniently: written back as the server sent it
            status = self.unparsed["status"].raw

        if "width" not in self.unparsed:
            width = self.width
        else:  # read leniently: written back as the server sent it
            width = self.unparsed["width"].raw

        if "height" not in self.unparsed:
            height = self.height
        else:  # read leniently: written back as the server sent it
            height = self.unparsed["height"].raw

        if "format" not in self.unparsed:
            format_ = self.format_
        else:  # read leniently: written back as the server sent it
            format_ = self.unparsed["format"].raw

        if "frame_rate" not in self.unparsed:
            frame_rate = self.frame_rate
        else:  # read leniently: written back as the server sent it
            frame_rate = self.unparsed["frame_rate"].raw

        if "public_url" not in self.unparsed:
            public_url = self.public_url
        else:  # read leniently: written back as the server sent it
            public_url = self.unparsed["public_url"].raw

        if "uploaded_at" not in self.unparsed:
            uploaded_at: str | Unset = UNSET
            if not isinstance(self.uploaded_at, Unset):
                uploaded_at = self.uploaded_at.isoformat().replace("+00:00", "Z")
        else:  # read leniently: written back as the server sent it
            uploaded_at = self.unparsed["uploaded_at"].raw

        if "url" not in self.unparsed:
            url = self.url
        else:  # read leniently: written back as the server sent it
            url = self.unparsed["url"].raw

        if "duration_ms" not in self.unparsed:
            duration_ms = self.duration_ms
        else:  # read leniently: written back as the server sent it
            duration_ms = self.unparsed["duration_ms"].raw

        if "duration_frames" not in self.unparsed:
            duration_frames = self.duration_frames
        else:  # read leniently: written back as the server sent it
            duration_frames = self.unparsed["duration_frames"].raw

        if "status_id" not in self.unparsed:
            status_id: str | Unset = UNSET
            if not isinstance(self.status_id, Unset):
                status_id = str(self.status_id)
        else:  # read leniently: written back as the server sent it
            status_id = self.unparsed["status_id"].raw

        if "health_status" not in self.unparsed:
            health_status = self.health_status
        else:  # read leniently: written back as the server sent it
            health_status = self.unparsed["health_status"].raw

        if "dataset_name" not in self.unparsed:
            dataset_name = self.dataset_name
        else:  # read leniently: written back as the server sent it
            dataset_name = self.unparsed["dataset_name"].raw

        if "queue_ids" not in self.unparsed:
            queue_ids: list[str] | Unset = UNSET
            if not isinstance(self.queue_ids, Unset):
                queue_ids = []
                for queue_ids_item_data in self.queue_ids:
                    queue_ids_item = str(queue_ids_item_data)
                    queue_ids.append(queue_ids_item)

        else:  # read leniently: written back as the server sent it
            queue_ids = self.unparsed["queue_ids"].raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "dataset_id": dataset_id,
                "status": status,
            }
        )
        if width is not UNSET:
            field_dict["width"] = width
        if height is not UNSET:
            field_dict["height"] = height
        if format_ is not UNSET:
            field_dict["format"] = format_
        if frame_rate is not UNSET:
            field_dict["frame_rate"] = frame_rate
        if public_url is not UNSET:
            field_dict["public_url"] = public_url
        if uploaded_at is not UNSET:
            field_dict["uploaded_at"] = uploaded_at
        if url is not UNSET:
            field_dict["url"] = url
        if duration_ms is not UNSET:
            field_dict["duration_ms"] = duration_ms
        if duration_frames is not UNSET:
            field_dict["duration_frames"] = duration_frames
        if status_id is not UNSET:
            field_dict["status_id"] = status_id
        if health_status is not UNSET:
            field_dict["health_status"] = health_status
        if dataset_name is not UNSET:
            field_dict["dataset_name"] = dataset_name
        if queue_ids is not UNSET:
            field_dict["queue_ids"] = queue_ids

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            id = parse_uuid(d["id"])

            name = d["name"]

            dataset_id = parse_uuid(d["dataset_id"])

            status = enum_member(VideoStatus, d["status"])

            width = d.get("width", UNSET)

            height = d.get("height", UNSET)

            format_ = d.get("format", UNSET)

            frame_rate = d.get("frame_rate", UNSET)

            public_url = d.get("public_url", UNSET)

            _uploaded_at = d.get("uploaded_at", UNSET)
            uploaded_at: datetime.datetime | Unset
            if isinstance(_uploaded_at, Unset):
                uploaded_at = UNSET
            else:
                uploaded_at = parse_datetime(_uploaded_at)

            url = d.get("url", UNSET)

            duration_ms = d.get("duration_ms", UNSET)

            duration_frames = d.get("duration_frames", UNSET)

            _status_id = d.get("status_id", UNSET)
            status_id: UUID | Unset
            if isinstance(_status_id, Unset):
                status_id = UNSET
            else:
                status_id = parse_uuid(_status_id)

            health_status = d.get("health_status", UNSET)

            dataset_name = d.get("dataset_name", UNSET)

            _queue_ids = d.get("queue_ids", UNSET)
            queue_ids: list[UUID] | Unset = UNSET
            if _queue_ids is not UNSET:
                queue_ids = []
                for queue_ids_item_data in _queue_ids:
                    queue_ids_item = parse_uuid(queue_ids_item_data)

                    queue_ids.append(queue_ids_item)

            video = cls(
                id,
                name,
                dataset_id,
                status,
                width,
                height,
                format_,
                frame_rate,
                public_url,
                uploaded_at,
                url,
                duration_ms,
                duration_frames,
                status_id,
                health_status,
                dataset_name,
                queue_ids,
            )

            extra = (
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 4 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            video.additional_properties = extra
            return video

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
            raise not_an_object("Video", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            id = parse_uuid(d["id"])

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            id = unparsed_field(
                unparsed,
                "Video",
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
                "Video",
                "name",
                d.get("name"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            dataset_id = parse_uuid(d["dataset_id"])

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            dataset_id = unparsed_field(
                unparsed,
                "Video",
                "dataset_id",
                d.get("dataset_id"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            status = enum_member(VideoStatus, d["status"])

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            status = unparsed_field(
                unparsed,
                "Video",
                "status",
                d.get("status"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            width = d.get("width", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            width = unparsed_field(
                unparsed,
                "Video",
                "width",
                d.get("width"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            height = d.get("height", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            height = unparsed_field(
                unparsed,
                "Video",
                "height",
                d.get("height"),
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
                "Video",
                "format",
                d.get("format"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            frame_rate = d.get("frame_rate", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            frame_rate = unparsed_field(
                unparsed,
                "Video",
                "frame_rate",
                d.get("frame_rate"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            public_url = d.get("public_url", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            public_url = unparsed_field(
                unparsed,
                "Video",
                "public_url",
                d.get("public_url"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            _uploaded_at = d.get("uploaded_at", UNSET)
            uploaded_at: datetime.datetime | Unset
            if isinstance(_uploaded_at, Unset):
                uploaded_at = UNSET
            else:
                uploaded_at = parse_datetime(_uploaded_at)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            uploaded_at = unparsed_field(
                unparsed,
                "Video",
                "uploaded_at",
                d.get("uploaded_at"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            url = d.get("url", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            url = unparsed_field(
                unparsed,
                "Video",
                "url",
                d.get("url"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            duration_ms = d.get("duration_ms", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            duration_ms = unparsed_field(
                unparsed,
                "Video",
                "duration_ms",
                d.get("duration_ms"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            duration_frames = d.get("duration_frames", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            duration_frames = unparsed_field(
                unparsed,
                "Video",
                "duration_frames",
                d.get("duration_frames"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            _status_id = d.get("status_id", UNSET)
            status_id: UUID | Unset
            if isinstance(_status_id, Unset):
                status_id = UNSET
            else:
                status_id = parse_uuid(_status_id)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            status_id = unparsed_field(
                unparsed,
                "Video",
                "status_id",
                d.get("status_id"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            health_status = d.get("health_status", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            health_status = unparsed_field(
                unparsed,
                "Video",
                "health_status",
                d.get("health_status"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            dataset_name = d.get("dataset_name", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            dataset_name = unparsed_field(
                unparsed,
                "Video",
                "dataset_name",
                d.get("dataset_name"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            _queue_ids = d.get("queue_ids", UNSET)
            queue_ids: list[UUID] | Unset = UNSET
            if _queue_ids is not UNSET:
                queue_ids = []
                for queue_ids_item_data in _queue_ids:
                    queue_ids_item = parse_uuid(queue_ids_item_data)

                    queue_ids.append(queue_ids_item)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            queue_ids = unparsed_field(
                unparsed,
                "Video",
                "queue_ids",
                d.get("queue_ids"),
                exc_,
                required=False,
                structural=True,
                unset=UNSET,
            )

        video = cls(
            id,
            name,
            dataset_id,
            status,
            width,
            height,
            format_,
            frame_rate,
            public_url,
            uploaded_at,
            url,
            duration_ms,
            duration_frames,
            status_id,
            health_status,
            dataset_name,
            queue_ids,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 4 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        video.additional_properties = extra
        video.unparsed = unparsed
        return video

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
