from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.model_family import ModelFamily
from ..types import NO_UNPARSED, UNSET, Unset, enum_member, parse_strictly, parse_uuid, parsing_strictly

T = TypeVar("T", bound="RankingSession")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "session_id",
        "status",
        "heuristic_id",
        "model_family",
        "heuristic_name",
        "session_name",
    }
)

_JSON_NAMES: dict[str, str] = {
    "session_id": "session_id",
    "status": "status",
    "heuristic_id": "heuristic_id",
    "model_family": "model_family",
    "heuristic_name": "heuristic_name",
    "session_name": "session_name",
}


@_attrs_define
class RankingSession:
    """An active learning ranking job.

    Attributes:
        session_id (UUID):
        status (str): Status of a background job (export, automated labeling, ranking session). An open set: the page
            shows `INIT` (export, ranking session) and `DONE` (automated labeling); public-facts say a job goes from `INIT`
            through to `DONE` or `FAILED`. The values in between are not documented (inferred: any other value means the job
            is still running), so no enum is declared.
        heuristic_id (UUID | Unset):
        model_family (ModelFamily | Unset): Model family (active learning).
        heuristic_name (str | Unset):
        session_name (str | Unset):
    """

    session_id: UUID
    status: str
    heuristic_id: UUID | Unset = UNSET
    model_family: ModelFamily | Unset = UNSET
    heuristic_name: str | Unset = UNSET
    session_name: str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
        session_id = str(self.session_id)

        status = self.status

        heuristic_id: str | Unset = UNSET
        if not isinstance(self.heuristic_id, Unset):
            heuristic_id = str(self.heuristic_id)

        model_family: str | Unset = UNSET
        if not isinstance(self.model_family, Unset):
            model_family = self.model_family.value

        heuristic_name = self.heuristic_name

        session_name = self.session_name

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "session_id": session_id,
                "status": status,
            }
        )
        if heuristic_id is not UNSET:
            field_dict["heuristic_id"] = heuristic_id
        if model_family is not UNSET:
            field_dict["model_family"] = model_family
        if heuristic_name is not UNSET:
            field_dict["heuristic_name"] = heuristic_name
        if session_name is not UNSET:
            field_dict["session_name"] = session_name

        return field_dict

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
        if "session_id" not in self.unparsed:
            session_id = str(self.session_id)
        else:  # read leniently: written back as the server sent it
            session_id = self.unparsed["session_id"].raw

        if "status" not in self.unparsed:
            status = self.status
        else:  # read leniently: written back as the server sent it
            status = self.unparsed["status"].raw

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

        if "heuristic_name" not in self.unparsed:
            heuristic_name = self.heuristic_name
        else:  # read leniently: written back as the server sent it
            heuristic_name = self.unparsed["heuristic_name"].raw

        if "session_name" not in self.unparsed:
            session_name = self.session_name
        else:  # read leniently: written back as the server sent it
            session_name = self.unparsed["session_name"].raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "session_id": session_id,
                "status": status,
            }
        )
        if heuristic_id is not UNSET:
            field_dict["heuristic_id"] = heuristic_id
        if model_family is not UNSET:
            field_dict["model_family"] = model_family
        if heuristic_name is not UNSET:
            field_dict["heuristic_name"] = heuristic_name
        if session_name is not UNSET:
            field_dict["session_name"] = session_name

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            session_id = parse_uuid(d["session_id"])

            status = d["status"]

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

            heuristic_name = d.get("heuristic_name", UNSET)

            session_name = d.get("session_name", UNSET)

            ranking_session = cls(
                session_id,
                status,
                heuristic_id,
                model_family,
                heuristic_name,
                session_name,
            )

            extra = (
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 2 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            ranking_session.additional_properties = extra
            return ranking_session

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
            raise not_an_object("RankingSession", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            session_id = parse_uuid(d["session_id"])

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            session_id = unparsed_field(
                unparsed,
                "RankingSession",
                "session_id",
                d.get("session_id"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            status = d["status"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            status = unparsed_field(
                unparsed,
                "RankingSession",
                "status",
                d.get("status"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

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
                "RankingSession",
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
                "RankingSession",
                "model_family",
                d.get("model_family"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            heuristic_name = d.get("heuristic_name", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            heuristic_name = unparsed_field(
                unparsed,
                "RankingSession",
                "heuristic_name",
                d.get("heuristic_name"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            session_name = d.get("session_name", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            session_name = unparsed_field(
                unparsed,
                "RankingSession",
                "session_name",
                d.get("session_name"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        ranking_session = cls(
            session_id,
            status,
            heuristic_id,
            model_family,
            heuristic_name,
            session_name,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 2 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        ranking_session.additional_properties = extra
        ranking_session.unparsed = unparsed
        return ranking_session

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
