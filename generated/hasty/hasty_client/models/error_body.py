from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_UNPARSED, UNSET, Unset, parse_strictly, parsing_strictly

T = TypeVar("T", bound="ErrorBody")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "message",
        "code",
    }
)

_JSON_NAMES: dict[str, str] = {
    "message": "message",
    "code": "code",
}


@_attrs_define
class ErrorBody:
    """Error body, `{"code": ..., "message": ...}` (public-facts). A 400 carries at least `message` (the public client
    shows it to the user).

        Attributes:
            message (str): Human-readable explanation.
            code (int | str | Unset): Error code. Public clients read only `message`; whether `code` is the HTTP status (an
                integer) or a symbolic name is not documented, so both are accepted.
    """

    message: str
    code: int | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
        message = self.message

        code: int | str | Unset
        if isinstance(self.code, Unset):
            code = UNSET
        else:
            code = self.code

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code

        return field_dict

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
        if "message" not in self.unparsed:
            message = self.message
        else:  # read leniently: written back as the server sent it
            message = self.unparsed["message"].raw

        if "code" not in self.unparsed:
            code: int | str | Unset
            if isinstance(self.code, Unset):
                code = UNSET
            else:
                code = self.code
        else:  # read leniently: written back as the server sent it
            code = self.unparsed["code"].raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "message": message,
            }
        )
        if code is not UNSET:
            field_dict["code"] = code

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            message = d["message"]

            code = d.get("code", UNSET)

            error_body = cls(
                message,
                code,
            )

            extra = (
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 1 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            error_body.additional_properties = extra
            return error_body

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
            raise not_an_object("ErrorBody", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            message = d["message"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            message = unparsed_field(
                unparsed,
                "ErrorBody",
                "message",
                d.get("message"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            code = d.get("code", UNSET)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            code = unparsed_field(
                unparsed,
                "ErrorBody",
                "code",
                d.get("code"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        error_body = cls(
            message,
            code,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 1 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        error_body.additional_properties = extra
        error_body.unparsed = unparsed
        return error_body

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
