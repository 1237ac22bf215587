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
        if not (isinstance(user_dn_raw, str)) and user_dn_raw is not UNSET:
            raise TypeError("user_dn_raw: expected a string, got " + type(user_dn_raw).__name__)

        user_dn_clean = d.pop("user_dn_clean", UNSET)
        if not (isinstance(user_dn_clean, str)) and user_dn_clean is not UNSET:
            raise TypeError("user_dn_clean: expected a string, got " + type(user_dn_clean).__name__)

        _fqans = d.pop("fqans", UNSET)
        fqans: list[str] | Unset = UNSET
        if _fqans is not UNSET:
            fqans = []
            for fqans_item_data in _fqans:
                fqans_item = fqans_item_data
                if not (isinstance(fqans_item, str)):
                    raise TypeError("fqans_item: expected a string, got " + type(fqans_item).__name__)

                fqans.append(fqans_item)

        is_production_user = d.pop("is_production_user", UNSET)
        if not (isinstance(is_production_user, bool)) and is_production_user is not UNSET:
            raise TypeError("is_production_user: expected true or false, got " + type(is_production_user).__name__)

        _production_working_groups = d.pop("production_working_groups", UNSET)
        production_working_groups: list[str] | Unset = UNSET
        if _production_working_groups is not UNSET:
            production_working_groups = []
            for production_working_groups_item_data in _production_working_groups:
                production_working_groups_item = production_working_groups_item_data
                if not (isinstance(production_working_groups_item, str)):
                    raise TypeError(
                        "production_working_groups_item: expected a string, got "
                        + type(production_working_groups_item).__name__
                    )

                production_working_groups.append(production_working_groups_item)

        def _parse_primary_working_group(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                primary_working_group_type_0 = data
                if not (isinstance(primary_working_group_type_0, str)):
                    raise TypeError(
                        "primary_working_group: expected a string, got " + type(primary_working_group_type_0).__name__
                    )

                return primary_working_group_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            primary_working_group_type_1 = data
            if not (primary_working_group_type_1 is None):
                raise TypeError(
                    "primary_working_group: expected the documented type, got "
                    + type(primary_working_group_type_1).__name__
                )

            return primary_working_group_type_1

        primary_working_group = _parse_primary_working_group(d.pop("primary_working_group", UNSET))

        user_attributes = cls(
            user_dn_raw=user_dn_raw,
            user_dn_clean=user_dn_clean,
            fqans=fqans,
            is_production_user=is_production_user,
            production_working_groups=production_working_groups,
            primary_working_group=primary_working_group,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        user_attributes.additional_properties = additional_properties
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
