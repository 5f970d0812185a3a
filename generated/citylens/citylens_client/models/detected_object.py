from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_UNPARSED, UNSET, parse_strictly, parsing_strictly

if TYPE_CHECKING:
    from ..models.bounding_box import BoundingBox

_lazy: dict[str, Any] = {}


T = TypeVar("T", bound="DetectedObject")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
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
)

_JSON_NAMES: dict[str, str] = {
    "id": "id",
    "lon": "lon",
    "lat": "lat",
    "type_": "type",
    "label": "label",
    "name": "name",
    "value": "value",
    "is_tmp": "is_tmp",
    "first_seen_datetime": "first_seen_datetime",
    "last_seen_datetime": "last_seen_datetime",
    "bbox": "bbox",
    "frame_id": "frame_id",
    "frame_url": "frame_url",
    "frame_url_with_detections": "frame_url_with_detections",
}


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
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
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

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
        if "id" not in self.unparsed:
            id = self.id
        else:  # read leniently: written back as the server sent it
            id = self.unparsed["id"].raw

        if "lon" not in self.unparsed:
            lon = self.lon
        else:  # read leniently: written back as the server sent it
            lon = self.unparsed["lon"].raw

        if "lat" not in self.unparsed:
            lat = self.lat
        else:  # read leniently: written back as the server sent it
            lat = self.unparsed["lat"].raw

        if "type" not in self.unparsed:
            type_ = self.type_
        else:  # read leniently: written back as the server sent it
            type_ = self.unparsed["type"].raw

        if "label" not in self.unparsed:
            label = self.label
        else:  # read leniently: written back as the server sent it
            label = self.unparsed["label"].raw

        if "name" not in self.unparsed:
            name = self.name
        else:  # read leniently: written back as the server sent it
            name = self.unparsed["name"].raw

        if "value" not in self.unparsed:
            value: float | None
            value = self.value
        else:  # read leniently: written back as the server sent it
            value = self.unparsed["value"].raw

        if "is_tmp" not in self.unparsed:
            is_tmp = self.is_tmp
        else:  # read leniently: written back as the server sent it
            is_tmp = self.unparsed["is_tmp"].raw

        if "first_seen_datetime" not in self.unparsed:
            first_seen_datetime = self.first_seen_datetime
        else:  # read leniently: written back as the server sent it
            first_seen_datetime = self.unparsed["first_seen_datetime"].raw

        if "last_seen_datetime" not in self.unparsed:
            last_seen_datetime = self.last_seen_datetime
        else:  # read leniently: written back as the server sent it
            last_seen_datetime = self.unparsed["last_seen_datetime"].raw

        if "bbox" not in self.unparsed:
            bbox = self.bbox.to_dict()
        else:  # read leniently: written back as the server sent it
            bbox = self.unparsed["bbox"].raw

        if "frame_id" not in self.unparsed:
            frame_id = self.frame_id
        else:  # read leniently: written back as the server sent it
            frame_id = self.unparsed["frame_id"].raw

        if "frame_url" not in self.unparsed:
            frame_url = self.frame_url
        else:  # read leniently: written back as the server sent it
            frame_url = self.unparsed["frame_url"].raw

        if "frame_url_with_detections" not in self.unparsed:
            frame_url_with_detections = self.frame_url_with_detections
        else:  # read leniently: written back as the server sent it
            frame_url_with_detections = self.unparsed["frame_url_with_detections"].raw

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
        if not TYPE_CHECKING:
            try:
                BoundingBox = _lazy["BoundingBox"]
            except KeyError:
                from ..models.bounding_box import BoundingBox  # noqa: PLC0415

                _lazy["BoundingBox"] = BoundingBox

        try:
            d = src_dict
            id = d["id"]

            lon = d["lon"]

            lat = d["lat"]

            type_ = d["type"]

            label = d["label"]

            name = d["name"]

            value = d["value"]

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
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 14 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            detected_object.additional_properties = extra
            return detected_object

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
        from ..models.bounding_box import BoundingBox  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise not_an_object("DetectedObject", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            id = d["id"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            id = unparsed_field(
                unparsed,
                "DetectedObject",
                "id",
                d.get("id"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            lon = d["lon"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            lon = unparsed_field(
                unparsed,
                "DetectedObject",
                "lon",
                d.get("lon"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            lat = d["lat"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            lat = unparsed_field(
                unparsed,
                "DetectedObject",
                "lat",
                d.get("lat"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            type_ = d["type"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            type_ = unparsed_field(
                unparsed,
                "DetectedObject",
                "type",
                d.get("type"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            label = d["label"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            label = unparsed_field(
                unparsed,
                "DetectedObject",
                "label",
                d.get("label"),
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
                "DetectedObject",
                "name",
                d.get("name"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            value = d["value"]

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            value = unparsed_field(
                unparsed,
                "DetectedObject",
                "value",
                d.get("value"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            is_tmp = d["is_tmp"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            is_tmp = unparsed_field(
                unparsed,
                "DetectedObject",
                "is_tmp",
                d.get("is_tmp"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            first_seen_datetime = d["first_seen_datetime"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            first_seen_datetime = unparsed_field(
                unparsed,
                "DetectedObject",
                "first_seen_datetime",
                d.get("first_seen_datetime"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            last_seen_datetime = d["last_seen_datetime"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            last_seen_datetime = unparsed_field(
                unparsed,
                "DetectedObject",
                "last_seen_datetime",
                d.get("last_seen_datetime"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            bbox = BoundingBox.from_dict(d["bbox"])

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            bbox = unparsed_field(
                unparsed,
                "DetectedObject",
                "bbox",
                d.get("bbox"),
                exc_,
                required=True,
                structural=True,
                unset=UNSET,
            )

        try:
            frame_id = d["frame_id"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            frame_id = unparsed_field(
                unparsed,
                "DetectedObject",
                "frame_id",
                d.get("frame_id"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            frame_url = d["frame_url"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            frame_url = unparsed_field(
                unparsed,
                "DetectedObject",
                "frame_url",
                d.get("frame_url"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            frame_url_with_detections = d["frame_url_with_detections"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            frame_url_with_detections = unparsed_field(
                unparsed,
                "DetectedObject",
                "frame_url_with_detections",
                d.get("frame_url_with_detections"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

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
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if len(d) > 14 and not _KNOWN_KEYS.issuperset(d)
            else {}
        )
        detected_object.additional_properties = extra
        detected_object.unparsed = unparsed
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
