from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.bounding_box import BoundingBox


T = TypeVar("T", bound="DetectedObject")


@_attrs_define
class DetectedObject:
    """
    Attributes:
        id (int):
        lon (float):
        lat (float):
        type_ (str): Name of the detector that found the object (see the detectors list).
        label (str): Class code of the object
        name (str): Human-readable name of the object in the requested locale.
        value (float | None): A value read from the object where it has one (for example a speed limit), else null.
        is_tmp (bool): Whether the object is temporary.
        first_seen_datetime (str): Naive local date and time with optional fractional seconds.
        last_seen_datetime (str): Naive local date and time with optional fractional seconds.
        bbox (BoundingBox): Position of the object in the frame, in pixels.
        frame_id (int):
        frame_url (str): Path of the original frame image
        frame_url_with_detections (str): Path of the frame image with detections drawn.
    """

    id: int
    lon: float
    lat: float
    type_: str
    label: str
    name: str
    value: float | None
    is_tmp: bool
    first_seen_datetime: str
    last_seen_datetime: str
    bbox: BoundingBox
    frame_id: int
    frame_url: str
    frame_url_with_detections: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        lon = self.lon

        lat = self.lat

        type_ = self.type_

        label = self.label

        name = self.name

        value: float | None
        value = self.value

        is_tmp = self.is_tmp

        first_seen_datetime = self.first_seen_datetime

        last_seen_datetime = self.last_seen_datetime

        bbox = self.bbox.to_dict()

        frame_id = self.frame_id

        frame_url = self.frame_url

        frame_url_with_detections = self.frame_url_with_detections

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "lon": lon,
                "lat": lat,
                "type": type_,
                "label": label,
                "name": name,
                "value": value,
                "is_tmp": is_tmp,
                "first_seen_datetime": first_seen_datetime,
                "last_seen_datetime": last_seen_datetime,
                "bbox": bbox,
                "frame_id": frame_id,
                "frame_url": frame_url,
                "frame_url_with_detections": frame_url_with_detections,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.bounding_box import BoundingBox  # noqa: PLC0415

        d = src_dict
        id = d["id"]

        lon = d["lon"]

        lat = d["lat"]

        type_ = d["type"]

        label = d["label"]

        name = d["name"]

        def _parse_value(data: object) -> float | None:
            if data is None:
                return data
            return cast(float | None, data)

        value = _parse_value(d["value"])

        is_tmp = d["is_tmp"]

        first_seen_datetime = d["first_seen_datetime"]

        last_seen_datetime = d["last_seen_datetime"]

        bbox = BoundingBox.from_dict(d["bbox"])

        frame_id = d["frame_id"]

        frame_url = d["frame_url"]

        frame_url_with_detections = d["frame_url_with_detections"]

        detected_object = cls(
            id,
            lon,
            lat,
            type_,
            label,
            name,
            value,
            is_tmp,
            first_seen_datetime,
            last_seen_datetime,
            bbox,
            frame_id,
            frame_url,
            frame_url_with_detections,
        )

        extra = (
            {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "id",
                    "lon",
                    "lat",
                    "type",
                    "label",
                    "name",
                    "value",
                    "is_tmp",
                    "first_seen_datetime",
                    "last_seen_datetime",
                    "bbox",
                    "frame_id",
                    "frame_url",
                    "frame_url_with_detections",
                }
            }
            if len(d) > 14
            else {}
        )
        detected_object.additional_properties = extra
        return detected_object

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
