from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_UNPARSED, UNSET, parse_strictly, parsing_strictly

T = TypeVar("T", bound="TokenResponse")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "access_token",
        "expires_in",
        "token_type",
    }
)

_JSON_NAMES: dict[str, str] = {
    "access_token": "access_token",
    "expires_in": "expires_in",
    "token_type": "token_type",
}


@_attrs_define
class TokenResponse:
    """
    Attributes:
        access_token (str): Send as `Authorization: Bearer <access_token>`.
        expires_in (int): Seconds the token stays valid (86400).
        token_type (str): Always `Bearer` in the page's example.
    """

    access_token: str
    expires_in: int
    token_type: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
        access_token = self.access_token

        expires_in = self.expires_in

        token_type = self.token_type

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_token": access_token,
                "expires_in": expires_in,
                "token_type": token_type,
            }
        )

        return field_dict

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
        if "access_token" not in self.unparsed:
            access_token = self.access_token
        else:  # read leniently: written back as the server sent it
            access_token = self.unparsed["access_token"].raw

        if "expires_in" not in self.unparsed:
            expires_in = self.expires_in
        else:  # read leniently: written back as the server sent it
            expires_in = self.unparsed["expires_in"].raw

        if "token_type" not in self.unparsed:
            token_type = self.token_type
        else:  # read leniently: written back as the server sent it
            token_type = self.unparsed["token_type"].raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "access_token": access_token,
                "expires_in": expires_in,
                "token_type": token_type,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            access_token = d["access_token"]

            expires_in = d["expires_in"]

            token_type = d["token_type"]

            token_response = cls(
                access_token,
                expires_in,
                token_type,
            )

            extra = (
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 3 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            token_response.additional_properties = extra
            return token_response

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
            raise not_an_object("TokenResponse", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            access_token = d["access_token"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            access_token = unparsed_field(
                unparsed,
                "TokenResponse",
                "access_token",
                d.get("access_token"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            expires_in = d["expires_in"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            expires_in = unparsed_field(
                unparsed,
                "TokenResponse",
                "expires_in",
                d.get("expires_in"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            token_type = d["token_type"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            token_type = unparsed_field(
                unparsed,
                "TokenResponse",
                "token_type",
                d.get("token_type"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        token_response = cls(
            access_token,
            expires_in,
            token_type,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 3 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        token_response.additional_properties = extra
        token_response.unparsed = unparsed
        return token_response

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
