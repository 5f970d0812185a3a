from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_UNPARSED, UNSET, Unset, parse_strictly, parsing_strictly

T = TypeVar("T", bound="TagClassRequest")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "name",
        "norder",
        "tag_group_id",
        "tag_group_name",
    }
)

_JSON_NAMES: dict[str, str] = {
    "name": "name",
    "norder": "norder",
    "tag_group_id": "tag_group_id",
    "tag_group_name": "tag_group_name",
}


@_attrs_define
class TagClassRequest:
    """
    Attributes:
        name (str): Tag name.
        norder (float | None | Unset): Tag class order.
        tag_group_id (None | str | Unset): Tag group ID.
        tag_group_name (None | str | Unset): Tag group name.
    """

    name: str
    norder: float | None | Unset = UNSET
    tag_group_id: None | str | Unset = UNSET
    tag_group_name: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
        name = self.name

        norder: float | None | Unset
        if isinstance(self.norder, Unset):
            norder = UNSET
        else:
            norder = self.norder

        tag_group_id: None | str | Unset
        if isinstance(self.tag_group_id, Unset):
            tag_group_id = UNSET
        else:
            tag_group_id = self.tag_group_id

        tag_group_name: None | str | Unset
        if isinstance(self.tag_group_name, Unset):
            tag_group_name = UNSET
        else:
            tag_group_name = self.tag_group_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if norder is not UNSET:
            field_dict["norder"] = norder
        if tag_group_id is not UNSET:
            field_dict["tag_group_id"] = tag_group_id
        if tag_group_name is not UNSET:
            field_dict["tag_group_name"] = tag_group_name

        return field_dict

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
        if "name" not in self.unparsed:
            name = self.name
        else:  # read leniently: written back as the server sent it
            name = self.unparsed["name"].raw

        if "norder" not in self.unparsed:
            norder: float | None | Unset
            if isinstance(self.norder, Unset):
                norder = UNSET
            else:
                norder = self.norder
        else:  # read leniently: written back as the server sent it
            norder = self.unparsed["norder"].raw

        if "tag_group_id" not in self.unparsed:
            tag_group_id: None | str | Unset
            if isinstance(self.tag_group_id, Unset):
                tag_group_id = UNSET
            else:
                tag_group_id = self.tag_group_id
        else:  # read leniently: written back as the server sent it
            tag_group_id = self.unparsed["tag_group_id"].raw

        if "tag_group_name" not in self.unparsed:
            tag_group_name: None | str | Unset
            if isinstance(self.tag_group_name, Unset):
                tag_group_name = UNSET
            else:
                tag_group_name = self.tag_group_name
        else:  # read leniently: written back as the server sent it
            tag_group_name = self.unparsed["tag_group_name"].raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if norder is not UNSET:
            field_dict["norder"] = norder
        if tag_group_id is not UNSET:
            field_dict["tag_group_id"] = tag_group_id
        if tag_group_name is not UNSET:
            field_dict["tag_group_name"] = tag_group_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            name = d["name"]

            norder = d.get("norder", UNSET)

            tag_group_id = d.get("tag_group_id", UNSET)

            tag_group_name = d.get("tag_group_name", UNSET)

            tag_class_request = cls(
                name,
                norder,
                tag_group_id,
                tag_group_name,
            )

            extra = (
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 1 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            tag_class_request.additional_properties = extra
            return tag_class_request

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
            raise not_an_object("TagClassRequest", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            name = d["name"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            name = unparsed_field(
                unparsed,
                "TagClassRequest",
                "name",
                d.get("name"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            norder = d.get("norder", UNSET)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            norder = unparsed_field(
                unparsed,
                "TagClassRequest",
                "norder",
                d.get("norder"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            tag_group_id = d.get("tag_group_id", UNSET)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            tag_group_id = unparsed_field(
                unparsed,
                "TagClassRequest",
                "tag_group_id",
                d.get("tag_group_id"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            tag_group_name = d.get("tag_group_name", UNSET)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            tag_group_name = unparsed_field(
                unparsed,
                "TagClassRequest",
                "tag_group_name",
                d.get("tag_group_name"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        tag_class_request = cls(
            name,
            norder,
            tag_group_id,
            tag_group_name,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 1 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        tag_class_request.additional_properties = extra
        tag_class_request.unparsed = unparsed
        return tag_class_request

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
