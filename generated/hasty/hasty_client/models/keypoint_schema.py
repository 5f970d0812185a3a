from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.keypoint_schema_type import KeypointSchemaType
from ..types import NO_UNPARSED, UNSET, Unset, enum_member, parse_datetime, parse_strictly, parse_uuid, parsing_strictly

if TYPE_CHECKING:
    from ..models.keypoint_class import KeypointClass
    from ..models.keypoint_skeleton import KeypointSkeleton

_lazy: dict[str, Any] = {}


T = TypeVar("T", bound="KeypointSchema")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "name",
        "type",
        "project_id",
        "description",
        "created_by",
        "create_date",
        "updated_by",
        "update_date",
        "norder",
        "keypoint_classes",
        "keypoint_skeleton",
        "template_id",
    }
)

_JSON_NAMES: dict[str, str] = {
    "id": "id",
    "name": "name",
    "type_": "type",
    "project_id": "project_id",
    "description": "description",
    "created_by": "created_by",
    "create_date": "create_date",
    "updated_by": "updated_by",
    "update_date": "update_date",
    "norder": "norder",
    "keypoint_classes": "keypoint_classes",
    "keypoint_skeleton": "keypoint_skeleton",
    "template_id": "template_id",
}


@_attrs_define
class KeypointSchema:
    """A keypoint schema (pose, points or polyline) of a project.

    Attributes:
        id (UUID):
        name (str): Name of the keypoint schema.
        type_ (KeypointSchemaType): Keypoint schema type.
        project_id (UUID | Unset): Project ID.
        description (None | str | Unset): Description of the keypoint schema.
        created_by (UUID | Unset):
        create_date (datetime.datetime | Unset):
        updated_by (UUID | Unset):
        update_date (datetime.datetime | Unset):
        norder (float | None | Unset):
        keypoint_classes (list[KeypointClass] | Unset):
        keypoint_skeleton (list[KeypointSkeleton] | Unset):
        template_id (None | Unset | UUID):
    """

    id: UUID
    name: str
    type_: KeypointSchemaType
    project_id: UUID | Unset = UNSET
    description: None | str | Unset = UNSET
    created_by: UUID | Unset = UNSET
    create_date: datetime.datetime | Unset = UNSET
    updated_by: UUID | Unset = UNSET
    update_date: datetime.datetime | Unset = UNSET
    norder: float | None | Unset = UNSET
    keypoint_classes: list[KeypointClass] | Unset = UNSET
    keypoint_skeleton: list[KeypointSkeleton] | Unset = UNSET
    template_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
        id = str(self.id)

        name = self.name

        type_ = self.type_.value

        project_id: str | Unset = UNSET
        if not isinstance(self.project_id, Unset):
            project_id = str(self.project_id)

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        created_by: str | Unset = UNSET
        if not isinstance(self.created_by, Unset):
            created_by = str(self.created_by)

        create_date: str | Unset = UNSET
        if not isinstance(self.create_date, Unset):
            create_date = self.create_date.isoformat().replace("+00:00", "Z")

        updated_by: str | Unset = UNSET
        if not isinstance(self.updated_by, Unset):
            updated_by = str(self.updated_by)

        update_date: str | Unset = UNSET
        if not isinstance(self.update_date, Unset):
            update_date = self.update_date.isoformat().replace("+00:00", "Z")

        norder: float | None | Unset
        if isinstance(self.norder, Unset):
            norder = UNSET
        else:
            norder = self.norder

        keypoint_classes: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.keypoint_classes, Unset):
            keypoint_classes = []
            for keypoint_classes_item_data in self.keypoint_classes:
                keypoint_classes_item = keypoint_classes_item_data.to_dict()
                keypoint_classes.append(keypoint_classes_item)

        keypoint_skeleton: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.keypoint_skeleton, Unset):
            keypoint_skeleton = []
            for keypoint_skeleton_item_data in self.keypoint_skeleton:
                keypoint_skeleton_item = keypoint_skeleton_item_data.to_dict()
                keypoint_skeleton.append(keypoint_skeleton_item)

        template_id: None | str | Unset
        if isinstance(self.template_id, Unset):
            template_id = UNSET
        elif isinstance(self.template_id, UUID):
            template_id = str(self.template_id)
        else:
            template_id = self.template_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "type": type_,
            }
        )
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if description is not UNSET:
            field_dict["description"] = description
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if create_date is not UNSET:
            field_dict["create_date"] = create_date
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by
        if update_date is not UNSET:
            field_dict["update_date"] = update_date
        if norder is not UNSET:
            field_dict["norder"] = norder
        if keypoint_classes is not UNSET:
            field_dict["keypoint_classes"] = keypoint_classes
        if keypoint_skeleton is not UNSET:
            field_dict["keypoint_skeleton"] = keypoint_skeleton
        if template_id is not UNSET:
            field_dict["template_id"] = template_id

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

        if "type" not in self.unparsed:
            type_ = self.type_.value
        else:  # read leniently: written back as the server sent it
            type_ = self.unparsed["type"].raw

        if "project_id" not in self.unparsed:
            project_id: str | Unset = UNSET
            if not isinstance(self.project_id, Unset):
                project_id = str(self.project_id)
        else:  # read leniently: written back as the server sent it
            project_id = self.unparsed["project_id"].raw

        if "description" not in self.unparsed:
            description: None | str | Unset
            if isinstance(self.description, Unset):
                description = UNSET
            else:
                description = self.description
        else:  # read leniently: written back as the server sent it
            description = self.unparsed["description"].raw

        if "created_by" not in self.unparsed:
            created_by: str | Unset = UNSET
            if not isinstance(self.created_by, Unset):
                created_by = str(self.created_by)
        else:  # read leniently: written back as the server sent it
            created_by = self.unparsed["created_by"].raw

        if "create_date" not in self.unparsed:
            create_date: str | Unset = UNSET
            if not isinstance(self.create_date, Unset):
                create_date = self.create_date.isoformat().replace("+00:00", "Z")
        else:  # read leniently: written back as the server sent it
            create_date = self.unparsed["create_date"].raw

        if "updated_by" not in self.unparsed:
            updated_by: str | Unset = UNSET
            if not isinstance(self.updated_by, Unset):
                updated_by = str(self.updated_by)
        else:  # read leniently: written back as the server sent it
            updated_by = self.unparsed["updated_by"].raw

        if "update_date" not in self.unparsed:
            update_date: str | Unset = UNSET
            if not isinstance(self.update_date, Unset):
                update_date = self.update_date.isoformat().replace("+00:00", "Z")
        else:  # read leniently: written back as the server sent it
            update_date = self.unparsed["update_date"].raw

        if "norder" not in self.unparsed:
            norder: float | None | Unset
            if isinstance(self.norder, Unset):
                norder = UNSET
            else:
                norder = self.norder
        else:  # read leniently: written back as the server sent it
            norder = self.unparsed["norder"].raw

        if "keypoint_classes" not in self.unparsed:
            keypoint_classes: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.keypoint_classes, Unset):
                keypoint_classes = []
                for keypoint_classes_item_data in self.keypoint_classes:
                    keypoint_classes_item = keypoint_classes_item_data.to_dict()
                    keypoint_classes.append(keypoint_classes_item)

        else:  # read leniently: written back as the server sent it
            keypoint_classes = self.unparsed["keypoint_classes"].raw

        if "keypoint_skeleton" not in self.unparsed:
            keypoint_skeleton: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.keypoint_skeleton, Unset):
                keypoint_skeleton = []
                for keypoint_skeleton_item_data in self.keypoint_skeleton:
                    keypoint_skeleton_item = keypoint_skeleton_item_data.to_dict()
                    keypoint_skeleton.append(keypoint_skeleton_item)

        else:  # read leniently: written back as the server sent it
            keypoint_skeleton = self.unparsed["keypoint_skeleton"].raw

        if "template_id" not in self.unparsed:
            template_id: None | str | Unset
            if isinstance(self.template_id, Unset):
                template_id = UNSET
            elif isinstance(self.template_id, UUID):
                template_id = str(self.template_id)
            else:
                template_id = self.template_id
        else:  # read leniently: written back as the server sent it
            template_id = self.unparsed["template_id"].raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
                "type": type_,
            }
        )
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if description is not UNSET:
            field_dict["description"] = description
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if create_date is not UNSET:
            field_dict["create_date"] = create_date
        if updated_by is not UNSET:
            field_dict["updated_by"] = updated_by
        if update_date is not UNSET:
            field_dict["update_date"] = update_date
        if norder is not UNSET:
            field_dict["norder"] = norder
        if keypoint_classes is not UNSET:
            field_dict["keypoint_classes"] = keypoint_classes
        if keypoint_skeleton is not UNSET:
            field_dict["keypoint_skeleton"] = keypoint_skeleton
        if template_id is not UNSET:
            field_dict["template_id"] = template_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:
            try:
                KeypointClass = _lazy["KeypointClass"]
            except KeyError:
                from ..models.keypoint_class import KeypointClass  # noqa: PLC0415

                _lazy["KeypointClass"] = KeypointClass

            try:
                KeypointSkeleton = _lazy["KeypointSkeleton"]
            except KeyError:
                from ..models.keypoint_skeleton import KeypointSkeleton  # noqa: PLC0415

                _lazy["KeypointSkeleton"] = KeypointSkeleton

        try:
            d = src_dict
            id = parse_uuid(d["id"])

            name = d["name"]

            type_ = enum_member(KeypointSchemaType, d["type"])

            _project_id = d.get("project_id", UNSET)
            project_id: UUID | Unset
            if isinstance(_project_id, Unset):
                project_id = UNSET
            else:
                project_id = parse_uuid(_project_id)

            description = d.get("description", UNSET)

            _created_by = d.get("created_by", UNSET)
            created_by: UUID | Unset
            if isinstance(_created_by, Unset):
                created_by = UNSET
            else:
                created_by = parse_uuid(_created_by)

            _create_date = d.get("create_date", UNSET)
            create_date: datetime.datetime | Unset
            if isinstance(_create_date, Unset):
                create_date = UNSET
            else:
                create_date = parse_datetime(_create_date)

            _updated_by = d.get("updated_by", UNSET)
            updated_by: UUID | Unset
            if isinstance(_updated_by, Unset):
                updated_by = UNSET
            else:
                updated_by = parse_uuid(_updated_by)

            _update_date = d.get("update_date", UNSET)
            update_date: datetime.datetime | Unset
            if isinstance(_update_date, Unset):
                update_date = UNSET
            else:
                update_date = parse_datetime(_update_date)

            norder = d.get("norder", UNSET)

            import gc  # noqa: PLC0415 - here, not at the top: endpoint modules build lists too

            _keypoint_classes_gc = gc.isenabled()
            gc.disable()
            try:
                _keypoint_classes = d.get("keypoint_classes", UNSET)
                keypoint_classes: list[KeypointClass] | Unset = UNSET
                if _keypoint_classes is not UNSET:
                    keypoint_classes = []
                    for keypoint_classes_item_data in _keypoint_classes:
                        keypoint_classes_item = KeypointClass.from_dict(keypoint_classes_item_data)

                        keypoint_classes.append(keypoint_classes_item)

            finally:
                if _keypoint_classes_gc:
                    gc.enable()

            import gc  # noqa: PLC0415 - here, not at the top: endpoint modules build lists too

            _keypoint_skeleton_gc = gc.isenabled()
            gc.disable()
            try:
                _keypoint_skeleton = d.get("keypoint_skeleton", UNSET)
                keypoint_skeleton: list[KeypointSkeleton] | Unset = UNSET
                if _keypoint_skeleton is not UNSET:
                    keypoint_skeleton = []
                    for keypoint_skeleton_item_data in _keypoint_skeleton:
                        keypoint_skeleton_item = KeypointSkeleton.from_dict(keypoint_skeleton_item_data)

                        keypoint_skeleton.append(keypoint_skeleton_item)

            finally:
                if _keypoint_skeleton_gc:
                    gc.enable()

            def _parse_template_id(data: object) -> None | Unset | UUID:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    template_id_type_0 = parse_uuid(data)

                    return template_id_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | Unset | UUID, data)

            template_id = _parse_template_id(d.get("template_id", UNSET))

            keypoint_schema = cls(
                id,
                name,
                type_,
                project_id,
                description,
                created_by,
                create_date,
                updated_by,
                update_date,
                norder,
                keypoint_classes,
                keypoint_skeleton,
                template_id,
            )

            extra = (
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 3 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            keypoint_schema.additional_properties = extra
            return keypoint_schema

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
        from .._runtime.lenient import items_that_are_objects, not_an_object, unparsed_field  # noqa: PLC0415
        from ..models.keypoint_class import KeypointClass  # noqa: PLC0415
        from ..models.keypoint_skeleton import KeypointSkeleton  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise not_an_object("KeypointSchema", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            id = parse_uuid(d["id"])

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            id = unparsed_field(
                unparsed,
                "KeypointSchema",
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
                "KeypointSchema",
                "name",
                d.get("name"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            type_ = enum_member(KeypointSchemaType, d["type"])

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            type_ = unparsed_field(
                unparsed,
                "KeypointSchema",
                "type",
                d.get("type"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            _project_id = d.get("project_id", UNSET)
            project_id: UUID | Unset
            if isinstance(_project_id, Unset):
                project_id = UNSET
            else:
                project_id = parse_uuid(_project_id)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            project_id = unparsed_field(
                unparsed,
                "KeypointSchema",
                "project_id",
                d.get("project_id"),
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
                "KeypointSchema",
                "description",
                d.get("description"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            _created_by = d.get("created_by", UNSET)
            created_by: UUID | Unset
            if isinstance(_created_by, Unset):
                created_by = UNSET
            else:
                created_by = parse_uuid(_created_by)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            created_by = unparsed_field(
                unparsed,
                "KeypointSchema",
                "created_by",
                d.get("created_by"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            _create_date = d.get("create_date", UNSET)
            create_date: datetime.datetime | Unset
            if isinstance(_create_date, Unset):
                create_date = UNSET
            else:
                create_date = parse_datetime(_create_date)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            create_date = unparsed_field(
                unparsed,
                "KeypointSchema",
                "create_date",
                d.get("create_date"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            _updated_by = d.get("updated_by", UNSET)
            updated_by: UUID | Unset
            if isinstance(_updated_by, Unset):
                updated_by = UNSET
            else:
                updated_by = parse_uuid(_updated_by)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            updated_by = unparsed_field(
                unparsed,
                "KeypointSchema",
                "updated_by",
                d.get("updated_by"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            _update_date = d.get("update_date", UNSET)
            update_date: datetime.datetime | Unset
            if isinstance(_update_date, Unset):
                update_date = UNSET
            else:
                update_date = parse_datetime(_update_date)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            update_date = unparsed_field(
                unparsed,
                "KeypointSchema",
                "update_date",
                d.get("update_date"),
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
                "KeypointSchema",
                "norder",
                d.get("norder"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            keypoint_classes = items_that_are_objects(
                unparsed,
                "KeypointSchema",
                "keypoint_classes",
                d.get("keypoint_classes", UNSET),
                KeypointClass.from_dict,
                unset=UNSET,
            )
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            keypoint_classes = unparsed_field(
                unparsed,
                "KeypointSchema",
                "keypoint_classes",
                d.get("keypoint_classes"),
                exc_,
                required=False,
                structural=True,
                unset=UNSET,
            )

        try:
            keypoint_skeleton = items_that_are_objects(
                unparsed,
                "KeypointSchema",
                "keypoint_skeleton",
                d.get("keypoint_skeleton", UNSET),
                KeypointSkeleton.from_dict,
                unset=UNSET,
            )
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            keypoint_skeleton = unparsed_field(
                unparsed,
                "KeypointSchema",
                "keypoint_skeleton",
                d.get("keypoint_skeleton"),
                exc_,
                required=False,
                structural=True,
                unset=UNSET,
            )

        try:

            def _parse_template_id(data: object) -> None | Unset | UUID:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    template_id_type_0 = parse_uuid(data)

                    return template_id_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | Unset | UUID, data)

            template_id = _parse_template_id(d.get("template_id", UNSET))

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            template_id = unparsed_field(
                unparsed,
                "KeypointSchema",
                "template_id",
                d.get("template_id"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        keypoint_schema = cls(
            id,
            name,
            type_,
            project_id,
            description,
            created_by,
            create_date,
            updated_by,
            update_date,
            norder,
            keypoint_classes,
            keypoint_skeleton,
            template_id,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 3 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        keypoint_schema.additional_properties = extra
        keypoint_schema.unparsed = unparsed
        return keypoint_schema

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
