from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tool_used import ToolUsed
from ..types import NO_UNPARSED, UNSET, Unset, enum_member, parse_datetime, parse_strictly, parse_uuid, parsing_strictly

if TYPE_CHECKING:
    from ..models.label_keypoint import LabelKeypoint

_lazy: dict[str, Any] = {}


T = TypeVar("T", bound="Label")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "class_id",
        "image_id",
        "id",
        "bbox",
        "created_on",
        "external_event_id",
        "mask",
        "polygon",
        "tool_used",
        "updated_on",
        "labeled_by",
        "z_index",
        "border_mask",
        "external_id",
        "keypoints",
        "error",
    }
)

_JSON_NAMES: dict[str, str] = {
    "class_id": "class_id",
    "image_id": "image_id",
    "id": "id",
    "bbox": "bbox",
    "created_on": "created_on",
    "external_event_id": "external_event_id",
    "mask": "mask",
    "polygon": "polygon",
    "tool_used": "tool_used",
    "updated_on": "updated_on",
    "labeled_by": "labeled_by",
    "z_index": "z_index",
    "border_mask": "border_mask",
    "external_id": "external_id",
    "keypoints": "keypoints",
    "error": "error",
}


@_attrs_define
class Label:
    """A label (annotation) of an image: a box, polygon, mask and/or keypoints of one class.

    Attributes:
        class_id (UUID):
        image_id (UUID):
        id (UUID):
        bbox (list[int] | None | Unset): Bounding box `[left, top, right, bottom]` in pixels (exactly 4 integers).
        created_on (datetime.datetime | Unset):
        external_event_id (None | str | Unset):
        mask (list[int] | None | Unset): RLE encoded mask `[pixel index, length, pixel index, length, ...]` (order
            right, then down): an even number of integers, at least 2 (JSON Schema cannot express evenness).
        polygon (list[list[int]] | None | Unset): Polygon coordinates `[[x0, y0], [x1, y1], ..., [x0, y0]]` (non-empty
            list of pairs).
        tool_used (None | ToolUsed | Unset):
        updated_on (datetime.datetime | Unset):
        labeled_by (None | Unset | UUID):
        z_index (int | None | Unset):
        border_mask (None | str | Unset): Present when asked for with `include_border_mask`.
        external_id (None | str | Unset):
        keypoints (list[LabelKeypoint] | None | Unset):
        error (None | str | Unset): What is wrong with the label, when asked for with `include_errors`.
    """

    class_id: UUID
    image_id: UUID
    id: UUID
    bbox: list[int] | None | Unset = UNSET
    created_on: datetime.datetime | Unset = UNSET
    external_event_id: None | str | Unset = UNSET
    mask: list[int] | None | Unset = UNSET
    polygon: list[list[int]] | None | Unset = UNSET
    tool_used: None | ToolUsed | Unset = UNSET
    updated_on: datetime.datetime | Unset = UNSET
    labeled_by: None | Unset | UUID = UNSET
    z_index: int | None | Unset = UNSET
    border_mask: None | str | Unset = UNSET
    external_id: None | str | Unset = UNSET
    keypoints: list[LabelKeypoint] | None | Unset = UNSET
    error: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
        class_id = str(self.class_id)

        image_id = str(self.image_id)

        id = str(self.id)

        bbox: list[int] | None | Unset
        if isinstance(self.bbox, Unset):
            bbox = UNSET
        elif isinstance(self.bbox, list):
            bbox = self.bbox

        else:
            bbox = self.bbox

        created_on: str | Unset = UNSET
        if not isinstance(self.created_on, Unset):
            created_on = self.created_on.isoformat().replace("+00:00", "Z")

        external_event_id: None | str | Unset
        if isinstance(self.external_event_id, Unset):
            external_event_id = UNSET
        else:
            external_event_id = self.external_event_id

        mask: list[int] | None | Unset
        if isinstance(self.mask, Unset):
            mask = UNSET
        elif isinstance(self.mask, list):
            mask = self.mask

        else:
            mask = self.mask

        polygon: list[list[int]] | None | Unset
        if isinstance(self.polygon, Unset):
            polygon = UNSET
        elif isinstance(self.polygon, list):
            polygon = []
            for polygon_type_0_item_data in self.polygon:
                polygon_type_0_item = polygon_type_0_item_data

                polygon.append(polygon_type_0_item)

        else:
            polygon = self.polygon

        tool_used: None | str | Unset
        if isinstance(self.tool_used, Unset):
            tool_used = UNSET
        elif isinstance(self.tool_used, ToolUsed):
            tool_used = self.tool_used.value
        else:
            tool_used = self.tool_used

        updated_on: str | Unset = UNSET
        if not isinstance(self.updated_on, Unset):
            updated_on = self.updated_on.isoformat().replace("+00:00", "Z")

        labeled_by: None | str | Unset
        if isinstance(self.labeled_by, Unset):
            labeled_by = UNSET
        elif isinstance(self.labeled_by, UUID):
            labeled_by = str(self.labeled_by)
        else:
            labeled_by = self.labeled_by

        z_index: int | None | Unset
        if isinstance(self.z_index, Unset):
            z_index = UNSET
        else:
            z_index = self.z_index

        border_mask: None | str | Unset
        if isinstance(self.border_mask, Unset):
            border_mask = UNSET
        else:
            border_mask = self.border_mask

        external_id: None | str | Unset
        if isinstance(self.external_id, Unset):
            external_id = UNSET
        else:
            external_id = self.external_id

        keypoints: list[dict[str, Any]] | None | Unset
        if isinstance(self.keypoints, Unset):
            keypoints = UNSET
        elif isinstance(self.keypoints, list):
            keypoints = []
            for keypoints_type_0_item_data in self.keypoints:
                keypoints_type_0_item = keypoints_type_0_item_data.to_dict()
                keypoints.append(keypoints_type_0_item)

        else:
            keypoints = self.keypoints

        error: None | str | Unset
        if isinstance(self.error, Unset):
            error = UNSET
        else:
            error = self.error

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "class_id": class_id,
                "image_id": image_id,
                "id": id,
            }
        )
        if bbox is not UNSET:
            field_dict["bbox"] = bbox
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if external_event_id is not UNSET:
            field_dict["external_event_id"] = external_event_id
        if mask is not UNSET:
            field_dict["mask"] = mask
        if polygon is not UNSET:
            field_dict["polygon"] = polygon
        if tool_used is not UNSET:
            field_dict["tool_used"] = tool_used
        if updated_on is not UNSET:
            field_dict["updated_on"] = updated_on
        if labeled_by is not UNSET:
            field_dict["labeled_by"] = labeled_by
        if z_index is not UNSET:
            field_dict["z_index"] = z_index
        if border_mask is not UNSET:
            field_dict["border_mask"] = border_mask
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if keypoints is not UNSET:
            field_dict["keypoints"] = keypoints
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
        if "class_id" not in self.unparsed:
            class_id = str(self.class_id)
        else:  # read leniently: written back as the server sent it
            class_id = self.unparsed["class_id"].raw

        if "image_id" not in self.unparsed:
            image_id = str(self.image_id)
        else:  # read leniently: written back as the server sent it
            image_id = self.unparsed["image_id"].raw

        if "id" not in self.unparsed:
            id = str(self.id)
        else:  # read leniently: written back as the server sent it
            id = self.unparsed["id"].raw

        if "bbox" not in self.unparsed:
            bbox: list[int] | None | Unset
            if isinstance(self.bbox, Unset):
                bbox = UNSET
            elif isinstance(self.bbox, list):
                bbox = self.bbox

            else:
                bbox = self.bbox
        else:  # read leniently: written back as the server sent it
            bbox = self.unparsed["bbox"].raw

        if "created_on" not in self.unparsed:
            created_on: str | Unset = UNSET
            if not isinstance(self.created_on, Unset):
                created_on = self.created_on.isoformat().replace("+00:00", "Z")
        else:  # read leniently: written back as the server sent it
            created_on = self.unparsed["created_on"].raw

        if "external_event_id" not in self.unparsed:
            external_event_id: None | str | Unset
            if isinstance(self.external_event_id, Unset):
                external_event_id = UNSET
            else:
                external_event_id = self.external_event_id
        else:  # read leniently: written back as the server sent it
            external_event_id = self.unparsed["external_event_id"].raw

        if "mask" not in self.unparsed:
            mask: list[int] | None | Unset
            if isinstance(self.mask, Unset):
                mask = UNSET
            elif isinstance(self.mask, list):
                mask = self.mask

            else:
                mask = self.mask
        else:  # read leniently: written back as the server sent it
            mask = self.unparsed["mask"].raw

        if "polygon" not in self.unparsed:
            polygon: list[list[int]] | None | Unset
            if isinstance(self.polygon, Unset):
                polygon = UNSET
            elif isinstance(self.polygon, list):
                polygon = []
                for polygon_type_0_item_data in self.polygon:
                    polygon_type_0_item = polygon_type_0_item_data

                    polygon.append(polygon_type_0_item)

            else:
                polygon = self.polygon
        else:  # read leniently: written back as the server sent it
            polygon = self.unparsed["polygon"].raw

        if "tool_used" not in self.unparsed:
            tool_used: None | str | Unset
            if isinstance(self.tool_used, Unset):
                tool_used = UNSET
            elif isinstance(self.tool_used, ToolUsed):
                tool_used = self.tool_used.value
            else:
                tool_used = self.tool_used
        else:  # read leniently: written back as the server sent it
            tool_used = self.unparsed["tool_used"].raw

        if "updated_on" not in self.unparsed:
            updated_on: str | Unset = UNSET
            if not isinstance(self.updated_on, Unset):
                updated_on = self.updated_on.isoformat().replace("+00:00", "Z")
        else:  # read leniently: written back as the server sent it
            updated_on = self.unparsed["updated_on"].raw

        if "labeled_by" not in self.unparsed:
            labeled_by: None | str | Unset
            if isinstance(self.labeled_by, Unset):
                labeled_by = UNSET
            elif isinstance(self.labeled_by, UUID):
                labeled_by = str(self.labeled_by)
            else:
                labeled_by = self.labeled_by
        else:  # read leniently: written back as the server sent it
            labeled_by = self.unparsed["labeled_by"].raw

        if "z_index" not in self.unparsed:
            z_index: int | None | Unset
            if isinstance(self.z_index, Unset):
                z_index = UNSET
            else:
                z_index = self.z_index
        else:  # read leniently: written back as the server sent it
            z_index = self.unparsed["z_index"].raw

        if "border_mask" not in self.unparsed:
            border_mask: None | str | Unset
            if isinstance(self.border_mask, Unset):
                border_mask = UNSET
            else:
                border_mask = self.border_mask
        else:  # read leniently: written back as the server sent it
            border_mask = self.unparsed["border_mask"].raw

        if "external_id" not in self.unparsed:
            external_id: None | str | Unset
            if isinstance(self.external_id, Unset):
                external_id = UNSET
            else:
                external_id = self.external_id
        else:  # read leniently: written back as the server sent it
            external_id = self.unparsed["external_id"].raw

        if "keypoints" not in self.unparsed:
            keypoints: list[dict[str, Any]] | None | Unset
            if isinstance(self.keypoints, Unset):
                keypoints = UNSET
            elif isinstance(self.keypoints, list):
                keypoints = []
                for keypoints_type_0_item_data in self.keypoints:
                    keypoints_type_0_item = keypoints_type_0_item_data.to_dict()
                    keypoints.append(keypoints_type_0_item)

            else:
                keypoints = self.keypoints
        else:  # read leniently: written back as the server sent it
            keypoints = self.unparsed["keypoints"].raw

        if "error" not in self.unparsed:
            error: None | str | Unset
            if isinstance(self.error, Unset):
                error = UNSET
            else:
                error = self.error
        else:  # read leniently: written back as the server sent it
            error = self.unparsed["error"].raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "class_id": class_id,
                "image_id": image_id,
                "id": id,
            }
        )
        if bbox is not UNSET:
            field_dict["bbox"] = bbox
        if created_on is not UNSET:
            field_dict["created_on"] = created_on
        if external_event_id is not UNSET:
            field_dict["external_event_id"] = external_event_id
        if mask is not UNSET:
            field_dict["mask"] = mask
        if polygon is not UNSET:
            field_dict["polygon"] = polygon
        if tool_used is not UNSET:
            field_dict["tool_used"] = tool_used
        if updated_on is not UNSET:
            field_dict["updated_on"] = updated_on
        if labeled_by is not UNSET:
            field_dict["labeled_by"] = labeled_by
        if z_index is not UNSET:
            field_dict["z_index"] = z_index
        if border_mask is not UNSET:
            field_dict["border_mask"] = border_mask
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if keypoints is not UNSET:
            field_dict["keypoints"] = keypoints
        if error is not UNSET:
            field_dict["error"] = error

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:
            try:
                LabelKeypoint = _lazy["LabelKeypoint"]
            except KeyError:
                from ..models.label_keypoint import LabelKeypoint  # noqa: PLC0415

                _lazy["LabelKeypoint"] = LabelKeypoint

        try:
            d = src_dict
            class_id = parse_uuid(d["class_id"])

            image_id = parse_uuid(d["image_id"])

            id = parse_uuid(d["id"])

            def _parse_bbox(data: object) -> list[int] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    bbox_type_0 = cast(list[int], data)

                    return bbox_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[int] | None | Unset, data)

            bbox = _parse_bbox(d.get("bbox", UNSET))

            _created_on = d.get("created_on", UNSET)
            created_on: datetime.datetime | Unset
            if isinstance(_created_on, Unset):
                created_on = UNSET
            else:
                created_on = parse_datetime(_created_on)

            external_event_id = d.get("external_event_id", UNSET)

            def _parse_mask(data: object) -> list[int] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    mask_type_0 = cast(list[int], data)

                    return mask_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[int] | None | Unset, data)

            mask = _parse_mask(d.get("mask", UNSET))

            def _parse_polygon(data: object) -> list[list[int]] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    polygon_type_0 = []
                    _polygon_type_0 = data
                    for polygon_type_0_item_data in _polygon_type_0:
                        polygon_type_0_item = cast(list[int], polygon_type_0_item_data)

                        polygon_type_0.append(polygon_type_0_item)

                    return polygon_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[list[int]] | None | Unset, data)

            polygon = _parse_polygon(d.get("polygon", UNSET))

            def _parse_tool_used(data: object) -> None | ToolUsed | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    tool_used_type_0 = enum_member(ToolUsed, data)

                    return tool_used_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | ToolUsed | Unset, data)

            tool_used = _parse_tool_used(d.get("tool_used", UNSET))

            _updated_on = d.get("updated_on", UNSET)
            updated_on: datetime.datetime | Unset
            if isinstance(_updated_on, Unset):
                updated_on = UNSET
            else:
                updated_on = parse_datetime(_updated_on)

            def _parse_labeled_by(data: object) -> None | Unset | UUID:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    labeled_by_type_0 = parse_uuid(data)

                    return labeled_by_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | Unset | UUID, data)

            labeled_by = _parse_labeled_by(d.get("labeled_by", UNSET))

            z_index = d.get("z_index", UNSET)

            border_mask = d.get("border_mask", UNSET)

            external_id = d.get("external_id", UNSET)

            def _parse_keypoints(data: object) -> list[LabelKeypoint] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    import gc  # noqa: PLC0415 - here, not at the top: endpoint modules build lists too

                    _keypoints_type_0_gc = gc.isenabled()
                    gc.disable()
                    try:
                        keypoints_type_0 = []
                        _keypoints_type_0 = data
                        for keypoints_type_0_item_data in _keypoints_type_0:
                            keypoints_type_0_item = LabelKeypoint.from_dict(keypoints_type_0_item_data)

                            keypoints_type_0.append(keypoints_type_0_item)

                    finally:
                        if _keypoints_type_0_gc:
                            gc.enable()

                    return keypoints_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[LabelKeypoint] | None | Unset, data)

            keypoints = _parse_keypoints(d.get("keypoints", UNSET))

            error = d.get("error", UNSET)

            label = cls(
                class_id,
                image_id,
                id,
                bbox,
                created_on,
                external_event_id,
                mask,
                polygon,
                tool_used,
                updated_on,
                labeled_by,
                z_index,
                border_mask,
                external_id,
                keypoints,
                error,
            )

            extra = (
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 3 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            label.additional_properties = extra
            return label

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
        from ..models.label_keypoint import LabelKeypoint  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise not_an_object("Label", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            class_id = parse_uuid(d["class_id"])

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            class_id = unparsed_field(
                unparsed,
                "Label",
                "class_id",
                d.get("class_id"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            image_id = parse_uuid(d["image_id"])

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            image_id = unparsed_field(
                unparsed,
                "Label",
                "image_id",
                d.get("image_id"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            id = parse_uuid(d["id"])

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            id = unparsed_field(
                unparsed,
                "Label",
                "id",
                d.get("id"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:

            def _parse_bbox(data: object) -> list[int] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    bbox_type_0 = cast(list[int], data)

                    return bbox_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[int] | None | Unset, data)

            bbox = _parse_bbox(d.get("bbox", UNSET))

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            bbox = unparsed_field(
                unparsed,
                "Label",
                "bbox",
                d.get("bbox"),
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
                "Label",
                "created_on",
                d.get("created_on"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            external_event_id = d.get("external_event_id", UNSET)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            external_event_id = unparsed_field(
                unparsed,
                "Label",
                "external_event_id",
                d.get("external_event_id"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:

            def _parse_mask(data: object) -> list[int] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    mask_type_0 = cast(list[int], data)

                    return mask_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[int] | None | Unset, data)

            mask = _parse_mask(d.get("mask", UNSET))

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            mask = unparsed_field(
                unparsed,
                "Label",
                "mask",
                d.get("mask"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:

            def _parse_polygon(data: object) -> list[list[int]] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    polygon_type_0 = []
                    _polygon_type_0 = data
                    for polygon_type_0_item_data in _polygon_type_0:
                        polygon_type_0_item = cast(list[int], polygon_type_0_item_data)

                        polygon_type_0.append(polygon_type_0_item)

                    return polygon_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[list[int]] | None | Unset, data)

            polygon = _parse_polygon(d.get("polygon", UNSET))

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            polygon = unparsed_field(
                unparsed,
                "Label",
                "polygon",
                d.get("polygon"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:

            def _parse_tool_used(data: object) -> None | ToolUsed | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    tool_used_type_0 = enum_member(ToolUsed, data)

                    return tool_used_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | ToolUsed | Unset, data)

            tool_used = _parse_tool_used(d.get("tool_used", UNSET))

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            tool_used = unparsed_field(
                unparsed,
                "Label",
                "tool_used",
                d.get("tool_used"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            _updated_on = d.get("updated_on", UNSET)
            updated_on: datetime.datetime | Unset
            if isinstance(_updated_on, Unset):
                updated_on = UNSET
            else:
                updated_on = parse_datetime(_updated_on)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            updated_on = unparsed_field(
                unparsed,
                "Label",
                "updated_on",
                d.get("updated_on"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:

            def _parse_labeled_by(data: object) -> None | Unset | UUID:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    labeled_by_type_0 = parse_uuid(data)

                    return labeled_by_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | Unset | UUID, data)

            labeled_by = _parse_labeled_by(d.get("labeled_by", UNSET))

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            labeled_by = unparsed_field(
                unparsed,
                "Label",
                "labeled_by",
                d.get("labeled_by"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            z_index = d.get("z_index", UNSET)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            z_index = unparsed_field(
                unparsed,
                "Label",
                "z_index",
                d.get("z_index"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            border_mask = d.get("border_mask", UNSET)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            border_mask = unparsed_field(
                unparsed,
                "Label",
                "border_mask",
                d.get("border_mask"),
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
                "Label",
                "external_id",
                d.get("external_id"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:

            def _parse_keypoints(data: object) -> list[LabelKeypoint] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    import gc  # noqa: PLC0415 - here, not at the top: endpoint modules build lists too

                    _keypoints_type_0_gc = gc.isenabled()
                    gc.disable()
                    try:
                        keypoints_type_0 = []
                        _keypoints_type_0 = data
                        for keypoints_type_0_item_data in _keypoints_type_0:
                            keypoints_type_0_item = LabelKeypoint.from_dict(keypoints_type_0_item_data)

                            keypoints_type_0.append(keypoints_type_0_item)

                    finally:
                        if _keypoints_type_0_gc:
                            gc.enable()

                    return keypoints_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[LabelKeypoint] | None | Unset, data)

            keypoints = _parse_keypoints(d.get("keypoints", UNSET))

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            keypoints = unparsed_field(
                unparsed,
                "Label",
                "keypoints",
                d.get("keypoints"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            error = d.get("error", UNSET)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            error = unparsed_field(
                unparsed,
                "Label",
                "error",
                d.get("error"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        label = cls(
            class_id,
            image_id,
            id,
            bbox,
            created_on,
            external_event_id,
            mask,
            polygon,
            tool_used,
            updated_on,
            labeled_by,
            z_index,
            border_mask,
            external_id,
            keypoints,
            error,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 3 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        label.additional_properties = extra
        label.unparsed = unparsed
        return label

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
