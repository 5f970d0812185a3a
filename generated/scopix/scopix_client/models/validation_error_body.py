from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_UNPARSED, UNSET, parse_strictly, parsing_strictly

if TYPE_CHECKING:
    from ..models.validation_error_item import ValidationErrorItem

_lazy: dict[str, Any] = {}


T = TypeVar("T", bound="ValidationErrorBody")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "detail",
    }
)

_JSON_NAMES: dict[str, str] = {
    "detail": "detail",
}


@_attrs_define
class ValidationErrorBody:
    """FastAPI validation error body (public-facts).

    Attributes:
        detail (list[ValidationErrorItem]):
    """

    detail: list[ValidationErrorItem]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
        detail = []
        for detail_item_data in self.detail:
            detail_item = detail_item_data.to_dict()
            detail.append(detail_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "detail": detail,
            }
        )

        return field_dict

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
        if "detail" not in self.unparsed:
            detail = []
            for detail_item_data in self.detail:
                detail_item = detail_item_data.to_dict()
                detail.append(detail_item)

        else:  # read leniently: written back as the server sent it
            detail = self.unparsed["detail"].raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "detail": detail,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:
            try:
                ValidationErrorItem = _lazy["ValidationErrorItem"]
            except KeyError:
                from ..models.validation_error_item import ValidationErrorItem  # noqa: PLC0415

                _lazy["ValidationErrorItem"] = ValidationErrorItem

        try:
            d = src_dict
            import gc  # noqa: PLC0415 - here, not at the top: endpoint modules build lists too

            _detail_gc = gc.isenabled()
            gc.disable()
            try:
                detail = []
                _detail = d["detail"]
                for detail_item_data in _detail:
                    detail_item = ValidationErrorItem.from_dict(detail_item_data)

                    detail.append(detail_item)

            finally:
                if _detail_gc:
                    gc.enable()

            validation_error_body = cls(
                detail,
            )

            extra = (
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 1 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            validation_error_body.additional_properties = extra
            return validation_error_body

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
        from ..models.validation_error_item import ValidationErrorItem  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise not_an_object("ValidationErrorBody", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            detail = items_that_are_objects(
                unparsed,
                "ValidationErrorBody",
                "detail",
                d["detail"],
                ValidationErrorItem.from_dict,
                unset=UNSET,
            )
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            detail = unparsed_field(
                unparsed,
                "ValidationErrorBody",
                "detail",
                d.get("detail"),
                exc_,
                required=True,
                structural=True,
                unset=UNSET,
            )

        validation_error_body = cls(
            detail,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 1 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        validation_error_body.additional_properties = extra
        validation_error_body.unparsed = unparsed
        return validation_error_body

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
