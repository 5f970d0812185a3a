from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_UNPARSED, UNSET, Unset, parse_strictly, parsing_strictly

if TYPE_CHECKING:
    from ..models.export_summary import ExportSummary
    from ..models.pagination import Pagination

_lazy: dict[str, Any] = {}


T = TypeVar("T", bound="ExportListEnvelope")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "exports",
        "data",
        "pagination",
    }
)

_JSON_NAMES: dict[str, str] = {
    "exports": "exports",
    "data": "data",
    "pagination": "pagination",
}


@_attrs_define
class ExportListEnvelope:
    """A page of exports in an envelope: `{"exports": [...]}` on legacy servers (a page shorter than `limit` is the last),
    `{"data": [...], "pagination": {...}}` on current ones. One schema with both keys optional, so that a lenient parse
    of either shape keeps its list.

        Attributes:
            exports (list[ExportSummary] | Unset):
            data (list[ExportSummary] | Unset):
            pagination (Pagination | Unset): Where a page sits in the list. `has_more` is authoritative: a page may be
                shorter than the `limit` asked (the server caps it) and still have more after it.
    """

    exports: list[ExportSummary] | Unset = UNSET
    data: list[ExportSummary] | Unset = UNSET
    pagination: Pagination | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
        exports: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.exports, Unset):
            exports = []
            for exports_item_data in self.exports:
                exports_item = exports_item_data.to_dict()
                exports.append(exports_item)

        data: list[dict[str, Any]] | Unset = UNSET
        if not isinstance(self.data, Unset):
            data = []
            for data_item_data in self.data:
                data_item = data_item_data.to_dict()
                data.append(data_item)

        pagination: dict[str, Any] | Unset = UNSET
        if not isinstance(self.pagination, Unset):
            pagination = self.pagination.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exports is not UNSET:
            field_dict["exports"] = exports
        if data is not UNSET:
            field_dict["data"] = data
        if pagination is not UNSET:
            field_dict["pagination"] = pagination

        return field_dict

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
        if "exports" not in self.unparsed:
            exports: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.exports, Unset):
                exports = []
                for exports_item_data in self.exports:
                    exports_item = exports_item_data.to_dict()
                    exports.append(exports_item)

        else:  # read leniently: written back as the server sent it
            exports = self.unparsed["exports"].raw

        if "data" not in self.unparsed:
            data: list[dict[str, Any]] | Unset = UNSET
            if not isinstance(self.data, Unset):
                data = []
                for data_item_data in self.data:
                    data_item = data_item_data.to_dict()
                    data.append(data_item)

        else:  # read leniently: written back as the server sent it
            data = self.unparsed["data"].raw

        if "pagination" not in self.unparsed:
            pagination: dict[str, Any] | Unset = UNSET
            if not isinstance(self.pagination, Unset):
                pagination = self.pagination.to_dict()
        else:  # read leniently: written back as the server sent it
            pagination = self.unparsed["pagination"].raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if exports is not UNSET:
            field_dict["exports"] = exports
        if data is not UNSET:
            field_dict["data"] = data
        if pagination is not UNSET:
            field_dict["pagination"] = pagination

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:
            try:
                ExportSummary = _lazy["ExportSummary"]
            except KeyError:
                from ..models.export_summary import ExportSummary  # noqa: PLC0415

                _lazy["ExportSummary"] = ExportSummary

            try:
                Pagination = _lazy["Pagination"]
            except KeyError:
                from ..models.pagination import Pagination  # noqa: PLC0415

                _lazy["Pagination"] = Pagination

        try:
            d = src_dict
            import gc  # noqa: PLC0415 - here, not at the top: endpoint modules build lists too

            _exports_gc = gc.isenabled()
            gc.disable()
            try:
                _exports = d.get("exports", UNSET)
                exports: list[ExportSummary] | Unset = UNSET
                if _exports is not UNSET:
                    exports = []
                    for exports_item_data in _exports:
                        exports_item = ExportSummary.from_dict(exports_item_data)

                        exports.append(exports_item)

            finally:
                if _exports_gc:
                    gc.enable()

            import gc  # noqa: PLC0415 - here, not at the top: endpoint modules build lists too

            _data_gc = gc.isenabled()
            gc.disable()
            try:
                _data = d.get("data", UNSET)
                data: list[ExportSummary] | Unset = UNSET
                if _data is not UNSET:
                    data = []
                    for data_item_data in _data:
                        data_item = ExportSummary.from_dict(data_item_data)

                        data.append(data_item)

            finally:
                if _data_gc:
                    gc.enable()

            _pagination = d.get("pagination", UNSET)
            pagination: Pagination | Unset
            if isinstance(_pagination, Unset):
                pagination = UNSET
            else:
                pagination = Pagination.from_dict(_pagination)

            export_list_envelope = cls(
                exports,
                data,
                pagination,
            )

            extra = (
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 0 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            export_list_envelope.additional_properties = extra
            return export_list_envelope

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
        from ..models.export_summary import ExportSummary  # noqa: PLC0415
        from ..models.pagination import Pagination  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise not_an_object("ExportListEnvelope", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            exports = items_that_are_objects(
                unparsed,
                "ExportListEnvelope",
                "exports",
                d.get("exports", UNSET),
                ExportSummary.from_dict,
                unset=UNSET,
            )
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            exports = unparsed_field(
                unparsed,
                "ExportListEnvelope",
                "exports",
                d.get("exports"),
                exc_,
                required=False,
                structural=True,
                unset=UNSET,
            )

        try:
            data = items_that_are_objects(
                unparsed,
                "ExportListEnvelope",
                "data",
                d.get("data", UNSET),
                ExportSummary.from_dict,
                unset=UNSET,
            )
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            data = unparsed_field(
                unparsed,
                "ExportListEnvelope",
                "data",
                d.get("data"),
                exc_,
                required=False,
                structural=True,
                unset=UNSET,
            )

        try:
            _pagination = d.get("pagination", UNSET)
            pagination: Pagination | Unset
            if isinstance(_pagination, Unset):
                pagination = UNSET
            else:
                pagination = Pagination.from_dict(_pagination)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            pagination = unparsed_field(
                unparsed,
                "ExportListEnvelope",
                "pagination",
                d.get("pagination"),
                exc_,
                required=False,
                structural=True,
                unset=UNSET,
            )

        export_list_envelope = cls(
            exports,
            data,
            pagination,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 0 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        export_list_envelope.additional_properties = extra
        export_list_envelope.unparsed = unparsed
        return export_list_envelope

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
