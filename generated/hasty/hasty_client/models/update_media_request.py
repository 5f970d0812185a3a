from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_UNPARSED, UNSET, Unset, parse_strictly, parse_uuid, parsing_strictly

T = TypeVar("T", bound="UpdateMediaRequest")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "filename",
        "dataset_id",
    }
)

_JSON_NAMES: dict[str, str] = {
    "filename": "filename",
    "dataset_id": "dataset_id",
}


@_attrs_define
class UpdateMediaRequest:
    """Rename and/or move an image or video; absent fields are left unchanged.

    Attributes:
        filename (None | str | Unset): Name of the file to be stored (rename).
        dataset_id (None | Unset | UUID): Dataset ID to move to.
    """

    filename: None | str | Unset = UNSET
    dataset_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
        filename: None | str | Unset
        if isinstance(self.filename, Unset):
            filename = UNSET
        else:
            filename = self.filename

        dataset_id: None | str | Unset
        if isinstance(self.dataset_id, Unset):
            dataset_id = UNSET
        elif isinstance(self.dataset_id, UUID):
            dataset_id = str(self.dataset_id)
        else:
            dataset_id = self.dataset_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if filename is not UNSET:
            field_dict["filename"] = filename
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id

        return field_dict

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
        if "filename" not in self.unparsed:
            filename: None | str | Unset
            if isinstance(self.filename, Unset):
                filename = UNSET
            else:
                filename = self.filename
        else:  # read leniently: written back as the server sent it
            filename = self.unparsed["filename"].raw

        if "dataset_id" not in self.unparsed:
            dataset_id: None | str | Unset
            if isinstance(self.dataset_id, Unset):
                dataset_id = UNSET
            elif isinstance(self.dataset_id, UUID):
                dataset_id = str(self.dataset_id)
            else:
                dataset_id = self.dataset_id
        else:  # read leniently: written back as the server sent it
            dataset_id = self.unparsed["dataset_id"].raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if filename is not UNSET:
            field_dict["filename"] = filename
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            filename = d.get("filename", UNSET)

            def _parse_dataset_id(data: object) -> None | Unset | UUID:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    dataset_id_type_0 = parse_uuid(data)

                    return dataset_id_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | Unset | UUID, data)

            dataset_id = _parse_dataset_id(d.get("dataset_id", UNSET))

            update_media_request = cls(
                filename,
                dataset_id,
            )

            extra = (
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 0 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            update_media_request.additional_properties = extra
            return update_media_request

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
            raise not_an_object("UpdateMediaRequest", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            filename = d.get("filename", UNSET)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            filename = unparsed_field(
                unparsed,
                "UpdateMediaRequest",
                "filename",
                d.get("filename"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:

            def _parse_dataset_id(data: object) -> None | Unset | UUID:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    dataset_id_type_0 = parse_uuid(data)

                    return dataset_id_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | Unset | UUID, data)

            dataset_id = _parse_dataset_id(d.get("dataset_id", UNSET))

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            dataset_id = unparsed_field(
                unparsed,
                "UpdateMediaRequest",
                "dataset_id",
                d.get("dataset_id"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        update_media_request = cls(
            filename,
            dataset_id,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 0 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        update_media_request.additional_properties = extra
        update_media_request.unparsed = unparsed
        return update_media_request

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
