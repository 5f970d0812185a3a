from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_UNPARSED, UNSET, parse_strictly, parsing_strictly

if TYPE_CHECKING:
    from ..models.list_meta import ListMeta
    from ..models.segment import Segment

_lazy: dict[str, Any] = {}


T = TypeVar("T", bound="SegmentList")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "meta",
        "items",
    }
)

_JSON_NAMES: dict[str, str] = {
    "meta": "meta",
    "items": "items",
}


@_attrs_define
class SegmentList:
    """A page of segments, `{meta, items}` (public-facts).

    Attributes:
        meta (ListMeta): Metadata of a list. Paginated lists carry `object`, `limit`, `offset`, `total` and
            `search_parameters`; unpaginated ones (upload URLs, batch results, a label's attributes) only `object` and
            `total`. Only `total` is relied upon (public-facts: clients page with it).
        items (list[Segment]):
    """

    meta: ListMeta
    items: list[Segment]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
        meta = self.meta.to_dict()

        items = []
        for items_item_data in self.items:
            items_item = items_item_data.to_dict()
            items.append(items_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meta": meta,
                "items": items,
            }
        )

        return field_dict

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
        if "meta" not in self.unparsed:
            meta = self.meta.to_dict()
        else:  # read leniently: written back as the server sent it
            meta = self.unparsed["meta"].raw

        if "items" not in self.unparsed:
            items = []
            for items_item_data in self.items:
                items_item = items_item_data.to_dict()
                items.append(items_item)

        else:  # read leniently: written back as the server sent it
            items = self.unparsed["items"].raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "meta": meta,
                "items": items,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:
            try:
                ListMeta = _lazy["ListMeta"]
            except KeyError:
                from ..models.list_meta import ListMeta  # noqa: PLC0415

                _lazy["ListMeta"] = ListMeta

            try:
                Segment = _lazy["Segment"]
            except KeyError:
                from ..models.segment import Segment  # noqa: PLC0415

                _lazy["Segment"] = Segment

        try:
            d = src_dict
            meta = ListMeta.from_dict(d["meta"])

            import gc  # noqa: PLC0415 - here, not at the top: endpoint modules build lists too

            _items_gc = gc.isenabled()
            gc.disable()
            try:
                items = []
                _items = d["items"]
                for items_item_data in _items:
                    items_item = Segment.from_dict(items_item_data)

                    items.append(items_item)

            finally:
                if _items_gc:
                    gc.enable()

            segment_list = cls(
                meta,
                items,
            )

            extra = (
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 2 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            segment_list.additional_properties = extra
            return segment_list

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
        from ..models.list_meta import ListMeta  # noqa: PLC0415
        from ..models.segment import Segment  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise not_an_object("SegmentList", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            meta = ListMeta.from_dict(d["meta"])

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            meta = unparsed_field(
                unparsed,
                "SegmentList",
                "meta",
                d.get("meta"),
                exc_,
                required=True,
                structural=True,
                unset=UNSET,
            )

        try:
            items = items_that_are_objects(
                unparsed,
                "SegmentList",
                "items",
                d["items"],
                Segment.from_dict,
                unset=UNSET,
            )
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            items = unparsed_field(
                unparsed,
                "SegmentList",
                "items",
                d.get("items"),
                exc_,
                required=True,
                structural=True,
                unset=UNSET,
            )

        segment_list = cls(
            meta,
            items,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 2 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        segment_list.additional_properties = extra
        segment_list.unparsed = unparsed
        return segment_list

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
