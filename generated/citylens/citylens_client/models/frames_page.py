from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

if TYPE_CHECKING:
    from ..models.frame import Frame


T = TypeVar("T", bound="FramesPage")


@_attrs_define
class FramesPage:
    """
    Attributes:
        frames (list[Frame]):
        total_count (int):
        limit (int):
        offset (int):
    """

    frames: list[Frame]
    total_count: int
    limit: int
    offset: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        frames = []
        for frames_item_data in self.frames:
            frames_item = frames_item_data.to_dict()
            frames.append(frames_item)

        total_count = self.total_count

        limit = self.limit

        offset = self.offset

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "frames": frames,
                "total_count": total_count,
                "limit": limit,
                "offset": offset,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.frame import Frame  # noqa: PLC0415

        d = src_dict
        frames = []
        _frames = d["frames"]
        for frames_item_data in _frames:
            frames_item = Frame.from_dict(frames_item_data)

            frames.append(frames_item)

        total_count = d["total_count"]

        limit = d["limit"]

        offset = d["offset"]

        frames_page = cls(
            frames,
            total_count,
            limit,
            offset,
        )

        extra = (
            {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "frames",
                    "total_count",
                    "limit",
                    "offset",
                }
            }
            if len(d) > 4
            else {}
        )
        frames_page.additional_properties = extra
        return frames_page

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
