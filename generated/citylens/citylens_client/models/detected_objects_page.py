from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_UNPARSED, UNSET, Unset, parse_strictly, parsing_strictly

if TYPE_CHECKING:
    from ..models.detected_object import DetectedObject

_lazy: dict[str, Any] = {}


T = TypeVar("T", bound="DetectedObjectsPage")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "detected_objects",
        "total_count",
        "limit",
        "offset",
        "processed",
    }
)

_JSON_NAMES: dict[str, str] = {
    "detected_objects": "detected_objects",
    "total_count": "total_count",
    "limit": "limit",
    "offset": "offset",
    "processed": "processed",
}


@_attrs_define
class DetectedObjectsPage:
    """
    Attributes:
        detected_objects (list[DetectedObject]):
        total_count (int): Number of objects matching the filters
        limit (int):
        offset (int):
        processed (bool | Unset): Shown as `false` in the page's example and not explained there (inferred: whether
            processing of the requested period has finished, so later calls may return more).
    """

    detected_objects: list[DetectedObject]
    total_count: int
    limit: int
    offset: int
    processed: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
        detected_objects = []
        for detected_objects_item_data in self.detected_objects:
            detected_objects_item = detected_objects_item_data.to_dict()
            detected_objects.append(detected_objects_item)

        total_count = self.total_count

        limit = self.limit

        offset = self.offset

        processed = self.processed

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "detected_objects": detected_objects,
                "total_count": total_count,
                "limit": limit,
                "offset": offset,
            }
        )
        if processed is not UNSET:
            field_dict["processed"] = processed

        return field_dict

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
        if "detected_objects" not in self.unparsed:
            detected_objects = []
            for detected_objects_item_data in self.detected_objects:
                detected_objects_item = detected_objects_item_data.to_dict()
                detected_objects.append(detected_objects_item)

        else:  # read leniently: written back as the server sent it
            detected_objects = self.unparsed["detected_objects"].raw

        if "total_count" not in self.unparsed:
            total_count = self.total_count
        else:  # read leniently: written back as the server sent it
            total_count = self.unparsed["total_count"].raw

        if "limit" not in self.unparsed:
            limit = self.limit
        else:  # read leniently: written back as the server sent it
            limit = self.unparsed["limit"].raw

        if "offset" not in self.unparsed:
            offset = self.offset
        else:  # read leniently: written back as the server sent it
            offset = self.unparsed["offset"].raw

        if "processed" not in self.unparsed:
            processed = self.processed
        else:  # read leniently: written back as the server sent it
            processed = self.unparsed["processed"].raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "detected_objects": detected_objects,
                "total_count": total_count,
                "limit": limit,
                "offset": offset,
            }
        )
        if processed is not UNSET:
            field_dict["processed"] = processed

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:
            try:
                DetectedObject = _lazy["DetectedObject"]
            except KeyError:
                from ..models.detected_object import DetectedObject  # noqa: PLC0415

                _lazy["DetectedObject"] = DetectedObject

        try:
            d = src_dict
            import gc  # noqa: PLC0415 - here, not at the top: endpoint modules build lists too

            _detected_objects_gc = gc.isenabled()
            gc.disable()
            try:
                detected_objects = []
                _detected_objects = d["detected_objects"]
                for detected_objects_item_data in _detected_objects:
                    detected_objects_item = DetectedObject.from_dict(detected_objects_item_data)

                    detected_objects.append(detected_objects_item)

            finally:
                if _detected_objects_gc:
                    gc.enable()

            total_count = d["total_count"]

            limit = d["limit"]

            offset = d["offset"]

            processed = d.get("processed", UNSET)

            detected_objects_page = cls(
                detected_objects,
                total_count,
                limit,
                offset,
                processed,
            )

            extra = (
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 4 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            detected_objects_page.additional_properties = extra
            return detected_objects_page

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
        from .._runtime.lenient import items_that_are_objects, not_an_object, unparsed_field  # noqa: PLC0415
        from ..models.detected_object import DetectedObject  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise not_an_object("DetectedObjectsPage", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            detected_objects = items_that_are_objects(
                unparsed,
                "DetectedObjectsPage",
                "detected_objects",
                d["detected_objects"],
                DetectedObject.from_dict,
                unset=UNSET,
            )
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            detected_objects = unparsed_field(
                unparsed,
                "DetectedObjectsPage",
                "detected_objects",
                d.get("detected_objects"),
                exc_,
                required=True,
                structural=True,
                unset=UNSET,
            )

        try:
            total_count = d["total_count"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            total_count = unparsed_field(
                unparsed,
                "DetectedObjectsPage",
                "total_count",
                d.get("total_count"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            limit = d["limit"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            limit = unparsed_field(
                unparsed,
                "DetectedObjectsPage",
                "limit",
                d.get("limit"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            offset = d["offset"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            offset = unparsed_field(
                unparsed,
                "DetectedObjectsPage",
                "offset",
                d.get("offset"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            processed = d.get("processed", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            processed = unparsed_field(
                unparsed,
                "DetectedObjectsPage",
                "processed",
                d.get("processed"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        detected_objects_page = cls(
            detected_objects,
            total_count,
            limit,
            offset,
            processed,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 4 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        detected_objects_page.additional_properties = extra
        detected_objects_page.unparsed = unparsed
        return detected_objects_page

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
