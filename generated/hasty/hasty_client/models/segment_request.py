from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_UNPARSED, UNSET, Unset, parse_strictly, parse_uuid, parsing_strictly

T = TypeVar("T", bound="SegmentRequest")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "start_time_ms",
        "end_time_ms",
        "activities",
        "video_id",
        "prediction_id",
    }
)

_JSON_NAMES: dict[str, str] = {
    "start_time_ms": "start_time_ms",
    "end_time_ms": "end_time_ms",
    "activities": "activities",
    "video_id": "video_id",
    "prediction_id": "prediction_id",
}


@_attrs_define
class SegmentRequest:
    """
    Attributes:
        start_time_ms (int): Start of the segment, in milliseconds.
        end_time_ms (int): End of the segment, in milliseconds.
        activities (list[UUID]): List of assigned activities (activity type IDs).
        video_id (UUID | Unset):
        prediction_id (UUID | Unset): Unique identifier of the prediction used for this segment.
    """

    start_time_ms: int
    end_time_ms: int
    activities: list[UUID]
    video_id: UUID | Unset = UNSET
    prediction_id: UUID | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
        start_time_ms = self.start_time_ms

        end_time_ms = self.end_time_ms

        activities = []
        for activities_item_data in self.activities:
            activities_item = str(activities_item_data)
            activities.append(activities_item)

        video_id: str | Unset = UNSET
        if not isinstance(self.video_id, Unset):
            video_id = str(self.video_id)

        prediction_id: str | Unset = UNSET
        if not isinstance(self.prediction_id, Unset):
            prediction_id = str(self.prediction_id)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start_time_ms": start_time_ms,
                "end_time_ms": end_time_ms,
                "activities": activities,
            }
        )
        if video_id is not UNSET:
            field_dict["video_id"] = video_id
        if prediction_id is not UNSET:
            field_dict["prediction_id"] = prediction_id

        return field_dict

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
        if "start_time_ms" not in self.unparsed:
            start_time_ms = self.start_time_ms
        else:  # read leniently: written back as the server sent it
            start_time_ms = self.unparsed["start_time_ms"].raw

        if "end_time_ms" not in self.unparsed:
            end_time_ms = self.end_time_ms
        else:  # read leniently: written back as the server sent it
            end_time_ms = self.unparsed["end_time_ms"].raw

        if "activities" not in self.unparsed:
            activities = []
            for activities_item_data in self.activities:
                activities_item = str(activities_item_data)
                activities.append(activities_item)

        else:  # read leniently: written back as the server sent it
            activities = self.unparsed["activities"].raw

        if "video_id" not in self.unparsed:
            video_id: str | Unset = UNSET
            if not isinstance(self.video_id, Unset):
                video_id = str(self.video_id)
        else:  # read leniently: written back as the server sent it
            video_id = self.unparsed["video_id"].raw

        if "prediction_id" not in self.unparsed:
            prediction_id: str | Unset = UNSET
            if not isinstance(self.prediction_id, Unset):
                prediction_id = str(self.prediction_id)
        else:  # read leniently: written back as the server sent it
            prediction_id = self.unparsed["prediction_id"].raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "start_time_ms": start_time_ms,
                "end_time_ms": end_time_ms,
                "activities": activities,
            }
        )
        if video_id is not UNSET:
            field_dict["video_id"] = video_id
        if prediction_id is not UNSET:
            field_dict["prediction_id"] = prediction_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            start_time_ms = d["start_time_ms"]

            end_time_ms = d["end_time_ms"]

            activities = []
            _activities = d["activities"]
            for activities_item_data in _activities:
                activities_item = parse_uuid(activities_item_data)

                activities.append(activities_item)

            _video_id = d.get("video_id", UNSET)
            video_id: UUID | Unset
            if isinstance(_video_id, Unset):
                video_id = UNSET
            else:
                video_id = parse_uuid(_video_id)

            _prediction_id = d.get("prediction_id", UNSET)
            prediction_id: UUID | Unset
            if isinstance(_prediction_id, Unset):
                prediction_id = UNSET
            else:
                prediction_id = parse_uuid(_prediction_id)

            segment_request = cls(
                start_time_ms,
                end_time_ms,
                activities,
                video_id,
                prediction_id,
            )

            extra = (
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 3 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            segment_request.additional_properties = extra
            return segment_request

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
            raise not_an_object("SegmentRequest", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            start_time_ms = d["start_time_ms"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            start_time_ms = unparsed_field(
                unparsed,
                "SegmentRequest",
                "start_time_ms",
                d.get("start_time_ms"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            end_time_ms = d["end_time_ms"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            end_time_ms = unparsed_field(
                unparsed,
                "SegmentRequest",
                "end_time_ms",
                d.get("end_time_ms"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            activities = []
            _activities = d["activities"]
            for activities_item_data in _activities:
                activities_item = parse_uuid(activities_item_data)

                activities.append(activities_item)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            activities = unparsed_field(
                unparsed,
                "SegmentRequest",
                "activities",
                d.get("activities"),
                exc_,
                required=True,
                structural=True,
                unset=UNSET,
            )

        try:
            _video_id = d.get("video_id", UNSET)
            video_id: UUID | Unset
            if isinstance(_video_id, Unset):
                video_id = UNSET
            else:
                video_id = parse_uuid(_video_id)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            video_id = unparsed_field(
                unparsed,
                "SegmentRequest",
                "video_id",
                d.get("video_id"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            _prediction_id = d.get("prediction_id", UNSET)
            prediction_id: UUID | Unset
            if isinstance(_prediction_id, Unset):
                prediction_id = UNSET
            else:
                prediction_id = parse_uuid(_prediction_id)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            prediction_id = unparsed_field(
                unparsed,
                "SegmentRequest",
                "prediction_id",
                d.get("prediction_id"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        segment_request = cls(
            start_time_ms,
            end_time_ms,
            activities,
            video_id,
            prediction_id,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 3 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        segment_request.additional_properties = extra
        segment_request.unparsed = unparsed
        return segment_request

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
