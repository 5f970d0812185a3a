from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_UNPARSED, UNSET, parse_strictly, parsing_strictly

if TYPE_CHECKING:
    from ..models.location_data import LocationData

_lazy: dict[str, Any] = {}


T = TypeVar("T", bound="ExportV3Response")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "cursor",
        "data",
    }
)

_JSON_NAMES: dict[str, str] = {
    "cursor": "cursor",
    "data": "data",
}


@_attrs_define
class ExportV3Response:
    """
    Attributes:
        cursor (None | str): Opaque; send it with the next request. Null when everything has been fetched.
        data (list[LocationData]): One batch of locations, as in v1.
    """

    cursor: None | str
    data: list[LocationData]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
        cursor: None | str
        cursor = self.cursor

        data = []
        for data_item_data in self.data:
            data_item = data_item_data.to_dict()
            data.append(data_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cursor": cursor,
                "data": data,
            }
        )

        return field_dict

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
        if "cursor" not in self.unparsed:
            cursor: None | str
            cursor = self.cursor
        else:  # read leniently: written back as the server sent it
            cursor = self.unparsed["cursor"].raw

        if "data" not in self.unparsed:
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        else:  # read leniently: written back as the server sent it
            data = self.unparsed["data"].raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "cursor": cursor,
                "data": data,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:
            try:
                LocationData = _lazy["LocationData"]
            except KeyError:
                from ..models.location_data import LocationData  # noqa: PLC0415

                _lazy["LocationData"] = LocationData

        try:
            d = src_dict
            cursor = d["cursor"]

            import gc  # noqa: PLC0415 - here, not at the top: endpoint modules build lists too

            _data_gc = gc.isenabled()
            gc.disable()
            try:
                data = []
                _data = d["data"]
                for data_item_data in _data:
                    data_item = LocationData.from_dict(data_item_data)

                    data.append(data_item)

            finally:
                if _data_gc:
                    gc.enable()

            export_v3_response = cls(
                cursor,
                data,
            )

            extra = (
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 2 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            export_v3_response.additional_properties = extra
            return export_v3_response

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
        from ..models.location_data import LocationData  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise not_an_object("ExportV3Response", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            cursor = d["cursor"]

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            cursor = unparsed_field(
                unparsed,
                "ExportV3Response",
                "cursor",
                d.get("cursor"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            data = items_that_are_objects(
                unparsed,
                "ExportV3Response",
                "data",
                d["data"],
                LocationData.from_dict,
                unset=UNSET,
            )
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            data = unparsed_field(
                unparsed,
                "ExportV3Response",
                "data",
                d.get("data"),
                exc_,
                required=True,
                structural=True,
                unset=UNSET,
            )

        export_v3_response = cls(
            cursor,
            data,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 2 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        export_v3_response.additional_properties = extra
        export_v3_response.unparsed = unparsed
        return export_v3_response

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
