from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_UNPARSED, UNSET, Unset, parse_strictly, parsing_strictly

T = TypeVar("T", bound="Pagination")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "limit",
        "offset",
        "total",
        "has_more",
    }
)

_JSON_NAMES: dict[str, str] = {
    "limit": "limit",
    "offset": "offset",
    "total": "total",
    "has_more": "has_more",
}


@_attrs_define
class Pagination:
    """Where a page sits in the list. `has_more` is authoritative: a page may be shorter than the `limit` asked (the server
    caps it) and still have more after it.

        Attributes:
            limit (int | None | Unset):
            offset (int | None | Unset):
            total (int | None | Unset):
            has_more (bool | None | Unset):
    """

    limit: int | None | Unset = UNSET
    offset: int | None | Unset = UNSET
    total: int | None | Unset = UNSET
    has_more: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
        limit: int | None | Unset
        if isinstance(self.limit, Unset):
            limit = UNSET
        else:
            limit = self.limit

        offset: int | None | Unset
        if isinstance(self.offset, Unset):
            offset = UNSET
        else:
            offset = self.offset

        total: int | None | Unset
        if isinstance(self.total, Unset):
            total = UNSET
        else:
            total = self.total

        has_more: bool | None | Unset
        if isinstance(self.has_more, Unset):
            has_more = UNSET
        else:
            has_more = self.has_more

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if total is not UNSET:
            field_dict["total"] = total
        if has_more is not UNSET:
            field_dict["has_more"] = has_more

        return field_dict

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
        if "limit" not in self.unparsed:
            limit: int | None | Unset
            if isinstance(self.limit, Unset):
                limit = UNSET
            else:
                limit = self.limit
        else:  # read leniently: written back as the server sent it
            limit = self.unparsed["limit"].raw

        if "offset" not in self.unparsed:
            offset: int | None | Unset
            if isinstance(self.offset, Unset):
                offset = UNSET
            else:
                offset = self.offset
        else:  # read leniently: written back as the server sent it
            offset = self.unparsed["offset"].raw

        if "total" not in self.unparsed:
            total: int | None | Unset
            if isinstance(self.total, Unset):
                total = UNSET
            else:
                total = self.total
        else:  # read leniently: written back as the server sent it
            total = self.unparsed["total"].raw

        if "has_more" not in self.unparsed:
            has_more: bool | None | Unset
            if isinstance(self.has_more, Unset):
                has_more = UNSET
            else:
                has_more = self.has_more
        else:  # read leniently: written back as the server sent it
            has_more = self.unparsed["has_more"].raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if total is not UNSET:
            field_dict["total"] = total
        if has_more is not UNSET:
            field_dict["has_more"] = has_more

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            limit = d.get("limit", UNSET)

            offset = d.get("offset", UNSET)

            total = d.get("total", UNSET)

            has_more = d.get("has_more", UNSET)

            pagination = cls(
                limit,
                offset,
                total,
                has_more,
            )

            extra = (
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 0 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            pagination.additional_properties = extra
            return pagination

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
            raise not_an_object("Pagination", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            limit = d.get("limit", UNSET)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            limit = unparsed_field(
                unparsed,
                "Pagination",
                "limit",
                d.get("limit"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            offset = d.get("offset", UNSET)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            offset = unparsed_field(
                unparsed,
                "Pagination",
                "offset",
                d.get("offset"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            total = d.get("total", UNSET)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            total = unparsed_field(
                unparsed,
                "Pagination",
                "total",
                d.get("total"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            has_more = d.get("has_more", UNSET)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            has_more = unparsed_field(
                unparsed,
                "Pagination",
                "has_more",
                d.get("has_more"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        pagination = cls(
            limit,
            offset,
            total,
            has_more,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 0 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        pagination.additional_properties = extra
        pagination.unparsed = unparsed
        return pagination

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
