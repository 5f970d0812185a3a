from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_UNPARSED, UNSET, Unset, parse_datetime, parse_strictly, parsing_strictly

T = TypeVar("T", bound="Verification")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "status",
        "verified_by",
        "verified_at",
        "notes",
    }
)

_JSON_NAMES: dict[str, str] = {
    "status": "status",
    "verified_by": "verified_by",
    "verified_at": "verified_at",
    "notes": "notes",
}


@_attrs_define
class Verification:
    """Human verification of a result (inferred shape; every field optional, others allowed).

    Attributes:
        status (str | Unset): Outcome of the review (open set).
        verified_by (None | str | Unset): Who reviewed the result.
        verified_at (datetime.datetime | None | Unset): When the result was reviewed.
        notes (None | str | Unset): The reviewer's comment.
    """

    status: str | Unset = UNSET
    verified_by: None | str | Unset = UNSET
    verified_at: datetime.datetime | None | Unset = UNSET
    notes: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
        status = self.status

        verified_by: None | str | Unset
        if isinstance(self.verified_by, Unset):
            verified_by = UNSET
        else:
            verified_by = self.verified_by

        verified_at: None | str | Unset
        if isinstance(self.verified_at, Unset):
            verified_at = UNSET
        elif isinstance(self.verified_at, datetime.datetime):
            verified_at = self.verified_at.isoformat().replace("+00:00", "Z")
        else:
            verified_at = self.verified_at

        notes: None | str | Unset
        if isinstance(self.notes, Unset):
            notes = UNSET
        else:
            notes = self.notes

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if verified_by is not UNSET:
            field_dict["verified_by"] = verified_by
        if verified_at is not UNSET:
            field_dict["verified_at"] = verified_at
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
        if "status" not in self.unparsed:
            status = self.status
        else:  # read leniently: written back as the server sent it
            status = self.unparsed["status"].raw

        if "verified_by" not in self.unparsed:
            verified_by: None | str | Unset
            if isinstance(self.verified_by, Unset):
                verified_by = UNSET
            else:
                verified_by = self.verified_by
        else:  # read leniently: written back as the server sent it
            verified_by = self.unparsed["verified_by"].raw

        if "verified_at" not in self.unparsed:
            verified_at: None | str | Unset
            if isinstance(self.verified_at, Unset):
                verified_at = UNSET
            elif isinstance(self.verified_at, datetime.datetime):
                verified_at = self.verified_at.isoformat().replace("+00:00", "Z")
            else:
                verified_at = self.verified_at
        else:  # read leniently: written back as the server sent it
            verified_at = self.unparsed["verified_at"].raw

        if "notes" not in self.unparsed:
            notes: None | str | Unset
            if isinstance(self.notes, Unset):
                notes = UNSET
            else:
                notes = self.notes
        else:  # read leniently: written back as the server sent it
            notes = self.unparsed["notes"].raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if status is not UNSET:
            field_dict["status"] = status
        if verified_by is not UNSET:
            field_dict["verified_by"] = verified_by
        if verified_at is not UNSET:
            field_dict["verified_at"] = verified_at
        if notes is not UNSET:
            field_dict["notes"] = notes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            status = d.get("status", UNSET)

            verified_by = d.get("verified_by", UNSET)

            def _parse_verified_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    verified_at_type_0 = parse_datetime(data)

                    return verified_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            verified_at = _parse_verified_at(d.get("verified_at", UNSET))

            notes = d.get("notes", UNSET)

            verification = cls(
                status,
                verified_by,
                verified_at,
                notes,
            )

            extra = (
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 0 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            verification.additional_properties = extra
            return verification

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
            raise not_an_object("Verification", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            status = d.get("status", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            status = unparsed_field(
                unparsed,
                "Verification",
                "status",
                d.get("status"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            verified_by = d.get("verified_by", UNSET)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            verified_by = unparsed_field(
                unparsed,
                "Verification",
                "verified_by",
                d.get("verified_by"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:

            def _parse_verified_at(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    verified_at_type_0 = parse_datetime(data)

                    return verified_at_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            verified_at = _parse_verified_at(d.get("verified_at", UNSET))

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            verified_at = unparsed_field(
                unparsed,
                "Verification",
                "verified_at",
                d.get("verified_at"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            notes = d.get("notes", UNSET)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            notes = unparsed_field(
                unparsed,
                "Verification",
                "notes",
                d.get("notes"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        verification = cls(
            status,
            verified_by,
            verified_at,
            notes,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 0 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        verification.additional_properties = extra
        verification.unparsed = unparsed
        return verification

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
