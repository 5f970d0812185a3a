from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.label_class_type import LabelClassType
from ..types import NO_UNPARSED, UNSET, Unset, enum_member, parse_strictly, parse_uuid, parsing_strictly

T = TypeVar("T", bound="LabelClassRequest")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "name",
        "description",
        "type",
        "color",
        "icon_url",
        "norder",
        "parent_id",
        "external_id",
        "use_description_as_prompt",
    }
)

_JSON_NAMES: dict[str, str] = {
    "name": "name",
    "description": "description",
    "type_": "type",
    "color": "color",
    "icon_url": "icon_url",
    "norder": "norder",
    "parent_id": "parent_id",
    "external_id": "external_id",
    "use_description_as_prompt": "use_description_as_prompt",
}


@_attrs_define
class LabelClassRequest:
    """
    Attributes:
        name (str): Class name.
        description (None | str | Unset): Class description.
        type_ (LabelClassType | Unset): Label class type: object or background.
        color (None | str | Unset): Label color (hex, for example `#0f0f0faa`, per the public client).
        icon_url (None | str | Unset): URL to class icon (for future usage).
        norder (float | None | Unset): Label class order.
        parent_id (None | Unset | UUID): Parent label (for future usage).
        external_id (None | str | Unset): External ID (for API).
        use_description_as_prompt (bool | None | Unset): Flag to indicate if description should be used as text prompt.
    """

    name: str
    description: None | str | Unset = UNSET
    type_: LabelClassType | Unset = UNSET
    color: None | str | Unset = UNSET
    icon_url: None | str | Unset = UNSET
    norder: float | None | Unset = UNSET
    parent_id: None | Unset | UUID = UNSET
    external_id: None | str | Unset = UNSET
    use_description_as_prompt: bool | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
        name = self.name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        type_: str | Unset = UNSET
        if not isinstance(self.type_, Unset):
            type_ = self.type_.value

        color: None | str | Unset
        if isinstance(self.color, Unset):
            color = UNSET
        else:
            color = self.color

        icon_url: None | str | Unset
        if isinstance(self.icon_url, Unset):
            icon_url = UNSET
        else:
            icon_url = self.icon_url

        norder: float | None | Unset
        if isinstance(self.norder, Unset):
            norder = UNSET
        else:
            norder = self.norder

        parent_id: None | str | Unset
        if isinstance(self.parent_id, Unset):
            parent_id = UNSET
        elif isinstance(self.parent_id, UUID):
            parent_id = str(self.parent_id)
        else:
            parent_id = self.parent_id

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        use_description_as_prompt: bool | None | Unset
        if isinstance(self.use_description_as_prompt, Unset):
            use_description_as_prompt = UNSET
        else:
            use_description_as_prompt = self.use_description_as_prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_
        if color is not UNSET:
            field_dict["color"] = color
        if icon_url is not UNSET:
            field_dict["icon_url"] = icon_url
        if norder is not UNSET:
            field_dict["norder"] = norder
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if use_description_as_prompt is not UNSET:
            field_dict["use_description_as_prompt"] = use_description_as_prompt

        return field_dict

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
        if "name" not in self.unparsed:
            name = self.name
        else:  # read leniently: written back as the server sent it
            name = self.unparsed["name"].raw

        if "description" not in self.unparsed:
            description: None | str | Unset
            if isinstance(self.description, Unset):
                description = UNSET
            else:
                description = self.description
        else:  # read leniently: written back as the server sent it
            description = self.unparsed["description"].raw

        if "type" not in self.unparsed:
            type_: str | Unset = UNSET
            if not isinstance(self.type_, Unset):
                type_ = self.type_.value

        else:  # read leniently: written back as the server sent it
            type_ = self.unparsed["type"].raw

        if "color" not in self.unparsed:
            color: None | str | Unset
            if isinstance(self.color, Unset):
                color = UNSET
            else:
                color = self.color
        else:  # read leniently: written back as the server sent it
            color = self.unparsed["color"].raw

        if "icon_url" not in self.unparsed:
            icon_url: None | str | Unset
            if isinstance(self.icon_url, Unset):
                icon_url = UNSET
            else:
                icon_url = self.icon_url
        else:  # read leniently: written back as the server sent it
            icon_url = self.unparsed["icon_url"].raw

        if "norder" not in self.unparsed:
            norder: float | None | Unset
            if isinstance(self.norder, Unset):
                norder = UNSET
            else:
                norder = self.norder
        else:  # read leniently: written back as the server sent it
            norder = self.unparsed["norder"].raw

        if "parent_id" not in self.unparsed:
            parent_id: None | str | Unset
            if isinstance(self.parent_id, Unset):
                parent_id = UNSET
            elif isinstance(self.parent_id, UUID):
                parent_id = str(self.parent_id)
            else:
                parent_id = self.parent_id
        else:  # read leniently: written back as the server sent it
            parent_id = self.unparsed["parent_id"].raw

        if "external_id" not in self.unparsed:
            external_id: None | str | Unset
            if isinstance(self.external_id, Unset):
                external_id = UNSET
            else:
                external_id = self.external_id
        else:  # read leniently: written back as the server sent it
            external_id = self.unparsed["external_id"].raw

        if "use_description_as_prompt" not in self.unparsed:
            use_description_as_prompt: bool | None | Unset
            if isinstance(self.use_description_as_prompt, Unset):
                use_description_as_prompt = UNSET
            else:
                use_description_as_prompt = self.use_description_as_prompt
        else:  # read leniently: written back as the server sent it
            use_description_as_prompt = self.unparsed["use_description_as_prompt"].raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if type_ is not UNSET:
            field_dict["type"] = type_
        if color is not UNSET:
            field_dict["color"] = color
        if icon_url is not UNSET:
            field_dict["icon_url"] = icon_url
        if norder is not UNSET:
            field_dict["norder"] = norder
        if parent_id is not UNSET:
            field_dict["parent_id"] = parent_id
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if use_description_as_prompt is not UNSET:
            field_dict["use_description_as_prompt"] = use_description_as_prompt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            name = d["name"]

            description = d.get("description", UNSET)

            _type_ = d.get("type", UNSET)
            type_: LabelClassType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = enum_member(LabelClassType, _type_)

            color = d.get("color", UNSET)

            icon_url = d.get("icon_url", UNSET)

            norder = d.get("norder", UNSET)

            def _parse_parent_id(data: object) -> None | Unset | UUID:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    parent_id_type_0 = parse_uuid(data)

                    return parent_id_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | Unset | UUID, data)

            parent_id = _parse_parent_id(d.get("parent_id", UNSET))

            external_id = d.get("external_id", UNSET)

            use_description_as_prompt = d.get("use_description_as_prompt", UNSET)

            label_class_request = cls(
                name,
                description,
                type_,
                color,
                icon_url,
                norder,
                parent_id,
                external_id,
                use_description_as_prompt,
            )

            extra = (
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 1 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            label_class_request.additional_properties = extra
            return label_class_request

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
            raise not_an_object("LabelClassRequest", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            name = d["name"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            name = unparsed_field(
                unparsed,
                "LabelClassRequest",
                "name",
                d.get("name"),
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
                "LabelClassRequest",
                "description",
                d.get("description"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            _type_ = d.get("type", UNSET)
            type_: LabelClassType | Unset
            if isinstance(_type_, Unset):
                type_ = UNSET
            else:
                type_ = enum_member(LabelClassType, _type_)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            type_ = unparsed_field(
                unparsed,
                "LabelClassRequest",
                "type",
                d.get("type"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            color = d.get("color", UNSET)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            color = unparsed_field(
                unparsed,
                "LabelClassRequest",
                "color",
                d.get("color"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            icon_url = d.get("icon_url", UNSET)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            icon_url = unparsed_field(
                unparsed,
                "LabelClassRequest",
                "icon_url",
                d.get("icon_url"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            norder = d.get("norder", UNSET)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            norder = unparsed_field(
                unparsed,
                "LabelClassRequest",
                "norder",
                d.get("norder"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:

            def _parse_parent_id(data: object) -> None | Unset | UUID:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    parent_id_type_0 = parse_uuid(data)

                    return parent_id_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | Unset | UUID, data)

            parent_id = _parse_parent_id(d.get("parent_id", UNSET))

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            parent_id = unparsed_field(
                unparsed,
                "LabelClassRequest",
                "parent_id",
                d.get("parent_id"),
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
                "LabelClassRequest",
                "external_id",
                d.get("external_id"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            use_description_as_prompt = d.get("use_description_as_prompt", UNSET)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            use_description_as_prompt = unparsed_field(
                unparsed,
                "LabelClassRequest",
                "use_description_as_prompt",
                d.get("use_description_as_prompt"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        label_class_request = cls(
            name,
            description,
            type_,
            color,
            icon_url,
            norder,
            parent_id,
            external_id,
            use_description_as_prompt,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 1 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        label_class_request.additional_properties = extra
        label_class_request.unparsed = unparsed
        return label_class_request

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
