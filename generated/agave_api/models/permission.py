from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, BinaryIO, Generator, TextIO, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.permission_acl import PermissionAcl
    from ..models.permission_links import PermissionLinks


T = TypeVar("T", bound="Permission")


@_attrs_define
class Permission:
    """
    Attributes:
        username (str | Unset):
        internal_username (None | str | Unset): The job's internal user, if any (not declared by agavepy).
        permission (PermissionAcl | Unset):
        links (PermissionLinks | Unset):
    """

    username: str | Unset = UNSET
    internal_username: None | str | Unset = UNSET
    permission: PermissionAcl | Unset = UNSET
    links: PermissionLinks | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.permission_acl import PermissionAcl  # noqa: PLC0415
        from ..models.permission_links import PermissionLinks  # noqa: PLC0415

        username = self.username

        internal_username: None | str | Unset
        if isinstance(self.internal_username, Unset):
            internal_username = UNSET
        else:
            internal_username = self.internal_username

        permission: dict[str, Any] | Unset = UNSET
        if not isinstance(self.permission, Unset):
            permission = self.permission.to_dict()

        links: dict[str, Any] | Unset = UNSET
        if not isinstance(self.links, Unset):
            links = self.links.to_dict()

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update({})
        if username is not UNSET:
            field_dict["username"] = username
        if internal_username is not UNSET:
            field_dict["internalUsername"] = internal_username
        if permission is not UNSET:
            field_dict["permission"] = permission
        if links is not UNSET:
            field_dict["_links"] = links

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.permission_acl import PermissionAcl  # noqa: PLC0415
        from ..models.permission_links import PermissionLinks  # noqa: PLC0415

        d = dict(src_dict)
        username = d.pop("username", UNSET)
        if not (isinstance(username, str)) and username is not UNSET:
            raise TypeError("username: expected a string, got " + type(username).__name__)

        def _parse_internal_username(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not True:
                    raise TypeError()
                internal_username_type_0 = data
                if not (isinstance(internal_username_type_0, str)):
                    raise TypeError(
                        "internalUsername: expected a string, got " + type(internal_username_type_0).__name__
                    )

                return internal_username_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not True:
                raise TypeError()
            internal_username_type_1 = data
            if not (internal_username_type_1 is None):
                raise TypeError(
                    "internalUsername: expected the documented type, got " + type(internal_username_type_1).__name__
                )

            return internal_username_type_1

        internal_username = _parse_internal_username(d.pop("internalUsername", UNSET))

        _permission = d.pop("permission", UNSET)
        permission: PermissionAcl | Unset
        if isinstance(_permission, Unset):
            permission = UNSET
        else:
            permission = PermissionAcl.from_dict(_permission)

        _links = d.pop("_links", UNSET)
        links: PermissionLinks | Unset
        if isinstance(_links, Unset):
            links = UNSET
        else:
            links = PermissionLinks.from_dict(_links)

        permission = cls(
            username=username,
            internal_username=internal_username,
            permission=permission,
            links=links,
        )

        additional_properties = {}
        for prop_name, prop_dict in d.items():
            additional = prop_dict

            additional_properties[prop_name] = additional

        permission.additional_properties = additional_properties
        return permission

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
