from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.bucket_asset_type import BucketAssetType
from ..types import NO_UNPARSED, UNSET, Unset, enum_member, parse_strictly, parse_uuid, parsing_strictly

T = TypeVar("T", bound="BucketImportRequest")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "dataset_id",
        "copy",
        "prefix",
        "upload_id",
        "upload_scope_id",
        "asset_type",
    }
)

_JSON_NAMES: dict[str, str] = {
    "dataset_id": "dataset_id",
    "copy": "copy",
    "prefix": "prefix",
    "upload_id": "upload_id",
    "upload_scope_id": "upload_scope_id",
    "asset_type": "asset_type",
}


@_attrs_define
class BucketImportRequest:
    """
    Attributes:
        dataset_id (UUID): Dataset where the objects are going to be uploaded to.
        copy (bool | Unset): Whether the bucket objects has to be copied to Hasty or not.
        prefix (str | Unset): Import path prefix.
        upload_id (str | Unset): Upload ID for the objects list TXT.
        upload_scope_id (str | Unset): Upload ID scope for the objects list TXT.
        asset_type (BucketAssetType | Unset): Which kind of asset a bucket import brings in.
    """

    dataset_id: UUID
    copy: bool | Unset = UNSET
    prefix: str | Unset = UNSET
    upload_id: str | Unset = UNSET
    upload_scope_id: str | Unset = UNSET
    asset_type: BucketAssetType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
        dataset_id = str(self.dataset_id)

        copy = self.copy

        prefix = self.prefix

        upload_id = self.upload_id

        upload_scope_id = self.upload_scope_id

        asset_type: str | Unset = UNSET
        if not isinstance(self.asset_type, Unset):
            asset_type = self.asset_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataset_id": dataset_id,
            }
        )
        if copy is not UNSET:
            field_dict["copy"] = copy
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if upload_id is not UNSET:
            field_dict["upload_id"] = upload_id
        if upload_scope_id is not UNSET:
            field_dict["upload_scope_id"] = upload_scope_id
        if asset_type is not UNSET:
            field_dict["asset_type"] = asset_type

        return field_dict

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
        if "dataset_id" not in self.unparsed:
            dataset_id = str(self.dataset_id)
        else:  # read leniently: written back as the server sent it
            dataset_id = self.unparsed["dataset_id"].raw

        if "copy" not in self.unparsed:
            copy = self.copy
        else:  # read leniently: written back as the server sent it
            copy = self.unparsed["copy"].raw

        if "prefix" not in self.unparsed:
            prefix = self.prefix
        else:  # read leniently: written back as the server sent it
            prefix = self.unparsed["prefix"].raw

        if "upload_id" not in self.unparsed:
            upload_id = self.upload_id
        else:  # read leniently: written back as the server sent it
            upload_id = self.unparsed["upload_id"].raw

        if "upload_scope_id" not in self.unparsed:
            upload_scope_id = self.upload_scope_id
        else:  # read leniently: written back as the server sent it
            upload_scope_id = self.unparsed["upload_scope_id"].raw

        if "asset_type" not in self.unparsed:
            asset_type: str | Unset = UNSET
            if not isinstance(self.asset_type, Unset):
                asset_type = self.asset_type.value

        else:  # read leniently: written back as the server sent it
            asset_type = self.unparsed["asset_type"].raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataset_id": dataset_id,
            }
        )
        if copy is not UNSET:
            field_dict["copy"] = copy
        if prefix is not UNSET:
            field_dict["prefix"] = prefix
        if upload_id is not UNSET:
            field_dict["upload_id"] = upload_id
        if upload_scope_id is not UNSET:
            field_dict["upload_scope_id"] = upload_scope_id
        if asset_type is not UNSET:
            field_dict["asset_type"] = asset_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            dataset_id = parse_uuid(d["dataset_id"])

            copy = d.get("copy", UNSET)

            prefix = d.get("prefix", UNSET)

            upload_id = d.get("upload_id", UNSET)

            upload_scope_id = d.get("upload_scope_id", UNSET)

            _asset_type = d.get("asset_type", UNSET)
            asset_type: BucketAssetType | Unset
            if isinstance(_asset_type, Unset):
                asset_type = UNSET
            else:
                asset_type = enum_member(BucketAssetType, _asset_type)

            bucket_import_request = cls(
                dataset_id,
                copy,
                prefix,
                upload_id,
                upload_scope_id,
                asset_type,
            )

            extra = (
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 1 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            bucket_import_request.additional_properties = extra
            return bucket_import_request

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
            raise not_an_object("BucketImportRequest", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            dataset_id = parse_uuid(d["dataset_id"])

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            dataset_id = unparsed_field(
                unparsed,
                "BucketImportRequest",
                "dataset_id",
                d.get("dataset_id"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            copy = d.get("copy", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            copy = unparsed_field(
                unparsed,
                "BucketImportRequest",
                "copy",
                d.get("copy"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            prefix = d.get("prefix", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            prefix = unparsed_field(
                unparsed,
                "BucketImportRequest",
                "prefix",
                d.get("prefix"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            upload_id = d.get("upload_id", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            upload_id = unparsed_field(
                unparsed,
                "BucketImportRequest",
                "upload_id",
                d.get("upload_id"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            upload_scope_id = d.get("upload_scope_id", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            upload_scope_id = unparsed_field(
                unparsed,
                "BucketImportRequest",
                "upload_scope_id",
                d.get("upload_scope_id"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            _asset_type = d.get("asset_type", UNSET)
            asset_type: BucketAssetType | Unset
            if isinstance(_asset_type, Unset):
                asset_type = UNSET
            else:
                asset_type = enum_member(BucketAssetType, _asset_type)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            asset_type = unparsed_field(
                unparsed,
                "BucketImportRequest",
                "asset_type",
                d.get("asset_type"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        bucket_import_request = cls(
            dataset_id,
            copy,
            prefix,
            upload_id,
            upload_scope_id,
            asset_type,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 1 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        bucket_import_request.additional_properties = extra
        bucket_import_request.unparsed = unparsed
        return bucket_import_request

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
