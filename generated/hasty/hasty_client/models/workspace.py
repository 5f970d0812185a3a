from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast
from uuid import UUID

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_UNPARSED, UNSET, Unset, parse_datetime, parse_strictly, parse_uuid, parsing_strictly

T = TypeVar("T", bound="Workspace")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "id",
        "name",
        "unique_name",
        "description",
        "logo_url",
        "is_public",
        "is_default",
        "background_color",
        "subscription",
        "parked_on",
        "user_role",
        "allow_support",
        "support_email",
        "feature_mounting_buckets",
    }
)

_JSON_NAMES: dict[str, str] = {
    "id": "id",
    "name": "name",
    "unique_name": "unique_name",
    "description": "description",
    "logo_url": "logo_url",
    "is_public": "is_public",
    "is_default": "is_default",
    "background_color": "background_color",
    "subscription": "subscription",
    "parked_on": "parked_on",
    "user_role": "user_role",
    "allow_support": "allow_support",
    "support_email": "support_email",
    "feature_mounting_buckets": "feature_mounting_buckets",
}


@_attrs_define
class Workspace:
    """A workspace.

    Attributes:
        id (UUID):
        name (str):
        unique_name (None | str | Unset):
        description (None | str | Unset):
        logo_url (None | str | Unset):
        is_public (bool | Unset):
        is_default (bool | Unset):
        background_color (None | str | Unset):
        subscription (str | Unset): Subscription plan, for example `basic` (values not documented).
        parked_on (datetime.datetime | None | Unset):
        user_role (str | Unset): Role of the key's user in the workspace, for example `Owner` (values not documented).
        allow_support (bool | Unset):
        support_email (None | str | Unset):
        feature_mounting_buckets (bool | Unset): Mounting buckets feature status.
    """

    id: UUID
    name: str
    unique_name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    logo_url: None | str | Unset = UNSET
    is_public: bool | Unset = UNSET
    is_default: bool | Unset = UNSET
    background_color: None | str | Unset = UNSET
    subscription: str | Unset = UNSET
    parked_on: datetime.datetime | None | Unset = UNSET
    user_role: str | Unset = UNSET
    allow_support: bool | Unset = UNSET
    support_email: None | str | Unset = UNSET
    feature_mounting_buckets: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
        id = str(self.id)

        name = self.name

        unique_name: None | str | Unset
        if isinstance(self.unique_name, Unset):
            unique_name = UNSET
        else:
            unique_name = self.unique_name

        description: None | str | Unset
        if isinstance(self.description, Unset):
            description = UNSET
        else:
            description = self.description

        logo_url: None | str | Unset
        if isinstance(self.logo_url, Unset):
            logo_url = UNSET
        else:
            logo_url = self.logo_url

        is_public = self.is_public

        is_default = self.is_default

        background_color: None | str | Unset
        if isinstance(self.background_color, Unset):
            background_color = UNSET
        else:
            background_color = self.background_color

        subscription = self.subscription

        parked_on: None | str | Unset
        if isinstance(self.parked_on, Unset):
            parked_on = UNSET
        elif isinstance(self.parked_on, datetime.datetime):
            parked_on = self.parked_on.isoformat().replace("+00:00", "Z")
        else:
            parked_on = self.parked_on

        user_role = self.user_role

        allow_support = self.allow_support

        support_email: None | str | Unset
        if isinstance(self.support_email, Unset):
            support_email = UNSET
        else:
            support_email = self.support_email

        feature_mounting_buckets = self.feature_mounting_buckets

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if unique_name is not UNSET:
            field_dict["unique_name"] = unique_name
        if description is not UNSET:
            field_dict["description"] = description
        if logo_url is not UNSET:
            field_dict["logo_url"] = logo_url
        if is_public is not UNSET:
            field_dict["is_public"] = is_public
        if is_default is not UNSET:
            field_dict["is_default"] = is_default
        if background_color is not UNSET:
            field_dict["background_color"] = background_color
        if subscription is not UNSET:
            field_dict["subscription"] = subscription
        if parked_on is not UNSET:
            field_dict["parked_on"] = parked_on
        if user_role is not UNSET:
            field_dict["user_role"] = user_role
        if allow_support is not UNSET:
            field_dict["allow_support"] = allow_support
        if support_email is not UNSET:
            field_dict["support_email"] = support_email
        if feature_mounting_buckets is not UNSET:
            field_dict["feature_mounting_buckets"] = feature_mounting_buckets

        return field_dict

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
        if "id" not in self.unparsed:
            id = str(self.id)
        else:  # read leniently: written back as the server sent it
            id = self.unparsed["id"].raw

        if "name" not in self.unparsed:
            name = self.name
        else:  # read leniently: written back as the server sent it
            name = self.unparsed["name"].raw

        if "unique_name" not in self.unparsed:
            unique_name: None | str | Unset
            if isinstance(self.unique_name, Unset):
                unique_name = UNSET
            else:
                unique_name = self.unique_name
        else:  # read leniently: written back as the server sent it
            unique_name = self.unparsed["unique_name"].raw

        if "description" not in self.unparsed:
            description: None | str | Unset
            if isinstance(self.description, Unset):
                description = UNSET
            else:
                description = self.description
        else:  # read leniently: written back as the server sent it
            description = self.unparsed["description"].raw

        if "logo_url" not in self.unparsed:
            logo_url: None | str | Unset
            if isinstance(self.logo_url, Unset):
                logo_url = UNSET
            else:
                logo_url = self.logo_url
        else:  # read leniently: written back as the server sent it
            logo_url = self.unparsed["logo_url"].raw

        if "is_public" not in self.unparsed:
            is_public = self.is_public
        else:  # read leniently: written back as the server sent it
            is_public = self.unparsed["is_public"].raw

        if "is_default" not in self.unparsed:
            is_default = self.is_default
        else:  # read leniently: written back as the server sent it
            is_default = self.unparsed["is_default"].raw

        if "background_color" not in self.unparsed:
            background_color: None | str | Unset
            if isinstance(self.background_color, Unset):
                background_color = UNSET
            else:
                background_color = self.background_color
        else:  # read leniently: written back as the server sent it
            background_color = self.unparsed["background_color"].raw

        if "subscription" not in self.unparsed:
            subscription = self.subscription
        else:  # read leniently: written back as the server sent it
            subscription = self.unparsed["subscription"].raw

        if "parked_on" not in self.unparsed:
            parked_on: None | str | Unset
            if isinstance(self.parked_on, Unset):
                parked_on = UNSET
            elif isinstance(self.parked_on, datetime.datetime):
                parked_on = self.parked_on.isoformat().replace("+00:00", "Z")
            else:
                parked_on = self.parked_on
        else:  # read leniently: written back as the server sent it
            parked_on = self.unparsed["parked_on"].raw

        if "user_role" not in self.unparsed:
            user_role = self.user_role
        else:  # read leniently: written back as the server sent it
            user_role = self.unparsed["user_role"].raw

        if "allow_support" not in self.unparsed:
            allow_support = self.allow_support
        else:  # read leniently: written back as the server sent it
            allow_support = self.unparsed["allow_support"].raw

        if "support_email" not in self.unparsed:
            support_email: None | str | Unset
            if isinstance(self.support_email, Unset):
                support_email = UNSET
            else:
                support_email = self.support_email
        else:  # read leniently: written back as the server sent it
            support_email = self.unparsed["support_email"].raw

        if "feature_mounting_buckets" not in self.unparsed:
            feature_mounting_buckets = self.feature_mounting_buckets
        else:  # read leniently: written back as the server sent it
            feature_mounting_buckets = self.unparsed["feature_mounting_buckets"].raw

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "id": id,
                "name": name,
            }
        )
        if unique_name is not UNSET:
            field_dict["unique_name"] = unique_name
        if description is not UNSET:
            field_dict["description"] = description
        if logo_url is not UNSET:
            field_dict["logo_url"] = logo_url
        if is_public is not UNSET:
            field_dict["is_public"] = is_public
        if is_default is not UNSET:
            field_dict["is_default"] = is_default
        if background_color is not UNSET:
            field_dict["background_color"] = background_color
        if subscription is not UNSET:
            field_dict["subscription"] = subscription
        if parked_on is not UNSET:
            field_dict["parked_on"] = parked_on
        if user_role is not UNSET:
            field_dict["user_role"] = user_role
        if allow_support is not UNSET:
            field_dict["allow_support"] = allow_support
        if support_email is not UNSET:
            field_dict["support_email"] = support_email
        if feature_mounting_buckets is not UNSET:
            field_dict["feature_mounting_buckets"] = feature_mounting_buckets

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        try:
            d = src_dict
            id = parse_uuid(d["id"])

            name = d["name"]

            unique_name = d.get("unique_name", UNSET)

            description = d.get("description", UNSET)

            logo_url = d.get("logo_url", UNSET)

            is_public = d.get("is_public", UNSET)

            is_default = d.get("is_default", UNSET)

            background_color = d.get("background_color", UNSET)

            subscription = d.get("subscription", UNSET)

            def _parse_parked_on(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    parked_on_type_0 = parse_datetime(data)

                    return parked_on_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            parked_on = _parse_parked_on(d.get("parked_on", UNSET))

            user_role = d.get("user_role", UNSET)

            allow_support = d.get("allow_support", UNSET)

            support_email = d.get("support_email", UNSET)

            feature_mounting_buckets = d.get("feature_mounting_buckets", UNSET)

            workspace = cls(
                id,
                name,
                unique_name,
                description,
                logo_url,
                is_public,
                is_default,
                background_color,
                subscription,
                parked_on,
                user_role,
                allow_support,
                support_email,
                feature_mounting_buckets,
            )

            extra = (
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 2 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            workspace.additional_properties = extra
            return workspace

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
            raise not_an_object("Workspace", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            id = parse_uuid(d["id"])

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            id = unparsed_field(
                unparsed,
                "Workspace",
                "id",
                d.get("id"),
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
                "Workspace",
                "name",
                d.get("name"),
                exc_,
                required=True,
                structural=False,
                unset=UNSET,
            )

        try:
            unique_name = d.get("unique_name", UNSET)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            unique_name = unparsed_field(
                unparsed,
                "Workspace",
                "unique_name",
                d.get("unique_name"),
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
                "Workspace",
                "description",
                d.get("description"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            logo_url = d.get("logo_url", UNSET)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            logo_url = unparsed_field(
                unparsed,
                "Workspace",
                "logo_url",
                d.get("logo_url"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            is_public = d.get("is_public", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            is_public = unparsed_field(
                unparsed,
                "Workspace",
                "is_public",
                d.get("is_public"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            is_default = d.get("is_default", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            is_default = unparsed_field(
                unparsed,
                "Workspace",
                "is_default",
                d.get("is_default"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            background_color = d.get("background_color", UNSET)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            background_color = unparsed_field(
                unparsed,
                "Workspace",
                "background_color",
                d.get("background_color"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            subscription = d.get("subscription", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            subscription = unparsed_field(
                unparsed,
                "Workspace",
                "subscription",
                d.get("subscription"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:

            def _parse_parked_on(data: object) -> datetime.datetime | None | Unset:
                if data is None:
                    return data
                if isinstance(data, Unset):
                    return data
                try:
                    if not isinstance(data, str):
                        raise TypeError()
                    parked_on_type_0 = parse_datetime(data)

                    return parked_on_type_0
                except (TypeError, ValueError, AttributeError, KeyError):
                    pass
                return cast(datetime.datetime | None | Unset, data)

            parked_on = _parse_parked_on(d.get("parked_on", UNSET))

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            parked_on = unparsed_field(
                unparsed,
                "Workspace",
                "parked_on",
                d.get("parked_on"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            user_role = d.get("user_role", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            user_role = unparsed_field(
                unparsed,
                "Workspace",
                "user_role",
                d.get("user_role"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            allow_support = d.get("allow_support", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            allow_support = unparsed_field(
                unparsed,
                "Workspace",
                "allow_support",
                d.get("allow_support"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            support_email = d.get("support_email", UNSET)

        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            support_email = unparsed_field(
                unparsed,
                "Workspace",
                "support_email",
                d.get("support_email"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        try:
            feature_mounting_buckets = d.get("feature_mounting_buckets", UNSET)
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            feature_mounting_buckets = unparsed_field(
                unparsed,
                "Workspace",
                "feature_mounting_buckets",
                d.get("feature_mounting_buckets"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        workspace = cls(
            id,
            name,
            unique_name,
            description,
            logo_url,
            is_public,
            is_default,
            background_color,
            subscription,
            parked_on,
            user_role,
            allow_support,
            support_email,
            feature_mounting_buckets,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 2 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        workspace.additional_properties = extra
        workspace.unparsed = unparsed
        return workspace

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
