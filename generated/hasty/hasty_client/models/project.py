from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.content_type import ContentType
from ..types import NO_UNPARSED, UNSET, Unset, enum_member, parse_datetime, parse_strictly, parse_uuid, parsing_strictly

T = TypeVar("T", bound="Project")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "name",
        "last_opened_on",
        "owner_id",
        "workspace_id",
        "description",
        "created_on",
        "content_type",
    }
)

_JSON_NAMES: dict[str, str] = {
    "id": "id",
    "name": "name",
    "last_opened_on": "last_opened_on",
    "owner_id": "owner_id",
    "workspace_id": "workspace_id",
    "description": "description",
    "created_on": "created_on",
    "content_type": "content_type",
}


@_attrs_define
class Project:
    """A project.

    Attributes:
        id (UUID):
        name (str):
        last_opened_on (datetime.datetime | None | Unset):
        owner_id (UUID | Unset):
        workspace_id (None | Unset | UUID):
        description (None | str | Unset):
        created_on (datetime.datetime | Unset):
        content_type (ContentType | Unset): Content type of a project (images, videos or URLs).
    """

    id: UUID
    name: str
    last_opened_on: datetime.datetime | None | Unset = UNSET
    owner_id: UUID | Unset = UNSET
    workspace_id: None | Unset | UUID = UNSET
    description: None | str | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    content_type: ContentType | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
        id = str(self.id)

        name = self.name

        last_opened_on: None | str | Unset
        if isinstance(self.last_opened_on, Unset):
            last_opened_on = UNSET
        elif isinstance(self.last_opened_on, datetime.datetime):
            last_opened_on = self.last_opened_on.isoformat().replace("+00:00", "Z")
        else:
            last_opened_on = self.last_opened_on

        owner_id: str | Unset = UNSET
        if not isinstance(self.owner_id, Unset):
            owner_id = str(self.owner_id)

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

        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat().replace("+00:00", "Z")

        content_type: str | Unset = UNSET
        if not isinstance(self.content_type, Unset):
            content_type = self.content_type.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if last_opened_on is not UNSET:
            field_dict["last_opened_on"] = last_opened_on
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if description is not UNSET:
            field_dict["description"] = description
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if content_type is not UNSET:
            field_dict["content_type"] = content_type

        return field_dict

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
        if "id" not in self.unparsed:
            id = str(self.id)
        else:  # read leniently: written back as the server sent it
            id = self.unparsed["id"].raw

        if "name" not in self.unparsed:
            name = self.name
        else:  # read leniently: written back as the server sent it
            name = self.unparsed["name"].raw

        if "last_opened_on" not in self.unparsed:
            last_opened_on: None | str | Unset
            if isinstance(self.last_opened_on, Unset):
                last_opened_on = UNSET
            elif isinstance(self.last_opened_on, datetime.datetime):
                last_opened_on = self.last_opened_on.isoformat().replace("+00:00", "Z")
            else:
                last_opened_on = self.last_opened_on
        else:  # read leniently: written back as the server sent it
            last_opened_on = self.unparsed["last_opened_on"].raw

        if "owner_id" not in self.unparsed:
            owner_id: str | Unset = UNSET
            if not isinstance(self.owner_id, Unset):
                owner_id = str(self.owner_id)
        else:  # read leniently: written back as the server sent it
            owner_id = self.unparsed["owner_id"].raw

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

        if "created_on" not in self.unparsed:
            created_on: str | Unset = UNSET
            if not isinstance(self.created_on, Unset):
                created_on = self.created_on.isoformat().replace("+00:00", "Z")
        else:  # read leniently: written back as the server sent it
            created_on = self.unparsed["created_on"].raw

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
                "id": id,
                "name": name,
            }
        )
        if last_opened_on is not UNSET:
            field_dict["last_opened_on"] = last_opened_on
        if owner_id is not UNSET:
            field_dict["owner_id"] = owner_id
        if workspace_id is not UNSET:
            field_dict["workspace_id"] = workspace_id
        if description is not UNSET:
            field_dict["description"] = description
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if content_type is not UNSET:
            field_dict["content_type"] = content_type

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            id = parse_uuid(d["id"])

            name = d["name"]

            def _parse_last_opened_on(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    last_opened_on_type_0 = parse_datetime(data)

                    return last_opened_on_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            last_opened_on = _parse_last_opened_on(d.get("last_opened_on", UNSET))

            _owner_id = d.get("owner_id", UNSET)
            owner_id: UUID | Unset
            if isinstance(_owner_id, Unset):
                owner_id = UNSET
            else:
                owner_id = parse_uuid(_owner_id)

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

            _created_on = d.get("created_on", UNSET)
            created_on: datetime.datetime | Unset
            if isinstance(_created_on, Unset):
                created_on = UNSET
            else:
                created_on = parse_datetime(_created_on)

            _content_type = d.get("content_type", UNSET)
            content_type: ContentType | Unset
            if isinstance(_content_type, Unset):
                content_type = UNSET
            else:
                content_type = enum_member(ContentType, _content_type)

            project = cls(
                id,
                name,
                last_opened_on,
                owner_id,
                workspace_id,
                description,
                created_on,
                content_type,
            )

            extra = (
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 2 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            project.additional_properties = extra
            return project

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
            raise not_an_object("Project", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            id = parse_uuid(d["id"])

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            id = unparsed_field(
                unparsed,
                "Project",
                "id",
                d.get("id"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            name = d["name"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            name = unparsed_field(
                unparsed,
                "Project",
                "name",
                d.get("name"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:

            def _parse_last_opened_on(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    last_opened_on_type_0 = parse_datetime(data)

                    return last_opened_on_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            last_opened_on = _parse_last_opened_on(d.get("last_opened_on", UNSET))

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            last_opened_on = unparsed_field(
                unparsed,
                "Project",
                "last_opened_on",
                d.get("last_opened_on"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            _owner_id = d.get("owner_id", UNSET)
            owner_id: UUID | Unset
            if isinstance(_owner_id, Unset):
                owner_id = UNSET
            else:
                owner_id = parse_uuid(_owner_id)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            owner_id = unparsed_field(
                unparsed,
                "Project",
                "owner_id",
                d.get("owner_id"),
                exc_,
                required=False,
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
                "Project",
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
                "Project",
                "description",
                d.get("description"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            _created_on = d.get("created_on", UNSET)
            created_on: datetime.datetime | Unset
            if isinstance(_created_on, Unset):
                created_on = UNSET
            else:
                created_on = parse_datetime(_created_on)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            created_on = unparsed_field(
                unparsed,
                "Project",
                "created_on",
                d.get("created_on"),
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
                "Project",
                "content_type",
                d.get("content_type"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        project = cls(
            id,
            name,
            last_opened_on,
            owner_id,
            workspace_id,
            description,
            created_on,
            content_type,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 2 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        project.additional_properties = extra
        project.unparsed = unparsed
        return project

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
