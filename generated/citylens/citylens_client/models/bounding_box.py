from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_UNPARSED, UNSET, parse_strictly, parsing_strictly

T = TypeVar("T", bound="BoundingBox")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "x_from",
        "y_from",
        "width",
        "height",
    }
)

_JSON_NAMES: dict[str, str] = {
    "x_from": "x_from",
    "y_from": "y_from",
    "width": "width",
    "height": "height",
}


@_attrs_define
class BoundingBox:
    """Position of the object in the frame, in pixels.

    Attributes:
        x_from (int): Left edge.
        y_from (int): Top edge.
        width (int):
        height (int):
    """

    x_from: int
    y_from: int
    width: int
    height: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
        x_from = self.x_from

        y_from = self.y_from

        width = self.width

        height = self.height

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "x_from": x_from,
                "y_from": y_from,
                "width": width,
                "height": height,
            }
        )

        return field_dict

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
        if "x_from" not in self.unparsed:
            x_from = self.x_from
        else:  # read leniently: written back as the server sent it
            x_from = self.unparsed["x_from"].raw

        if "y_from" not in self.unparsed:
            y_from = self.y_from
        else:  # read leniently: written back as the server sent it
            y_from = self.unparsed["y_from"].raw

        if "width" not in self.unparsed:
            width = self.width
        else:  # read leniently: written back as the server sent it
            width = self.unparsed["width"].raw

        if "height" not in self.unparsed:
            height = self.height
        else:  # read leniently: written back as the server sent it
            height = self.unparsed["height"].raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "x_from": x_from,
                "y_from": y_from,
                "width": width,
                "height": height,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            x_from = d["x_from"]

            y_from = d["y_from"]

            width = d["width"]

            height = d["height"]

            bounding_box = cls(
                x_from,
                y_from,
                width,
                height,
            )

            extra = (
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 4 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            bounding_box.additional_properties = extra
            return bounding_box

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
            raise not_an_object("BoundingBox", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            x_from = d["x_from"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            x_from = unparsed_field(
                unparsed,
                "BoundingBox",
                "x_from",
                d.get("x_from"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            y_from = d["y_from"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            y_from = unparsed_field(
                unparsed,
                "BoundingBox",
                "y_from",
                d.get("y_from"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            width = d["width"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            width = unparsed_field(
                unparsed,
                "BoundingBox",
                "width",
                d.get("width"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            height = d["height"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            height = unparsed_field(
                unparsed,
                "BoundingBox",
                "height",
                d.get("height"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        bounding_box = cls(
            x_from,
            y_from,
            width,
            height,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 4 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        bounding_box.additional_properties = extra
        bounding_box.unparsed = unparsed
        return bounding_box

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
