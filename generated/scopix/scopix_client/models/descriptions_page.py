from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_UNPARSED, UNSET, parse_strictly, parsing_strictly

if TYPE_CHECKING:
    from ..models.description import Description
    from ..models.filters_applied import FiltersApplied
    from ..models.statistics import Statistics

_lazy: dict[str, Any] = {}


T = TypeVar("T", bound="DescriptionsPage")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "items",
        "total_count",
        "limit",
        "offset",
        "has_more",
        "statistics",
        "filters_applied",
    }
)

_JSON_NAMES: dict[str, str] = {
    "items": "items",
    "total_count": "total_count",
    "limit": "limit",
    "offset": "offset",
    "has_more": "has_more",
    "statistics": "statistics",
    "filters_applied": "filters_applied",
}


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
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
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

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
        if "items" not in self.unparsed:
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        else:  # read leniently: written back as the server sent it
            items = self.unparsed["items"].raw

        if "total_count" not in self.unparsed:
            total_count = self.total_count
        else:  # read leniently: written back as the server sent it
            total_count = self.unparsed["total_count"].raw

        if "limit" not in self.unparsed:
            limit = self.limit
        else:  # read leniently: written back as the server sent it
            limit = self.unparsed["limit"].raw

        if "offset" not in self.unparsed:
            offset = self.offset
        else:  # read leniently: written back as the server sent it
            offset = self.unparsed["offset"].raw

        if "has_more" not in self.unparsed:
            has_more = self.has_more
        else:  # read leniently: written back as the server sent it
            has_more = self.unparsed["has_more"].raw

        if "statistics" not in self.unparsed:
            statistics = self.statistics.to_dict()
        else:  # read leniently: written back as the server sent it
            statistics = self.unparsed["statistics"].raw

        if "filters_applied" not in self.unparsed:
            filters_applied = self.filters_applied.to_dict()
        else:  # read leniently: written back as the server sent it
            filters_applied = self.unparsed["filters_applied"].raw

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
        if not TYPE_CHECKING:
            try:
                Description = _lazy["Description"]
            except KeyError:
                from ..models.description import Description  # noqa: PLC0415

                _lazy["Description"] = Description

            try:
                FiltersApplied = _lazy["FiltersApplied"]
            except KeyError:
                from ..models.filters_applied import FiltersApplied  # noqa: PLC0415

                _lazy["FiltersApplied"] = FiltersApplied

            try:
                Statistics = _lazy["Statistics"]
            except KeyError:
                from ..models.statistics import Statistics  # noqa: PLC0415

                _lazy["Statistics"] = Statistics

        try:
            d = src_dict
            import gc  # noqa: PLC0415 - here, not at the top: endpoint modules build lists too

            _items_gc = gc.isenabled()
            gc.disable()
            try:
                items = []
                _items = d["items"]
                for items_item_data in _items:
                    items_item = Description.from_dict(items_item_data)

                    items.append(items_item)

            finally:
                if _items_gc:
                    gc.enable()

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
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 7 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            descriptions_page.additional_properties = extra
            return descriptions_page

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
        from .._runtime.lenient import items_that_are_objects, not_an_object, unparsed_field  # noqa: PLC0415
        from ..models.description import Description  # noqa: PLC0415
        from ..models.filters_applied import FiltersApplied  # noqa: PLC0415
        from ..models.statistics import Statistics  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise not_an_object("DescriptionsPage", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            items = items_that_are_objects(
                unparsed,
                "DescriptionsPage",
                "items",
                d["items"],
                Description.from_dict,
                unset=UNSET,
            )
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            items = unparsed_field(
                unparsed,
                "DescriptionsPage",
                "items",
                d.get("items"),
                exc_,
                required=True,
                structural=True,
                unset=UNSET,
            )

        try:
            total_count = d["total_count"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            total_count = unparsed_field(
                unparsed,
                "DescriptionsPage",
                "total_count",
                d.get("total_count"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            limit = d["limit"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            limit = unparsed_field(
                unparsed,
                "DescriptionsPage",
                "limit",
                d.get("limit"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            offset = d["offset"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            offset = unparsed_field(
                unparsed,
                "DescriptionsPage",
                "offset",
                d.get("offset"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            has_more = d["has_more"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            has_more = unparsed_field(
                unparsed,
                "DescriptionsPage",
                "has_more",
                d.get("has_more"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            statistics = Statistics.from_dict(d["statistics"])

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            statistics = unparsed_field(
                unparsed,
                "DescriptionsPage",
                "statistics",
                d.get("statistics"),
                exc_,
                required=True,
                structural=True,
                unset=UNSET,
            )

        try:
            filters_applied = FiltersApplied.from_dict(d["filters_applied"])

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            filters_applied = unparsed_field(
                unparsed,
                "DescriptionsPage",
                "filters_applied",
                d.get("filters_applied"),
                exc_,
                required=True,
                structural=True,
                unset=UNSET,
            )

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
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 7 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        descriptions_page.additional_properties = extra
        descriptions_page.unparsed = unparsed
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
