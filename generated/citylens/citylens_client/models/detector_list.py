from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_UNPARSED, UNSET, parse_strictly, parsing_strictly

if TYPE_CHECKING:
    from ..models.detector import Detector

_lazy: dict[str, Any] = {}


T = TypeVar("T", bound="DetectorList")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "detectors",
    }
)

_JSON_NAMES: dict[str, str] = {
    "detectors": "detectors",
}


@_attrs_define
class DetectorList:
    """
    Attributes:
        detectors (list[Detector]):
    """

    detectors: list[Detector]
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
        detectors = []
        for detectors_item_data in self.detectors:
            detectors_item = detectors_item_data.to_dict()
            detectors.append(detectors_item)

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "detectors": detectors,
            }
        )

        return field_dict

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
        if "detectors" not in self.unparsed:
            detectors = []
            for detectors_item_data in self.detectors:
                detectors_item = detectors_item_data.to_dict()
                detectors.append(detectors_item)

        else:  # read leniently: written back as the server sent it
            detectors = self.unparsed["detectors"].raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "detectors": detectors,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:
            try:
                Detector = _lazy["Detector"]
            except KeyError:
                from ..models.detector import Detector  # noqa: PLC0415

                _lazy["Detector"] = Detector

        try:
            d = src_dict
            import gc  # noqa: PLC0415 - here, not at the top: endpoint modules build lists too

            _detectors_gc = gc.isenabled()
            gc.disable()
            try:
                detectors = []
                _detectors = d["detectors"]
                for detectors_item_data in _detectors:
                    detectors_item = Detector.from_dict(detectors_item_data)

                    detectors.append(detectors_item)

            finally:
                if _detectors_gc:
                    gc.enable()

            detector_list = cls(
                detectors,
            )

            extra = (
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 1 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            detector_list.additional_properties = extra
            return detector_list

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
        from ..models.detector import Detector  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise not_an_object("DetectorList", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            detectors = items_that_are_objects(
                unparsed,
                "DetectorList",
                "detectors",
                d["detectors"],
                Detector.from_dict,
                unset=UNSET,
            )
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            detectors = unparsed_field(
                unparsed,
                "DetectorList",
                "detectors",
                d.get("detectors"),
                exc_,
                required=True,
                structural=True,
                unset=UNSET,
            )

        detector_list = cls(
            detectors,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 1 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        detector_list.additional_properties = extra
        detector_list.unparsed = unparsed
        return detector_list

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
