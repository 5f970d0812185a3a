from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateExportRequest")


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
    """

    dataset_name: str
    name: str
    include_images: bool | Unset = False
    class_filter: list[str] | Unset = UNSET
    status_filter: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        dataset_name = self.dataset_name

        name = self.name

        include_images = self.include_images

        class_filter: list[str] | Unset = UNSET
        if not isinstance(self.class_filter, Unset):
            class_filter = self.class_filter

        status_filter = self.status_filter

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

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        dataset_name = d["dataset_name"]

        name = d["name"]

        include_images = d.get("include_images", UNSET)

        class_filter = cast(list[str], d.get("class_filter", UNSET))

        status_filter = d.get("status_filter", UNSET)

        create_export_request = cls(
            dataset_name,
            name,
            include_images,
            class_filter,
            status_filter,
        )

        extra = (
            {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "dataset_name",
                    "name",
                    "include_images",
                    "class_filter",
                    "status_filter",
                }
            }
            if len(d) > 2
            else {}
        )
        create_export_request.additional_properties = extra
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
