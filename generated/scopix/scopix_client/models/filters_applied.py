from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_UNPARSED, UNSET, parse_strictly, parsing_strictly

T = TypeVar("T", bound="FiltersApplied")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "date_range_applied",
        "confidence_range_applied",
        "search_applied",
        "source_types_filtered",
        "filter_summary",
    }
)

_JSON_NAMES: dict[str, str] = {
    "date_range_applied": "date_range_applied",
    "confidence_range_applied": "confidence_range_applied",
    "search_applied": "search_applied",
    "source_types_filtered": "source_types_filtered",
    "filter_summary": "filter_summary",
}


@_attrs_define
class FiltersApplied:
    """
    Attributes:
        date_range_applied (bool): Whether `start_date` or `end_date` was given.
        confidence_range_applied (bool): Whether `min_confidence` or `max_confidence` was given.
        search_applied (bool): Whether at least one search term was given.
        source_types_filtered (bool): Whether at least one source type was given.
        filter_summary (str): Human-readable summary of the filters, for display only.
    """

    date_range_applied: bool
    confidence_range_applied: bool
    search_applied: bool
    source_types_filtered: bool
    filter_summary: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
        date_range_applied = self.date_range_applied

        confidence_range_applied = self.confidence_range_applied

        search_applied = self.search_applied

        source_types_filtered = self.source_types_filtered

        filter_summary = self.filter_summary

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date_range_applied": date_range_applied,
                "confidence_range_applied": confidence_range_applied,
                "search_applied": search_applied,
                "source_types_filtered": source_types_filtered,
                "filter_summary": filter_summary,
            }
        )

        return field_dict

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
        if "date_range_applied" not in self.unparsed:
            date_range_applied = self.date_range_applied
        else:  # read leniently: written back as the server sent it
            date_range_applied = self.unparsed["date_range_applied"].raw

        if "confidence_range_applied" not in self.unparsed:
            confidence_range_applied = self.confidence_range_applied
        else:  # read leniently: written back as the server sent it
            confidence_range_applied = self.unparsed["confidence_range_applied"].raw

        if "search_applied" not in self.unparsed:
            search_applied = self.search_applied
        else:  # read leniently: written back as the server sent it
            search_applied = self.unparsed["search_applied"].raw

        if "source_types_filtered" not in self.unparsed:
            source_types_filtered = self.source_types_filtered
        else:  # read leniently: written back as the server sent it
            source_types_filtered = self.unparsed["source_types_filtered"].raw

        if "filter_summary" not in self.unparsed:
            filter_summary = self.filter_summary
        else:  # read leniently: written back as the server sent it
            filter_summary = self.unparsed["filter_summary"].raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "date_range_applied": date_range_applied,
                "confidence_range_applied": confidence_range_applied,
                "search_applied": search_applied,
                "source_types_filtered": source_types_filtered,
                "filter_summary": filter_summary,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            date_range_applied = d["date_range_applied"]

            confidence_range_applied = d["confidence_range_applied"]

            search_applied = d["search_applied"]

            source_types_filtered = d["source_types_filtered"]

            filter_summary = d["filter_summary"]

            filters_applied = cls(
                date_range_applied,
                confidence_range_applied,
                search_applied,
                source_types_filtered,
                filter_summary,
            )

            extra = (
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 5 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            filters_applied.additional_properties = extra
            return filters_applied

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
            raise not_an_object("FiltersApplied", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            date_range_applied = d["date_range_applied"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            date_range_applied = unparsed_field(
                unparsed,
                "FiltersApplied",
                "date_range_applied",
                d.get("date_range_applied"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            confidence_range_applied = d["confidence_range_applied"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            confidence_range_applied = unparsed_field(
                unparsed,
                "FiltersApplied",
                "confidence_range_applied",
                d.get("confidence_range_applied"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            search_applied = d["search_applied"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            search_applied = unparsed_field(
                unparsed,
                "FiltersApplied",
                "search_applied",
                d.get("search_applied"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            source_types_filtered = d["source_types_filtered"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            source_types_filtered = unparsed_field(
                unparsed,
                "FiltersApplied",
                "source_types_filtered",
                d.get("source_types_filtered"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            filter_summary = d["filter_summary"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            filter_summary = unparsed_field(
                unparsed,
                "FiltersApplied",
                "filter_summary",
                d.get("filter_summary"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        filters_applied = cls(
            date_range_applied,
            confidence_range_applied,
            search_applied,
            source_types_filtered,
            filter_summary,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 5 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        filters_applied.additional_properties = extra
        filters_applied.unparsed = unparsed
        return filters_applied

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
