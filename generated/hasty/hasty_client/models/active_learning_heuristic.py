from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_family import ModelFamily
from ..types import NO_UNPARSED, UNSET, Unset, enum_member, parse_strictly, parse_uuid, parsing_strictly

T = TypeVar("T", bound="ActiveLearningHeuristic")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "model_family",
        "name",
        "is_active",
        "wiki_url",
    }
)

_JSON_NAMES: dict[str, str] = {
    "id": "id",
    "model_family": "model_family",
    "name": "name",
    "is_active": "is_active",
    "wiki_url": "wiki_url",
}


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
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
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

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
        if "id" not in self.unparsed:
            id = str(self.id)
        else:  # read leniently: written back as the server sent it
            id = self.unparsed["id"].raw

        if "model_family" not in self.unparsed:
            model_family = self.model_family.value
        else:  # read leniently: written back as the server sent it
            model_family = self.unparsed["model_family"].raw

        if "name" not in self.unparsed:
            name = self.name
        else:  # read leniently: written back as the server sent it
            name = self.unparsed["name"].raw

        if "is_active" not in self.unparsed:
            is_active = self.is_active
        else:  # read leniently: written back as the server sent it
            is_active = self.unparsed["is_active"].raw

        if "wiki_url" not in self.unparsed:
            wiki_url = self.wiki_url
        else:  # read leniently: written back as the server sent it
            wiki_url = self.unparsed["wiki_url"].raw

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
        try:
            d = src_dict
            id = parse_uuid(d["id"])

            model_family = enum_member(ModelFamily, d["model_family"])

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
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 3 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            active_learning_heuristic.additional_properties = extra
            return active_learning_heuristic

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

        if not isinstance(src_dict, Mapping):
            raise not_an_object("ActiveLearningHeuristic", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            id = parse_uuid(d["id"])

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            id = unparsed_field(
                unparsed,
                "ActiveLearningHeuristic",
                "id",
                d.get("id"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            model_family = enum_member(ModelFamily, d["model_family"])

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            model_family = unparsed_field(
                unparsed,
                "ActiveLearningHeuristic",
                "model_family",
                d.get("model_family"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            name = d["name"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            name = unparsed_field(
                unparsed,
                "ActiveLearningHeuristic",
                "name",
                d.get("name"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            is_active = d.get("is_active", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            is_active = unparsed_field(
                unparsed,
                "ActiveLearningHeuristic",
                "is_active",
                d.get("is_active"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            wiki_url = d.get("wiki_url", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            wiki_url = unparsed_field(
                unparsed,
                "ActiveLearningHeuristic",
                "wiki_url",
                d.get("wiki_url"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        active_learning_heuristic = cls(
            id,
            model_family,
            name,
            is_active,
            wiki_url,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 3 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        active_learning_heuristic.additional_properties = extra
        active_learning_heuristic.unparsed = unparsed
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
