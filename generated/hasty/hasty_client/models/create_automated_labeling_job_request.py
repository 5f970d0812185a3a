from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_UNPARSED, UNSET, Unset, parse_strictly, parse_uuid, parsing_strictly

T = TypeVar("T", bound="CreateAutomatedLabelingJobRequest")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "experiment_id",
        "confidence_threshold",
        "max_detections_per_image",
        "num_images",
        "masker_threshold",
        "min_size",
        "dataset_id",
    }
)

_JSON_NAMES: dict[str, str] = {
    "experiment_id": "experiment_id",
    "confidence_threshold": "confidence_threshold",
    "max_detections_per_image": "max_detections_per_image",
    "num_images": "num_images",
    "masker_threshold": "masker_threshold",
    "min_size": "min_size",
    "dataset_id": "dataset_id",
}


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
        dataset_id (None | str | Unset): Desired dataset to run automated labeling on (the vendor's client sends null by
            default: all datasets).
    """

    experiment_id: UUID
    confidence_threshold: float | Unset = 0.8
    max_detections_per_image: int | Unset = 100
    num_images: int | Unset = 0
    masker_threshold: float | Unset = 0.5
    min_size: float | Unset = 0.0
    dataset_id: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
        experiment_id = str(self.experiment_id)

        confidence_threshold = self.confidence_threshold

        max_detections_per_image = self.max_detections_per_image

        num_images = self.num_images

        masker_threshold = self.masker_threshold

        min_size = self.min_size

        dataset_id: None | str | Unset
        if isinstance(self.dataset_id, Unset):
            dataset_id = UNSET
        else:
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

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
        if "experiment_id" not in self.unparsed:
            experiment_id = str(self.experiment_id)
        else:  # read leniently: written back as the server sent it
            experiment_id = self.unparsed["experiment_id"].raw

        if "confidence_threshold" not in self.unparsed:
            confidence_threshold = self.confidence_threshold
        else:  # read leniently: written back as the server sent it
            confidence_threshold = self.unparsed["confidence_threshold"].raw

        if "max_detections_per_image" not in self.unparsed:
            max_detections_per_image = self.max_detections_per_image
        else:  # read leniently: written back as the server sent it
            max_detections_per_image = self.unparsed["max_detections_per_image"].raw

        if "num_images" not in self.unparsed:
            num_images = self.num_images
        else:  # read leniently: written back as the server sent it
            num_images = self.unparsed["num_images"].raw

        if "masker_threshold" not in self.unparsed:
            masker_threshold = self.masker_threshold
        else:  # read leniently: written back as the server sent it
            masker_threshold = self.unparsed["masker_threshold"].raw

        if "min_size" not in self.unparsed:
            min_size = self.min_size
        else:  # read leniently: written back as the server sent it
            min_size = self.unparsed["min_size"].raw

        if "dataset_id" not in self.unparsed:
            dataset_id: None | str | Unset
            if isinstance(self.dataset_id, Unset):
                dataset_id = UNSET
            else:
                dataset_id = self.dataset_id
        else:  # read leniently: written back as the server sent it
            dataset_id = self.unparsed["dataset_id"].raw

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
        try:
            d = src_dict
            experiment_id = parse_uuid(d["experiment_id"])

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
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 1 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            create_automated_labeling_job_request.additional_properties = extra
            return create_automated_labeling_job_request

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
            raise not_an_object("CreateAutomatedLabelingJobRequest", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            experiment_id = parse_uuid(d["experiment_id"])

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            experiment_id = unparsed_field(
                unparsed,
                "CreateAutomatedLabelingJobRequest",
                "experiment_id",
                d.get("experiment_id"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            confidence_threshold = d.get("confidence_threshold", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            confidence_threshold = unparsed_field(
                unparsed,
                "CreateAutomatedLabelingJobRequest",
                "confidence_threshold",
                d.get("confidence_threshold"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            max_detections_per_image = d.get("max_detections_per_image", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            max_detections_per_image = unparsed_field(
                unparsed,
                "CreateAutomatedLabelingJobRequest",
                "max_detections_per_image",
                d.get("max_detections_per_image"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            num_images = d.get("num_images", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            num_images = unparsed_field(
                unparsed,
                "CreateAutomatedLabelingJobRequest",
                "num_images",
                d.get("num_images"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            masker_threshold = d.get("masker_threshold", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            masker_threshold = unparsed_field(
                unparsed,
                "CreateAutomatedLabelingJobRequest",
                "masker_threshold",
                d.get("masker_threshold"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            min_size = d.get("min_size", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            min_size = unparsed_field(
                unparsed,
                "CreateAutomatedLabelingJobRequest",
                "min_size",
                d.get("min_size"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            dataset_id = d.get("dataset_id", UNSET)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            dataset_id = unparsed_field(
                unparsed,
                "CreateAutomatedLabelingJobRequest",
                "dataset_id",
                d.get("dataset_id"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

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
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 1 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        create_automated_labeling_job_request.additional_properties = extra
        create_automated_labeling_job_request.unparsed = unparsed
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
