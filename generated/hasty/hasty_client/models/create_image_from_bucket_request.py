from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_UNPARSED, UNSET, Unset, parse_strictly, parse_uuid, parsing_strictly

T = TypeVar("T", bound="CreateImageFromBucketRequest")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "dataset_id",
        "filename",
        "url",
        "bucket_id",
        "copy_original",
        "external_id",
    }
)

_JSON_NAMES: dict[str, str] = {
    "dataset_id": "dataset_id",
    "filename": "filename",
    "url": "url",
    "bucket_id": "bucket_id",
    "copy_original": "copy_original",
    "external_id": "external_id",
}


@_attrs_define
class CreateImageFromBucketRequest:
    """An image taken from an object of a bucket connected to the workspace (not on the page; the form hasty 0.3.12
    `Image._upload_from_bucket` sends).

        Attributes:
            dataset_id (UUID): Dataset ID.
            filename (str): Name of the file to be stored (unique in the dataset).
            url (str): Path of the object in the bucket.
            bucket_id (UUID): The bucket's credentials (`credential_id` of the bucket credentials).
            copy_original (bool | None | Unset): Whether the platform keeps its own copy of the file (the vendor's client
                defaults to false for buckets).
            external_id (None | str | Unset): Stores an external ID, used for mapping.
    """

    dataset_id: UUID
    filename: str
    url: str
    bucket_id: UUID
    copy_original: bool | None | Unset = UNSET
    external_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
        dataset_id = str(self.dataset_id)

        filename = self.filename

        url = self.url

        bucket_id = str(self.bucket_id)

        copy_original: bool | None | Unset
        if isinstance(self.copy_original, Unset):
            copy_original = UNSET
        else:
            copy_original = self.copy_original

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataset_id": dataset_id,
                "filename": filename,
                "url": url,
                "bucket_id": bucket_id,
            }
        )
        if copy_original is not UNSET:
            field_dict["copy_original"] = copy_original
        if external_id is not UNSET:
            field_dict["external_id"] = external_id

        return field_dict

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
        if "dataset_id" not in self.unparsed:
            dataset_id = str(self.dataset_id)
        else:  # read leniently: written back as the server sent it
            dataset_id = self.unparsed["dataset_id"].raw

        if "filename" not in self.unparsed:
            filename = self.filename
        else:  # read leniently: written back as the server sent it
            filename = self.unparsed["filename"].raw

        if "url" not in self.unparsed:
            url = self.url
        else:  # read leniently: written back as the server sent it
            url = self.unparsed["url"].raw

        if "bucket_id" not in self.unparsed:
            bucket_id = str(self.bucket_id)
        else:  # read leniently: written back as the server sent it
            bucket_id = self.unparsed["bucket_id"].raw

        if "copy_original" not in self.unparsed:
            copy_original: bool | None | Unset
            if isinstance(self.copy_original, Unset):
                copy_original = UNSET
            else:
                copy_original = self.copy_original
        else:  # read leniently: written back as the server sent it
            copy_original = self.unparsed["copy_original"].raw

        if "external_id" not in self.unparsed:
            external_id: None | str | Unset
            if isinstance(self.external_id, Unset):
                external_id = UNSET
            else:
                external_id = self.external_id
        else:  # read leniently: written back as the server sent it
            external_id = self.unparsed["external_id"].raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataset_id": dataset_id,
                "filename": filename,
                "url": url,
                "bucket_id": bucket_id,
            }
        )
        if copy_original is not UNSET:
            field_dict["copy_original"] = copy_original
        if external_id is not UNSET:
            field_dict["external_id"] = external_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            dataset_id = parse_uuid(d["dataset_id"])

            filename = d["filename"]

            url = d["url"]

            bucket_id = parse_uuid(d["bucket_id"])

            copy_original = d.get("copy_original", UNSET)

            external_id = d.get("external_id", UNSET)

            create_image_from_bucket_request = cls(
                dataset_id,
                filename,
                url,
                bucket_id,
                copy_original,
                external_id,
            )

            extra = (
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 4 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            create_image_from_bucket_request.additional_properties = extra
            return create_image_from_bucket_request

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
            raise not_an_object("CreateImageFromBucketRequest", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            dataset_id = parse_uuid(d["dataset_id"])

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            dataset_id = unparsed_field(
                unparsed,
                "CreateImageFromBucketRequest",
                "dataset_id",
                d.get("dataset_id"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            filename = d["filename"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            filename = unparsed_field(
                unparsed,
                "CreateImageFromBucketRequest",
                "filename",
                d.get("filename"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            url = d["url"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            url = unparsed_field(
                unparsed,
                "CreateImageFromBucketRequest",
                "url",
                d.get("url"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            bucket_id = parse_uuid(d["bucket_id"])

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            bucket_id = unparsed_field(
                unparsed,
                "CreateImageFromBucketRequest",
                "bucket_id",
                d.get("bucket_id"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            copy_original = d.get("copy_original", UNSET)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            copy_original = unparsed_field(
                unparsed,
                "CreateImageFromBucketRequest",
                "copy_original",
                d.get("copy_original"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            external_id = d.get("external_id", UNSET)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            external_id = unparsed_field(
                unparsed,
                "CreateImageFromBucketRequest",
                "external_id",
                d.get("external_id"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        create_image_from_bucket_request = cls(
            dataset_id,
            filename,
            url,
            bucket_id,
            copy_original,
            external_id,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 4 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        create_image_from_bucket_request.additional_properties = extra
        create_image_from_bucket_request.unparsed = unparsed
        return create_image_from_bucket_request

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
