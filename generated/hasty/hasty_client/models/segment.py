from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_UNPARSED, UNSET, Unset, parse_datetime, parse_strictly, parse_uuid, parsing_strictly

T = TypeVar("T", bound="Segment")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "video_id",
        "start_time_ms",
        "end_time_ms",
        "activities",
        "prediction_id",
        "created_by",
        "created_at",
    }
)

_JSON_NAMES: dict[str, str] = {
    "id": "id",
    "video_id": "video_id",
    "start_time_ms": "start_time_ms",
    "end_time_ms": "end_time_ms",
    "activities": "activities",
    "prediction_id": "prediction_id",
    "created_by": "created_by",
    "created_at": "created_at",
}


@_attrs_define
class Segment:
    """A segment of a video with its activities.

    Attributes:
        id (UUID):
        video_id (UUID):
        start_time_ms (int): Start of the segment, in milliseconds.
        end_time_ms (int): End of the segment, in milliseconds.
        activities (list[UUID]): List of assigned activities (activity type IDs).
        prediction_id (None | Unset | UUID):
        created_by (None | Unset | UUID):
        created_at (datetime.datetime | Unset):
    """

    id: UUID
    video_id: UUID
    start_time_ms: int
    end_time_ms: int
    activities: list[UUID]
    prediction_id: None | Unset | UUID = UNSET
    created_by: None | Unset | UUID = UNSET
    created_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
        id = str(self.id)

        video_id = str(self.video_id)

        start_time_ms = self.start_time_ms

        end_time_ms = self.end_time_ms

        activities = []
        for activities_item_data in self.activities:
            activities_item = str(activities_item_data)
            activities.append(activities_item)

        prediction_id: None | str | Unset
        if isinstance(self.prediction_id, Unset):
            prediction_id = UNSET
        elif isinstance(self.prediction_id, UUID):
            prediction_id = str(self.prediction_id)
        else:
            prediction_id = self.prediction_id

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        elif isinstance(self.created_by, UUID):
            created_by = str(self.created_by)
        else:
            created_by = self.created_by

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "video_id": video_id,
                "start_time_ms": start_time_ms,
                "end_time_ms": end_time_ms,
                "activities": activities,
            }
        )
        if prediction_id is not UNSET:
            field_dict["prediction_id"] = prediction_id
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
        if "id" not in self.unparsed:
            id = str(self.id)
        else:  # read leniently: written back as the server sent it
            id = self.unparsed["id"].raw

        if "video_id" not in self.unparsed:
            video_id = str(self.video_id)
        else:  # read leniently: written back as the server sent it
            video_id = self.unparsed["video_id"].raw

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

        if "prediction_id" not in self.unparsed:
            prediction_id: None | str | Unset
            if isinstance(self.prediction_id, Unset):
                prediction_id = UNSET
            elif isinstance(self.prediction_id, UUID):
                prediction_id = str(self.prediction_id)
            else:
                prediction_id = self.prediction_id
        else:  # read leniently: written back as the server sent it
            prediction_id = self.unparsed["prediction_id"].raw

        if "created_by" not in self.unparsed:
            created_by: None | str | Unset
            if isinstance(self.created_by, Unset):
                created_by = UNSET
            elif isinstance(self.created_by, UUID):
                created_by = str(self.created_by)
            else:
                created_by = self.created_by
        else:  # read leniently: written back as the server sent it
            created_by = self.unparsed["created_by"].raw

        if "created_at" not in self.unparsed:
            created_at: str | Unset = UNSET
            if not isinstance(self.created_at, Unset):
                created_at = self.created_at.isoformat().replace("+00:00", "Z")
        else:  # read leniently: written back as the server sent it
            created_at = self.unparsed["created_at"].raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "video_id": video_id,
                "start_time_ms": start_time_ms,
                "end_time_ms": end_time_ms,
                "activities": activities,
            }
        )
        if prediction_id is not UNSET:
            field_dict["prediction_id"] = prediction_id
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if created_at is not UNSET:
            field_dict["created_at"] = created_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            id = parse_uuid(d["id"])

            video_id = parse_uuid(d["video_id"])

            start_time_ms = d["start_time_ms"]

            end_time_ms = d["end_time_ms"]

            activities = []
            _activities = d["activities"]
            for activities_item_data in _activities:
                activities_item = parse_uuid(activities_item_data)

                activities.append(activities_item)

            def _parse_prediction_id(data: object) -> None | Unset | UUID:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    prediction_id_type_0 = parse_uuid(data)

                    return prediction_id_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | Unset | UUID, data)

            prediction_id = _parse_prediction_id(d.get("prediction_id", UNSET))

            def _parse_created_by(data: object) -> None | Unset | UUID:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    created_by_type_0 = parse_uuid(data)

                    return created_by_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | Unset | UUID, data)

            created_by = _parse_created_by(d.get("created_by", UNSET))

            _created_at = d.get("created_at", UNSET)
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = parse_datetime(_created_at)

            segment = cls(
                id,
                video_id,
                start_time_ms,
                end_time_ms,
                activities,
                prediction_id,
                created_by,
                created_at,
            )

            extra = (
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 5 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            segment.additional_properties = extra
            return segment

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
            raise not_an_object("Segment", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            id = parse_uuid(d["id"])

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            id = unparsed_field(
                unparsed,
                "Segment",
                "id",
                d.get("id"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            video_id = parse_uuid(d["video_id"])

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            video_id = unparsed_field(
                unparsed,
                "Segment",
                "video_id",
                d.get("video_id"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            start_time_ms = d["start_time_ms"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            start_time_ms = unparsed_field(
                unparsed,
                "Segment",
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
                "Segment",
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
                "Segment",
                "activities",
                d.get("activities"),
                exc_,
                required=True,
                structural=True,
                unset=UNSET,
            )

        try:

            def _parse_prediction_id(data: object) -> None | Unset | UUID:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    prediction_id_type_0 = parse_uuid(data)

                    return prediction_id_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | Unset | UUID, data)

            prediction_id = _parse_prediction_id(d.get("prediction_id", UNSET))

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            prediction_id = unparsed_field(
                unparsed,
                "Segment",
                "prediction_id",
                d.get("prediction_id"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:

            def _parse_created_by(data: object) -> None | Unset | UUID:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    created_by_type_0 = parse_uuid(data)

                    return created_by_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | Unset | UUID, data)

            created_by = _parse_created_by(d.get("created_by", UNSET))

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            created_by = unparsed_field(
                unparsed,
                "Segment",
                "created_by",
                d.get("created_by"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            _created_at = d.get("created_at", UNSET)
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = parse_datetime(_created_at)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            created_at = unparsed_field(
                unparsed,
                "Segment",
                "created_at",
                d.get("created_at"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        segment = cls(
            id,
            video_id,
            start_time_ms,
            end_time_ms,
            activities,
            prediction_id,
            created_by,
            created_at,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 5 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        segment.additional_properties = extra
        segment.unparsed = unparsed
        return segment

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
