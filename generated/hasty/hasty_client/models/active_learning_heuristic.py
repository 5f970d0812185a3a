from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_family import ModelFamily
from ..types import UNSET, Unset

T = TypeVar("T", bound="ActiveLearningHeuristic")


@_attrs_define
class ActiveLearningHeuristic:
    """An active learning heuristic available for a model family.

    Attributes:
        id (UUID):
        model_family (ModelFamily): Model family (active learning).
        name (str): Name of the heuristic, for example `Entropy`.
        is_active (bool | Unset):
        wiki_url (str | Unset): Link to documentation of the heuristic.
    """

    id: UUID
    model_family: ModelFamily
    name: str
    is_active: bool | Unset = UNSET
    wiki_url: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        id = str(self.id)

        model_family = self.model_family.value

        name = self.name

        is_active = self.is_active

        wiki_url = self.wiki_url

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "model_family": model_family,
                "name": name,
            }
        )
        if is_active is not UNSET:
            field_dict["is_active"] = is_active
        if wiki_url is not UNSET:
            field_dict["wiki_url"] = wiki_url

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        id = UUID(d["id"])

        model_family = ModelFamily(d["model_family"])

        name = d["name"]

        is_active = d.get("is_active", UNSET)

        wiki_url = d.get("wiki_url", UNSET)

        active_learning_heuristic = cls(
            id,
            model_family,
            name,
            is_active,
            wiki_url,
        )

        extra = (
            {
                k: v
                for k, v in d.items()
                if k
                not in {
                    "id",
                    "model_family",
                    "name",
                    "is_active",
                    "wiki_url",
                }
            }
            if len(d) > 3
            else {}
        )
        active_learning_heuristic.additional_properties = extra
        return active_learning_heuristic

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
