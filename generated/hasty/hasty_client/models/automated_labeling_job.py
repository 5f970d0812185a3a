from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_UNPARSED, UNSET, Unset, parse_strictly, parse_uuid, parsing_strictly

T = TypeVar("T", bound="AutomatedLabelingJob")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "status",
        "project_id",
        "progress",
        "started_on",
        "completed_on",
        "images_processed",
        "experiment_id",
        "user_id",
        "confidence_threshold",
        "max_detections_per_image",
        "num_images",
        "masker_threshold",
        "min_size",
        "update_no_predictions",
        "run_name",
    }
)

_JSON_NAMES: dict[str, str] = {
    "id": "id",
    "status": "status",
    "project_id": "project_id",
    "progress": "progress",
    "started_on": "started_on",
    "completed_on": "completed_on",
    "images_processed": "images_processed",
    "experiment_id": "experiment_id",
    "user_id": "user_id",
    "confidence_threshold": "confidence_threshold",
    "max_detections_per_image": "max_detections_per_image",
    "num_images": "num_images",
    "masker_threshold": "masker_threshold",
    "min_size": "min_size",
    "update_no_predictions": "update_no_predictions",
    "run_name": "run_name",
}


@_attrs_define
class AutomatedLabelingJob:
    """An automated labeling run.

    Attributes:
        id (UUID):
        status (str): Status of a background job (export, automated labeling, ranking session). An open set: the page
            shows `INIT` (export, ranking session) and `DONE` (automated labeling); public-facts say a job goes from `INIT`
            through to `DONE` or `FAILED`. The values in between are not documented (inferred: any other value means the job
            is still running), so no enum is declared.
        project_id (UUID | Unset):
        progress (float | Unset): Progress of the job; inferred to be a fraction from 0 to 1 (the page shows 0.1).
        started_on (str | Unset): When the job started (a string; the page gives no format).
        completed_on (None | str | Unset): When the job completed; null until then (inferred).
        images_processed (int | Unset):
        experiment_id (UUID | Unset):
        user_id (None | Unset | UUID): Who started the job; null for jobs the platform started (seen in practice, issue
            13).
        confidence_threshold (float | Unset):
        max_detections_per_image (int | Unset):
        num_images (int | Unset):
        masker_threshold (float | Unset):
        min_size (float | Unset):
        update_no_predictions (bool | Unset):
        run_name (str | Unset):
    """

    id: UUID
    status: str
    project_id: UUID | Unset = UNSET
    progress: float | Unset = UNSET
    started_on: str | Unset = UNSET
    completed_on: None | str | Unset = UNSET
    images_processed: int | Unset = UNSET
    experiment_id: UUID | Unset = UNSET
    user_id: None | Unset | UUID = UNSET
    confidence_threshold: float | Unset = UNSET
    max_detections_per_image: int | Unset = UNSET
    num_images: int | Unset = UNSET
    masker_threshold: float | Unset = UNSET
    min_size: float | Unset = UNSET
    update_no_predictions: bool | Unset = UNSET
    run_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
        id = str(self.id)

        status = self.status

        project_id: str | Unset = UNSET
        if not isinstance(self.project_id, Unset):
            project_id = str(self.project_id)

        progress = self.progress

        started_on = self.started_on

        completed_on: None | str | Unset
        if isinstance(self.completed_on, Unset):
            completed_on = UNSET
        else:
            completed_on = self.completed_on

        images_processed = self.images_processed

        experiment_id: str | Unset = UNSET
        if not isinstance(self.experiment_id, Unset):
            experiment_id = str(self.experiment_id)

        user_id: None | str | Unset
        if isinstance(self.user_id, Unset):
            user_id = UNSET
        elif isinstance(self.user_id, UUID):
            user_id = str(self.user_id)
        else:
            user_id = self.user_id

        confidence_threshold = self.confidence_threshold

        max_detections_per_image = self.max_detections_per_image

        num_images = self.num_images

        masker_threshold = self.masker_threshold

        min_size = self.min_size

        update_no_predictions = self.update_no_predictions

        run_name = self.run_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if progress is not UNSET:
            field_dict["progress"] = progress
        if started_on is not UNSET:
            field_dict["started_on"] = started_on
        if completed_on is not UNSET:
            field_dict["completed_on"] = completed_on
        if images_processed is not UNSET:
            field_dict["images_processed"] = images_processed
        if experiment_id is not UNSET:
            field_dict["experiment_id"] = experiment_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
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
        if update_no_predictions is not UNSET:
            field_dict["update_no_predictions"] = update_no_predictions
        if run_name is not UNSET:
            field_dict["run_name"] = run_name

        return field_dict

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
        if "id" not in self.unparsed:
            id = str(self.id)
        else:  # read leniently: written back as the server sent it
            id = self.unparsed["id"].raw

        if "status" not in self.unparsed:
            status = self.status
        else:  # read leniently: written back as the server sent it
            status = self.unparsed["status"].raw

        if "project_id" not in self.unparsed:
            project_id: str | Unset = UNSET
            if not isinstance(self.project_id, Unset):
                project_id = str(self.project_id)
        else:  # read leniently: written back as the server sent it
            project_id = self.unparsed["project_id"].raw

        if "progress" not in self.unparsed:
            progress = self.progress
        else:  # read leniently: written back as the server sent it
            progress = self.unparsed["progress"].raw

        if "started_on" not in self.unparsed:
            started_on = self.started_on
        else:  # read leniently: written back as the server sent it
            started_on = self.unparsed["started_on"].raw

        if "completed_on" not in self.unparsed:
            completed_on: None | str | Unset
            if isinstance(self.completed_on, Unset):
                completed_on = UNSET
            else:
                completed_on = self.completed_on
        else:  # read leniently: written back as the server sent it
            completed_on = self.unparsed["completed_on"].raw

        if "images_processed" not in self.unparsed:
            images_processed = self.images_processed
        else:  # read leniently: written back as the server sent it
            images_processed = self.unparsed["images_processed"].raw

        if "experiment_id" not in self.unparsed:
            experiment_id: str | Unset = UNSET
            if not isinstance(self.experiment_id, Unset):
                experiment_id = str(self.experiment_id)
        else:  # read leniently: written back as the server sent it
            experiment_id = self.unparsed["experiment_id"].raw

        if "user_id" not in self.unparsed:
            user_id: None | str | Unset
            if isinstance(self.user_id, Unset):
                user_id = UNSET
            elif isinstance(self.user_id, UUID):
                user_id = str(self.user_id)
            else:
                user_id = self.user_id
        else:  # read leniently: written back as the server sent it
            user_id = self.unparsed["user_id"].raw

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

        if "update_no_predictions" not in self.unparsed:
            update_no_predictions = self.update_no_predictions
        else:  # read leniently: written back as the server sent it
            update_no_predictions = self.unparsed["update_no_predictions"].raw

        if "run_name" not in self.unparsed:
            run_name = self.run_name
        else:  # read leniently: written back as the server sent it
            run_name = self.unparsed["run_name"].raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if progress is not UNSET:
            field_dict["progress"] = progress
        if started_on is not UNSET:
            field_dict["started_on"] = started_on
        if completed_on is not UNSET:
            field_dict["completed_on"] = completed_on
        if images_processed is not UNSET:
            field_dict["images_processed"] = images_processed
        if experiment_id is not UNSET:
            field_dict["experiment_id"] = experiment_id
        if user_id is not UNSET:
            field_dict["user_id"] = user_id
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
        if update_no_predictions is not UNSET:
            field_dict["update_no_predictions"] = update_no_predictions
        if run_name is not UNSET:
            field_dict["run_name"] = run_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            id = parse_uuid(d["id"])

            status = d["status"]

            _project_id = d.get("project_id", UNSET)
            project_id: UUID | Unset
            if isinstance(_project_id, Unset):
                project_id = UNSET
            else:
                project_id = parse_uuid(_project_id)

            progress = d.get("progress", UNSET)

            started_on = d.get("started_on", UNSET)

            completed_on = d.get("completed_on", UNSET)

            images_processed = d.get("images_processed", UNSET)

            _experiment_id = d.get("experiment_id", UNSET)
            experiment_id: UUID | Unset
            if isinstance(_experiment_id, Unset):
                experiment_id = UNSET
            else:
                experiment_id = parse_uuid(_experiment_id)

            def _parse_user_id(data: object) -> None | Unset | UUID:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    user_id_type_0 = parse_uuid(data)

                    return user_id_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | Unset | UUID, data)

            user_id = _parse_user_id(d.get("user_id", UNSET))

            confidence_threshold = d.get("confidence_threshold", UNSET)

            max_detections_per_image = d.get("max_detections_per_image", UNSET)

            num_images = d.get("num_images", UNSET)

            masker_threshold = d.get("masker_threshold", UNSET)

            min_size = d.get("min_size", UNSET)

            update_no_predictions = d.get("update_no_predictions", UNSET)

            run_name = d.get("run_name", UNSET)

            automated_labeling_job = cls(
                id,
                status,
                project_id,
                progress,
                started_on,
                completed_on,
                images_processed,
                experiment_id,
                user_id,
                confidence_threshold,
                max_detections_per_image,
                num_images,
                masker_threshold,
                min_size,
                update_no_predictions,
                run_name,
            )

            extra = (
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 2 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            automated_labeling_job.additional_properties = extra
            return automated_labeling_job

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
            raise not_an_object("AutomatedLabelingJob", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            id = parse_uuid(d["id"])

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            id = unparsed_field(
                unparsed,
                "AutomatedLabelingJob",
                "id",
                d.get("id"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            status = d["status"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            status = unparsed_field(
                unparsed,
                "AutomatedLabelingJob",
                "status",
                d.get("status"),
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
                "AutomatedLabelingJob",
                "project_id",
                d.get("project_id"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            progress = d.get("progress", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            progress = unparsed_field(
                unparsed,
                "AutomatedLabelingJob",
                "progress",
                d.get("progress"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            started_on = d.get("started_on", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            started_on = unparsed_field(
                unparsed,
                "AutomatedLabelingJob",
                "started_on",
                d.get("started_on"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            completed_on = d.get("completed_on", UNSET)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            completed_on = unparsed_field(
                unparsed,
                "AutomatedLabelingJob",
                "completed_on",
                d.get("completed_on"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            images_processed = d.get("images_processed", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            images_processed = unparsed_field(
                unparsed,
                "AutomatedLabelingJob",
                "images_processed",
                d.get("images_processed"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            _experiment_id = d.get("experiment_id", UNSET)
            experiment_id: UUID | Unset
            if isinstance(_experiment_id, Unset):
                experiment_id = UNSET
            else:
                experiment_id = parse_uuid(_experiment_id)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            experiment_id = unparsed_field(
                unparsed,
                "AutomatedLabelingJob",
                "experiment_id",
                d.get("experiment_id"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:

            def _parse_user_id(data: object) -> None | Unset | UUID:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    user_id_type_0 = parse_uuid(data)

                    return user_id_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | Unset | UUID, data)

            user_id = _parse_user_id(d.get("user_id", UNSET))

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            user_id = unparsed_field(
                unparsed,
                "AutomatedLabelingJob",
                "user_id",
                d.get("user_id"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            confidence_threshold = d.get("confidence_threshold", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            confidence_threshold = unparsed_field(
                unparsed,
                "AutomatedLabelingJob",
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
                "AutomatedLabelingJob",
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
                "AutomatedLabelingJob",
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
                "AutomatedLabelingJob",
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
                "AutomatedLabelingJob",
                "min_size",
                d.get("min_size"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            update_no_predictions = d.get("update_no_predictions", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            update_no_predictions = unparsed_field(
                unparsed,
                "AutomatedLabelingJob",
                "update_no_predictions",
                d.get("update_no_predictions"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            run_name = d.get("run_name", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            run_name = unparsed_field(
                unparsed,
                "AutomatedLabelingJob",
                "run_name",
                d.get("run_name"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        automated_labeling_job = cls(
            id,
            status,
            project_id,
            progress,
            started_on,
            completed_on,
            images_processed,
            experiment_id,
            user_id,
            confidence_threshold,
            max_detections_per_image,
            num_images,
            masker_threshold,
            min_size,
            update_no_predictions,
            run_name,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 2 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        automated_labeling_job.additional_properties = extra
        automated_labeling_job.unparsed = unparsed
        return automated_labeling_job

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
