from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.keypoint_schema_type import KeypointSchemaType
from ..types import NO_UNPARSED, UNSET, Unset, enum_member, parse_strictly, parse_uuid, parsing_strictly

if TYPE_CHECKING:
    from ..models.keypoint_class_input import KeypointClassInput
    from ..models.keypoint_skeleton import KeypointSkeleton

_lazy: dict[str, Any] = {}


T = TypeVar("T", bound="KeypointSchemaRequest")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "name",
        "type",
        "project_id",
        "description",
        "norder",
        "keypoint_classes",
        "keypoint_skeleton",
        "template_id",
    }
)

_JSON_NAMES: dict[str, str] = {
    "name": "name",
    "type_": "type",
    "project_id": "project_id",
    "description": "description",
    "norder": "norder",
    "keypoint_classes": "keypoint_classes",
    "keypoint_skeleton": "keypoint_skeleton",
    "template_id": "template_id",
}


@_attrs_define
class KeypointSchemaRequest:
    """
    Attributes:
        name (str): Name of the keypoint schema.
        type_ (KeypointSchemaType): Keypoint schema type.
        project_id (UUID | Unset): Project ID.
        description (None | str | Unset): Description of the keypoint schema.
        norder (float | None | Unset): Sorting order.
        keypoint_classes (list[KeypointClassInput] | None | Unset): List of keypoint classes for this keypoint schema.
        keypoint_skeleton (list[KeypointSkeleton] | None | Unset): Edges between keypoint classes.
        template_id (None | Unset | UUID): Keypoint schema template ID.
    """

    name: str
    type_: KeypointSchemaType
    project_id: UUID | Unset = UNSET
    description: None | str | Unset = UNSET
    norder: float | None | Unset = UNSET
    keypoint_classes: list[KeypointClassInput] | None | Unset = UNSET
    keypoint_skeleton: list[KeypointSkeleton] | None | Unset = UNSET
    template_id: None | Unset | UUID = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
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

        norder: float | None | Unset
        if isinstance(self.norder, Unset):
            norder = UNSET
        else:
            norder = self.norder

        keypoint_classes: list[dict[str, Any]] | None | Unset
        if isinstance(self.keypoint_classes, Unset):
            keypoint_classes = UNSET
        elif isinstance(self.keypoint_classes, list):
            keypoint_classes = []
            for keypoint_classes_type_0_item_data in self.keypoint_classes:
                keypoint_classes_type_0_item = keypoint_classes_type_0_item_data.to_dict()
                keypoint_classes.append(keypoint_classes_type_0_item)

        else:
            keypoint_classes = self.keypoint_classes

        keypoint_skeleton: list[dict[str, Any]] | None | Unset
        if isinstance(self.keypoint_skeleton, Unset):
            keypoint_skeleton = UNSET
        elif isinstance(self.keypoint_skeleton, list):
            keypoint_skeleton = []
            for keypoint_skeleton_type_0_item_data in self.keypoint_skeleton:
                keypoint_skeleton_type_0_item = keypoint_skeleton_type_0_item_data.to_dict()
                keypoint_skeleton.append(keypoint_skeleton_type_0_item)

        else:
            keypoint_skeleton = self.keypoint_skeleton

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
                "name": name,
                "type": type_,
            }
        )
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if description is not UNSET:
            field_dict["description"] = description
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

        if "norder" not in self.unparsed:
            norder: float | None | Unset
            if isinstance(self.norder, Unset):
                norder = UNSET
            else:
                norder = self.norder
        else:  # read leniently: written back as the server sent it
            norder = self.unparsed["norder"].raw

        if "keypoint_classes" not in self.unparsed:
            keypoint_classes: list[dict[str, Any]] | None | Unset
            if isinstance(self.keypoint_classes, Unset):
                keypoint_classes = UNSET
            elif isinstance(self.keypoint_classes, list):
                keypoint_classes = []
                for keypoint_classes_type_0_item_data in self.keypoint_classes:
                    keypoint_classes_type_0_item = keypoint_classes_type_0_item_data.to_dict()
                    keypoint_classes.append(keypoint_classes_type_0_item)

            else:
                keypoint_classes = self.keypoint_classes
        else:  # read leniently: written back as the server sent it
            keypoint_classes = self.unparsed["keypoint_classes"].raw

        if "keypoint_skeleton" not in self.unparsed:
            keypoint_skeleton: list[dict[str, Any]] | None | Unset
            if isinstance(self.keypoint_skeleton, Unset):
                keypoint_skeleton = UNSET
            elif isinstance(self.keypoint_skeleton, list):
                keypoint_skeleton = []
                for keypoint_skeleton_type_0_item_data in self.keypoint_skeleton:
                    keypoint_skeleton_type_0_item = keypoint_skeleton_type_0_item_data.to_dict()
                    keypoint_skeleton.append(keypoint_skeleton_type_0_item)

            else:
                keypoint_skeleton = self.keypoint_skeleton
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
                "name": name,
                "type": type_,
            }
        )
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if description is not UNSET:
            field_dict["description"] = description
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
                KeypointClassInput = _lazy["KeypointClassInput"]
            except KeyError:
                from ..models.keypoint_class_input import KeypointClassInput  # noqa: PLC0415

                _lazy["KeypointClassInput"] = KeypointClassInput

            try:
                KeypointSkeleton = _lazy["KeypointSkeleton"]
            except KeyError:
                from ..models.keypoint_skeleton import KeypointSkeleton  # noqa: PLC0415

                _lazy["KeypointSkeleton"] = KeypointSkeleton

        try:
            d = src_dict
            name = d["name"]

            type_ = enum_member(KeypointSchemaType, d["type"])

            _project_id = d.get("project_id", UNSET)
            project_id: UUID | Unset
            if isinstance(_project_id, Unset):
                project_id = UNSET
            else:
                project_id = parse_uuid(_project_id)

            description = d.get("description", UNSET)

            norder = d.get("norder", UNSET)

            def _parse_keypoint_classes(data: object) -> list[KeypointClassInput] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    import gc  # noqa: PLC0415 - here, not at the top: endpoint modules build lists too

                    _keypoint_classes_type_0_gc = gc.isenabled()
                    gc.disable()
                    try:
                        keypoint_classes_type_0 = []
                        _keypoint_classes_type_0 = data
                        for keypoint_classes_type_0_item_data in _keypoint_classes_type_0:
                            keypoint_classes_type_0_item = KeypointClassInput.from_dict(
                                keypoint_classes_type_0_item_data
                            )

                            keypoint_classes_type_0.append(keypoint_classes_type_0_item)

                    finally:
                        if _keypoint_classes_type_0_gc:
                            gc.enable()

                    return keypoint_classes_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[KeypointClassInput] | None | Unset, data)

            keypoint_classes = _parse_keypoint_classes(d.get("keypoint_classes", UNSET))

            def _parse_keypoint_skeleton(data: object) -> list[KeypointSkeleton] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    import gc  # noqa: PLC0415 - here, not at the top: endpoint modules build lists too

                    _keypoint_skeleton_type_0_gc = gc.isenabled()
                    gc.disable()
                    try:
                        keypoint_skeleton_type_0 = []
                        _keypoint_skeleton_type_0 = data
                        for keypoint_skeleton_type_0_item_data in _keypoint_skeleton_type_0:
                            keypoint_skeleton_type_0_item = KeypointSkeleton.from_dict(
                                keypoint_skeleton_type_0_item_data
                            )

                            keypoint_skeleton_type_0.append(keypoint_skeleton_type_0_item)

                    finally:
                        if _keypoint_skeleton_type_0_gc:
                            gc.enable()

                    return keypoint_skeleton_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[KeypointSkeleton] | None | Unset, data)

            keypoint_skeleton = _parse_keypoint_skeleton(d.get("keypoint_skeleton", UNSET))

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

            keypoint_schema_request = cls(
                name,
                type_,
                project_id,
                description,
                norder,
                keypoint_classes,
                keypoint_skeleton,
                template_id,
            )

            extra = (
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 2 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            keypoint_schema_request.additional_properties = extra
            return keypoint_schema_request

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
        from ..models.keypoint_class_input import KeypointClassInput  # noqa: PLC0415
        from ..models.keypoint_skeleton import KeypointSkeleton  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise not_an_object("KeypointSchemaRequest", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            name = d["name"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            name = unparsed_field(
                unparsed,
                "KeypointSchemaRequest",
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
                "KeypointSchemaRequest",
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
                "KeypointSchemaRequest",
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
                "KeypointSchemaRequest",
                "description",
                d.get("description"),
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
                "KeypointSchemaRequest",
                "norder",
                d.get("norder"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:

            def _parse_keypoint_classes(data: object) -> list[KeypointClassInput] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    import gc  # noqa: PLC0415 - here, not at the top: endpoint modules build lists too

                    _keypoint_classes_type_0_gc = gc.isenabled()
                    gc.disable()
                    try:
                        keypoint_classes_type_0 = []
                        _keypoint_classes_type_0 = data
                        for keypoint_classes_type_0_item_data in _keypoint_classes_type_0:
                            keypoint_classes_type_0_item = KeypointClassInput.from_dict(
                                keypoint_classes_type_0_item_data
                            )

                            keypoint_classes_type_0.append(keypoint_classes_type_0_item)

                    finally:
                        if _keypoint_classes_type_0_gc:
                            gc.enable()

                    return keypoint_classes_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[KeypointClassInput] | None | Unset, data)

            keypoint_classes = _parse_keypoint_classes(d.get("keypoint_classes", UNSET))

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            keypoint_classes = unparsed_field(
                unparsed,
                "KeypointSchemaRequest",
                "keypoint_classes",
                d.get("keypoint_classes"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:

            def _parse_keypoint_skeleton(data: object) -> list[KeypointSkeleton] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    import gc  # noqa: PLC0415 - here, not at the top: endpoint modules build lists too

                    _keypoint_skeleton_type_0_gc = gc.isenabled()
                    gc.disable()
                    try:
                        keypoint_skeleton_type_0 = []
                        _keypoint_skeleton_type_0 = data
                        for keypoint_skeleton_type_0_item_data in _keypoint_skeleton_type_0:
                            keypoint_skeleton_type_0_item = KeypointSkeleton.from_dict(
                                keypoint_skeleton_type_0_item_data
                            )

                            keypoint_skeleton_type_0.append(keypoint_skeleton_type_0_item)

                    finally:
                        if _keypoint_skeleton_type_0_gc:
                            gc.enable()

                    return keypoint_skeleton_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[KeypointSkeleton] | None | Unset, data)

            keypoint_skeleton = _parse_keypoint_skeleton(d.get("keypoint_skeleton", UNSET))

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            keypoint_skeleton = unparsed_field(
                unparsed,
                "KeypointSchemaRequest",
                "keypoint_skeleton",
                d.get("keypoint_skeleton"),
                exc_,
                required=False,
                structural=False,
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
                "KeypointSchemaRequest",
                "template_id",
                d.get("template_id"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        keypoint_schema_request = cls(
            name,
            type_,
            project_id,
            description,
            norder,
            keypoint_classes,
            keypoint_skeleton,
            template_id,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 2 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        keypoint_schema_request.additional_properties = extra
        keypoint_schema_request.unparsed = unparsed
        return keypoint_schema_request

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
