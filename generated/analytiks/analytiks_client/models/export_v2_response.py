from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.export_failures import ExportFailures
    from ..models.location_data import LocationData


T = TypeVar("T", bound="ExportV2Response")


@_attrs_define
class ExportV2Response:
    """
    Attributes:
        successes (list[LocationData]): Data of the authorized locations, as in v1.
        failures (ExportFailures): Locations that were rejected. Empty (`{}`) when every location was authorized
            (inferred reading of "the failures object will just be empty").
    """

    successes: list[LocationData]
    failures: ExportFailures
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        successes = []
        for successes_item_data in self.successes:
            successes_item = successes_item_data.to_dict()
            successes.append(successes_item)

        failures = self.failures.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "successes": successes,
                "failures": failures,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.export_failures import ExportFailures  # noqa: PLC0415
        from ..models.location_data import LocationData  # noqa: PLC0415

        d = src_dict
        successes = []
        _successes = d["successes"]
        for successes_item_data in _successes:
            successes_item = LocationData.from_dict(successes_item_data)

            successes.append(successes_item)

        failures = ExportFailures.from_dict(d["failures"])

        export_v2_response = cls(
            successes,
            failures,
        )

        extra = (
            {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "successes",
                    "failures",
                }
            }
            if len(d) > 2
            else {}
        )
        export_v2_response.additional_properties = extra
        return export_v2_response

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
