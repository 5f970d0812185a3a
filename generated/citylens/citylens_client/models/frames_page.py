from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_UNPARSED, UNSET, parse_strictly, parsing_strictly

if TYPE_CHECKING:
    from ..models.frame import Frame

_lazy: dict[str, Any] = {}


T = TypeVar("T", bound="FramesPage")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "frames",
        "total_count",
        "limit",
        "offset",
    }
)

_JSON_NAMES: dict[str, str] = {
    "frames": "frames",
    "total_count": "total_count",
    "limit": "limit",
    "offset": "offset",
}


@_attrs_define
class FramesPage:
    """
    Attributes:
        frames (list[Frame]):
        total_count (int):
        limit (int):
        offset (int):
    """

    frames: list[Frame]
    total_count: int
    limit: int
    offset: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
        frames = []
        for frames_item_data in self.frames:
            frames_item = frames_item_data.to_dict()
            frames.append(frames_item)

        total_count = self.total_count

        limit = self.limit

        offset = self.offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "frames": frames,
                "total_count": total_count,
                "limit": limit,
                "offset": offset,
            }
        )

        return field_dict

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
        if "frames" not in self.unparsed:
            frames = []
            for frames_item_data in self.frames:
                frames_item = frames_item_data.to_dict()
                frames.append(frames_item)

        else:  # read leniently: written back as the server sent it
            frames = self.unparsed["frames"].raw

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "frames": frames,
                "total_count": total_count,
                "limit": limit,
                "offset": offset,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:
            try:
                Frame = _lazy["Frame"]
            except KeyError:
                from ..models.frame import Frame  # noqa: PLC0415

                _lazy["Frame"] = Frame

        try:
            d = src_dict
            import gc  # noqa: PLC0415 - here, not at the top: endpoint modules build lists too

            _frames_gc = gc.isenabled()
            gc.disable()
            try:
                frames = []
                _frames = d["frames"]
                for frames_item_data in _frames:
                    frames_item = Frame.from_dict(frames_item_data)

                    frames.append(frames_item)

            finally:
                if _frames_gc:
                    gc.enable()

            total_count = d["total_count"]

            limit = d["limit"]

            offset = d["offset"]

            frames_page = cls(
                frames,
                total_count,
                limit,
                offset,
            )

            extra = (
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 4 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            frames_page.additional_properties = extra
            return frames_page

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
        from ..models.frame import Frame  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise not_an_object("FramesPage", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            frames = items_that_are_objects(
                unparsed,
                "FramesPage",
                "frames",
                d["frames"],
                Frame.from_dict,
                unset=UNSET,
            )
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            frames = unparsed_field(
                unparsed,
                "FramesPage",
                "frames",
                d.get("frames"),
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
                "FramesPage",
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
                "FramesPage",
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
                "FramesPage",
                "offset",
                d.get("offset"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        frames_page = cls(
            frames,
            total_count,
            limit,
            offset,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 4 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        frames_page.additional_properties = extra
        frames_page.unparsed = unparsed
        return frames_page

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
