from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_UNPARSED, UNSET, Unset, parse_datetime, parse_strictly, parse_uuid, parsing_strictly

T = TypeVar("T", bound="BucketCredentials")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "credential_id",
        "description",
        "cloud_provider",
        "created_at",
        "update_at",
    }
)

_JSON_NAMES: dict[str, str] = {
    "credential_id": "credential_id",
    "description": "description",
    "cloud_provider": "cloud_provider",
    "created_at": "created_at",
    "update_at": "update_at",
}


@_attrs_define
class BucketCredentials:
    """A set of credentials for a cloud bucket of the workspace.

    Attributes:
        credential_id (UUID):
        description (str | Unset): Human-readable description.
        cloud_provider (str | Unset): Cloud provider, for example `s3` (an open set; the page lists no values).
        created_at (datetime.datetime | Unset):
        update_at (datetime.datetime | Unset):
    """

    credential_id: UUID
    description: str | Unset = UNSET
    cloud_provider: str | Unset = UNSET
    created_at: datetime.datetime | Unset = UNSET
    update_at: datetime.datetime | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
        credential_id = str(self.credential_id)

        description = self.description

        cloud_provider = self.cloud_provider

        created_at: str | Unset = UNSET
        if not isinstance(self.created_at, Unset):
            created_at = self.created_at.isoformat().replace("+00:00", "Z")

        update_at: str | Unset = UNSET
        if not isinstance(self.update_at, Unset):
            update_at = self.update_at.isoformat().replace("+00:00", "Z")

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "credential_id": credential_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if cloud_provider is not UNSET:
            field_dict["cloud_provider"] = cloud_provider
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if update_at is not UNSET:
            field_dict["update_at"] = update_at

        return field_dict

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
        if "credential_id" not in self.unparsed:
            credential_id = str(self.credential_id)
        else:  # read leniently: written back as the server sent it
            credential_id = self.unparsed["credential_id"].raw

        if "description" not in self.unparsed:
            description = self.description
        else:  # read leniently: written back as the server sent it
            description = self.unparsed["description"].raw

        if "cloud_provider" not in self.unparsed:
            cloud_provider = self.cloud_provider
        else:  # read leniently: written back as the server sent it
            cloud_provider = self.unparsed["cloud_provider"].raw

        if "created_at" not in self.unparsed:
            created_at: str | Unset = UNSET
            if not isinstance(self.created_at, Unset):
                created_at = self.created_at.isoformat().replace("+00:00", "Z")
        else:  # read leniently: written back as the server sent it
            created_at = self.unparsed["created_at"].raw

        if "update_at" not in self.unparsed:
            update_at: str | Unset = UNSET
            if not isinstance(self.update_at, Unset):
                update_at = self.update_at.isoformat().replace("+00:00", "Z")
        else:  # read leniently: written back as the server sent it
            update_at = self.unparsed["update_at"].raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "credential_id": credential_id,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if cloud_provider is not UNSET:
            field_dict["cloud_provider"] = cloud_provider
        if created_at is not UNSET:
            field_dict["created_at"] = created_at
        if update_at is not UNSET:
            field_dict["update_at"] = update_at

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            credential_id = parse_uuid(d["credential_id"])

            description = d.get("description", UNSET)

            cloud_provider = d.get("cloud_provider", UNSET)

            _created_at = d.get("created_at", UNSET)
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = parse_datetime(_created_at)

            _update_at = d.get("update_at", UNSET)
            update_at: datetime.datetime | Unset
            if isinstance(_update_at, Unset):
                update_at = UNSET
            else:
                update_at = parse_datetime(_update_at)

            bucket_credentials = cls(
                credential_id,
                description,
                cloud_provider,
                created_at,
                update_at,
            )

            extra = (
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 1 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            bucket_credentials.additional_properties = extra
            return bucket_credentials

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
            raise not_an_object("BucketCredentials", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            credential_id = parse_uuid(d["credential_id"])

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            credential_id = unparsed_field(
                unparsed,
                "BucketCredentials",
                "credential_id",
                d.get("credential_id"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            description = d.get("description", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            description = unparsed_field(
                unparsed,
                "BucketCredentials",
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
                "BucketCredentials",
                "cloud_provider",
                d.get("cloud_provider"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            _created_at = d.get("created_at", UNSET)
            created_at: datetime.datetime | Unset
            if isinstance(_created_at, Unset):
                created_at = UNSET
            else:
                created_at = parse_datetime(_created_at)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            created_at = unparsed_field(
                unparsed,
                "BucketCredentials",
                "created_at",
                d.get("created_at"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            _update_at = d.get("update_at", UNSET)
            update_at: datetime.datetime | Unset
            if isinstance(_update_at, Unset):
                update_at = UNSET
            else:
                update_at = parse_datetime(_update_at)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            update_at = unparsed_field(
                unparsed,
                "BucketCredentials",
                "update_at",
                d.get("update_at"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        bucket_credentials = cls(
            credential_id,
            description,
            cloud_provider,
            created_at,
            update_at,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 1 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        bucket_credentials.additional_properties = extra
        bucket_credentials.unparsed = unparsed
        return bucket_credentials

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
