from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="WorkspaceRequest")


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

    def to_dict(self) -> dict[str, Any]:
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

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = src_dict
        name = d["name"]

        def _parse_unique_name(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        unique_name = _parse_unique_name(d.get("unique_name", UNSET))

        def _parse_description(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        description = _parse_description(d.get("description", UNSET))

        def _parse_logo_url(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        logo_url = _parse_logo_url(d.get("logo_url", UNSET))

        is_public = d.get("is_public", UNSET)

        def _parse_background_color(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        background_color = _parse_background_color(d.get("background_color", UNSET))

        allow_support = d.get("allow_support", UNSET)

        def _parse_support_email(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        support_email = _parse_support_email(d.get("support_email", UNSET))

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
            {
                k: v
                for k, v in d.items()
                if k
                not in {
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
            }
            if len(d) > 1
            else {}
        )
        workspace_request.additional_properties = extra
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
