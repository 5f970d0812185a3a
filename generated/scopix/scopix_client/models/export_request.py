from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.export_data_type import ExportDataType
from ..models.export_format import ExportFormat
from ..types import UNSET, Unset

T = TypeVar("T", bound="ExportRequest")


@_attrs_define
class ExportRequest:
    """
    Attributes:
        data_type (ExportDataType): What to export; the page documents only `descriptions`.
        format_ (ExportFormat): File format of an export.
        start_date (datetime.datetime | Unset): Only records created at or after this time.
        end_date (datetime.datetime | Unset): Only records created at or before this time.
        min_confidence (float | Unset): A confidence score between 0 and 1.
        max_confidence (float | Unset): A confidence score between 0 and 1.
        search_terms (list[str] | Unset): Only records whose description contains any of these terms.
        source_types (list[str] | Unset): Only records of these source types.
        include_metadata (bool | Unset): Include each record's `metadata`. Inferred: `false` leaves the field (and the
            CSV column) out even when `fields` names it.
             Default: True.
        include_failed (bool | Unset): Include failed results. Inferred: a failed result has a null `description`
            and its error in `metadata.error`.
             Default: False.
        fields (list[str] | Unset): Only these fields of each record, in this order (inferred), among `id`, `type`,
            `source_type`, `source_id`, `created_at`, `image_url`, `description`,
            `confidence_score`, `verification`, `image_id`, `metadata`. Inferred: absent
            or empty means every field, and an unknown name is a 422.
        limit (int | Unset): Maximum number of records (up to 100000). Inferred: absent means every
            matching record.
    """

    data_type: ExportDataType
    format_: ExportFormat
    start_date: datetime.datetime | Unset = UNSET
    end_date: datetime.datetime | Unset = UNSET
    min_confidence: float | Unset = UNSET
    max_confidence: float | Unset = UNSET
    search_terms: list[str] | Unset = UNSET
    source_types: list[str] | Unset = UNSET
    include_metadata: bool | Unset = True
    include_failed: bool | Unset = False
    fields: list[str] | Unset = UNSET
    limit: int | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data_type = self.data_type.value

        format_ = self.format_.value

        start_date: str | Unset = UNSET
        if not isinstance(self.start_date, Unset):
            start_date = self.start_date.isoformat().replace("+00:00", "Z")

        end_date: str | Unset = UNSET
        if not isinstance(self.end_date, Unset):
            end_date = self.end_date.isoformat().replace("+00:00", "Z")

        min_confidence = self.min_confidence

        max_confidence = self.max_confidence

        search_terms: list[str] | Unset = UNSET
        if not isinstance(self.search_terms, Unset):
            search_terms = self.search_terms

        source_types: list[str] | Unset = UNSET
        if not isinstance(self.source_types, Unset):
            source_types = self.source_types

        include_metadata = self.include_metadata

        include_failed = self.include_failed

        fields: list[str] | Unset = UNSET
        if not isinstance(self.fields, Unset):
            fields = self.fields

        limit = self.limit

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "data_type": data_type,
                "format": format_,
            }
        )
        if start_date is not UNSET:
            field_dict["start_date"] = start_date
        if end_date is not UNSET:
            field_dict["end_date"] = end_date
        if min_confidence is not UNSET:
            field_dict["min_confidence"] = min_confidence
        if max_confidence is not UNSET:
            field_dict["max_confidence"] = max_confidence
        if search_terms is not UNSET:
            field_dict["search_terms"] = search_terms
        if source_types is not UNSET:
            field_dict["source_types"] = source_types
        if include_metadata is not UNSET:
            field_dict["include_metadata"] = include_metadata
        if include_failed is not UNSET:
            field_dict["include_failed"] = include_failed
        if fields is not UNSET:
            field_dict["fields"] = fields
        if limit is not UNSET:
            field_dict["limit"] = limit

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        data_type = ExportDataType(d["data_type"])

        format_ = ExportFormat(d["format"])

        _start_date = d.get("start_date", UNSET)
        start_date: datetime.datetime | Unset
        if isinstance(_start_date, Unset):
            start_date = UNSET
        else:
            start_date = datetime.datetime.fromisoformat(_start_date.upper())

        _end_date = d.get("end_date", UNSET)
        end_date: datetime.datetime | Unset
        if isinstance(_end_date, Unset):
            end_date = UNSET
        else:
            end_date = datetime.datetime.fromisoformat(_end_date.upper())

        min_confidence = d.get("min_confidence", UNSET)

        max_confidence = d.get("max_confidence", UNSET)

        search_terms = cast(list[str], d.get("search_terms", UNSET))

        source_types = cast(list[str], d.get("source_types", UNSET))

        include_metadata = d.get("include_metadata", UNSET)

        include_failed = d.get("include_failed", UNSET)

        fields = cast(list[str], d.get("fields", UNSET))

        limit = d.get("limit", UNSET)

        export_request = cls(
            data_type,
            format_,
            start_date,
            end_date,
            min_confidence,
            max_confidence,
            search_terms,
            source_types,
            include_metadata,
            include_failed,
            fields,
            limit,
        )

        extra = (
            {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "data_type",
                    "format",
                    "start_date",
                    "end_date",
                    "min_confidence",
                    "max_confidence",
                    "search_terms",
                    "source_types",
                    "include_metadata",
                    "include_failed",
                    "fields",
                    "limit",
                }
            }
            if len(d) > 2
            else {}
        )
        export_request.additional_properties = extra
        return export_request

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
