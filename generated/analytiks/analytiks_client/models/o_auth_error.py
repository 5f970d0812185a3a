from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_UNPARSED, UNSET, parse_strictly, parsing_strictly

T = TypeVar("T", bound="OAuthError")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "error",
        "error_description",
    }
)

_JSON_NAMES: dict[str, str] = {
    "error": "error",
    "error_description": "error_description",
}


@_attrs_define
class OAuthError:
    """OAuth 2.0 error body (inferred; the page documents none).

    Attributes:
        error (str): Error code, for example `access_denied`, `invalid_request`, `unsupported_grant_type`.
        error_description (str):
    """

    error: str
    error_description: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
        error = self.error

        error_description = self.error_description

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
                "error_description": error_description,
            }
        )

        return field_dict

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
        if "error" not in self.unparsed:
            error = self.error
        else:  # read leniently: written back as the server sent it
            error = self.unparsed["error"].raw

        if "error_description" not in self.unparsed:
            error_description = self.error_description
        else:  # read leniently: written back as the server sent it
            error_description = self.unparsed["error_description"].raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "error": error,
                "error_description": error_description,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            error = d["error"]

            error_description = d["error_description"]

            o_auth_error = cls(
                error,
                error_description,
            )

            extra = (
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 2 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            o_auth_error.additional_properties = extra
            return o_auth_error

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
            raise not_an_object("OAuthError", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            error = d["error"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            error = unparsed_field(
                unparsed,
                "OAuthError",
                "error",
                d.get("error"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            error_description = d["error_description"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            error_description = unparsed_field(
                unparsed,
                "OAuthError",
                "error_description",
                d.get("error_description"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        o_auth_error = cls(
            error,
            error_description,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 2 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        o_auth_error.additional_properties = extra
        o_auth_error.unparsed = unparsed
        return o_auth_error

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
