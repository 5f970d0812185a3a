from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tag_group_type import TagGroupType
from ..types import NO_UNPARSED, UNSET, Unset, enum_member, parse_strictly, parsing_strictly

T = TypeVar("T", bound="TagGroupRequest")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "name",
        "type",
        "is_required",
        "norder",
    }
)

_JSON_NAMES: dict[str, str] = {
    "name": "name",
    "type_": "type",
    "is_required": "is_required",
    "norder": "norder",
}


@_attrs_define
class TagGroupRequest:
    """
    Attributes:
        name (str): Tag group name.
        type_ (TagGroupType): Tag group type.
        is_required (bool | Unset): Tag group is required. Default: False.
        norder (float | Unset): Tag groups order.
    """

    name: str
    type_: TagGroupType
    is_required: bool | Unset = False
    norder: float | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
        name = self.name

        type_ = self.type_.value

        is_required = self.is_required

        norder = self.norder

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )
        if is_required is not UNSET:
            field_dict["is_required"] = is_required
        if norder is not UNSET:
            field_dict["norder"] = norder

        return field_dict

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
        if "name" not in self.unparsed:
            name = self.name
        else:  # read leniently: written back as the server sent it
            name = self.unparsed["name"].raw

        if "type" not in self.unparsed:
            type_ = self.type_.value
        else:  # read leniently: written back as the server sent it
            type_ = self.unparsed["type"].raw

        if "is_required" not in self.unparsed:
            is_required = self.is_required
        else:  # read leniently: written back as the server sent it
            is_required = self.unparsed["is_required"].raw

        if "norder" not in self.unparsed:
            norder = self.norder
        else:  # read leniently: written back as the server sent it
            norder = self.unparsed["norder"].raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
            }
        )
        if is_required is not UNSET:
            field_dict["is_required"] = is_required
        if norder is not UNSET:
            field_dict["norder"] = norder

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            name = d["name"]

            type_ = enum_member(TagGroupType, d["type"])

            is_required = d.get("is_required", UNSET)

            norder = d.get("norder", UNSET)

            tag_group_request = cls(
                name,
                type_,
                is_required,
                norder,
            )

            extra = (
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 2 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            tag_group_request.additional_properties = extra
            return tag_group_request

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
            raise not_an_object("TagGroupRequest", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            name = d["name"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            name = unparsed_field(
                unparsed,
                "TagGroupRequest",
                "name",
                d.get("name"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            type_ = enum_member(TagGroupType, d["type"])

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            type_ = unparsed_field(
                unparsed,
                "TagGroupRequest",
                "type",
                d.get("type"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            is_required = d.get("is_required", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            is_required = unparsed_field(
                unparsed,
                "TagGroupRequest",
                "is_required",
                d.get("is_required"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            norder = d.get("norder", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            norder = unparsed_field(
                unparsed,
                "TagGroupRequest",
                "norder",
                d.get("norder"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        tag_group_request = cls(
            name,
            type_,
            is_required,
            norder,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 2 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        tag_group_request.additional_properties = extra
        tag_group_request.unparsed = unparsed
        return tag_group_request

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
