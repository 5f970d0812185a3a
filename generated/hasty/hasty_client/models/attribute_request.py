from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.attribute_subject_type import AttributeSubjectType
from ..models.attribute_type import AttributeType
from ..models.prediction_model import PredictionModel
from ..models.prediction_type import PredictionType
from ..types import NO_UNPARSED, UNSET, Unset, enum_member, parse_strictly, parsing_strictly

if TYPE_CHECKING:
    from ..models.attribute_lov import AttributeLOV

_lazy: dict[str, Any] = {}


T = TypeVar("T", bound="AttributeRequest")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "name",
        "type",
        "values",
        "is_required",
        "subject_type",
        "default",
        "description",
        "min",
        "max",
        "norder",
        "prediction_type",
        "prediction_model",
        "prediction_prompt",
    }
)

_JSON_NAMES: dict[str, str] = {
    "name": "name",
    "type_": "type",
    "values": "values",
    "is_required": "is_required",
    "subject_type": "subject_type",
    "default": "default",
    "description": "description",
    "min_": "min",
    "max_": "max",
    "norder": "norder",
    "prediction_type": "prediction_type",
    "prediction_model": "prediction_model",
    "prediction_prompt": "prediction_prompt",
}


@_attrs_define
class AttributeRequest:
    """An attribute, as created or replaced.

    Attributes:
        name (str): Attribute name.
        type_ (AttributeType): Attribute type.
        values (list[AttributeLOV]): List of possible values for attributes of type SELECTION or MULTIPLE-SELECTION
            (required by the page for every type; an empty list for the other types, inferred).
        is_required (bool | Unset): Is attribute required.
        subject_type (AttributeSubjectType | Unset): What an attribute describes (default `LABEL`).
        default (None | str | Unset): Default value.
        description (None | str | Unset): Attribute description.
        min_ (float | None | Unset): Min value for INT and FLOAT types.
        max_ (float | None | Unset): Max value for INT and FLOAT types.
        norder (float | None | Unset): Attribute ordering (the vendor's client sends null by default).
        prediction_type (None | PredictionType | Unset): Which engine should be used for prediction.
        prediction_model (None | PredictionModel | Unset): Model name for prediction.
        prediction_prompt (None | str | Unset): Prompt for prediction.
    """

    name: str
    type_: AttributeType
    values: list[AttributeLOV]
    is_required: bool | Unset = UNSET
    subject_type: AttributeSubjectType | Unset = UNSET
    default: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    min_: float | None | Unset = UNSET
    max_: float | None | Unset = UNSET
    norder: float | None | Unset = UNSET
    prediction_type: None | PredictionType | Unset = UNSET
    prediction_model: None | PredictionModel | Unset = UNSET
    prediction_prompt: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
        name = self.name

        type_ = self.type_.value

        values = []
        for values_item_data in self.values:
            values_item = values_item_data.to_dict()
            values.append(values_item)

        is_required = self.is_required

        subject_type: str | Unset = UNSET
        if not isinstance(self.subject_type, Unset):
            subject_type = self.subject_type.value

        default: None | str | Unset
        if isinstance(self.default, Unset):
            default = UNSET
        else:
            default = self.default

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        min_: float | None | Unset
        if isinstance(self.min_, Unset):
            min_ = UNSET
        else:
            min_ = self.min_

        max_: float | None | Unset
        if isinstance(self.max_, Unset):
            max_ = UNSET
        else:
            max_ = self.max_

        norder: float | None | Unset
        if isinstance(self.norder, Unset):
            norder = UNSET
        else:
            norder = self.norder

        prediction_type: None | str | Unset
        if isinstance(self.prediction_type, Unset):
            prediction_type = UNSET
        elif isinstance(self.prediction_type, PredictionType):
            prediction_type = self.prediction_type.value
        else:
            prediction_type = self.prediction_type

        prediction_model: None | str | Unset
        if isinstance(self.prediction_model, Unset):
            prediction_model = UNSET
        elif isinstance(self.prediction_model, PredictionModel):
            prediction_model = self.prediction_model.value
        else:
            prediction_model = self.prediction_model

        prediction_prompt: None | str | Unset
        if isinstance(self.prediction_prompt, Unset):
            prediction_prompt = UNSET
        else:
            prediction_prompt = self.prediction_prompt

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
                "values": values,
            }
        )
        if is_required is not UNSET:
            field_dict["is_required"] = is_required
        if subject_type is not UNSET:
            field_dict["subject_type"] = subject_type
        if default is not UNSET:
            field_dict["default"] = default
        if description is not UNSET:
            field_dict["description"] = description
        if min_ is not UNSET:
            field_dict["min"] = min_
        if max_ is not UNSET:
            field_dict["max"] = max_
        if norder is not UNSET:
            field_dict["norder"] = norder
        if prediction_type is not UNSET:
            field_dict["prediction_type"] = prediction_type
        if prediction_model is not UNSET:
            field_dict["prediction_model"] = prediction_model
        if prediction_prompt is not UNSET:
            field_dict["prediction_prompt"] = prediction_prompt

        return field_dict

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
        if "name" not in self.unparsed:
            name = self.name
        else:  # read leniently: written back as the server sent it
            name = self.unparsed["name"].raw

        if "type" not in self.unparsed:
            type_ = self.type_.value
        else:  # read leniently: written back as the server sent it
            type_ = self.unparsed["type"].raw

        if "values" not in self.unparsed:
            values = []
            for values_item_data in self.values:
                values_item = values_item_data.to_dict()
                values.append(values_item)

        else:  # read leniently: written back as the server sent it
            values = self.unparsed["values"].raw

        if "is_required" not in self.unparsed:
            is_required = self.is_required
        else:  # read leniently: written back as the server sent it
            is_required = self.unparsed["is_required"].raw

        if "subject_type" not in self.unparsed:
            subject_type: str | Unset = UNSET
            if not isinstance(self.subject_type, Unset):
                subject_type = self.subject_type.value

        else:  # read leniently: written back as the server sent it
            subject_type = self.unparsed["subject_type"].raw

        if "default" not in self.unparsed:
            default: None | str | Unset
            if isinstance(self.default, Unset):
                default = UNSET
            else:
                default = self.default
        else:  # read leniently: written back as the server sent it
            default = self.unparsed["default"].raw

        if "description" not in self.unparsed:
            description: None | str | Unset
            if isinstance(self.description, Unset):
                description = UNSET
            else:
                description = self.description
        else:  # read leniently: written back as the server sent it
            description = self.unparsed["description"].raw

        if "min" not in self.unparsed:
            min_: float | None | Unset
            if isinstance(self.min_, Unset):
                min_ = UNSET
            else:
                min_ = self.min_
        else:  # read leniently: written back as the server sent it
            min_ = self.unparsed["min"].raw

        if "max" not in self.unparsed:
            max_: float | None | Unset
            if isinstance(self.max_, Unset):
                max_ = UNSET
            else:
                max_ = self.max_
        else:  # read leniently: written back as the server sent it
            max_ = self.unparsed["max"].raw

        if "norder" not in self.unparsed:
            norder: float | None | Unset
            if isinstance(self.norder, Unset):
                norder = UNSET
            else:
                norder = self.norder
        else:  # read leniently: written back as the server sent it
            norder = self.unparsed["norder"].raw

        if "prediction_type" not in self.unparsed:
            prediction_type: None | str | Unset
            if isinstance(self.prediction_type, Unset):
                prediction_type = UNSET
            elif isinstance(self.prediction_type, PredictionType):
                prediction_type = self.prediction_type.value
            else:
                prediction_type = self.prediction_type
        else:  # read leniently: written back as the server sent it
            prediction_type = self.unparsed["prediction_type"].raw

        if "prediction_model" not in self.unparsed:
            prediction_model: None | str | Unset
            if isinstance(self.prediction_model, Unset):
                prediction_model = UNSET
            elif isinstance(self.prediction_model, PredictionModel):
                prediction_model = self.prediction_model.value
            else:
                prediction_model = self.prediction_model
        else:  # read leniently: written back as the server sent it
            prediction_model = self.unparsed["prediction_model"].raw

        if "prediction_prompt" not in self.unparsed:
            prediction_prompt: None | str | Unset
            if isinstance(self.prediction_prompt, Unset):
                prediction_prompt = UNSET
            else:
                prediction_prompt = self.prediction_prompt
        else:  # read leniently: written back as the server sent it
            prediction_prompt = self.unparsed["prediction_prompt"].raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "name": name,
                "type": type_,
                "values": values,
            }
        )
        if is_required is not UNSET:
            field_dict["is_required"] = is_required
        if subject_type is not UNSET:
            field_dict["subject_type"] = subject_type
        if default is not UNSET:
            field_dict["default"] = default
        if description is not UNSET:
            field_dict["description"] = description
        if min_ is not UNSET:
            field_dict["min"] = min_
        if max_ is not UNSET:
            field_dict["max"] = max_
        if norder is not UNSET:
            field_dict["norder"] = norder
        if prediction_type is not UNSET:
            field_dict["prediction_type"] = prediction_type
        if prediction_model is not UNSET:
            field_dict["prediction_model"] = prediction_model
        if prediction_prompt is not UNSET:
            field_dict["prediction_prompt"] = prediction_prompt

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        if not TYPE_CHECKING:
            try:
                AttributeLOV = _lazy["AttributeLOV"]
            except KeyError:
                from ..models.attribute_lov import AttributeLOV  # noqa: PLC0415

                _lazy["AttributeLOV"] = AttributeLOV

        try:
            d = src_dict
            name = d["name"]

            type_ = enum_member(AttributeType, d["type"])

            import gc  # noqa: PLC0415 - here, not at the top: endpoint modules build lists too

            _values_gc = gc.isenabled()
            gc.disable()
            try:
                values = []
                _values = d["values"]
                for values_item_data in _values:
                    values_item = AttributeLOV.from_dict(values_item_data)

                    values.append(values_item)

            finally:
                if _values_gc:
                    gc.enable()

            is_required = d.get("is_required", UNSET)

            _subject_type = d.get("subject_type", UNSET)
            subject_type: AttributeSubjectType | Unset
            if isinstance(_subject_type, Unset):
                subject_type = UNSET
            else:
                subject_type = enum_member(AttributeSubjectType, _subject_type)

            default = d.get("default", UNSET)

            description = d.get("description", UNSET)

            min_ = d.get("min", UNSET)

            max_ = d.get("max", UNSET)

            norder = d.get("norder", UNSET)

            def _parse_prediction_type(data: object) -> None | PredictionType | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    prediction_type_type_0 = enum_member(PredictionType, data)

                    return prediction_type_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | PredictionType | Unset, data)

            prediction_type = _parse_prediction_type(d.get("prediction_type", UNSET))

            def _parse_prediction_model(data: object) -> None | PredictionModel | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    prediction_model_type_0 = enum_member(PredictionModel, data)

                    return prediction_model_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | PredictionModel | Unset, data)

            prediction_model = _parse_prediction_model(d.get("prediction_model", UNSET))

            prediction_prompt = d.get("prediction_prompt", UNSET)

            attribute_request = cls(
                name,
                type_,
                values,
                is_required,
                subject_type,
                default,
                description,
                min_,
                max_,
                norder,
                prediction_type,
                prediction_model,
                prediction_prompt,
            )

            extra = (
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 3 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            attribute_request.additional_properties = extra
            return attribute_request

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
        from ..models.attribute_lov import AttributeLOV  # noqa: PLC0415

        if not isinstance(src_dict, Mapping):
            raise not_an_object("AttributeRequest", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            name = d["name"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            name = unparsed_field(
                unparsed,
                "AttributeRequest",
                "name",
                d.get("name"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            type_ = enum_member(AttributeType, d["type"])

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            type_ = unparsed_field(
                unparsed,
                "AttributeRequest",
                "type",
                d.get("type"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            values = items_that_are_objects(
                unparsed,
                "AttributeRequest",
                "values",
                d["values"],
                AttributeLOV.from_dict,
                unset=UNSET,
            )
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            values = unparsed_field(
                unparsed,
                "AttributeRequest",
                "values",
                d.get("values"),
                exc_,
                required=True,
                structural=True,
                unset=UNSET,
            )

        try:
            is_required = d.get("is_required", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            is_required = unparsed_field(
                unparsed,
                "AttributeRequest",
                "is_required",
                d.get("is_required"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            _subject_type = d.get("subject_type", UNSET)
            subject_type: AttributeSubjectType | Unset
            if isinstance(_subject_type, Unset):
                subject_type = UNSET
            else:
                subject_type = enum_member(AttributeSubjectType, _subject_type)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            subject_type = unparsed_field(
                unparsed,
                "AttributeRequest",
                "subject_type",
                d.get("subject_type"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            default = d.get("default", UNSET)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            default = unparsed_field(
                unparsed,
                "AttributeRequest",
                "default",
                d.get("default"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            description = d.get("description", UNSET)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            description = unparsed_field(
                unparsed,
                "AttributeRequest",
                "description",
                d.get("description"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            min_ = d.get("min", UNSET)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            min_ = unparsed_field(
                unparsed,
                "AttributeRequest",
                "min",
                d.get("min"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            max_ = d.get("max", UNSET)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            max_ = unparsed_field(
                unparsed,
                "AttributeRequest",
                "max",
                d.get("max"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            norder = d.get("norder", UNSET)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            norder = unparsed_field(
                unparsed,
                "AttributeRequest",
                "norder",
                d.get("norder"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:

            def _parse_prediction_type(data: object) -> None | PredictionType | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    prediction_type_type_0 = enum_member(PredictionType, data)

                    return prediction_type_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | PredictionType | Unset, data)

            prediction_type = _parse_prediction_type(d.get("prediction_type", UNSET))

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            prediction_type = unparsed_field(
                unparsed,
                "AttributeRequest",
                "prediction_type",
                d.get("prediction_type"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:

            def _parse_prediction_model(data: object) -> None | PredictionModel | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    prediction_model_type_0 = enum_member(PredictionModel, data)

                    return prediction_model_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(None | PredictionModel | Unset, data)

            prediction_model = _parse_prediction_model(d.get("prediction_model", UNSET))

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            prediction_model = unparsed_field(
                unparsed,
                "AttributeRequest",
                "prediction_model",
                d.get("prediction_model"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            prediction_prompt = d.get("prediction_prompt", UNSET)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            prediction_prompt = unparsed_field(
                unparsed,
                "AttributeRequest",
                "prediction_prompt",
                d.get("prediction_prompt"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        attribute_request = cls(
            name,
            type_,
            values,
            is_required,
            subject_type,
            default,
            description,
            min_,
            max_,
            norder,
            prediction_type,
            prediction_model,
            prediction_prompt,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 3 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        attribute_request.additional_properties = extra
        attribute_request.unparsed = unparsed
        return attribute_request

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
