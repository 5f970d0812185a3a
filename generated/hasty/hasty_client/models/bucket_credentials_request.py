from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_UNPARSED, UNSET, Unset, parse_strictly, parsing_strictly

T = TypeVar("T", bound="BucketCredentialsRequest")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "secret",
        "description",
        "cloud_provider",
    }
)

_JSON_NAMES: dict[str, str] = {
    "secret": "secret",
    "description": "description",
    "cloud_provider": "cloud_provider",
}


@_attrs_define
class BucketCredentialsRequest:
    """Credentials of a cloud bucket. The page lists `secret`, `description` and `cloud_provider`; the public client also
    sends provider-specific string fields (`bucket_s3` and `role`; `bucket_gcs` and `key_json`; `account_name`,
    `secret_access_key` and `container`), accepted here as additional properties.

        Attributes:
            secret (str | Unset): Secret key.
            description (str | Unset): Any human-readable description for credentials.
            cloud_provider (str | Unset): Cloud provider.
    """

    secret: str | Unset = UNSET
    description: str | Unset = UNSET
    cloud_provider: str | Unset = UNSET
    additional_properties: dict[str, str] = _attrs_field(init=False, factory=dict)
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
        secret = self.secret

        description = self.description

        cloud_provider = self.cloud_provider

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if secret is not UNSET:
            field_dict["secret"] = secret
        if description is not UNSET:
            field_dict["description"] = description
        if cloud_provider is not UNSET:
            field_dict["cloud_provider"] = cloud_provider

        return field_dict

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
        if "secret" not in self.unparsed:
            secret = self.secret
        else:  # read leniently: written back as the server sent it
            secret = self.unparsed["secret"].raw

        if "description" not in self.unparsed:
            description = self.description
        else:  # read leniently: written back as the server sent it
            description = self.unparsed["description"].raw

        if "cloud_provider" not in self.unparsed:
            cloud_provider = self.cloud_provider
        else:  # read leniently: written back as the server sent it
            cloud_provider = self.unparsed["cloud_provider"].raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if secret is not UNSET:
            field_dict["secret"] = secret
        if description is not UNSET:
            field_dict["description"] = description
        if cloud_provider is not UNSET:
            field_dict["cloud_provider"] = cloud_provider

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            secret = d.get("secret", UNSET)

            description = d.get("description", UNSET)

            cloud_provider = d.get("cloud_provider", UNSET)

            bucket_credentials_request = cls(
                secret,
                description,
                cloud_provider,
            )

            extra = (
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 0 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            bucket_credentials_request.additional_properties = extra
            return bucket_credentials_request

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
            raise not_an_object("BucketCredentialsRequest", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            secret = d.get("secret", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            secret = unparsed_field(
                unparsed,
                "BucketCredentialsRequest",
                "secret",
                d.get("secret"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            description = d.get("description", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            description = unparsed_field(
                unparsed,
                "BucketCredentialsRequest",
                "description",
                d.get("description"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            cloud_provider = d.get("cloud_provider", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            cloud_provider = unparsed_field(
                unparsed,
                "BucketCredentialsRequest",
                "cloud_provider",
                d.get("cloud_provider"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        bucket_credentials_request = cls(
            secret,
            description,
            cloud_provider,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 0 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        bucket_credentials_request.additional_properties = extra
        bucket_credentials_request.unparsed = unparsed
        return bucket_credentials_request

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> str:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: str) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
