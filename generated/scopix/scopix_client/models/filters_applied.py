from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="FiltersApplied")


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

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
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
            {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "date_range_applied",
                    "confidence_range_applied",
                    "search_applied",
                    "source_types_filtered",
                    "filter_summary",
                }
            }
            if len(d) > 5
            else {}
        )
        filters_applied.additional_properties = extra
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
