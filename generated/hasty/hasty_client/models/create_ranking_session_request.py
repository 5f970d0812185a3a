from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_family import ModelFamily
from ..types import NO_UNPARSED, UNSET, Unset, enum_member, parse_strictly, parse_uuid, parsing_strictly

T = TypeVar("T", bound="CreateRankingSessionRequest")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "heuristic_id",
        "model_family",
        "num_images",
        "dataset_ids",
        "session_name",
    }
)

_JSON_NAMES: dict[str, str] = {
    "heuristic_id": "heuristic_id",
    "model_family": "model_family",
    "num_images": "num_images",
    "dataset_ids": "dataset_ids",
    "session_name": "session_name",
}


@_attrs_define
class CreateRankingSessionRequest:
    """The page marks no field as required.

    Attributes:
        heuristic_id (UUID | Unset): Active learning heuristic to use for ranking.
        model_family (ModelFamily | Unset): Model family (active learning).
        num_images (float | Unset): Number of images to rank.
        dataset_ids (list[UUID] | Unset): Dataset IDs for datasets to use in ranking.
        session_name (str | Unset): Name given to the ranking session.
    """

    heuristic_id: UUID | Unset = UNSET
    model_family: ModelFamily | Unset = UNSET
    num_images: float | Unset = UNSET
    dataset_ids: list[UUID] | Unset = UNSET
    session_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
        heuristic_id: str | Unset = UNSET
        if not isinstance(self.heuristic_id, Unset):
            heuristic_id = str(self.heuristic_id)

        model_family: str | Unset = UNSET
        if not isinstance(self.model_family, Unset):
            model_family = self.model_family.value

        num_images = self.num_images

        dataset_ids: list[str] | Unset = UNSET
        if not isinstance(self.dataset_ids, Unset):
            dataset_ids = []
            for dataset_ids_item_data in self.dataset_ids:
                dataset_ids_item = str(dataset_ids_item_data)
                dataset_ids.append(dataset_ids_item)

        session_name = self.session_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if heuristic_id is not UNSET:
            field_dict["heuristic_id"] = heuristic_id
        if model_family is not UNSET:
            field_dict["model_family"] = model_family
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if dataset_ids is not UNSET:
            field_dict["dataset_ids"] = dataset_ids
        if session_name is not UNSET:
            field_dict["session_name"] = session_name

        return field_dict

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
        if "heuristic_id" not in self.unparsed:
            heuristic_id: str | Unset = UNSET
            if not isinstance(self.heuristic_id, Unset):
                heuristic_id = str(self.heuristic_id)
        else:  # read leniently: written back as the server sent it
            heuristic_id = self.unparsed["heuristic_id"].raw

        if "model_family" not in self.unparsed:
            model_family: str | Unset = UNSET
            if not isinstance(self.model_family, Unset):
                model_family = self.model_family.value

        else:  # read leniently: written back as the server sent it
            model_family = self.unparsed["model_family"].raw

        if "num_images" not in self.unparsed:
            num_images = self.num_images
        else:  # read leniently: written back as the server sent it
            num_images = self.unparsed["num_images"].raw

        if "dataset_ids" not in self.unparsed:
            dataset_ids: list[str] | Unset = UNSET
            if not isinstance(self.dataset_ids, Unset):
                dataset_ids = []
                for dataset_ids_item_data in self.dataset_ids:
                    dataset_ids_item = str(dataset_ids_item_data)
                    dataset_ids.append(dataset_ids_item)

        else:  # read leniently: written back as the server sent it
            dataset_ids = self.unparsed["dataset_ids"].raw

        if "session_name" not in self.unparsed:
            session_name = self.session_name
        else:  # read leniently: written back as the server sent it
            session_name = self.unparsed["session_name"].raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if heuristic_id is not UNSET:
            field_dict["heuristic_id"] = heuristic_id
        if model_family is not UNSET:
            field_dict["model_family"] = model_family
        if num_images is not UNSET:
            field_dict["num_images"] = num_images
        if dataset_ids is not UNSET:
            field_dict["dataset_ids"] = dataset_ids
        if session_name is not UNSET:
            field_dict["session_name"] = session_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            _heuristic_id = d.get("heuristic_id", UNSET)
            heuristic_id: UUID | Unset
            if isinstance(_heuristic_id, Unset):
                heuristic_id = UNSET
            else:
                heuristic_id = parse_uuid(_heuristic_id)

            _model_family = d.get("model_family", UNSET)
            model_family: ModelFamily | Unset
            if isinstance(_model_family, Unset):
                model_family = UNSET
            else:
                model_family = enum_member(ModelFamily, _model_family)

            num_images = d.get("num_images", UNSET)

            _dataset_ids = d.get("dataset_ids", UNSET)
            dataset_ids: list[UUID] | Unset = UNSET
            if _dataset_ids is not UNSET:
                dataset_ids = []
                for dataset_ids_item_data in _dataset_ids:
                    dataset_ids_item = parse_uuid(dataset_ids_item_data)

                    dataset_ids.append(dataset_ids_item)

            session_name = d.get("session_name", UNSET)

            create_ranking_session_request = cls(
                heuristic_id,
                model_family,
                num_images,
                dataset_ids,
                session_name,
            )

            extra = (
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 0 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            create_ranking_session_request.additional_properties = extra
            return create_ranking_session_request

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
            raise not_an_object("CreateRankingSessionRequest", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            _heuristic_id = d.get("heuristic_id", UNSET)
            heuristic_id: UUID | Unset
            if isinstance(_heuristic_id, Unset):
                heuristic_id = UNSET
            else:
                heuristic_id = parse_uuid(_heuristic_id)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            heuristic_id = unparsed_field(
                unparsed,
                "CreateRankingSessionRequest",
                "heuristic_id",
                d.get("heuristic_id"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            _model_family = d.get("model_family", UNSET)
            model_family: ModelFamily | Unset
            if isinstance(_model_family, Unset):
                model_family = UNSET
            else:
                model_family = enum_member(ModelFamily, _model_family)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            model_family = unparsed_field(
                unparsed,
                "CreateRankingSessionRequest",
                "model_family",
                d.get("model_family"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            num_images = d.get("num_images", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            num_images = unparsed_field(
                unparsed,
                "CreateRankingSessionRequest",
                "num_images",
                d.get("num_images"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            _dataset_ids = d.get("dataset_ids", UNSET)
            dataset_ids: list[UUID] | Unset = UNSET
            if _dataset_ids is not UNSET:
                dataset_ids = []
                for dataset_ids_item_data in _dataset_ids:
                    dataset_ids_item = parse_uuid(dataset_ids_item_data)

                    dataset_ids.append(dataset_ids_item)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            dataset_ids = unparsed_field(
                unparsed,
                "CreateRankingSessionRequest",
                "dataset_ids",
                d.get("dataset_ids"),
                exc_,
                required=False,
                structural=True,
                unset=UNSET,
            )

        try:
            session_name = d.get("session_name", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            session_name = unparsed_field(
                unparsed,
                "CreateRankingSessionRequest",
                "session_name",
                d.get("session_name"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        create_ranking_session_request = cls(
            heuristic_id,
            model_family,
            num_images,
            dataset_ids,
            session_name,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 0 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        create_ranking_session_request.additional_properties = extra
        create_ranking_session_request.unparsed = unparsed
        return create_ranking_session_request

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
