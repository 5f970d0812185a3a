from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="CreateAutomatedLabelingJobRequest")


@_attrs_define
class CreateAutomatedLabelingJobRequest:
    """
    Attributes:
        experiment_id (UUID): Model Playground experiment that should be used for automated labeling.
        confidence_threshold (float | Unset): Confidence threshold to run the automated labeling model on. Default: 0.8.
        max_detections_per_image (int | Unset): Maximum number of detections. Default: 100.
        num_images (int | Unset): Number of images to process (0: all, inferred). Default: 0.
        masker_threshold (float | Unset): Threshold for mask confidence. Default: 0.5.
        min_size (float | Unset): Min size in pixels of the object. Default: 0.0.
        dataset_id (str | Unset): Desired dataset to run automated labeling on.
    """

    experiment_id: UUID
    confidence_threshold: float | Unset = 0.8
    max_detections_per_image: int | Unset = 100
    num_images: int | Unset = 0
    masker_threshold: float | Unset = 0.5
    min_size: float | Unset = 0.0
    dataset_id: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        experiment_id = str(self.experiment_id)

        confidence_threshold = self.confidence_threshold

        max_detections_per_image = self.max_detections_per_image

        num_images = self.num_images

        masker_threshold = self.masker_threshold

        min_size = self.min_size

        dataset_id = self.dataset_id

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "experiment_id": experiment_id,
            }
        )
        if confidence_threshold is not UNSET:
            field_dict["confidence_threshold"] = confidence_threshold
        if max_detections_per_image is not UNSET:
            field_dict["max_detections_per_image"] = max_detections_per_image
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if masker_threshold is not UNSET:
            field_dict["masker_threshold"] = masker_threshold
        if min_size is not UNSET:
            field_dict["min_size"] = min_size
        if dataset_id is not UNSET:
            field_dict["dataset_id"] = dataset_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        experiment_id = UUID(d["experiment_id"])

        confidence_threshold = d.get("confidence_threshold", UNSET)

        max_detections_per_image = d.get("max_detections_per_image", UNSET)

        num_images = d.get("num_images", UNSET)

        masker_threshold = d.get("masker_threshold", UNSET)

        min_size = d.get("min_size", UNSET)

        dataset_id = d.get("dataset_id", UNSET)

        create_automated_labeling_job_request = cls(
            experiment_id,
            confidence_threshold,
            max_detections_per_image,
            num_images,
            masker_threshold,
            min_size,
            dataset_id,
        )

        extra = (
            {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "experiment_id",
                    "confidence_threshold",
                    "max_detections_per_image",
                    "num_images",
                    "masker_threshold",
                    "min_size",
                    "dataset_id",
                }
            }
            if len(d) > 1
            else {}
        )
        create_automated_labeling_job_request.additional_properties = extra
        return create_automated_labeling_job_request

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
