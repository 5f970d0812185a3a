from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_UNPARSED, UNSET, parse_datetime, parse_strictly, parsing_strictly

if TYPE_CHECKING:
    from ..models.description_metadata import DescriptionMetadata
    from ..models.verification import Verification

_lazy: dict[str, Any] = {}


T = TypeVar("T", bound="Description")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "type",
        "source_type",
        "source_id",
        "created_at",
        "image_url",
        "description",
        "confidence_score",
        "verification",
        "image_id",
        "metadata",
    }
)

_JSON_NAMES: dict[str, str] = {
    "id": "id",
    "type_": "type",
    "source_type": "source_type",
    "source_id": "source_id",
    "created_at": "created_at",
    "image_url": "image_url",
    "description": "description",
    "confidence_score": "confidence_score",
    "verification": "verification",
    "image_id": "image_id",
    "metadata": "metadata",
}


@_attrs_define
class Description:
    """One entry of the processing history.

    Attributes:
        id (str): Identifier of the entry, for example `desc_001`.
        type_ (str): Kind of result: `description` on the page; `extraction` and `rule` are the
            results the page's confidence filters mention. An open set.
        source_type (str): How the image was submitted. Documented values: `single`, `batch`; `api` is
            inferred. An open set: other values may appear.
        source_id (str): Identifier of the operation (or batch) that produced the entry, for example `op_abc123`.
        created_at (datetime.datetime):
        image_url (str): URL of the image described.
        description (str): The text produced for the image.
        confidence_score (float | None): Confidence of extraction and rule results (0-1); null for descriptions.
        verification (None | Verification): Human verification of the result, or null when it was not verified. The page
            shows only null; the object's shape is inferred.
        image_id (str): Identifier of the image, for example `img_xyz789`.
        metadata (DescriptionMetadata): Free-form metadata of the entry (`{}` on the page); keys vary by type of result.
    """

    id: str
    type_: str
    source_type: str
    source_id: str
    created_at: datetime.datetime
    image_url: str
    description: str
    confidence_score: float | None
    verification: None | Verification
    image_id: str
    metadata: DescriptionMetadata
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        from ..models.verification import Verification  # noqa: PLC0415

        if self.unparsed:
            return self._to_dict_keeping_raw()
        id = self.id

        type_ = self.type_

        source_type = self.source_type

        source_id = self.source_id

        created_at = self.created_at.isoformat().replace("+00:00", "Z")

        image_url = self.image_url

        description = self.description

        confidence_score: float | None
        confidence_score = self.confidence_score

        verification: dict[str, Any] | None
        if isinstance(self.verification, Verification):
            verification = self.verification.to_dict()
        else:
            verification = self.verification

        image_id = self.image_id

        metadata = self.metadata.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "source_type": source_type,
                "source_id": source_id,
                "created_at": created_at,
                "image_url": image_url,
                "description": description,
                "confidence_score": confidence_score,
                "verification": verification,
                "image_id": image_id,
                "metadata": metadata,
            }
        )

        return field_dict

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
        from ..models.verification import Verification  # noqa: PLC0415

        if "id" not in self.unparsed:
            id = self.id
        else:  # read leniently: written back as the server sent it
            id = self.unparsed["id"].raw

        if "type" not in self.unparsed:
            type_ = self.type_
        else:  # read leniently: written back as the server sent it
            type_ = self.unparsed["type"].raw

        if "source_type" not in self.unparsed:
            source_type = self.source_type
        else:  # read leniently: written back as the server sent it
            source_type = self.unparsed["source_type"].raw

        if "source_id" not in self.unparsed:
            source_id = self.source_id
        else:  # read leniently: written back as the server sent it
            source_id = self.unparsed["source_id"].raw

        if "created_at" not in self.unparsed:
            created_at = self.created_at.isoformat().replace("+00:00", "Z")
        else:  # read leniently: written back as the server sent it
            created_at = self.unparsed["created_at"].raw

        if "image_url" not in self.unparsed:
            image_url = self.image_url
        else:  # read leniently: written back as the server sent it
            image_url = self.unparsed["image_url"].raw

        if "description" not in self.unparsed:
            description = self.description
        else:  # read leniently: written back as the server sent it
            description = self.unparsed["description"].raw

        if "confidence_score" not in self.unparsed:
            confidence_score: float | None
            confidence_score = self.confidence_score
        else:  # read leniently: written back as the server sent it
            confidence_score = self.unparsed["confidence_score"].raw

        if "verification" not in self.unparsed:
            verification: dict[str, Any] | None
            if isinstance(self.verification, Verification):
                verification = self.verification.to_dict()
            else:
                verification = self.verification
        else:  # read leniently: written back as the server sent it
            verification = self.unparsed["verification"].raw

        if "image_id" not in self.unparsed:
            image_id = self.image_id
        else:  # read leniently: written back as the server sent it
            image_id = self.unparsed["image_id"].raw

        if "metadata" not in self.unparsed:
            metadata = self.metadata.to_dict()
        else:  # read leniently: written back as the server sent it
            metadata = self.unparsed["metadata"].raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "type": type_,
                "source_type": source_type,
                "source_id": source_id,
                "created_at": created_at,
                "image_url": image_url,
                "description": description,
                "confidence_score": confidence_score,
                "verification": verification,
                "image_id": image_id,
                "metadata": metadata,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:
            try:
                DescriptionMetadata = _lazy["DescriptionMetadata"]
            except KeyError:
                from ..models.description_metadata import DescriptionMetadata  # noqa: PLC0415

                _lazy["DescriptionMetadata"] = DescriptionMetadata

            try:
                Verification = _lazy["Verification"]
            except KeyError:
                from ..models.verification import Verification  # noqa: PLC0415

                _lazy["Verification"] = Verification

        try:
            d = src_dict
            id = d["id"]

            type_ = d["type"]

            source_type = d["source_type"]

            source_id = d["source_id"]

            created_at = parse_datetime(d["created_at"])

            image_url = d["image_url"]

            description = d["description"]

            confidence_score = d["confidence_score"]

            def _parse_verification(data: object) -> None | Verification:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    verification_type_0 = Verification._from_dict_strict(data)
                    return verification_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | Verification, data)

            verification = _parse_verification(d["verification"])

            image_id = d["image_id"]

            metadata = DescriptionMetadata.from_dict(d["metadata"])

            description = cls(
                id,
                type_,
                source_type,
                source_id,
                created_at,
                image_url,
                description,
                confidence_score,
                verification,
                image_id,
                metadata,
            )

            extra = (
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 11 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            description.additional_properties = extra
            return description

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
        from ..models.description_metadata import DescriptionMetadata  # noqa: PLC0415
        from ..models.verification import Verification  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise not_an_object("Description", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            id = d["id"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            id = unparsed_field(
                unparsed,
                "Description",
                "id",
                d.get("id"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            type_ = d["type"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            type_ = unparsed_field(
                unparsed,
                "Description",
                "type",
                d.get("type"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            source_type = d["source_type"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            source_type = unparsed_field(
                unparsed,
                "Description",
                "source_type",
                d.get("source_type"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            source_id = d["source_id"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            source_id = unparsed_field(
                unparsed,
                "Description",
                "source_id",
                d.get("source_id"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            created_at = parse_datetime(d["created_at"])

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            created_at = unparsed_field(
                unparsed,
                "Description",
                "created_at",
                d.get("created_at"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            image_url = d["image_url"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            image_url = unparsed_field(
                unparsed,
                "Description",
                "image_url",
                d.get("image_url"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            description = d["description"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            description = unparsed_field(
                unparsed,
                "Description",
                "description",
                d.get("description"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            confidence_score = d["confidence_score"]

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            confidence_score = unparsed_field(
                unparsed,
                "Description",
                "confidence_score",
                d.get("confidence_score"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:

            def _parse_verification(data: object) -> None | Verification:
                if data is None:
                    return data
                try:
                    if not isinstance(data, dict):
                        raise TypeError()
                    verification_type_0 = Verification._from_dict_strict(data)
                    return verification_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | Verification, data)

            verification = _parse_verification(d["verification"])

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            verification = unparsed_field(
                unparsed,
                "Description",
                "verification",
                d.get("verification"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            image_id = d["image_id"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            image_id = unparsed_field(
                unparsed,
                "Description",
                "image_id",
                d.get("image_id"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            metadata = DescriptionMetadata.from_dict(d["metadata"])

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            metadata = unparsed_field(
                unparsed,
                "Description",
                "metadata",
                d.get("metadata"),
                exc_,
                required=True,
                structural=True,
                unset=UNSET,
            )

        description = cls(
            id,
            type_,
            source_type,
            source_id,
            created_at,
            image_url,
            description,
            confidence_score,
            verification,
            image_id,
            metadata,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
            if len(d) > 11 and not _KNOWN_KEYS.issuperset(d)
            else {}
        )
        description.additional_properties = extra
        description.unparsed = unparsed
        return description

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
