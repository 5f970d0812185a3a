from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_UNPARSED, UNSET, parse_strictly, parsing_strictly

if TYPE_CHECKING:
    from ..models.confidence_distribution import ConfidenceDistribution
    from ..models.daily_count import DailyCount
    from ..models.source_distribution import SourceDistribution

_lazy: dict[str, Any] = {}


T = TypeVar("T", bound="Statistics")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "total_count",
        "average_confidence",
        "confidence_distribution",
        "daily_counts",
        "source_distribution",
    }
)

_JSON_NAMES: dict[str, str] = {
    "total_count": "total_count",
    "average_confidence": "average_confidence",
    "confidence_distribution": "confidence_distribution",
    "daily_counts": "daily_counts",
    "source_distribution": "source_distribution",
}


@_attrs_define
class Statistics:
    """Statistics over every item matching the filters (not only the page).

    Attributes:
        total_count (int):
        average_confidence (float | None): Mean confidence of the matching items that have one; null when none has
            (inferred).
        confidence_distribution (ConfidenceDistribution): Number of matching items per confidence bucket, keyed like
            `0.8-0.9`. Inferred:
            buckets are tenths, `0.9-1.0` includes 1.0, empty buckets are left out and items
            with a null score are not counted.
        daily_counts (list[DailyCount]): Matching items per day (inferred: UTC days that have items, oldest first).
        source_distribution (SourceDistribution): Number of matching items per source type.
    """

    total_count: int
    average_confidence: float | None
    confidence_distribution: ConfidenceDistribution
    daily_counts: list[DailyCount]
    source_distribution: SourceDistribution
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
        total_count = self.total_count

        average_confidence: float | None
        average_confidence = self.average_confidence

        confidence_distribution = self.confidence_distribution.to_dict()

        daily_counts = []
        for daily_counts_item_data in self.daily_counts:
            daily_counts_item = daily_counts_item_data.to_dict()
            daily_counts.append(daily_counts_item)

        source_distribution = self.source_distribution.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total_count": total_count,
                "average_confidence": average_confidence,
                "confidence_distribution": confidence_distribution,
                "daily_counts": daily_counts,
                "source_distribution": source_distribution,
            }
        )

        return field_dict

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
        if "total_count" not in self.unparsed:
            total_count = self.total_count
        else:  # read leniently: written back as the server sent it
            total_count = self.unparsed["total_count"].raw

        if "average_confidence" not in self.unparsed:
            average_confidence: float | None
            average_confidence = self.average_confidence
        else:  # read leniently: written back as the server sent it
            average_confidence = self.unparsed["average_confidence"].raw

        if "confidence_distribution" not in self.unparsed:
            confidence_distribution = self.confidence_distribution.to_dict()
        else:  # read leniently: written back as the server sent it
            confidence_distribution = self.unparsed["confidence_distribution"].raw

        if "daily_counts" not in self.unparsed:
            daily_counts = []
            for daily_counts_item_data in self.daily_counts:
                daily_counts_item = daily_counts_item_data.to_dict()
                daily_counts.append(daily_counts_item)

        else:  # read leniently: written back as the server sent it
            daily_counts = self.unparsed["daily_counts"].raw

        if "source_distribution" not in self.unparsed:
            source_distribution = self.source_distribution.to_dict()
        else:  # read leniently: written back as the server sent it
            source_distribution = self.unparsed["source_distribution"].raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "total_count": total_count,
                "average_confidence": average_confidence,
                "confidence_distribution": confidence_distribution,
                "daily_counts": daily_counts,
                "source_distribution": source_distribution,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:
            try:
                ConfidenceDistribution = _lazy["ConfidenceDistribution"]
            except KeyError:
                from ..models.confidence_distribution import ConfidenceDistribution  # noqa: PLC0415

                _lazy["ConfidenceDistribution"] = ConfidenceDistribution

            try:
                DailyCount = _lazy["DailyCount"]
            except KeyError:
                from ..models.daily_count import DailyCount  # noqa: PLC0415

                _lazy["DailyCount"] = DailyCount

            try:
                SourceDistribution = _lazy["SourceDistribution"]
            except KeyError:
                from ..models.source_distribution import SourceDistribution  # noqa: PLC0415

                _lazy["SourceDistribution"] = SourceDistribution

        try:
            d = src_dict
            total_count = d["total_count"]

            average_confidence = d["average_confidence"]

            confidence_distribution = ConfidenceDistribution.from_dict(d["confidence_distribution"])

            import gc  # noqa: PLC0415 - here, not at the top: endpoint modules build lists too

            _daily_counts_gc = gc.isenabled()
            gc.disable()
            try:
                daily_counts = []
                _daily_counts = d["daily_counts"]
                for daily_counts_item_data in _daily_counts:
                    daily_counts_item = DailyCount.from_dict(daily_counts_item_data)

                    daily_counts.append(daily_counts_item)

            finally:
                if _daily_counts_gc:
                    gc.enable()

            source_distribution = SourceDistribution.from_dict(d["source_distribution"])

            statistics = cls(
                total_count,
                average_confidence,
                confidence_distribution,
                daily_counts,
                source_distribution,
            )

            extra = (
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 5 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            statistics.additional_properties = extra
            return statistics

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
        from ..models.confidence_distribution import ConfidenceDistribution  # noqa: PLC0415
        from ..models.daily_count import DailyCount  # noqa: PLC0415
        from ..models.source_distribution import SourceDistribution  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise not_an_object("Statistics", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            total_count = d["total_count"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            total_count = unparsed_field(
                unparsed,
                "Statistics",
                "total_count",
                d.get("total_count"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            average_confidence = d["average_confidence"]

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            average_confidence = unparsed_field(
                unparsed,
                "Statistics",
                "average_confidence",
                d.get("average_confidence"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            confidence_distribution = ConfidenceDistribution.from_dict(d["confidence_distribution"])

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            confidence_distribution = unparsed_field(
                unparsed,
                "Statistics",
                "confidence_distribution",
                d.get("confidence_distribution"),
                exc_,
                required=True,
                structural=True,
                unset=UNSET,
            )

        try:
            daily_counts = items_that_are_objects(
                unparsed,
                "Statistics",
                "daily_counts",
                d["daily_counts"],
                DailyCount.from_dict,
                unset=UNSET,
            )
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            daily_counts = unparsed_field(
                unparsed,
                "Statistics",
                "daily_counts",
                d.get("daily_counts"),
                exc_,
                required=True,
                structural=True,
                unset=UNSET,
            )

        try:
            source_distribution = SourceDistribution.from_dict(d["source_distribution"])

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            source_distribution = unparsed_field(
                unparsed,
                "Statistics",
                "source_distribution",
                d.get("source_distribution"),
                exc_,
                required=True,
                structural=True,
                unset=UNSET,
            )

        statistics = cls(
            total_count,
            average_confidence,
            confidence_distribution,
            daily_counts,
            source_distribution,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 5 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        statistics.additional_properties = extra
        statistics.unparsed = unparsed
        return statistics

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
