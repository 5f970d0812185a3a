from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_UNPARSED, UNSET, Unset, parse_strictly, parsing_strictly

T = TypeVar("T", bound="ErrorEnvelope")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "code",
        "message",
        "details",
    }
)

_JSON_NAMES: dict[str, str] = {
    "code": "code",
    "message": "message",
    "details": "details",
}


@_attrs_define
class ErrorEnvelope:
    """
    Attributes:
        code (str | Unset):
        message (str | Unset):
        details (Any | Unset):
    """

    code: str | Unset = UNSET
    message: str | Unset = UNSET
    details: Any | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
        code = self.code

        message = self.message

        details = self.details

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
        if "code" not in self.unparsed:
            code = self.code
        else:  # read leniently: written back as the server sent it
            code = self.unparsed["code"].raw

        if "message" not in self.unparsed:
            message = self.message
        else:  # read leniently: written back as the server sent it
            message = self.unparsed["message"].raw

        if "details" not in self.unparsed:
            details = self.details
        else:  # read leniently: written back as the server sent it
            details = self.unparsed["details"].raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if code is not UNSET:
            field_dict["code"] = code
        if message is not UNSET:
            field_dict["message"] = message
        if details is not UNSET:
            field_dict["details"] = details

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            code = d.get("code", UNSET)

            message = d.get("message", UNSET)

            details = d.get("details", UNSET)

            error_envelope = cls(
                code,
                message,
                details,
            )

            extra = (
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 0 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            error_envelope.additional_properties = extra
            return error_envelope

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
            raise not_an_object("ErrorEnvelope", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            code = d.get("code", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            code = unparsed_field(
                unparsed,
                "ErrorEnvelope",
                "code",
                d.get("code"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            message = d.get("message", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            message = unparsed_field(
                unparsed,
                "ErrorEnvelope",
                "message",
                d.get("message"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            details = d.get("details", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            details = unparsed_field(
                unparsed,
                "ErrorEnvelope",
                "details",
                d.get("details"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        error_envelope = cls(
            code,
            message,
            details,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 0 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        error_envelope.additional_properties = extra
        error_envelope.unparsed = unparsed
        return error_envelope

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
