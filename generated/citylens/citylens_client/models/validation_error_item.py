from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_UNPARSED, UNSET, parse_strictly, parsing_strictly

T = TypeVar("T", bound="ValidationErrorItem")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "loc",
        "msg",
        "type",
    }
)

_JSON_NAMES: dict[str, str] = {
    "loc": "loc",
    "msg": "msg",
    "type_": "type",
}


@_attrs_define
class ValidationErrorItem:
    """
    Attributes:
        loc (list[int | str]):
        msg (str):
        type_ (str):
    """

    loc: list[int | str]
    msg: str
    type_: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
        loc = []
        for loc_item_data in self.loc:
            loc_item: int | str
            loc_item = loc_item_data
            loc.append(loc_item)

        msg = self.msg

        type_ = self.type_

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "loc": loc,
                "msg": msg,
                "type": type_,
            }
        )

        return field_dict

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
        if "loc" not in self.unparsed:
            loc = []
            for loc_item_data in self.loc:
                loc_item: int | str
                loc_item = loc_item_data
                loc.append(loc_item)

        else:  # read leniently: written back as the server sent it
            loc = self.unparsed["loc"].raw

        if "msg" not in self.unparsed:
            msg = self.msg
        else:  # read leniently: written back as the server sent it
            msg = self.unparsed["msg"].raw

        if "type" not in self.unparsed:
            type_ = self.type_
        else:  # read leniently: written back as the server sent it
            type_ = self.unparsed["type"].raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "loc": loc,
                "msg": msg,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            loc = []
            _loc = d["loc"]
            for loc_item_data in _loc:
                loc_item = loc_item_data

                loc.append(loc_item)

            msg = d["msg"]

            type_ = d["type"]

            validation_error_item = cls(
                loc,
                msg,
                type_,
            )

            extra = (
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 3 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            validation_error_item.additional_properties = extra
            return validation_error_item

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
            raise not_an_object("ValidationErrorItem", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            loc = []
            _loc = d["loc"]
            for loc_item_data in _loc:
                loc_item = loc_item_data

                loc.append(loc_item)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            loc = unparsed_field(
                unparsed,
                "ValidationErrorItem",
                "loc",
                d.get("loc"),
                exc_,
                required=True,
                structural=True,
                unset=UNSET,
            )

        try:
            msg = d["msg"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            msg = unparsed_field(
                unparsed,
                "ValidationErrorItem",
                "msg",
                d.get("msg"),
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
                "ValidationErrorItem",
                "type",
                d.get("type"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        validation_error_item = cls(
            loc,
            msg,
            type_,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 3 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        validation_error_item.additional_properties = extra
        validation_error_item.unparsed = unparsed
        return validation_error_item

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
