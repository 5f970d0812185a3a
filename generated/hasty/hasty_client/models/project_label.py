from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_UNPARSED, UNSET, Unset, parse_strictly, parse_uuid, parsing_strictly

if TYPE_CHECKING:
    from ..models.keypoint_class import KeypointClass
    from ..models.label_keypoint import LabelKeypoint

_lazy: dict[str, Any] = {}


T = TypeVar("T", bound="ProjectLabel")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "class_id",
        "image_id",
        "url",
        "class_name",
        "created_by",
        "dataset_id",
        "dataset_name",
        "image_name",
        "image_status",
        "status_id",
        "labeled_by",
        "bbox",
        "polygon",
        "mask",
        "keypoint_schema_id",
        "keypoint_schema_name",
        "keypoint_classes",
        "keypoint_labels",
        "thumb_bbox",
        "thumb_polygon",
        "thumb_mask",
        "thumb_keypoints",
    }
)

_JSON_NAMES: dict[str, str] = {
    "id": "id",
    "class_id": "class_id",
    "image_id": "image_id",
    "url": "url",
    "class_name": "class_name",
    "created_by": "created_by",
    "dataset_id": "dataset_id",
    "dataset_name": "dataset_name",
    "image_name": "image_name",
    "image_status": "image_status",
    "status_id": "status_id",
    "labeled_by": "labeled_by",
    "bbox": "bbox",
    "polygon": "polygon",
    "mask": "mask",
    "keypoint_schema_id": "keypoint_schema_id",
    "keypoint_schema_name": "keypoint_schema_name",
    "keypoint_classes": "keypoint_classes",
    "keypoint_labels": "keypoint_labels",
    "thumb_bbox": "thumb_bbox",
    "thumb_polygon": "thumb_polygon",
    "thumb_mask": "thumb_mask",
    "thumb_keypoints": "thumb_keypoints",
}


@_attrs_define
class ProjectLabel:
    """A label as the project-wide labels list shows it: with its image, dataset and thumbnail geometry.

    Attributes:
        id (UUID):
        class_id (UUID):
        image_id (UUID):
        url (str | Unset):
        class_name (str | Unset):
        created_by (None | Unset | UUID):
        dataset_id (UUID | Unset):
        dataset_name (str | Unset):
        image_name (str | Unset):
        image_status (str | Unset): Status of the image (a plain string here: the page's sample shows `string`).
        status_id (UUID | Unset):
        labeled_by (None | Unset | UUID):
        bbox (list[int] | None | Unset): Bounding box `[left, top, right, bottom]`. The page's sample of this list shows
            a one-item array, so no length is enforced here (labels elsewhere carry exactly 4).
        polygon (list[list[int]] | None | Unset): Polygon coordinates `[[x0, y0], [x1, y1], ..., [x0, y0]]` (non-empty
            list of pairs).
        mask (list[int] | None | Unset): RLE encoded mask `[pixel index, length, pixel index, length, ...]` (order
            right, then down): an even number of integers, at least 2 (JSON Schema cannot express evenness).
        keypoint_schema_id (None | Unset | UUID):
        keypoint_schema_name (None | str | Unset):
        keypoint_classes (list[KeypointClass] | None | Unset): With `add_keypoint_data`.
        keypoint_labels (list[LabelKeypoint] | None | Unset):
        thumb_bbox (list[int] | None | Unset): Bounding box in thumbnail coordinates.
        thumb_polygon (list[list[int]] | None | Unset): Polygon coordinates `[[x0, y0], [x1, y1], ..., [x0, y0]]` (non-
            empty list of pairs).
        thumb_mask (list[int] | None | Unset): RLE encoded mask `[pixel index, length, pixel index, length, ...]` (order
            right, then down): an even number of integers, at least 2 (JSON Schema cannot express evenness).
        thumb_keypoints (list[list[int]] | None | Unset):
    """

    id: UUID
    class_id: UUID
    image_id: UUID
    url: str | Unset = UNSET
    class_name: str | Unset = UNSET
    created_by: None | Unset | UUID = UNSET
    dataset_id: UUID | Unset = UNSET
    dataset_name: str | Unset = UNSET
    image_name: str | Unset = UNSET
    image_status: str | Unset = UNSET
    status_id: UUID | Unset = UNSET
    labeled_by: None | Unset | UUID = UNSET
    bbox: list[int] | None | Unset = UNSET
    polygon: list[list[int]] | None | Unset = UNSET
    mask: list[int] | None | Unset = UNSET
    keypoint_schema_id: None | Unset | UUID = UNSET
    keypoint_schema_name: None | str | Unset = UNSET
    keypoint_classes: list[KeypointClass] | None | Unset = UNSET
    keypoint_labels: list[LabelKeypoint] | None | Unset = UNSET
    thumb_bbox: list[int] | None | Unset = UNSET
    thumb_polygon: list[list[int]] | None | Unset = UNSET
    thumb_mask: list[int] | None | Unset = UNSET
    thumb_keypoints: list[list[int]] | None | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
        id = str(self.id)

        class_id = str(self.class_id)

        image_id = str(self.image_id)

        url = self.url

        class_name = self.class_name

        created_by: None | str | Unset
        if isinstance(self.created_by, Unset):
            created_by = UNSET
        elif isinstance(self.created_by, UUID):
            created_by = str(self.created_by)
        else:
            created_by = self.created_by

        dataset_id: str | Unset = UNSET
        if not isinstance(self.dataset_id, Unset):
            dataset_id = str(self.dataset_id)

        dataset_name = self.dataset_name

        image_name = self.image_name

        image_status = self.image_status

        status_id: str | Unset = UNSET
        if not isinstance(self.status_id, Unset):
            status_id = str(self.status_id)

        labeled_by: None | str | Unset
        if isinstance(self.labeled_by, Unset):
            labeled_by = UNSET
        elif isinstance(self.labeled_by, UUID):
            labeled_by = str(self.labeled_by)
        else:
            labeled_by = self.labeled_by

        bbox: list[int] | None | Unset
        if isinstance(self.bbox, Unset):
            bbox = UNSET
        elif isinstance(self.bbox, list):
            bbox = self.bbox

        else:
            bbox = self.bbox

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

        mask: list[int] | None | Unset
        if isinstance(self.mask, Unset):
            mask = UNSET
        elif isinstance(self.mask, list):
            mask = self.mask

        else:
            mask = self.mask

        keypoint_schema_id: None | str | Unset
        if isinstance(self.keypoint_schema_id, Unset):
            keypoint_schema_id = UNSET
        elif isinstance(self.keypoint_schema_id, UUID):
            keypoint_schema_id = str(self.keypoint_schema_id)
        else:
            keypoint_schema_id = self.keypoint_schema_id

        keypoint_schema_name: None | str | Unset
        if isinstance(self.keypoint_schema_name, Unset):
            keypoint_schema_name = UNSET
        else:
            keypoint_schema_name = self.keypoint_schema_name

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

        keypoint_labels: list[dict[str, Any]] | None | Unset
        if isinstance(self.keypoint_labels, Unset):
            keypoint_labels = UNSET
        elif isinstance(self.keypoint_labels, list):
            keypoint_labels = []
            for keypoint_labels_type_0_item_data in self.keypoint_labels:
                keypoint_labels_type_0_item = keypoint_labels_type_0_item_data.to_dict()
                keypoint_labels.append(keypoint_labels_type_0_item)

        else:
            keypoint_labels = self.keypoint_labels

        thumb_bbox: list[int] | None | Unset
        if isinstance(self.thumb_bbox, Unset):
            thumb_bbox = UNSET
        elif isinstance(self.thumb_bbox, list):
            thumb_bbox = self.thumb_bbox

        else:
            thumb_bbox = self.thumb_bbox

        thumb_polygon: list[list[int]] | None | Unset
        if isinstance(self.thumb_polygon, Unset):
            thumb_polygon = UNSET
        elif isinstance(self.thumb_polygon, list):
            thumb_polygon = []
            for thumb_polygon_type_0_item_data in self.thumb_polygon:
                thumb_polygon_type_0_item = thumb_polygon_type_0_item_data

                thumb_polygon.append(thumb_polygon_type_0_item)

        else:
            thumb_polygon = self.thumb_polygon

        thumb_mask: list[int] | None | Unset
        if isinstance(self.thumb_mask, Unset):
            thumb_mask = UNSET
        elif isinstance(self.thumb_mask, list):
            thumb_mask = self.thumb_mask

        else:
            thumb_mask = self.thumb_mask

        thumb_keypoints: list[list[int]] | None | Unset
        if isinstance(self.thumb_keypoints, Unset):
            thumb_keypoints = UNSET
        elif isinstance(self.thumb_keypoints, list):
            thumb_keypoints = []
            for thumb_keypoints_type_0_item_data in self.thumb_keypoints:
                thumb_keypoints_type_0_item = thumb_keypoints_type_0_item_data

                thumb_keypoints.append(thumb_keypoints_type_0_item)

        else:
            thumb_keypoints = self.thumb_keypoints

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "class_id": class_id,
                "image_id": image_id,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url
        if class_name is not UNSET:
            field_dict["class_name"] = class_name
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if dataset_name is not UNSET:
            field_dict["dataset_name"] = dataset_name
        if image_name is not UNSET:
            field_dict["image_name"] = image_name
        if image_status is not UNSET:
            field_dict["image_status"] = image_status
        if status_id is not UNSET:
            field_dict["status_id"] = status_id
        if labeled_by is not UNSET:
            field_dict["labeled_by"] = labeled_by
        if bbox is not UNSET:
            field_dict["bbox"] = bbox
        if polygon is not UNSET:
            field_dict["polygon"] = polygon
        if mask is not UNSET:
            field_dict["mask"] = mask
        if keypoint_schema_id is not UNSET:
            field_dict["keypoint_schema_id"] = keypoint_schema_id
        if keypoint_schema_name is not UNSET:
            field_dict["keypoint_schema_name"] = keypoint_schema_name
        if keypoint_classes is not UNSET:
            field_dict["keypoint_classes"] = keypoint_classes
        if keypoint_labels is not UNSET:
            field_dict["keypoint_labels"] = keypoint_labels
        if thumb_bbox is not UNSET:
            field_dict["thumb_bbox"] = thumb_bbox
        if thumb_polygon is not UNSET:
            field_dict["thumb_polygon"] = thumb_polygon
        if thumb_mask is not UNSET:
            field_dict["thumb_mask"] = thumb_mask
        if thumb_keypoints is not UNSET:
            field_dict["thumb_keypoints"] = thumb_keypoints

        return field_dict

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
        if "id" not in self.unparsed:
            id = str(self.id)
        else:  # read leniently: written back as the server sent it
            id = self.unparsed["id"].raw

        if "class_id" not in self.unparsed:
            class_id = str(self.class_id)
        else:  # read leniently: written back as the server sent it
            class_id = self.unparsed["class_id"].raw

        if "image_id" not in self.unparsed:
            image_id = str(self.image_id)
        else:  # read leniently: written back as the server sent it
            image_id = self.unparsed["image_id"].raw

        if "url" not in self.unparsed:
            url = self.url
        else:  # read leniently: written back as the server sent it
            url = self.unparsed["url"].raw

        if "class_name" not in self.unparsed:
            class_name = self.class_name
        else:  # read leniently: written back as the server sent it
            class_name = self.unparsed["class_name"].raw

        if "created_by" not in self.unparsed:
            created_by: None | str | Unset
            if isinstance(self.created_by, Unset):
                created_by = UNSET
            elif isinstance(self.created_by, UUID):
                created_by = str(self.created_by)
            else:
                created_by = self.created_by
        else:  # read leniently: written back as the server sent it
            created_by = self.unparsed["created_by"].raw

        if "dataset_id" not in self.unparsed:
            dataset_id: str | Unset = UNSET
            if not isinstance(self.dataset_id, Unset):
                dataset_id = str(self.dataset_id)
        else:  # read leniently: written back as the server sent it
            dataset_id = self.unparsed["dataset_id"].raw

        if "dataset_name" not in self.unparsed:
            dataset_name = self.dataset_name
        else:  # read leniently: written back as the server sent it
            dataset_name = self.unparsed["dataset_name"].raw

        if "image_name" not in self.unparsed:
            image_name = self.image_name
        else:  # read leniently: written back as the server sent it
            image_name = self.unparsed["image_name"].raw

        if "image_status" not in self.unparsed:
            image_status = self.image_status
        else:  # read leniently: written back as the server sent it
            image_status = self.unparsed["image_status"].raw

        if "status_id" not in self.unparsed:
            status_id: str | Unset = UNSET
            if not isinstance(self.status_id, Unset):
                status_id = str(self.status_id)
        else:  # read leniently: written back as the server sent it
            status_id = self.unparsed["status_id"].raw

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

        if "keypoint_schema_id" not in self.unparsed:
            keypoint_schema_id: None | str | Unset
            if isinstance(self.keypoint_schema_id, Unset):
                keypoint_schema_id = UNSET
            elif isinstance(self.keypoint_schema_id, UUID):
                keypoint_schema_id = str(self.keypoint_schema_id)
            else:
                keypoint_schema_id = self.keypoint_schema_id
        else:  # read leniently: written back as the server sent it
            keypoint_schema_id = self.unparsed["keypoint_schema_id"].raw

        if "keypoint_schema_name" not in self.unparsed:
            keypoint_schema_name: None | str | Unset
            if isinstance(self.keypoint_schema_name, Unset):
                keypoint_schema_name = UNSET
            else:
                keypoint_schema_name = self.keypoint_schema_name
        else:  # read leniently: written back as the server sent it
            keypoint_schema_name = self.unparsed["keypoint_schema_name"].raw

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

        if "keypoint_labels" not in self.unparsed:
            keypoint_labels: list[dict[str, Any]] | None | Unset
            if isinstance(self.keypoint_labels, Unset):
                keypoint_labels = UNSET
            elif isinstance(self.keypoint_labels, list):
                keypoint_labels = []
                for keypoint_labels_type_0_item_data in self.keypoint_labels:
                    keypoint_labels_type_0_item = keypoint_labels_type_0_item_data.to_dict()
                    keypoint_labels.append(keypoint_labels_type_0_item)

            else:
                keypoint_labels = self.keypoint_labels
        else:  # read leniently: written back as the server sent it
            keypoint_labels = self.unparsed["keypoint_labels"].raw

        if "thumb_bbox" not in self.unparsed:
            thumb_bbox: list[int] | None | Unset
            if isinstance(self.thumb_bbox, Unset):
                thumb_bbox = UNSET
            elif isinstance(self.thumb_bbox, list):
                thumb_bbox = self.thumb_bbox

            else:
                thumb_bbox = self.thumb_bbox
        else:  # read leniently: written back as the server sent it
            thumb_bbox = self.unparsed["thumb_bbox"].raw

        if "thumb_polygon" not in self.unparsed:
            thumb_polygon: list[list[int]] | None | Unset
            if isinstance(self.thumb_polygon, Unset):
                thumb_polygon = UNSET
            elif isinstance(self.thumb_polygon, list):
                thumb_polygon = []
                for thumb_polygon_type_0_item_data in self.thumb_polygon:
                    thumb_polygon_type_0_item = thumb_polygon_type_0_item_data

                    thumb_polygon.append(thumb_polygon_type_0_item)

            else:
                thumb_polygon = self.thumb_polygon
        else:  # read leniently: written back as the server sent it
            thumb_polygon = self.unparsed["thumb_polygon"].raw

        if "thumb_mask" not in self.unparsed:
            thumb_mask: list[int] | None | Unset
            if isinstance(self.thumb_mask, Unset):
                thumb_mask = UNSET
            elif isinstance(self.thumb_mask, list):
                thumb_mask = self.thumb_mask

            else:
                thumb_mask = self.thumb_mask
        else:  # read leniently: written back as the server sent it
            thumb_mask = self.unparsed["thumb_mask"].raw

        if "thumb_keypoints" not in self.unparsed:
            thumb_keypoints: list[list[int]] | None | Unset
            if isinstance(self.thumb_keypoints, Unset):
                thumb_keypoints = UNSET
            elif isinstance(self.thumb_keypoints, list):
                thumb_keypoints = []
                for thumb_keypoints_type_0_item_data in self.thumb_keypoints:
                    thumb_keypoints_type_0_item = thumb_keypoints_type_0_item_data

                    thumb_keypoints.append(thumb_keypoints_type_0_item)

            else:
                thumb_keypoints = self.thumb_keypoints
        else:  # read leniently: written back as the server sent it
            thumb_keypoints = self.unparsed["thumb_keypoints"].raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "class_id": class_id,
                "image_id": image_id,
            }
        )
        if url is not UNSET:
            field_dict["url"] = url
        if class_name is not UNSET:
            field_dict["class_name"] = class_name
        if created_by is not UNSET:
            field_dict["created_by"] = created_by
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id
        if dataset_name is not UNSET:
            field_dict["dataset_name"] = dataset_name
        if image_name is not UNSET:
            field_dict["image_name"] = image_name
        if image_status is not UNSET:
            field_dict["image_status"] = image_status
        if status_id is not UNSET:
            field_dict["status_id"] = status_id
        if labeled_by is not UNSET:
            field_dict["labeled_by"] = labeled_by
        if bbox is not UNSET:
            field_dict["bbox"] = bbox
        if polygon is not UNSET:
            field_dict["polygon"] = polygon
        if mask is not UNSET:
            field_dict["mask"] = mask
        if keypoint_schema_id is not UNSET:
            field_dict["keypoint_schema_id"] = keypoint_schema_id
        if keypoint_schema_name is not UNSET:
            field_dict["keypoint_schema_name"] = keypoint_schema_name
        if keypoint_classes is not UNSET:
            field_dict["keypoint_classes"] = keypoint_classes
        if keypoint_labels is not UNSET:
            field_dict["keypoint_labels"] = keypoint_labels
        if thumb_bbox is not UNSET:
            field_dict["thumb_bbox"] = thumb_bbox
        if thumb_polygon is not UNSET:
            field_dict["thumb_polygon"] = thumb_polygon
        if thumb_mask is not UNSET:
            field_dict["thumb_mask"] = thumb_mask
        if thumb_keypoints is not UNSET:
            field_dict["thumb_keypoints"] = thumb_keypoints

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
                LabelKeypoint = _lazy["LabelKeypoint"]
            except KeyError:
                from ..models.label_keypoint import LabelKeypoint  # noqa: PLC0415

                _lazy["LabelKeypoint"] = LabelKeypoint

        try:
            d = src_dict
            id = parse_uuid(d["id"])

            class_id = parse_uuid(d["class_id"])

            image_id = parse_uuid(d["image_id"])

            url = d.get("url", UNSET)

            class_name = d.get("class_name", UNSET)

            def _parse_created_by(data: object) -> None | Unset | UUID:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    created_by_type_0 = parse_uuid(data)

                    return created_by_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | Unset | UUID, data)

            created_by = _parse_created_by(d.get("created_by", UNSET))

            _dataset_id = d.get("dataset_id", UNSET)
            dataset_id: UUID | Unset
            if isinstance(_dataset_id, Unset):
                dataset_id = UNSET
            else:
                dataset_id = parse_uuid(_dataset_id)

            dataset_name = d.get("dataset_name", UNSET)

            image_name = d.get("image_name", UNSET)

            image_status = d.get("image_status", UNSET)

            _status_id = d.get("status_id", UNSET)
            status_id: UUID | Unset
            if isinstance(_status_id, Unset):
                status_id = UNSET
            else:
                status_id = parse_uuid(_status_id)

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

            def _parse_keypoint_schema_id(data: object) -> None | Unset | UUID:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    keypoint_schema_id_type_0 = parse_uuid(data)

                    return keypoint_schema_id_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | Unset | UUID, data)

            keypoint_schema_id = _parse_keypoint_schema_id(d.get("keypoint_schema_id", UNSET))

            keypoint_schema_name = d.get("keypoint_schema_name", UNSET)

            def _parse_keypoint_classes(data: object) -> list[KeypointClass] | None | Unset:
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
                            keypoint_classes_type_0_item = KeypointClass.from_dict(keypoint_classes_type_0_item_data)

                            keypoint_classes_type_0.append(keypoint_classes_type_0_item)

                    finally:
                        if _keypoint_classes_type_0_gc:
                            gc.enable()

                    return keypoint_classes_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[KeypointClass] | None | Unset, data)

            keypoint_classes = _parse_keypoint_classes(d.get("keypoint_classes", UNSET))

            def _parse_keypoint_labels(data: object) -> list[LabelKeypoint] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    import gc  # noqa: PLC0415 - here, not at the top: endpoint modules build lists too

                    _keypoint_labels_type_0_gc = gc.isenabled()
                    gc.disable()
                    try:
                        keypoint_labels_type_0 = []
                        _keypoint_labels_type_0 = data
                        for keypoint_labels_type_0_item_data in _keypoint_labels_type_0:
                            keypoint_labels_type_0_item = LabelKeypoint.from_dict(keypoint_labels_type_0_item_data)

                            keypoint_labels_type_0.append(keypoint_labels_type_0_item)

                    finally:
                        if _keypoint_labels_type_0_gc:
                            gc.enable()

                    return keypoint_labels_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[LabelKeypoint] | None | Unset, data)

            keypoint_labels = _parse_keypoint_labels(d.get("keypoint_labels", UNSET))

            def _parse_thumb_bbox(data: object) -> list[int] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    thumb_bbox_type_0 = cast(list[int], data)

                    return thumb_bbox_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[int] | None | Unset, data)

            thumb_bbox = _parse_thumb_bbox(d.get("thumb_bbox", UNSET))

            def _parse_thumb_polygon(data: object) -> list[list[int]] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    thumb_polygon_type_0 = []
                    _thumb_polygon_type_0 = data
                    for thumb_polygon_type_0_item_data in _thumb_polygon_type_0:
                        thumb_polygon_type_0_item = cast(list[int], thumb_polygon_type_0_item_data)

                        thumb_polygon_type_0.append(thumb_polygon_type_0_item)

                    return thumb_polygon_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[list[int]] | None | Unset, data)

            thumb_polygon = _parse_thumb_polygon(d.get("thumb_polygon", UNSET))

            def _parse_thumb_mask(data: object) -> list[int] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    thumb_mask_type_0 = cast(list[int], data)

                    return thumb_mask_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[int] | None | Unset, data)

            thumb_mask = _parse_thumb_mask(d.get("thumb_mask", UNSET))

            def _parse_thumb_keypoints(data: object) -> list[list[int]] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    thumb_keypoints_type_0 = []
                    _thumb_keypoints_type_0 = data
                    for thumb_keypoints_type_0_item_data in _thumb_keypoints_type_0:
                        thumb_keypoints_type_0_item = cast(list[int], thumb_keypoints_type_0_item_data)

                        thumb_keypoints_type_0.append(thumb_keypoints_type_0_item)

                    return thumb_keypoints_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[list[int]] | None | Unset, data)

            thumb_keypoints = _parse_thumb_keypoints(d.get("thumb_keypoints", UNSET))

            project_label = cls(
                id,
                class_id,
                image_id,
                url,
                class_name,
                created_by,
                dataset_id,
                dataset_name,
                image_name,
                image_status,
                status_id,
                labeled_by,
                bbox,
                polygon,
                mask,
                keypoint_schema_id,
                keypoint_schema_name,
                keypoint_classes,
                keypoint_labels,
                thumb_bbox,
                thumb_polygon,
                thumb_mask,
                thumb_keypoints,
            )

            extra = (
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 3 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            project_label.additional_properties = extra
            return project_label

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
        from ..models.keypoint_class import KeypointClass  # noqa: PLC0415
        from ..models.label_keypoint import LabelKeypoint  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise not_an_object("ProjectLabel", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            id = parse_uuid(d["id"])

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            id = unparsed_field(
                unparsed,
                "ProjectLabel",
                "id",
                d.get("id"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            class_id = parse_uuid(d["class_id"])

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            class_id = unparsed_field(
                unparsed,
                "ProjectLabel",
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
                "ProjectLabel",
                "image_id",
                d.get("image_id"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            url = d.get("url", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            url = unparsed_field(
                unparsed,
                "ProjectLabel",
                "url",
                d.get("url"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            class_name = d.get("class_name", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            class_name = unparsed_field(
                unparsed,
                "ProjectLabel",
                "class_name",
                d.get("class_name"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:

            def _parse_created_by(data: object) -> None | Unset | UUID:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    created_by_type_0 = parse_uuid(data)

                    return created_by_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | Unset | UUID, data)

            created_by = _parse_created_by(d.get("created_by", UNSET))

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            created_by = unparsed_field(
                unparsed,
                "ProjectLabel",
                "created_by",
                d.get("created_by"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            _dataset_id = d.get("dataset_id", UNSET)
            dataset_id: UUID | Unset
            if isinstance(_dataset_id, Unset):
                dataset_id = UNSET
            else:
                dataset_id = parse_uuid(_dataset_id)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            dataset_id = unparsed_field(
                unparsed,
                "ProjectLabel",
                "dataset_id",
                d.get("dataset_id"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            dataset_name = d.get("dataset_name", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            dataset_name = unparsed_field(
                unparsed,
                "ProjectLabel",
                "dataset_name",
                d.get("dataset_name"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            image_name = d.get("image_name", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            image_name = unparsed_field(
                unparsed,
                "ProjectLabel",
                "image_name",
                d.get("image_name"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            image_status = d.get("image_status", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            image_status = unparsed_field(
                unparsed,
                "ProjectLabel",
                "image_status",
                d.get("image_status"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            _status_id = d.get("status_id", UNSET)
            status_id: UUID | Unset
            if isinstance(_status_id, Unset):
                status_id = UNSET
            else:
                status_id = parse_uuid(_status_id)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            status_id = unparsed_field(
                unparsed,
                "ProjectLabel",
                "status_id",
                d.get("status_id"),
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
                "ProjectLabel",
                "labeled_by",
                d.get("labeled_by"),
                exc_,
                required=False,
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
                "ProjectLabel",
                "bbox",
                d.get("bbox"),
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
                "ProjectLabel",
                "polygon",
                d.get("polygon"),
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
                "ProjectLabel",
                "mask",
                d.get("mask"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:

            def _parse_keypoint_schema_id(data: object) -> None | Unset | UUID:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    keypoint_schema_id_type_0 = parse_uuid(data)

                    return keypoint_schema_id_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | Unset | UUID, data)

            keypoint_schema_id = _parse_keypoint_schema_id(d.get("keypoint_schema_id", UNSET))

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            keypoint_schema_id = unparsed_field(
                unparsed,
                "ProjectLabel",
                "keypoint_schema_id",
                d.get("keypoint_schema_id"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            keypoint_schema_name = d.get("keypoint_schema_name", UNSET)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            keypoint_schema_name = unparsed_field(
                unparsed,
                "ProjectLabel",
                "keypoint_schema_name",
                d.get("keypoint_schema_name"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:

            def _parse_keypoint_classes(data: object) -> list[KeypointClass] | None | Unset:
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
                            keypoint_classes_type_0_item = KeypointClass.from_dict(keypoint_classes_type_0_item_data)

                            keypoint_classes_type_0.append(keypoint_classes_type_0_item)

                    finally:
                        if _keypoint_classes_type_0_gc:
                            gc.enable()

                    return keypoint_classes_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[KeypointClass] | None | Unset, data)

            keypoint_classes = _parse_keypoint_classes(d.get("keypoint_classes", UNSET))

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            keypoint_classes = unparsed_field(
                unparsed,
                "ProjectLabel",
                "keypoint_classes",
                d.get("keypoint_classes"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:

            def _parse_keypoint_labels(data: object) -> list[LabelKeypoint] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    import gc  # noqa: PLC0415 - here, not at the top: endpoint modules build lists too

                    _keypoint_labels_type_0_gc = gc.isenabled()
                    gc.disable()
                    try:
                        keypoint_labels_type_0 = []
                        _keypoint_labels_type_0 = data
                        for keypoint_labels_type_0_item_data in _keypoint_labels_type_0:
                            keypoint_labels_type_0_item = LabelKeypoint.from_dict(keypoint_labels_type_0_item_data)

                            keypoint_labels_type_0.append(keypoint_labels_type_0_item)

                    finally:
                        if _keypoint_labels_type_0_gc:
                            gc.enable()

                    return keypoint_labels_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[LabelKeypoint] | None | Unset, data)

            keypoint_labels = _parse_keypoint_labels(d.get("keypoint_labels", UNSET))

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            keypoint_labels = unparsed_field(
                unparsed,
                "ProjectLabel",
                "keypoint_labels",
                d.get("keypoint_labels"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:

            def _parse_thumb_bbox(data: object) -> list[int] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    thumb_bbox_type_0 = cast(list[int], data)

                    return thumb_bbox_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[int] | None | Unset, data)

            thumb_bbox = _parse_thumb_bbox(d.get("thumb_bbox", UNSET))

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            thumb_bbox = unparsed_field(
                unparsed,
                "ProjectLabel",
                "thumb_bbox",
                d.get("thumb_bbox"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:

            def _parse_thumb_polygon(data: object) -> list[list[int]] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    thumb_polygon_type_0 = []
                    _thumb_polygon_type_0 = data
                    for thumb_polygon_type_0_item_data in _thumb_polygon_type_0:
                        thumb_polygon_type_0_item = cast(list[int], thumb_polygon_type_0_item_data)

                        thumb_polygon_type_0.append(thumb_polygon_type_0_item)

                    return thumb_polygon_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[list[int]] | None | Unset, data)

            thumb_polygon = _parse_thumb_polygon(d.get("thumb_polygon", UNSET))

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            thumb_polygon = unparsed_field(
                unparsed,
                "ProjectLabel",
                "thumb_polygon",
                d.get("thumb_polygon"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:

            def _parse_thumb_mask(data: object) -> list[int] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    thumb_mask_type_0 = cast(list[int], data)

                    return thumb_mask_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[int] | None | Unset, data)

            thumb_mask = _parse_thumb_mask(d.get("thumb_mask", UNSET))

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            thumb_mask = unparsed_field(
                unparsed,
                "ProjectLabel",
                "thumb_mask",
                d.get("thumb_mask"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:

            def _parse_thumb_keypoints(data: object) -> list[list[int]] | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, list):
                        raise TypeError()
                    thumb_keypoints_type_0 = []
                    _thumb_keypoints_type_0 = data
                    for thumb_keypoints_type_0_item_data in _thumb_keypoints_type_0:
                        thumb_keypoints_type_0_item = cast(list[int], thumb_keypoints_type_0_item_data)

                        thumb_keypoints_type_0.append(thumb_keypoints_type_0_item)

                    return thumb_keypoints_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(list[list[int]] | None | Unset, data)

            thumb_keypoints = _parse_thumb_keypoints(d.get("thumb_keypoints", UNSET))

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            thumb_keypoints = unparsed_field(
                unparsed,
                "ProjectLabel",
                "thumb_keypoints",
                d.get("thumb_keypoints"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        project_label = cls(
            id,
            class_id,
            image_id,
            url,
            class_name,
            created_by,
            dataset_id,
            dataset_name,
            image_name,
            image_status,
            status_id,
            labeled_by,
            bbox,
            polygon,
            mask,
            keypoint_schema_id,
            keypoint_schema_name,
            keypoint_classes,
            keypoint_labels,
            thumb_bbox,
            thumb_polygon,
            thumb_mask,
            thumb_keypoints,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 3 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        project_label.additional_properties = extra
        project_label.unparsed = unparsed
        return project_label

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
