from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_UNPARSED, UNSET, Unset, parse_datetime, parse_strictly, parse_uuid, parsing_strictly

if TYPE_CHECKING:
    from ..models.job_meta import JobMeta

_lazy: dict[str, Any] = {}


T = TypeVar("T", bound="Job")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "status",
        "type",
        "started_by",
        "project_id",
        "started_on",
        "completed_on",
        "meta",
    }
)

_JSON_NAMES: dict[str, str] = {
    "id": "id",
    "status": "status",
    "type_": "type",
    "started_by": "started_by",
    "project_id": "project_id",
    "started_on": "started_on",
    "completed_on": "completed_on",
    "meta": "meta",
}


@_attrs_define
class Job:
    """A background job (an export).

    Attributes:
        id (UUID):
        status (str): Status of a background job (export, automated labeling, ranking session). An open set: the page
            shows `INIT` (export, ranking session) and `DONE` (automated labeling); public-facts say a job goes from `INIT`
            through to `DONE` or `FAILED`. The values in between are not documented (inferred: any other value means the job
            is still running), so no enum is declared.
        type_ (str | Unset): Job type; the page's sample shows `COPY_PROJECT` (an open set, values not documented).
        started_by (None | Unset | UUID):
        project_id (UUID | Unset):
        started_on (datetime.datetime | Unset):
        completed_on (datetime.datetime | None | Unset): When the job completed; null until then (inferred).
        meta (JobMeta | Unset): Job-specific data, empty while the job runs. For a DONE export: `url`, the archive's
            download URL, and `export_name` (public client). Other keys may appear for other job types.
    """

    id: UUID
    status: str
    type_: str | Unset = UNSET
    started_by: None | Unset | UUID = UNSET
    project_id: UUID | Unset = UNSET
    started_on: datetime.datetime | Unset = UNSET
    completed_on: datetime.datetime | None | Unset = UNSET
    meta: JobMeta | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
        id = str(self.id)

        status = self.status

        type_ = self.type_

        started_by: None | str | Unset
        if isinstance(self.started_by, Unset):
            started_by = UNSET
        elif isinstance(self.started_by, UUID):
            started_by = str(self.started_by)
        else:
            started_by = self.started_by

        project_id: str | Unset = UNSET
        if not isinstance(self.project_id, Unset):
            project_id = str(self.project_id)

        started_on: str | Unset = UNSET
        if not isinstance(self.started_on, Unset):
            started_on = self.started_on.isoformat().replace("+00:00", "Z")

        completed_on: None | str | Unset
        if isinstance(self.completed_on, Unset):
            completed_on = UNSET
        elif isinstance(self.completed_on, datetime.datetime):
            completed_on = self.completed_on.isoformat().replace("+00:00", "Z")
        else:
            completed_on = self.completed_on

        meta: dict[str, Any] | Unset = UNSET
        if not isinstance(self.meta, Unset):
            meta = self.meta.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if started_by is not UNSET:
            field_dict["started_by"] = started_by
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if started_on is not UNSET:
            field_dict["started_on"] = started_on
        if completed_on is not UNSET:
            field_dict["completed_on"] = completed_on
        if meta is not UNSET:
            field_dict["meta"] = meta

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

        if "type" not in self.unparsed:
            type_ = self.type_
        else:  # read leniently: written back as the server sent it
            type_ = self.unparsed["type"].raw

        if "started_by" not in self.unparsed:
            started_by: None | str | Unset
            if isinstance(self.started_by, Unset):
                started_by = UNSET
            elif isinstance(self.started_by, UUID):
                started_by = str(self.started_by)
            else:
                started_by = self.started_by
        else:  # read leniently: written back as the server sent it
            started_by = self.unparsed["started_by"].raw

        if "project_id" not in self.unparsed:
            project_id: str | Unset = UNSET
            if not isinstance(self.project_id, Unset):
                project_id = str(self.project_id)
        else:  # read leniently: written back as the server sent it
            project_id = self.unparsed["project_id"].raw

        if "started_on" not in self.unparsed:
            started_on: str | Unset = UNSET
            if not isinstance(self.started_on, Unset):
                started_on = self.started_on.isoformat().replace("+00:00", "Z")
        else:  # read leniently: written back as the server sent it
            started_on = self.unparsed["started_on"].raw

        if "completed_on" not in self.unparsed:
            completed_on: None | str | Unset
            if isinstance(self.completed_on, Unset):
                completed_on = UNSET
            elif isinstance(self.completed_on, datetime.datetime):
                completed_on = self.completed_on.isoformat().replace("+00:00", "Z")
            else:
                completed_on = self.completed_on
        else:  # read leniently: written back as the server sent it
            completed_on = self.unparsed["completed_on"].raw

        if "meta" not in self.unparsed:
            meta: dict[str, Any] | Unset = UNSET
            if not isinstance(self.meta, Unset):
                meta = self.meta.to_dict()
        else:  # read leniently: written back as the server sent it
            meta = self.unparsed["meta"].raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "status": status,
            }
        )
        if type_ is not UNSET:
            field_dict["type"] = type_
        if started_by is not UNSET:
            field_dict["started_by"] = started_by
        if project_id is not UNSET:
            field_dict["project_id"] = project_id
        if started_on is not UNSET:
            field_dict["started_on"] = started_on
        if completed_on is not UNSET:
            field_dict["completed_on"] = completed_on
        if meta is not UNSET:
            field_dict["meta"] = meta

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:
            try:
                JobMeta = _lazy["JobMeta"]
            except KeyError:
                from ..models.job_meta import JobMeta  # noqa: PLC0415

                _lazy["JobMeta"] = JobMeta

        try:
            d = src_dict
            id = parse_uuid(d["id"])

            status = d["status"]

            type_ = d.get("type", UNSET)

            def _parse_started_by(data: object) -> None | Unset | UUID:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    started_by_type_0 = parse_uuid(data)

                    return started_by_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | Unset | UUID, data)

            started_by = _parse_started_by(d.get("started_by", UNSET))

            _project_id = d.get("project_id", UNSET)
            project_id: UUID | Unset
            if isinstance(_project_id, Unset):
                project_id = UNSET
            else:
                project_id = parse_uuid(_project_id)

            _started_on = d.get("started_on", UNSET)
            started_on: datetime.datetime | Unset
            if isinstance(_started_on, Unset):
                started_on = UNSET
            else:
                started_on = parse_datetime(_started_on)

            def _parse_completed_on(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    completed_on_type_0 = parse_datetime(data)

                    return completed_on_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            completed_on = _parse_completed_on(d.get("completed_on", UNSET))

            _meta = d.get("meta", UNSET)
            meta: JobMeta | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = JobMeta.from_dict(_meta)

            job = cls(
                id,
                status,
                type_,
                started_by,
                project_id,
                started_on,
                completed_on,
                meta,
            )

            extra = (
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 2 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            job.additional_properties = extra
            return job

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
        from ..models.job_meta import JobMeta  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise not_an_object("Job", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            id = parse_uuid(d["id"])

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            id = unparsed_field(
                unparsed,
                "Job",
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
                "Job",
                "status",
                d.get("status"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            type_ = d.get("type", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            type_ = unparsed_field(
                unparsed,
                "Job",
                "type",
                d.get("type"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:

            def _parse_started_by(data: object) -> None | Unset | UUID:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    started_by_type_0 = parse_uuid(data)

                    return started_by_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | Unset | UUID, data)

            started_by = _parse_started_by(d.get("started_by", UNSET))

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            started_by = unparsed_field(
                unparsed,
                "Job",
                "started_by",
                d.get("started_by"),
                exc_,
                required=False,
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
                "Job",
                "project_id",
                d.get("project_id"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            _started_on = d.get("started_on", UNSET)
            started_on: datetime.datetime | Unset
            if isinstance(_started_on, Unset):
                started_on = UNSET
            else:
                started_on = parse_datetime(_started_on)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            started_on = unparsed_field(
                unparsed,
                "Job",
                "started_on",
                d.get("started_on"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:

            def _parse_completed_on(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    completed_on_type_0 = parse_datetime(data)

                    return completed_on_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            completed_on = _parse_completed_on(d.get("completed_on", UNSET))

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            completed_on = unparsed_field(
                unparsed,
                "Job",
                "completed_on",
                d.get("completed_on"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            _meta = d.get("meta", UNSET)
            meta: JobMeta | Unset
            if isinstance(_meta, Unset):
                meta = UNSET
            else:
                meta = JobMeta.from_dict(_meta)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            meta = unparsed_field(
                unparsed,
                "Job",
                "meta",
                d.get("meta"),
                exc_,
                required=False,
                structural=True,
                unset=UNSET,
            )

        job = cls(
            id,
            status,
            type_,
            started_by,
            project_id,
            started_on,
            completed_on,
            meta,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 2 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        job.additional_properties = extra
        job.unparsed = unparsed
        return job

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
