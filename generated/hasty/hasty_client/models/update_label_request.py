from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.tool_used import ToolUsed
from ..types import NO_UNPARSED, UNSET, Unset, enum_member, parse_strictly, parse_uuid, parsing_strictly

if TYPE_CHECKING:
    from ..models.label_keypoint_input import LabelKeypointInput

_lazy: dict[str, Any] = {}


T = TypeVar("T", bound="UpdateLabelRequest")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "bbox",
        "class_id",
        "external_event_id",
        "mask",
        "polygon",
        "tool_used",
        "z_index",
        "border_mask",
        "external_id",
        "id",
        "label_id",
        "keypoints",
    }
)

_JSON_NAMES: dict[str, str] = {
    "bbox": "bbox",
    "class_id": "class_id",
    "external_event_id": "external_event_id",
    "mask": "mask",
    "polygon": "polygon",
    "tool_used": "tool_used",
    "z_index": "z_index",
    "border_mask": "border_mask",
    "external_id": "external_id",
    "id": "id",
    "label_id": "label_id",
    "keypoints": "keypoints",
}


@_attrs_define
class UpdateLabelRequest:
    """New state of a label of the image, which is named by `id` (the page's sample) or by `label_id` (what the vendor's
    own client, hasty 0.3.12 `Label._batch_update`, sends). Both sources are the vendor's; a server that served that
    client accepts `label_id`, and the page documents `id`: either is accepted, this client sends `id`. One of the two
    is needed (`x-required-any`; the simulator checks it too).

        Attributes:
            bbox (list[int] | None | Unset): Bounding box `[left, top, right, bottom]` in pixels (exactly 4 integers).
            class_id (UUID | Unset): Label class.
            external_event_id (None | str | Unset): Event ID from frontend, if any.
            mask (list[int] | None | Unset): RLE encoded mask `[pixel index, length, pixel index, length, ...]` (order
                right, then down): an even number of integers, at least 2 (evenness: `x-multiple-of-items`).
            polygon (list[list[int]] | None | Unset): Polygon coordinates `[[x0, y0], [x1, y1], ..., [x0, y0]]` (non-empty
                list of pairs).
            tool_used (None | ToolUsed | Unset): Tool that used to create label.
            z_index (int | None | Unset): Label hierarchy level (a label with a greater value is in front).
            border_mask (None | str | Unset): Calculated border mask by border and mask fields.
            external_id (None | str | Unset): External ID.
            id (UUID | Unset): ID of the label to update. Shown only in the page's sample (no parameter row).
            label_id (UUID | Unset): ID of the label to update, under the name the vendor's own client (hasty 0.3.12) sends.
            keypoints (list[LabelKeypointInput] | None | Unset): List of keypoints.
    """

    bbox: list[int] | None | Unset = UNSET
    class_id: UUID | Unset = UNSET
    external_event_id: None | str | Unset = UNSET
    mask: list[int] | None | Unset = UNSET
    polygon: list[list[int]] | None | Unset = UNSET
    tool_used: None | ToolUsed | Unset = UNSET
    z_index: int | None | Unset = UNSET
    border_mask: None | str | Unset = UNSET
    external_id: None | str | Unset = UNSET
    id: UUID | Unset = UNSET
    label_id: UUID | Unset = UNSET
    keypoints: list[LabelKeypointInput] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
        bbox: list[int] | None | Unset
        if isinstance(self.bbox, Unset):
            bbox = UNSET
        elif isinstance(self.bbox, list):
            bbox = self.bbox

        else:
            bbox = self.bbox

        class_id: str | Unset = UNSET
        if not isinstance(self.class_id, Unset):
            class_id = str(self.class_id)

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

        id: str | Unset = UNSET
        if not isinstance(self.id, Unset):
            id = str(self.id)

        label_id: str | Unset = UNSET
        if not isinstance(self.label_id, Unset):
            label_id = str(self.label_id)

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bbox is not UNSET:
            field_dict["bbox"] = bbox
        if class_id is not UNSET:
            field_dict["class_id"] = class_id
        if external_event_id is not UNSET:
            field_dict["external_event_id"] = external_event_id
        if mask is not UNSET:
            field_dict["mask"] = mask
        if polygon is not UNSET:
            field_dict["polygon"] = polygon
        if tool_used is not UNSET:
            field_dict["tool_used"] = tool_used
        if z_index is not UNSET:
            field_dict["z_index"] = z_index
        if border_mask is not UNSET:
            field_dict["border_mask"] = border_mask
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if id is not UNSET:
            field_dict["id"] = id
        if label_id is not UNSET:
            field_dict["label_id"] = label_id
        if keypoints is not UNSET:
            field_dict["keypoints"] = keypoints

        return field_dict

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
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

        if "class_id" not in self.unparsed:
            class_id: str | Unset = UNSET
            if not isinstance(self.class_id, Unset):
                class_id = str(self.class_id)
        else:  # read leniently: written back as the server sent it
            class_id = self.unparsed["class_id"].raw

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

        if "id" not in self.unparsed:
            id: str | Unset = UNSET
            if not isinstance(self.id, Unset):
                id = str(self.id)
        else:  # read leniently: written back as the server sent it
            id = self.unparsed["id"].raw

        if "label_id" not in self.unparsed:
            label_id: str | Unset = UNSET
            if not isinstance(self.label_id, Unset):
                label_id = str(self.label_id)
        else:  # read leniently: written back as the server sent it
            label_id = self.unparsed["label_id"].raw

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

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if bbox is not UNSET:
            field_dict["bbox"] = bbox
        if class_id is not UNSET:
            field_dict["class_id"] = class_id
        if external_event_id is not UNSET:
            field_dict["external_event_id"] = external_event_id
        if mask is not UNSET:
            field_dict["mask"] = mask
        if polygon is not UNSET:
            field_dict["polygon"] = polygon
        if tool_used is not UNSET:
            field_dict["tool_used"] = tool_used
        if z_index is not UNSET:
            field_dict["z_index"] = z_index
        if border_mask is not UNSET:
            field_dict["border_mask"] = border_mask
        if external_id is not UNSET:
            field_dict["external_id"] = external_id
        if id is not UNSET:
            field_dict["id"] = id
        if label_id is not UNSET:
            field_dict["label_id"] = label_id
        if keypoints is not UNSET:
            field_dict["keypoints"] = keypoints

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:
            try:
                LabelKeypointInput = _lazy["LabelKeypointInput"]
            except KeyError:
                from ..models.label_keypoint_input import LabelKeypointInput  # noqa: PLC0415

                _lazy["LabelKeypointInput"] = LabelKeypointInput

        try:
            d = src_dict

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

            _class_id = d.get("class_id", UNSET)
            class_id: UUID | Unset
            if isinstance(_class_id, Unset):
                class_id = UNSET
            else:
                class_id = parse_uuid(_class_id)

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

            z_index = d.get("z_index", UNSET)

            border_mask = d.get("border_mask", UNSET)

            external_id = d.get("external_id", UNSET)

            _id = d.get("id", UNSET)
            id: UUID | Unset
            if isinstance(_id, Unset):
                id = UNSET
            else:
                id = parse_uuid(_id)

            _label_id = d.get("label_id", UNSET)
            label_id: UUID | Unset
            if isinstance(_label_id, Unset):
                label_id = UNSET
            else:
                label_id = parse_uuid(_label_id)

            def _parse_keypoints(data: object) -> list[LabelKeypointInput] | None | Unset:
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
                            keypoints_type_0_item = LabelKeypointInput.from_dict(keypoints_type_0_item_data)

                            keypoints_type_0.append(keypoints_type_0_item)

                    finally:
                        if _keypoints_type_0_gc:
                            gc.enable()

                    return keypoints_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[LabelKeypointInput] | None | Unset, data)

            keypoints = _parse_keypoints(d.get("keypoints", UNSET))

            update_label_request = cls(
                bbox,
                class_id,
                external_event_id,
                mask,
                polygon,
                tool_used,
                z_index,
                border_mask,
                external_id,
                id,
                label_id,
                keypoints,
            )

            extra = (
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 0 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            update_label_request.additional_properties = extra
            return update_label_request

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
        from ..models.label_keypoint_input import LabelKeypointInput  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise not_an_object("UpdateLabelRequest", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
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
                "UpdateLabelRequest",
                "bbox",
                d.get("bbox"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            _class_id = d.get("class_id", UNSET)
            class_id: UUID | Unset
            if isinstance(_class_id, Unset):
                class_id = UNSET
            else:
                class_id = parse_uuid(_class_id)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            class_id = unparsed_field(
                unparsed,
                "UpdateLabelRequest",
                "class_id",
                d.get("class_id"),
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
                "UpdateLabelRequest",
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
                "UpdateLabelRequest",
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
                "UpdateLabelRequest",
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
                "UpdateLabelRequest",
                "tool_used",
                d.get("tool_used"),
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
                "UpdateLabelRequest",
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
                "UpdateLabelRequest",
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
                "UpdateLabelRequest",
                "external_id",
                d.get("external_id"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            _id = d.get("id", UNSET)
            id: UUID | Unset
            if isinstance(_id, Unset):
                id = UNSET
            else:
                id = parse_uuid(_id)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            id = unparsed_field(
                unparsed,
                "UpdateLabelRequest",
                "id",
                d.get("id"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            _label_id = d.get("label_id", UNSET)
            label_id: UUID | Unset
            if isinstance(_label_id, Unset):
                label_id = UNSET
            else:
                label_id = parse_uuid(_label_id)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            label_id = unparsed_field(
                unparsed,
                "UpdateLabelRequest",
                "label_id",
                d.get("label_id"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:

            def _parse_keypoints(data: object) -> list[LabelKeypointInput] | None | Unset:
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
                            keypoints_type_0_item = LabelKeypointInput.from_dict(keypoints_type_0_item_data)

                            keypoints_type_0.append(keypoints_type_0_item)

                    finally:
                        if _keypoints_type_0_gc:
                            gc.enable()

                    return keypoints_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[LabelKeypointInput] | None | Unset, data)

            keypoints = _parse_keypoints(d.get("keypoints", UNSET))

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            keypoints = unparsed_field(
                unparsed,
                "UpdateLabelRequest",
                "keypoints",
                d.get("keypoints"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        update_label_request = cls(
            bbox,
            class_id,
            external_event_id,
            mask,
            polygon,
            tool_used,
            z_index,
            border_mask,
            external_id,
            id,
            label_id,
            keypoints,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 0 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        update_label_request.additional_properties = extra
        update_label_request.unparsed = unparsed
        return update_label_request

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
