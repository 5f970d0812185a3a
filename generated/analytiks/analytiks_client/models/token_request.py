from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.token_request_grant_type import TokenRequestGrantType
from ..types import NO_UNPARSED, UNSET, Unset, enum_member, parse_strictly, parsing_strictly

T = TypeVar("T", bound="TokenRequest")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "client_id",
        "client_secret",
        "audience",
        "grant_type",
    }
)

_JSON_NAMES: dict[str, str] = {
    "client_id": "client_id",
    "client_secret": "client_secret",
    "audience": "audience",
    "grant_type": "grant_type",
}


@_attrs_define
class TokenRequest:
    """OAuth 2.0 client credentials grant.

    Attributes:
        client_id (str):
        client_secret (str):
        audience (str | Unset): API the token is for; the exports host accepts tokens for the GraphQL API's audience.
            Default: 'https://gql.analytiks.ai'.
        grant_type (TokenRequestGrantType | Unset):  Default: TokenRequestGrantType.CLIENT_CREDENTIALS.
    """

    client_id: str
    client_secret: str
    audience: str | Unset = "https://gql.analytiks.ai"
    grant_type: TokenRequestGrantType | Unset = TokenRequestGrantType.CLIENT_CREDENTIALS
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
        client_id = self.client_id

        client_secret = self.client_secret

        audience = self.audience

        grant_type: str | Unset = UNSET
        if not isinstance(self.grant_type, Unset):
            grant_type = self.grant_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client_id": client_id,
                "client_secret": client_secret,
            }
        )
        if audience is not UNSET:
            field_dict["audience"] = audience
        if grant_type is not UNSET:
            field_dict["grant_type"] = grant_type

        return field_dict

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
        if "client_id" not in self.unparsed:
            client_id = self.client_id
        else:  # read leniently: written back as the server sent it
            client_id = self.unparsed["client_id"].raw

        if "client_secret" not in self.unparsed:
            client_secret = self.client_secret
        else:  # read leniently: written back as the server sent it
            client_secret = self.unparsed["client_secret"].raw

        if "audience" not in self.unparsed:
            audience = self.audience
        else:  # read leniently: written back as the server sent it
            audience = self.unparsed["audience"].raw

        if "grant_type" not in self.unparsed:
            grant_type: str | Unset = UNSET
            if not isinstance(self.grant_type, Unset):
                grant_type = self.grant_type.value

        else:  # read leniently: written back as the server sent it
            grant_type = self.unparsed["grant_type"].raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "client_id": client_id,
                "client_secret": client_secret,
            }
        )
        if audience is not UNSET:
            field_dict["audience"] = audience
        if grant_type is not UNSET:
            field_dict["grant_type"] = grant_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            client_id = d["client_id"]

            client_secret = d["client_secret"]

            audience = d.get("audience", UNSET)

            _grant_type = d.get("grant_type", UNSET)
            grant_type: TokenRequestGrantType | Unset
            if isinstance(_grant_type, Unset):
                grant_type = UNSET
            else:
                grant_type = enum_member(TokenRequestGrantType, _grant_type)

            token_request = cls(
                client_id,
                client_secret,
                audience,
                grant_type,
            )

            extra = (
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 2 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            token_request.additional_properties = extra
            return token_request

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
            raise not_an_object("TokenRequest", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            client_id = d["client_id"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            client_id = unparsed_field(
                unparsed,
                "TokenRequest",
                "client_id",
                d.get("client_id"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            client_secret = d["client_secret"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            client_secret = unparsed_field(
                unparsed,
                "TokenRequest",
                "client_secret",
                d.get("client_secret"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            audience = d.get("audience", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            audience = unparsed_field(
                unparsed,
                "TokenRequest",
                "audience",
                d.get("audience"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            _grant_type = d.get("grant_type", UNSET)
            grant_type: TokenRequestGrantType | Unset
            if isinstance(_grant_type, Unset):
                grant_type = UNSET
            else:
                grant_type = enum_member(TokenRequestGrantType, _grant_type)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            grant_type = unparsed_field(
                unparsed,
                "TokenRequest",
                "grant_type",
                d.get("grant_type"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        token_request = cls(
            client_id,
            client_secret,
            audience,
            grant_type,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 2 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        token_request.additional_properties = extra
        token_request.unparsed = unparsed
        return token_request

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
