from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

T = TypeVar("T", bound="UserAttributes")


@_attrs_define
class UserAttributes:
    """
    Attributes:
        user_dn_raw (str | Unset): The DN as received (`SSL_CLIENT_S_DN`, or the one synthesised from a token).
        user_dn_clean (str | Unset): The cleaned user ID PanDA uses as the owner name.
        fqans (list[str] | Unset): The VOMS FQANs (from `GRST_CRED_*`).
        is_production_user (bool | Unset): Whether the caller has the production role.
        production_working_groups (list[str] | Unset): Working groups with `/atlas/<wg>/Role=production`, each also with
            a `gr_` prefixed variant.
        primary_working_group (None | str | Unset): The last production working group found, lower-cased, after its last
            `-`.
    """

    user_dn_raw: str | Unset = UNSET
    user_dn_clean: str | Unset = UNSET
    fqans: list[str] | Unset = UNSET
    is_production_user: bool | Unset = UNSET
    production_working_groups: list[str] | Unset = UNSET
    primary_working_group: None | str | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        user_dn_raw = self.user_dn_raw

        user_dn_clean = self.user_dn_clean

        fqans: list[str] | Unset = UNSET
        if not isinstance(self.fqans, Unset):
            fqans = self.fqans

        is_production_user = self.is_production_user

        production_working_groups: list[str] | Unset = UNSET
        if not isinstance(self.production_working_groups, Unset):
            production_working_groups = self.production_working_groups

        primary_working_group: None | str | Unset
        if isinstance(self.primary_working_group, Unset):
            primary_working_group = UNSET
        else:
            primary_working_group = self.primary_working_group

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if user_dn_raw is not UNSET:
            field_dict["user_dn_raw"] = user_dn_raw
        if user_dn_clean is not UNSET:
            field_dict["user_dn_clean"] = user_dn_clean
        if fqans is not UNSET:
            field_dict["fqans"] = fqans
        if is_production_user is not UNSET:
            field_dict["is_production_user"] = is_production_user
        if production_working_groups is not UNSET:
            field_dict["production_working_groups"] = production_working_groups
        if primary_working_group is not UNSET:
            field_dict["primary_working_group"] = primary_working_group

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        user_dn_raw = d.pop("user_dn_raw", UNSET)

        user_dn_clean = d.pop("user_dn_clean", UNSET)

        fqans = cast(list[str], d.pop("fqans", UNSET))

        is_production_user = d.pop("is_production_user", UNSET)

        production_working_groups = cast(list[str], d.pop("production_working_groups", UNSET))

        def _parse_primary_working_group(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        primary_working_group = _parse_primary_working_group(d.pop("primary_working_group", UNSET))

        user_attributes = cls(
            user_dn_raw=user_dn_raw,
            user_dn_clean=user_dn_clean,
            fqans=fqans,
            is_production_user=is_production_user,
            production_working_groups=production_working_groups,
            primary_working_group=primary_working_group,
        )

        user_attributes.additional_properties = d
        return user_attributes

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
