from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_UNPARSED, UNSET, Unset, parse_strictly, parse_uuid, parsing_strictly

T = TypeVar("T", bound="ImageTag")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "tag_class_id",
        "tag_class_name",
    }
)

_JSON_NAMES: dict[str, str] = {
    "id": "id",
    "tag_class_id": "tag_class_id",
    "tag_class_name": "tag_class_name",
}


@_attrs_define
class ImageTag:
    """A tag on an image (fields as the public client reads them).

    Attributes:
        id (UUID): Tag ID.
        tag_class_id (UUID):
        tag_class_name (str | Unset):
    """

    id: UUID
    tag_class_id: UUID
    tag_class_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
        id = str(self.id)

        tag_class_id = str(self.tag_class_id)

        tag_class_name = self.tag_class_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "tag_class_id": tag_class_id,
            }
        )
        if tag_class_name is not UNSET:
            field_dict["tag_class_name"] = tag_class_name

        return field_dict

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
        if "id" not in self.unparsed:
            id = str(self.id)
        else:  # read leniently: written back as the server sent it
            id = self.unparsed["id"].raw

        if "tag_class_id" not in self.unparsed:
            tag_class_id = str(self.tag_class_id)
        else:  # read leniently: written back as the server sent it
            tag_class_id = self.unparsed["tag_class_id"].raw

        if "tag_class_name" not in self.unparsed:
            tag_class_name = self.tag_class_name
        else:  # read leniently: written back as the server sent it
            tag_class_name = self.unparsed["tag_class_name"].raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "tag_class_id": tag_class_id,
            }
        )
        if tag_class_name is not UNSET:
            field_dict["tag_class_name"] = tag_class_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            id = parse_uuid(d["id"])

            tag_class_id = parse_uuid(d["tag_class_id"])

            tag_class_name = d.get("tag_class_name", UNSET)

            image_tag = cls(
                id,
                tag_class_id,
                tag_class_name,
            )

            extra = (
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 2 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            image_tag.additional_properties = extra
            return image_tag

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
            raise not_an_object("ImageTag", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            id = parse_uuid(d["id"])

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            id = unparsed_field(
                unparsed,
                "ImageTag",
                "id",
                d.get("id"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            tag_class_id = parse_uuid(d["tag_class_id"])

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            tag_class_id = unparsed_field(
                unparsed,
                "ImageTag",
                "tag_class_id",
                d.get("tag_class_id"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            tag_class_name = d.get("tag_class_name", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            tag_class_name = unparsed_field(
                unparsed,
                "ImageTag",
                "tag_class_name",
                d.get("tag_class_name"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        image_tag = cls(
            id,
            tag_class_id,
            tag_class_name,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 2 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        image_tag.additional_properties = extra
        image_tag.unparsed = unparsed
        return image_tag

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
