from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.export_data_type import ExportDataType
from ..models.export_format import ExportFormat
from ..types import NO_UNPARSED, UNSET, Unset, enum_member, parse_datetime, parse_strictly, parsing_strictly

T = TypeVar("T", bound="ExportRequest")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
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
)

_JSON_NAMES: dict[str, str] = {
    "data_type": "data_type",
    "format_": "format",
    "start_date": "start_date",
    "end_date": "end_date",
    "min_confidence": "min_confidence",
    "max_confidence": "max_confidence",
    "search_terms": "search_terms",
    "source_types": "source_types",
    "include_metadata": "include_metadata",
    "include_failed": "include_failed",
    "fields": "fields",
    "limit": "limit",
}


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
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
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

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
        if "data_type" not in self.unparsed:
            data_type = self.data_type.value
        else:  # read leniently: written back as the server sent it
            data_type = self.unparsed["data_type"].raw

        if "format" not in self.unparsed:
            format_ = self.format_.value
        else:  # read leniently: written back as the server sent it
            format_ = self.unparsed["format"].raw

        if "start_date" not in self.unparsed:
            start_date: str | Unset = UNSET
            if not isinstance(self.start_date, Unset):
                start_date = self.start_date.isoformat().replace("+00:00", "Z")
        else:  # read leniently: written back as the server sent it
            start_date = self.unparsed["start_date"].raw

        if "end_date" not in self.unparsed:
            end_date: str | Unset = UNSET
            if not isinstance(self.end_date, Unset):
                end_date = self.end_date.isoformat().replace("+00:00", "Z")
        else:  # read leniently: written back as the server sent it
            end_date = self.unparsed["end_date"].raw

        if "min_confidence" not in self.unparsed:
            min_confidence = self.min_confidence
        else:  # read leniently: written back as the server sent it
            min_confidence = self.unparsed["min_confidence"].raw

        if "max_confidence" not in self.unparsed:
            max_confidence = self.max_confidence
        else:  # read leniently: written back as the server sent it
            max_confidence = self.unparsed["max_confidence"].raw

        if "search_terms" not in self.unparsed:
            search_terms: list[str] | Unset = UNSET
            if not isinstance(self.search_terms, Unset):
                search_terms = self.search_terms

        else:  # read leniently: written back as the server sent it
            search_terms = self.unparsed["search_terms"].raw

        if "source_types" not in self.unparsed:
            source_types: list[str] | Unset = UNSET
            if not isinstance(self.source_types, Unset):
                source_types = self.source_types

        else:  # read leniently: written back as the server sent it
            source_types = self.unparsed["source_types"].raw

        if "include_metadata" not in self.unparsed:
            include_metadata = self.include_metadata
        else:  # read leniently: written back as the server sent it
            include_metadata = self.unparsed["include_metadata"].raw

        if "include_failed" not in self.unparsed:
            include_failed = self.include_failed
        else:  # read leniently: written back as the server sent it
            include_failed = self.unparsed["include_failed"].raw

        if "fields" not in self.unparsed:
            fields: list[str] | Unset = UNSET
            if not isinstance(self.fields, Unset):
                fields = self.fields

        else:  # read leniently: written back as the server sent it
            fields = self.unparsed["fields"].raw

        if "limit" not in self.unparsed:
            limit = self.limit
        else:  # read leniently: written back as the server sent it
            limit = self.unparsed["limit"].raw

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
        try:
            d = src_dict
            data_type = enum_member(ExportDataType, d["data_type"])

            format_ = enum_member(ExportFormat, d["format"])

            _start_date = d.get("start_date", UNSET)
            start_date: datetime.datetime | Unset
            if isinstance(_start_date, Unset):
                start_date = UNSET
            else:
                start_date = parse_datetime(_start_date)

            _end_date = d.get("end_date", UNSET)
            end_date: datetime.datetime | Unset
            if isinstance(_end_date, Unset):
                end_date = UNSET
            else:
                end_date = parse_datetime(_end_date)

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
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 2 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            export_request.additional_properties = extra
            return export_request

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
            raise not_an_object("ExportRequest", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            data_type = enum_member(ExportDataType, d["data_type"])

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            data_type = unparsed_field(
                unparsed,
                "ExportRequest",
                "data_type",
                d.get("data_type"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            format_ = enum_member(ExportFormat, d["format"])

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            format_ = unparsed_field(
                unparsed,
                "ExportRequest",
                "format",
                d.get("format"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            _start_date = d.get("start_date", UNSET)
            start_date: datetime.datetime | Unset
            if isinstance(_start_date, Unset):
                start_date = UNSET
            else:
                start_date = parse_datetime(_start_date)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            start_date = unparsed_field(
                unparsed,
                "ExportRequest",
                "start_date",
                d.get("start_date"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            _end_date = d.get("end_date", UNSET)
            end_date: datetime.datetime | Unset
            if isinstance(_end_date, Unset):
                end_date = UNSET
            else:
                end_date = parse_datetime(_end_date)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            end_date = unparsed_field(
                unparsed,
                "ExportRequest",
                "end_date",
                d.get("end_date"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            min_confidence = d.get("min_confidence", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            min_confidence = unparsed_field(
                unparsed,
                "ExportRequest",
                "min_confidence",
                d.get("min_confidence"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            max_confidence = d.get("max_confidence", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            max_confidence = unparsed_field(
                unparsed,
                "ExportRequest",
                "max_confidence",
                d.get("max_confidence"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            search_terms = cast(list[str], d.get("search_terms", UNSET))

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            search_terms = unparsed_field(
                unparsed,
                "ExportRequest",
                "search_terms",
                d.get("search_terms"),
                exc_,
                required=False,
                structural=True,
                unset=UNSET,
            )

        try:
            source_types = cast(list[str], d.get("source_types", UNSET))

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            source_types = unparsed_field(
                unparsed,
                "ExportRequest",
                "source_types",
                d.get("source_types"),
                exc_,
                required=False,
                structural=True,
                unset=UNSET,
            )

        try:
            include_metadata = d.get("include_metadata", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            include_metadata = unparsed_field(
                unparsed,
                "ExportRequest",
                "include_metadata",
                d.get("include_metadata"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            include_failed = d.get("include_failed", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            include_failed = unparsed_field(
                unparsed,
                "ExportRequest",
                "include_failed",
                d.get("include_failed"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            fields = cast(list[str], d.get("fields", UNSET))

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            fields = unparsed_field(
                unparsed,
                "ExportRequest",
                "fields",
                d.get("fields"),
                exc_,
                required=False,
                structural=True,
                unset=UNSET,
            )

        try:
            limit = d.get("limit", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            limit = unparsed_field(
                unparsed,
                "ExportRequest",
                "limit",
                d.get("limit"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

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
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 2 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        export_request.additional_properties = extra
        export_request.unparsed = unparsed
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
