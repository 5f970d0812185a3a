from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_UNPARSED, UNSET, Unset, parse_strictly, parse_uuid, parsing_strictly

T = TypeVar("T", bound="RemoveImageTag")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "tag_id",
        "tag_class_id",
    }
)

_JSON_NAMES: dict[str, str] = {
    "tag_id": "tag_id",
    "tag_class_id": "tag_class_id",
}


@_attrs_define
class RemoveImageTag:
    """A tag to remove, by its ID or its tag class (one of them is needed; public client).

    Attributes:
        tag_id (None | Unset | UUID): Tag ID.
        tag_class_id (None | Unset | UUID): Tag class ID.
    """

    tag_id: None | Unset | UUID = UNSET
    tag_class_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
        tag_id: None | str | Unset
        if isinstance(self.tag_id, Unset):
            tag_id = UNSET
        elif isinstance(self.tag_id, UUID):
            tag_id = str(self.tag_id)
        else:
            tag_id = self.tag_id

        tag_class_id: None | str | Unset
        if isinstance(self.tag_class_id, Unset):
            tag_class_id = UNSET
        elif isinstance(self.tag_class_id, UUID):
            tag_class_id = str(self.tag_class_id)
        else:
            tag_class_id = self.tag_class_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tag_id is not UNSET:
            field_dict["tag_id"] = tag_id
        if tag_class_id is not UNSET:
            field_dict["tag_class_id"] = tag_class_id

        return field_dict

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
        if "tag_id" not in self.unparsed:
            tag_id: None | str | Unset
            if isinstance(self.tag_id, Unset):
                tag_id = UNSET
            elif isinstance(self.tag_id, UUID):
                tag_id = str(self.tag_id)
            else:
                tag_id = self.tag_id
        else:  # read leniently: written back as the server sent it
            tag_id = self.unparsed["tag_id"].raw

        if "tag_class_id" not in self.unparsed:
            tag_class_id: None | str | Unset
            if isinstance(self.tag_class_id, Unset):
                tag_class_id = UNSET
            elif isinstance(self.tag_class_id, UUID):
                tag_class_id = str(self.tag_class_id)
            else:
                tag_class_id = self.tag_class_id
        else:  # read leniently: written back as the server sent it
            tag_class_id = self.unparsed["tag_class_id"].raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if tag_id is not UNSET:
            field_dict["tag_id"] = tag_id
        if tag_class_id is not UNSET:
            field_dict["tag_class_id"] = tag_class_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict

            def _parse_tag_id(data: object) -> None | Unset | UUID:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    tag_id_type_0 = parse_uuid(data)

                    return tag_id_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | Unset | UUID, data)

            tag_id = _parse_tag_id(d.get("tag_id", UNSET))

            def _parse_tag_class_id(data: object) -> None | Unset | UUID:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    tag_class_id_type_0 = parse_uuid(data)

                    return tag_class_id_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | Unset | UUID, data)

            tag_class_id = _parse_tag_class_id(d.get("tag_class_id", UNSET))

            remove_image_tag = cls(
                tag_id,
                tag_class_id,
            )

            extra = (
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 0 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            remove_image_tag.additional_properties = extra
            return remove_image_tag

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
            raise not_an_object("RemoveImageTag", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:

            def _parse_tag_id(data: object) -> None | Unset | UUID:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    tag_id_type_0 = parse_uuid(data)

                    return tag_id_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | Unset | UUID, data)

            tag_id = _parse_tag_id(d.get("tag_id", UNSET))

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            tag_id = unparsed_field(
                unparsed,
                "RemoveImageTag",
                "tag_id",
                d.get("tag_id"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:

            def _parse_tag_class_id(data: object) -> None | Unset | UUID:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    tag_class_id_type_0 = parse_uuid(data)

                    return tag_class_id_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | Unset | UUID, data)

            tag_class_id = _parse_tag_class_id(d.get("tag_class_id", UNSET))

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            tag_class_id = unparsed_field(
                unparsed,
                "RemoveImageTag",
                "tag_class_id",
                d.get("tag_class_id"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        remove_image_tag = cls(
            tag_id,
            tag_class_id,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 0 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        remove_image_tag.additional_properties = extra
        remove_image_tag.unparsed = unparsed
        return remove_image_tag

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
