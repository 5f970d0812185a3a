from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.list_meta_search_parameters import ListMetaSearchParameters


T = TypeVar("T", bound="ListMeta")


@_attrs_define
class ListMeta:
    """Metadata of a list. Paginated lists carry `object`, `limit`, `offset`, `total` and `search_parameters`; unpaginated
    ones (upload URLs, batch results, a label's attributes) only `object` and `total`. Only `total` is relied upon
    (public-facts: clients page with it).

        Attributes:
            total (int): Number of items matching the query, over all pages.
            object_ (str | Unset): Name of the listed object type (not explained on the page).
            limit (int | Unset): The limit applied (paginated lists only).
            offset (int | Unset): The offset applied (paginated lists only).
            search_parameters (ListMetaSearchParameters | Unset): The filters applied (shown empty on the page; its keys are
                not documented).
    """

    total: int
    object_: str | Unset = UNSET
    limit: int | Unset = UNSET
    offset: int | Unset = UNSET
    search_parameters: ListMetaSearchParameters | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        total = self.total

        object_ = self.object_

        limit = self.limit

        offset = self.offset

        search_parameters: dict[str, Any] | Unset = UNSET
        if not isinstance(self.search_parameters, Unset):
            search_parameters = self.search_parameters.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total": total,
            }
        )
        if object_ is not UNSET:
            field_dict["object"] = object_
        if limit is not UNSET:
            field_dict["limit"] = limit
        if offset is not UNSET:
            field_dict["offset"] = offset
        if search_parameters is not UNSET:
            field_dict["search_parameters"] = search_parameters

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.list_meta_search_parameters import ListMetaSearchParameters  # noqa: PLC0415

        d = src_dict
        total = d["total"]

        object_ = d.get("object", UNSET)

        limit = d.get("limit", UNSET)

        offset = d.get("offset", UNSET)

        _search_parameters = d.get("search_parameters", UNSET)
        search_parameters: ListMetaSearchParameters | Unset
        if isinstance(_search_parameters, Unset):
            search_parameters = UNSET
        else:
            search_parameters = ListMetaSearchParameters.from_dict(_search_parameters)

        list_meta = cls(
            total,
            object_,
            limit,
            offset,
            search_parameters,
        )

        extra = (
            {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "total",
                    "object",
                    "limit",
                    "offset",
                    "search_parameters",
                }
            }
            if len(d) > 1
            else {}
        )
        list_meta.additional_properties = extra
        return list_meta

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
