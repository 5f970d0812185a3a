from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.description import Description
    from ..models.filters_applied import FiltersApplied
    from ..models.statistics import Statistics


T = TypeVar("T", bound="DescriptionsPage")


@_attrs_define
class DescriptionsPage:
    """
    Attributes:
        items (list[Description]):
        total_count (int): Number of items matching the filters, over all pages.
        limit (int):
        offset (int):
        has_more (bool): Whether items follow this page (`offset` + items on the page < `total_count`).
        statistics (Statistics): Statistics over every item matching the filters (not only the page).
        filters_applied (FiltersApplied):
    """

    items: list[Description]
    total_count: int
    limit: int
    offset: int
    has_more: bool
    statistics: Statistics
    filters_applied: FiltersApplied
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        total_count = self.total_count

        limit = self.limit

        offset = self.offset

        has_more = self.has_more

        statistics = self.statistics.to_dict()

        filters_applied = self.filters_applied.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "items": items,
                "total_count": total_count,
                "limit": limit,
                "offset": offset,
                "has_more": has_more,
                "statistics": statistics,
                "filters_applied": filters_applied,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.description import Description  # noqa: PLC0415
        from ..models.filters_applied import FiltersApplied  # noqa: PLC0415
        from ..models.statistics import Statistics  # noqa: PLC0415

        d = src_dict
        items = []
        _items = d["items"]
        for items_item_data in _items:
            items_item = Description.from_dict(items_item_data)

            items.append(items_item)

        total_count = d["total_count"]

        limit = d["limit"]

        offset = d["offset"]

        has_more = d["has_more"]

        statistics = Statistics.from_dict(d["statistics"])

        filters_applied = FiltersApplied.from_dict(d["filters_applied"])

        descriptions_page = cls(
            items,
            total_count,
            limit,
            offset,
            has_more,
            statistics,
            filters_applied,
        )

        extra = (
            {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "items",
                    "total_count",
                    "limit",
                    "offset",
                    "has_more",
                    "statistics",
                    "filters_applied",
                }
            }
            if len(d) > 7
            else {}
        )
        descriptions_page.additional_properties = extra
        return descriptions_page

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
