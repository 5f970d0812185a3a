from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import NO_UNPARSED, UNSET, Unset, parse_strictly, parsing_strictly

T = TypeVar("T", bound="WorkspaceRequest")

# The keys this model documents: any other key is an additional property.
_KNOWN_KEYS = frozenset(
    {
        "name",
        "unique_name",
        "description",
        "logo_url",
        "is_public",
        "background_color",
        "allow_support",
        "support_email",
        "feature_mounting_buckets",
    }
)

_JSON_NAMES: dict[str, str] = {
    "name": "name",
    "unique_name": "unique_name",
    "description": "description",
    "logo_url": "logo_url",
    "is_public": "is_public",
    "background_color": "background_color",
    "allow_support": "allow_support",
    "support_email": "support_email",
    "feature_mounting_buckets": "feature_mounting_buckets",
}


@_attrs_define
class WorkspaceRequest:
    """
    Attributes:
        name (str):
        unique_name (None | str | Unset):
        description (None | str | Unset):
        logo_url (None | str | Unset):
        is_public (bool | Unset):
        background_color (None | str | Unset):
        allow_support (bool | Unset):
        support_email (None | str | Unset): Some email for support.
        feature_mounting_buckets (bool | Unset): Mounting buckets feature status.
    """

    name: str
    unique_name: None | str | Unset = UNSET
    description: None | str | Unset = UNSET
    logo_url: None | str | Unset = UNSET
    is_public: bool | Unset = UNSET
    background_color: None | str | Unset = UNSET
    allow_support: bool | Unset = UNSET
    support_email: None | str | Unset = UNSET
    feature_mounting_buckets: bool | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)
    unparsed: Mapping[str, Any] = _attrs_field(init=False, default=NO_UNPARSED, repr=False, eq=False)

    def to_dict(self) -> dict[str, Any]:
        if self.unparsed:
            return self._to_dict_keeping_raw()
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

        background_color: None | str | Unset
        if isinstance(self.background_color, Unset):
            background_color = UNSET
        else:
            background_color = self.background_color

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
        if background_color is not UNSET:
            field_dict["background_color"] = background_color
        if allow_support is not UNSET:
            field_dict["allow_support"] = allow_support
        if support_email is not UNSET:
            field_dict["support_email"] = support_email
        if feature_mounting_buckets is not UNSET:
            field_dict["feature_mounting_buckets"] = feature_mounting_buckets

        return field_dict

    def _to_dict_keeping_raw(self) -> dict[str, Any]:
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

        if "background_color" not in self.unparsed:
            background_color: None | str | Unset
            if isinstance(self.background_color, Unset):
                background_color = UNSET
            else:
                background_color = self.background_color
        else:  # read leniently: written back as the server sent it
            background_color = self.unparsed["background_color"].raw

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
        if background_color is not UNSET:
            field_dict["background_color"] = background_color
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
            name = d["name"]

            unique_name = d.get("unique_name", UNSET)

            description = d.get("description", UNSET)

            logo_url = d.get("logo_url", UNSET)

            is_public = d.get("is_public", UNSET)

            background_color = d.get("background_color", UNSET)

            allow_support = d.get("allow_support", UNSET)

            support_email = d.get("support_email", UNSET)

            feature_mounting_buckets = d.get("feature_mounting_buckets", UNSET)

            workspace_request = cls(
                name,
                unique_name,
                description,
                logo_url,
                is_public,
                background_color,
                allow_support,
                support_email,
                feature_mounting_buckets,
            )

            extra = (
                {k: v for k, v in d.items() if k not in _KNOWN_KEYS}
                if len(d) > 1 and not _KNOWN_KEYS.issuperset(d)
                else {}
            )
            workspace_request.additional_properties = extra
            return workspace_request

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
            raise not_an_object("WorkspaceRequest", src_dict)
        unparsed: dict[str, Any] = {}
        d = src_dict
        try:
            name = d["name"]
        except Exception as exc_:  # noqa: BLE001 - any failure: keep the raw value, go on
            name = unparsed_field(
                unparsed,
                "WorkspaceRequest",
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
                "WorkspaceRequest",
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
                "WorkspaceRequest",
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
                "WorkspaceRequest",
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
                "WorkspaceRequest",
                "is_public",
                d.get("is_public"),
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
                "WorkspaceRequest",
                "background_color",
                d.get("background_color"),
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
                "WorkspaceRequest",
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
                "WorkspaceRequest",
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
                "WorkspaceRequest",
                "feature_mounting_buckets",
                d.get("feature_mounting_buckets"),
                exc_,
                required=False,
                structural=False,
                unset=UNSET,
            )

        workspace_request = cls(
            name,
            unique_name,
            description,
            logo_url,
            is_public,
            background_color,
            allow_support,
            support_email,
            feature_mounting_buckets,
        )

        extra = (
            {k: v for k, v in d.items() if k not in _KNOWN_KEYS} if len(d) > 1 and not _KNOWN_KEYS.issuperset(d) else {}
        )
        workspace_request.additional_properties = extra
        workspace_request.unparsed = unparsed
        return workspace_request

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
