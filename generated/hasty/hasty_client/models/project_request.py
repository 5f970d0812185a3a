from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.content_type import ContentType
from ..types import NO_UNPARSED, UNSET, Unset, enum_member, parse_strictly, parse_uuid, parsing_strictly

T = TypeVar("T", bound="ProjectRequest")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "name",
        "workspace_id",
        "description",
        "content_type",
    }
)

_JSON_NAMES: dict[str, str] = {
    "name": "name",
    "workspace_id": "workspace_id",
    "description": "description",
    "content_type": "content_type",
}


@_attrs_define
class ProjectRequest:
    """
    Attributes:
        name (str): Project name.
        workspace_id (None | Unset | UUID): Workspace identifier.
        description (None | str | Unset): Project description.
        content_type (ContentType | Unset): Content type of a project (images, videos or URLs).
    """

    name: str
    workspace_id: None | Unset | UUID = UNSET
    description: None | str | Unset = UNSET
    content_type: ContentType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
        name = self.name

        workspace_id: None | str | Unset
        if isinstance(self.workspace_id, Unset):
            workspace_id = UNSET
        elif isinstance(self.workspace_id, UUID):
            workspace_id = str(self.workspace_id)
        else:
            workspace_id = self.workspace_id

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        content_type: str | Unset = UNSET
        if not isinstance(self.content_type, Unset):
            content_type = self.content_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if description is not UNSET:
            field_dict["description"] = description
        if content_type is not UNSET:
            field_dict["content_type"] = content_type

        return field_dict

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
        if "name" not in self.unparsed:
            name = self.name
        else:  # read leniently: written back as the server sent it
            name = self.unparsed["name"].raw

        if "workspace_id" not in self.unparsed:
            workspace_id: None | str | Unset
            if isinstance(self.workspace_id, Unset):
                workspace_id = UNSET
            elif isinstance(self.workspace_id, UUID):
                workspace_id = str(self.workspace_id)
            else:
                workspace_id = self.workspace_id
        else:  # read leniently: written back as the server sent it
            workspace_id = self.unparsed["workspace_id"].raw

        if "description" not in self.unparsed:
            description: None | str | Unset
            if isinstance(self.description, Unset):
                description = UNSET
            else:
                description = self.description
        else:  # read leniently: written back as the server sent it
            description = self.unparsed["description"].raw

        if "content_type" not in self.unparsed:
            content_type: str | Unset = UNSET
            if not isinstance(self.content_type, Unset):
                content_type = self.content_type.value

        else:  # read leniently: written back as the server sent it
            content_type = self.unparsed["content_type"].raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
            }
        )
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if description is not UNSET:
            field_dict["description"] = description
        if content_type is not UNSET:
            field_dict["content_type"] = content_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            name = d["name"]

            def _parse_workspace_id(data: object) -> None | Unset | UUID:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    workspace_id_type_0 = parse_uuid(data)

                    return workspace_id_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | Unset | UUID, data)

            workspace_id = _parse_workspace_id(d.get("workspace_id", UNSET))

            description = d.get("description", UNSET)

            _content_type = d.get("content_type", UNSET)
            content_type: ContentType | Unset
            if isinstance(_content_type, Unset):
                content_type = UNSET
            else:
                content_type = enum_member(ContentType, _content_type)

            project_request = cls(
                name,
                workspace_id,
                description,
                content_type,
            )

            extra = (
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 1 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            project_request.additional_properties = extra
            return project_request

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
            raise not_an_object("ProjectRequest", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            name = d["name"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            name = unparsed_field(
                unparsed,
                "ProjectRequest",
                "name",
                d.get("name"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:

            def _parse_workspace_id(data: object) -> None | Unset | UUID:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    workspace_id_type_0 = parse_uuid(data)

                    return workspace_id_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | Unset | UUID, data)

            workspace_id = _parse_workspace_id(d.get("workspace_id", UNSET))

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            workspace_id = unparsed_field(
                unparsed,
                "ProjectRequest",
                "workspace_id",
                d.get("workspace_id"),
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
                "ProjectRequest",
                "description",
                d.get("description"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            _content_type = d.get("content_type", UNSET)
            content_type: ContentType | Unset
            if isinstance(_content_type, Unset):
                content_type = UNSET
            else:
                content_type = enum_member(ContentType, _content_type)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            content_type = unparsed_field(
                unparsed,
                "ProjectRequest",
                "content_type",
                d.get("content_type"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        project_request = cls(
            name,
            workspace_id,
            description,
            content_type,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 1 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        project_request.additional_properties = extra
        project_request.unparsed = unparsed
        return project_request

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
