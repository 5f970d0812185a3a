from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_UNPARSED, UNSET, Unset, parse_strictly, parsing_strictly

T = TypeVar("T", bound="Frame")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "lat",
        "lon",
        "azimuth",
        "date",
        "frame_url",
        "frame_url_with_detections",
    }
)

_JSON_NAMES: dict[str, str] = {
    "id": "id",
    "lat": "lat",
    "lon": "lon",
    "azimuth": "azimuth",
    "date": "date",
    "frame_url": "frame_url",
    "frame_url_with_detections": "frame_url_with_detections",
}


@_attrs_define
class Frame:
    """
    Attributes:
        id (int):
        lat (float):
        lon (float):
        azimuth (float | None): Camera heading in degrees.
        date (str): Naive local date and time with optional fractional seconds.
        frame_url (str | Unset): Inferred by analogy with detected objects: path of the image.
        frame_url_with_detections (str | Unset): Inferred, as `frame_url`.
    """

    id: int
    lat: float
    lon: float
    azimuth: float | None
    date: str
    frame_url: str | Unset = UNSET
    frame_url_with_detections: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
        id = self.id

        lat = self.lat

        lon = self.lon

        azimuth: float | None
        azimuth = self.azimuth

        date = self.date

        frame_url = self.frame_url

        frame_url_with_detections = self.frame_url_with_detections

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "lat": lat,
                "lon": lon,
                "azimuth": azimuth,
                "date": date,
            }
        )
        if frame_url is not UNSET:
            field_dict["frame_url"] = frame_url
        if frame_url_with_detections is not UNSET:
            field_dict["frame_url_with_detections"] = frame_url_with_detections

        return field_dict

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
        if "id" not in self.unparsed:
            id = self.id
        else:  # read leniently: written back as the server sent it
            id = self.unparsed["id"].raw

        if "lat" not in self.unparsed:
            lat = self.lat
        else:  # read leniently: written back as the server sent it
            lat = self.unparsed["lat"].raw

        if "lon" not in self.unparsed:
            lon = self.lon
        else:  # read leniently: written back as the server sent it
            lon = self.unparsed["lon"].raw

        if "azimuth" not in self.unparsed:
            azimuth: float | None
            azimuth = self.azimuth
        else:  # read leniently: written back as the server sent it
            azimuth = self.unparsed["azimuth"].raw

        if "date" not in self.unparsed:
            date = self.date
        else:  # read leniently: written back as the server sent it
            date = self.unparsed["date"].raw

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
                "lat": lat,
                "lon": lon,
                "azimuth": azimuth,
                "date": date,
            }
        )
        if frame_url is not UNSET:
            field_dict["frame_url"] = frame_url
        if frame_url_with_detections is not UNSET:
            field_dict["frame_url_with_detections"] = frame_url_with_detections

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            id = d["id"]

            lat = d["lat"]

            lon = d["lon"]

            azimuth = d["azimuth"]

            date = d["date"]

            frame_url = d.get("frame_url", UNSET)

            frame_url_with_detections = d.get("frame_url_with_detections", UNSET)

            frame = cls(
                id,
                lat,
                lon,
                azimuth,
                date,
                frame_url,
                frame_url_with_detections,
            )

            extra = (
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 5 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            frame.additional_properties = extra
            return frame

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
            raise not_an_object("Frame", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            id = d["id"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            id = unparsed_field(
                unparsed,
                "Frame",
                "id",
                d.get("id"),
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
                "Frame",
                "lat",
                d.get("lat"),
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
                "Frame",
                "lon",
                d.get("lon"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            azimuth = d["azimuth"]

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            azimuth = unparsed_field(
                unparsed,
                "Frame",
                "azimuth",
                d.get("azimuth"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            date = d["date"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            date = unparsed_field(
                unparsed,
                "Frame",
                "date",
                d.get("date"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            frame_url = d.get("frame_url", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            frame_url = unparsed_field(
                unparsed,
                "Frame",
                "frame_url",
                d.get("frame_url"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            frame_url_with_detections = d.get("frame_url_with_detections", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            frame_url_with_detections = unparsed_field(
                unparsed,
                "Frame",
                "frame_url_with_detections",
                d.get("frame_url_with_detections"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        frame = cls(
            id,
            lat,
            lon,
            azimuth,
            date,
            frame_url,
            frame_url_with_detections,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 5 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        frame.additional_properties = extra
        frame.unparsed = unparsed
        return frame

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
