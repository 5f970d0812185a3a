from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_UNPARSED, UNSET, Unset, parse_strictly, parsing_strictly

if TYPE_CHECKING:
    from ..models.list_meta_search_parameters import ListMetaSearchParameters

_lazy: dict[str, Any] = {}


T = TypeVar("T", bound="ListMeta")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "total",
        "object",
        "limit",
        "offset",
        "search_parameters",
    }
)

_JSON_NAMES: dict[str, str] = {
    "total": "total",
    "object_": "object",
    "limit": "limit",
    "offset": "offset",
    "search_parameters": "search_parameters",
}


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
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
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

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
        if "total" not in self.unparsed:
            total = self.total
        else:  # read leniently: written back as the server sent it
            total = self.unparsed["total"].raw

        if "object" not in self.unparsed:
            object_ = self.object_
        else:  # read leniently: written back as the server sent it
            object_ = self.unparsed["object"].raw

        if "limit" not in self.unparsed:
            limit = self.limit
        else:  # read leniently: written back as the server sent it
            limit = self.unparsed["limit"].raw

        if "offset" not in self.unparsed:
            offset = self.offset
        else:  # read leniently: written back as the server sent it
            offset = self.unparsed["offset"].raw

        if "search_parameters" not in self.unparsed:
            search_parameters: dict[str, Any] | Unset = UNSET
            if not isinstance(self.search_parameters, Unset):
                search_parameters = self.search_parameters.to_dict()
        else:  # read leniently: written back as the server sent it
            search_parameters = self.unparsed["search_parameters"].raw

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
        if not TYPE_CHECKING:
            try:
                ListMetaSearchParameters = _lazy["ListMetaSearchParameters"]
            except KeyError:
                from ..models.list_meta_search_parameters import ListMetaSearchParameters  # noqa: PLC0415

                _lazy["ListMetaSearchParameters"] = ListMetaSearchParameters

        try:
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
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 1 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            list_meta.additional_properties = extra
            return list_meta

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
        from ..models.list_meta_search_parameters import ListMetaSearchParameters  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise not_an_object("ListMeta", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            total = d["total"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            total = unparsed_field(
                unparsed,
                "ListMeta",
                "total",
                d.get("total"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            object_ = d.get("object", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            object_ = unparsed_field(
                unparsed,
                "ListMeta",
                "object",
                d.get("object"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            limit = d.get("limit", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            limit = unparsed_field(
                unparsed,
                "ListMeta",
                "limit",
                d.get("limit"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            offset = d.get("offset", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            offset = unparsed_field(
                unparsed,
                "ListMeta",
                "offset",
                d.get("offset"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            _search_parameters = d.get("search_parameters", UNSET)
            search_parameters: ListMetaSearchParameters | Unset
            if isinstance(_search_parameters, Unset):
                search_parameters = UNSET
            else:
                search_parameters = ListMetaSearchParameters.from_dict(_search_parameters)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            search_parameters = unparsed_field(
                unparsed,
                "ListMeta",
                "search_parameters",
                d.get("search_parameters"),
                exc_,
                required=False,
                structural=True,
                unset=UNSET,
            )

        list_meta = cls(
            total,
            object_,
            limit,
            offset,
            search_parameters,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 1 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        list_meta.additional_properties = extra
        list_meta.unparsed = unparsed
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
