from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_UNPARSED, UNSET, Unset, parse_strictly, parsing_strictly

T = TypeVar("T", bound="CreateExportRequest")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "dataset_name",
        "name",
        "include_images",
        "class_filter",
        "status_filter",
        "format",
        "organize_by_split",
    }
)

_JSON_NAMES: dict[str, str] = {
    "dataset_name": "dataset_name",
    "name": "name",
    "include_images": "include_images",
    "class_filter": "class_filter",
    "status_filter": "status_filter",
    "format_": "format",
    "organize_by_split": "organize_by_split",
}


@_attrs_define
class CreateExportRequest:
    """
    Attributes:
        dataset_name (str): Dataset slug.
        name (str): Export name, unique within the dataset. Any characters are allowed (it is percent-encoded in paths);
            it must not be empty (inferred: an empty name could not be addressed in a path).
        include_images (bool | Unset): Include image files in the ZIP. Default: False.
        class_filter (list[str] | Unset): Only include these classes. Inferred: images are not dropped for lacking these
            classes, only annotations of other classes are; a class the dataset does not have fails the export.
        status_filter (str | Unset): Only include images with this status, for example `complete`. The page lists no
            values; the simulator's datasets use `new`, `in_review` and `complete`. Inferred: a status no image of the
            dataset has fails the export.
        format_ (str | Unset): Archive format. Not on the page; current SDKs always send it (default `pictograph`; also
            darwin, coco, yolo, yolo_obb, yolo_pose, dota, pascal_voc, cvat, datumaro, labelme, csv). Left out, the server's
            default applies.
        organize_by_split (bool | Unset): Put images under train/, valid/ and test/ by their split. Not on the page.
    """

    dataset_name: str
    name: str
    include_images: bool | Unset = False
    class_filter: list[str] | Unset = UNSET
    status_filter: str | Unset = UNSET
    format_: str | Unset = UNSET
    organize_by_split: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
        dataset_name = self.dataset_name

        name = self.name

        include_images = self.include_images

        class_filter: list[str] | Unset = UNSET
        if not isinstance(self.class_filter, Unset):
            class_filter = self.class_filter

        status_filter = self.status_filter

        format_ = self.format_

        organize_by_split = self.organize_by_split

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataset_name": dataset_name,
                "name": name,
            }
        )
        if include_images is not UNSET:
            field_dict["include_images"] = include_images
        if class_filter is not UNSET:
            field_dict["class_filter"] = class_filter
        if status_filter is not UNSET:
            field_dict["status_filter"] = status_filter
        if format_ is not UNSET:
            field_dict["format"] = format_
        if organize_by_split is not UNSET:
            field_dict["organize_by_split"] = organize_by_split

        return field_dict

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
        if "dataset_name" not in self.unparsed:
            dataset_name = self.dataset_name
        else:  # read leniently: written back as the server sent it
            dataset_name = self.unparsed["dataset_name"].raw

        if "name" not in self.unparsed:
            name = self.name
        else:  # read leniently: written back as the server sent it
            name = self.unparsed["name"].raw

        if "include_images" not in self.unparsed:
            include_images = self.include_images
        else:  # read leniently: written back as the server sent it
            include_images = self.unparsed["include_images"].raw

        if "class_filter" not in self.unparsed:
            class_filter: list[str] | Unset = UNSET
            if not isinstance(self.class_filter, Unset):
                class_filter = self.class_filter

        else:  # read leniently: written back as the server sent it
            class_filter = self.unparsed["class_filter"].raw

        if "status_filter" not in self.unparsed:
            status_filter = self.status_filter
        else:  # read leniently: written back as the server sent it
            status_filter = self.unparsed["status_filter"].raw

        if "format" not in self.unparsed:
            format_ = self.format_
        else:  # read leniently: written back as the server sent it
            format_ = self.unparsed["format"].raw

        if "organize_by_split" not in self.unparsed:
            organize_by_split = self.organize_by_split
        else:  # read leniently: written back as the server sent it
            organize_by_split = self.unparsed["organize_by_split"].raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "dataset_name": dataset_name,
                "name": name,
            }
        )
        if include_images is not UNSET:
            field_dict["include_images"] = include_images
        if class_filter is not UNSET:
            field_dict["class_filter"] = class_filter
        if status_filter is not UNSET:
            field_dict["status_filter"] = status_filter
        if format_ is not UNSET:
            field_dict["format"] = format_
        if organize_by_split is not UNSET:
            field_dict["organize_by_split"] = organize_by_split

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            dataset_name = d["dataset_name"]

            name = d["name"]

            include_images = d.get("include_images", UNSET)

            class_filter = cast(list[str], d.get("class_filter", UNSET))

            status_filter = d.get("status_filter", UNSET)

            format_ = d.get("format", UNSET)

            organize_by_split = d.get("organize_by_split", UNSET)

            create_export_request = cls(
                dataset_name,
                name,
                include_images,
                class_filter,
                status_filter,
                format_,
                organize_by_split,
            )

            extra = (
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 2 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            create_export_request.additional_properties = extra
            return create_export_request

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
            raise not_an_object("CreateExportRequest", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            dataset_name = d["dataset_name"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            dataset_name = unparsed_field(
                unparsed,
                "CreateExportRequest",
                "dataset_name",
                d.get("dataset_name"),
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
                "CreateExportRequest",
                "name",
                d.get("name"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            include_images = d.get("include_images", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            include_images = unparsed_field(
                unparsed,
                "CreateExportRequest",
                "include_images",
                d.get("include_images"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            class_filter = cast(list[str], d.get("class_filter", UNSET))

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            class_filter = unparsed_field(
                unparsed,
                "CreateExportRequest",
                "class_filter",
                d.get("class_filter"),
                exc_,
                required=False,
                structural=True,
                unset=UNSET,
            )

        try:
            status_filter = d.get("status_filter", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            status_filter = unparsed_field(
                unparsed,
                "CreateExportRequest",
                "status_filter",
                d.get("status_filter"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            format_ = d.get("format", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            format_ = unparsed_field(
                unparsed,
                "CreateExportRequest",
                "format",
                d.get("format"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            organize_by_split = d.get("organize_by_split", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            organize_by_split = unparsed_field(
                unparsed,
                "CreateExportRequest",
                "organize_by_split",
                d.get("organize_by_split"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        create_export_request = cls(
            dataset_name,
            name,
            include_images,
            class_filter,
            status_filter,
            format_,
            organize_by_split,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 2 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        create_export_request.additional_properties = extra
        create_export_request.unparsed = unparsed
        return create_export_request

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
